import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyAction, applyActions, type ClusterAction } from './actions';
import { loadCluster } from './load';
import { SEED_CLIENT } from './defaults';
import { scaleReplicasEdit } from './replicas-edit';
import type { Cluster } from './types';

const source = readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8');
// The playground's cluster: the seed's YAML and its `kubectl run test` client.
const base = loadCluster(source, { run: [SEED_CLIENT] }).cluster;

function podsOf(c: Cluster, workload: string): string[] {
  return c.pods.filter((p) => p.owner?.workload?.name === workload).map((p) => p.name);
}
function slice(c: Cluster, service: string) {
  return c.endpointSlices.filter((s) => s.service === service).flatMap((s) => s.endpoints);
}

describe('applyAction', () => {
  it('never mutates its input', () => {
    const before = JSON.stringify(base);
    const actions: ClusterAction[] = [
      { type: 'scale', namespace: 'default', kind: 'Deployment', name: 'nginx', replicas: 5 },
      { type: 'deletePod', namespace: 'default', name: 'mysql-1' },
      { type: 'setPodReady', namespace: 'default', name: 'mysql-0', ready: false },
      { type: 'labelPod', namespace: 'default', name: 'test', key: 'app', value: 'nginx' },
      { type: 'unlabelPod', namespace: 'default', name: 'test', key: 'run' },
    ];
    applyActions(base, actions);
    expect(JSON.stringify(base)).toBe(before);
  });

  it('deleting a StatefulSet Pod keeps its name and hostname and gives a new IP', () => {
    const old = base.pods.find((p) => p.name === 'mysql-1');
    const { cluster } = applyAction(base, { type: 'deletePod', namespace: 'default', name: 'mysql-1' });
    const now = cluster.pods.find((p) => p.name === 'mysql-1');
    expect(now?.hostname).toBe('mysql-1');
    expect(now?.subdomain).toBe('mysql-headless');
    expect(now?.ip).not.toBe(old?.ip);
    expect(now?.ip).not.toBe('');
    const eps = slice(cluster, 'mysql-headless');
    expect(eps.find((e) => e.hostname === 'mysql-1')?.addresses).toEqual([now?.ip]);
    // Deleting it again never hands back an address it had.
    const again = applyAction(cluster, { type: 'deletePod', namespace: 'default', name: 'mysql-1' }).cluster;
    expect(again.pods.find((p) => p.name === 'mysql-1')?.ip).not.toBe(now?.ip);
  });

  it('deleting a Deployment Pod makes a replacement with a new name', () => {
    const victim = podsOf(base, 'nginx')[0] as string;
    const { cluster } = applyAction(base, { type: 'deletePod', namespace: 'default', name: victim });
    const names = podsOf(cluster, 'nginx');
    expect(names).toHaveLength(3);
    expect(names).not.toContain(victim);
    expect(slice(cluster, 'web-service')).toHaveLength(3);
  });

  it.each([
    { name: 'StatefulSet down removes the highest ordinals', action: { type: 'scale', namespace: 'default', kind: 'StatefulSet', name: 'mysql', replicas: 1 } as ClusterAction, workload: 'mysql', want: ['mysql-0'] },
    { name: 'StatefulSet up adds the next ordinals', action: { type: 'scale', namespace: 'default', kind: 'StatefulSet', name: 'mysql', replicas: 5 } as ClusterAction, workload: 'mysql', want: ['mysql-0', 'mysql-1', 'mysql-2', 'mysql-3', 'mysql-4'] },
  ])('$name', ({ action, workload, want }) => {
    const { cluster } = applyAction(base, action);
    expect(podsOf(cluster, workload).sort()).toEqual(want);
    expect(slice(cluster, 'mysql-headless').map((e) => e.hostname).sort()).toEqual(want);
  });

  it('Deployment scale down removes the newest Pods and up adds new names', () => {
    const up = applyAction(base, { type: 'scale', namespace: 'default', kind: 'Deployment', name: 'nginx', replicas: 5 }).cluster;
    const five = podsOf(up, 'nginx');
    expect(five).toHaveLength(5);
    for (const n of podsOf(base, 'nginx')) expect(five).toContain(n);
    const down = applyAction(up, { type: 'scale', namespace: 'default', kind: 'Deployment', name: 'nginx', replicas: 3 }).cluster;
    expect(podsOf(down, 'nginx').sort()).toEqual(podsOf(base, 'nginx').sort());
  });

  it('readiness re-derives the slices (publishNotReadyAddresses off)', () => {
    const { cluster } = applyAction(base, { type: 'setPodReady', namespace: 'default', name: 'mysql-0', ready: false });
    const ep = slice(cluster, 'mysql-headless').find((e) => e.hostname === 'mysql-0');
    expect(ep?.conditions).toEqual({ ready: false, serving: false, terminating: false });
  });

  it('relabelling a Deployment Pod out of its selector orphans it and the ReplicaSet replaces it', () => {
    const victim = podsOf(base, 'nginx')[0] as string;
    const { cluster } = applyAction(base, { type: 'labelPod', namespace: 'default', name: victim, key: 'app', value: 'debug' });
    expect(cluster.pods.find((p) => p.name === victim)?.owner).toBeUndefined();
    expect(podsOf(cluster, 'nginx')).toHaveLength(3);
    expect(slice(cluster, 'web-service').map((e) => e.targetRef?.name)).not.toContain(victim);
  });

  it('labelling the client Pod into a selector adds it to the Service', () => {
    const { cluster } = applyAction(base, { type: 'labelPod', namespace: 'default', name: 'test', key: 'app', value: 'nginx' });
    expect(slice(cluster, 'web-service').map((e) => e.targetRef?.name)).toContain('test');
  });

  it.each([
    { name: 'missing Pod', action: { type: 'deletePod', namespace: 'default', name: 'nope' } as ClusterAction, want: 'pods "nope" not found' },
    { name: 'missing workload', action: { type: 'scale', namespace: 'default', kind: 'Deployment', name: 'nope', replicas: 1 } as ClusterAction, want: 'deployments.apps "nope" not found' },
    { name: 'negative replicas', action: { type: 'scale', namespace: 'default', kind: 'Deployment', name: 'nginx', replicas: -1 } as ClusterAction, want: 'The Deployment "nginx" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0' },
    { name: 'bad label key', action: { type: 'labelPod', namespace: 'default', name: 'test', key: 'a b', value: 'x' } as ClusterAction, want: `The Pod "test" is invalid: metadata.labels: Invalid value: "a b": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')` },
  ])('reports $name', ({ action, want }) => {
    const r = applyAction(base, action);
    expect(r.cluster).toBe(base);
    expect(r.diagnostics?.[0]?.message).toBe(want);
  });

  it.each([
    {
      name: 'a StatefulSet Pod labelled out of its selector is released',
      action: { type: 'labelPod', namespace: 'default', name: 'mysql-0', key: 'app', value: 'other' } as ClusterAction,
      want: { severity: 'warning', code: 'statefulset-pod-released', pod: 'mysql-0', statefulSet: 'mysql' },
    },
    {
      name: 'scaling past the cap is clamped',
      action: { type: 'scale', namespace: 'default', kind: 'StatefulSet', name: 'mysql', replicas: 5000 } as ClusterAction,
      want: { severity: 'warning', code: 'replicas-clamped', kind: 'StatefulSet', replicas: 5000, max: 1000 },
    },
    {
      name: 'a Pod no node has room for stays Pending',
      action: { type: 'scale', namespace: 'default', kind: 'StatefulSet', name: 'mysql', replicas: 1000 } as ClusterAction,
      want: { severity: 'warning', code: 'pod-unschedulable', count: 1, pods: [expect.stringMatching(/^mysql-\d+$/)], reason: '0/3 nodes are available: 3 Too many pods.' },
    },
    {
      name: 'an action this core does not know',
      action: { type: 'fly', namespace: 'default', name: 'test' } as unknown as ClusterAction,
      want: { severity: 'error', code: 'unknown-action', type: '"fly"' },
    },
  ])('notes $name with a code the UI words', ({ action, want }) => {
    const first = applyAction(base, action).diagnostics?.[0];
    expect(first).toMatchObject(want);
    expect(first?.message).toBeUndefined();
  });

  it('is deterministic', () => {
    const actions: ClusterAction[] = [
      { type: 'deletePod', namespace: 'default', name: 'mysql-2' },
      { type: 'scale', namespace: 'default', kind: 'Deployment', name: 'nginx', replicas: 7 },
    ];
    expect(applyActions(base, actions)).toEqual(applyActions(loadCluster(source, { run: [SEED_CLIENT] }).cluster, actions));
  });
});

describe('scaleReplicasEdit', () => {
  it('rewrites replicas at its position', () => {
    const nginx = base.workloads.find((w) => w.name === 'nginx');
    const edit = scaleReplicasEdit(source, nginx ?? {}, 5);
    expect(edit.ok).toBe(true);
    if (!edit.ok) return;
    const again = loadCluster(edit.value).cluster;
    expect(again.workloads.find((w) => w.name === 'nginx')?.replicas).toBe(5);
    expect(again.workloads.find((w) => w.name === 'mysql')?.replicas).toBe(3);
  });

  it('inserts replicas under spec when absent', () => {
    const text = source.replace(/(name: nginx\nspec:\n) {2}replicas: 3\n/, '$1');
    const c = loadCluster(text).cluster;
    const nginx = c.workloads.find((w) => w.name === 'nginx');
    expect(nginx?.replicas).toBe(1);
    const edit = scaleReplicasEdit(text, nginx ?? {}, 4);
    expect(edit.ok && loadCluster(edit.value).cluster.workloads.find((w) => w.name === 'nginx')?.replicas).toBe(4);
  });

  it.each([
    { name: 'a stale replicas position', source: 'a: 1\n', at: { replicasPosition: { line: 1, column: 1 } }, replicas: 2, want: { code: 'replicas-line-changed', line: 1 } },
    { name: 'a stale spec position', source: 'a: 1\nb: 2\n', at: { specPosition: { line: 2, column: 1 } }, replicas: 2, want: { code: 'spec-line-changed', line: 2 } },
    { name: 'no spec at all', source: 'a: 1\n', at: {}, replicas: 2, want: { code: 'no-spec' } },
    { name: 'a negative count', source: 'spec:\n  replicas: 1\n', at: { replicasPosition: { line: 2, column: 3 } }, replicas: -1, want: { code: 'invalid-replicas', replicas: -1 } },
  ])('refuses $name with a code the UI words', ({ source, at, replicas, want }) => {
    expect(scaleReplicasEdit(source, at, replicas)).toEqual({ ok: false, error: want });
  });
});
