import { describe, expect, it } from 'vitest';
import { seedCluster } from '../../core/testing';
import { itemForKey, menuFor } from './menu';
import { toFlow } from './to-flow';

const g = toFlow(seedCluster());
const node = (id: string) => g.nodes.find((n) => n.id === id)!;

describe('menuFor', () => {
  it('offers the cluster actions on a workload Pod', () => {
    const items = menuFor(node('pod:default/mysql-1'), 'pod:default/test');
    expect(items.map((i) => i.id)).toEqual(['details', 'setClient', 'ready', 'scaleUp', 'scaleDown', 'labels', 'delete']);
    expect(items.find((i) => i.id === 'scaleUp')!.command).toEqual(
      { kind: 'action', action: { type: 'scale', namespace: 'default', kind: 'StatefulSet', name: 'mysql', replicas: 4 } });
    expect(items.find((i) => i.id === 'ready')!.command).toEqual(
      { kind: 'action', action: { type: 'setPodReady', namespace: 'default', name: 'mysql-1', ready: false } });
  });

  it('does not offer to scale a bare Pod or to make the client the client again', () => {
    const items = menuFor(node('pod:default/test'), 'pod:default/test');
    expect(items.map((i) => i.id)).toEqual(['details', 'setClient', 'ready', 'labels', 'delete']);
    expect(items.find((i) => i.id === 'setClient')!.disabled).toBe(true);
  });

  it('offers no label editing when the host has no label dialog (the read-only embed)', () => {
    const items = menuFor(node('pod:default/mysql-1'), 'pod:default/test', false);
    expect(items.map((i) => i.id)).toEqual(['details', 'setClient', 'ready', 'scaleUp', 'scaleDown', 'delete']);
    expect(itemForKey(items, 'l')).toBeUndefined();
  });

  it('offers a shell on a node from its rules, where the host has a shell to open (not the embed)', () => {
    const items = menuFor(node('node-rules:node-2'), 'pod:default/test', true, true);
    expect(items.map((i) => i.id)).toEqual(['details', 'nodeShell']);
    expect(items[1]).toMatchObject({ label: 'graph.menu.nodeShell', values: { node: 'node-2' }, command: { kind: 'nodeShell', node: 'node-2' } });
    expect(menuFor(node('node-rules:node-2'), 'pod:default/test', false, false).map((i) => i.id)).toEqual(['details']);
  });

  it('only shows details for a Service', () => {
    expect(menuFor(node('svc:default/web-service')).map((i) => i.id)).toEqual(['details']);
  });

  it.each([
    { key: 'Delete', want: 'delete' }, { key: 'r', want: 'ready' }, { key: '+', want: 'scaleUp' }, { key: '-', want: 'scaleDown' },
    { key: 'L', want: 'labels' }, { key: 'x', want: undefined },
  ])('maps $key to $want', ({ key, want }) => {
    expect(itemForKey(menuFor(node('pod:default/mysql-0')), key)?.id).toBe(want);
  });
});
