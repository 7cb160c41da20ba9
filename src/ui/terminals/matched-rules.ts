// The rules the last request's packet matched on one node, located in the printed rules: the lines the rules tabs
// highlight. The core's trace names each rule it looked at (iptables: table, chain and index; nftables: chain, the rule
// as nft lists it and the map element a vmap found), so nothing here guesses from chain names. Only the request's own
// packet counts: the DNS query before it matched the kube-dns Service's rules, which are another Service's lines.
import type { Hop, RulesApplied, TraceStep, Trace } from '../../core';

type NftStep = NonNullable<RulesApplied['nftRules']>[number];

export interface MatchedRules {
  iptables: readonly TraceStep[];
  nft: readonly NftStep[];
}

const NONE: MatchedRules = { iptables: [], nft: [] };

/** The rules a request hop applied on its node (the packet's own hops, not the DNS query's). */
function hopRules(hop: Hop): { node: string; iptables: readonly TraceStep[]; nft: readonly NftStep[] } | null {
  switch (hop.kind) {
    case 'dnat': case 'ipvs': case 'reject':
      return { node: hop.detail.node, iptables: hop.detail.rules ?? [], nft: hop.detail.nftRules ?? [] };
    case 'reset': case 'timeout':
      return 'writtenBy' in hop.detail ? { node: hop.detail.node, iptables: hop.detail.rules ?? [], nft: hop.detail.nftRules ?? [] } : null;
    case 'forward':
      return { node: hop.detail.fromNode, iptables: hop.detail.rules, nft: [] };
    default:
      return null;
  }
}

/** The matched rules of the request's packet on `node`. */
export function matchedRules(trace: Trace | null, node: string): MatchedRules {
  if (!trace) return NONE;
  const iptables: TraceStep[] = [];
  const nft: NftStep[] = [];
  for (const hop of trace.hops) {
    const r = hopRules(hop);
    if (!r || r.node !== node) continue;
    for (const s of r.iptables) if (s.matched) iptables.push(s);
    for (const s of r.nft) if (s.matched) nft.push(s);
  }
  return iptables.length || nft.length ? { iptables, nft } : NONE;
}

/**
 * How a matched line is shown: `decisive` for the rules that chose the Service and the endpoint or settled the
 * packet's fate (the jump to the Service chain, the statistic rule or vmap element taken, the DNAT, a REJECT or DROP),
 * `matched` for the hooks' jumps on the way.
 */
export type MatchedLine = 'matched' | 'decisive';

const KUBE_SERVICE_CHAIN = /^KUBE-(SVC|SVL|EXT|FW|SEP)-/;
const iptablesDecisive = (s: TraceStep): boolean =>
  (s.jump !== undefined && KUBE_SERVICE_CHAIN.test(s.jump)) || / -j (DNAT|REJECT|DROP)\b/.test(s.line);
const nftDecisive = (s: NftStep): boolean =>
  s.element !== undefined || s.numgen !== undefined || /(^| )(dnat to|reject|drop)( |$)/.test(s.rule);

/** `iptables-save -t <table>` line numbers (0-based) of the matched rules of that table. */
export function iptablesMatchedLines(text: string, table: 'nat' | 'filter', steps: readonly TraceStep[]): Map<number, MatchedLine> {
  const wanted = new Map(steps.filter((s) => s.table === table).map((s) => [`${s.chain}#${s.index}`, iptablesDecisive(s)] as const));
  const out = new Map<number, MatchedLine>();
  if (!wanted.size) return out;
  const seen = new Map<string, number>();
  text.split('\n').forEach((line, i) => {
    const m = /^-A (\S+)/.exec(line);
    if (!m) return;
    const chain = m[1]!;
    const index = seen.get(chain) ?? 0;
    seen.set(chain, index + 1);
    const decisive = wanted.get(`${chain}#${index}`);
    if (decisive !== undefined) out.set(i, decisive ? 'decisive' : 'matched');
  });
  return out;
}

/**
 * Line numbers (0-based) of `nft list ruleset` text for the matched rules: each rule in its chain, and for a vmap
 * lookup the map element it found (in the map the rule names, `vmap @service-ips`).
 */
export function nftMatchedLines(text: string, steps: readonly NftStep[]): Map<number, MatchedLine> {
  const out = new Map<number, MatchedLine>();
  if (!steps.length) return out;
  const rules = new Map<string, Map<string, MatchedLine>>();
  const elements = new Map<string, Map<string, MatchedLine>>();
  const add = (m: Map<string, Map<string, MatchedLine>>, k: string, v: string, how: MatchedLine) => {
    let s = m.get(k);
    if (!s) { s = new Map(); m.set(k, s); }
    if (s.get(v) !== 'decisive') s.set(v, how);
  };
  for (const s of steps) {
    add(rules, s.chain, s.rule, nftDecisive(s) ? 'decisive' : 'matched');
    const map = /vmap @(\S+)/.exec(s.rule)?.[1];
    if (s.element !== undefined && map !== undefined) add(elements, map, s.element, 'decisive');
  }
  // The block a line sits in: a chain's rules, a map's elements, or something else (a set, the table's head).
  let chain: string | undefined;
  let map: string | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const open = /^\t(chain|map|set) (\S+) \{$/.exec(line);
    if (open) {
      chain = open[1] === 'chain' ? open[2] : undefined;
      map = open[1] === 'map' ? open[2] : undefined;
      continue;
    }
    const body = line.trim();
    const how = chain !== undefined
      ? rules.get(chain)?.get(body)
      : map !== undefined ? elements.get(map)?.get(body.replace(/^elements = \{ /, '').replace(/( \}|,)$/, '')) : undefined;
    if (how) out.set(i, how);
  }
  return out;
}

/** The node whose rules handled the request's packet first (the client's node, or the NodePort's). */
export function rulesNodeOf(trace: Trace | null): string | undefined {
  for (const hop of trace?.hops ?? []) {
    const r = hopRules(hop);
    if (r && (r.iptables.length || r.nft.length)) return r.node;
  }
  return undefined;
}

/**
 * The deciding rules of the request's packet, as the programs print them (iptables-save lines; nft rules and the
 * map element a vmap found), in the order the packet met them: what the two-mode view puts side by side.
 */
export function decidingRules(trace: Trace | null): string[] {
  const node = rulesNodeOf(trace);
  if (node === undefined) return [];
  const m = matchedRules(trace, node);
  const out: string[] = [];
  for (const s of m.iptables) if (iptablesDecisive(s)) out.push(s.line);
  for (const s of m.nft) {
    if (s.element !== undefined) out.push(`${s.rule}  →  ${s.element}`);
    else if (nftDecisive(s)) out.push(s.rule);
  }
  return out;
}
