// The Pods a workload's controller creates: the ReplicaSet controller for Deployments (generateName
// `<replicaset>-`, label pod-template-hash) and the StatefulSet controller (`<set>-<ordinal>`, with
// hostname and subdomain set, and its identity labels).

import { replicaSetPodName, statefulSetPodName } from './naming';
import { spreadIndex, type Placement } from './scheduler';
import type { Pod, SourcePosition, Workload } from './types';

function basePod(w: Workload, name: string): Pod {
  const t = w.template;
  const pod: Pod = {
    namespace: w.namespace,
    name,
    labels: { ...(t?.labels ?? w.templateLabels) },
    node: '',
    ip: '',
    phase: 'Pending',
    ready: true,
    terminating: false,
    containerPorts: (t?.containerPorts ?? []).map((p) => ({ ...p })),
  };
  if (t?.image !== undefined) pod.image = t.image;
  if (t?.hostname !== undefined) pod.hostname = t.hostname;
  if (t?.subdomain !== undefined) pod.subdomain = t.subdomain;
  if (w.source) pod.source = { ...w.source } as SourcePosition;
  return pod;
}

/** A ReplicaSet Pod with the given serial. */
export function deploymentPod(w: Workload, serial: number): Pod {
  const rs = w.replicaSet ?? w.name;
  const pod = basePod(w, replicaSetPodName(w.namespace, rs, serial));
  if (w.podTemplateHash !== undefined) pod.labels['pod-template-hash'] = w.podTemplateHash;
  pod.owner = { kind: 'ReplicaSet', name: rs, workload: { kind: 'Deployment', name: w.name } };
  pod.serial = serial;
  return pod;
}

/**
 * StatefulSet Pod `ordinal`. The controller (stateful_set_utils.go) sets hostname = Pod name and
 * subdomain = spec.serviceName, and the labels statefulset.kubernetes.io/pod-name and
 * apps.kubernetes.io/pod-index.
 */
export function statefulSetPod(w: Workload, ordinal: number, incarnation = 0): Pod {
  const name = statefulSetPodName(w.name, ordinal);
  const pod = basePod(w, name);
  pod.labels['apps.kubernetes.io/pod-index'] = String(ordinal);
  if (w.podTemplateHash !== undefined) pod.labels['controller-revision-hash'] = `${w.name}-${w.podTemplateHash}`;
  pod.labels['statefulset.kubernetes.io/pod-name'] = name;
  pod.hostname = name;
  if (w.serviceName) pod.subdomain = w.serviceName;
  else delete pod.subdomain;
  pod.owner = { kind: 'StatefulSet', name: w.name, workload: { kind: 'StatefulSet', name: w.name } };
  pod.ordinal = ordinal;
  if (incarnation > 0) pod.incarnation = incarnation;
  return pod;
}

/** Placement for replica `index` of `w` (spread over nodes, pinned IP from the annotation). */
export function workloadPlacement(w: Workload, pod: Pod, index: number, nodeCount: number): Placement {
  const plan: Placement = { pod, preferred: spreadIndex(nodeCount, index, w.namespace, w.kind, w.name) };
  const pinned = w.pinnedPodIPs?.[index];
  if (pinned && (pod.incarnation ?? 0) === 0) plan.pinnedIP = pinned;
  return plan;
}
