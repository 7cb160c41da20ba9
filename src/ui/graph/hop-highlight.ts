// What a hop lights up besides its own two ends: the owners of the addresses a DNS answer or a pick carries.
import type { Cluster } from '../../core';
import type { Hop } from './contracts';
import { podElementId, serviceElementId, visiblePod, visibleService } from './to-flow';

/** Element id by address: Pod IPs and Service VIPs of the drawn elements. */
export function elementsByIP(cluster: Cluster): Map<string, string> {
  const m = new Map<string, string>();
  for (const p of cluster.pods) if (p.ip && visiblePod(p)) m.set(p.ip, podElementId(p));
  for (const s of cluster.services) if (s.clusterIP && s.clusterIP !== 'None' && visibleService(s)) m.set(s.clusterIP, serviceElementId(s));
  return m;
}

/** The addresses a DNS answer or a cache hit carries, and the one a client picks. */
export function addressesOf(hop: Hop): readonly string[] {
  switch (hop.kind) {
    case 'dns-answer': return 'addresses' in hop.detail ? hop.detail.addresses : [];
    case 'dns-cache-hit': return hop.detail.addresses;
    case 'client-pick': return [hop.detail.chosen];
    default: return [];
  }
}
