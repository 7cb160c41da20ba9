// The name the one-line hint suggests looking up: a Service in the client's namespace (a ClusterIP one first, the
// article's first question), or null when there is none to suggest.
import type { Cluster } from '../../core';

export function shellHintName(cluster: Cluster, client: string): string | null {
  const ns = client.includes('/') ? client.slice(0, client.indexOf('/')) : 'default';
  const mine = cluster.services.filter((s) => s.namespace === ns && s.name !== 'kubernetes');
  return (mine.find((s) => !s.headless && s.clusterIP) ?? mine[0])?.name ?? null;
}
