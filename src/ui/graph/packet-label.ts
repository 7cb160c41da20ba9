// What the packet says on the picture during a hop. The core's Hop.detail carries structured data; this reads
// the few fields the picture needs and tolerates their absence (the caption panel shows the full detail).
import type { Hop } from './contracts';

export interface PacketText {
  /** i18n key under graph.packet, or undefined to show `text` verbatim (addresses print as themselves). */
  key?: string;
  values?: Record<string, string>;
  text?: string;
  /** DNAT: the destination before rewriting, shown struck through next to the new one. */
  was?: string;
}

const rec = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : typeof v === 'number' ? String(v) : undefined);

/** `ip:port` from the first field that looks like one: `{ip, port}` objects or strings. */
export function addr(v: unknown): string | undefined {
  if (typeof v === 'string') return v || undefined;
  const o = rec(v);
  const ip = str(o.ip) ?? str(o.address);
  const port = str(o.port);
  return ip ? (port ? `${ip}:${port}` : ip) : undefined;
}

function first(d: Record<string, unknown>, names: string[]): string | undefined {
  for (const n of names) { const a = addr(d[n]); if (a) return a; }
  return undefined;
}

export function packetText(hop: Hop, progress: number): PacketText {
  const d = rec(hop.detail);
  switch (hop.kind) {
    case 'dns-query':
      return { key: 'dnsQuery', values: { name: str(d.name) ?? str(d.qname) ?? str(d.query) ?? '' } };
    case 'dns-answer': {
      const answers = Array.isArray(d.answers) ? d.answers : Array.isArray(d.records) ? d.records : Array.isArray(d.ips) ? d.ips : [];
      const ips = answers.map((a) => addr(a) ?? str(rec(a).data) ?? str(rec(a).value)).filter(Boolean) as string[];
      return { text: ips.length > 2 ? `${ips.slice(0, 2).join(', ')} +${ips.length - 2}` : ips.join(', ') || hop.kind };
    }
    case 'dnat': {
      const before = first(d, ['before', 'original', 'vip', 'from', 'dst']);
      const after = first(d, ['after', 'endpoint', 'to', 'rewritten', 'pod']);
      if (progress < 0.5) return { text: before ?? after ?? 'DNAT' };
      return { text: after ?? before ?? 'DNAT', ...(before && after ? { was: before } : {}) };
    }
    case 'reject':
      return { key: 'reject' };
    case 'conntrack-hit':
      return { key: 'conntrack', values: { dst: first(d, ['endpoint', 'after', 'dst', 'to']) ?? '' } };
    default:
      return { text: first(d, ['dst', 'destination', 'endpoint', 'to', 'ip', 'pick', 'address']) ?? '' };
  }
}
