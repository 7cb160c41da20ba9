// IPVS mode: the virtual servers kube-proxy (pkg/proxy/ipvs/proxier.go) creates, and `ipvsadm -Ln` as it prints
// them. One virtual server per Service port for the cluster IP, each external IP and load-balancer IP, and
// node IP:nodePort; real servers are the ready endpoints, scheduler rr, forwarding Masq, weight 1; ClientIP
// affinity is `persistent <timeout>`. The VIPs sit on the kube-ipvs0 dummy interface, so a VIP port without a
// virtual server is answered by the node's own stack (RST), unlike iptables mode.
// ipvsadm.c print_title / print_service_entry / list_all: `%s  %s %s` (protocol, address:port, scheduler),
// ` persistent %u`, real servers `  -> %-28s %-7s %-6d %-10u %-10u`; services sorted with libipvs
// ipvs_cmp_services (protocol, then `ntohl(a) - ntohl(b)` in a C int — it wraps, so 172.18.0.2 sorts before
// 10.96.0.1 — then port), real servers with ipvs_cmp_dests the same way. (From the ipvsadm/libipvs source; not
// checked against a capture: this machine has no ip_vs module.)
import type { Cluster } from '../model/types';
import { ipToInt } from './addr';
import { categorizeEndpoints, proxyServicePorts, type ProxyEndpoint, type ProxyServicePort } from './service-ports';

export interface IpvsVirtualServer {
  protocol: 'TCP' | 'UDP' | 'SCTP';
  address: string;
  port: number;
  scheduler: 'rr';
  /** ClientIP affinity timeout, seconds. */
  persistent?: number;
  realServers: ProxyEndpoint[];
  servicePort: ProxyServicePort;
  kind: 'cluster-ip' | 'external-ip' | 'load-balancer' | 'node-port';
}

export interface IpvsOptions {
  node?: string;
  /**
   * Whether kube-proxy on the node runs in IPVS mode. Default true. In iptables or nftables mode kube-proxy creates
   * no virtual servers, so the real `ipvsadm -Ln` prints its headings over an empty table.
   */
  ipvsMode?: boolean;
}

/** `ipvsadm -Ln --stats`: connections each virtual server and real server scheduled, keyed by ipvsConnKey. */
export type IpvsConnCounts = Readonly<Record<string, number>>;

/**
 * The key of one connection counter: the virtual server on a node, and `ip:port` of the real server it picked
 * (omitted for the virtual server's own total, which ipvsadm prints on the service line).
 */
export const ipvsConnKey = (node: string, protocol: IpvsVirtualServer['protocol'], address: string, port: number, realServer?: string): string =>
  `${node}|${protocol}|${address}:${port}${realServer === undefined ? '' : `|${realServer}`}`;

const PROTO_NUM = { TCP: 6, UDP: 17, SCTP: 132 } as const;

/** libipvs: `int r = ntohl(a) - ntohl(b)` — unsigned difference stored in a signed int. */
const cmpAddr = (a: string, b: string): number => (ipToInt(a) - ipToInt(b)) | 0;

/** The virtual servers on one node, sorted as ipvsadm lists them. */
export function ipvsVirtualServers(cluster: Cluster, opts: IpvsOptions = {}): IpvsVirtualServer[] {
  if (opts.ipvsMode === false) return [];
  const node = opts.node ?? cluster.nodes[0]?.name;
  const nodeIP = cluster.nodes.find((n) => n.name === node)?.ip;
  const out: IpvsVirtualServer[] = [];
  for (const sp of proxyServicePorts(cluster)) {
    const eps = categorizeEndpoints(sp, node);
    const protocol = sp.port.protocol;
    const base = {
      protocol, port: sp.port.port, scheduler: 'rr' as const, servicePort: sp,
      ...(sp.service.sessionAffinity === 'ClientIP' ? { persistent: sp.service.sessionAffinityTimeoutSeconds ?? 10800 } : {}),
    };
    const internal = sp.internalPolicyLocal ? eps.local : eps.cluster;
    const external = sp.externalPolicyLocal ? eps.local : eps.cluster;
    out.push({ ...base, address: sp.service.clusterIP, kind: 'cluster-ip', realServers: internal });
    for (const ip of sp.service.externalIPs) out.push({ ...base, address: ip, kind: 'external-ip', realServers: external });
    for (const ip of sp.loadBalancerIPs) out.push({ ...base, address: ip, kind: 'load-balancer', realServers: external });
    if (sp.nodePort && nodeIP) out.push({ ...base, address: nodeIP, port: sp.nodePort, kind: 'node-port', realServers: external });
  }
  out.sort((a, b) => PROTO_NUM[a.protocol] - PROTO_NUM[b.protocol] || cmpAddr(a.address, b.address) || a.port - b.port);
  for (const vs of out) vs.realServers = [...vs.realServers].sort((a, b) => cmpAddr(a.ip, b.ip) || a.port - b.port);
  return out;
}

const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - s.length));

/**
 * `ipvsadm -Ln` on a node: kube-proxy's virtual servers in IPVS mode, an empty table in the other modes.
 *
 * @example
 * ipvsadm(cluster, { node: 'node-2' }).split('\n')[3] // 'TCP  10.96.0.1:443 rr'
 */
export function ipvsadm(cluster: Cluster, opts: IpvsOptions = {}): string {
  const lines = [
    'IP Virtual Server version 1.2.1 (size=4096)',
    'Prot LocalAddress:Port Scheduler Flags',
    '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn',
  ];
  for (const vs of ipvsVirtualServers(cluster, opts)) {
    lines.push(`${vs.protocol}  ${vs.address}:${vs.port} ${vs.scheduler}${vs.persistent !== undefined ? ` persistent ${vs.persistent}` : ''}`);
    for (const rs of vs.realServers) lines.push(`  -> ${pad(`${rs.ip}:${rs.port}`, 28)} ${pad('Masq', 7)} ${pad('1', 6)} ${pad('0', 10)} ${pad('0', 10)}`);
  }
  return lines.join('\n') + '\n';
}

/** ipvsadm.c print_largenum: `%9llu` below 100 million (a count the playground cannot reach). */
const num = (n: number): string => String(n).padStart(9);

/**
 * `ipvsadm -Ln --stats` on a node (ipvsadm.c print_service_entry with FMT_STATS: `%-33s` then `%9llu` per column; the layout checked against
 * published captures of the real program).
 * Conns is what the playground counts: each connection a virtual server scheduled. Packets and bytes are not
 * simulated and stay 0 (the screen says so beside the output).
 *
 * @example
 * ipvsadmStats(cluster, {}, { node: 'node-2' }).split('\n')[1] // 'Prot LocalAddress:Port               Conns   InPkts  OutPkts  InBytes OutBytes'
 */
export function ipvsadmStats(cluster: Cluster, conns: IpvsConnCounts, opts: IpvsOptions = {}): string {
  const node = opts.node ?? cluster.nodes[0]?.name ?? '';
  const lines = [
    'IP Virtual Server version 1.2.1 (size=4096)',
    'Prot LocalAddress:Port               Conns   InPkts  OutPkts  InBytes OutBytes',
    '  -> RemoteAddress:Port',
  ];
  const row = (name: string, n: number): string => `${pad(name, 33)}${num(n)}${num(0)}${num(0)}${num(0)}${num(0)}`;
  for (const vs of ipvsVirtualServers(cluster, opts)) {
    lines.push(row(`${vs.protocol}  ${vs.address}:${vs.port}`, conns[ipvsConnKey(node, vs.protocol, vs.address, vs.port)] ?? 0));
    for (const rs of vs.realServers) {
      lines.push(row(`  -> ${rs.ip}:${rs.port}`, conns[ipvsConnKey(node, vs.protocol, vs.address, vs.port, `${rs.ip}:${rs.port}`)] ?? 0));
    }
  }
  return lines.join('\n') + '\n';
}
