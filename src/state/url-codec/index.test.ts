import { readFileSync } from 'node:fs';
import { deflateSync, strToU8 } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildShareUrl, decodeShareFragment, decodeShareFragmentAsync, encodeShareState, encodeShareStateBestEffort, isShareFragment, MAX_FRAGMENT_CHARS, MAX_INFLATED_BYTES, MAX_SOURCE_BYTES,
  type ClusterAction, type ShareErrorCode, type ShareState,
} from '.';
import { encodeBase64url } from './base64url';

const defaultYaml = readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8');

/** A v1 fragment from raw JSON text, bypassing the encoder's checks: what a hostile author can make. */
const rawV1 = (json: string, level: 0 | 9 = 9): string => `v1.${encodeBase64url(deflateSync(strToU8(json), { level }))}`;
const mustEncode = (s: ShareState): string => {
  const r = encodeShareState(s);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

// Arbitraries over the valid domain: names as Kubernetes allows them.
const label = fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,10}[a-z0-9])?$/);
const subdomain = fc.array(label, { minLength: 1, maxLength: 3 }).map((p) => p.join('.'));
const labelKey = fc.tuple(fc.option(subdomain, { nil: undefined }), fc.stringMatching(/^[A-Za-z0-9]([-A-Za-z0-9_.]{0,8}[A-Za-z0-9])?$/))
  .map(([prefix, name]) => (prefix ? `${prefix}/${name}` : name));
const labelValue = fc.oneof(fc.constant(''), fc.stringMatching(/^[A-Za-z0-9]([-A-Za-z0-9_.]{0,8}[A-Za-z0-9])?$/));
const action: fc.Arbitrary<ClusterAction> = fc.oneof(
  fc.record({ type: fc.constant('scale' as const), namespace: label, kind: fc.constantFrom('Deployment' as const, 'StatefulSet' as const), name: subdomain, replicas: fc.integer({ min: 0, max: 1000 }) }),
  fc.record({ type: fc.constant('deletePod' as const), namespace: label, name: subdomain }),
  fc.record({ type: fc.constant('setPodReady' as const), namespace: label, name: subdomain, ready: fc.boolean() }),
  fc.record({ type: fc.constant('labelPod' as const), namespace: label, name: subdomain, key: labelKey, value: labelValue }),
  fc.record({ type: fc.constant('unlabelPod' as const), namespace: label, name: subdomain, key: labelKey }),
  fc.record({ type: fc.constant('terminatePod' as const), namespace: label, name: subdomain }),
  fc.constant({ type: 'lifecycleStep' as const }),
  fc.record({ type: fc.constant('advanceClock' as const), seconds: fc.integer({ min: 1, max: 31_536_000 }) }),
  fc.record({ type: fc.constant('runPod' as const), namespace: label, name: subdomain, image: fc.constantFrom('busybox', 'busybox:1.36', 'registry.k8s.io/e2e-test-images/agnhost:2.47') }),
);
const target = fc.oneof(
  subdomain,
  fc.tuple(subdomain, fc.integer({ min: 1, max: 65535 })).map(([h, p]) => `${h}:${p}`),
  fc.tuple(fc.ipV4(), fc.integer({ min: 1, max: 65535 })).map(([h, p]) => `${h}:${p}`),
);
const dnsName = fc.oneof(subdomain, fc.constant('kubernetes.default.svc.cluster.local.'));
/** A line as typed: any text but control characters (tab allowed). */
const shellLine = fc.string({ unit: 'grapheme', maxLength: 80 }).map((l) => [...l].filter((c) => c === '\t' || (c >= ' ' && !(c >= '\x7f' && c <= '\x9f'))).join(''));
const baseState: fc.Arbitrary<ShareState> = fc.record(
  {
    yaml: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constant(defaultYaml)),
    actions: fc.array(action, { maxLength: 8 }),
    client: fc.oneof(subdomain, fc.tuple(label, subdomain).map(([ns, n]) => `${ns}/${n}`)),
    target,
    options: fc.record({
      keepAlive: fc.boolean(),
      strategy: fc.constantFrom('first' as const, 'random' as const, 'round-robin' as const),
      proxyMode: fc.constantFrom('iptables' as const, 'ipvs' as const),
      count: fc.integer({ min: 1, max: 1000 }),
      clientKind: fc.constantFrom('busybox-wget' as const, 'app' as const),
    }, { requiredKeys: [] }),
    seed: fc.nat({ max: 0xffff_ffff }),
    view: fc.record({
      terminal: fc.constantFrom('nslookup' as const, 'dig' as const),
      tab: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8})?$/),
      node: subdomain,
      hop: fc.nat({ max: 10_000 }),
      embed: fc.boolean(),
      compare: fc.tuple(dnsName, dnsName),
      shell: fc.boolean(),
    }, { requiredKeys: [] }),
    nodes: fc.integer({ min: 1, max: 250 }),
    shell: fc.array(shellLine, { minLength: 1, maxLength: 50 }),
  },
  { requiredKeys: ['yaml', 'actions', 'seed'] },
);
const shareState: fc.Arbitrary<ShareState> = baseState.chain((s) => fc.option(
  fc.array(fc.record({ count: fc.constantFrom(1, 10, 100), afterActions: fc.nat({ max: s.actions.length }), target }, { requiredKeys: ['count', 'afterActions'] }), { maxLength: 6 }),
  { nil: undefined },
).map((sends) => (sends ? { ...s, sends } : s)));

describe('encodeShareState / decodeShareFragment', () => {
  it.each([
    ['a control character (an escape a terminal would act on)', ['echo \u001b]0;x\u0007']],
    ['more than 50 lines', Array.from({ length: 51 }, () => 'echo')],
    ['a line past 4,096 characters', ['x'.repeat(4097)]],
  ])('refuses shell lines with %s', (_name, shell) => {
    const r = encodeShareState({ yaml: defaultYaml, actions: [], seed: 1, shell });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'invalid-field' });
  });

  it('round-trips any valid state', () => {
    fc.assert(fc.property(shareState, (s) => {
      const fragment = mustEncode(s);
      expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
      expect(decodeShareFragment(`#${fragment}`)).toEqual({ ok: true, value: s });
    }), { numRuns: 300 });
  });

  it('is deterministic: the same state gives the same fragment (drafts compare fragments)', () => {
    fc.assert(fc.property(shareState, (s) => {
      expect(mustEncode(structuredClone(s))).toBe(mustEncode(s));
    }), { numRuns: 100 });
  });

  it('fits the default scenario, with a client, a target and options, in a link of at most 2,000 characters', () => {
    const fragment = mustEncode({
      yaml: defaultYaml, actions: [{ type: 'deletePod', namespace: 'default', name: 'mysql-1' }], client: 'default/test',
      target: 'mysql-headless', options: { keepAlive: true, strategy: 'random', proxyMode: 'iptables', count: 10 }, seed: 123456789,
      view: { terminal: 'nslookup', tab: 'iptables', node: 'node-2', hop: 4 },
    });
    const link = buildShareUrl('https://kubernetes-service-playground.example.org/playground/', fragment, { embed: true });
    expect(link.length).toBeLessThanOrEqual(2000);
    // Measured 2026-11-25: ~1,000 characters; the budget leaves room for a longer origin.
    expect(link.length).toBeLessThan(1200);
  });

  it('refuses to make a link that would not open', () => {
    expect(encodeShareState({ yaml: '', actions: [], seed: 1, client: '<script>alert(1)</script>' }))
      .toEqual({ ok: false, error: { code: 'invalid-field', path: 'client', reason: 'bad-name' } });
    expect(encodeShareState({ yaml: '', actions: [], seed: -1 }))
      .toEqual({ ok: false, error: { code: 'invalid-field', path: 'seed', reason: 'out-of-range' } });
    // 600 k characters of 2-byte UTF-8: over the core's source limit, which is the link's too.
    expect(encodeShareState({ yaml: 'é'.repeat(600_000), actions: [], seed: 1 }))
      .toEqual({ ok: false, error: { code: 'too-large', limit: MAX_SOURCE_BYTES } });
  });

  it('keeps markup in the YAML as inert text (the core reports it as an invalid name)', () => {
    const yaml = 'kind: Service\nmetadata:\n  name: "<script>alert(1)</script>"\n  labels:\n    app: "<img src=x onerror=alert(1)>"\n';
    const r = decodeShareFragment(mustEncode({ yaml, actions: [], seed: 0 }));
    expect(r).toEqual({ ok: true, value: { yaml, actions: [], seed: 0 } });
  });
});

describe('hostile fragments', () => {
  const good = mustEncode({ yaml: defaultYaml, actions: [], seed: 7 });
  const bomb = (bytes: number): string => {
    // 50 MB of spaces inside a JSON string: valid JSON if it were ever fully inflated.
    const inner = new Uint8Array(bytes).fill(0x20);
    const head = strToU8('{"s":1,"y":"');
    const all = new Uint8Array(head.length + inner.length + 2);
    all.set(head);
    all.set(inner, head.length);
    all.set(strToU8('"}'), head.length + inner.length);
    return `v1.${encodeBase64url(deflateSync(all, { level: 9 }))}`;
  };
  const bomb50 = bomb(50 * 1024 * 1024);

  const cases: { name: string; fragment: string; want: { code: ShareErrorCode; [k: string]: unknown } }[] = [
    { name: 'nothing after #', fragment: '#', want: { code: 'empty' } },
    { name: 'an anchor of the page', fragment: '#install', want: { code: 'not-share-link' } },
    { name: 'version without payload separator', fragment: '#v1', want: { code: 'not-share-link' } },
    { name: 'a version from the future', fragment: '#v9.AAAA', want: { code: 'unsupported-version', version: 9, newer: true } },
    { name: 'version 0', fragment: '#v0.AAAA', want: { code: 'unsupported-version', version: 0, newer: false } },
    { name: 'characters outside base64url', fragment: `#${good.slice(0, 40)}+/=${good.slice(43)}`, want: { code: 'bad-encoding' } },
    { name: 'percent-escaped junk', fragment: '#v1.%3Cscript%3E', want: { code: 'bad-encoding' } },
    // As the address bar gives it: `<` percent-escaped, and a length that would also look truncated.
    { name: '<script> after the version', fragment: '#v1.%3Cscript%3Ealert(1)%3C/script%3E', want: { code: 'bad-encoding' } },
    { name: 'an impossible base64 length', fragment: '#v1.AAAAA', want: { code: 'truncated' } },
    ...[0.5, 0.9].flatMap((f) => [0, 1, 2, 3].map((d) => ({
      name: `truncated to ${f * 100}% (${d} more)`, fragment: good.slice(0, Math.floor(good.length * f) + d), want: { code: 'truncated' as const },
    }))),
    { name: 'truncated by one character', fragment: good.slice(0, -1), want: { code: 'truncated' } },
    // Bytes that never were a link: not "incomplete" or "damaged", which would send the learner to copy it again.
    { name: 'random bytes', fragment: `v1.${encodeBase64url(Uint8Array.from({ length: 300 }, (_, i) => (i * 97 + 13) & 0xff))}`, want: { code: 'not-share-link' } },
    ...[400, 1000, 3000, 3001].map((n) => ({
      name: `${n} random base64url characters`,
      fragment: `v1.${Array.from({ length: n }, (_, i) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[(i * 2654435761 + 97) % 4093 % 64]).join('')}`,
      want: { code: 'not-share-link' as const },
    })),
    { name: 'empty payload', fragment: 'v1.', want: { code: 'truncated' } },
    { name: '50 MB inflated', fragment: bomb50, want: { code: 'too-large', limit: MAX_INFLATED_BYTES } },
    { name: 'just over the cap', fragment: bomb(MAX_INFLATED_BYTES), want: { code: 'too-large' } },
    { name: 'a fragment longer than any link', fragment: `v1.${'A'.repeat(MAX_FRAGMENT_CHARS + 1)}`, want: { code: 'too-long' } },
    { name: 'not UTF-8', fragment: `v1.${encodeBase64url(deflateSync(Uint8Array.of(0x7b, 0xff, 0xfe, 0x7d)))}`, want: { code: 'bad-encoding' } },
    { name: 'not JSON', fragment: rawV1('yaml: here'), want: { code: 'bad-json' } },
    { name: 'JSON, not an object', fragment: rawV1('[1,2,3]'), want: { code: 'invalid-field', path: '', reason: 'wrong-type' } },
    { name: 'no yaml', fragment: rawV1('{"s":1}'), want: { code: 'invalid-field', path: 'yaml', reason: 'missing' } },
    { name: 'no seed', fragment: rawV1('{"y":""}'), want: { code: 'invalid-field', path: 'seed', reason: 'missing' } },
    { name: 'yaml not a string', fragment: rawV1('{"s":1,"y":{"a":1}}'), want: { code: 'invalid-field', path: 'yaml', reason: 'wrong-type' } },
    { name: 'seed a float', fragment: rawV1('{"s":1.5,"y":""}'), want: { code: 'invalid-field', path: 'seed', reason: 'out-of-range' } },
    { name: 'seed past uint32', fragment: rawV1('{"s":4294967296,"y":""}'), want: { code: 'invalid-field', path: 'seed', reason: 'out-of-range' } },
    { name: 'actions not an array', fragment: rawV1('{"s":1,"y":"","a":{"0":["d","default","x"]}}'), want: { code: 'invalid-field', path: 'actions', reason: 'wrong-type' } },
    { name: 'unknown action', fragment: rawV1('{"s":1,"y":"","a":[["x","default","p"]]}'), want: { code: 'invalid-field', path: 'actions[0].type', reason: 'unknown-value' } },
    { name: 'action too long a tuple', fragment: rawV1('{"s":1,"y":"","a":[["d","default","p",1,2,3]]}'), want: { code: 'invalid-field', path: 'actions[0]', reason: 'too-many' } },
    { name: 'scale past the cap', fragment: rawV1('{"s":1,"y":"","a":[["s","default","d","nginx",100000]]}'), want: { code: 'invalid-field', path: 'actions[0].replicas', reason: 'out-of-range' } },
    { name: 'too many actions', fragment: rawV1(`{"s":1,"y":"","a":[${Array(1001).fill('["d","default","p"]').join(',')}]}`), want: { code: 'invalid-field', path: 'actions', reason: 'too-many' } },
    { name: '<script> in a Pod name', fragment: rawV1('{"s":1,"y":"","a":[["d","default","<script>alert(1)</script>"]]}'), want: { code: 'invalid-field', path: 'actions[0].name', reason: 'bad-name' } },
    { name: '<script> in a label key', fragment: rawV1('{"s":1,"y":"","a":[["l","default","test","<script>","x"]]}'), want: { code: 'invalid-field', path: 'actions[0].key', reason: 'bad-name' } },
    { name: '<script> in a label value', fragment: rawV1('{"s":1,"y":"","a":[["l","default","test","app","<script>alert(1)</script>"]]}'), want: { code: 'invalid-field', path: 'actions[0].value', reason: 'bad-name' } },
    { name: 'markup in a short label value', fragment: rawV1('{"s":1,"y":"","a":[["l","default","test","app","<b>x</b>"]]}'), want: { code: 'invalid-field', path: 'actions[0].value', reason: 'bad-name' } },
    { name: '<script> in a kubectl run image', fragment: rawV1('{"s":1,"y":"","a":[["k","default","test","<script>alert(1)</script>"]]}'), want: { code: 'invalid-field', path: 'actions[0].image', reason: 'bad-name' } },
    { name: '<script> in the client', fragment: rawV1('{"s":1,"y":"","c":"<script>alert(1)</script>"}'), want: { code: 'invalid-field', path: 'client', reason: 'bad-name' } },
    { name: 'markup in the target', fragment: rawV1('{"s":1,"y":"","t":"web\\"><img src=x onerror=alert(1)>"}'), want: { code: 'invalid-field', path: 'target', reason: 'bad-name' } },
    { name: 'a port past 65535', fragment: rawV1('{"s":1,"y":"","t":"web:70000"}'), want: { code: 'invalid-field', path: 'target', reason: 'bad-name' } },
    { name: 'a javascript: tab', fragment: rawV1('{"s":1,"y":"","v":{"b":"javascript:alert(1)"}}'), want: { code: 'invalid-field', path: 'view.tab', reason: 'bad-name' } },
    { name: 'unknown strategy', fragment: rawV1('{"s":1,"y":"","o":{"g":"weighted"}}'), want: { code: 'invalid-field', path: 'options.strategy', reason: 'unknown-value' } },
    { name: 'a strategy named like a prototype key', fragment: rawV1('{"s":1,"y":"","o":{"g":"constructor"}}'), want: { code: 'invalid-field', path: 'options.strategy', reason: 'unknown-value' } },
    { name: 'unknown client kind', fragment: rawV1('{"s":1,"y":"","o":{"c":"curl"}}'), want: { code: 'invalid-field', path: 'options.clientKind', reason: 'unknown-value' } },
    { name: 'the clock moved on zero seconds', fragment: rawV1('{"s":1,"y":"","a":[["w",0]]}'), want: { code: 'invalid-field', path: 'actions[0].seconds', reason: 'out-of-range' } },
    { name: 'the clock moved on past a year', fragment: rawV1('{"s":1,"y":"","a":[["w",31536001]]}'), want: { code: 'invalid-field', path: 'actions[0].seconds', reason: 'out-of-range' } },
    { name: 'the clock moved on by a string', fragment: rawV1('{"s":1,"y":"","a":[["w","30"]]}'), want: { code: 'invalid-field', path: 'actions[0].seconds', reason: 'wrong-type' } },
    { name: 'a lifecycle step with a Pod', fragment: rawV1('{"s":1,"y":"","a":[["p","default","mysql-1"]]}'), want: { code: 'invalid-field', path: 'actions[0]', reason: 'too-many' } },
    { name: '<script> in a terminated Pod', fragment: rawV1('{"s":1,"y":"","a":[["q","default","<script>"]]}'), want: { code: 'invalid-field', path: 'actions[0].name', reason: 'bad-name' } },
    { name: 'count zero', fragment: rawV1('{"s":1,"y":"","o":{"n":0}}'), want: { code: 'invalid-field', path: 'options.count', reason: 'out-of-range' } },
    { name: 'embed as a string', fragment: rawV1('{"s":1,"y":"","v":{"e":"yes"}}'), want: { code: 'invalid-field', path: 'view.embed', reason: 'wrong-type' } },
    { name: 'a send after more actions than there are', fragment: rawV1('{"s":1,"y":"","a":[["d","default","p"]],"r":[[1,2]]}'), want: { code: 'invalid-field', path: 'sends[0].afterActions', reason: 'out-of-range' } },
    { name: 'sends past the replay budget', fragment: rawV1(`{"s":1,"y":"","r":[${Array(11).fill('[1000,0]').join(',')}]}`), want: { code: 'invalid-field', path: 'sends[10]', reason: 'too-many' } },
    { name: 'zero nodes', fragment: rawV1('{"s":1,"y":"","N":0}'), want: { code: 'invalid-field', path: 'nodes', reason: 'out-of-range' } },
    { name: 'one compared name', fragment: rawV1('{"s":1,"y":"","v":{"c":["web"]}}'), want: { code: 'invalid-field', path: 'view.compare', reason: 'wrong-type' } },
    { name: 'markup in a compared name', fragment: rawV1('{"s":1,"y":"","v":{"c":["web","<svg onload=alert(1)>"]}}'), want: { code: 'invalid-field', path: 'view.compare[1]', reason: 'bad-name' } },
    { name: 'options not an object', fragment: rawV1('{"s":1,"y":"","o":[1]}'), want: { code: 'invalid-field', path: 'options', reason: 'wrong-type' } },
  ];

  it.each(cases)('$name', ({ fragment, want }) => {
    const r = decodeShareFragment(fragment);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject(want);
  });

  it('stops inflating a 50 MB bomb quickly, without holding it', () => {
    expect(bomb50.length).toBeLessThan(100_000);
    const before = process.memoryUsage().arrayBuffers;
    const t0 = performance.now();
    decodeShareFragment(bomb50);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(20 * 1024 * 1024);
  });

  it('ignores unknown fields and keeps prototype keys inert', () => {
    const r = decodeShareFragment(rawV1('{"s":1,"y":"a","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"zz":[1],"o":{"__proto__":{"k":1}},"v":{"future":true}}'));
    expect(r).toEqual({ ok: true, value: { yaml: 'a', actions: [], seed: 1, options: {}, view: {} } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (r.ok) expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype);
  });

  it('never throws on junk (fast-check)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => {
      const r = decodeShareFragment(s);
      expect(typeof r.ok).toBe('boolean');
    }), { numRuns: 500 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      expect(decodeShareFragment(`v1.${encodeBase64url(bytes)}`).ok).toBe(false);
    }), { numRuns: 500 });
    // A real link with one character changed: decodes to something valid or to an error, never throws.
    fc.assert(fc.property(fc.nat({ max: good.length - 4 }), fc.constantFrom(...'AZaz09-_'), (i, c) => {
      const mutated = `${good.slice(0, 3 + i)}${c}${good.slice(4 + i)}`;
      expect(typeof decodeShareFragment(mutated).ok).toBe('boolean');
    }), { numRuns: 300 });
  });

  describe('decodeShareFragmentAsync: the browser\'s own inflate, the same answers', () => {
    /** Decodes with the browser's inflate first (an empty fragment is decoded before, so nothing is kept from an earlier test). */
    const both = async (fragment: string) => {
      decodeShareFragment('');
      const viaBrowser = await decodeShareFragmentAsync(fragment);
      decodeShareFragment('');
      return { viaBrowser, viaPage: decodeShareFragment(fragment) };
    };

    it.each(cases)('$name', async ({ fragment }) => {
      const { viaBrowser, viaPage } = await both(fragment);
      expect(viaBrowser).toEqual(viaPage);
    });

    it('a large link and random states decode alike', async () => {
      const large = mustEncode({ yaml: defaultYaml.repeat(400), actions: [], seed: 3, target: 'web-service:80' });
      expect(large.length).toBeGreaterThan(5_000);
      for (const f of [large, `#${large}`, good]) {
        const { viaBrowser, viaPage } = await both(f);
        expect(viaBrowser.ok).toBe(true);
        expect(viaBrowser).toEqual(viaPage);
      }
      await fc.assert(fc.asyncProperty(shareState, async (s) => {
        const { viaBrowser, viaPage } = await both(mustEncode(s));
        expect(viaBrowser).toEqual(viaPage);
      }), { numRuns: 60 });
    });

    it('junk and damaged links get the page\'s answer (fast-check)', async () => {
      await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const { viaBrowser, viaPage } = await both(`v1.${encodeBase64url(bytes)}`);
        expect(viaBrowser).toEqual(viaPage);
      }), { numRuns: 200 });
      await fc.assert(fc.asyncProperty(fc.nat({ max: good.length - 4 }), fc.constantFrom(...'AZaz09-_'), async (i, c) => {
        const { viaBrowser, viaPage } = await both(`${good.slice(0, 3 + i)}${c}${good.slice(4 + i)}`);
        expect(viaBrowser).toEqual(viaPage);
      }), { numRuns: 200 });
      // Bytes after a whole stream: the browser's inflate refuses them, the page's ignores them.
      const whole = deflateSync(strToU8('{"s":1,"y":"a"}'));
      const trailing = new Uint8Array(whole.length + 3);
      trailing.set(whole);
      trailing.set([1, 2, 3], whole.length);
      const { viaBrowser, viaPage } = await both(`v1.${encodeBase64url(trailing)}`);
      expect(viaBrowser).toEqual(viaPage);
    });

    it('is the answer the page then reads, with or without #, decoded once', async () => {
      decodeShareFragment('');
      const read = await decodeShareFragmentAsync(`#${good}`);
      expect(read.ok).toBe(true);
      // The same object: nothing was inflated again.
      expect(decodeShareFragment(good)).toBe(read);
      expect(decodeShareFragment(`#${good}`)).toBe(read);
      expect(await decodeShareFragmentAsync(good)).toBe(read);
    });
  });
});

describe('buildShareUrl and isShareFragment', () => {
  it.each([
    { base: 'https://x.dev/play/', embed: false, want: 'https://x.dev/play/#v1.abc' },
    { base: 'https://x.dev/play/', embed: true, want: 'https://x.dev/play/?embed#v1.abc' },
    { base: 'https://x.dev/play/?embed#v1.old', embed: false, want: 'https://x.dev/play/#v1.abc' },
    { base: 'https://x.dev/?lang=zh-CN#old', embed: true, want: 'https://x.dev/?lang=zh-CN&embed#v1.abc' },
  ])('$base embed=$embed', ({ base, embed, want }) => {
    expect(buildShareUrl(base, 'v1.abc', { embed })).toBe(want);
  });

  it('recognises our fragments only', () => {
    expect(isShareFragment('#v1.abc')).toBe(true);
    expect(isShareFragment('v2.abc')).toBe(true);
    expect(isShareFragment('#install')).toBe(false);
  });
});

describe('encodeShareStateBestEffort', () => {
  it('leaves out what a link would refuse and says so', () => {
    const r = encodeShareStateBestEffort({ yaml: 'a', actions: [], seed: 1, target: 'http://web/', client: 'default/test', view: { tab: 'Bad Tab' } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.dropped).toEqual(['target', 'view']);
    expect(decodeShareFragment(r.value.fragment)).toEqual({ ok: true, value: { yaml: 'a', actions: [], seed: 1, client: 'default/test' } });
  });

  it('fails only on an over-large text', () => {
    expect(encodeShareStateBestEffort({ yaml: 'é'.repeat(600_000), actions: [], seed: 1 })).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });
});
