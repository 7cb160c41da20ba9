// The quick line scan answers some positions without the full (second-parse) index; whenever it
// answers, it must give exactly what the full index gives.

import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseManifests } from './parse';
import type { FieldPosition } from './positions';

const dir = new URL('../testdata/manifests/', import.meta.url);
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => readFileSync(new URL(f, dir), 'utf8'));

/** Every mapping key's field path in a decoded document (sequence items too, as `a[0].b`). */
function fieldPaths(value: unknown, path = '', out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v, i) => fieldPaths(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = path === '' ? k : `${path}.${k}`;
      out.push(p);
      fieldPaths(v, p, out);
    }
  }
  return out;
}

/** For each document and field path: the answer of a fresh index, and of one whose full index is built. */
function answers(text: string): { path: string; fresh: FieldPosition; full: FieldPosition }[] {
  const out: { path: string; fresh: FieldPosition; full: FieldPosition }[] = [];
  const built = parseManifests(text).documents;
  // A path with an index is never answered by the quick scan, so asking for one builds the full index.
  for (const doc of built) doc.positions.get('items[0]');
  built.forEach((doc, d) => {
    for (const path of fieldPaths(doc.value)) {
      const fresh = parseManifests(text).documents[d]?.positions.get(path);
      if (fresh) out.push({ path, fresh, full: doc.positions.get(path) });
    }
  });
  return out;
}

/** Lines that make a scalar differ from one plain word ending its line, put after a random line. */
const TRICKS = ['    continued', '      more words', '\t# tab', '  # comment', '', '   ', 'x: |', '  - item', ': odd', '"q": 1', '#c', '\r'];
const VALUES = ['3', '0x1F', 'a b', "'3'", '"3"', '3 # three', '~', '', 'v1.2/x+y', '-1', '.5', 'a:b', '!!int 3', '&a 3', '*a', '{}', '[]', '|', '>-'];

const edited = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.array(fc.record({ at: fc.nat(), trick: fc.constantFrom(...TRICKS), value: fc.constantFrom(...VALUES), op: fc.constantFrom('line', 'value') }), { minLength: 1, maxLength: 4 }),
  )
  .map(([seed, edits]) => {
    const lines = seed.split('\n');
    for (const e of edits) {
      const i = e.at % lines.length;
      if (e.op === 'line') lines.splice(i + 1, 0, e.trick);
      else lines[i] = (lines[i] ?? '').replace(/:( .*)?$/, `: ${e.value}`);
    }
    return lines.join('\n');
  });

describe('PositionIndex.get', () => {
  it('answers every field of the seed manifests as the full index does', () => {
    for (const seed of seeds) {
      for (const { path, fresh, full } of answers(seed)) expect([path, fresh]).toEqual([path, full]);
    }
  });

  it('answers every field of edited manifests as the full index does', () => {
    fc.assert(
      fc.property(edited, (text) => {
        for (const { path, fresh, full } of answers(text)) expect([path, fresh]).toEqual([path, full]);
      }),
      { numRuns: 80 },
    );
  });
});
