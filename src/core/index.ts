// Public API of the core (STYLE.md: the rest is internal).

// DNS (issue 4): CoreDNS answers, the Pod's stub resolvers, busybox nslookup and dig output.
export { resolveDns } from './dns/resolve';
export { queryCoreDns } from './dns/server';
export { resolveForApplication, resolvConf, podResolverConfig, busyboxQueries, applicationCandidates } from './dns/search';
export type { ApplicationResolution, TriedQuery, StubFlavor, PodResolverConfig } from './dns/search';
export { nslookup } from './dns/nslookup';
export type { NslookupOptions, NslookupResult, NslookupQuery } from './dns/nslookup';
export { dig } from './dns/dig';
export type { DigOptions, DigResult } from './dns/dig';
export { COREDNS_MODEL } from './dns/coredns-version';
export type { CoreDnsModel } from './dns/coredns-version';
export type { DnsRecord, DnsQuery, DnsQueryType, DnsResult, DnsAnswer, DnsWhy, Rcode, ResolveOptions } from './dns/types';

// Cluster model (issue 3): manifests → validated Cluster.
/**
 * Build the simulated cluster from manifest text. Never throws.
 * @example
 * const { cluster, diagnostics } = loadCluster(yamlText, { nodes: 3 });
 * cluster.services.find((s) => s.name === 'web-service')?.clusterIP; // '10.96.100.50'
 */
export { loadCluster } from './model/load';
export type * from './model/types';
/**
 * Pure cluster actions (scale, delete a Pod, flip readiness, label): each returns a new Cluster.
 * @example
 * const { cluster: next } = applyActions(cluster, [{ type: 'deletePod', namespace: 'default', name: 'mysql-1' }]);
 */
export { applyAction, applyActions } from './model/actions';
export type { ClusterAction, ActionResult } from './model/actions';
/**
 * The editor text after scaling: `replicas:` rewritten (or inserted) at the workload's position.
 * @example
 * const edit = scaleReplicasEdit(source, workload, 5); // { ok: true, value: '…replicas: 5…' }
 */
export { scaleReplicasEdit } from './model/replicas-edit';
export type { EditResult } from './model/replicas-edit';
