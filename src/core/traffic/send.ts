// sendRequest: one request from a client, hop by hop — DNS (through the kube-dns VIP and the client node's
// rules to a CoreDNS Pod), the client's choice among addresses, the connect, what the kernel on the CLIENT's
// node does with the first packet (the rules kube-proxy wrote; the packet never passes through a kube-proxy
// process), and the Pod that answers. The same engine runs sendRequests' fast path (no hops, compiled rules).
import { cidrContains } from '../proxy/addr';
import { nextInt, nextU32, seedRng } from '../util/rng';
import { cloneClientState, initialClientState } from './client-state';
import { clusterResolver, resolveMemo, shuffledAddresses, type AppResolver } from './dns';
import { applyMode, dropReason, ipvsRejectReason, nftDecidedBy, nftDropReason, nftRejectReason, type RulesResult } from './kernel';
import { clientBehaviour } from './client-kind';
import { pickAddress, STRATEGY_CLIENTS } from './pick';
import { ownerId, podId, prepare, rulesId, svcId, type Run } from './run';
import type { ProxyMode, ReasonCode, RulesApplied, SendRequest, SendResult, Trace } from './types';
import { worldOf } from './world';

export { EXTERNAL_CLIENT_IP, parseUrl } from './run';
export type { Run } from './run';

const LAST_EPHEMERAL_PORT = 60999;

const RULES_MODEL: Record<ProxyMode, RulesApplied['rulesModel']> = {
  iptables: 'kube-proxy-iptables-1.28+', nftables: 'kube-proxy-nftables', ipvs: 'kube-proxy-ipvs',
};

/**
 * What a rules hop says about the rules, built only for a traced request. A module function rather than a closure
 * in runRequest: a closure there made V8 keep runRequest's variables in a heap context, and the untraced fast
 * path of sendRequests ran at less than half its speed.
 */
function rulesApplied(node: string, mode: ProxyMode, r: RulesResult): RulesApplied {
  return {
    node, mode, writtenBy: 'kube-proxy', appliedBy: 'kernel', hook: 'PREROUTING', rulesModel: RULES_MODEL[mode],
    ...(r.steps ? { rules: r.steps } : {}), ...(r.nft?.steps ? { nftRules: r.nft.steps } : {}), ...(r.serviceChains ? { chains: r.serviceChains } : {}),
  };
}

const wgetRefused = (ip: string): string => `wget: can't connect to remote host (${ip}): Connection refused`;
const wgetTimeout = 'wget: download timed out';
const wgetBadAddress = (host: string): string => `wget: bad address '${host}'`;

export interface RunResult { outcome: Trace['outcome']; reason: ReasonCode; pod?: string; node?: string; programOutput?: string }

/** The engine: one request, mutating run.state (the caller copies it first). */
export function runRequest(run: Run, req: SendRequest): RunResult {
  const { world: w, state } = run;
  const hops = run.hops;
  const opts = req.options ?? {};
  const behaviour = clientBehaviour(opts);
  const now = state.now + (w.cluster.clockSeconds ?? 0);
  state.now += opts.interval ?? 1;
  const mode = opts.proxyMode ?? 'iptables';
  const prep = prepare(run, req);
  const c = prep.client;
  if (!c) return { outcome: 'invalid', reason: 'no-such-client' };
  const url = prep.url;
  if (!url) return { outcome: 'invalid', reason: 'bad-url' };
  const host = prep.host;
  const connKey = prep.connKey;

  // 1. A kept-alive connection is reused: no DNS, no rules; conntrack already knows where it goes.
  if (behaviour.keepAlive) {
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
    if (behaviour.dnsCache && cached && cached.expires > now) {
      addresses = cached.addresses;
      hops?.push({ kind: 'dns-cache-hit', from: c.graphId, to: c.graphId, detail: { name: host, addresses, expiresIn: cached.expires - now, ttl: cached.ttl, finalName: cached.finalName } });
    } else {
      if (!c.pod) {
        hops?.push({ kind: 'dns-answer', from: 'external', to: c.graphId, detail: { name: host, rcode: 'NXDOMAIN', why: 'cluster-names-not-public' } });
        return { outcome: 'nxdomain', reason: 'nxdomain', programOutput: wgetBadAddress(host) };
      }
      // The query is a UDP packet to the kube-dns VIP: the client node's rules DNAT it to a CoreDNS Pod.
      const dnsIP = w.cluster.dnsServiceIP;
      const dnsRules = applyMode(mode, run, c.node!, c.ip, dnsIP, 'udp', 53, now);
      const dnsSvc = w.serviceByVIP.get(dnsIP);
      const dnsService = dnsSvc ? svcId(dnsSvc.namespace, dnsSvc.name) : undefined;
      const res = resolveMemo(run.resolver, w.cluster, prep.name, c.id, c.namespace);
      if (dnsRules.verdict !== 'dnat') {
        // The query reaches the client node's rules and goes no further.
        hops?.push({ kind: 'dns-query', from: c.graphId, to: rulesId(c.node!), detail: { server: `${dnsIP}:53`, service: dnsService, protocol: 'udp', queries: res.tried, node: c.node, rules: dnsRules.steps ?? [], verdict: dnsRules.verdict } });
        hops?.push({ kind: 'timeout', from: rulesId(c.node!), to: c.graphId, detail: { reason: 'dns-unreachable' } });
        return { outcome: 'timeout', reason: 'dns-unreachable', node: c.node!, programOutput: wgetBadAddress(host) };
      }
      const coredns = w.podByIP.get(dnsRules.dst);
      const corednsId = coredns ? `coredns:${coredns.namespace}/${coredns.name}` : 'dns:kube-dns';
      const shuffleSeed = res.addresses.length > 1 ? nextU32(run.rng) : 0;
      addresses = shuffledAddresses(res, shuffleSeed);
      if (hops) {
        // Addressed to the VIP, it travels to the CoreDNS Pod the client node's rules chose; `detail.node` is where
        // that DNAT happened, and the answer comes back from that Pod.
        hops.push({ kind: 'dns-query', from: c.graphId, to: corednsId, detail: {
          server: `${dnsIP}:53`, service: dnsService, protocol: 'udp', queries: res.tried.map((t) => ({ name: t.name, type: t.type })), node: c.node,
          dnat: { endpoint: `${dnsRules.dst}:${dnsRules.dport}`, pod: coredns ? `${coredns.namespace}/${coredns.name}` : undefined, choice: dnsRules.choice, rules: dnsRules.steps ?? [] },
        } });
        hops.push({ kind: 'dns-answer', from: corednsId, to: c.graphId, detail: {
          rcode: res.rcode, tried: res.tried, finalName: res.finalName, why: res.why, object: res.object,
          records: res.records.filter((r) => r.type !== 'A').concat(addresses.map((a) => ({ name: res.finalName, type: 'A' as const, ttl: res.ttl, data: a }))),
          addresses, ttl: res.ttl, shuffled: res.addresses.length > 1, cached: behaviour.dnsCache && res.ok && res.ttl > 0,
        } });
      }
      // A CNAME CoreDNS followed inside the cluster (an ExternalName naming a Service's name) came with that
      // Service's addresses, and the client connects to them as to any; a name outside the cluster leaves.
      if (res.cname !== undefined && !addresses.some((a) => w.serviceByIP.has(a) || w.podByIP.has(a))) {
        hops?.push({ kind: 'leave-cluster', from: c.graphId, to: 'external', detail: { cname: res.cname, reason: 'externalname-cname' } });
        return { outcome: 'external', reason: 'externalname-cname' };
      }
      if (!res.ok || addresses.length === 0) return { outcome: 'nxdomain', reason: 'nxdomain', programOutput: wgetBadAddress(host) };
      if (behaviour.dnsCache && res.ttl > 0) {
        state.dnsCache[cacheKey] = { addresses, expires: now + res.ttl, rcode: res.rcode, finalName: res.finalName, ttl: res.ttl };
      }
    }
  }

  // 3. The client picks an address.
  const strategy = behaviour.headlessStrategy;
  const rrKey = prep.cacheKey;
  const counter = state.roundRobin[rrKey] ?? 0;
  const idx = pickAddress(strategy, addresses.length, run.rng, counter);
  if (strategy === 'round-robin' && addresses.length > 1) state.roundRobin[rrKey] = counter + 1;
  const dst = addresses[idx]!;
  if (addresses.length > 1) {
    // The choice happens inside the client: nothing travels yet.
    hops?.push({ kind: 'client-pick', from: c.graphId, to: c.graphId, detail: { strategy, clients: STRATEGY_CLIENTS[strategy], addresses, index: idx, chosen: dst } });
  }

  // 4. Connect. A Pod's packet enters its own node's netfilter; an external client's reaches the node it targets.
  let node = c.node;
  if (!node) {
    const n = w.nodeByIP.get(dst);
    const svc = w.serviceByIP.get(dst);
    if (n) node = n.name;
    else if (svc && svc.clusterIP !== dst) node = w.cluster.nodes[nextInt(run.rng, w.cluster.nodes.length)]?.name;
    if (!node) {
      // No node owns the address: the packet never gets into the cluster.
      hops?.push({ kind: 'timeout', from: c.graphId, to: c.graphId, detail: { dst, dport: url.port, reason: 'vip-unreachable-from-outside' } });
      return { outcome: 'timeout', reason: 'vip-unreachable-from-outside', programOutput: wgetTimeout };
    }
  }
  const sport = state.nextPort;
  state.nextPort = sport >= LAST_EPHEMERAL_PORT ? 32768 : sport + 1;
  // The first packet goes to the netfilter rules of the node it enters, whatever it is addressed to: a Service's
  // virtual IP belongs to no element that could receive it.
  hops?.push({ kind: 'connect', from: c.graphId, to: rulesId(node), detail: { src: c.ip, sport, dst, dport: url.port, protocol: 'tcp', node, addressOwner: ownerId(w, dst) } });

  let r = applyMode(mode, run, node, c.ip, dst, 'tcp', url.port, now);
  const owner = w.nodeByIP.get(dst);
  if (r.verdict === 'accept' && owner && owner.name !== node) {
    // Another node's IP (a NodePort there): this node routes the packet on; that node's rules handle it.
    hops?.push({ kind: 'forward', from: rulesId(node), to: rulesId(owner.name), detail: { dst, dport: url.port, fromNode: node, toNode: owner.name, rules: r.steps ?? [] } });
    node = owner.name;
    r = applyMode(mode, run, node, c.ip, dst, 'tcp', url.port, now);
  }
  if (r.verdict === 'reject') {
    const reason = r.nft ? nftRejectReason(r.nft) : mode === 'ipvs' ? ipvsRejectReason(r.vs) : 'no-endpoints-reject';
    const decidedBy = r.nft ? nftDecidedBy(r.nft) : r.decidedBy?.line;
    hops?.push({ kind: 'reject', from: rulesId(node), to: c.graphId, detail: { ...rulesApplied(node, mode, r), reason, decidedBy, table: 'filter', icmp: 'port-unreachable' } });
    return { outcome: 'refused', reason, node, programOutput: wgetRefused(dst) };
  }
  if (r.verdict === 'drop') {
    const reason = r.nft ? nftDropReason(r.nft) : dropReason(r.decidedBy);
    const decidedBy = r.nft ? nftDecidedBy(r.nft) : r.decidedBy?.line;
    // Dropped where it is: the packet ends at the rules that dropped it.
    hops?.push({ kind: 'timeout', from: rulesId(node), to: rulesId(node), detail: { ...rulesApplied(node, mode, r), reason, decidedBy } });
    return { outcome: 'timeout', reason, node, programOutput: wgetTimeout };
  }
  let endpoint = dst;
  let endpointPort = url.port;
  if (r.verdict === 'dnat') {
    endpoint = r.dst;
    endpointPort = r.dport;
    const ep = w.podByIP.get(endpoint);
    // The rewrite happens where the packet is, in that node's kernel.
    hops?.push({ kind: mode === 'ipvs' ? 'ipvs' : 'dnat', from: rulesId(node), to: rulesId(node), detail: {
      ...rulesApplied(node, mode, r), endpoint: `${endpoint}:${endpointPort}`, pod: ep ? `${ep.namespace}/${ep.name}` : undefined,
      sepChain: r.sepChain, choice: r.choice, masquerade: r.masquerade, ...(r.nft?.numgen ? { numgen: r.nft.numgen } : {}),
      ...(r.vs ? { virtualServer: { protocol: r.vs.protocol, address: r.vs.address, port: r.vs.port, scheduler: r.vs.scheduler, persistent: r.vs.persistent,
        realServers: r.vs.realServers.map((x) => x.endpoint) } } : {}),
    } });
  } else if (w.serviceByVIP.has(dst)) {
    // No rule for this VIP:port: the packet is routed on unchanged (default route) and nobody answers.
    const s = w.serviceByVIP.get(dst)!;
    hops?.push({ kind: 'timeout', from: rulesId(node), to: rulesId(node), detail: { ...rulesApplied(node, mode, r), reason: 'port-not-exposed', dport: url.port, exposed: s.ports.map((p) => ({ port: p.port, protocol: p.protocol })) } });
    return { outcome: 'timeout', reason: 'port-not-exposed', node, programOutput: wgetTimeout };
  } else if (w.nodeByIP.has(dst)) {
    hops?.push({ kind: 'reset', from: rulesId(w.nodeByIP.get(dst)!.name), to: c.graphId, detail: { ...rulesApplied(node, mode, r), reason: 'no-listener', dst, dport: url.port } });
    return { outcome: 'refused', reason: 'no-listener', node, programOutput: wgetRefused(dst) };
  }

  // 5. The endpoint: a Pod that exists and listens, a Pod without a listener (RST), or an address nobody has.
  const pod = w.podByIP.get(endpoint);
  if (!pod) {
    if (cidrContains(w.cluster.podCIDR, endpoint)) {
      hops?.push({ kind: 'timeout', from: rulesId(node), to: c.graphId, detail: { ...rulesApplied(node, mode, r), reason: 'address-gone', dst: endpoint, dport: endpointPort } });
      return { outcome: 'timeout', reason: 'address-gone', node, programOutput: wgetTimeout };
    }
    hops?.push({ kind: 'leave-cluster', from: rulesId(node), to: 'external', detail: { dst: endpoint, dport: endpointPort } });
    return { outcome: 'external', reason: 'delivered', node };
  }
  // A Pod whose containers have not started (ContainerCreating) has its sandbox's address but nothing listens yet.
  const listening = pod.phase === 'Running'
    && (pod.containerPorts.length === 0 || pod.containerPorts.some((p) => p.containerPort === endpointPort && p.protocol === 'TCP'));
  if (!listening) {
    hops?.push({ kind: 'reset', from: podId(pod), to: c.graphId, detail: { reason: 'no-listener', dst: endpoint, dport: endpointPort, declared: pod.containerPorts.map((p) => p.containerPort) } });
    return { outcome: 'refused', reason: 'no-listener', node, programOutput: wgetRefused(dst) };
  }
  const snatTo = r.masquerade ? w.nodeByName.get(node)?.ip : undefined;
  hops?.push({ kind: 'deliver', from: rulesId(node), to: podId(pod), detail: {
    dst: endpoint, dport: endpointPort, podNode: pod.node, node, crossNode: pod.node !== node, dnat: r.verdict === 'dnat',
    source: snatTo ?? c.ip, ...(snatTo ? { snat: snatTo } : {}), ready: pod.ready, assumedListening: pod.containerPorts.length === 0,
  } });
  const podName = w.podKey.get(pod)!;
  if (behaviour.keepAlive) {
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
