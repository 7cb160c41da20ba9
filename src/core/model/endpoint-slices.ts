// EndpointSlices as the EndpointSlice controller derives them: pkg/controller/endpointslice and
// staging/src/k8s.io/endpointslice (reconciler.go reconcile, utils.go podToEndpoint,
// getEndpointPorts). Used by build and by every action, so readiness and label changes re-derive
// slices the same way.

import { ENDPOINTSLICE_CONTROLLER, MAX_ENDPOINTS_PER_SLICE } from './defaults';
import { endpointSliceName } from './naming';
import { PodIndex } from './pod-index';
import type { Endpoint, EndpointConditions, EndpointPort, EndpointSlice, Pod, Service, ServicePort } from './types';

/**
 * podutil.FindPort: a numeric targetPort is used as is; a named one resolves through the Pod's
 * container ports with that name and the Service port's protocol. undefined: the Pod lacks it.
 */
export function findPort(pod: Pod, sp: ServicePort): number | undefined {
  if (typeof sp.targetPort === 'number') return sp.targetPort;
  for (const cp of pod.containerPorts) {
    if (cp.name === sp.targetPort && cp.protocol === sp.protocol) return cp.containerPort;
  }
  return undefined;
}

/** endpointutil.ShouldPodBeInEndpoints(pod, includeTerminating=true): it needs an IP. */
function shouldPodBeInEndpoints(pod: Pod): boolean {
  return pod.ip !== '';
}

/** The condition combinations, shared (endpoints are immutable data), by ready·4 + serving·2 + terminating. */
const CONDITIONS: (EndpointConditions | undefined)[] = [];
function conditions(ready: boolean, serving: boolean, terminating: boolean): EndpointConditions {
  const k = (ready ? 4 : 0) + (serving ? 2 : 0) + (terminating ? 1 : 0);
  return (CONDITIONS[k] ??= Object.freeze({ ready, serving, terminating }));
}

/** utils.go podToEndpoint. */
function podToEndpoint(pod: Pod, svc: Service): Endpoint {
  const serving = pod.ready;
  const terminating = pod.terminating;
  // "For compatibility reasons, "ready" should never be "true" if a pod is terminating, unless
  // publishNotReadyAddresses was set."
  const ready = svc.publishNotReadyAddresses || (serving && !terminating);
  const cond = conditions(ready, serving, terminating);
  const targetRef: NonNullable<Endpoint['targetRef']> = { kind: 'Pod', namespace: pod.namespace, name: pod.name };
  // endpointutil.ShouldSetHostname: the Pod's hostname is published when its subdomain names this Service.
  const hostname = pod.hostname && pod.subdomain === svc.name && pod.namespace === svc.namespace ? pod.hostname : undefined;
  // One literal per shape, so endpoints are made in their final form.
  if (pod.node !== '') {
    return hostname === undefined
      ? { addresses: [pod.ip], conditions: cond, targetRef, nodeName: pod.node }
      : { addresses: [pod.ip], conditions: cond, targetRef, nodeName: pod.node, hostname };
  }
  return hostname === undefined ? { addresses: [pod.ip], conditions: cond, targetRef } : { addresses: [pod.ip], conditions: cond, targetRef, hostname };
}

/** The Pods a Service's selector picks (empty or missing selector: none; the controller skips it). */
export function selectedPods(svc: Service, pods: PodIndex): readonly Pod[] {
  const sel = svc.selector;
  if (!sel || Object.keys(sel).length === 0) return [];
  return pods.select(svc.namespace, sel);
}

interface PortGroup {
  ports: EndpointPort[];
  endpoints: Endpoint[];
}

/** Derived slices for one Service with a selector. ExternalName Services get none. */
export function deriveServiceSlices(svc: Service, pods: PodIndex): EndpointSlice[] {
  if (svc.type === 'ExternalName' || !svc.selector || Object.keys(svc.selector).length === 0) return [];
  const groups = new Map<string, PortGroup>();
  // Replicas of a workload share one containerPorts array, so ports resolve once per workload; they
  // come one after another, so the last array's group is tried before the map (made when a second
  // array turns up: most Services select one workload).
  let resolved: Map<Pod['containerPorts'], PortGroup> | undefined;
  let lastPorts: Pod['containerPorts'] | undefined;
  let last: PortGroup | undefined;
  // Callers pass Pods sorted by namespace/name, and the index keeps that order.
  for (const pod of selectedPods(svc, pods)) {
    if (!shouldPodBeInEndpoints(pod)) continue;
    let group = pod.containerPorts === lastPorts ? last : resolved?.get(pod.containerPorts);
    if (!group) {
      // getEndpointPorts: a port the Pod cannot resolve is left out of its port set.
      const ports: EndpointPort[] = [];
      for (const sp of svc.ports) {
        const port = findPort(pod, sp);
        if (port !== undefined) ports.push({ name: sp.name, protocol: sp.protocol, port });
      }
      const key = ports.map((p) => `${p.name}/${p.protocol}/${p.port}`).join(',');
      group = groups.get(key);
      if (!group) {
        group = { ports, endpoints: [] };
        groups.set(key, group);
      }
      if (last) (resolved ??= new Map([[lastPorts as Pod['containerPorts'], last]])).set(pod.containerPorts, group);
    }
    lastPorts = pod.containerPorts;
    last = group;
    group.endpoints.push(podToEndpoint(pod, svc));
  }
  const slices: EndpointSlice[] = [];
  const keys = [...groups.keys()];
  if (keys.length > 1) keys.sort();
  for (const key of keys) {
    const group = groups.get(key) as PortGroup;
    for (let i = 0; i < group.endpoints.length; i += MAX_ENDPOINTS_PER_SLICE) {
      slices.push({
        namespace: svc.namespace,
        name: endpointSliceName(svc.namespace, svc.name, `${key}#${i / MAX_ENDPOINTS_PER_SLICE}`),
        service: svc.name,
        addressType: 'IPv4',
        endpoints: group.endpoints.length <= MAX_ENDPOINTS_PER_SLICE ? group.endpoints : group.endpoints.slice(i, i + MAX_ENDPOINTS_PER_SLICE),
        ports: group.ports,
        managedBy: ENDPOINTSLICE_CONTROLLER,
      });
    }
  }
  // A Service whose selector picks nothing still gets one empty slice from the reconciler
  // (placeholder slice with no endpoints and no ports).
  if (slices.length === 0) {
    slices.push({
      namespace: svc.namespace,
      name: endpointSliceName(svc.namespace, svc.name, 'placeholder'),
      service: svc.name,
      addressType: 'IPv4',
      endpoints: [],
      ports: [],
      managedBy: ENDPOINTSLICE_CONTROLLER,
    });
  }
  return slices;
}

/**
 * All slices: derived ones for selector Services, plus the given fixed slices (user slices from the
 * source and the API server's `kubernetes` slice), in a stable order.
 */
export function deriveEndpointSlices(services: Service[], pods: Pod[], fixed: EndpointSlice[], index = new PodIndex(pods)): EndpointSlice[] {
  const out: EndpointSlice[] = [];
  for (const svc of services) for (const slice of deriveServiceSlices(svc, index)) out.push(slice);
  for (const slice of fixed) out.push(slice);
  return out.sort((a, b) => cmp(a.namespace, b.namespace) || cmp(a.service, b.service) || cmp(a.name, b.name));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
