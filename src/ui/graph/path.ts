// Where the packet goes during a hop, on the picture: the elements it passes, in order, and the Service whose
// rules act on it. A Service is never on the path (a virtual IP is an address the rules rewrite, not a place);
// it lights up beside the path as the object kube-proxy wrote those rules from.
import type { Hop } from './contracts';
import { rulesId } from './ids';

/**
 * The elements a hop's packet passes: its two ends and, between them, the client node's rules where a DNS query
 * addressed to the kube-dns VIP is DNATed to a CoreDNS Pod, and where conntrack gives the answer the VIP back
 * as its source on its way to the client.
 * @example hopPath(dnsQuery, 0, hops) // ['pod:default/test', 'node-rules:node-2', 'coredns:kube-system/coredns-…']
 */
export function hopPath(hop: Hop, index: number, hops: readonly Hop[]): string[] {
  if (hop.kind === 'dns-query' && 'dnat' in hop.detail && hop.detail.node) return [hop.from, rulesId(hop.detail.node), hop.to];
  if (hop.kind === 'dns-answer' && 'records' in hop.detail) {
    const query = hops[index - 1];
    if (query?.kind === 'dns-query' && query.detail.node) return [hop.from, rulesId(query.detail.node), hop.to];
  }
  return [hop.from, hop.to];
}

const isService = (id: string | undefined): id is string => id !== undefined && id.startsWith('svc:');

/**
 * The Service whose rules act on the packet in this hop: the kube-dns Service for a DNS query, the Service that
 * owns the address a connection was opened to for the connect and for what the rules did with it next.
 * @example ruleSource(dnatHop, 3, hops) // 'svc:default/web-service'
 */
export function ruleSource(hop: Hop, index: number, hops: readonly Hop[]): string | undefined {
  switch (hop.kind) {
    case 'dns-query': return hop.detail.service;
    case 'connect': return isService(hop.detail.addressOwner) ? hop.detail.addressOwner : undefined;
    case 'dnat': case 'ipvs': case 'reject': case 'timeout': case 'forward': {
      // What the rules did with the packet the hop before brought them.
      const before = hops[index - 1];
      return before && (before.kind === 'connect' || before.kind === 'forward' || before.kind === 'dns-query') ? ruleSource(before, index - 1, hops) : undefined;
    }
    default: return undefined;
  }
}
