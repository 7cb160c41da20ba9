// The worker's scale op against the real core (STYLE.md: unit tests call core directly), on the default scenario.
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../scenarios';
import { scale } from './handle';
import type { BuildInput, ScaleResult } from './protocol';

const input: BuildInput = { source: defaultScenario.source, nodes: 3, actions: [] };

describe('scale', () => {
  const cases: { name: string; workload: { kind: string; namespace: string; name: string }; want: (r: ScaleResult) => void }[] = [
    {
      name: 'edits replicas of a workload in the manifests',
      workload: { kind: 'Deployment', namespace: 'default', name: 'nginx' },
      want: (r) => {
        expect(r.source).not.toBeNull();
        expect(r.source).toContain('replicas: 5');
        expect(r.source?.split('\n').length).toBe(input.source.split('\n').length);
      },
    },
    {
      name: 'a workload not in the manifests is a code, not an English sentence',
      workload: { kind: 'Deployment', namespace: 'default', name: 'gone' },
      want: (r) => expect(r).toEqual({ source: null, error: { code: 'workload-not-found', kind: 'Deployment', name: 'gone' } }),
    },
    {
      name: 'same name, other kind, is not found',
      workload: { kind: 'StatefulSet', namespace: 'default', name: 'nginx' },
      want: (r) => expect(r).toEqual({ source: null, error: { code: 'workload-not-found', kind: 'StatefulSet', name: 'nginx' } }),
    },
  ];
  it.each(cases)('$name', ({ workload, want }) => want(scale(input, workload, 5)));
});
