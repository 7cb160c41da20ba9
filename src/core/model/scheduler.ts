// Scheduling and Pod IPs. The default scheduler spreads a workload's replicas over nodes (default
// topology spread); we model that as "replica i goes to node (h + i) mod N", h a hash of the
// workload, so placement never depends on unrelated objects. A node takes at most 110 Pods (kubelet
// --max-pods); a Pod no node can take stays Pending, as the scheduler leaves it.

import { fnv1a, hashParts } from '../util/hash';
import { cidrContains, formatIPv4, parseCIDR, parseIPv4, type CIDR } from '../util/ip';
import { MAX_PODS_PER_NODE } from './defaults';
import { podAllocator, type Allocator } from './ipam';
import type { ClusterNode, Pod } from './types';

export interface Placement {
  /** A Pod with node '' and ip '' to place. */
  pod: Pod;
  /** Index into nodes of the node the spread prefers. */
  preferred: number;
  /** An address the manifest pins (status.podIP or the pod-ips annotation). */
  pinnedIP?: string;
  /** Never give this address (a re-created Pod's old IP). */
  avoidIP?: string;
}

export interface PlaceResult {
  pods: Pod[];
  /** Pods that stayed Pending, with the scheduler's message. */
  unschedulable: { pod: Pod; message: string }[];
  /** Pinned addresses that could not be honoured (taken twice). */
  pinConflicts: { pod: Pod; ip: string }[];
}

/** Index of the node whose pod CIDR holds `ip`, or -1. */
export function nodeForIP(nodes: ClusterNode[], ip: string): number {
  const n = parseIPv4(ip);
  if (n === undefined) return -1;
  return nodes.findIndex((node) => cidrContains(parseCIDR(node.podCIDR) as CIDR, n));
}

export function spreadIndex(nodeCount: number, i: number, ...owner: string[]): number {
  return (hashParts('spread', ...owner) + i) % nodeCount;
}

/** spreadIndex for many replicas of one owner, before `% nodeCount`: the owner is hashed once. */
export function spreader(...owner: string[]): (i: number) => number {
  const h = hashParts('spread', ...owner);
  return (i) => h + i;
}

const FNV_PRIME = 0x01000193;
const POD_SEED = fnv1a('pod\u0000');

/** fnv1a of `text` then the separator '\u0000', kept as an int32 (a uint32 above 2^31 would be boxed). */
function mixPart(text: string, h: number): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return Math.imul(h, FNV_PRIME); // ^= 0 for the separator leaves h unchanged
}

/** hashParts('pod', namespace, name, incarnation), written out: it runs once per Pod. */
export function podHash(pod: Pod): number {
  const h = mixPart(pod.name, mixPart(pod.namespace, POD_SEED | 0));
  return mixPart(String(pod.incarnation ?? 0), h) >>> 0;
}

/**
 * podHash for Pods in placement order. A ReplicaSet's Pods come one after another, share their owner
 * object and are named `<replicaset>-<suffix>`: the hash of that common start is kept and only the
 * suffix is hashed per Pod. Any other Pod, or a name that does not start so, is hashed whole.
 */
export function podHasher(): (pod: Pod) => number {
  let owner: Pod['owner'];
  let namespace = '';
  let prefix = '';
  let state = 0;
  return (pod) => {
    const o = pod.owner;
    if (o?.kind !== 'ReplicaSet') return podHash(pod);
    if (o !== owner || pod.namespace !== namespace) {
      owner = o;
      namespace = pod.namespace;
      prefix = `${o.name}-`;
      state = mixPart(namespace, POD_SEED | 0);
      for (let i = 0; i < prefix.length; i++) state = Math.imul(state ^ prefix.charCodeAt(i), FNV_PRIME);
    }
    const name = pod.name;
    if (!name.startsWith(prefix)) return podHash(pod);
    let h = state;
    for (let i = prefix.length; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), FNV_PRIME);
    return mixPart(String(pod.incarnation ?? 0), Math.imul(h, FNV_PRIME)) >>> 0;
  };
}

/** The scheduler's FailedScheduling event text for full nodes. */
export function tooManyPodsMessage(nodeCount: number): string {
  return `0/${nodeCount} nodes are available: ${nodeCount} Too many pods.`;
}

/**
 * Place `plans` onto `nodes` around the already-placed `existing` Pods. The plans' Pods must be fresh
 * objects: they are filled in (node, ip, phase) and returned, not copied.
 */
export function placePods(nodes: ClusterNode[], existing: Pod[], plans: Placement[]): PlaceResult {
  const counts = nodes.map(() => 0);
  const allocators: Allocator[] = nodes.map((n) => podAllocator(n.podCIDR));
  // "10.244.3." per node: a Pod IP is its node's prefix and one number, not four formatted ones.
  const prefixes = allocators.map((a) => formatIPv4(a.first).replace(/\d+$/, ''));
  const index = new Map(nodes.map((n, i) => [n.name, i]));
  for (const p of existing) {
    const i = index.get(p.node);
    if (i === undefined) continue;
    counts[i] = (counts[i] ?? 0) + 1;
    const ip = parseIPv4(p.ip);
    if (ip !== undefined) allocators[i]?.reserve(ip);
  }
  const result: PlaceResult = { pods: [], unschedulable: [], pinConflicts: [] };
  // Plans come in a deterministic order (the cluster's own Pods first, then as the source lists
  // them); pinned addresses are taken first so dynamic ones never take them.
  // Pinned addresses first, so dynamic ones never take them. Without pins (the usual case) every plan
  // is placed dynamically, in order, with no copy of the list.
  const anyPinned = plans.some((p) => p.pinnedIP !== undefined);
  const rest: Placement[] = anyPinned ? [] : plans;
  for (const plan of anyPinned ? plans : []) {
    if (plan.pinnedIP === undefined) {
      rest.push(plan);
      continue;
    }
    const ni = nodeForIP(nodes, plan.pinnedIP);
    const ip = parseIPv4(plan.pinnedIP);
    const alloc = allocators[ni];
    if (ni < 0 || ip === undefined || !alloc || !alloc.reserve(ip)) {
      result.pinConflicts.push({ pod: plan.pod, ip: plan.pinnedIP });
      rest.push({ ...plan, pinnedIP: undefined });
      continue;
    }
    counts[ni] = (counts[ni] ?? 0) + 1;
    const pod = plan.pod;
    pod.node = nodes[ni]?.name ?? '';
    pod.ip = plan.pinnedIP;
    pod.phase = 'Running';
    pod.pinnedIP = true;
    result.pods.push(pod);
  }
  // `rest` keeps the plans' order (pinned Pods that fell back were appended in order too).
  // Once every node holds MAX_PODS_PER_NODE Pods, the remaining Pods go Pending without probing the
  // nodes again: with `replicas: 1000` on 3 nodes that is most of them.
  let full = counts.filter((c) => c >= MAX_PODS_PER_NODE).length;
  const hashOf = podHasher();
  const message = tooManyPodsMessage(nodes.length);
  for (const plan of rest) {
    let placed = false;
    const avoid = plan.avoidIP !== undefined && full < nodes.length ? parseIPv4(plan.avoidIP) : undefined;
    for (let k = 0; k < nodes.length && !placed && full < nodes.length; k++) {
      const ni = (plan.preferred + k) % nodes.length;
      if ((counts[ni] ?? 0) >= MAX_PODS_PER_NODE) continue;
      const alloc = allocators[ni] as Allocator;
      const ip = alloc.allocateHashed(hashOf(plan.pod), avoid);
      if (ip === undefined) continue;
      counts[ni] = (counts[ni] ?? 0) + 1;
      if (counts[ni] === MAX_PODS_PER_NODE) full++;
      const pod = plan.pod;
      pod.node = nodes[ni]?.name ?? '';
      pod.ip = ip >>> 8 === alloc.first >>> 8 ? `${prefixes[ni] ?? ''}${ip & 255}` : formatIPv4(ip);
      pod.phase = 'Running';
      result.pods.push(pod);
      placed = true;
    }
    if (!placed) {
      const pending = plan.pod;
      pending.node = '';
      pending.ip = '';
      pending.phase = 'Pending';
      pending.ready = false;
      result.pods.push(pending);
      result.unschedulable.push({ pod: pending, message });
    }
  }
  return result;
}
