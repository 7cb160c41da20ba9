// The Pods a workload's controller creates: the ReplicaSet controller for Deployments (generateName
// `<replicaset>-`, label pod-template-hash) and the StatefulSet controller (`<set>-<ordinal>`, with
// hostname and subdomain set, and its identity labels).

import { replicaSetPodNamer, statefulSetPodName } from './naming';
import { spreader, type Placement } from './scheduler';
import type { Pod, SourcePosition, Workload } from './types';

/**
 * Pods are immutable data, so the replicas of one workload share their template parts (labels for a
 * ReplicaSet, container ports, owner, source) instead of copying them 2,000 times.
 */
interface Shared {
  labels: Record<string, string>;
  containerPorts: Pod['containerPorts'];
  owner: NonNullable<Pod['owner']>;
  source?: SourcePosition;
}

function shared(w: Workload): Shared {
  const t = w.template;
  const labels: Record<string, string> = { ...(t?.labels ?? w.templateLabels) };
  if (w.kind === 'Deployment' && w.podTemplateHash !== undefined) labels['pod-template-hash'] = w.podTemplateHash;
  const owner: NonNullable<Pod['owner']> =
    w.kind === 'Deployment'
      ? { kind: 'ReplicaSet', name: w.replicaSet ?? w.name, workload: { kind: 'Deployment', name: w.name } }
      : { kind: 'StatefulSet', name: w.name, workload: { kind: 'StatefulSet', name: w.name } };
  const out: Shared = { labels, containerPorts: t?.containerPorts ?? [], owner };
  if (w.source) out.source = w.source;
  return out;
}

function basePod(w: Workload, s: Shared, name: string, labels: Record<string, string>, hostname?: string, subdomain?: string): Pod {
  const t = w.template;
  const pod: Pod = {
    namespace: w.namespace,
    name,
    labels,
    node: '',
    ip: '',
    phase: 'Pending',
    ready: true,
    terminating: false,
    containerPorts: s.containerPorts,
    owner: s.owner,
  };
  if (t?.image !== undefined) pod.image = t.image;
  if (hostname !== undefined) pod.hostname = hostname;
  if (subdomain !== undefined) pod.subdomain = subdomain;
  if (s.source) pod.source = s.source;
  return pod;
}

/** A function making the workload's Pods: ReplicaSet Pods by serial, StatefulSet Pods by ordinal. */
export function podFactory(w: Workload): (index: number, incarnation?: number) => Pod {
  const s = shared(w);
  if (w.kind === 'Deployment') {
    const nameOf = replicaSetPodNamer(w.namespace, w.replicaSet ?? w.name);
    return (serial) => {
      const pod = basePod(w, s, nameOf(serial), s.labels, w.template?.hostname, w.template?.subdomain);
      pod.serial = serial;
      return pod;
    };
  }
  return (ordinal, incarnation = 0) => {
    const name = statefulSetPodName(w.name, ordinal);
    // stateful_set_utils.go: identity labels, hostname = Pod name, subdomain = spec.serviceName.
    const labels: Record<string, string> = { ...s.labels, 'apps.kubernetes.io/pod-index': String(ordinal) };
    if (w.podTemplateHash !== undefined) labels['controller-revision-hash'] = `${w.name}-${w.podTemplateHash}`;
    labels['statefulset.kubernetes.io/pod-name'] = name;
    const pod = basePod(w, s, name, labels, name, w.serviceName || undefined);
    pod.ordinal = ordinal;
    if (incarnation > 0) pod.incarnation = incarnation;
    return pod;
  };
}

/** A ReplicaSet Pod with the given serial. */
export function deploymentPod(w: Workload, serial: number): Pod {
  return podFactory(w)(serial);
}

/** StatefulSet Pod `ordinal` (a re-created one has a higher incarnation, and so a new IP). */
export function statefulSetPod(w: Workload, ordinal: number, incarnation = 0): Pod {
  return podFactory(w)(ordinal, incarnation);
}

const spreaders = new WeakMap<Workload, (i: number) => number>();

/** Placement for replica `index` of `w` (spread over nodes, pinned IP from the annotation). */
export function workloadPlacement(w: Workload, pod: Pod, index: number, nodeCount: number): Placement {
  let spread = spreaders.get(w);
  if (!spread) {
    spread = spreader(w.namespace, w.kind, w.name);
    spreaders.set(w, spread);
  }
  const plan: Placement = { pod, preferred: spread(index) % nodeCount };
  const pinned = w.pinnedPodIPs?.[index];
  if (pinned && (pod.incarnation ?? 0) === 0) plan.pinnedIP = pinned;
  return plan;
}
