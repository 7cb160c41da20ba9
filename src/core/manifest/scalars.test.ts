// Plain scalars resolve through a first-character shortcut in parse.ts; every scalar must still get
// the value js-yaml's core schema (plus merge keys and the explicit safe types) gives it.

import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import * as jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseManifests } from './parse';

const types = (jsyaml as unknown as { types: Record<'merge' | 'timestamp' | 'binary' | 'omap' | 'pairs' | 'set', jsyaml.Type> }).types;
/** The schema as js-yaml composes it, trying null, bool, int and float on every plain scalar. */
const REFERENCE = jsyaml.CORE_SCHEMA.extend({
  implicit: [types.merge],
  explicit: [types.timestamp, types.binary, types.omap, types.pairs, types.set],
});

function reference(text: string): { value: unknown } | { error: true } {
  try {
    return { value: jsyaml.load(text, { schema: REFERENCE }) };
  } catch {
    return { error: true };
  }
}

function expectSameAsReference(text: string): void {
  const want = reference(text);
  const got = parseManifests(text);
  if ('error' in want) {
    expect(got.documents).toEqual([]);
    expect(got.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  } else if (want.value === null || want.value === undefined) {
    expect(got.documents).toEqual([]);
  } else {
    expect(got.documents.map((d) => d.value)).toEqual([want.value]);
  }
}

const WORDS = [
  '', '~', 'null', 'Null', 'NULL', 'nULL', 'nil', 'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'yes', 'on', 'n', 'N',
  '0', '00', '-0', '+0', '01', '0x1F', '0X1F', '0o17', '0b101', '0x_1', '1_000', '_1', '1_', '-1', '+1', '.5', '5.', '-.5', '1e3', '1E+3', '1e',
  '.inf', '-.Inf', '+.INF', '.NaN', '.nan', '.', '-', '+', '<<', 'app', 'TCP', '8080/tcp', '10.96.0.1', 'nginx:1.27', '2020-01-01', '12:30',
];

describe('plain scalars', () => {
  it.each(WORDS)('%j resolves as in the core schema', (word) => {
    expectSameAsReference(`k: ${word}\nlist: [${word}]\n`);
  });

  it('any short word resolves as in the core schema', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.constantFrom('', '-', '+', '.', '0', '1', 'n', 't', 'F', '~'), (tail, head) => {
        expectSameAsReference(`k: ${head}${tail}\n`);
      }),
      { numRuns: 1000 },
    );
  });

  it('explicit tags and merge keys work as before', () => {
    for (const text of [
      'a: !!int "3"\nb: !!str 3\nc: !!null ""\nd: !!bool true\ne: !!float 1\nf: !!timestamp 2020-01-01\n',
      'base: &b {x: 1, y: null}\nk:\n  <<: *b\n  y: 2\n',
      'k: !!int nope\n',
      '? [a, b]\n: 1\n',
    ]) {
      expectSameAsReference(text);
    }
  });

  it('the seed manifests parse as in the core schema', () => {
    const dir = new URL('../testdata/manifests/', import.meta.url);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
      const text = readFileSync(new URL(f, dir), 'utf8');
      const want = jsyaml.loadAll(text, undefined, { schema: REFERENCE }).filter((v) => v !== null && v !== undefined);
      expect(parseManifests(text).documents.map((d) => d.value)).toEqual(want);
    }
  });
});
