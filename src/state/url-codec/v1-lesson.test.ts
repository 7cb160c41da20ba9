import { readFileSync } from 'node:fs';
import { deflateSync, strToU8 } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareState, type ShareState } from '.';
import { encodeBase64url } from './base64url';
import type { ShareLesson, ShareLessonCheck, ShareLessonText } from './share-state';

const webYaml = readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8');

/** A v1 fragment from raw JSON text, bypassing the encoder's checks: what a hostile author can make. */
const rawV1 = (json: unknown): string => `v1.${encodeBase64url(deflateSync(strToU8(JSON.stringify(json)), { level: 9 }))}`;

/** The lesson a teacher makes in the panel: the default scenario, one endpoints check and one shell check. */
const lesson: ShareLesson = {
  id: 'my-lesson',
  title: { en: 'Reach every web Pod', 'zh-CN': '访问每个 web Pod' },
  goal: { en: 'Make web-service answer from all three Pods.', 'zh-CN': '让 web-service 的三个 Pod 都能应答。' },
  question: { en: 'Will requests spread?' },
  answer: 'no',
  checks: [
    { id: 'endpoints-default-web-service', text: { en: 'web-service has 3 ready endpoints' }, check: { kind: 'endpoints', service: 'web-service', pods: ['web-1', 'web-2', 'web-3'] } },
    { id: 'requests-land', text: { 'zh-CN': '请求落在 web-1' }, check: { kind: 'requests', target: 'web-service:80', pods: ['default/web-1'] } },
    { id: 'shell-wget-0', text: { en: 'wget ends with 0' }, check: { kind: 'shell', program: 'wget', exitCode: 0 } },
  ],
};
const start: ShareState = { yaml: webYaml, actions: [], seed: 7, target: 'web-service' };

const wire = { i: 'my-lesson', g: { e: 'Do it.' }, q: { z: '会吗？' }, c: [['a', { e: 'ok' }, 's', 'wget', 0]] };
const withLesson = (l: unknown): string => rawV1({ s: 1, y: '', l });

describe('a teacher lesson in a link (`l`)', () => {
  it('travels with its start state and comes back the same', () => {
    const made = encodeShareState({ ...start, lesson });
    expect(made.ok).toBe(true);
    const back = decodeShareFragment(made.ok ? made.value : '');
    expect(back).toEqual({ ok: true, value: { ...start, lesson } });
  });

  it('is absent from a link without it, which decodes as before', () => {
    const made = encodeShareState(start);
    const back = decodeShareFragment(made.ok ? made.value : '');
    expect(back.ok && back.value.lesson).toBe(undefined);
  });

  it('leaves out blank languages: a text written in one language is read so', () => {
    const made = encodeShareState({ ...start, lesson: { ...lesson, title: { en: '  ', 'zh-CN': '标题' } } });
    const back = decodeShareFragment(made.ok ? made.value : '');
    expect(back.ok && back.value.lesson?.title).toEqual({ 'zh-CN': '标题' });
  });

  it('is refused by the encoder when a link would refuse it, so a link made always opens', () => {
    const r = encodeShareState({ ...start, lesson: { ...lesson, goal: { en: 'x'.repeat(2001) } } });
    expect(r).toEqual({ ok: false, error: { code: 'invalid-field', path: 'lesson.goal.en', reason: 'too-long' } });
  });

  const refused: { name: string; l: unknown; path: string; reason: string }[] = [
    { name: 'a check kind this page cannot run', l: { ...wire, c: [['a', { e: 'ok' }, 'dns', 'web', 0]] }, path: 'lesson.checks[0].kind', reason: 'unknown-check' },
    { name: 'a kind spelled as a key of every object', l: { ...wire, c: [['a', { e: 'ok' }, 'constructor', 'web', 0]] }, path: 'lesson.checks[0].kind', reason: 'unknown-check' },
    { name: 'no goal in any language', l: { ...wire, g: { e: ' ', z: '' } }, path: 'lesson.goal', reason: 'missing' },
    { name: 'no question', l: { ...wire, q: undefined }, path: 'lesson.question', reason: 'missing' },
    { name: 'an answer that is neither yes nor no', l: { ...wire, a: 'maybe' }, path: 'lesson.answer', reason: 'unknown-value' },
    { name: 'no checks', l: { ...wire, c: [] }, path: 'lesson.checks', reason: 'missing' },
    { name: 'more checks than a lesson runs', l: { ...wire, c: Array.from({ length: 13 }, (_, i) => [`c${i}`, { e: 'ok' }, 's', 'wget', 0]) }, path: 'lesson.checks', reason: 'too-many' },
    { name: 'the same check id twice', l: { ...wire, c: [['a', { e: 'ok' }, 's', 'wget', 0], ['a', { e: 'ok' }, 's', 'nc', 1]] }, path: 'lesson.checks[1].id', reason: 'duplicate' },
    { name: 'an id that is not a lesson id', l: { ...wire, i: '__proto__' }, path: 'lesson.id', reason: 'bad-name' },
    { name: 'an id longer than a progress key allows', l: { ...wire, i: 'a'.repeat(41) }, path: 'lesson.id', reason: 'too-long' },
    { name: 'a goal past its cap', l: { ...wire, g: { z: '长'.repeat(2001) } }, path: 'lesson.goal.zh-CN', reason: 'too-long' },
    { name: 'a title with an escape sequence', l: { ...wire, n: { e: 'a\u001b[31mred' } }, path: 'lesson.title.en', reason: 'bad-text' },
    { name: 'a check text that reorders what is shown', l: { ...wire, c: [['a', { e: 'ok \u202e evil' }, 's', 'wget', 0]] }, path: 'lesson.checks[0].text.en', reason: 'bad-text' },
    { name: 'a check without words', l: { ...wire, c: [['a', {}, 's', 'wget', 0]] }, path: 'lesson.checks[0].text', reason: 'missing' },
    { name: 'a Service name with markup', l: { ...wire, c: [['a', { e: 'ok' }, 'e', '<img src=x>', []]] }, path: 'lesson.checks[0].service', reason: 'bad-name' },
    { name: 'a Pod name that is not one', l: { ...wire, c: [['a', { e: 'ok' }, 'r', 'web', ['a/b/c']]] }, path: 'lesson.checks[0].pods[0]', reason: 'bad-name' },
    { name: 'a target with a scheme', l: { ...wire, c: [['a', { e: 'ok' }, 'r', 'javascript:alert(1)', []]] }, path: 'lesson.checks[0].target', reason: 'bad-name' },
    { name: 'an exit status no program has', l: { ...wire, c: [['a', { e: 'ok' }, 's', 'wget', 256]] }, path: 'lesson.checks[0].exitCode', reason: 'out-of-range' },
    { name: 'a program that is a shell line', l: { ...wire, c: [['a', { e: 'ok' }, 's', 'wget; rm', 0]] }, path: 'lesson.checks[0].program', reason: 'bad-name' },
    { name: 'a check tuple too long', l: { ...wire, c: [['a', { e: 'ok' }, 's', 'wget', 0, 1]] }, path: 'lesson.checks[0]', reason: 'too-many' },
    { name: 'a check cut short', l: { ...wire, c: [['a', { e: 'ok' }, 's', 'wget']] }, path: 'lesson.checks[0].exitCode', reason: 'missing' },
    { name: 'too many Pods', l: { ...wire, c: [['a', { e: 'ok' }, 'e', 'web', Array(101).fill('p')]] }, path: 'lesson.checks[0].pods', reason: 'too-many' },
    { name: 'a lesson that is a list', l: [wire], path: 'lesson', reason: 'wrong-type' },
  ];
  it.each(refused)('refuses $name, naming the field', ({ l, path, reason }) => {
    expect(decodeShareFragment(withLesson(l))).toEqual({ ok: false, error: { code: 'invalid-field', path, reason } });
  });

  it('reads keys such as __proto__ as inert data', () => {
    const r = decodeShareFragment(rawV1({ s: 1, y: '', l: JSON.parse('{"i":"a","g":{"e":"x","__proto__":{"z":"polluted"}},"q":{"e":"?"},"c":[["a",{"e":"ok"},"s","wget",0]],"__proto__":{"n":1}}') }));
    expect(r.ok && r.value.lesson).toEqual({ id: 'a', title: {}, goal: { en: 'x' }, question: { en: '?' }, answer: 'yes', checks: [{ id: 'a', text: { en: 'ok' }, check: { kind: 'shell', program: 'wget', exitCode: 0 } }] });
    expect(({} as Record<string, unknown>).z).toBe(undefined);
  });

  // fast-check: whatever a hostile author puts under `l`, the reader answers a lesson or an error naming a lesson
  // field; it never throws, and a lesson it accepts encodes to a link that opens to the same lesson.
  const json = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' },
      fc.constantFrom('e', 'r', 's', 'wget', 'web', 'constructor', '__proto__', '', ' '), fc.string(), fc.integer({ min: -2, max: 300 }), fc.boolean(), fc.constant(null),
      fc.array(tie('value'), { maxLength: 6 }),
      fc.dictionary(fc.constantFrom('i', 'n', 'g', 'q', 'a', 'c', 'e', 'z', '__proto__'), tie('value'), { maxKeys: 6 })),
  })).value;
  // Near-valid lessons, so that the reader also accepts some (and the round trip runs on them).
  // Each part valid more often than not (weights), so that whole lessons are accepted too.
  const mostly = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: json, weight: 1 });
  const words = mostly(fc.oneof(fc.record({ e: fc.string(), z: fc.string() }, { requiredKeys: [] }), fc.constant({ e: 'Do it.' })));
  const validCheck = fc.oneof(
    fc.tuple(fc.constantFrom('a', 'b'), fc.constant({ z: '好' }), fc.constant('s'), fc.constant('wget'), fc.integer({ min: 0, max: 255 })),
    fc.tuple(fc.constantFrom('a', 'b'), fc.constant({ e: 'ok' }), fc.constantFrom('e', 'r'), fc.constant('web-service'), fc.constantFrom([], ['web-1'], ['db/mysql-0'])),
  );
  const anyCheck = fc.tuple(fc.constantFrom('a', 'b', ''), fc.oneof(fc.record({ e: fc.string() }), json), fc.constantFrom('e', 'r', 's', 'x'), json, json);
  const lessonish = fc.record({
    i: mostly(fc.constant('my-lesson')),
    g: words,
    q: words,
    a: mostly(fc.constantFrom('y', 'n')),
    c: mostly(fc.array(fc.oneof({ arbitrary: validCheck, weight: 4 }, { arbitrary: anyCheck, weight: 1 }), { minLength: 1, maxLength: 3 })),
  }, { requiredKeys: ['i', 'g', 'q', 'c'] });
  it('never throws on hostile input, and what it accepts round-trips', () => {
    let accepted = 0;
    fc.assert(fc.property(fc.oneof(json, lessonish), (l) => {
      const r = decodeShareFragment(withLesson(l));
      if (!r.ok) {
        expect(r.error.code).toBe('invalid-field');
        expect(r.error.path).toMatch(/^lesson/);
        return;
      }
      accepted++;
      const again = encodeShareState(r.value);
      expect(again.ok && decodeShareFragment(again.value)).toEqual(r);
    }), { numRuns: 400, seed: 15 });
    // The round trip above ran on accepted lessons too, not only on refusals.
    expect(accepted).toBeGreaterThan(0);
  });

  const text: fc.Arbitrary<ShareLessonText> = fc.record({
    en: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '' && [...s].every((c) => c >= ' ' && !(c >= '\x7f' && c <= '\x9f') && !/\p{Bidi_Control}/u.test(c))),
    'zh-CN': fc.constantFrom('目标', '检查 web-service', '请求落在 web-1'),
  }, { requiredKeys: ['en'] });
  const check: fc.Arbitrary<ShareLessonCheck> = fc.oneof(
    fc.record({ kind: fc.constant('endpoints' as const), service: fc.constantFrom('web-service', 'db/mysql'), pods: fc.array(fc.constantFrom('web-1', 'db/mysql-0'), { maxLength: 3 }) }),
    fc.record({ kind: fc.constant('requests' as const), target: fc.constantFrom('web-service', 'mysql-read:3306', '10.96.0.10:53'), pods: fc.array(fc.constantFrom('web-1', 'db/mysql-0'), { maxLength: 3 }) }),
    fc.record({ kind: fc.constant('shell' as const), program: fc.constantFrom('wget', 'nslookup', 'nc'), exitCode: fc.integer({ min: 0, max: 255 }) }),
  );
  it('round-trips every lesson the export can make', () => {
    fc.assert(fc.property(
      fc.record({ id: fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,2}$/), title: text, goal: text, question: text, answer: fc.constantFrom('yes' as const, 'no' as const), checks: fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,20}$/), text, check }), { minLength: 1, maxLength: 12, selector: (c) => c.id }) }),
      (l) => {
        const made = encodeShareState({ ...start, lesson: l });
        expect(made.ok && decodeShareFragment(made.value)).toEqual({ ok: true, value: { ...start, lesson: l } });
      },
    ), { numRuns: 100 });
  });
});
