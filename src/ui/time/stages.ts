// The Pods on their way somewhere (a deletion played step by step): which stage each is at, and what the
// EndpointSlice and CoreDNS make of it then, read from the cluster the core built. CoreDNS publishes an
// endpoint only while its `ready` condition is true (coredns plugin/kubernetes/object/endpoint.go), so a
// StatefulSet Pod's own name is NXDOMAIN from the moment it is Terminating until its replacement is Ready.
import type { Cluster, EndpointConditions, Pod } from '../../core';

export type Stage = 'terminating' | 'scheduling' | 'container-creating' | 'starting';

export interface PodInTransition {
  pod: string;
  stage: Stage;
  node: string;
  ip: string;
  /** The Pod's endpoint conditions in its Services' slices, if it has an endpoint. */
  conditions?: EndpointConditions;
  /** `mysql-1.mysql-headless`: the Pod's own name under its headless Service, when it has one. */
  dnsName?: string;
  /** Whether CoreDNS answers that name now (the endpoint is ready). */
  dnsAnswers: boolean;
  /** lifecycleStep actions until this Pod, or the one that takes its name, is Ready (or gone, without one). */
  stepsLeft: number;
}

const STEPS_LEFT: Record<Exclude<Stage, 'terminating'>, number> = { scheduling: 3, 'container-creating': 2, starting: 1 };

function stageOf(p: Pod): Stage | undefined {
  if (p.terminating) return 'terminating';
  switch (p.lifecycle) {
    case 'Scheduling': return 'scheduling';
    case 'ContainerCreating': return 'container-creating';
    case 'Starting': return 'starting';
    default: return undefined;
  }
}

/** Every Pod in transition, in the cluster's order. */
export function podsInTransition(cluster: Cluster | null): PodInTransition[] {
  if (!cluster) return [];
  const out: PodInTransition[] = [];
  for (const p of cluster.pods) {
    const stage = stageOf(p);
    if (!stage) continue;
    let conditions: EndpointConditions | undefined;
    let dnsAnswers = false;
    const headless = p.subdomain && p.hostname
      ? cluster.services.find((s) => s.headless && s.namespace === p.namespace && s.name === p.subdomain)
      : undefined;
    for (const slice of cluster.endpointSlices) {
      if (slice.namespace !== p.namespace) continue;
      for (const e of slice.endpoints) {
        if (e.targetRef?.name !== p.name || e.targetRef.namespace !== p.namespace) continue;
        conditions ??= e.conditions;
        if (headless && slice.service === headless.name && e.conditions.ready && e.hostname === p.hostname) dnsAnswers = true;
      }
    }
    // A StatefulSet makes the Pod of that name again once it is gone; a ReplicaSet already made its replacement.
    const stepsLeft = stage === 'terminating' ? (p.owner?.workload?.kind === 'StatefulSet' ? 4 : 1) : STEPS_LEFT[stage];
    out.push({
      pod: p.name, stage, node: p.node, ip: p.ip, dnsAnswers, stepsLeft,
      ...(conditions ? { conditions } : {}),
      ...(headless ? { dnsName: `${p.hostname}.${headless.name}` } : {}),
    });
  }
  return out;
}

/** lifecycleStep actions until nothing is in transition. */
export function stepsToSettle(moving: readonly PodInTransition[]): number {
  return moving.reduce((n, p) => Math.max(n, p.stepsLeft), 0);
}
