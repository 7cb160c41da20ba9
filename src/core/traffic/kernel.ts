// What the kernel on a node does with the first packet of a connection: iptables mode (the rules kube-proxy wrote,
// compiled for the fast path or walked by the tracer), nftables mode (kube-proxy's nftables table, walked) or IPVS
// mode (kube-proxy's virtual servers).
import { isHairpin, lookupCompiled, pickCompiled } from '../proxy/compile';
import { cidrContains } from '../proxy/addr';
import { ipvsConnKey, ipvsVirtualServers, type IpvsVirtualServer } from '../proxy/ipvs';
import { nftablesModel, type NftRuleset } from '../proxy/nftables-model';
import { traceNftables, type NftTrace } from '../proxy/nftables-trace';
import { traceRules, type DecidingRule, type TraceStep } from '../proxy/trace';
import type { Run } from './run';
import type { ProxyMode, ReasonCode, RulesVerdict } from './types';
import { nodeRules } from './node-rules';
import type { World } from './world';

export interface RulesResult {
  verdict: RulesVerdict;
  dst: string;
  dport: number;
  masquerade: boolean;
  choice?: 'affinity' | 'random' | 'last';
  sepChain?: string;
  decidedBy?: DecidingRule;
  serviceChains?: string[];
  steps?: TraceStep[];
  filterChain?: string;
  /** IPVS mode: the virtual server that matched. */
  vs?: IpvsVirtualServer;
  /** nftables mode: the walk through kube-proxy's table. */
  nft?: NftTrace;
}

/** The packet through `node`'s kernel in the given proxy mode. */
export function applyMode(mode: ProxyMode, run: Run, node: string, src: string, dst: string, proto: 'tcp' | 'udp', dport: number, now: number): RulesResult {
  if (mode === 'ipvs') return applyIpvs(run, node, src, dst, proto, dport, now);
  if (mode === 'nftables') return applyNftables(run, node, src, dst, proto, dport, now);
  return applyRules(run, node, src, dst, proto, dport, now);
}

/** nftables mode: walk kube-proxy's `ip kube-proxy` table on the node (the same structure nftablesRuleset prints). */
export function applyNftables(run: Run, node: string, src: string, dst: string, proto: 'tcp' | 'udp', dport: number, now: number): RulesResult {
  const { rs, localAddresses } = nftTableOf(run.world, node);
  const t = traceNftables(rs, { src, dst, proto, dport }, {
    localAddresses, rng: run.rng, now, affinity: (run.state.recent[node] ??= {}), record: run.hops !== null,
  });
  const res: RulesResult = { verdict: t.verdict, dst: t.dst, dport: t.dport, masquerade: t.masquerade, nft: t, serviceChains: t.serviceChains };
  if (t.choice) res.choice = t.choice;
  if (t.endpointChain) res.sepChain = t.endpointChain;
  return res;
}

const nftCache = new WeakMap<World, Map<string, { rs: NftRuleset; localAddresses: string[] }>>();
function nftTableOf(w: World, node: string): { rs: NftRuleset; localAddresses: string[] } {
  let m = nftCache.get(w);
  if (!m) { m = new Map(); nftCache.set(w, m); }
  let v = m.get(node);
  if (!v) {
    const n = w.nodeByName.get(node);
    v = { rs: nftablesModel(w.cluster, { node }), localAddresses: n ? [n.ip] : [] };
    m.set(node, v);
  }
  return v;
}

/** Why nftables mode refused a packet: no endpoints at all, or a port the ClusterIP does not expose. */
export const nftRejectReason = (t: NftTrace): Extract<ReasonCode, 'no-endpoints-reject' | 'port-not-exposed'> =>
  (t.cause === 'port-not-exposed' ? 'port-not-exposed' : 'no-endpoints-reject');

/** Why nftables mode dropped a packet. */
export function nftDropReason(t: NftTrace): Extract<ReasonCode, 'no-local-endpoints-drop' | 'cluster-ip-unallocated' | 'dropped'> {
  if (t.cause === 'no-local-endpoints') return 'no-local-endpoints-drop';
  if (t.cause === 'cluster-ip-unallocated') return 'cluster-ip-unallocated';
  return 'dropped';
}

/**
 * Why IPVS mode refused a connection: no virtual server for the port, or one without real servers — none ready at
 * all, or (externalTrafficPolicy Local) none on this node. IPVS answers an empty virtual server with ICMP port
 * unreachable (ip_vs_leave).
 */
export function ipvsRejectReason(vs: IpvsVirtualServer | undefined): Extract<ReasonCode, 'no-endpoints-reject' | 'no-local-real-server-reject' | 'port-not-exposed'> {
  if (!vs) return 'port-not-exposed';
  const external = vs.kind === 'node-port' || vs.kind === 'load-balancer' || vs.kind === 'external-ip';
  const local = external ? vs.servicePort.externalPolicyLocal : vs.servicePort.internalPolicyLocal;
  return local && vs.servicePort.endpoints.some((e) => e.ready) ? 'no-local-real-server-reject' : 'no-endpoints-reject';
}

/** The rule (or the map element it looked up) that decided, as nft lists it. */
export const nftDecidedBy = (t: NftTrace): string | undefined => t.decidedBy?.element ?? t.decidedBy?.rule;

/** The first packet of a connection through `node`'s kernel: compiled rules when possible, else the tracer. */
export function applyRules(run: Run, node: string, src: string, dst: string, proto: 'tcp' | 'udp', dport: number, now: number): RulesResult {
  const w = run.world;
  const nr = nodeRules(w, node);
  const recent = (run.state.recent[node] ??= {});
  const p = run.prepared;
  if (run.hops === null && p !== undefined && p.fromPod && p.client?.ip === src) {
    const t = lookupCompiled(nr.compiled, dst, proto, dport);
    if (t === undefined && (w.podByIP.has(dst) || (w.serviceByVIP.has(dst) && !w.nodeByIP.has(dst)))) {
      return { verdict: 'accept', dst, dport, masquerade: false };
    }
    if (t?.kind === 'svc') {
      const { ep, choice } = pickCompiled(t, src, run.rng, now, recent);
      const e = t.endpoints[ep];
      if (e) return { verdict: 'dnat', dst: e.ip, dport: e.port, masquerade: isHairpin(e, p.srcInt), choice, sepChain: e.sepChain };
    }
    if (t?.kind === 'reject' || t?.kind === 'drop') return { verdict: t.kind, dst, dport, masquerade: false, decidedBy: t.rule };
  }
  const r = traceRules(nr.tables, { src, dst, proto, dport }, { hook: 'PREROUTING', localAddresses: nr.localAddresses, rng: run.rng, now, recent });
  return {
    verdict: r.verdict, dst: r.dst, dport: r.dport, masquerade: r.masquerade, steps: r.steps, serviceChains: r.serviceChains, filterChain: r.filterChain,
    ...(r.choice ? { choice: r.choice } : {}), ...(r.sepChain ? { sepChain: r.sepChain } : {}), ...(r.decidedBy ? { decidedBy: r.decidedBy } : {}),
  };
}

/**
 * Why the rules dropped a packet, from where the DROP rule sits. kube-proxy (pkg/proxy/iptables/proxier.go,
 * syncProxyRules) writes a DROP into filter KUBE-SERVICES (for the cluster IP) or KUBE-EXTERNAL-SERVICES (for node
 * ports, external and load-balancer IPs) only for a Service whose endpoints are all elsewhere under a Local traffic
 * policy ("has no local endpoints"); any other DROP (KUBE-PROXY-FIREWALL for loadBalancerSourceRanges,
 * KUBE-FIREWALL, conntrack INVALID) is a plain drop.
 */
export function dropReason(rule: DecidingRule | undefined): Extract<ReasonCode, 'no-local-endpoints-drop' | 'dropped'> {
  const noLocal = rule?.table === 'filter' && rule.target === 'DROP' && (rule.chain === 'KUBE-SERVICES' || rule.chain === 'KUBE-EXTERNAL-SERVICES');
  return noLocal ? 'no-local-endpoints-drop' : 'dropped';
}

/** IPVS mode: the virtual server for dst:port on the node, rr over its real servers, persistence for ClientIP. */
export function applyIpvs(run: Run, node: string, src: string, dst: string, proto: 'tcp' | 'udp', dport: number, now: number): RulesResult {
  const w = run.world;
  const P = proto === 'tcp' ? 'TCP' : 'UDP';
  const vs = ipvsServersOf(w, node).find((v) => v.address === dst && v.port === dport && v.protocol === P);
  const localVip = w.serviceByVIP.has(dst) || w.nodeByIP.get(dst)?.name === node;
  if (!vs) return { verdict: localVip ? 'reject' : 'accept', dst, dport, masquerade: false };
  if (vs.realServers.length === 0) return { verdict: 'reject', dst, dport, masquerade: false, vs };
  const key = `${node}|${P}|${dst}:${dport}`;
  let ep = -1;
  let choice: 'affinity' | 'random' | 'last' = 'last';
  if (vs.persistent !== undefined) {
    const t = run.state.ipvsPersist[`${key}|${src}`];
    if (t && now - t.last <= vs.persistent) {
      ep = vs.realServers.findIndex((r) => r.endpoint === t.endpoint);
      if (ep >= 0) choice = 'affinity';
    }
  }
  if (ep < 0) {
    const next = run.state.ipvsNext[key] ?? 0;
    ep = next % vs.realServers.length;
    run.state.ipvsNext[key] = next + 1;
  }
  const rs = vs.realServers[ep]!;
  if (vs.persistent !== undefined) run.state.ipvsPersist[`${key}|${src}`] = { endpoint: rs.endpoint, last: now };
  const conns = run.state.ipvsConns;
  const vsKey = ipvsConnKey(node, P, dst, dport);
  const rsKey = ipvsConnKey(node, P, dst, dport, `${rs.ip}:${rs.port}`);
  conns[vsKey] = (conns[vsKey] ?? 0) + 1;
  conns[rsKey] = (conns[rsKey] ?? 0) + 1;
  // kube-proxy's KUBE-NODE-PORT and KUBE-LOAD-BALANCER chains RETURN before KUBE-MARK-MASQ for the ports in the
  // *-LOCAL ipsets (externalTrafficPolicy: Local), so the Pod sees the client's address; the other NodePorts are
  // masqueraded, and a ClusterIP only for a source outside the Pod CIDR.
  const externalLocal = vs.servicePort.externalPolicyLocal && (vs.kind === 'node-port' || vs.kind === 'load-balancer');
  const masquerade = !externalLocal && (!cidrContains(w.cluster.podCIDR, src) || vs.kind === 'node-port');
  return { verdict: 'dnat', dst: rs.ip, dport: rs.port, masquerade, choice, vs };
}

const ipvsCache = new WeakMap<World, Map<string, IpvsVirtualServer[]>>();
function ipvsServersOf(w: World, node: string): IpvsVirtualServer[] {
  let m = ipvsCache.get(w);
  if (!m) { m = new Map(); ipvsCache.set(w, m); }
  let v = m.get(node);
  if (!v) { v = ipvsVirtualServers(w.cluster, { node }); m.set(node, v); }
  return v;
}
