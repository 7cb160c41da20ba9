// Any way that gets legacy-db's endpoints onto the data path passes: the selector removed (the mirroring
// controller then mirrors the Endpoints), or an EndpointSlice instead. Near-misses that leave the Endpoints
// unmirrored or wrong fail.
import { describe, expect, it } from 'vitest';
import { checkLesson } from './check';
import { loadCluster } from '../core';
import { endpointsDeprecated, LEGACY_SELECTOR } from './endpoints-deprecated';
import type { PlaygroundState } from './types';

const start = endpointsDeprecated.start;
const withYaml = (from: string, to: string, base = start.yaml): string => {
  expect(base).toContain(from);
  return base.replace(from, to);
};
const state = (yaml: string): PlaygroundState => ({ ...start, yaml });
const failed = (s: PlaygroundState) => checkLesson(endpointsDeprecated, s).items.filter((i) => !i.passed).map((i) => i.id);
const noSelector = withYaml(LEGACY_SELECTOR, '');

describe('endpoints-deprecated', () => {
  it.each<[string, PlaygroundState]>([
    ['an EndpointSlice instead of the Endpoints, no selector', endpointsDeprecated.solution],
    ['the selector removed: the Endpoints is mirrored', state(noSelector)],
    ['the selector removed, and a second address that is not ready', state(withYaml('  - ip: 192.168.50.10\n', '  - ip: 192.168.50.10\n  notReadyAddresses:\n  - ip: 192.168.50.11\n', noSelector))],
    ['both: the mirrored Endpoints and an EndpointSlice', state(noSelector + '---\n' + endpointsDeprecated.solution.yaml.split('---\n')[1])],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done', start, ['dnat-to-vm']],
    ['the selector changed instead of removed', state(withYaml('app: legacy-db', 'app: postgres')), ['dnat-to-vm']],
    ['no selector, but the Endpoints labelled skip-mirror', state(withYaml('  name: legacy-db\nsubsets:', '  name: legacy-db\n  labels:\n    endpointslice.kubernetes.io/skip-mirror: "true"\nsubsets:', noSelector)), ['dnat-to-vm']],
    ['no selector, but the Endpoints named differently from the Service', state(withYaml('  name: legacy-db\nsubsets:', '  name: legacy-db-vm\nsubsets:', noSelector)), ['dnat-to-vm']],
    ['no selector, but the address only not ready', state(withYaml('- addresses:', '- notReadyAddresses:', noSelector)), ['dnat-to-vm']],
    ['no selector, but the Endpoints port left unnamed', state(withYaml('  - name: postgres\n    port: 5432\n', '  - port: 5432\n', noSelector)), ['dnat-to-vm']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });

  it('the start shows the API server\'s deprecation warning at the Endpoints, and the EndpointSlice solution does not', () => {
    const warnings = (yaml: string) => loadCluster(yaml).diagnostics.filter((d) => d.code === 'api-warning').map((d) => [d.message, d.line]);
    // The apiVersion line just above `kind: Endpoints`: its 1-based number is that line's 0-based index.
    const line = start.yaml.split('\n').indexOf('kind: Endpoints');
    expect(warnings(start.yaml)).toEqual([['Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice', line]]);
    expect(warnings(endpointsDeprecated.solution.yaml)).toEqual([]);
  });
});
