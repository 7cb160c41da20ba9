// The line parser: what ash accepts and how it splits it (errors are checked against the real ash in
// busybox.golden.test.ts), and that no line, however hostile, throws or runs long.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SHELL_LINE } from '../manifest/limits';
import { parseLine, type AndOr, type Word } from './parse';

/** The words of each simple command, params written as $name, for readable expectations. */
const shape = (list: AndOr[]) => list.map(({ op, pipeline }) => ({
  op, pipeline: pipeline.map((c) => c.words.map((w: Word) => w.map((p) => ('text' in p ? p.text : `$${p.param}`)).join(''))),
}));

describe('parseLine', () => {
  const cases: { name: string; line: string; want: ReturnType<typeof shape> }[] = [
    { name: 'the article\'s first command', line: 'nslookup web-service', want: [{ op: ';', pipeline: [['nslookup', 'web-service']] }] },
    { name: 'quotes join into one word', line: `echo 'a b'"c d"e\\ f`, want: [{ op: ';', pipeline: [['echo', 'a bc de f']] }] },
    { name: 'a pipe into head', line: 'wget -O- http://web-service | head -n 4', want: [{ op: ';', pipeline: [['wget', '-O-', 'http://web-service'], ['head', '-n', '4']] }] },
    { name: '&& || and ;', line: 'a && b || c; d', want: [{ op: ';', pipeline: [['a']] }, { op: '&&', pipeline: [['b']] }, { op: '||', pipeline: [['c']] }, { op: ';', pipeline: [['d']] }] },
    { name: '$? is kept for run time, in and out of double quotes', line: 'echo $? "$?" \'$?\'', want: [{ op: ';', pipeline: [['echo', '$?', '$?', '$?']] }] },
    { name: 'a comment ends the line; # inside a word does not', line: 'echo a#b # c', want: [{ op: ';', pipeline: [['echo', 'a#b']] }] },
    { name: 'a blank line is no command', line: '   ', want: [] },
    { name: 'a trailing ; is allowed', line: 'hostname;', want: [{ op: ';', pipeline: [['hostname']] }] },
  ];
  it.each(cases)('$name', ({ line, want }) => {
    const r = parseLine(line);
    expect(r.ok && shape(r.value)).toEqual(want);
  });

  it('takes redirections apart from words', () => {
    const r = parseLine('wget -O- http://x 2>&1 >/dev/null');
    expect(r.ok && r.value[0]!.pipeline[0]!.redirects).toEqual([{ fd: 2, op: '>&', toFd: 1 }, { fd: 1, op: '>', target: [{ text: '/dev/null' }] }]);
  });

  it('refuses a line longer than the terminal can deliver', () => {
    expect(parseLine('a'.repeat(MAX_SHELL_LINE + 1))).toEqual({ ok: false, error: 'sh: line too long' });
  });

  it('never throws, and stays fast, on any line', () => {
    const piece = fc.constantFrom('echo', 'wget', ' ', '\t', "'", '"', '\\', '$', '$?', '${', '}', '|', '||', '&&', ';', ';;', '&', '>', '>>', '2>&1', '>&', '<', '#', 'a', '\n');
    const line = fc.oneof(fc.string({ maxLength: 200 }), fc.array(piece, { maxLength: 60 }).map((p) => p.join('')));
    fc.assert(fc.property(line, (l) => {
      const r = parseLine(l);
      expect(typeof r.ok).toBe('boolean');
    }), { numRuns: 2000 });
    const t0 = performance.now();
    for (const l of ['"'.repeat(MAX_SHELL_LINE), '${'.repeat(MAX_SHELL_LINE / 2), '$?'.repeat(MAX_SHELL_LINE / 2), '|'.repeat(MAX_SHELL_LINE), 'a '.repeat(MAX_SHELL_LINE / 2)]) parseLine(l);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
