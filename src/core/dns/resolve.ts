// resolveDns: the public entry point. Without fromPod/fromNamespace the name is absolute (one
// question); with one, the Pod's resolv.conf applies as the C library applies it (search.ts).
import type { Cluster } from '../model/types';
import { fqdn } from './names';
import { resolveForApplication } from './search';
import { queryCoreDns } from './coredns';
import type { DnsQuery, DnsResult, ResolveOptions } from './types';

/**
 * Resolves a name against the simulated cluster DNS (CoreDNS with kubeadm's Corefile).
 * @example
 * resolveDns(cluster, { name: 'mysql-headless', type: 'A', fromPod: 'default/test' })
 * // { rcode: 'NOERROR', answers: [3 × A], tried: ['mysql-headless.default.svc.cluster.local.'], why: 'headless-ready-endpoints', … }
 */
export function resolveDns(cluster: Cluster, query: DnsQuery, opts: ResolveOptions = {}): DnsResult {
  if (query.fromPod !== undefined || query.fromNamespace !== undefined) {
    const from = query.fromPod ?? query.fromNamespace!;
    return resolveForApplication(cluster, query.name, from, query.type, { ...opts, fromNamespace: query.fromPod === undefined }).final;
  }
  const name = fqdn(query.name);
  return { ...queryCoreDns(cluster, name, query.type, opts), tried: [name] };
}
