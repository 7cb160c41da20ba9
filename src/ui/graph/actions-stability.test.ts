// Layout stability under the cluster actions the graph offers, applied by the core's model: what the learner
// does to one Pod or workload moves nothing else on the picture.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { applyAction, loadCluster, type ClusterAction } from '../../core';
import { toFlow, type FlowGraph } from './to-flow';

// Through the manifests (docs/architecture.md): the actions need the model's own Pods (ordinals, owners, scheduler state).
const start = loadCluster(readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8')).cluster;
const before = toFlow(start);

function after(action: ClusterAction): FlowGraph {
  const { cluster } = applyAction(start, action);
  return toFlow(cluster, before.memory);
}

function nginxPod(): string {
  return start.pods.find((p) => p.name.startsWith('nginx-'))!.name;
}

/** Elements present in both pictures whose rectangle changed (node groups may grow). */
function moved(a: FlowGraph, b: FlowGraph): string[] {
  return [...a.rects].filter(([id, r]) => !id.startsWith('node:') && b.rects.has(id) && JSON.stringify(b.rects.get(id)) !== JSON.stringify(r))
    .map(([id]) => id);
}

describe('layout stability under cluster actions', () => {
  it.each<{ name: string; action: ClusterAction; mayMove?: string[] }>([
    { name: 'mark mysql-1 not ready', action: { type: 'setPodReady', namespace: 'default', name: 'mysql-1', ready: false } },
    { name: 'label mysql-1', action: { type: 'labelPod', namespace: 'default', name: 'mysql-1', key: 'tier', value: 'db' } },
    // The recreated mysql-1 may land on another node (the scheduler's choice): only it may move.
    { name: 'delete mysql-1 (the StatefulSet recreates it)', action: { type: 'deletePod', namespace: 'default', name: 'mysql-1' }, mayMove: ['pod:default/mysql-1'] },
    { name: 'delete an nginx Pod (the ReplicaSet replaces it)', action: { type: 'deletePod', namespace: 'default', name: nginxPod() } },
    { name: 'scale nginx to 5', action: { type: 'scale', namespace: 'default', kind: 'Deployment', name: 'nginx', replicas: 5 } },
    { name: 'scale mysql to 2', action: { type: 'scale', namespace: 'default', kind: 'StatefulSet', name: 'mysql', replicas: 2 } },
  ])('$name moves no other element', ({ action, mayMove = [] }) => {
    const b = after(action);
    expect(moved(before, b).filter((id) => !mayMove.includes(id))).toEqual([]);
  });

  it('a deleted StatefulSet Pod comes back with its name; its old slot stays empty, nothing slides into it', () => {
    const b = after({ type: 'deletePod', namespace: 'default', name: 'mysql-1' });
    expect(b.rects.has('pod:default/mysql-1')).toBe(true);
    const old = before.rects.get('pod:default/mysql-1')!;
    const moved = b.rects.get('pod:default/mysql-1')!;
    if (moved.x !== old.x || moved.y !== old.y) {
      expect([...b.rects.values()].some((r) => r.x === old.x && r.y === old.y && r.width === old.width)).toBe(false);
    }
  });
});
