// What the packet says on the picture during a hop: the address it carries, read from the core's Hop.detail
// (src/core/traffic/send.ts). Addresses print as themselves; words go through i18n keys under graph.packet.
import type { Hop } from './contracts';

export interface PacketText {
  /** i18n key under graph.packet, or undefined to show `text` verbatim. */
  key?: string;
  values?: Record<string, string>;
  text?: string;
  /** DNAT: the destination before rewriting, shown struck through next to the new one. */
  was?: string;
}

const hostPort = (host: string, port: number): string => `${host}:${port}`;
const list = (ips: readonly string[]): string => (ips.length > 3 ? `${ips.slice(0, 3).join(', ')} +${ips.length - 3}` : ips.join(', '));

/**
 * @param progress below 0.5: before the rewrite (PacketLayer passes its phase: a DNS query's turns at the rules).
 * @param previous the hop before this one: a DNAT hop shows the destination the connect hop carried.
 * @example packetText(dnatHop, 1, connectHop) // connect to 10.96.100.50:80, DNAT to 10.244.3.6:80
 *   // { text: '10.244.3.6:80', was: '10.96.100.50:80' }
 */
export function packetText(hop: Hop, progress: number, previous?: Hop): PacketText {
  switch (hop.kind) {
    case 'dns-query': {
      // Addressed to the kube-dns VIP; past the client node's rules, to the CoreDNS Pod they DNATed it to.
      const d = hop.detail;
      const name = d.queries[0]?.name ?? '';
      if (progress < 0.5 || !('dnat' in d)) return { key: 'dnsQuery', values: { name, dst: d.server } };
      return { key: 'dnsQuery', values: { name, dst: d.dnat.endpoint }, ...(d.dnat.endpoint !== d.server ? { was: d.server } : {}) };
    }
    case 'dns-answer': {
      const d = hop.detail;
      if (d.rcode !== 'NOERROR') return { text: d.rcode };
      const ips = 'addresses' in d ? d.addresses : [];
      return ips.length > 0 ? { key: 'dnsAnswer', values: { answer: list(ips) } } : { text: d.rcode };
    }
    case 'dns-cache-hit':
      return { key: 'dnsCache', values: { answer: list(hop.detail.addresses) } };
    case 'client-pick':
      return { key: 'pick', values: { ip: hop.detail.chosen } };
    case 'dnat':
    case 'ipvs': {
      const before = previous?.kind === 'connect' ? hostPort(previous.detail.dst, previous.detail.dport) : undefined;
      const after = hop.detail.endpoint;
      if (progress < 0.5) return { text: before ?? after };
      return { text: after, ...(before && before !== after ? { was: before } : {}) };
    }
    case 'conntrack-hit': {
      const reply = hop.detail.entry?.reply;
      return { key: 'conntrack', values: { dst: reply ? hostPort(reply.src, reply.sport) : '' } };
    }
    case 'reject':
      return { key: 'reject' };
    case 'reset':
      return { key: 'reset' };
    case 'timeout':
      return { key: 'timeout' };
    case 'leave-cluster': {
      const d = hop.detail;
      return d.reason === 'externalname-cname' ? { key: 'cname', values: { name: d.cname } } : { text: hostPort(d.dst, d.dport) };
    }
    case 'connect':
    case 'forward':
    case 'deliver':
      return { text: hostPort(hop.detail.dst, hop.detail.dport) };
  }
}
