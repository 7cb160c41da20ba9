// kube-proxy's nftables mode as data: the `ip kube-proxy` table one node holds after a full sync, built the way
// kubernetes/kubernetes pkg/proxy/nftables/proxier.go setupNFTables and syncProxyRules build their transaction
// (same objects, same order of creation). nftables.ts prints it as `nft list ruleset` does; nftables-trace.ts walks
// it for one packet. Both read this one structure, so the text shown and the path traced cannot disagree.
import type { Cluster } from '../model/types';
import { nftablesEndpointBase, nftablesServiceBase } from './chains';
import { cidrContains } from './addr';
import { categorizeEndpoints, proxyServicePorts, type ProxyServicePort } from './service-ports';

export type L4 = 'tcp' | 'udp' | 'sctp';

/** A verdict in a vmap element: `goto <chain>`, `drop`, or (no-endpoint maps) `goto reject-chain`. */
export type NftVerdict = { goto: string } | 'drop';

export interface NftElement {
  /** `172.30.0.41 . tcp . 80`, or `tcp . 3001` for the node-port maps. */
  ip?: string;
  proto: L4;
  port: number;
  verdict: NftVerdict;
  /** proxier.go puts the service port name on the no-endpoint elements. */
  comment?: string;
}

/** The rules kube-proxy writes into per-Service chains, by shape (proxier.go syncProxyRules). */
export type NftRule =
  /** `ip daddr VIP ip saddr != PODCIDR jump mark-for-masquerade` (or `ip daddr VIP tcp dport P jump …` with --masquerade-all). */
  | { k: 'masq-off-cluster'; vip: string; proto: L4; port: number; podCIDR?: string }
  /** `ip saddr @affinity-… goto endpoint-…`. */
  | { k: 'affinity'; set: string; target: string }
  /** `numgen random mod N vmap { 0 : goto …, … }`. */
  | { k: 'numgen'; targets: string[] }
  /** `ip saddr EPIP jump mark-for-masquerade`: hairpin traffic is masqueraded. */
  | { k: 'hairpin'; ip: string }
  /** `update @affinity-… { ip saddr }`. */
  | { k: 'update'; set: string }
  /** `meta l4proto tcp dnat to IP:PORT`. */
  | { k: 'dnat'; proto: L4; ip: string; port: number }
  /** `jump mark-for-masquerade`. */
  | { k: 'masq' }
  /** `goto <chain>`. */
  | { k: 'goto'; target: string }
  /** `ip saddr PODCIDR goto service-… comment "short-circuit pod traffic"`. */
  | { k: 'pod-short-circuit'; podCIDR: string; target: string }
  /** `fib saddr type local jump mark-for-masquerade comment "masquerade local traffic"`. */
  | { k: 'local-masq' }
  /** `fib saddr type local goto service-… comment "short-circuit local traffic"`. */
  | { k: 'local-short-circuit'; target: string }
  /** `ip saddr != { CIDR, … } drop` (loadBalancerSourceRanges). */
  | { k: 'source-ranges'; sources: string[] };

export interface NftChain {
  name: string;
  rules: NftRule[];
}

export interface NftAffinitySet {
  name: string;
  timeoutSeconds: number;
}

export interface NftRuleset {
  node: string | undefined;
  podCIDR: string;
  serviceCIDR: string;
  /** nodeport-ips: the node's primary IP (kube-proxy's default --nodeport-addresses in nftables mode is `primary`). */
  nodePortIPs: string[];
  clusterIPs: Set<string>;
  /** Map name → key → element, in insertion order. Keys are `ip|proto|port` or `proto|port`. */
  serviceIPs: Map<string, NftElement>;
  serviceNodePorts: Map<string, NftElement>;
  noEndpointServices: Map<string, NftElement>;
  noEndpointNodePorts: Map<string, NftElement>;
  firewallIPs: Map<string, NftElement>;
  /** Per-Service chains in creation order, by name. */
  chains: Map<string, NftChain>;
  affinitySets: Map<string, NftAffinitySet>;
  masqueradeAll: boolean;
}

export interface NftablesOptions {
  /** The node whose table to build (matters for Local traffic policies). Default: the first node. */
  node?: string;
  /** --masquerade-all. Default false. */
  masqueradeAll?: boolean;
}

export const ipKey = (ip: string, proto: string, port: number): string => `${ip}|${proto}|${port}`;
export const portKey = (proto: string, port: number): string => `${proto}|${port}`;

const cache = new WeakMap<Cluster, Map<string, NftRuleset>>();

/** The node's kube-proxy table as data (memoised per cluster object and node). */
export function nftablesModel(cluster: Cluster, opts: NftablesOptions = {}): NftRuleset {
  const node = opts.node ?? cluster.nodes[0]?.name;
  const memoKey = `${node ?? ''}|${opts.masqueradeAll ? 1 : 0}`;
  let byNode = cache.get(cluster);
  const hit = byNode?.get(memoKey);
  if (hit) return hit;
  const nodeIP = cluster.nodes.find((n) => n.name === node)?.ip;
  const rs: NftRuleset = {
    node, podCIDR: cluster.podCIDR, serviceCIDR: cluster.serviceCIDR, nodePortIPs: nodeIP ? [nodeIP] : [],
    clusterIPs: new Set(), serviceIPs: new Map(), serviceNodePorts: new Map(), noEndpointServices: new Map(),
    noEndpointNodePorts: new Map(), firewallIPs: new Map(), chains: new Map(), affinitySets: new Map(),
    masqueradeAll: opts.masqueradeAll ?? false,
  };
  for (const sp of proxyServicePorts(cluster)) writeServicePort(rs, sp, node, nodeIP);
  if (!byNode) { byNode = new Map(); cache.set(cluster, byNode); }
  byNode.set(memoKey, rs);
  return rs;
}

function noEndpoint(rs: NftRuleset, e: NftElement & { ip: string }): void {
  rs.noEndpointServices.set(ipKey(e.ip, e.proto, e.port), e);
}

interface EndpointNames { chain: string; affinitySet: string }

/** One pass of syncProxyRules' loop body for a service port (nftables proxier.go). */
function writeServicePort(rs: NftRuleset, sp: ProxyServicePort, node: string | undefined, nodeIP: string | undefined): void {
  const svc = sp.service;
  const proto = sp.protocol;
  const port = sp.port.port;
  const base = nftablesServiceBase(svc.namespace, svc.name, proto, sp.port.name);
  const clusterPolicyChain = 'service-' + base;
  const localPolicyChain = 'local-' + base;
  const externalChain = 'external-' + base;
  const fwChain = 'firewall-' + base;
  const names = new Map<string, EndpointNames>();
  const epNames = (ep: ProxyServicePort['endpoints'][number]): EndpointNames => {
    let n = names.get(ep.endpoint);
    if (!n) {
      const b = nftablesEndpointBase(svc.namespace, svc.name, proto, sp.port.name, ep.ip, ep.port);
      n = { chain: 'endpoint-' + b, affinitySet: 'affinity-' + b };
      names.set(ep.endpoint, n);
    }
    return n;
  };
  const eps = categorizeEndpoints(sp, node);
  const affinity = svc.sessionAffinity === 'ClientIP';
  const chain = (name: string): NftChain => {
    let c = rs.chains.get(name);
    if (!c) { c = { name, rules: [] }; rs.chains.set(name, c); }
    return c;
  };

  // ensureChain order: endpoint chains, then the policy, external and firewall chains.
  for (const ep of eps.reachable) chain(epNames(ep).chain);
  const usesClusterPolicyChain = eps.cluster.length > 0 && (!sp.internalPolicyLocal || sp.externallyAccessible);
  if (usesClusterPolicyChain) chain(clusterPolicyChain);
  const usesLocalPolicyChain = eps.local.length > 0 && (sp.internalPolicyLocal || (sp.externalPolicyLocal && sp.externallyAccessible));
  if (usesLocalPolicyChain) chain(localPolicyChain);

  const hasEndpoints = eps.hasAny;
  const internalChain = sp.internalPolicyLocal ? localPolicyChain : clusterPolicyChain;
  const hasInternal = hasEndpoints && (!sp.internalPolicyLocal || eps.local.length > 0);
  const externalPolicyChain = sp.externalPolicyLocal ? localPolicyChain : clusterPolicyChain;
  const hasExternal = hasEndpoints && (!sp.externalPolicyLocal || eps.local.length > 0);
  const usesExternalChain = hasEndpoints && sp.externallyAccessible;
  if (usesExternalChain) chain(externalChain);

  let internalVerdict: NftVerdict = 'drop';
  let externalVerdict: NftVerdict = 'drop';
  if (!hasEndpoints) internalVerdict = externalVerdict = { goto: 'reject-chain' };

  const vip = svc.clusterIP;
  rs.clusterIPs.add(vip);
  if (hasInternal) rs.serviceIPs.set(ipKey(vip, proto, port), { ip: vip, proto, port, verdict: { goto: internalChain } });
  else noEndpoint(rs, { ip: vip, proto, port, verdict: internalVerdict, comment: sp.name });

  for (const ip of svc.externalIPs) {
    if (hasEndpoints) rs.serviceIPs.set(ipKey(ip, proto, port), { ip, proto, port, verdict: { goto: externalChain } });
    if (!hasExternal) noEndpoint(rs, { ip, proto, port, verdict: externalVerdict, comment: sp.name });
  }

  const sourceRanges = svc.loadBalancerSourceRanges ?? [];
  const usesFwChain = sp.loadBalancerIPs.length > 0 && sourceRanges.length > 0;
  if (usesFwChain) chain(fwChain);
  for (const ip of sp.loadBalancerIPs) {
    if (hasEndpoints) rs.serviceIPs.set(ipKey(ip, proto, port), { ip, proto, port, verdict: { goto: externalChain } });
    if (usesFwChain) rs.firewallIPs.set(ipKey(ip, proto, port), { ip, proto, port, verdict: { goto: fwChain } });
  }
  if (!hasExternal) {
    for (const ip of sp.loadBalancerIPs) noEndpoint(rs, { ip, proto, port, verdict: externalVerdict, comment: sp.name });
  }

  if (sp.nodePort !== 0) {
    // NodePorts are not subject to loadBalancerSourceRanges (proxier.go says so, and keeps it).
    if (hasEndpoints) rs.serviceNodePorts.set(portKey(proto, sp.nodePort), { proto, port: sp.nodePort, verdict: { goto: externalChain } });
    if (!hasExternal) rs.noEndpointNodePorts.set(portKey(proto, sp.nodePort), { proto, port: sp.nodePort, verdict: externalVerdict, comment: sp.name });
  }

  // Internal traffic: masquerade off-cluster sources (localDetector.IfNotLocalNFT), or everything (--masquerade-all).
  if (hasInternal) {
    chain(internalChain).rules.push({ k: 'masq-off-cluster', vip, proto, port, ...(rs.masqueradeAll ? {} : { podCIDR: rs.podCIDR }) });
  }

  if (usesExternalChain) {
    const ext = chain(externalChain).rules;
    if (!sp.externalPolicyLocal) {
      ext.push({ k: 'masq' });
    } else {
      ext.push({ k: 'pod-short-circuit', podCIDR: rs.podCIDR, target: clusterPolicyChain });
      ext.push({ k: 'local-masq' });
      ext.push({ k: 'local-short-circuit', target: clusterPolicyChain });
    }
    if (hasExternal) ext.push({ k: 'goto', target: externalPolicyChain });
  }

  if (usesFwChain) {
    const sources = [...sourceRanges];
    if (nodeIP && sourceRanges.some((c) => cidrContains(c, nodeIP))) sources.push(...sp.loadBalancerIPs);
    chain(fwChain).rules.push({ k: 'source-ranges', sources });
  }

  if (affinity) {
    const timeoutSeconds = svc.sessionAffinityTimeoutSeconds ?? 10800;
    for (const ep of eps.reachable) {
      const name = epNames(ep).affinitySet;
      rs.affinitySets.set(name, { name, timeoutSeconds });
    }
  }

  const toEndpoints = (c: string, endpoints: ProxyServicePort['endpoints']): void => {
    const rules = chain(c).rules;
    if (affinity) for (const ep of endpoints) rules.push({ k: 'affinity', set: epNames(ep).affinitySet, target: epNames(ep).chain });
    rules.push({ k: 'numgen', targets: endpoints.map((ep) => epNames(ep).chain) });
  };
  if (usesClusterPolicyChain) toEndpoints(clusterPolicyChain, eps.cluster);
  if (usesLocalPolicyChain) toEndpoints(localPolicyChain, eps.local);

  for (const ep of eps.reachable) {
    const n = epNames(ep);
    const rules = chain(n.chain).rules;
    rules.push({ k: 'hairpin', ip: ep.ip });
    if (affinity) rules.push({ k: 'update', set: n.affinitySet });
    rules.push({ k: 'dnat', proto, ip: ep.ip, port: ep.port });
  }
}
