// sendRequest: one request from a client, hop by hop — DNS (through the kube-dns VIP and the client node's
// rules to a CoreDNS Pod), the client's choice among addresses, the connect, what the kernel on the CLIENT's
// node does with the first packet (the rules kube-proxy wrote; the packet never passes through a kube-proxy
// process), and the Pod that answers. The same engine runs sendRequests' fast path (no hops, compiled rules).
import { lookupCompiled, pickCompiled, isHairpin } from '../proxy/compile';
import { cidrContains, ipToInt } from '../proxy/addr';
import { ipvsVirtualServers, type IpvsVirtualServer } from '../proxy/ipvs';
import { traceRules, type TraceStep } from '../proxy/trace';
import type { Pod } from '../model/types';
import { nextInt, nextU32, seedRng, type RngState } from '../util/rng';
import { cloneClientState, initialClientState } from './client-state';
import { clusterResolver, resolveMemo, shuffledAddresses, type AppResolver } from './dns';
import { pickAddress, STRATEGY_CLIENTS } from './pick';
import type { ClientState, Hop, ReasonCode, SendRequest, SendResult, Trace } from './types';
import { nodeRules, worldOf, type World } from './world';

/** An address for "a client outside the cluster" (TEST-NET-3, never a cluster address). */
export const EXTERNAL_CLIENT_IP = '203.0.113.10';
const LAST_EPHEMERAL_PORT = 60999;

const wgetRefused = (ip: string): string => `wget: can't connect to remote host (${ip}): Connection refused`;
const wgetTimeout = 'wget: download timed out';
const wgetBadAddress = (host: string): string => `wget: bad address '${host}'`;

export interface ParsedUrl { host: string; port: number; scheme: string }

export function parseUrl(url: string): ParsedUrl | undefined {
  const m = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?([^/:?#\s]+)(?::(\d{1,5}))?(?:[/?#].*)?$/.exec(url.trim());
  if (!m) return undefined;
  const scheme = (m[1] ?? 'http').toLowerCase();
  const port = m[3] !== undefined ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  if (port < 1 || port > 65535) return undefined;
  return { host: m[2]!.toLowerCase().replace(/\.$/, '') + (m[2]!.endsWith('.') ? '.' : ''), port, scheme };
}

const IPV4 = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

interface Client { id: string; graphId: string; ip: string; node?: string; namespace: string; pod?: Pod }

/** Engine input shared by sendRequest and sendRequests. `hops` null: fast path, no trace. */
export interface Run {
  world: World;
  state: ClientState;
  rng: RngState;
  hops: Hop[] | null;
  resolver: AppResolver;
  /** The request parsed once (sendRequests sends the same request many times). */
  prepared?: Prepared;
}

interface Prepared {
  req: SendRequest;
  client: Client | undefined;
  url: ParsedUrl | undefined;
  host: string;
  isIP: boolean;
  connKey: string;
  cacheKey: string;
  /** The client's address as a number, and whether it is inside the pod CIDR (the fast path's domain). */
  srcInt: number;
  fromPod: boolean;
}

function prepare(run: Run, req: SendRequest): Prepared {
  if (run.prepared?.req === req) return run.prepared;
  const c = client(run.world, req.from);
  const url = parseUrl(req.url);
  const host = url ? url.host.replace(/\.$/, '') : '';
  const p: Prepared = {
    req, client: c, url, host, isIP: IPV4.test(host),
    connKey: `${c?.id ?? ''}|${url?.host ?? ''}:${url?.port ?? 0}`, cacheKey: `${c?.id ?? ''}|${host}`,
    srcInt: c ? ipToInt(c.ip) : -1, fromPod: c !== undefined && cidrContains(run.world.cluster.podCIDR, c.ip),
  };
  run.prepared = p;
  return p;
}

export interface RunResult { outcome: Trace['outcome']; reason: ReasonCode; pod?: string; node?: string; programOutput?: string }

const podId = (p: Pod): string => `pod:${p.namespace}/${p.name}`;
const svcId = (ns: string, name: string): string => `svc:${ns}/${name}`;
const rulesId = (node: string): string => `node-rules:${node}`;

function client(w: World, from: string): Client | undefined {
  if (from === 'external') return { id: 'external', graphId: 'external', ip: EXTERNAL_CLIENT_IP, namespace: 'default' };
  const key = from.includes('/') ? from : `default/${from}`;
  const pod = w.podByName.get(key);
  if (!pod || !pod.ip || !pod.node) return undefined;
  return { id: key, graphId: podId(pod), ip: pod.ip, node: pod.node, namespace: pod.namespace, pod };
}

/** Graph id of whatever owns an address. */
function ownerId(w: World, ip: string): string {
  const s = w.serviceByIP.get(ip);
  if (s) return svcId(s.namespace, s.name);
  const p = w.podByIP.get(ip);
  if (p) return podId(p);
  const n = w.nodeByIP.get(ip);
  if (n) return rulesId(n.name);
  return 'external';
}

interface RulesResult {
  verdict: 'dnat' | 'reject' | 'drop' | 'accept';
  dst: string;
  dport: number;
  masquerade: boolean;
  choice?: 'affinity' | 'random' | 'last';
  sepChain?: string;
  decidedBy?: string;
  serviceChains?: string[];
  steps?: TraceStep[];
  filterChain?: string;
}

/** The first packet of a connection through `node`'s kernel: compiled rules when possible, else the tracer. */
function applyRules(run: Run, node: string, src: string, dst: string, proto: 'tcp' | 'udp', dport: number, now: number): RulesResult {
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
    if (t?.kind === 'reject' || t?.kind === 'drop') return { verdict: t.kind, dst, dport, masquerade: false, decidedBy: t.line };
  }
  const r = traceRules(nr.tables, { src, dst, proto, dport }, { hook: 'PREROUTING', localAddresses: nr.localAddresses, rng: run.rng, now, recent });
  return {
    verdict: r.verdict, dst: r.dst, dport: r.dport, masquerade: r.masquerade, steps: r.steps, serviceChains: r.serviceChains, filterChain: r.filterChain,
    ...(r.choice ? { choice: r.choice } : {}), ...(r.sepChain ? { sepChain: r.sepChain } : {}), ...(r.decidedBy ? { decidedBy: r.decidedBy } : {}),
  };
}

/** IPVS mode: the virtual server for dst:port on the node, rr over its real servers, persistence for ClientIP. */
function applyIpvs(run: Run, node: string, src: string, dst: string, proto: 'tcp' | 'udp', dport: number, now: number): RulesResult & { vs?: IpvsVirtualServer; local?: boolean } {
  const w = run.world;
  const P = proto === 'tcp' ? 'TCP' : 'UDP';
  const vs = ipvsServersOf(w, node).find((v) => v.address === dst && v.port === dport && v.protocol === P);
  const localVip = w.serviceByVIP.has(dst) || w.nodeByIP.get(dst)?.name === node;
  if (!vs) return { verdict: localVip ? 'reject' : 'accept', dst, dport, masquerade: false, local: localVip };
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
  const masquerade = !cidrContains(w.cluster.podCIDR, src) || vs.kind === 'node-port';
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

/** The engine: one request, mutating run.state (the caller copies it first). */
export function runRequest(run: Run, req: SendRequest): RunResult {
  const { world: w, state } = run;
  const hops = run.hops;
  const opts = req.options ?? {};
  const now = state.now;
  state.now = now + (opts.interval ?? 1);
  const mode = opts.proxyMode ?? 'iptables';
  const prep = prepare(run, req);
  const c = prep.client;
  if (!c) return { outcome: 'invalid', reason: 'no-such-client' };
  const url = prep.url;
  if (!url) return { outcome: 'invalid', reason: 'bad-url' };
  const host = prep.host;
  const connKey = prep.connKey;

  // 1. A kept-alive connection is reused: no DNS, no rules; conntrack already knows where it goes.
  if (opts.keepAlive) {
    const open = state.connections[connKey];
    if (open) {
      const pod = open.pod ? w.podByName.get(open.pod) : undefined;
      const alive = pod !== undefined && pod.ip === open.endpoint && now - open.lastUsed <= (opts.keepAliveIdleSeconds ?? 90);
      if (alive) {
        open.lastUsed = now;
        hops?.push({ kind: 'conntrack-hit', from: c.graphId, to: rulesId(open.node), detail: { node: open.node, entry: state.conntrack[connKey], reused: true } });
        hops?.push({ kind: 'deliver', from: rulesId(open.node), to: podId(pod), detail: { dst: open.endpoint, dport: open.endpointPort, node: pod.node, crossNode: pod.node !== open.node, keepAlive: true } });
        return { outcome: 'delivered', reason: 'delivered', pod: open.pod!, node: open.node };
      }
      hops?.push({ kind: 'reset', from: open.pod ? `pod:${open.pod}` : rulesId(open.node), to: c.graphId, detail: { reason: pod === undefined || pod.ip !== open.endpoint ? 'endpoint-gone' : 'idle-closed', connection: open } });
      delete state.connections[connKey];
      delete state.conntrack[connKey];
    }
  }

  // 2. DNS.
  let addresses: string[];
  if (prep.isIP) {
    addresses = [host];
  } else {
    const cacheKey = prep.cacheKey;
    const cached = state.dnsCache[cacheKey];
    if ((opts.dnsCache ?? true) && cached && cached.expires > now) {
      addresses = cached.addresses;
      hops?.push({ kind: 'dns-cache-hit', from: c.graphId, to: c.graphId, detail: { name: host, addresses, expiresIn: cached.expires - now, ttl: cached.ttl, finalName: cached.finalName } });
    } else {
      if (!c.pod) {
        hops?.push({ kind: 'dns-answer', from: 'external', to: c.graphId, detail: { name: host, rcode: 'NXDOMAIN', why: 'cluster-names-not-public' } });
        return { outcome: 'nxdomain', reason: 'nxdomain', programOutput: wgetBadAddress(host) };
      }
      // The query is a UDP packet to the kube-dns VIP: the client node's rules DNAT it to a CoreDNS Pod.
      const dnsIP = w.cluster.dnsServiceIP;
      const dnsRules = mode === 'ipvs' ? applyIpvs(run, c.node!, c.ip, dnsIP, 'udp', 53, now) : applyRules(run, c.node!, c.ip, dnsIP, 'udp', 53, now);
      const dnsSvc = w.serviceByVIP.get(dnsIP);
      const dnsSvcId = 'dns:kube-dns';
      const dnsService = dnsSvc ? svcId(dnsSvc.namespace, dnsSvc.name) : undefined;
      const res = resolveMemo(run.resolver, w.cluster, host, c.id, c.namespace);
      if (dnsRules.verdict !== 'dnat') {
        hops?.push({ kind: 'dns-query', from: c.graphId, to: dnsSvcId, detail: { server: `${dnsIP}:53`, service: dnsService, protocol: 'udp', queries: res.tried, node: c.node, rules: dnsRules.steps ?? [], verdict: dnsRules.verdict } });
        hops?.push({ kind: 'timeout', from: rulesId(c.node!), to: c.graphId, detail: { reason: 'dns-unreachable' } });
        return { outcome: 'timeout', reason: 'dns-unreachable', node: c.node!, programOutput: wgetBadAddress(host) };
      }
      const coredns = w.podByIP.get(dnsRules.dst);
      const corednsId = coredns ? `coredns:${coredns.namespace}/${coredns.name}` : 'dns:kube-dns';
      const shuffleSeed = res.addresses.length > 1 ? nextU32(run.rng) : 0;
      addresses = shuffledAddresses(res, shuffleSeed);
      if (hops) {
        hops.push({ kind: 'dns-query', from: c.graphId, to: dnsSvcId, detail: {
          server: `${dnsIP}:53`, service: dnsService, protocol: 'udp', queries: res.tried.map((t) => ({ name: t.name, type: t.type })), node: c.node,
          dnat: { endpoint: `${dnsRules.dst}:${dnsRules.dport}`, pod: coredns ? `${coredns.namespace}/${coredns.name}` : undefined, choice: dnsRules.choice, rules: dnsRules.steps ?? [] },
        } });
        hops.push({ kind: 'dns-answer', from: corednsId, to: c.graphId, detail: {
          rcode: res.rcode, tried: res.tried, finalName: res.finalName, why: res.why, object: res.object,
          records: res.records.filter((r) => r.type !== 'A').concat(addresses.map((a) => ({ name: res.finalName, type: 'A' as const, ttl: res.ttl, data: a }))),
          addresses, ttl: res.ttl, shuffled: res.addresses.length > 1, cached: (opts.dnsCache ?? true) && res.ok && res.ttl > 0,
        } });
      }
      if (res.cname !== undefined) {
        hops?.push({ kind: 'leave-cluster', from: c.graphId, to: 'external', detail: { cname: res.cname, reason: 'externalname-cname' } });
        return { outcome: 'external', reason: 'externalname-cname' };
      }
      if (!res.ok || addresses.length === 0) return { outcome: 'nxdomain', reason: 'nxdomain', programOutput: wgetBadAddress(host) };
      if ((opts.dnsCache ?? true) && res.ttl > 0) {
        state.dnsCache[cacheKey] = { addresses, expires: now + res.ttl, rcode: res.rcode, finalName: res.finalName, ttl: res.ttl };
      }
    }
  }

  // 3. The client picks an address.
  const strategy = opts.headlessStrategy ?? 'first';
  const rrKey = prep.cacheKey;
  const counter = state.roundRobin[rrKey] ?? 0;
  const idx = pickAddress(strategy, addresses.length, run.rng, counter);
  if (strategy === 'round-robin' && addresses.length > 1) state.roundRobin[rrKey] = counter + 1;
  const dst = addresses[idx]!;
  if (addresses.length > 1) {
    hops?.push({ kind: 'client-pick', from: c.graphId, to: ownerId(w, dst), detail: { strategy, clients: STRATEGY_CLIENTS[strategy], addresses, index: idx, chosen: dst } });
  }

  // 4. Connect. A Pod's packet enters its own node's netfilter; an external client's reaches the node it targets.
  let node = c.node;
  if (!node) {
    const n = w.nodeByIP.get(dst);
    const svc = w.serviceByIP.get(dst);
    if (n) node = n.name;
    else if (svc && svc.clusterIP !== dst) node = w.cluster.nodes[nextInt(run.rng, w.cluster.nodes.length)]?.name;
    if (!node) {
      hops?.push({ kind: 'timeout', from: c.graphId, to: ownerId(w, dst), detail: { dst, dport: url.port, reason: 'vip-unreachable-from-outside' } });
      return { outcome: 'timeout', reason: 'vip-unreachable-from-outside', programOutput: wgetTimeout };
    }
  }
  const sport = state.nextPort;
  state.nextPort = sport >= LAST_EPHEMERAL_PORT ? 32768 : sport + 1;
  const target = ownerId(w, dst);
  hops?.push({ kind: 'connect', from: c.graphId, to: target, detail: { src: c.ip, sport, dst, dport: url.port, protocol: 'tcp', node } });

  const r = mode === 'ipvs' ? applyIpvs(run, node, c.ip, dst, 'tcp', url.port, now) : applyRules(run, node, c.ip, dst, 'tcp', url.port, now);
  const rulesDetail = {
    node, mode, writtenBy: 'kube-proxy', appliedBy: 'kernel', hook: 'PREROUTING', rulesModel: mode === 'iptables' ? 'kube-proxy-iptables-1.28+' : 'kube-proxy-ipvs',
    ...(r.steps ? { rules: r.steps } : {}), ...(r.serviceChains ? { chains: r.serviceChains } : {}),
  };
  if (r.verdict === 'reject') {
    const reason: ReasonCode = mode === 'ipvs' && !('vs' in r && r.vs) ? 'port-not-exposed' : 'no-endpoints-reject';
    hops?.push({ kind: 'reject', from: rulesId(node), to: c.graphId, detail: { ...rulesDetail, reason, decidedBy: r.decidedBy, table: 'filter', icmp: 'port-unreachable' } });
    return { outcome: 'refused', reason, node, programOutput: wgetRefused(dst) };
  }
  if (r.verdict === 'drop') {
    const reason: ReasonCode = r.decidedBy?.includes('has no local endpoints') ? 'no-local-endpoints-drop' : 'dropped';
    hops?.push({ kind: 'timeout', from: rulesId(node), to: target, detail: { ...rulesDetail, reason, decidedBy: r.decidedBy } });
    return { outcome: 'timeout', reason, node, programOutput: wgetTimeout };
  }
  let endpoint = dst;
  let endpointPort = url.port;
  if (r.verdict === 'dnat') {
    endpoint = r.dst;
    endpointPort = r.dport;
    const ep = w.podByIP.get(endpoint);
    hops?.push({ kind: mode === 'ipvs' ? 'ipvs' : 'dnat', from: target, to: rulesId(node), detail: {
      ...rulesDetail, endpoint: `${endpoint}:${endpointPort}`, pod: ep ? `${ep.namespace}/${ep.name}` : undefined,
      sepChain: r.sepChain, choice: r.choice, masquerade: r.masquerade,
    } });
  } else if (w.serviceByVIP.has(dst)) {
    // No rule for this VIP:port: the packet is routed on unchanged (default route) and nobody answers.
    const s = w.serviceByVIP.get(dst)!;
    hops?.push({ kind: 'timeout', from: rulesId(node), to: target, detail: { ...rulesDetail, reason: 'port-not-exposed', dport: url.port, exposed: s.ports.map((p) => ({ port: p.port, protocol: p.protocol })) } });
    return { outcome: 'timeout', reason: 'port-not-exposed', node, programOutput: wgetTimeout };
  } else if (w.nodeByIP.has(dst)) {
    hops?.push({ kind: 'reset', from: rulesId(w.nodeByIP.get(dst)!.name), to: c.graphId, detail: { ...rulesDetail, reason: 'no-listener', dst, dport: url.port } });
    return { outcome: 'refused', reason: 'no-listener', node, programOutput: wgetRefused(dst) };
  }

  // 5. The endpoint: a Pod that exists and listens, a Pod without a listener (RST), or an address nobody has.
  const pod = w.podByIP.get(endpoint);
  if (!pod) {
    if (cidrContains(w.cluster.podCIDR, endpoint)) {
      hops?.push({ kind: 'timeout', from: rulesId(node), to: c.graphId, detail: { ...rulesDetail, reason: 'address-gone', dst: endpoint, dport: endpointPort } });
      return { outcome: 'timeout', reason: 'address-gone', node, programOutput: wgetTimeout };
    }
    hops?.push({ kind: 'leave-cluster', from: rulesId(node), to: 'external', detail: { dst: endpoint, dport: endpointPort } });
    return { outcome: 'external', reason: 'delivered', node };
  }
  const listening = pod.containerPorts.length === 0 || pod.containerPorts.some((p) => p.containerPort === endpointPort && p.protocol === 'TCP');
  if (!listening) {
    hops?.push({ kind: 'reset', from: podId(pod), to: c.graphId, detail: { reason: 'no-listener', dst: endpoint, dport: endpointPort, declared: pod.containerPorts.map((p) => p.containerPort) } });
    return { outcome: 'refused', reason: 'no-listener', node, programOutput: wgetRefused(dst) };
  }
  const snatTo = r.masquerade ? w.nodeByName.get(node)?.ip : undefined;
  hops?.push({ kind: 'deliver', from: r.verdict === 'dnat' ? rulesId(node) : c.graphId, to: podId(pod), detail: {
    dst: endpoint, dport: endpointPort, podNode: pod.node, node, crossNode: pod.node !== node, dnat: r.verdict === 'dnat',
    source: snatTo ?? c.ip, ...(snatTo ? { snat: snatTo } : {}), ready: pod.ready, assumedListening: pod.containerPorts.length === 0,
  } });
  const podName = `${pod.namespace}/${pod.name}`;
  if (opts.keepAlive) {
    state.connections[connKey] = { dst, dport: url.port, endpoint, endpointPort, pod: podName, node, opened: now, lastUsed: now, sport };
    state.conntrack[connKey] = {
      node, proto: 'tcp', state: 'ESTABLISHED', dnat: r.verdict === 'dnat',
      orig: { src: c.ip, sport, dst, dport: url.port },
      reply: { src: endpoint, sport: endpointPort, dst: snatTo ?? c.ip, dport: sport },
    };
  }
  return { outcome: 'delivered', reason: 'delivered', pod: podName, node };
}

export function startRun(cluster: Parameters<typeof worldOf>[0], req: SendRequest, resolver: AppResolver = clusterResolver): Run {
  const state = req.state ? cloneClientState(req.state) : initialClientState();
  const rng = req.seed !== undefined ? seedRng(req.seed) : state.rng ? { ...state.rng } : seedRng(0);
  return { world: worldOf(cluster), state, rng, hops: [], resolver };
}

/**
 * Send one request and follow it hop by hop.
 *
 * @example
 * const { trace, state } = sendRequest(cluster, { from: 'default/test', url: 'http://web-service/', seed: 1 });
 * trace.hops.map((h) => h.kind) // ['dns-query', 'dns-answer', 'connect', 'dnat', 'deliver']
 * trace.outcome // 'delivered'; trace.pod // 'default/nginx-5c7588df-q9fzw'
 */
export function sendRequest(cluster: Parameters<typeof worldOf>[0], req: SendRequest): SendResult {
  const run = startRun(cluster, req);
  const res = runRequest(run, req);
  run.state.rng = run.rng;
  const trace: Trace = {
    hops: run.hops ?? [], outcome: res.outcome, reason: res.reason,
    ...(res.pod ? { pod: res.pod } : {}), ...(res.node ? { node: res.node } : {}), ...(res.programOutput ? { programOutput: res.programOutput } : {}),
  };
  return { trace, state: run.state };
}
