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
