// The iptables rules a hop's kernel walked, as the core's tracer recorded them (TraceStep: chain, line, matched,
// the probability drawn, the chain jumped to). IPVS-mode hops carry none.
import type { Hop, TraceStep } from '../../core';

/** The rules walked for this hop: the node's rules for the packet, or the client node's for a DNS query. */
export function rulesWalked(hop: Hop): readonly TraceStep[] {
  switch (hop.kind) {
    case 'dns-query': return 'dnat' in hop.detail ? hop.detail.dnat.rules : hop.detail.rules;
    case 'forward': return hop.detail.rules;
    case 'dnat': case 'ipvs': case 'reject': return hop.detail.rules ?? [];
    case 'reset': case 'timeout': return 'rules' in hop.detail ? hop.detail.rules ?? [] : [];
    default: return [];
  }
}
