// Property tests: loadCluster never throws and stays fast on any string or mutated manifest; the same
// text gives the same cluster; an unrelated object renumbers nothing.

import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCluster } from './load';
import type { Cluster, LoadResult } from './types';

const dir = new URL('../testdata/manifests/', import.meta.url);
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => readFileSync(new URL(f, dir), 'utf8'));

/** Time budget per call; generous so a slow CI machine does not flake, tight enough to catch a hang. */
const BUDGET_MS = 500;

function checkedLoad(text: string): LoadResult {
  const t0 = performance.now();
  const result = loadCluster(text);
  const ms = performance.now() - t0;
  expect(ms).toBeLessThan(BUDGET_MS);
  for (const d of result.diagnostics) {
    // An Internal error is an exception the core caught: a bug, whatever the input.
    expect(d.code).not.toBe('internal');
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    // A real program's message, or a note with a code (ui/diagnostic-text.test.ts checks every note has words).
    expect(typeof (d.message ?? d.code)).toBe('string');
  }
  return result;
}

const TOKENS = ['', ' ', '  ', '\t', '\n', '-', '- ', ': ', ':', '{', '}', '[', ']', ',', '&a ', '*a', '<<: *a', '!!js/function ', '!!binary ', '\u0000', '"', "'", '#', '---\n', '...\n', '0', '-1', '65536', 'None', 'null', '~', '__proto__: ', 'true', '1e9', '0x1F', '%YAML 1.2\n', '? '];

/** A random edit of a seed manifest: delete, duplicate, replace or insert at a random place. */
const mutated = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.array(
      fc.record({
        op: fc.constantFrom('delete-line', 'dup-line', 'insert', 'replace-char', 'indent'),
        at: fc.nat(),
        token: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 })),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  )
  .map(([seed, edits]) => {
    let text = seed;
    for (const e of edits) {
      const lines = text.split('\n');
      const li = e.at % Math.max(1, lines.length);
      const pos = e.at % Math.max(1, text.length);
      switch (e.op) {
        case 'delete-line':
          lines.splice(li, 1);
          text = lines.join('\n');
          break;
        case 'dup-line':
          lines.splice(li, 0, lines[li] ?? '');
          text = lines.join('\n');
          break;
        case 'insert':
          text = text.slice(0, pos) + e.token + text.slice(pos);
          break;
        case 'replace-char':
          text = text.slice(0, pos) + e.token + text.slice(pos + 1);
          break;
        case 'indent':
          lines[li] = ` ${lines[li] ?? ''}`;
          text = lines.join('\n');
          break;
      }
    }
    return text;
  });

describe('loadCluster properties', () => {
  it('never throws and stays fast on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        checkedLoad(text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and stays fast on mutated seed manifests', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        checkedLoad(text);
      }),
      { numRuns: 400 },
    );
  });

  it('the same text gives the same cluster', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        expect(loadCluster(text)).toEqual(loadCluster(text));
      }),
      { numRuns: 100 },
    );
  });
});

const dnsLabel = fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/).map((s) => `zz${s}`);

/** Objects that share nothing with the seeds: a Service, a Namespace, or a kind that is not simulated. */
const unrelated = fc.tuple(fc.constantFrom('Service', 'Namespace', 'ConfigMap', 'HeadlessService'), dnsLabel).map(([kind, name]) => {
  switch (kind) {
    case 'Service':
      return `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  selector:\n    app: ${name}\n  ports:\n  - port: 8080\n`;
    case 'HeadlessService':
      return `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  clusterIP: None\n  selector:\n    app: ${name}\n`;
    case 'Namespace':
      return `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n`;
    default:
      return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  k: v\n`;
  }
});

function addresses(c: Cluster): { services: Record<string, string>; pods: Record<string, string>; slices: string[] } {
  return {
    services: Object.fromEntries(c.services.map((s) => [`${s.namespace}/${s.name}`, `${s.clusterIP} ${JSON.stringify(s.ports)}`])),
    pods: Object.fromEntries(c.pods.map((p) => [`${p.namespace}/${p.name}`, `${p.node} ${p.ip}`])),
    slices: c.endpointSlices.map((s) => s.name),
  };
}

describe('stability', () => {
  it('adding an unrelated Service, Namespace or ConfigMap renumbers nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), unrelated, fc.boolean(), (seed, extra, first) => {
        const before = addresses(loadCluster(seed).cluster);
        const after = addresses(loadCluster(first ? `${extra}---\n${seed}` : `${seed}\n---\n${extra}`).cluster);
        for (const [k, v] of Object.entries(before.services)) expect(after.services[k]).toBe(v);
        expect(after.pods).toEqual(before.pods);
        for (const name of before.slices) expect(after.slices).toContain(name);
      }),
      { numRuns: 150 },
    );
  });

  it('adding an unrelated Pod moves an existing Pod only when the new Pod took its address', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), dnsLabel, (seed, name) => {
        const pod = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n  - name: c\n    image: busybox\n`;
        const before = loadCluster(seed).cluster;
        const after = loadCluster(`${seed}\n---\n${pod}`).cluster;
        const newPod = after.pods.find((p) => p.name === name);
        const moved = before.pods.filter((p) => after.pods.find((q) => q.namespace === p.namespace && q.name === p.name)?.ip !== p.ip);
        // Names and nodes never change.
        expect(after.pods.filter((p) => p.name !== name).map((p) => [p.name, p.node])).toEqual(before.pods.map((p) => [p.name, p.node]));
        if (moved.length > 0) expect(moved.map((p) => p.ip)).toContain(newPod?.ip);
      }),
      { numRuns: 150 },
    );
  });
});
