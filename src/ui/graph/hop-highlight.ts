// What a hop lights up besides its own two ends: the owners of the addresses a DNS answer or a pick carries.
import type { Cluster } from '../../core/model/types';
import type { Hop } from './contracts';
import { podElementId, serviceElementId, visiblePod, visibleService } from './to-flow';

/** Element id by address: Pod IPs and Service VIPs of the drawn elements. */
export function elementsByIP(cluster: Cluster): Map<string, string> {
  const m = new Map<string, string>();
  for (const p of cluster.pods) if (p.ip && visiblePod(p)) m.set(p.ip, podElementId(p));
  for (const s of cluster.services) if (s.clusterIP && s.clusterIP !== 'None' && visibleService(s)) m.set(s.clusterIP, serviceElementId(s));
  return m;
}

/** The addresses a DNS answer, a cache hit or a client's pick carries (Hop.detail.addresses). */
export function addressesOf(hop: Hop): string[] {
  if (hop.kind !== 'dns-answer' && hop.kind !== 'dns-cache-hit' && hop.kind !== 'client-pick') return [];
  const a = (hop.detail as { addresses?: unknown }).addresses;
  return Array.isArray(a) ? a.filter((x): x is string => typeof x === 'string') : [];
}
