// The line parser: what ash accepts and how it splits it (errors are checked against the real ash in
// busybox.golden.test.ts), and that no line, however hostile, throws or runs long.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SHELL_LINE } from '../manifest/limits';
import { parseTranscript } from '../testing/shell-golden';
import { formatSyntaxError, parseLine, type AndOr, type Word } from './parse';

const text = (w: Word) => w.map((p) => ('text' in p ? p.text : `$${p.param}`)).join('');
type Shape = { op: AndOr['op']; pipeline: (string[] | { for: string; in: string[] | undefined; do: Shape[] })[] };
/** The words of each simple command, params written as $name, for readable expectations. */
const shape = (list: AndOr[]): Shape[] => list.map(({ op, pipeline }) => ({
  op, pipeline: pipeline.map((c) => (c.kind === 'simple' ? c.words.map(text) : { for: c.name, in: c.items?.map(text), do: shape(c.body) })),
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
    { name: 'a newline separates commands; a comment ends only its line', line: 'echo a # c\n\necho b', want: [{ op: ';', pipeline: [['echo', 'a']] }, { op: ';', pipeline: [['echo', 'b']] }] },
    {
      name: "the article's loop, on several lines", line: 'for i in 0 1 2; do\n  echo "Testing mysql-$i"\n  wget -O- http://mysql-$i.mysql-headless:3306\ndone',
      want: [{ op: ';', pipeline: [{ for: 'i', in: ['0', '1', '2'], do: [{ op: ';', pipeline: [['echo', 'Testing mysql-$i']] }, { op: ';', pipeline: [['wget', '-O-', 'http://mysql-$i.mysql-headless:3306']] }] }] }],
    },
    {
      name: 'a loop as a pipeline stage, without `in`', line: 'for x do echo $x; done | wc -l',
      want: [{ op: ';', pipeline: [{ for: 'x', in: undefined, do: [{ op: ';', pipeline: [['echo', '$x']] }] }, ['wc', '-l']] }],
    },
    { name: 'reserved words are only reserved where a command starts, and unquoted', line: 'echo for do "done"; \'for\' in', want: [{ op: ';', pipeline: [['echo', 'for', 'do', 'done']] }, { op: ';', pipeline: [['for', 'in']] }] },
  ];
  it.each(cases)('$name', ({ line, want }) => {
    const r = parseLine(line);
    expect(r.ok && shape(r.value)).toEqual(want);
  });

  it('takes redirections apart from words', () => {
    const r = parseLine('wget -O- http://x 2>&1 >/dev/null');
    expect(r.ok && r.value[0]!.pipeline[0]!.redirects).toEqual([{ fd: 2, op: '>&', toFd: 1 }, { fd: 1, op: '>', target: [{ text: '/dev/null' }] }]);
  });

  // What a non-interactive ash says of a text that ends inside a `for` (testdata/golden/shell/ash-eof-*.txt, from
  // the real busybox); an interactive one reads on instead, which `incomplete` tells the runner.
  it.each(['ash-eof-in-for', 'ash-eof-in-for-words'])('%s: an unfinished loop is incomplete, in ash\'s words', (name) => {
    const want = parseTranscript(name, readFileSync(join(__dirname, '../testdata/golden/shell', `${name}.txt`), 'utf8'));
    const r = parseLine(want.command);
    expect(r.ok || { incomplete: r.incomplete, message: formatSyntaxError(r.error, 'ash', 1) }).toEqual({ incomplete: true, message: want.output.trimEnd() });
  });

  it('refuses a line longer than the terminal can deliver', () => {
    expect(parseLine('a'.repeat(MAX_SHELL_LINE + 1))).toEqual({ ok: false, error: { kind: 'too-long' } });
  });

  it('never throws, and stays fast, on any line', () => {
    const piece = fc.constantFrom('echo', 'wget', ' ', '\t', "'", '"', '\\', '$', '$?', '${', '}', '|', '||', '&&', ';', ';;', '&', '>', '>>', '2>&1', '>&', '<', '#', 'a', '\n', 'for ', 'i', ' in ', 'do ', 'done ', '; do ', '; done');
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
