// The EndpointSlice mirroring controller (pkg/controller/endpointslicemirroring): a v1 Endpoints written for a
// Service without a selector becomes EndpointSlices that kube-proxy and CoreDNS read. syncEndpoints mirrors
// only when the Endpoints has neither the `endpointslice.kubernetes.io/skip-mirror: "true"` label nor a
// leader-election annotation, a Service of the same name exists, and that Service has no selector (with one,
// the Endpoints controller owns the Endpoints and rewrites it from the Pods). reconciler.go reconcile: every
// subset's addresses (ready) then notReadyAddresses (not ready), at most maxEndpointsPerSubset (1000) per
// subset, grouped by port set and address family (one slice per group, capped at 1000 again); utils.go
// newEndpointSlice copies the labels and sets the service-name and managed-by labels; addressToEndpoint sets
// only the `ready` condition. Slice names come from generateName `<endpoints>-`; here a hash of the group,
// so they stay the same from one build to the next.

import type { EndpointsIn } from '../validate/objects';
import type { Note } from '../types/diagnostic';
import { looksLikeIPv6, parseIPv4 } from '../util/ip';
import { endpointSliceName } from './naming';
import { objectPosition } from './report';
import type { Endpoint, EndpointPort, EndpointSlice, Service } from './types';

export const MIRRORING_CONTROLLER = 'endpointslicemirroring-controller.k8s.io';
/** kube-controller-manager --mirroring-max-endpoints-per-subset, default 1000. */
export const MAX_ENDPOINTS_PER_SUBSET = 1000;
const SKIP_MIRROR = 'endpointslice.kubernetes.io/skip-mirror';
/** client-go resourcelock.LeaderElectionRecordAnnotationKey. */
const LEADER_ANNOTATION = 'control-plane.alpha.kubernetes.io/leader';

/** The mirrored slices, or why there are none (a note for the learner). */
export type MirrorOutcome = { slices: EndpointSlice[] } | { skipped: Extract<Note, { code: 'endpoints-not-mirrored' }> };

export function mirrorEndpoints(e: EndpointsIn, services: ReadonlyMap<string, Service>): MirrorOutcome {
  const { name, namespace, labels, annotations } = e.meta;
  const skip = (reason: 'skip-mirror' | 'leader-election' | 'no-service' | 'selector'): MirrorOutcome => ({
    skipped: { code: 'endpoints-not-mirrored', reason, service: name },
  });
  if (labels[SKIP_MIRROR] === 'true') return skip('skip-mirror');
  if (Object.hasOwn(annotations, LEADER_ANNOTATION)) return skip('leader-election');
  const svc = services.get(`${namespace}/${name}`);
  if (!svc) return skip('no-service');
  if (svc.selector !== undefined) return skip('selector');

  // desiredCalc: endpoints grouped by address family and port set, the same address once per group.
  const groups = new Map<string, { ports: EndpointPort[]; endpoints: Map<string, Endpoint> }>();
  for (const subset of e.subsets) {
    const ports = subset.ports.map((p) => ({ name: p.name, protocol: p.protocol, port: p.port }));
    const portKey = ports.map((p) => `${p.name}/${p.protocol}/${p.port}`).sort().join(',');
    let added = 0;
    const add = (list: EndpointsIn['subsets'][number]['addresses'], ready: boolean): void => {
      for (const a of list) {
        if (added >= MAX_ENDPOINTS_PER_SUBSET) return;
        // The playground simulates IPv4 only: an IPv6 address would go to an IPv6 slice no one here reads.
        if (parseIPv4(a.ip) === undefined) {
          if (looksLikeIPv6(a.ip)) added++;
          continue;
        }
        added++;
        const key = `IPv4|${portKey}`;
        let group = groups.get(key);
        if (!group) groups.set(key, (group = { ports, endpoints: new Map() }));
        const ep: Endpoint = {
          addresses: [a.ip],
          // Only `ready` is set; serving follows it where a consumer reads it, and nothing here is terminating.
          conditions: { ready, serving: ready, terminating: false },
          ...(a.hostname ? { hostname: a.hostname } : {}),
          ...(a.nodeName ? { nodeName: a.nodeName } : {}),
          ...(a.targetRef && a.targetRef.kind === 'Pod' ? { targetRef: { kind: 'Pod' as const, namespace: a.targetRef.namespace, name: a.targetRef.name } } : {}),
        };
        group.endpoints.set(JSON.stringify(ep), ep);
      }
    };
    add(subset.addresses, true);
    add(subset.notReadyAddresses, false);
  }
  const slices: EndpointSlice[] = [];
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key);
    if (!group || group.endpoints.size === 0) continue;
    slices.push({
      namespace,
      name: endpointSliceName(namespace, name, `mirror|${key}`),
      service: name,
      addressType: 'IPv4',
      endpoints: [...group.endpoints.values()].slice(0, MAX_ENDPOINTS_PER_SUBSET),
      ports: group.ports,
      managedBy: MIRRORING_CONTROLLER,
      source: objectPosition(e.source),
    });
  }
  return { slices };
}
