// A rule tracer: walks parsed iptables-save text for one packet as netfilter would for the first packet of a
// connection (conntrack state NEW) on one node: nat (PREROUTING or OUTPUT), the routing decision, filter
// (INPUT/FORWARD/OUTPUT), nat POSTROUTING. Modelled on kubernetes/kubernetes pkg/proxy/iptables/proxier_test.go
// runPacketFlowTests / tracePacket, with the kernel's own semantics for `-m statistic` (libxt_statistic.c:
// `(get_random_u32() & 0x7FFFFFFF) < probability`) and `-m recent` (xt_recent.c: per-name lists of source
// addresses with last-seen times).
import { nextU32, type RngState } from '../util/rng';
import { inCidr, ipToInt, parseCidr } from './addr';
import type { Chain, Match, Rule, Tables } from './parse';

export interface Packet {
  src: string;
  dst: string;
  proto: 'tcp' | 'udp' | 'sctp';
  dport: number;
}

/** xt_recent lists on one node: list name → source IP → last seen (simulated seconds). */
export type RecentLists = Record<string, Record<string, number>>;

export interface TraceContext {
  /** PREROUTING: the packet comes from a Pod or from outside; OUTPUT: a process on the node sent it. */
  hook: 'PREROUTING' | 'OUTPUT';
  /** The node's own addresses (`-m addrtype --dst-type LOCAL`; 127.0.0.0/8 is always local). */
  localAddresses: readonly string[];
  rng: RngState;
  /** Simulated clock in seconds, for `-m recent --seconds`. */
  now: number;
  /** Mutated: `--set` records the source, `--reap` forgets stale entries. */
  recent: RecentLists;
}

export interface TraceStep {
  table: 'nat' | 'filter';
  chain: string;
  index: number;
  line: string;
  matched: boolean;
  /** For `-m statistic`: the probability as printed, and the 31-bit draw compared against it. */
  probability?: string;
  draw?: number;
  /** For `-m recent --rcheck`: the list and whether the source was in it within --seconds. */
  recent?: { name: string; op: 'set' | 'rcheck'; hit: boolean; lastSeen?: number };
  /** The chain a matched rule jumped to (the walk entered it next); absent for built-in targets. */
  jump?: string;
}

/** The rule that settled the packet's fate: where it sits, its target, and the line as iptables-save prints it. */
export interface DecidingRule {
  table: 'nat' | 'filter';
  chain: string;
  index: number;
  target: 'DNAT' | 'REJECT' | 'DROP';
  line: string;
}

export interface RuleTrace {
  verdict: 'dnat' | 'reject' | 'drop' | 'accept';
  /** Where the packet goes after the nat table (DNAT target, or its original destination). */
  dst: string;
  dport: number;
  dnat: boolean;
  /** KUBE-MARK-MASQ set the mark and KUBE-POSTROUTING masqueraded (SNAT to the node's address). */
  masquerade: boolean;
  steps: TraceStep[];
  /** The KUBE-SVC/KUBE-SVL/KUBE-EXT chains entered, and the KUBE-SEP chain that DNATed. */
  serviceChains: string[];
  sepChain?: string;
  /** The rule that decided: the DNAT, REJECT or DROP. */
  decidedBy?: DecidingRule;
  /** How the endpoint was chosen: 'affinity' (-m recent hit), 'random' (-m statistic), 'last' (the unconditional rule). */
  choice?: 'affinity' | 'random' | 'last';
  /** nat hook then filter chain that handled the packet. */
  filterChain: 'INPUT' | 'FORWARD' | 'OUTPUT';
}

// Chains with one rule per Service: we record only the rule that matched, not every miss.
const BIG = new Set(['KUBE-SERVICES', 'KUBE-NODEPORTS', 'KUBE-EXTERNAL-SERVICES', 'KUBE-PROXY-FIREWALL']);
const LOOPBACK = parseCidr('127.0.0.0/8')!;

interface State {
  pkt: { src: number; srcText: string; dst: number; dstText: string; proto: string; dport: number };
  mark: number;
  dnat: boolean;
  ctx: TraceContext;
  steps: TraceStep[];
  serviceChains: string[];
  sepChain?: string;
  choice?: 'affinity' | 'random' | 'last';
  pendingChoice?: 'affinity' | 'random' | 'last';
  decidedBy?: DecidingRule;
  /** KUBE-POSTROUTING reached its MASQUERADE rule (it clears the mark with --set-xmark first). */
  masquerade: boolean;
  local: Set<number>;
}

type Verdict = 'continue' | 'accept' | 'drop' | 'reject' | 'return';

function isLocal(st: State, ip: number): boolean {
  return inCidr(LOOPBACK, ip) || st.local.has(ip);
}

function matchOne(st: State, m: Match, step: TraceStep): boolean {
  switch (m.m) {
    case 'comment': case 'nfacct': return true;
    case 'proto': return st.pkt.proto === m.proto && (m.dport === undefined || m.dport === st.pkt.dport);
    case 'statistic': {
      const draw = nextU32(st.ctx.rng) & 0x7fffffff;
      step.probability = m.text;
      step.draw = draw;
      return draw < m.fixed;
    }
    case 'recent': {
      const list = (st.ctx.recent[m.name] ??= {});
      if (m.op === 'set') {
        list[st.pkt.srcText] = st.ctx.now;
        step.recent = { name: m.name, op: 'set', hit: true };
        return true;
      }
      const seen = list[st.pkt.srcText];
      const fresh = seen !== undefined && (m.seconds === undefined || st.ctx.now - seen <= m.seconds);
      if (m.reap && m.seconds !== undefined) {
        for (const [ip, t] of Object.entries(list)) if (st.ctx.now - t > m.seconds) delete list[ip];
      }
      step.recent = { name: m.name, op: 'rcheck', hit: fresh, ...(seen !== undefined ? { lastSeen: seen } : {}) };
      return fresh;
    }
    case 'addrtype': {
      const ip = m.which === 'dst' ? st.pkt.dst : st.pkt.src;
      const hit = m.type === 'LOCAL' ? isLocal(st, ip) : false;
      return hit !== m.neg;
    }
    case 'conntrack': {
      const states = st.dnat ? ['NEW', 'DNAT'] : ['NEW'];
      const hit = m.states.some((s) => states.includes(s));
      return hit !== m.neg;
    }
    case 'mark': return ((st.mark & m.mask) === m.value) !== m.neg;
    default: return false;
  }
}

function ruleMatches(st: State, rule: Rule, step: TraceStep): boolean {
  if (rule.src && inCidr(rule.src.cidr, st.pkt.src) === rule.src.neg) return false;
  if (rule.dst && inCidr(rule.dst.cidr, st.pkt.dst) === rule.dst.neg) return false;
  if (rule.proto && rule.proto !== st.pkt.proto) return false;
  for (const m of rule.matches) if (!matchOne(st, m, step)) return false;
  return true;
}

const decision = (table: 'nat' | 'filter', rule: Rule, target: DecidingRule['target']): DecidingRule =>
  ({ table, chain: rule.chain, index: rule.index, target, line: rule.line });

function walk(st: State, table: 'nat' | 'filter', chains: Map<string, Chain>, name: string, depth: number): Verdict {
  const chain = chains.get(name);
  if (!chain || depth > 32) return 'continue';
  const big = BIG.has(name);
  if (name.startsWith('KUBE-SVC-') || name.startsWith('KUBE-SVL-') || name.startsWith('KUBE-EXT-') || name.startsWith('KUBE-FW-')) st.serviceChains.push(name);
  for (const rule of chain.rules) {
    const step: TraceStep = { table, chain: name, index: rule.index, line: rule.line, matched: false };
    const hit = ruleMatches(st, rule, step);
    step.matched = hit;
    if (hit || !big) st.steps.push(step);
    if (!hit) continue;
    const t = rule.target;
    if (t === undefined) continue;
    switch (t) {
      case 'ACCEPT': return 'accept';
      case 'DROP': case 'REJECT': st.decidedBy = decision(table, rule, t); return t === 'DROP' ? 'drop' : 'reject';
      case 'RETURN': return 'return';
      case 'MARK': if (rule.setXmark) st.mark = ((st.mark & ~rule.setXmark.mask) ^ rule.setXmark.value) >>> 0; break;
      case 'MASQUERADE': st.masquerade = true; return 'accept';
      case 'DNAT': {
        const to = rule.toDestination ?? '';
        const colon = to.lastIndexOf(':');
        st.pkt.dstText = colon < 0 ? to : to.slice(0, colon);
        st.pkt.dst = ipToInt(st.pkt.dstText);
        if (colon >= 0) st.pkt.dport = Number(to.slice(colon + 1));
        st.dnat = true;
        st.sepChain = name;
        st.choice = st.pendingChoice;
        st.decidedBy = decision(table, rule, 'DNAT');
        return 'accept';
      }
      default: {
        if (name.startsWith('KUBE-SVC-') || name.startsWith('KUBE-SVL-')) {
          const kinds = rule.matches.map((m) => m.m);
          st.pendingChoice = kinds.includes('recent') ? 'affinity' : kinds.includes('statistic') ? 'random' : 'last';
        }
        step.jump = t;
        const v = walk(st, table, chains, t, depth + 1);
        if (v === 'return' || v === 'continue') continue;
        return v;
      }
    }
  }
  return 'continue';
}

/**
 * Trace the first packet of a connection through one node's rules.
 *
 * @example
 * traceRules(parseIptablesSave(iptablesSave(cluster, { node: 'node-2' })),
 *   { src: '10.244.2.9', dst: '10.96.100.50', proto: 'tcp', dport: 80 },
 *   { hook: 'PREROUTING', localAddresses: ['172.18.0.3'], rng: seedRng(1), now: 0, recent: {} })
 * // { verdict: 'dnat', dst: '10.244.1.7', dport: 80, sepChain: 'KUBE-SEP-CKIG65BEMIGS6ORT', choice: 'random', … }
 */
export function traceRules(tables: Tables, packet: Packet, ctx: TraceContext): RuleTrace {
  const st: State = {
    pkt: { src: ipToInt(packet.src), srcText: packet.src, dst: ipToInt(packet.dst), dstText: packet.dst, proto: packet.proto, dport: packet.dport },
    mark: 0, dnat: false, masquerade: false, ctx, steps: [], serviceChains: [],
    local: new Set(ctx.localAddresses.map(ipToInt)),
  };
  const nat = tables.get('nat') ?? new Map<string, Chain>();
  const filter = tables.get('filter') ?? new Map<string, Chain>();
  walk(st, 'nat', nat, ctx.hook, 0);
  const filterChain = ctx.hook === 'OUTPUT' ? 'OUTPUT' : isLocal(st, st.pkt.dst) ? 'INPUT' : 'FORWARD';
  const fv = walk(st, 'filter', filter, filterChain, 0);
  const base = {
    dst: st.pkt.dstText, dport: st.pkt.dport, dnat: st.dnat, steps: st.steps, serviceChains: st.serviceChains, filterChain,
    ...(st.sepChain ? { sepChain: st.sepChain } : {}), ...(st.choice ? { choice: st.choice } : {}), ...(st.decidedBy ? { decidedBy: st.decidedBy } : {}),
  } as const;
  if (fv === 'drop' || fv === 'reject') return { ...base, verdict: fv, masquerade: false };
  walk(st, 'nat', nat, 'POSTROUTING', 0);
  return { ...base, verdict: st.dnat ? 'dnat' : 'accept', masquerade: st.masquerade };
}
