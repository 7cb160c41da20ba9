// Walks kube-proxy's nftables table (nftables-model.ts, the structure nftables.ts prints) for the first packet of a
// connection entering a node (conntrack state new), hook by hook as netfilter runs kube-proxy's base chains:
// prerouting (filter-prerouting-pre-dnat at dstnat-10, then nat-prerouting at dstnat), the routing decision, then
// filter-input or filter-forward (priority filter), then nat-postrouting. The kernel's semantics: a vmap lookup
// goes to the element's chain or falls through; `goto` does not come back, so falling off a goto'd chain ends the
// base chain's jump; `numgen random mod N` is nft_ng_random's `reciprocal_scale(get_random_u32(), N)`; an affinity
// set holds a source until its timeout runs out since the last `update`.
import { nextU32, type RngState } from '../util/rng';
import { inCidr, ipToInt, parseCidr, type Cidr } from './addr';
import { elementText, NFT_RULES, ruleText, unallocatedDropRule } from './nftables';
import { portKey, type NftElement, type NftRule, type NftRuleset } from './nftables-model';
import type { Packet, RecentLists } from './trace';

/** One rule the walk looked at. */
export interface NftStep {
  chain: string;
  /** The rule as `nft list ruleset` prints it. */
  rule: string;
  matched: boolean;
  /** The map element a matched vmap lookup found, as nft prints it. */
  element?: string;
  /** `numgen random mod N`: N and the number drawn (the index into its vmap). */
  numgen?: { mod: number; value: number };
  /** `ip saddr @affinity-…`: whether the source was in the set, unexpired. */
  affinity?: { set: string; hit: boolean };
  /** The chain a matched rule jumped or went to. */
  jump?: string;
}

/** Why the table refused or dropped the packet. */
export type NftCause = 'no-endpoints' | 'no-local-endpoints' | 'port-not-exposed' | 'cluster-ip-unallocated' | 'source-range';

export interface NftTrace {
  verdict: 'dnat' | 'reject' | 'drop' | 'accept';
  dst: string;
  dport: number;
  masquerade: boolean;
  /** service-, local- and external- chains entered, in order (when recording; empty otherwise). */
  serviceChains: string[];
  /** The endpoint chain that DNATed the packet. */
  endpointChain?: string;
  choice?: 'affinity' | 'random';
  /** When recording: N and the number drawn. */
  numgen?: { mod: number; value: number };
  /** The rule (and the map element, when a vmap decided) that rejected or dropped the packet. */
  decidedBy?: { chain: string; rule: string; element?: string };
  cause?: NftCause;
  /** Every rule looked at, when the caller asked for them. */
  steps?: NftStep[];
}

export interface NftTraceContext {
  /** The node's own addresses (`fib saddr type local`; routing to the input path). */
  localAddresses: readonly string[];
  rng: RngState;
  /** Simulated clock in seconds, for the affinity sets' timeouts. */
  now: number;
  /** Affinity sets on this node: set name → source IP → time of the last `update`. Mutated. */
  affinity: RecentLists;
  /** Record every rule looked at (a traced request); false for sendRequests' fast path. */
  record: boolean;
}

const TWO32 = 0x100000000;
/** serviceChains of an unrecorded walk (sendRequests' fast path reads no chain names): shared, never written. */
const NOT_RECORDED: string[] = [];

const cidrs = new Map<string, Cidr | undefined>();
function inRange(cidr: string, ip: number): boolean {
  let c = cidrs.get(cidr);
  if (c === undefined && !cidrs.has(cidr)) { c = parseCidr(cidr); cidrs.set(cidr, c); }
  return c !== undefined && inCidr(c, ip);
}

/** The address-keyed maps as address → (port × 4 + protocol) → element: a lookup builds no key string. */
interface AddrIndex {
  firewallIPs: Map<string, Map<number, NftElement>>;
  serviceIPs: Map<string, Map<number, NftElement>>;
  noEndpointServices: Map<string, Map<number, NftElement>>;
}
const PROTO_INDEX: Record<string, number> = { tcp: 0, udp: 1, sctp: 2 };
const portIndex = (proto: string, port: number): number => port * 4 + (PROTO_INDEX[proto] ?? 3);
const indexes = new WeakMap<NftRuleset, AddrIndex>();
function indexOf(rs: NftRuleset): AddrIndex {
  let x = indexes.get(rs);
  if (x) return x;
  const build = (m: Map<string, NftElement>): Map<string, Map<number, NftElement>> => {
    const out = new Map<string, Map<number, NftElement>>();
    for (const e of m.values()) {
      let inner = out.get(e.ip!);
      if (!inner) { inner = new Map(); out.set(e.ip!, inner); }
      inner.set(portIndex(e.proto, e.port), e);
    }
    return out;
  };
  x = { firewallIPs: build(rs.firewallIPs), serviceIPs: build(rs.serviceIPs), noEndpointServices: build(rs.noEndpointServices) };
  indexes.set(rs, x);
  return x;
}

/**
 * sendRequests' fast path for the common case, a packet to a ClusterIP whose service chain has kube-proxy's plain
 * shape (the off-cluster masquerade mark, affinity checks, one numgen vmap) over endpoint chains of the plain shape
 * (hairpin mark, affinity update, dnat), where the filter hooks let every endpoint pass. It reads the same
 * structure and draws the same numbers as walk(); send-nftables.test.ts checks the two agree request for request.
 */
interface FastEndpoint { chain: string; ip: string; ipInt: number; port: number; update: string | undefined }
interface FastPlan {
  /** The masquerade mark applies to sources outside this CIDR (undefined: --masquerade-all, every source). */
  masq: Cidr | undefined | 'none';
  affinity: Array<{ set: string; timeout: number; ep: number }>;
  targets: FastEndpoint[];
}
const plans = new WeakMap<NftRuleset, Map<NftElement, FastPlan | null>>();

function planOf(rs: NftRuleset, el: NftElement, localAddresses: readonly string[]): FastPlan | null {
  let m = plans.get(rs);
  if (!m) { m = new Map(); plans.set(rs, m); }
  let plan = m.get(el);
  if (plan === undefined) { plan = buildPlan(rs, el, localAddresses); m.set(el, plan); }
  return plan;
}

function buildPlan(rs: NftRuleset, el: NftElement, localAddresses: readonly string[]): FastPlan | null {
  if (el.verdict === 'drop' || el.ip === undefined) return null;
  const rules = rs.chains.get(el.verdict.goto)?.rules ?? [];
  const plan: FastPlan = { masq: 'none', affinity: [], targets: [] };
  let i = 0;
  const first = rules[0];
  if (first?.k === 'masq-off-cluster') {
    if (first.vip !== el.ip || first.proto !== el.proto || first.port !== el.port) return null;
    plan.masq = first.podCIDR === undefined ? undefined : parseCidr(first.podCIDR);
    if (first.podCIDR !== undefined && plan.masq === undefined) return null;
    i = 1;
  }
  const affinity: Array<{ set: string; target: string }> = [];
  for (; i < rules.length - 1; i++) {
    const r = rules[i]!;
    if (r.k !== 'affinity') return null;
    affinity.push({ set: r.set, target: r.target });
  }
  const last = rules[i];
  if (last?.k !== 'numgen' || i !== rules.length - 1) return null;
  const serviceCIDR = parseCidr(rs.serviceCIDR);
  for (const chain of last.targets) {
    const er = rs.chains.get(chain)?.rules ?? [];
    const hairpin = er[0];
    const update = er.length === 3 ? er[1] : undefined;
    const dnat = er[er.length - 1];
    if (hairpin?.k !== 'hairpin' || dnat?.k !== 'dnat' || (er.length === 3 && update?.k !== 'update') || er.length < 2 || er.length > 3) return null;
    if (hairpin.ip !== dnat.ip || dnat.proto !== el.proto) return null;
    // The filter hooks after DNAT must let the endpoint pass, whichever is drawn.
    const ipInt = ipToInt(dnat.ip);
    if (localAddresses.includes(dnat.ip) || rs.clusterIPs.has(dnat.ip) || (serviceCIDR !== undefined && inCidr(serviceCIDR, ipInt))
      || rs.noEndpointServices.has(`${dnat.ip}|${dnat.proto}|${dnat.port}`)) return null;
    plan.targets.push({ chain, ip: dnat.ip, ipInt, port: dnat.port, update: update?.k === 'update' ? update.set : undefined });
  }
  for (const a of affinity) {
    const ep = last.targets.indexOf(a.target);
    if (ep < 0) return null;
    plan.affinity.push({ set: a.set, timeout: rs.affinitySets.get(a.set)?.timeoutSeconds ?? 0, ep });
  }
  return plan;
}

function fastTrace(rs: NftRuleset, pkt: Packet, ctx: NftTraceContext, src: number): NftTrace | undefined {
  const idx = indexOf(rs);
  const pk = portIndex(pkt.proto, pkt.dport);
  if (idx.firewallIPs.get(pkt.dst)?.has(pk)) return undefined;
  const el = idx.serviceIPs.get(pkt.dst)?.get(pk);
  if (!el) return undefined;
  const plan = planOf(rs, el, ctx.localAddresses);
  if (!plan) return undefined;
  let mark = plan.masq !== 'none' && (plan.masq === undefined || !inCidr(plan.masq, src));
  let ep = -1;
  let choice: 'affinity' | 'random' = 'random';
  for (const a of plan.affinity) {
    const seen = ctx.affinity[a.set]?.[pkt.src];
    if (seen !== undefined && ctx.now - seen <= a.timeout) { ep = a.ep; choice = 'affinity'; break; }
  }
  if (ep < 0) ep = Math.floor((nextU32(ctx.rng) * plan.targets.length) / TWO32);
  const e = plan.targets[ep]!;
  if (e.ipInt === src) mark = true;
  if (e.update !== undefined) (ctx.affinity[e.update] ??= {})[pkt.src] = ctx.now;
  return { verdict: 'dnat', dst: e.ip, dport: e.port, masquerade: mark, serviceChains: NOT_RECORDED, endpointChain: e.chain,
    choice, numgen: undefined, decidedBy: undefined, cause: undefined, steps: undefined };
}

interface Walk {
  rs: NftRuleset;
  pkt: Packet;
  ctx: NftTraceContext;
  src: number;
  out: NftTrace;
  steps: NftStep[] | undefined;
  mark: boolean;
}

/** Walk the node's kube-proxy table for one packet from a Pod or from outside (the prerouting path). */
export function traceNftables(rs: NftRuleset, pkt: Packet, ctx: NftTraceContext): NftTrace {
  if (!ctx.record) {
    const fast = fastTrace(rs, pkt, ctx, ipToInt(pkt.src));
    if (fast) return fast;
  }
  const steps: NftStep[] | undefined = ctx.record ? [] : undefined;
  // Every field present from the start: one object shape for every packet.
  const out: NftTrace = { verdict: 'accept', dst: pkt.dst, dport: pkt.dport, masquerade: false, serviceChains: steps ? [] : NOT_RECORDED, endpointChain: undefined,
    choice: undefined, numgen: undefined, decidedBy: undefined, cause: undefined, steps };
  const w: Walk = { rs, pkt, ctx, src: ipToInt(pkt.src), out, steps, mark: false };
  const idx = indexOf(rs);
  const pk = portIndex(pkt.proto, pkt.dport);

  // prerouting, filter-prerouting-pre-dnat → firewall-check (loadBalancerSourceRanges).
  steps?.push({ chain: 'filter-prerouting-pre-dnat', rule: NFT_RULES.firewallJump, matched: true, jump: 'firewall-check' });
  const fw = idx.firewallIPs.get(pkt.dst)?.get(pk);
  vmapStep(w, 'firewall-check', NFT_RULES.firewallCheck, fw);
  if (fw && fw.verdict !== 'drop') {
    for (const r of rs.chains.get(fw.verdict.goto)?.rules ?? []) {
      if (r.k !== 'source-ranges') continue;
      const blocked = !r.sources.some((c) => inRange(c, w.src));
      steps?.push({ chain: fw.verdict.goto, rule: ruleText(r), matched: blocked });
      if (blocked) return decide(w, 'drop', 'source-range', fw.verdict.goto, ruleText(r));
    }
  }

  // prerouting, nat-prerouting → services: service-ips, then node ports on this node's addresses.
  steps?.push({ chain: 'nat-prerouting', rule: NFT_RULES.servicesJump, matched: true, jump: 'services' });
  let el = idx.serviceIPs.get(pkt.dst)?.get(pk);
  vmapStep(w, 'services', NFT_RULES.serviceIPs, el);
  if (!el) {
    if (rs.nodePortIPs.includes(pkt.dst)) el = rs.serviceNodePorts.get(portKey(pkt.proto, pkt.dport));
    vmapStep(w, 'services', NFT_RULES.serviceNodePorts, el);
  }
  if (el && el.verdict !== 'drop') walk(w, el.verdict.goto, 0);

  // The routing decision: to one of the node's addresses (input) or on (forward).
  const dst = out.dst;
  const input = ctx.localAddresses.includes(dst);
  const base = input ? 'filter-input' : 'filter-forward';
  if (input) {
    steps?.push({ chain: base, rule: NFT_RULES.nodePortEndpointsJump, matched: true, jump: 'nodeport-endpoints-check' });
    const np = rs.nodePortIPs.includes(dst) ? rs.noEndpointNodePorts.get(portKey(pkt.proto, out.dport)) : undefined;
    vmapStep(w, 'nodeport-endpoints-check', NFT_RULES.nodePortEndpointsCheck, np);
    if (np) return noEndpoints(w, 'nodeport-endpoints-check', NFT_RULES.nodePortEndpointsCheck, np);
  }
  steps?.push({ chain: base, rule: NFT_RULES.serviceEndpointsJump, matched: true, jump: 'service-endpoints-check' });
  const ne = idx.noEndpointServices.get(dst)?.get(portIndex(pkt.proto, out.dport));
  vmapStep(w, 'service-endpoints-check', NFT_RULES.serviceEndpointsCheck, ne);
  if (ne) return noEndpoints(w, 'service-endpoints-check', NFT_RULES.serviceEndpointsCheck, ne);
  if (!input) {
    steps?.push({ chain: base, rule: NFT_RULES.clusterIPsJump, matched: true, jump: 'cluster-ips-check' });
    const known = rs.clusterIPs.has(dst);
    steps?.push({ chain: 'cluster-ips-check', rule: NFT_RULES.clusterIPsReject, matched: known });
    if (known) return decide(w, 'reject', 'port-not-exposed', 'cluster-ips-check', NFT_RULES.clusterIPsReject);
    const unallocated = inRange(rs.serviceCIDR, ipToInt(dst));
    if (steps) steps.push({ chain: 'cluster-ips-check', rule: unallocatedDropRule(rs.serviceCIDR), matched: unallocated });
    if (unallocated) return decide(w, 'drop', 'cluster-ip-unallocated', 'cluster-ips-check', unallocatedDropRule(rs.serviceCIDR));
  }

  // postrouting: masquerading SNATs what a rule marked.
  if (w.mark) steps?.push({ chain: 'masquerading', rule: NFT_RULES.masquerade, matched: true });
  out.masquerade = w.mark;
  return out;
}

function vmapStep(w: Walk, chain: string, rule: string, e: NftElement | undefined): void {
  if (!w.steps) return;
  w.steps.push(e
    ? { chain, rule, matched: true, element: elementText(e), ...(e.verdict !== 'drop' ? { jump: e.verdict.goto } : {}) }
    : { chain, rule, matched: false });
}

function decide(w: Walk, verdict: 'reject' | 'drop', cause: NftCause, chain: string, rule: string, element?: string): NftTrace {
  w.out.verdict = verdict;
  w.out.cause = cause;
  w.out.decidedBy = { chain, rule, ...(element !== undefined ? { element } : {}) };
  return w.out;
}

function noEndpoints(w: Walk, chain: string, rule: string, e: NftElement): NftTrace {
  const element = elementText(e);
  if (e.verdict === 'drop') return decide(w, 'drop', 'no-local-endpoints', chain, rule, element);
  w.steps?.push({ chain: e.verdict.goto, rule: NFT_RULES.reject, matched: true });
  return decide(w, 'reject', 'no-endpoints', chain, rule, element);
}

/** A matched rule's step: `jump` only when it matched. */
function ruleStep(w: Walk, chain: string, r: NftRule, matched: boolean, jump?: string, extra?: Partial<NftStep>): void {
  w.steps!.push({ chain, rule: ruleText(r), matched, ...(matched && jump !== undefined ? { jump } : {}), ...extra });
}

/** One regular chain; returns true when a rule ended the walk (DNAT), false when the packet fell off its end. */
function walk(w: Walk, name: string, depth: number): boolean {
  const c = w.rs.chains.get(name);
  if (!c || depth > 8) return false;
  const { pkt, ctx, out, steps } = w;
  if (steps && !name.startsWith('endpoint-')) out.serviceChains.push(name);
  for (const r of c.rules) {
    switch (r.k) {
      case 'masq-off-cluster': {
        const hit = pkt.dst === r.vip && pkt.proto === r.proto && pkt.dport === r.port && (r.podCIDR === undefined || !inRange(r.podCIDR, w.src));
        if (steps) ruleStep(w, name, r, hit, 'mark-for-masquerade');
        if (hit) w.mark = true;
        break;
      }
      case 'affinity': {
        const seen = ctx.affinity[r.set]?.[pkt.src];
        const timeout = w.rs.affinitySets.get(r.set)?.timeoutSeconds ?? 0;
        const hit = seen !== undefined && ctx.now - seen <= timeout;
        if (steps) ruleStep(w, name, r, hit, r.target, { affinity: { set: r.set, hit } });
        if (hit) { out.choice = 'affinity'; return walk(w, r.target, depth + 1); }
        break;
      }
      case 'numgen': {
        const mod = r.targets.length;
        const value = Math.floor((nextU32(ctx.rng) * mod) / TWO32);
        const target = r.targets[value]!;
        if (steps) ruleStep(w, name, r, true, target, { numgen: { mod, value } });
        out.choice ??= 'random';
        if (steps) out.numgen = { mod, value };
        return walk(w, target, depth + 1);
      }
      case 'hairpin': {
        const hit = pkt.src === r.ip;
        if (steps) ruleStep(w, name, r, hit, 'mark-for-masquerade');
        if (hit) w.mark = true;
        break;
      }
      case 'update':
        (ctx.affinity[r.set] ??= {})[pkt.src] = ctx.now;
        if (steps) ruleStep(w, name, r, true);
        break;
      case 'dnat':
        if (steps) ruleStep(w, name, r, true);
        out.verdict = 'dnat';
        out.dst = r.ip;
        out.dport = r.port;
        out.endpointChain = name;
        return true;
      case 'masq':
        if (steps) ruleStep(w, name, r, true, 'mark-for-masquerade');
        w.mark = true;
        break;
      case 'goto':
        if (steps) ruleStep(w, name, r, true, r.target);
        return walk(w, r.target, depth + 1);
      case 'pod-short-circuit': {
        const hit = inRange(r.podCIDR, w.src);
        if (steps) ruleStep(w, name, r, hit, r.target);
        if (hit) return walk(w, r.target, depth + 1);
        break;
      }
      case 'local-masq': {
        const hit = ctx.localAddresses.includes(pkt.src);
        if (steps) ruleStep(w, name, r, hit, 'mark-for-masquerade');
        if (hit) w.mark = true;
        break;
      }
      case 'local-short-circuit': {
        const hit = ctx.localAddresses.includes(pkt.src);
        if (steps) ruleStep(w, name, r, hit, r.target);
        if (hit) return walk(w, r.target, depth + 1);
        break;
      }
      case 'source-ranges':
        break;
    }
  }
  return false;
}
