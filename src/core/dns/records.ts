// What CoreDNS's kubernetes plugin sees of the cluster: Services, and the ready endpoint addresses of
// their EndpointSlices (coredns plugin/kubernetes/object/endpoint.go EndpointSliceToEndpoints:
// `if !endpointsliceReady(end.Conditions.Ready) { continue }`, a slice without ports gets the
// sentinel port -1).
import { ENDPOINTSLICE_CONTROLLER } from '../model/defaults';
import type { Cluster, EndpointSlice, Pod, Service } from '../model/types';
import type { Protocol } from '../types/api';
import { dashedIP } from './names';

export interface DnsEndpointAddress {
  ip: string;
  /** The EndpointSlice endpoint's hostname (set for a Pod whose hostname/subdomain names this Service). */
  hostname?: string;
  /** The label CoreDNS serves this address under: the hostname, else the dashed IP (endpointHostname). */
  label: string;
  /** `Pod/ns/name` when the endpoint has a targetRef. */
  object?: string;
  /** Ready only because the Service has publishNotReadyAddresses (the Pod itself is not ready). */
  publishedNotReady: boolean;
}

export interface DnsEndpointPort {
  name: string;
  protocol: Protocol | '';
  /** -1: the sentinel for a slice without ports; it yields A records but no SRV. */
  port: number;
}

export interface DnsEndpointSubset {
  slice: string;
  addresses: DnsEndpointAddress[];
  ports: DnsEndpointPort[];
}

/** Case-insensitive, as coredns `match` (strings.EqualFold). */
export const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export function namespaceExists(cluster: Cluster, namespace: string): boolean {
  return cluster.namespaces.some((n) => same(n, namespace))
    || cluster.services.some((s) => same(s.namespace, namespace))
    || cluster.pods.some((p) => same(p.namespace, namespace));
}

export function findServicesNamed(cluster: Cluster, namespace: string, name: string): Service[] {
  return cluster.services.filter((s) => same(s.namespace, namespace) && same(s.name, name));
}

export function serviceObject(s: Service): string {
  return `Service/${s.namespace}/${s.name}`;
}

/**
 * The EndpointSlice controller sets `ready = publishNotReadyAddresses || (serving && !terminating)`
 * (kubernetes staging/src/k8s.io/endpointslice/utils.go podToEndpoint). CoreDNS reads only `ready`.
 * For controller-made slices the Service's flag is applied here too, so the answer does not depend on
 * whether the model already folded it in; other slices (the user's, the mirrored ones) are taken as written.
 */
function endpointReady(slice: EndpointSlice, svc: Service | undefined, ready: boolean): boolean {
  if (ready) return true;
  return slice.managedBy === ENDPOINTSLICE_CONTROLLER && svc?.publishNotReadyAddresses === true;
}

/** The ready endpoint subsets of a Service, one per EndpointSlice, in the model's order. */
export function endpointSubsets(cluster: Cluster, svc: Service): DnsEndpointSubset[] {
  const out: DnsEndpointSubset[] = [];
  let pods: Map<string, Pod> | undefined;
  for (const slice of cluster.endpointSlices) {
    if (!same(slice.namespace, svc.namespace) || !same(slice.service, svc.name)) continue;
    pods ??= new Map(cluster.pods.map((p) => [`${p.namespace}/${p.name}`, p]));
    const addresses: DnsEndpointAddress[] = [];
    for (const ep of slice.endpoints) {
      if (!endpointReady(slice, svc, ep.conditions.ready)) continue;
      const pod = ep.targetRef ? pods.get(`${ep.targetRef.namespace}/${ep.targetRef.name}`) : undefined;
      const publishedNotReady = svc.publishNotReadyAddresses && (!ep.conditions.ready || (pod !== undefined && !pod.ready));
      for (const ip of ep.addresses) {
        addresses.push({
          ip,
          ...(ep.hostname ? { hostname: ep.hostname } : {}),
          label: ep.hostname || dashedIP(ip),
          ...(ep.targetRef ? { object: `Pod/${ep.targetRef.namespace}/${ep.targetRef.name}` } : {}),
          publishedNotReady,
        });
      }
    }
    const ports: DnsEndpointPort[] = slice.ports.length === 0
      ? [{ name: '', protocol: '', port: -1 }]
      : slice.ports.map((p) => ({ name: p.name, protocol: p.protocol, port: p.port }));
    out.push({ slice: slice.name, addresses, ports });
  }
  return out;
}
