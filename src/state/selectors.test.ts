import { describe, expect, it } from 'vitest';
import { seedCluster } from '../core/testing';
import { clampHop, clientCandidates, compareNames, diagnosticsByLine, MAX_TARGET_SUGGESTIONS, rulesNode, suggestionsFor, targetSuggestions } from './selectors';

describe('selectors', () => {
  const cluster = seedCluster();

  it.each([
    { name: 'picks the first ClusterIP and the first headless Service', state: { compareNames: null, cluster }, want: ['web-service', 'mysql-headless'] },
    { name: 'a chosen pair wins', state: { compareNames: ['a', 'b'] as [string, string], cluster }, want: ['a', 'b'] },
    { name: 'no cluster: kubernetes, and no headless name', state: { compareNames: null, cluster: null }, want: ['kubernetes', null] },
    {
      name: 'no headless Service: no name under HEADLESS, never another Service\'s',
      state: { compareNames: null, cluster: { ...cluster, services: cluster.services.filter((s) => !s.headless) } }, want: ['web-service', null],
    },
    { name: 'a ClusterIP name chosen without a headless one', state: { compareNames: ['web', null] as [string, null], cluster }, want: ['web', 'mysql-headless'] },
  ])('compareNames: $name', ({ state, want }) => {
    expect(compareNames(state)).toEqual(want);
  });

  it('rulesNode is the client Pod node unless one is chosen', () => {
    expect(rulesNode({ rulesNode: null, cluster, client: 'default/test' })).toBe('node-2');
    expect(rulesNode({ rulesNode: 'node-3', cluster, client: 'default/test' })).toBe('node-3');
  });

  it('clients are the non-system Pods with an IP', () => {
    expect(clientCandidates(cluster)).not.toContain('kube-system/coredns-7db6d8ff4d-4x9tq');
    expect(clientCandidates(cluster)).toContain('default/test');
  });

  it('target suggestions name Services with their port and StatefulSet Pods by hostname.subdomain', () => {
    const s = targetSuggestions(cluster, ['web-service']);
    expect(s).toEqual(expect.arrayContaining(['web-service', 'mysql-headless:3306', 'mysql-0.mysql-headless:3306']));
    expect(s.filter((x) => x === 'web-service')).toHaveLength(1);
  });

  it('groups diagnostics per line once per array', () => {
    const ds = [
      { severity: 'error' as const, code: 'invalid' as const, message: 'a', line: 3, column: 1 },
      { severity: 'warning' as const, code: 'invalid' as const, message: 'b', line: 3, column: 5 },
      { severity: 'error' as const, code: 'invalid' as const, message: 'c', line: 9, column: 2 },
    ];
    const m = diagnosticsByLine(ds);
    expect(m.get(3)?.map((d) => d.message)).toEqual(['a', 'b']);
    expect(diagnosticsByLine(ds)).toBe(m);
  });

  it('clampHop keeps the index within the trace', () => {
    expect(clampHop(-1, 5)).toBe(0);
    expect(clampHop(9, 5)).toBe(4);
    expect(clampHop(3, 0)).toBe(0);
  });
});

describe('suggestionsFor', () => {
  const many = Array.from({ length: 5000 }, (_, i) => `svc-${i}`);
  it.each([
    { name: 'a short list is offered whole', all: ['web-service', 'mysql-headless:3306'], typed: 'zzz', want: ['web-service', 'mysql-headless:3306'] },
    { name: 'a long one is cut to the cap, in order', all: many, typed: '', want: many.slice(0, MAX_TARGET_SUGGESTIONS) },
    { name: 'what starts with the typed text comes first, then what contains it', all: [...many, 'my-svc-42'], typed: 'svc-42', want: ['svc-42', ...many.filter((s) => s.startsWith('svc-42') && s !== 'svc-42'), 'my-svc-42'].slice(0, MAX_TARGET_SUGGESTIONS) },
  ])('$name', ({ all, typed, want }) => {
    expect(suggestionsFor(all, typed)).toEqual(want);
  });
});
