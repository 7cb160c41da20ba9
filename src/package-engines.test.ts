// The README promises that `npm ci && npm start` works on the Node.js that package.json's `engines` names. npm
// only warns when an installed package wants a newer Node, so this test reads every package in the lockfile and
// fails on one whose `engines.node` the stated minimum does not satisfy.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Version = [number, number, number];

const parse = (v: string): Version => {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(v.trim());
  if (!m) throw new Error(`not a version: ${v}`);
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
};
const cmp = (a: Version, b: Version): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** One comparator of a semver range, in the forms the lockfile's `engines.node` fields use. */
function matches(v: Version, comparator: string): boolean {
  const m = /^(>=|<=|>|<|\^|~|=)?\s*(.+)$/.exec(comparator)!;
  const op = m[1] ?? '';
  const text = m[2]!.replace(/\.[x*]/g, '');
  const parts = text.split('.').length;
  const w = parse(text);
  switch (op) {
    case '>=': return cmp(v, w) >= 0;
    case '>': return cmp(v, w) > 0;
    case '<=': return cmp(v, w) <= 0;
    case '<': return cmp(v, w) < 0;
    case '^': return v[0] === w[0] && cmp(v, w) >= 0;
    case '~': return v[0] === w[0] && v[1] === w[1] && cmp(v, w) >= 0;
    default:
      // A bare `20` or `20.19` is an x-range: any version with that prefix.
      return v[0] === w[0] && (parts < 2 || v[1] === w[1]) && (parts < 3 || v[2] === w[2]);
  }
}

function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  return range.split('||').some((alt) => {
    const comparators = alt.trim().replace(/(>=|<=|>|<|\^|~|=)\s+/g, '$1').split(/\s+/).filter(Boolean);
    return comparators.length === 0 || comparators.every((c) => c === '*' || matches(v, c));
  });
}

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; os?: string[]; cpu?: string[] }>;
};

describe('the Node.js version package.json states', () => {
  const minimum = /^>=\s*(\d+\.\d+(?:\.\d+)?)$/.exec(pkg.engines.node)?.[1];

  it('is a plain minimum (>= X.Y)', () => {
    expect(minimum).toBeDefined();
  });

  it.each([
    ['20.19.0', '>=22', false],
    ['20.19.0', '^20.19.0 || >=22.12.0', true],
    ['20.19.0', '18 || 20 || >=22', true],
    ['20.19.0', '>=22.19.0', false],
    ['20.19.0', '^20.0.0 || ^22.0.0 || >=24.0.0', true],
    ['20.18.9', '^20.19.0 || >=22.12.0', false],
    ['20.19.0', '>= 14.17', true],
  ])('satisfies(%s, %s) is %s', (version, range, expected) => {
    expect(satisfies(version, range)).toBe(expected);
  });

  it('satisfies every installed package that names an engine', () => {
    const wrong = Object.entries(lock.packages).flatMap(([name, p]) => {
      // Old packages wrote engines as an array of strings, which npm ignores.
      const node = name !== '' && p.engines && !Array.isArray(p.engines) ? p.engines.node : undefined;
      return node && !satisfies(minimum!, node) ? [`${name.replace(/^.*node_modules\//, '')} wants node ${node}`] : [];
    });
    expect(wrong).toEqual([]);
  });
});
