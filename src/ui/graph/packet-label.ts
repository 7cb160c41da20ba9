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

const rec = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : typeof v === 'number' ? String(v) : undefined);
const hostPort = (host: unknown, port: unknown): string | undefined => {
  const h = str(host);
  return h ? (str(port) ? `${h}:${str(port)}` : h) : undefined;
};
const list = (ips: string[]): string => (ips.length > 3 ? `${ips.slice(0, 3).join(', ')} +${ips.length - 3}` : ips.join(', '));

/**
 * @param previous the hop before this one: a DNAT hop shows the destination the connect hop carried.
 * @example packetText({ kind: 'dnat', from: 'svc:default/web', to: 'node-rules:node-2', detail: { endpoint: '10.244.3.6:80' } }, 1,
 *   { kind: 'connect', from: 'pod:default/test', to: 'svc:default/web', detail: { dst: '10.96.100.50', dport: 80 } })
 *   // { text: '10.244.3.6:80', was: '10.96.100.50:80' }
 */
export function packetText(hop: Hop, progress: number, previous?: Hop): PacketText {
  const d = rec(hop.detail);
  switch (hop.kind) {
    case 'dns-query': {
      const q = Array.isArray(d.queries) ? rec(d.queries[0]) : {};
      return { key: 'dnsQuery', values: { name: str(q.name) ?? str(d.name) ?? '' } };
    }
    case 'dns-answer': {
      if (str(d.rcode) && d.rcode !== 'NOERROR') return { text: str(d.rcode)! };
      const ips = Array.isArray(d.addresses) ? d.addresses.map(str).filter((x): x is string => !!x) : [];
      return ips.length > 0 ? { key: 'dnsAnswer', values: { answer: list(ips) } } : { text: str(d.rcode) ?? '' };
    }
    case 'dns-cache-hit': {
      const ips = Array.isArray(d.addresses) ? d.addresses.map(str).filter((x): x is string => !!x) : [];
      return { key: 'dnsCache', values: { answer: list(ips) } };
    }
    case 'client-pick':
      return { key: 'pick', values: { ip: str(d.chosen) ?? '' } };
    case 'dnat':
    case 'ipvs': {
      const p = rec(previous?.detail);
      const before = previous?.kind === 'connect' ? hostPort(p.dst, p.dport) : undefined;
      const after = str(d.endpoint);
      if (progress < 0.5) return { text: before ?? after ?? '' };
      return { text: after ?? before ?? '', ...(before && after && before !== after ? { was: before } : {}) };
    }
    case 'conntrack-hit': {
      const reply = rec(rec(d.entry).reply);
      return { key: 'conntrack', values: { dst: hostPort(reply.src, reply.sport) ?? '' } };
    }
    case 'reject':
      return { key: 'reject' };
    case 'reset':
      return { key: 'reset' };
    case 'timeout':
      return { key: 'timeout' };
    case 'leave-cluster':
      return str(d.cname) ? { key: 'cname', values: { name: str(d.cname)! } } : { text: hostPort(d.dst, d.dport) ?? '' };
    default:
      return { text: hostPort(d.dst, d.dport) ?? '' };
  }
}
