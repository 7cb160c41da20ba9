// The commands the real-client test runs in a Pod-like namespace, each with the call of ours that must
// print the same. `file` names the golden copy of the real output (testdata/golden/dns/seed/).
import type { DnsQueryType } from '../dns/types';
import type { Cluster } from '../model/types';

export type RealCase =
  | { file?: string; tool: 'nslookup'; name: string; type?: DnsQueryType; server?: string }
  | { file?: string; tool: 'dig'; name: string; type?: DnsQueryType; search?: boolean; short?: boolean; reverse?: boolean; server?: string }
  | { tool: 'getent'; name: string };

export function argvOf(c: RealCase): string[] {
  switch (c.tool) {
    case 'nslookup':
      return ['busybox', 'nslookup', ...(c.type ? [`-type=${c.type.toLowerCase()}`] : []), c.name, ...(c.server ? [c.server] : [])];
    case 'dig':
      return ['dig', ...(c.server ? [`@${c.server}`] : []), ...(c.search ? ['+search'] : []), ...(c.short ? ['+short'] : []),
        ...(c.reverse ? ['-x', c.name] : [c.name]), ...(!c.reverse && c.type && c.type !== 'A' ? [c.type] : [])];
    case 'getent':
      // glibc getaddrinfo(AF_INET): the application stub resolver, A queries only.
      return ['getent', 'ahostsv4', c.name];
  }
}

/** The seed cluster, from its client Pod default/test (the seed's `kubectl run test … --image=busybox`). */
export const SEED_CASES: RealCase[] = [
  { file: 'nslookup-web-service.txt', tool: 'nslookup', name: 'web-service' },
  { file: 'nslookup-mysql-headless.txt', tool: 'nslookup', name: 'mysql-headless' },
  { file: 'nslookup-web-service-fqdn.txt', tool: 'nslookup', name: 'web-service.default.svc.cluster.local' },
  { file: 'nslookup-mysql-headless-fqdn.txt', tool: 'nslookup', name: 'mysql-headless.default.svc.cluster.local' },
  { file: 'nslookup-mysql-0-fqdn.txt', tool: 'nslookup', name: 'mysql-0.mysql-headless.default.svc.cluster.local' },
  { file: 'nslookup-mysql-0-short-trap.txt', tool: 'nslookup', name: 'mysql-0.mysql-headless' },
  { file: 'nslookup-mysql-3-nxdomain.txt', tool: 'nslookup', name: 'mysql-3.mysql-headless.default.svc.cluster.local' },
  { file: 'nslookup-nosuch-search.txt', tool: 'nslookup', name: 'nosuch' },
  { file: 'nslookup-web-service-dot-namespace.txt', tool: 'nslookup', name: 'web-service.default' },
  { file: 'nslookup-srv-mysql.txt', tool: 'nslookup', type: 'SRV', name: '_mysql._tcp.mysql-headless.default.svc.cluster.local' },
  { file: 'nslookup-srv-web-service.txt', tool: 'nslookup', type: 'SRV', name: 'web-service.default.svc.cluster.local' },
  { file: 'nslookup-ptr-service.txt', tool: 'nslookup', name: '10.96.100.50' },
  { file: 'nslookup-ptr-endpoint.txt', tool: 'nslookup', name: '10.244.1.5' },
  { file: 'nslookup-pod-a.txt', tool: 'nslookup', name: '10-244-1-5.default.pod.cluster.local' },
  { file: 'nslookup-server-arg.txt', tool: 'nslookup', name: 'mysql-headless.default.svc.cluster.local', server: '10.96.0.10' },
  { file: 'dig-web-service.txt', tool: 'dig', name: 'web-service.default.svc.cluster.local' },
  { file: 'dig-mysql-headless.txt', tool: 'dig', name: 'mysql-headless.default.svc.cluster.local' },
  { file: 'dig-mysql-0.txt', tool: 'dig', name: 'mysql-0.mysql-headless.default.svc.cluster.local' },
  { file: 'dig-srv-mysql.txt', tool: 'dig', type: 'SRV', name: '_mysql._tcp.mysql-headless.default.svc.cluster.local' },
  { file: 'dig-srv-web-service.txt', tool: 'dig', type: 'SRV', name: 'web-service.default.svc.cluster.local' },
  { file: 'dig-ptr-service.txt', tool: 'dig', reverse: true, name: '10.96.100.50' },
  { file: 'dig-ptr-endpoint.txt', tool: 'dig', reverse: true, name: '10.244.1.5' },
  { file: 'dig-nxdomain.txt', tool: 'dig', name: 'nosuch.default.svc.cluster.local' },
  { file: 'dig-aaaa-nodata.txt', tool: 'dig', type: 'AAAA', name: 'web-service.default.svc.cluster.local' },
  { file: 'dig-search-web-service.txt', tool: 'dig', search: true, name: 'web-service' },
  { file: 'dig-search-mysql-0.txt', tool: 'dig', search: true, name: 'mysql-0.mysql-headless' },
  { file: 'dig-search-nosuch.txt', tool: 'dig', search: true, name: 'nosuch' },
  { file: 'dig-short-mysql-headless.txt', tool: 'dig', short: true, name: 'mysql-headless.default.svc.cluster.local' },
  { file: 'dig-server-arg.txt', tool: 'dig', server: '10.96.0.10', name: 'web-service.default.svc.cluster.local' },
  { tool: 'getent', name: 'web-service' },
  { tool: 'getent', name: 'mysql-0.mysql-headless' },
  { tool: 'getent', name: 'mysql-headless' },
  { tool: 'getent', name: 'nosuch' },
  { tool: 'getent', name: 'svc' },
  { tool: 'getent', name: 'web-service.default.svc.cluster' },
  { tool: 'getent', name: '_mysql._tcp.mysql-headless.default.svc.cluster.local' },
  { tool: 'getent', name: 'web-service.default.svc.cluster.local.' },
];

/** dnsTestCluster() from shop/client: another namespace, ExternalName, several ports, readiness. */
export const SHOP_CASES: RealCase[] = [
  { tool: 'nslookup', name: 'web-service' },
  { tool: 'nslookup', name: 'cart' },
  { tool: 'nslookup', name: 'mysql-headless' },
  { tool: 'nslookup', name: 'web-service.default' },
  { tool: 'nslookup', name: 'ext.default.svc.cluster.local' },
  { tool: 'nslookup', name: 'ext-internal.default.svc.cluster.local' },
  { tool: 'nslookup', type: 'SRV', name: 'es.default.svc.cluster.local' },
  { tool: 'nslookup', name: 'published.default.svc.cluster.local' },
  { tool: 'nslookup', name: 'empty-headless.default.svc.cluster.local' },
  { tool: 'nslookup', name: '10.244.1.5' },
  // 40 A records: more than busybox's 512-byte buffer holds; CoreDNS compresses, then truncates (TC).
  { tool: 'nslookup', type: 'A', name: 'crowd.default.svc.cluster.local' },
  { tool: 'nslookup', type: 'SRV', name: 'crowd.default.svc.cluster.local' },
  { tool: 'dig', name: 'crowd.default.svc.cluster.local' },
  // Too big for 1232 bytes even compressed: dig retries over TCP.
  { tool: 'dig', type: 'SRV', name: 'crowd.default.svc.cluster.local' },
  { tool: 'dig', short: true, type: 'SRV', name: 'crowd.default.svc.cluster.local' },
  { tool: 'dig', name: 'ext-internal.default.svc.cluster.local' },
  { tool: 'dig', type: 'SRV', name: 'es.default.svc.cluster.local' },
  { tool: 'dig', type: 'SRV', name: 'es-client.default.svc.cluster.local' },
  { tool: 'dig', name: 'empty-headless.default.svc.cluster.local' },
  { tool: 'dig', type: 'TXT', name: 'dns-version.cluster.local' },
  { tool: 'dig', search: true, name: 'web-service.default' },
  { tool: 'dig', search: true, name: 'web-service' },
  { tool: 'getent', name: 'web-service' },
  { tool: 'getent', name: 'web-service.default' },
  { tool: 'getent', name: 'cart' },
  { tool: 'getent', name: 'ext-internal.default' },
];

/** dig's random and clock fields, taken from the real run so the rest compares byte for byte. */
export function digRandomFields(out: string): { id?: number; cookie?: string; queryTimeMs?: number; when?: Date } {
  const id = out.match(/, id: (\d+)$/m)?.[1];
  const cookie = out.match(/^; COOKIE: ([0-9a-f]{16}) \(echoed\)$/m)?.[1];
  const time = out.match(/^;; Query time: (\d+) msec$/m)?.[1];
  const when = out.match(/^;; WHEN: (.*)$/m)?.[1];
  return { ...(id ? { id: Number(id) } : {}), ...(cookie ? { cookie } : {}), ...(time ? { queryTimeMs: Number(time) } : {}), ...(when ? { when: new Date(when) } : {}) };
}


/**
 * Cases derived from any cluster (a scenario loaded with loadCluster): every Service by its short name
 * and FQDN, its SRV records, every per-endpoint hostname (FQDN and the short-name trap), a PTR.
 */
export function casesFor(cluster: Cluster): RealCase[] {
  const d = cluster.clusterDomain;
  const out: RealCase[] = [];
  for (const s of cluster.services.filter((x) => !x.system)) {
    const fq = `${s.name}.${s.namespace}.svc.${d}`;
    out.push({ tool: 'nslookup', name: s.name }, { tool: 'dig', name: fq }, { tool: 'dig', name: fq, type: 'SRV' }, { tool: 'getent', name: s.name });
    for (const p of s.ports.filter((x) => x.name !== '')) out.push({ tool: 'nslookup', type: 'SRV', name: `_${p.name}._${p.protocol.toLowerCase()}.${fq}` });
    const hostnames = cluster.endpointSlices.filter((e) => e.namespace === s.namespace && e.service === s.name).flatMap((e) => e.endpoints.map((x) => x.hostname)).filter((h): h is string => !!h);
    for (const h of hostnames) out.push({ tool: 'nslookup', name: `${h}.${fq}` }, { tool: 'nslookup', name: `${h}.${s.name}` }, { tool: 'getent', name: `${h}.${s.name}` });
  }
  const ip = cluster.pods.find((p) => !p.system && p.ip)?.ip;
  if (ip) out.push({ tool: 'nslookup', name: ip }, { tool: 'dig', reverse: true, name: ip });
  return out;
}
