// Hostile input: each gets its diagnostic, quickly, and nothing hangs or leaks.

import { describe, expect, it } from 'vitest';
import { loadCluster } from '../model/load';

const service = (name: string): string => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  selector:
    app: ${name}
  ports:
  - port: 80
`;

function billionLaughs(levels: number): string {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < levels; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(',')}]`);
  return `${lines.join('\n')}\n`;
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

/** The note's values (the UI words them: ui/diagnostic-text.test.ts). */
const cases: { name: string; manifest: string; want: { code: string; line: number; column?: number; values?: Record<string, unknown> } }[] = [
  {
    name: 'billion laughs alias bomb',
    manifest: `${billionLaughs(10)}---\n${service('web')}`,
    want: { code: 'alias-expansion', line: 1, column: 1, values: { max: 200_000 } },
  },
  {
    name: '10,000-deep flow nesting',
    manifest: `${service('web')}---\nx: ${'['.repeat(10000)}${']'.repeat(10000)}\n`,
    want: { code: 'too-deep', line: 11, values: { max: 64 } },
  },
  {
    name: '10,000-deep flow mappings',
    manifest: `${'{a: '.repeat(10000)}1${'}'.repeat(10000)}\n---\n${service('web')}`,
    want: { code: 'too-deep', line: 1 },
  },
  {
    name: '!!js/function tag',
    manifest: `${service('web')}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: !!js/function "function () { globalThis.pwned = true }"\n`,
    want: { code: 'unsafe-tag', line: 14, values: { tag: '!!js/function' } },
  },
  {
    name: 'NUL byte',
    manifest: `${service('web')}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: a\u0000b\n`,
    want: { code: 'nul-byte', line: 14, column: 10 },
  },
  {
    name: '2 MB source',
    manifest: `${service('web')}# ${'x'.repeat(2 * 1024 * 1024)}\n`,
    want: { code: 'source-too-large', line: 1, column: 1, values: { maxBytes: 1_048_576 } },
  },
];

describe('hostile input', () => {
  it.each(cases)('$name → $want.code, fast', ({ manifest, want }) => {
    const { value, ms } = timed(() => loadCluster(manifest));
    expect(ms).toBeLessThan(1000);
    const d = value.diagnostics.find((x) => x.code === want.code);
    expect(d).toBeDefined();
    expect(d?.severity).toBe('error');
    expect(d?.line).toBe(want.line);
    if (want.column !== undefined) expect(d?.column).toBe(want.column);
    if (want.values !== undefined) expect(d).toMatchObject(want.values);
    expect(d?.message).toBeUndefined();
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('the other documents still load next to a bomb, a tag or a NUL byte', () => {
    for (const c of cases.slice(0, 5)) {
      expect(loadCluster(c.manifest).cluster.services.map((s) => s.name)).toContain('web');
    }
  });

  it('replicas: 1e9 is clamped to 1,000 Pods, fast', () => {
    const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: big
spec:
  replicas: 1000000000
  selector:
    matchLabels:
      app: big
  template:
    metadata:
      labels:
        app: big
    spec:
      containers:
      - name: c
        image: nginx
`;
    const { value, ms } = timed(() => loadCluster(text, { nodes: 10 }));
    expect(ms).toBeLessThan(2000);
    expect(value.cluster.pods.filter((p) => p.owner?.workload?.name === 'big')).toHaveLength(1000);
    expect(value.diagnostics.map((d) => d.code)).toEqual(['replicas-clamped']);
  });

  it('__proto__ keys pollute nothing', () => {
    const text = `__proto__:
  polluted: yes
apiVersion: v1
kind: Pod
metadata:
  name: p
  labels:
    __proto__: x
  annotations:
    constructor: y
spec:
  containers:
  - name: c
    image: busybox
---
apiVersion: v1
kind: Service
metadata:
  name: s
  labels:
    __proto__: polluted
spec:
  selector:
    __proto__: polluted
  ports:
  - port: 80
`;
    const { diagnostics } = loadCluster(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    // The Pod's top-level "__proto__" is an unknown field, which strict decoding refuses first; "__proto__" is
    // not a valid label key either, so the Service is rejected with the API server's message.
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => [d.message?.split(':')[0], d.line, d.column])).toEqual([
      ['Pod in version "v1" cannot be handled as a Pod', 1, 1],
      ['metadata.labels', 21, 5],
      ['spec.selector', 24, 5],
    ]);
  });

  it('non-string input and odd options do not throw', () => {
    expect(() => loadCluster(undefined as unknown as string)).not.toThrow();
    expect(loadCluster('', { nodes: -5 }).cluster.nodes).toHaveLength(1);
    expect(loadCluster('', { nodes: 1e9 }).cluster.nodes).toHaveLength(250);
    expect(loadCluster('', { nodes: Number.NaN }).cluster.nodes).toHaveLength(3);
  });
});
