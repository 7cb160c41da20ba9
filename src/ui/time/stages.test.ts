import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyActions, loadCluster, type ClusterAction } from '../../core';
import { podsInTransition, stepsToSettle } from './stages';

const base = loadCluster(readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8')).cluster;
const steps = (n: number): ClusterAction[] => [{ type: 'terminatePod', namespace: 'default', name: 'mysql-1' }, ...Array<ClusterAction>(n).fill({ type: 'lifecycleStep' })];

describe('podsInTransition', () => {
  it.each([
    { steps: 0, want: [{ pod: 'mysql-1', stage: 'terminating', conditions: { ready: false, serving: true, terminating: true }, dnsName: 'mysql-1.mysql-headless', dnsAnswers: false }] },
    { steps: 1, want: [{ pod: 'mysql-1', stage: 'scheduling', ip: '', node: '', dnsName: 'mysql-1.mysql-headless', dnsAnswers: false }] },
    { steps: 2, want: [{ pod: 'mysql-1', stage: 'container-creating', conditions: { ready: false, serving: false, terminating: false }, dnsAnswers: false }] },
    { steps: 3, want: [{ pod: 'mysql-1', stage: 'starting', conditions: { ready: false, serving: false, terminating: false }, dnsAnswers: false }] },
    { steps: 4, want: [] },
  ])('after $steps steps', ({ steps: n, want }) => {
    const got = podsInTransition(applyActions(base, steps(n)).cluster);
    expect(stepsToSettle(got)).toBe(4 - n);
    expect(got).toHaveLength(want.length);
    want.forEach((w, i) => expect(got[i]).toMatchObject(w));
  });

  it('nothing in transition in a cluster just loaded', () => {
    expect(podsInTransition(base)).toEqual([]);
    expect(podsInTransition(null)).toEqual([]);
  });
});
