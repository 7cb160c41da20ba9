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
import { ipKey, portKey, type NftElement, type NftRuleset } from './nftables-model';
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
  /** service-, local- and external- chains entered, in order. */
  serviceChains: string[];
  /** The endpoint chain that DNATed the packet. */
  endpointChain?: string;
  choice?: 'affinity' | 'random';
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

const cidrs = new Map<string, Cidr | undefined>();
function inRange(cidr: string, ip: number): boolean {
  let c = cidrs.get(cidr);
  if (c === undefined && !cidrs.has(cidr)) { c = parseCidr(cidr); cidrs.set(cidr, c); }
  return c !== undefined && inCidr(c, ip);
}

/** Walk the node's kube-proxy table for one packet from a Pod or from outside (the prerouting path). */
export function traceNftables(rs: NftRuleset, pkt: Packet, ctx: NftTraceContext): NftTrace {
  const steps: NftStep[] | undefined = ctx.record ? [] : undefined;
  const step = (s: NftStep): void => { steps?.push(s); };
  const src = ipToInt(pkt.src);
  const out: NftTrace = { verdict: 'accept', dst: pkt.dst, dport: pkt.dport, masquerade: false, serviceChains: [], ...(steps ? { steps } : {}) };
  let mark = false;
  const isLocal = (ip: string): boolean => ctx.localAddresses.includes(ip);

  // prerouting, filter-prerouting-pre-dnat → firewall-check (loadBalancerSourceRanges).
  step({ chain: 'filter-prerouting-pre-dnat', rule: NFT_RULES.firewallJump, matched: true, jump: 'firewall-check' });
  const fw = rs.firewallIPs.get(ipKey(pkt.dst, pkt.proto, pkt.dport));
  vmapStep('firewall-check', NFT_RULES.firewallCheck, fw);
  if (fw && fw.verdict !== 'drop') {
    for (const r of rs.chains.get(fw.verdict.goto)?.rules ?? []) {
      if (r.k !== 'source-ranges') continue;
      const blocked = !r.sources.some((c) => inRange(c, src));
      step({ chain: fw.verdict.goto, rule: ruleText(r), matched: blocked });
      if (blocked) return decide('drop', 'source-range', fw.verdict.goto, ruleText(r));
    }
  }

  // prerouting, nat-prerouting → services: service-ips, then node ports on this node's addresses.
  step({ chain: 'nat-prerouting', rule: NFT_RULES.servicesJump, matched: true, jump: 'services' });
  let el = rs.serviceIPs.get(ipKey(pkt.dst, pkt.proto, pkt.dport));
  vmapStep('services', NFT_RULES.serviceIPs, el);
  if (!el) {
    if (rs.nodePortIPs.includes(pkt.dst)) el = rs.serviceNodePorts.get(portKey(pkt.proto, pkt.dport));
    vmapStep('services', NFT_RULES.serviceNodePorts, el);
  }
  if (el && el.verdict !== 'drop') walk(el.verdict.goto, 0);

  // The routing decision: to one of the node's addresses (input) or on (forward).
  const dst = out.dst;
  const input = isLocal(dst);
  const base = input ? 'filter-input' : 'filter-forward';
  if (input) {
    step({ chain: base, rule: NFT_RULES.nodePortEndpointsJump, matched: true, jump: 'nodeport-endpoints-check' });
    const np = rs.nodePortIPs.includes(dst) ? rs.noEndpointNodePorts.get(portKey(pkt.proto, out.dport)) : undefined;
    vmapStep('nodeport-endpoints-check', NFT_RULES.nodePortEndpointsCheck, np);
    if (np) return noEndpoints('nodeport-endpoints-check', NFT_RULES.nodePortEndpointsCheck, np);
  }
  step({ chain: base, rule: NFT_RULES.serviceEndpointsJump, matched: true, jump: 'service-endpoints-check' });
  const ne = rs.noEndpointServices.get(ipKey(dst, pkt.proto, out.dport));
  vmapStep('service-endpoints-check', NFT_RULES.serviceEndpointsCheck, ne);
  if (ne) return noEndpoints('service-endpoints-check', NFT_RULES.serviceEndpointsCheck, ne);
  if (!input) {
    step({ chain: base, rule: NFT_RULES.clusterIPsJump, matched: true, jump: 'cluster-ips-check' });
    const known = rs.clusterIPs.has(dst);
    step({ chain: 'cluster-ips-check', rule: NFT_RULES.clusterIPsReject, matched: known });
    if (known) return decide('reject', 'port-not-exposed', 'cluster-ips-check', NFT_RULES.clusterIPsReject);
    const drop = unallocatedDropRule(rs.serviceCIDR);
    const unallocated = inRange(rs.serviceCIDR, ipToInt(dst));
    step({ chain: 'cluster-ips-check', rule: drop, matched: unallocated });
    if (unallocated) return decide('drop', 'cluster-ip-unallocated', 'cluster-ips-check', drop);
  }

  // postrouting: masquerading SNATs what a rule marked.
  if (mark) step({ chain: 'masquerading', rule: NFT_RULES.masquerade, matched: true });
  out.masquerade = mark;
  return out;

  function vmapStep(chain: string, rule: string, e: NftElement | undefined): void {
    if (!steps) return;
    steps.push(e
      ? { chain, rule, matched: true, element: elementText(e), ...(e.verdict !== 'drop' ? { jump: e.verdict.goto } : {}) }
      : { chain, rule, matched: false });
  }

  function decide(verdict: 'reject' | 'drop', cause: NftCause, chain: string, rule: string, element?: string): NftTrace {
    out.verdict = verdict;
    out.cause = cause;
    out.decidedBy = { chain, rule, ...(element !== undefined ? { element } : {}) };
    return out;
  }

  function noEndpoints(chain: string, rule: string, e: NftElement): NftTrace {
    const element = elementText(e);
    if (e.verdict === 'drop') return decide('drop', 'no-local-endpoints', chain, rule, element);
    step({ chain: e.verdict.goto, rule: NFT_RULES.reject, matched: true });
    return decide('reject', 'no-endpoints', chain, rule, element);
  }

  /** One regular chain; returns true when a rule ended the walk (DNAT), false when the packet fell off its end. */
  function walk(name: string, depth: number): boolean {
    const c = rs.chains.get(name);
    if (!c || depth > 8) return false;
    if (!name.startsWith('endpoint-')) out.serviceChains.push(name);
    for (const r of c.rules) {
      switch (r.k) {
        case 'masq-off-cluster': {
          const hit = pkt.dst === r.vip && pkt.proto === r.proto && pkt.dport === r.port && (r.podCIDR === undefined || !inRange(r.podCIDR, src));
          if (steps) step({ chain: name, rule: ruleText(r), matched: hit, ...(hit ? { jump: 'mark-for-masquerade' } : {}) });
          if (hit) mark = true;
          break;
        }
        case 'affinity': {
          const seen = ctx.affinity[r.set]?.[pkt.src];
          const timeout = rs.affinitySets.get(r.set)?.timeoutSeconds ?? 0;
          const hit = seen !== undefined && ctx.now - seen <= timeout;
          if (steps) step({ chain: name, rule: ruleText(r), matched: hit, affinity: { set: r.set, hit }, ...(hit ? { jump: r.target } : {}) });
          if (hit) { out.choice = 'affinity'; return walk(r.target, depth + 1); }
          break;
        }
        case 'numgen': {
          const mod = r.targets.length;
          const value = Math.floor((nextU32(ctx.rng) * mod) / TWO32);
          const target = r.targets[value]!;
          if (steps) step({ chain: name, rule: ruleText(r), matched: true, numgen: { mod, value }, jump: target });
          out.choice ??= 'random';
          out.numgen = { mod, value };
          return walk(target, depth + 1);
        }
        case 'hairpin': {
          const hit = pkt.src === r.ip;
          if (steps) step({ chain: name, rule: ruleText(r), matched: hit, ...(hit ? { jump: 'mark-for-masquerade' } : {}) });
          if (hit) mark = true;
          break;
        }
        case 'update':
          (ctx.affinity[r.set] ??= {})[pkt.src] = ctx.now;
          if (steps) step({ chain: name, rule: ruleText(r), matched: true });
          break;
        case 'dnat':
          if (steps) step({ chain: name, rule: ruleText(r), matched: true });
          out.verdict = 'dnat';
          out.dst = r.ip;
          out.dport = r.port;
          out.endpointChain = name;
          return true;
        case 'masq':
          if (steps) step({ chain: name, rule: ruleText(r), matched: true, jump: 'mark-for-masquerade' });
          mark = true;
          break;
        case 'goto':
          if (steps) step({ chain: name, rule: ruleText(r), matched: true, jump: r.target });
          return walk(r.target, depth + 1);
        case 'pod-short-circuit': {
          const hit = inRange(r.podCIDR, src);
          if (steps) step({ chain: name, rule: ruleText(r), matched: hit, ...(hit ? { jump: r.target } : {}) });
          if (hit) return walk(r.target, depth + 1);
          break;
        }
        case 'local-masq': {
          const hit = isLocal(pkt.src);
          if (steps) step({ chain: name, rule: ruleText(r), matched: hit, ...(hit ? { jump: 'mark-for-masquerade' } : {}) });
          if (hit) mark = true;
          break;
        }
        case 'local-short-circuit': {
          const hit = isLocal(pkt.src);
          if (steps) step({ chain: name, rule: ruleText(r), matched: hit, ...(hit ? { jump: r.target } : {}) });
          if (hit) return walk(r.target, depth + 1);
          break;
        }
        case 'source-ranges':
          break;
      }
    }
    return false;
  }
}
