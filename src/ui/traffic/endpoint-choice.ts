// How kube-proxy's rules chose the endpoint of a DNAT, as numbers a learner can follow. iptables mode: the Service
// chain has one rule per endpoint, rule i of n matching with probability 1/(n−i+1) of what the rules before it
// left (kube-proxy pkg/proxy/iptables/proxier.go, syncProxyRules: `"--probability",
// proxier.probability(numEndpoints-i)`; the last rule has no condition), so every endpoint gets 1/n overall.
// nftables mode: one `numgen random mod n` lookup in a verdict map picks each endpoint with 1/n directly.
// Everything here comes from the hop's walked rules (structured steps), never from printed rule text.
import type { Hop, TraceStep } from '../../core';

/** One endpoint rule of an iptables Service chain, in order. */
export interface ChainRow {
  /** 1-based position among the chain's endpoint rules. */
  position: number;
  /**
   * This rule matches 1/k of the connections that reach it (k = n − position + 1; the last rule: k = 1, no
   * condition), and k/n of all new connections reach it: each rule takes 1/n of all.
   */
  k: number;
  /** The probability as iptables-save prints it, for the rules the packet was tested against. */
  printed?: string;
  /** This connection was taken by this rule. */
  taken: boolean;
}

export type EndpointChoice =
  | { mode: 'iptables'; svcChain: string; n: number; rows: ChainRow[]; taken: number }
  | { mode: 'nftables'; mod: number; value: number };

/** A DNAT hop's choice of endpoint, when chance made it (not sessionAffinity, not a single endpoint). */
export function endpointChoice(hop: Hop): EndpointChoice | undefined {
  if (hop.kind !== 'dnat') return undefined;
  const d = hop.detail;
  if (d.choice === 'affinity') return undefined;
  if (d.numgen) return d.numgen.mod > 1 ? { mode: 'nftables', mod: d.numgen.mod, value: d.numgen.value } : undefined;
  const taken = (d.rules ?? []).find((s) => s.matched && s.jump !== undefined && s.jump === d.sepChain);
  if (!taken) return undefined;
  // The chain's endpoint rules the packet was tested against: the random ones it missed, then the one it took.
  // sessionAffinity's `-m recent --rcheck` rules and the masquerade rule are not endpoint choices.
  const walked = (d.rules ?? []).filter((s) => s.chain === taken.chain && s.recent === undefined && (s.probability !== undefined || s === taken));
  const index = walked.indexOf(taken);
  const n = endpointCount(index, taken);
  if (n < 2) return undefined;
  const rows: ChainRow[] = Array.from({ length: n }, (_, i) => {
    const printed = walked[i]?.probability;
    return { position: i + 1, k: n - i, taken: i === index, ...(printed !== undefined ? { printed } : {}) };
  });
  return { mode: 'iptables', svcChain: taken.chain, n, rows, taken: index + 1 };
}

/**
 * How many endpoint rules the chain has: the taken rule is rule index+1 and matches with 1/(n − index), so
 * n = index + 1/p; the last rule (no probability) is rule n.
 */
function endpointCount(index: number, taken: TraceStep): number {
  if (taken.probability === undefined) return index + 1;
  const p = Number(taken.probability);
  return p > 0 ? index + Math.round(1 / p) : index + 1;
}

/** `2/3` for 2 of 3, reduced; `1` for the whole. */
export function fraction(num: number, den: number): string {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const g = gcd(num, den);
  return num === den ? '1' : `${num / g}/${den / g}`;
}
