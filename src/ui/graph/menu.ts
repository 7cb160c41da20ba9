// What a learner can do to a graph element: the context menu's entries and the keyboard shortcuts share this
// one table, so the two never disagree.
import type { ClusterAction } from './contracts';
import type { GraphNode } from './to-flow';

export type MenuCommand =
  | { kind: 'select' }
  | { kind: 'setClient' }
  | { kind: 'labels' }
  | { kind: 'nodeShell'; node: string }
  | { kind: 'action'; action: ClusterAction };

export interface MenuItem {
  id: 'details' | 'setClient' | 'ready' | 'delete' | 'scaleUp' | 'scaleDown' | 'labels' | 'nodeShell';
  /** i18n key and values. */
  label: string;
  values?: Record<string, string | number>;
  /** The key that does the same on a focused element: an i18n key under graph.keys. */
  shortcut?: 'enter' | 'r' | 'plus' | 'minus' | 'l' | 'delete';
  danger?: boolean;
  disabled?: boolean;
  command: MenuCommand;
}

/**
 * `canEditLabels`: the host has a label dialog to open; `canOpenShell`: a shell to open on a node (the read-only
 * embed has neither).
 */
export function menuFor(node: GraphNode, clientId?: string, canEditLabels = true, canOpenShell = false): MenuItem[] {
  const items: MenuItem[] = [{ id: 'details', label: 'graph.menu.details', shortcut: 'enter', command: { kind: 'select' } }];
  // A node's kube-proxy rules: a shell on that node shows them as its programs print them.
  if (node.type === 'rules' && canOpenShell) {
    items.push({ id: 'nodeShell', label: 'graph.menu.nodeShell', values: { node: node.data.node }, command: { kind: 'nodeShell', node: node.data.node } });
  }
  if (node.type !== 'pod') return items;
  const d = node.data;
  const ref = { namespace: d.namespace, name: d.name };
  if (!d.coredns && !d.pending) {
    items.push({ id: 'setClient', label: 'graph.menu.setClient', disabled: node.id === clientId, command: { kind: 'setClient' } });
  }
  items.push({ id: 'ready', label: d.ready ? 'graph.menu.markNotReady' : 'graph.menu.markReady', shortcut: 'r', disabled: d.pending,
    command: { kind: 'action', action: { type: 'setPodReady', ...ref, ready: !d.ready } } });
  if (d.workload) {
    const w = d.workload;
    const scale = (replicas: number): MenuCommand =>
      ({ kind: 'action', action: { type: 'scale', namespace: d.namespace, kind: w.kind, name: w.name, replicas } });
    items.push({ id: 'scaleUp', label: 'graph.menu.scaleUp', values: { workload: w.name, replicas: w.replicas + 1 }, shortcut: 'plus', command: scale(w.replicas + 1) });
    items.push({ id: 'scaleDown', label: 'graph.menu.scaleDown', values: { workload: w.name, replicas: Math.max(0, w.replicas - 1) }, shortcut: 'minus',
      disabled: w.replicas === 0, command: scale(Math.max(0, w.replicas - 1)) });
  }
  if (canEditLabels) items.push({ id: 'labels', label: 'graph.menu.labels', shortcut: 'l', command: { kind: 'labels' } });
  // `kubectl delete pod` played step by step: Terminating first (a second delete would change nothing).
  items.push({ id: 'delete', label: 'graph.menu.delete', shortcut: 'delete', danger: true, disabled: d.terminating,
    command: { kind: 'action', action: { type: 'terminatePod', ...ref } } });
  return items;
}

/** The menu entry a key press on a focused element stands for, if any. */
export function itemForKey(items: readonly MenuItem[], key: string): MenuItem | undefined {
  const id: MenuItem['id'] | undefined =
    key === 'Delete' ? 'delete'
      : key === 'r' || key === 'R' ? 'ready'
        : key === '+' || key === '=' ? 'scaleUp'
          : key === '-' || key === '_' ? 'scaleDown'
            : key === 'l' || key === 'L' ? 'labels'
              : undefined;
  const item = id ? items.find((i) => i.id === id) : undefined;
  return item && !item.disabled ? item : undefined;
}
