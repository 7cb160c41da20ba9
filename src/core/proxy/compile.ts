// The same rules as the tracer walks, precompiled for sendRequests' fast path: one lookup per packet instead of
// a walk over KUBE-SERVICES. Compiled from the parsed iptables-save text (not from the model), so it cannot
// disagree with the text; compile.test.ts checks it picks exactly what traceRules picks for the same draws.
// It covers a Pod sending to a Service VIP (nat PREROUTING, filter FORWARD); anything else goes to the tracer.
import { nextU32, type RngState } from '../util/rng';
import type { Rule, Tables } from './parse';
import type { DecidingRule, RecentLists } from './trace';

export interface CompiledEndpoint {
  sepChain: string;
  ip: string;
  port: number;
  /** `-m recent --set --name …` in the SEP chain (ClientIP affinity). */
  setRecent?: string;
  /** `-s <ip> -j KUBE-MARK-MASQ`: hairpin traffic from the endpoint to itself is masqueraded. */
  hairpinIp: number;
}

export interface CompiledService {
  kind: 'svc';
  chain: string;
  /** `-m recent --rcheck` rules, in order. */
  affinity: Array<{ list: string; seconds: number | undefined; reap: boolean; ep: number }>;
  /** Dispatch rules in order: 31-bit threshold (undefined: unconditional) → endpoint. */
  dispatch: Array<{ fixed: number | undefined; ep: number }>;
  endpoints: CompiledEndpoint[];
}

/** 'trace': rules exist for this destination but are not in the compiled shape; walk them with the tracer. */
export type CompiledTarget = CompiledService | { kind: 'reject' | 'drop'; rule: DecidingRule } | { kind: 'trace' };

export interface CompiledRules {
  /** dst IP → (dport × 4 + protocol index) → target; nested so a lookup allocates nothing. */
  targets: Map<string, Map<number, CompiledTarget>>;
}

const PROTO_INDEX: Record<string, number> = { tcp: 0, udp: 1, sctp: 2 };
const portKey = (proto: string, port: number): number => port * 4 + (PROTO_INDEX[proto] ?? 3);

function has(t: CompiledRules['targets'], ip: string, proto: string, port: number): boolean {
  return t.get(ip)?.has(portKey(proto, port)) === true;
}
function put(t: CompiledRules['targets'], ip: string, proto: string, port: number, v: CompiledTarget): void {
  let m = t.get(ip);
  if (!m) { m = new Map(); t.set(ip, m); }
  m.set(portKey(proto, port), v);
}

/** A host match `-d a.b.c.d/32 -p p -m p --dport n` with no other matches except a comment. */
function vipMatch(rule: Rule): { ip: string; proto: string; port: number } | undefined {
  if (!rule.dst || rule.dst.neg || !rule.dst.text.endsWith('/32') || rule.src || !rule.proto) return undefined;
  let port: number | undefined;
  for (const m of rule.matches) {
    if (m.m === 'comment') continue;
    if (m.m === 'proto' && m.proto === rule.proto && m.dport !== undefined && m.sport === undefined) { port = m.dport; continue; }
    return undefined;
  }
  return port === undefined ? undefined : { ip: rule.dst.text.slice(0, -3), proto: rule.proto, port };
}

function compileService(tables: Tables, chainName: string, podCidrOk: (rule: Rule) => boolean): CompiledService | undefined {
  const nat = tables.get('nat')!;
  const chain = nat.get(chainName);
  if (!chain) return undefined;
  const svc: CompiledService = { kind: 'svc', chain: chainName, affinity: [], dispatch: [], endpoints: [] };
  const epIndex = new Map<string, number>();
  const endpointFor = (sep: string): number | undefined => {
    const known = epIndex.get(sep);
    if (known !== undefined) return known;
    const sc = nat.get(sep);
    if (!sc || sc.rules.length !== 2) return undefined;
    const [masq, dnat] = sc.rules as [Rule, Rule];
    if (masq.target !== 'KUBE-MARK-MASQ' || !masq.src || dnat.target !== 'DNAT' || !dnat.toDestination) return undefined;
    let setRecent: string | undefined;
    for (const m of dnat.matches) {
      if (m.m === 'recent' && m.op === 'set') setRecent = m.name;
      else if (m.m !== 'comment' && m.m !== 'proto') return undefined;
    }
    const to = dnat.toDestination;
    const colon = to.lastIndexOf(':');
    const ep: CompiledEndpoint = { sepChain: sep, ip: to.slice(0, colon), port: Number(to.slice(colon + 1)), hairpinIp: masq.src.cidr.base, ...(setRecent ? { setRecent } : {}) };
    svc.endpoints.push(ep);
    epIndex.set(sep, svc.endpoints.length - 1);
    return svc.endpoints.length - 1;
  };
  for (const rule of chain.rules) {
    if (rule.target === 'KUBE-MARK-MASQ') {
      // `! -s <pod CIDR> … -j KUBE-MARK-MASQ`: a mark only, for sources outside the pod CIDR.
      if (!podCidrOk(rule)) return undefined;
      continue;
    }
    if (!rule.target || !rule.target.startsWith('KUBE-SEP-') || rule.src || rule.dst || rule.proto) return undefined;
    const ep = endpointFor(rule.target);
    if (ep === undefined) return undefined;
    const kinds = rule.matches.filter((m) => m.m !== 'comment');
    if (kinds.length === 0) svc.dispatch.push({ fixed: undefined, ep });
    else if (kinds.length === 1 && kinds[0]!.m === 'statistic') svc.dispatch.push({ fixed: kinds[0]!.fixed, ep });
    else if (kinds.length === 1 && kinds[0]!.m === 'recent' && kinds[0]!.op === 'rcheck') {
      if (svc.dispatch.length > 0) return undefined;
      svc.affinity.push({ list: kinds[0]!.name, seconds: kinds[0]!.seconds, reap: kinds[0]!.reap, ep });
    } else return undefined;
  }
  return svc;
}

/**
 * Compile one node's parsed rules for packets from a Pod (source inside `podCIDR`) to a Service VIP.
 * Entries the compiler does not fully understand are left out; callers then use the tracer.
 */
export function compileRules(tables: Tables, podCIDR: string): CompiledRules {
  const targets: CompiledRules['targets'] = new Map();
  const nat = tables.get('nat');
  const filter = tables.get('filter');
  const podOnly = (rule: Rule): boolean => rule.src !== undefined && rule.src.neg && rule.src.text === podCIDR;
  // filter KUBE-SERVICES (reached from FORWARD for Pod traffic): REJECT / DROP for VIPs without endpoints.
  for (const rule of filter?.get('KUBE-SERVICES')?.rules ?? []) {
    const v = vipMatch(rule);
    const target = rule.target;
    if (!v || (target !== 'REJECT' && target !== 'DROP')) continue;
    const decided: DecidingRule = { table: 'filter', chain: 'KUBE-SERVICES', index: rule.index, target, line: rule.line };
    if (!has(targets, v.ip, v.proto, v.port)) put(targets, v.ip, v.proto, v.port, { kind: target === 'REJECT' ? 'reject' : 'drop', rule: decided });
  }
  for (const rule of nat?.get('KUBE-SERVICES')?.rules ?? []) {
    const v = vipMatch(rule);
    if (!v || !rule.target) continue;
    if (has(targets, v.ip, v.proto, v.port)) continue;
    if (!rule.target.startsWith('KUBE-SVC-') && !rule.target.startsWith('KUBE-SVL-')) { put(targets, v.ip, v.proto, v.port, { kind: 'trace' }); continue; }
    put(targets, v.ip, v.proto, v.port, compileService(tables, rule.target, podOnly) ?? { kind: 'trace' });
  }
  return { targets };
}

export function lookupCompiled(c: CompiledRules, dst: string, proto: string, dport: number): CompiledTarget | undefined {
  return c.targets.get(dst)?.get(portKey(proto, dport));
}

/** Choose an endpoint as the compiled chain does: affinity lists, then the draws. Mutates `recent` and `rng`. */
export function pickCompiled(svc: CompiledService, src: string, rng: RngState, now: number, recent: RecentLists): { ep: number; choice: 'affinity' | 'random' | 'last' } {
  let ep = -1;
  let choice: 'affinity' | 'random' | 'last' = 'last';
  for (const a of svc.affinity) {
    const list = (recent[a.list] ??= {});
    const seen = list[src];
    const fresh = seen !== undefined && (a.seconds === undefined || now - seen <= a.seconds);
    if (a.reap && a.seconds !== undefined) {
      for (const [ip, t] of Object.entries(list)) if (now - t > a.seconds) delete list[ip];
    }
    if (fresh) { ep = a.ep; choice = 'affinity'; break; }
  }
  if (ep < 0) {
    for (const d of svc.dispatch) {
      if (d.fixed === undefined) { ep = d.ep; choice = 'last'; break; }
      if ((nextU32(rng) & 0x7fffffff) < d.fixed) { ep = d.ep; choice = 'random'; break; }
    }
  }
  const e = svc.endpoints[ep];
  if (e?.setRecent) (recent[e.setRecent] ??= {})[src] = now;
  return { ep, choice };
}

/** Whether the SEP's hairpin rule marks this source for masquerade (the client is the endpoint itself). */
export const isHairpin = (e: CompiledEndpoint, src: number): boolean => e.hairpinIp === src;
