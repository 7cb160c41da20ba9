// The Pods a workload's controllers create: the ReplicaSet controller for Deployments (generateName
// `<replicaset>-`, label pod-template-hash) and the StatefulSet controller (`<set>-<ordinal>`, with
// hostname and subdomain set, and its identity labels).

import { copyLabels } from './labels';
import { replicaSetPodNamer, statefulSetPodName } from './naming';
import { spreader, type Placement } from './scheduler';
import type { Pod, Workload } from './types';
import type { SourcePosition } from '../types/diagnostic';

/**
 * What every replica of one workload shares, worked out once per workload. Pods are immutable data, so
 * the replicas share their template parts (labels for a ReplicaSet, container ports, owner, source)
 * instead of copying them 2,000 times.
 */
interface Shared {
  namespace: string;
  labels: Record<string, string>;
  containerPorts: Pod['containerPorts'];
  containers: Pod['containers'];
  owner: NonNullable<Pod['owner']>;
  image: string | undefined;
  hostname: string | undefined;
  subdomain: string | undefined;
  source: SourcePosition | undefined;
  /** Deployment: the Pod name for a serial (generateName's prefix hashed once). */
  nameOf: ((serial: number) => string) | undefined;
  /** StatefulSet: the controller-revision-hash label, `<set>-<hash>`. */
  revision: string | undefined;
}

function shared(w: Workload): Shared {
  const t = w.template;
  const labels = copyLabels(t?.labels ?? w.templateLabels);
  if (w.kind === 'Deployment' && w.podTemplateHash !== undefined) labels['pod-template-hash'] = w.podTemplateHash;
  const owner: NonNullable<Pod['owner']> =
    w.kind === 'Deployment'
      ? { kind: 'ReplicaSet', name: w.replicaSet ?? w.name, workload: { kind: 'Deployment', name: w.name } }
      : { kind: 'StatefulSet', name: w.name, workload: { kind: 'StatefulSet', name: w.name } };
  return {
    namespace: w.namespace,
    labels,
    containerPorts: t?.containerPorts ?? [],
    containers: t?.containers ?? [],
    owner,
    image: t?.image,
    hostname: w.kind === 'Deployment' ? t?.hostname : undefined,
    subdomain: w.kind === 'Deployment' ? t?.subdomain : w.serviceName || undefined,
    source: w.source,
    nameOf: w.kind === 'Deployment' ? replicaSetPodNamer(w.namespace, w.replicaSet ?? w.name) : undefined,
    revision: w.kind === 'StatefulSet' && w.podTemplateHash !== undefined ? `${w.name}-${w.podTemplateHash}` : undefined,
  };
}

/**
 * A Pod in its final shape. In the common cases (the template has an image and the workload a source;
 * a Deployment without hostname or subdomain, a StatefulSet with its serviceName) every field is set in
 * one literal, so replicas share one hidden class and need no out-of-object property storage.
 */
function replicaSetPod(s: Shared, name: string, serial: number): Pod {
  if (s.image !== undefined && s.source !== undefined && s.hostname === undefined && s.subdomain === undefined) {
    return {
      namespace: s.namespace, name, labels: s.labels, node: '', ip: '', phase: 'Pending', ready: true, terminating: false,
      containerPorts: s.containerPorts, containers: s.containers, owner: s.owner, image: s.image, source: s.source, serial,
    };
  }
  const pod = anyPod(s, name, s.labels, s.hostname, s.subdomain);
  pod.serial = serial;
  return pod;
}

function statefulSetPodOf(s: Shared, name: string, labels: Record<string, string>, ordinal: number): Pod {
  if (s.image !== undefined && s.source !== undefined && s.subdomain !== undefined) {
    return {
      namespace: s.namespace, name, labels, node: '', ip: '', phase: 'Pending', ready: true, terminating: false,
      containerPorts: s.containerPorts, containers: s.containers, owner: s.owner, image: s.image, hostname: name, subdomain: s.subdomain, source: s.source, ordinal,
    };
  }
  const pod = anyPod(s, name, labels, name, s.subdomain);
  pod.ordinal = ordinal;
  return pod;
}

function anyPod(s: Shared, name: string, labels: Record<string, string>, hostname: string | undefined, subdomain: string | undefined): Pod {
  const pod: Pod = {
    namespace: s.namespace, name, labels, node: '', ip: '', phase: 'Pending', ready: true, terminating: false,
    containerPorts: s.containerPorts, containers: s.containers, owner: s.owner,
  };
  if (s.image !== undefined) pod.image = s.image;
  if (hostname !== undefined) pod.hostname = hostname;
  if (subdomain !== undefined) pod.subdomain = subdomain;
  if (s.source !== undefined) pod.source = s.source;
  return pod;
}

/** Makes one workload's Pods: ReplicaSet Pods by serial, StatefulSet Pods by ordinal. */
export type PodMaker = (index: number, incarnation?: number) => Pod;

/** A function making the workload's Pods: ReplicaSet Pods by serial, StatefulSet Pods by ordinal. */
export function podFactory(w: Workload): PodMaker {
  const s = shared(w);
  const nameOf = s.nameOf;
  if (nameOf) return (serial) => replicaSetPod(s, nameOf(serial), serial);
  return (ordinal, incarnation = 0) => {
    const name = statefulSetPodName(w.name, ordinal);
    // stateful_set_utils.go: identity labels, hostname = Pod name, subdomain = spec.serviceName.
    const labels = copyLabels(s.labels);
    labels['apps.kubernetes.io/pod-index'] = String(ordinal);
    if (s.revision !== undefined) labels['controller-revision-hash'] = s.revision;
    labels['statefulset.kubernetes.io/pod-name'] = name;
    const pod = statefulSetPodOf(s, name, labels, ordinal);
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
