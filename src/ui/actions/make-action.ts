// ClusterActions the UI itself makes (keyboard shortcuts, the inspector's buttons). The graph's context menu
// makes its own and hands them over through onAction; both go to the store's applyAction.
import type { ClusterAction } from '../../state';

export interface PodRef {
  namespace: string;
  name: string;
}

/** `kubectl delete pod`, played step by step: the Pod becomes Terminating; the lifecycle stepper moves it on. */
export const deletePod = (p: PodRef): ClusterAction => ({ type: 'terminatePod', namespace: p.namespace, name: p.name });
export const setReady = (p: PodRef, ready: boolean): ClusterAction => ({ type: 'setPodReady', namespace: p.namespace, name: p.name, ready });
export const addLabel = (p: PodRef, key: string, value: string): ClusterAction => ({ type: 'labelPod', namespace: p.namespace, name: p.name, key, value });
export const removeLabel = (p: PodRef, key: string): ClusterAction => ({ type: 'unlabelPod', namespace: p.namespace, name: p.name, key });
export const scaleWorkload = (w: { kind: 'Deployment' | 'StatefulSet'; namespace: string; name: string }, replicas: number): ClusterAction => ({ type: 'scale', namespace: w.namespace, kind: w.kind, name: w.name, replicas });

/** `key=value` as typed in the label dialog; null if it is not one. */
export function parseLabel(text: string): { key: string; value: string } | null {
  const m = /^\s*([A-Za-z0-9][-A-Za-z0-9_./]*)\s*=\s*([-A-Za-z0-9_.]*)\s*$/.exec(text);
  return m ? { key: m[1]!, value: m[2]! } : null;
}
