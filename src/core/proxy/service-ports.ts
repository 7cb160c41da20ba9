// What kube-proxy sees of the cluster: one entry per Service port (its svcPortMap) with the endpoints from the
// EndpointSlices (its endpointsMap), and which endpoints each traffic policy uses on a given node.
// Sources: kubernetes/kubernetes pkg/proxy/iptables/proxier.go newServiceInfo/newEndpointInfo,
// pkg/proxy/endpointslicecache.go (first address only, sorted by "ip:port" string),
// pkg/proxy/topology.go CategorizeEndpoints (ready first, serving+terminating as fallback).
import type { Cluster, Service, ServicePort } from '../model/types';
import type { Protocol } from '../types/api';
import { endpointChainName, portProtoHash, servicePortNameString } from './chains';

export interface ProxyEndpoint {
  ip: string;
  port: number;
  /** net.JoinHostPort(ip, port): `10.244.1.5:8080`. */
  endpoint: string;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
  nodeName?: string;
  /** `namespace/name` of the Pod behind it, when the slice names one. */
  pod?: string;
  /** KUBE-SEP-… for this service port. */
  sepChain: string;
}

export interface ProxyServicePort {
  service: Service;
  port: ServicePort;
  /** The node port kube-proxy opens, 0 for none (only NodePort and LoadBalancer Services have one). */
  nodePort: number;
  /** `ns/name:port` or `ns/name` (unnamed port). */
  name: string;
  /** lower-case, as in the rules: tcp, udp, sctp. */
  protocol: 'tcp' | 'udp' | 'sctp';
  svcChain: string;
  svlChain: string;
  extChain: string;
  fwChain: string;
  /** All endpoints of this port (any condition), sorted as kube-proxy sorts them. */
  endpoints: ProxyEndpoint[];
  internalPolicyLocal: boolean;
  externalPolicyLocal: boolean;
  /** NodePort, external IPs or a load-balancer IP. */
  externallyAccessible: boolean;
  loadBalancerIPs: string[];
}

export interface CategorizedEndpoints {
  cluster: ProxyEndpoint[];
  local: ProxyEndpoint[];
  reachable: ProxyEndpoint[];
  hasAny: boolean;
}

const lower = (p: Protocol): 'tcp' | 'udp' | 'sctp' => (p === 'TCP' ? 'tcp' : p === 'UDP' ? 'udp' : 'sctp');

/** Services kube-proxy programs: not headless, not ExternalName, with a cluster IP. */
export function isProxied(svc: Service): boolean {
  return !svc.headless && svc.type !== 'ExternalName' && svc.clusterIP !== '' && svc.clusterIP !== 'None';
}

const cache = new WeakMap<Cluster, ProxyServicePort[]>();

/** kube-proxy's service ports in cluster order (the order of cluster.services, then spec.ports). */
export function proxyServicePorts(cluster: Cluster): ProxyServicePort[] {
  const hit = cache.get(cluster);
  if (hit) return hit;
  const slicesBySvc = new Map<string, Cluster['endpointSlices']>();
  for (const s of cluster.endpointSlices) {
    const key = `${s.namespace}/${s.service}`;
    const list = slicesBySvc.get(key);
    if (list) list.push(s);
    else slicesBySvc.set(key, [s]);
  }
  const out: ProxyServicePort[] = [];
  for (const svc of cluster.services) {
    if (!isProxied(svc)) continue;
    const slices = slicesBySvc.get(`${svc.namespace}/${svc.name}`) ?? [];
    for (const port of svc.ports) {
      const name = servicePortNameString(svc.namespace, svc.name, port.name);
      const protocol = lower(port.protocol);
      const hash = portProtoHash(name, protocol);
      const seen = new Map<string, ProxyEndpoint>();
      for (const slice of slices) {
        const sp = slice.ports.find((p) => p.name === port.name && p.protocol === port.protocol);
        if (!sp) continue;
        for (const ep of slice.endpoints) {
          const ip = ep.addresses[0];
          if (!ip) continue;
          const endpoint = `${ip}:${sp.port}`;
          if (seen.has(endpoint)) continue;
          const pe: ProxyEndpoint = {
            ip, port: sp.port, endpoint,
            ready: ep.conditions.ready, serving: ep.conditions.serving, terminating: ep.conditions.terminating,
            sepChain: endpointChainName(name, protocol, endpoint),
          };
          if (ep.nodeName !== undefined) pe.nodeName = ep.nodeName;
          if (ep.targetRef) pe.pod = `${ep.targetRef.namespace}/${ep.targetRef.name}`;
          seen.set(endpoint, pe);
        }
      }
      const endpoints = [...seen.values()].sort((a, b) => (a.endpoint < b.endpoint ? -1 : a.endpoint > b.endpoint ? 1 : 0));
      const loadBalancerIPs = svc.type === 'LoadBalancer' && svc.loadBalancerIngressIP ? [svc.loadBalancerIngressIP] : [];
      const nodePort = svc.type === 'NodePort' || svc.type === 'LoadBalancer' ? port.nodePort ?? 0 : 0;
      out.push({
        service: svc, port, nodePort, name, protocol,
        svcChain: 'KUBE-SVC-' + hash, svlChain: 'KUBE-SVL-' + hash, extChain: 'KUBE-EXT-' + hash, fwChain: 'KUBE-FW-' + hash,
        endpoints,
        internalPolicyLocal: svc.internalTrafficPolicy === 'Local',
        externalPolicyLocal: svc.externalTrafficPolicy === 'Local',
        externallyAccessible: nodePort > 0 || svc.externalIPs.length > 0 || loadBalancerIPs.length > 0,
        loadBalancerIPs,
      });
    }
  }
  cache.set(cluster, out);
  return out;
}

/** pkg/proxy/topology.go CategorizeEndpoints (without topology hints), for the node `node`. */
export function categorizeEndpoints(sp: ProxyServicePort, node: string | undefined): CategorizedEndpoints {
  const usesCluster = !sp.internalPolicyLocal || sp.externallyAccessible;
  const usesLocal = sp.internalPolicyLocal || (sp.externalPolicyLocal && sp.externallyAccessible);
  let cluster: ProxyEndpoint[] = [];
  let local: ProxyEndpoint[] = [];
  let hasAny = false;
  if (usesCluster) {
    cluster = sp.endpoints.filter((e) => e.ready);
    if (cluster.length === 0) cluster = sp.endpoints.filter((e) => e.serving && e.terminating);
    hasAny = cluster.length > 0;
  }
  if (!usesLocal) return { cluster, local, reachable: cluster, hasAny };
  const isLocal = (e: ProxyEndpoint): boolean => node !== undefined && e.nodeName === node;
  let localReady = false;
  let localServingTerminating = false;
  for (const e of sp.endpoints) {
    if (e.ready) { hasAny = true; if (isLocal(e)) localReady = true; }
    else if (e.serving && e.terminating) { hasAny = true; if (isLocal(e)) localServingTerminating = true; }
  }
  if (localReady) local = sp.endpoints.filter((e) => isLocal(e) && e.ready);
  else if (localServingTerminating) local = sp.endpoints.filter((e) => isLocal(e) && e.serving && e.terminating);
  if (!usesCluster) return { cluster, local, reachable: local, hasAny };
  const set = new Set<ProxyEndpoint>([...cluster, ...local]);
  return { cluster, local, reachable: sp.endpoints.filter((e) => set.has(e)), hasAny };
}
