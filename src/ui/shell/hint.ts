// The name the one-line hint suggests looking up: a Service in the client's namespace (a ClusterIP one first, the
// article's first question), or null when there is none to suggest; and which programs to suggest, by the image.
import { findPod, imageTools, type Cluster } from '../../core';

/** Which of the hint's wordings fits the client's image: busybox's nslookup and wget, bind's dig and host, or curl. */
export type HintTools = 'busybox' | 'dnsutils' | 'curl' | 'none';

export function shellHintTools(cluster: Cluster, client: string): HintTools {
  const { programs } = imageTools({ pod: client, image: findPod(cluster, client)?.image ?? '' });
  return programs.dig ? 'dnsutils' : programs.wget ? 'busybox' : programs.curl ? 'curl' : 'none';
}

export function shellHintName(cluster: Cluster, client: string): string | null {
  const ns = client.includes('/') ? client.slice(0, client.indexOf('/')) : 'default';
  const mine = cluster.services.filter((s) => s.namespace === ns && s.name !== 'kubernetes');
  return (mine.find((s) => !s.headless && s.clusterIP) ?? mine[0])?.name ?? null;
}
