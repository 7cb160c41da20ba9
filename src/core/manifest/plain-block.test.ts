// The plain block reader must give exactly js-yaml's value for every document it reads, and hand
// everything else back to js-yaml.

import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import * as jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { generateScenario } from '../testing/index';
import { parseManifests } from './parse';
import { NOT_PLAIN, readPlainBlock } from './plain-block';

const types = (jsyaml as unknown as { types: Record<'merge' | 'timestamp' | 'binary' | 'omap' | 'pairs' | 'set', jsyaml.Type> }).types;
/** The schema as js-yaml composes it: the core schema's implicit types on every plain scalar, and merge keys. */
const REFERENCE = jsyaml.CORE_SCHEMA.extend({
  implicit: [types.merge],
  explicit: [types.timestamp, types.binary, types.omap, types.pairs, types.set],
});

/**
 * A scalar resolved by js-yaml itself: the reader's resolver in these tests, independent of parse.ts.
 * Read as a sequence entry, since alone `---v` would start a document.
 */
const byJsYaml = (text: string): unknown => (jsyaml.load(`- ${text}`, { schema: REFERENCE }) as unknown[])[0];

function reference(text: string): { value: unknown } | { error: true } {
  try {
    return { value: jsyaml.load(text, { schema: REFERENCE }) };
  } catch {
    return { error: true };
  }
}

/** The reader's answer, checked against js-yaml's whenever it reads the document; true when it read it. */
function expectReadAsJsYaml(text: string): boolean {
  const got = readPlainBlock(text, byJsYaml);
  if (got === NOT_PLAIN) return false;
  expect(reference(text)).toEqual({ value: got });
  return true;
}

/**
 * The reader against js-yaml; when it reads the text, the whole parser too must give js-yaml's value
 * (what it refuses takes the js-yaml path, unchanged).
 */
function expectSameDocuments(text: string): boolean {
  const read = expectReadAsJsYaml(text);
  if (read) expect(parseManifests(text).documents.map((d) => d.value)).toEqual([jsyaml.load(text, { schema: REFERENCE })]);
  return read;
}

interface Style {
  step: number;
  /** Sequences under a key at the key's own column. */
  compact: boolean;
  /** After `-`. */
  gap: string;
  /** After scalars. */
  trail: string;
}

/** A value as block YAML lines at `indent`. */
function render(value: unknown, indent: number, s: Style): string[] {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      const inner = typeof item === 'string' ? [item + s.trail] : render(item, indent + 1 + s.gap.length, s).map((l) => l.slice(indent + 1 + s.gap.length));
      return inner.map((l, i) => (i === 0 ? `${pad}-${s.gap}${l}` : l));
    });
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => {
      if (typeof v === 'string') return [`${pad}${k}: ${v}${s.trail}`];
      const child = Array.isArray(v) && s.compact ? indent : indent + s.step;
      return [`${pad}${k}:`, ...render(v, child, s)];
    });
  }
  return [pad + String(value)];
}

const PLAIN = [
  ['a mapping of scalars', 'apiVersion: v1\nkind: Service\nreplicas: 3\nready: true\nnothing:\nratio: 0.5\n'],
  ['nested mappings', 'metadata:\n  name: web\n  labels:\n    app.kubernetes.io/name: web\n    tier: backend\nspec:\n  replicas: 2\n'],
  ['sequences of mappings and of scalars', 'ports:\n  - name: http\n    port: 80\n  - name: dns\n    port: 53\nargs:\n  - --verbose\n  - -v\n'],
  ['a sequence at its key\'s column', 'ports:\n- name: http\n  port: 80\n- port: 9090\nnext: x\n'],
  ['comments and blank lines', '# a comment\n\nkind: Pod   \n  # indented comment\nspec:\n\n  x: 1\n'],
  ['keys the core schema resolves', 'null: 1\nTrue: 2\nFALSE: 3\n'],
  ['scalars the core schema resolves', 'a: null\nb: Null\nc: 0x1F\nd: 0o17\ne: 1e3\nf: .5\ng: 1.0.0\nh: 8080/tcp\ni: nginx:1.27\nj: http://x.y/z\nk: 2020-01-01\n'],
  ['words with spaces', 'a: some words here\nb: x - y\n'],
  ['extra spaces after the entry marker', '-   name: a\n    port: 1\n-  b\n'],
] as const;

const NOT_IN_SUBSET = [
  ['quotes', 'a: "x"\n'],
  ['flow collections', 'a: [1, 2]\n'],
  ['an anchor and alias', 'a: &x 1\nb: *x\n'],
  ['a tag', 'a: !!str 1\n'],
  ['a block scalar', 'a: |\n  text\n'],
  ['a multi-line plain scalar', 'a: one\n  two\n'],
  ['a trailing comment', 'a: 1 # one\n'],
  ['a duplicate key', 'a: 1\na: 2\n'],
  ['__proto__', '__proto__: 1\n'],
  ['a tab', 'a:\t1\n'],
  ['a carriage return', 'a: 1\r\n'],
  ['non-ASCII', 'a: ü\n'],
  ['a merge key', '<<: {a: 1}\n'],
  ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
  ['a deeper line after a scalar', 'a: 1\n  b: 2\n'],
  ['a colon and space in a value', 'a: b: c\n'],
  ['an empty sequence entry', '-\n  a: 1\n'],
  ['a nested entry on one line', '- - a\n'],
  ['an indented root', '  a: 1\n'],
  ['a scalar document', 'just words\n'],
  ['an empty document', '# nothing\n'],
] as const;

describe('readPlainBlock', () => {
  it.each(PLAIN)('reads %s as js-yaml does', (_, text) => {
    expect(expectReadAsJsYaml(text)).toBe(true);
  });

  it.each(NOT_IN_SUBSET)('leaves %s to js-yaml', (_, text) => {
    expect(readPlainBlock(text, byJsYaml)).toBe(NOT_PLAIN);
  });

  it('reads any document of random lines exactly as js-yaml does, or not at all', () => {
    const line = fc.record({
      indent: fc.constantFrom(0, 0, 0, 2, 2, 2, 4, 4, 1, 3, 6),
      marker: fc.constantFrom('', '', '', '', '- ', '- ', '-  ', '- - ', '-'),
      body: fc.oneof(
        {
          weight: 3,
          arbitrary: fc.tuple(
            fc.constantFrom('a', 'b', 'c', 'd', 'name', 'app.kubernetes.io/name', 'null', 'True', '__proto__', '_x', 'x-y', 'a b', '"q"'),
            fc.constantFrom(':', ':', ': ', ':  ', ' :'),
          ),
        },
        {
          weight: 5,
          arbitrary: fc.tuple(
            fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'name', 'null'),
            fc.constantFrom(
              ': 1', ': -1', ': ~', ': yes', ': foo bar', ': http://x', ': a:b', ': a: b', ': x #c', ": 'q'", ': "q"', ': [1]', ': {}', ': &a x', ': *a',
              ': |', ': foo:', ': 1.0.0', ': .5', ': 0x1F', ': true', ': x ', ': .inf', ': 1_000', ': a,b', ': x-y', ':x', ': --v', ': -', ': - x',
              ': -.5', ': x', ': 80', ': web', ': 1e3  ',
            ),
          ),
        },
        { weight: 2, arbitrary: fc.constantFrom('x', '1', 'null', '# c', '', 'a b', 'x:', 'http://x', '--flag', '-1') },
      ),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 10 }), (lines) => {
        expectSameDocuments(lines.map((l) => ' '.repeat(l.indent) + l.marker + (typeof l.body === 'string' ? l.body : l.body.join(''))).join('\n') + '\n');
      }),
      { numRuns: 3000 },
    );
  });

  it('reads any rendered tree, and any one-character change of it, exactly as js-yaml does, or not at all', () => {
    const word = fc.constantFrom('web', 'x y', '80', '-1', '0x1F', 'null', 'True', '1.0.0', '.5', 'http://a', 'a:b', '--v', '1e3', 'a.b/c');
    const key = fc.constantFrom('a', 'b', 'name', 'null', 'True', 'app.kubernetes.io/name', 'x-y', '_k');
    const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        word,
        fc.array(tie('tree'), { minLength: 1, maxLength: 3 }),
        fc.dictionary(key, tie('tree'), { minKeys: 1, maxKeys: 4 }),
      ),
    }));
    const style = fc.record({ step: fc.integer({ min: 1, max: 4 }), compact: fc.boolean(), gap: fc.constantFrom(' ', '  '), trail: fc.constantFrom('', ' ') });
    const change = fc.option(fc.record({ at: fc.nat(), ch: fc.constantFrom('', ' ', '-', ':', '#', '\n', 'a', '"') }), { freq: 2 });
    let read = 0;
    fc.assert(
      fc.property(fc.dictionary(key, tree, { minKeys: 1, maxKeys: 4 }), style, change, (root, s, edit) => {
        let text = render(root, 0, s).join('\n') + '\n';
        if (edit) {
          const at = edit.at % text.length;
          text = text.slice(0, at) + edit.ch + text.slice(at + 1);
        }
        if (expectSameDocuments(text)) read++;
      }),
      { numRuns: 3000 },
    );
    // The property must exercise the reader, not only its refusals.
    expect(read).toBeGreaterThan(500);
  });

  it('reads the seed manifests and scenarios as js-yaml does', () => {
    for (const dir of [new URL('../testdata/manifests/', import.meta.url), new URL('../../scenarios/', import.meta.url)]) {
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
        for (const doc of readFileSync(new URL(f, dir), 'utf8').split(/^---$/m)) expectReadAsJsYaml(doc);
      }
    }
  });

  it('reads every document of the generated benchmark scenario (the fast path the benchmark measures)', () => {
    const docs = generateScenario({ pods: 200, services: 20 }).split('---\n');
    expect(docs.filter((d) => !expectReadAsJsYaml(d))).toEqual([]);
  });
});
