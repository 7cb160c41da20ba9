// What the kernel tests (iptables and nftables) expect of real connections, stated once: the listeners that stand
// in for the Pods, and how even a spread over endpoints must be.
import type { Cluster } from '../model/types';
import { proxyServicePorts } from '../proxy/service-ports';

/** Chi-square statistic of observed counts against a uniform spread. */
export function chiSquare(counts: number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  const want = total / counts.length;
  return counts.reduce((a, c) => a + ((c - want) ** 2) / want, 0);
}

/** Critical values at p = 0.001 (df = k - 1): a correct kernel fails the check one run in a thousand. */
export const CHI2_999 = { 1: 10.83, 2: 13.82 } as const;

/** One TCP listener per endpoint address of the cluster's Services, answering with its Pod's name. */
export function listenersFor(cluster: Cluster): Array<{ ip: string; port: number; reply: string }> {
  const seen = new Map<string, { ip: string; port: number; reply: string }>();
  for (const sp of proxyServicePorts(cluster)) {
    if (sp.protocol !== 'tcp') continue;
    for (const ep of sp.endpoints) seen.set(ep.endpoint, { ip: ep.ip, port: ep.port, reply: ep.pod ?? ep.ip });
  }
  return [...seen.values()];
}
