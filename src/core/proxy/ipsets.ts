// IPVS mode's ipsets: the sets kube-proxy (pkg/proxy/ipvs/proxier.go syncProxyRules, ipsetInfo) fills on a node,
// and `ipset list` as the real ipset 7.x prints them. kube-proxy creates every set of ipsetInfo whether or not
// it has members (ipset/ipset.go createSet: `create NAME TYPE family inet hashsize 1024 maxelem 65536`, a
// bitmap:port with `range 0-65535`; no comment extension), and its iptables rules match only the non-empty ones.
import type { Cluster } from '../model/types';
import { fnv1a } from '../util/hash';
import { cidrContains } from './addr';
import { proxyServicePorts } from './service-ports';

export type IpsetType = 'hash:ip' | 'hash:ip,port' | 'hash:ip,port,ip' | 'hash:ip,port,net' | 'bitmap:port';

export interface Ipset {
  name: string;
  type: IpsetType;
  /** The comment kube-proxy puts on the iptables rules that match the set (ipset.go `…Comment`). */
  comment: string;
  /** Entries as kube-proxy writes them (ipset.Entry.String): `10.96.0.1,tcp:443`, `30080`, `10.244.1.5,tcp:80,10.244.1.5`. */
  members: string[];
}

// ipset.go: names and comments; proxier.go ipsetInfo: the order kube-proxy creates them in.
const IPSET_INFO: ReadonlyArray<readonly [string, IpsetType, string]> = [
  ['KUBE-LOOP-BACK', 'hash:ip,port,ip', 'Kubernetes endpoints dst ip:port, source ip for solving hairpin purpose'],
  ['KUBE-CLUSTER-IP', 'hash:ip,port', 'Kubernetes service cluster ip + port for masquerade purpose'],
  ['KUBE-EXTERNAL-IP', 'hash:ip,port', 'Kubernetes service external ip + port for masquerade and filter purpose'],
  ['KUBE-EXTERNAL-IP-LOCAL', 'hash:ip,port', 'Kubernetes service external ip + port with externalTrafficPolicy=local'],
  ['KUBE-LOAD-BALANCER', 'hash:ip,port', 'Kubernetes service lb portal'],
  ['KUBE-LOAD-BALANCER-FW', 'hash:ip,port', 'Kubernetes service load balancer ip + port for load balancer with sourceRange'],
  ['KUBE-LOAD-BALANCER-LOCAL', 'hash:ip,port', 'Kubernetes service load balancer ip + port with externalTrafficPolicy=local'],
  ['KUBE-LOAD-BALANCER-SOURCE-IP', 'hash:ip,port,ip', 'Kubernetes service load balancer ip + port + source IP for packet filter purpose'],
  ['KUBE-LOAD-BALANCER-SOURCE-CIDR', 'hash:ip,port,net', 'Kubernetes service load balancer ip + port + source cidr for packet filter purpose'],
  ['KUBE-NODE-PORT-TCP', 'bitmap:port', 'Kubernetes nodeport TCP port for masquerade purpose'],
  ['KUBE-NODE-PORT-LOCAL-TCP', 'bitmap:port', 'Kubernetes nodeport TCP port with externalTrafficPolicy=local'],
  ['KUBE-NODE-PORT-UDP', 'bitmap:port', 'Kubernetes nodeport UDP port for masquerade purpose'],
  ['KUBE-NODE-PORT-LOCAL-UDP', 'bitmap:port', 'Kubernetes nodeport UDP port with externalTrafficPolicy=local'],
  ['KUBE-NODE-PORT-SCTP-HASH', 'hash:ip,port', "Kubernetes nodeport SCTP port for masquerade purpose with type 'hash ip:port'"],
  ['KUBE-NODE-PORT-LOCAL-SCTP-HASH', 'hash:ip,port', "Kubernetes nodeport SCTP port with externalTrafficPolicy=local with type 'hash ip:port'"],
  ['KUBE-HEALTH-CHECK-NODE-PORT', 'bitmap:port', 'Kubernetes health check node port'],
  ['KUBE-IPVS-IPS', 'hash:ip', 'Addresses on the ipvs interface'],
];

export type IpsetName = (typeof IPSET_INFO)[number][0];

export interface IpvsIpsets {
  /** By name, in ipsetInfo's order. */
  sets: Map<string, Ipset>;
  /** Load-balancer IP:ports whose source ranges leave out the node (proxier.go lbNoNodeAccessIPPortProtocolEntries). */
  noNodeAccess: Array<{ ip: string; protocol: string; port: number }>;
}

/** The sets kube-proxy in IPVS mode keeps on `node`. */
export function ipvsIpsets(cluster: Cluster, node: string | undefined): IpvsIpsets {
  const noNodeAccess: IpvsIpsets['noNodeAccess'] = [];
  const sets = new Map<string, Ipset>(IPSET_INFO.map(([name, type, comment]) => [name, { name, type, comment, members: [] }]));
  const add = (set: string, entry: string) => {
    const s = sets.get(set)!;
    if (!s.members.includes(entry)) s.members.push(entry);
  };
  const nodeIP = cluster.nodes.find((n) => n.name === node)?.ip;
  const bound = new Set<string>();
  for (const sp of proxyServicePorts(cluster)) {
    const proto = sp.protocol;
    // Hairpin: a local endpoint reaching itself through the Service is masqueraded.
    for (const ep of sp.endpoints) if (node !== undefined && ep.nodeName === node) add('KUBE-LOOP-BACK', `${ep.ip},${proto}:${ep.port},${ep.ip}`);
    add('KUBE-CLUSTER-IP', `${sp.service.clusterIP},${proto}:${sp.port.port}`);
    bound.add(sp.service.clusterIP);
    for (const ip of sp.service.externalIPs) {
      add(sp.externalPolicyLocal ? 'KUBE-EXTERNAL-IP-LOCAL' : 'KUBE-EXTERNAL-IP', `${ip},${proto}:${sp.port.port}`);
      if (ip !== nodeIP) bound.add(ip);
    }
    for (const ip of sp.loadBalancerIPs) {
      const entry = `${ip},${proto}:${sp.port.port}`;
      add('KUBE-LOAD-BALANCER', entry);
      if (sp.externalPolicyLocal) add('KUBE-LOAD-BALANCER-LOCAL', entry);
      const ranges = sp.service.loadBalancerSourceRanges ?? [];
      if (ranges.length) {
        add('KUBE-LOAD-BALANCER-FW', entry);
        for (const cidr of ranges) add('KUBE-LOAD-BALANCER-SOURCE-CIDR', `${entry},${cidr}`);
        // The node itself may reach the LB IP when a range covers it (its packets come from the LB IP).
        if (nodeIP && ranges.some((c) => cidrContains(c, nodeIP))) add('KUBE-LOAD-BALANCER-SOURCE-IP', `${entry},${ip}`);
        else noNodeAccess.push({ ip, protocol: proto, port: sp.port.port });
      }
      if (ip !== nodeIP) bound.add(ip);
    }
    if (sp.nodePort && nodeIP) {
      if (proto === 'sctp') {
        add('KUBE-NODE-PORT-SCTP-HASH', `${nodeIP},sctp:${sp.nodePort}`);
        if (sp.externalPolicyLocal) add('KUBE-NODE-PORT-LOCAL-SCTP-HASH', `${nodeIP},sctp:${sp.nodePort}`);
      } else {
        const p = proto.toUpperCase();
        add(`KUBE-NODE-PORT-${p}`, String(sp.nodePort));
        if (sp.externalPolicyLocal) add(`KUBE-NODE-PORT-LOCAL-${p}`, String(sp.nodePort));
      }
    }
    if (sp.service.healthCheckNodePort && sp.externalPolicyLocal && sp.service.type === 'LoadBalancer') {
      add('KUBE-HEALTH-CHECK-NODE-PORT', String(sp.service.healthCheckNodePort));
    }
  }
  for (const ip of bound) add('KUBE-IPVS-IPS', ip);
  return { sets, noNodeAccess };
}

// ipset 7.x `list` (lib/session.c, the kernel's header dump). Volatile across kernels and runs, and so written
// here from what this machine's kernel printed: `initval` is random per set (we derive a fixed one from the
// name), `Size in memory` is the kernel's allocation (measured: a base per type plus a size per entry while
// entries sit in separate buckets), and members come in hash-bucket order (we print them sorted). The real-program
// test normalises exactly these three (testing/netns/volatile.ts).
const REVISION: Record<IpsetType, number> = { 'hash:ip': 6, 'hash:ip,port': 7, 'hash:ip,port,ip': 6, 'hash:ip,port,net': 8, 'bitmap:port': 3 };
const SIZE: Record<IpsetType, [number, number]> = {
  'hash:ip': [216, 40], 'hash:ip,port': [216, 48], 'hash:ip,port,ip': [208, 56], 'hash:ip,port,net': [464, 56], 'bitmap:port': [8264, 0],
};

/** A fixed stand-in for the kernel's random jhash seed: FNV-1a of the set's name. */
const initval = (name: string): string => `0x${fnv1a(name).toString(16).padStart(8, '0')}`;

/**
 * `ipset list [NAME]` on a node: every set kube-proxy made there, with `References` (the iptables rules that
 * match it, as `refs` counts them).
 * @example ipsetList(sets, refs).split('\n')[0] // 'Name: KUBE-LOOP-BACK'
 */
export function formatIpsetList(sets: Iterable<Ipset>, refs: ReadonlyMap<string, number>): string {
  const blocks: string[] = [];
  for (const s of sets) {
    const [base, per] = SIZE[s.type];
    const header = s.type === 'bitmap:port' ? 'range 0-65535' : `family inet hashsize 1024 maxelem 65536 bucketsize 12 initval ${initval(s.name)}`;
    const members = [...s.members].sort(compareMembers);
    blocks.push([
      `Name: ${s.name}`, `Type: ${s.type}`, `Revision: ${REVISION[s.type]}`, `Header: ${header}`,
      `Size in memory: ${base + per * members.length}`, `References: ${refs.get(s.name) ?? 0}`,
      `Number of entries: ${members.length}`, 'Members:', ...members,
    ].join('\n') + '\n');
  }
  return blocks.join('\n');
}

const compareMembers = (a: string, b: string): number => {
  const na = /^\d+$/.test(a) ? Number(a) : NaN;
  const nb = /^\d+$/.test(b) ? Number(b) : NaN;
  if (!Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
};
