// Table-driven answers, each row from a rule in coredns/coredns plugin/kubernetes (kubernetes.go
// findServices/findPods, reverse.go, parse.go), plugin/backend_lookup.go, or the Kubernetes DNS spec
// (kubernetes/dns docs/specification.md). Records are written as zone-file lines, as CoreDNS's own
// handler_test.go writes them. Answers keep the plugin's order here (shuffle: false); loadbalance has
// its own tests below.
import { describe, expect, it } from 'vitest';
import { dnsTestCluster } from '../testing/dns-clusters';
import { seedCluster } from '../testing/seed-cluster';
import { resolveDns } from './resolve';
import type { DnsQuery, DnsRecord, DnsWhy, Rcode } from './types';

const line = (r: DnsRecord): string => `${r.name} ${r.ttl} IN ${r.type} ${r.data}`;
const SOA = 'cluster.local. 30 IN SOA ns.dns.cluster.local. hostmaster.cluster.local. 1700000000 7200 1800 86400 30';
const D = 'default.svc.cluster.local.';

interface Case {
  name: string;
  q: DnsQuery;
  want: { rcode: Rcode; answers?: string[]; additionals?: string[]; soa?: boolean; aa?: boolean; why: DnsWhy; object?: string; tried?: string[] };
}

const cases: Case[] = [
  // --- A: ClusterIP vs headless over the same Pods (spec 2.3.1 / 2.4.1) ---
  { name: 'ClusterIP Service: one A, the VIP', q: { name: `web-service.${D}`, type: 'A' },
    want: { rcode: 'NOERROR', answers: [`web-service.${D} 30 IN A 10.96.100.50`], why: 'clusterip-vip', object: 'Service/default/web-service' } },
  { name: 'headless Service: one A per ready endpoint', q: { name: `mysql-headless.${D}`, type: 'A' },
    want: { rcode: 'NOERROR', answers: [`mysql-headless.${D} 30 IN A 10.244.1.5`, `mysql-headless.${D} 30 IN A 10.244.2.8`, `mysql-headless.${D} 30 IN A 10.244.3.12`], why: 'headless-ready-endpoints' } },
  { name: 'ClusterIP over the same mysql Pods: only its VIP', q: { name: `mysql-read.${D}`, type: 'A' },
    want: { rcode: 'NOERROR', answers: [`mysql-read.${D} 30 IN A 10.96.200.10`], why: 'clusterip-vip' } },
  { name: 'ClusterIP with no endpoints still answers its VIP', q: { name: `nopods.${D}`, type: 'A' },
    want: { rcode: 'NOERROR', answers: [`nopods.${D} 30 IN A 10.96.7.7`], why: 'clusterip-no-endpoints-still-vip' } },
  { name: 'headless with no ready endpoints: NXDOMAIN + SOA', q: { name: `empty-headless.${D}`, type: 'A' },
    want: { rcode: 'NXDOMAIN', soa: true, why: 'headless-no-ready-endpoints' } },
  { name: 'publishNotReadyAddresses: the not-ready Pod is published too', q: { name: `published.${D}`, type: 'A' },
    want: { rcode: 'NOERROR', answers: [`published.${D} 30 IN A 10.244.1.60`, `published.${D} 30 IN A 10.244.2.60`], why: 'headless-not-ready-published' } },
  { name: 'same Pods without publishNotReadyAddresses: only the ready one', q: { name: `unpublished.${D}`, type: 'A' },
    want: { rcode: 'NOERROR', answers: [`unpublished.${D} 30 IN A 10.244.1.60`], why: 'headless-ready-endpoints' } },
  { name: 'owner name keeps the question\'s case; matching ignores it', q: { name: 'WEB-SERVICE.Default.svc.cluster.local', type: 'A' },
    want: { rcode: 'NOERROR', answers: ['WEB-SERVICE.Default.svc.cluster.local. 30 IN A 10.96.100.50'], why: 'clusterip-vip' } },

  // --- per-endpoint names (spec 2.4.1; kubernetes.go endpointHostname) ---
  { name: 'StatefulSet Pod through the headless Service', q: { name: `mysql-0.mysql-headless.${D}`, type: 'A' },
    want: { rcode: 'NOERROR', answers: [`mysql-0.mysql-headless.${D} 30 IN A 10.244.1.5`], why: 'endpoint-hostname', object: 'Pod/default/mysql-0' } },
  { name: 'mysql-2', q: { name: `mysql-2.mysql-headless.${D}`, type: 'A' },
    want: { rcode: 'NOERROR', answers: [`mysql-2.mysql-headless.${D} 30 IN A 10.244.3.12`], why: 'endpoint-hostname', object: 'Pod/default/mysql-2' } },
  { name: 'unknown ordinal: NXDOMAIN', q: { name: `mysql-3.mysql-headless.${D}`, type: 'A' },
    want: { rcode: 'NXDOMAIN', soa: true, why: 'no-such-endpoint' } },
  { name: 'an endpoint with a hostname is not also under its dashed IP', q: { name: `10-244-1-5.mysql-headless.${D}`, type: 'A' },
    want: { rcode: 'NXDOMAIN', soa: true, why: 'no-such-endpoint' } },
  { name: 'an endpoint without a hostname is under its dashed IP', q: { name: `10-244-1-60.unpublished.${D}`, type: 'A' },
    want: { rcode: 'NOERROR', answers: [`10-244-1-60.unpublished.${D} 30 IN A 10.244.1.60`], why: 'endpoint-dashed-ip' } },
  { name: 'a not-ready endpoint has no name', q: { name: `10-244-2-60.unpublished.${D}`, type: 'A' },
    want: { rcode: 'NXDOMAIN', soa: true, why: 'no-such-endpoint' } },
  { name: 'a not-ready endpoint published by its Service has its name', q: { name: `pub-1.published.${D}`, type: 'A' },
    want: { rcode: 'NOERROR', answers: [`pub-1.published.${D} 30 IN A 10.244.2.60`], why: 'endpoint-hostname' } },
  { name: 'hostname + subdomain, second Service shape', q: { name: `es-1.es.${D}`, type: 'A' },
    want: { rcode: 'NOERROR', answers: [`es-1.es.${D} 30 IN A 10.244.2.30`], why: 'endpoint-hostname' } },
  { name: 'seed Q4: a ClusterIP Service over the mysql Pods gives no mysql-0 name (their subdomain is mysql-headless)', q: { name: `mysql-0.mysql-read.${D}`, type: 'A' },
    want: { rcode: 'NXDOMAIN', soa: true, why: 'pod-hostname-not-for-this-service' } },
  { name: 'seed Q4: nor does web-service give its Pods\' names (they have no hostname)', q: { name: `nginx-5c7588df-2kx8j.web-service.${D}`, type: 'A' },
    want: { rcode: 'NXDOMAIN', soa: true, why: 'pod-hostname-not-for-this-service' } },
  { name: 'CoreDNS (beyond the spec) answers endpoint names of a ClusterIP Service: dashed IP', q: { name: `10-244-1-7.web-service.${D}`, type: 'A' },
    want: { rcode: 'NOERROR', answers: [`10-244-1-7.web-service.${D} 30 IN A 10.244.1.7`], why: 'endpoint-name-on-clusterip', object: 'Pod/default/nginx-5c7588df-2kx8j' } },
  { name: 'CoreDNS: a StatefulSet whose serviceName is a ClusterIP Service still gets zk-0.zk', q: { name: `zk-0.zk.${D}`, type: 'A' },
    want: { rcode: 'NOERROR', answers: [`zk-0.zk.${D} 30 IN A 10.244.1.40`], why: 'endpoint-name-on-clusterip', object: 'Pod/default/zk-0' } },

  // --- NXDOMAIN shapes ---
  { name: 'wrong namespace', q: { name: 'web-service.shop.svc.cluster.local', type: 'A' }, want: { rcode: 'NXDOMAIN', soa: true, why: 'no-such-service' } },
  { name: 'unknown namespace', q: { name: 'web-service.nosuch.svc.cluster.local', type: 'A' }, want: { rcode: 'NXDOMAIN', soa: true, why: 'no-such-namespace' } },
  { name: 'unknown Service', q: { name: `nosuch.${D}`, type: 'A' }, want: { rcode: 'NXDOMAIN', soa: true, why: 'no-such-service' } },
  { name: 'neither svc nor pod', q: { name: 'web-service.cluster.local', type: 'A' }, want: { rcode: 'NXDOMAIN', soa: true, why: 'not-svc-or-pod' } },
  { name: 'too many labels', q: { name: `a.b.c.web-service.${D}`, type: 'A' }, want: { rcode: 'NXDOMAIN', soa: true, why: 'too-many-labels' } },
  { name: 'wildcards are ordinary labels since CoreDNS 1.9', q: { name: `*.${D}`, type: 'A' }, want: { rcode: 'NXDOMAIN', soa: true, why: 'no-such-service' } },
  { name: 'ExternalName has no endpoint names', q: { name: `endpoint.ext.${D}`, type: 'A' }, want: { rcode: 'NXDOMAIN', soa: true, why: 'no-such-endpoint' } },
  { name: 'NXDOMAIN for AAAA too', q: { name: `nosuch.${D}`, type: 'AAAA' }, want: { rcode: 'NXDOMAIN', soa: true, why: 'no-such-service' } },

  // --- NODATA (NOERROR, SOA, no answer) ---
  { name: 'AAAA of an IPv4 ClusterIP Service', q: { name: `web-service.${D}`, type: 'AAAA' }, want: { rcode: 'NOERROR', soa: true, why: 'type-nodata' } },
  { name: 'AAAA of a headless Service with IPv4 endpoints', q: { name: `mysql-headless.${D}`, type: 'AAAA' }, want: { rcode: 'NOERROR', soa: true, why: 'type-nodata' } },
  { name: 'TXT of an existing Service', q: { name: `web-service.${D}`, type: 'TXT' }, want: { rcode: 'NOERROR', soa: true, why: 'type-nodata' } },
  { name: 'TXT of a name that does not exist: NXDOMAIN (kubernetes.go Services: "Return NXDOMAIN for no match")', q: { name: `nosuch.${D}`, type: 'TXT' }, want: { rcode: 'NXDOMAIN', soa: true, why: 'no-such-service' } },
  { name: 'apex svc.<zone>', q: { name: 'svc.cluster.local', type: 'A' }, want: { rcode: 'NOERROR', soa: true, why: 'apex-nodata' } },
  { name: 'apex <ns>.svc.<zone>', q: { name: D, type: 'A' }, want: { rcode: 'NOERROR', soa: true, why: 'apex-nodata' } },
  { name: 'the zone itself', q: { name: 'cluster.local', type: 'A' }, want: { rcode: 'NOERROR', soa: true, why: 'apex-nodata' } },

  // --- Pods (pods insecure) ---
  { name: 'Pod A record by dashed IP', q: { name: '10-244-1-5.default.pod.cluster.local', type: 'A' },
    want: { rcode: 'NOERROR', answers: ['10-244-1-5.default.pod.cluster.local. 30 IN A 10.244.1.5'], why: 'pod-insecure', object: 'Pod/default/mysql-0' } },
  { name: 'pods insecure: any dashed IPv4 answers, Pod or not', q: { name: '10-1-2-3.shop.pod.cluster.local', type: 'A' },
    want: { rcode: 'NOERROR', answers: ['10-1-2-3.shop.pod.cluster.local. 30 IN A 10.1.2.3'], why: 'pod-insecure' } },
  { name: 'Pod name that is not an IP', q: { name: 'mysql-0.default.pod.cluster.local', type: 'A' }, want: { rcode: 'NXDOMAIN', soa: true, why: 'pod-name-not-an-ip' } },
  { name: 'Pod record in an unknown namespace', q: { name: '10-244-1-5.nosuch.pod.cluster.local', type: 'A' }, want: { rcode: 'NXDOMAIN', soa: true, why: 'no-such-namespace' } },

  // --- SRV (spec 2.3.2 / 2.4.2; backend_lookup.go SRV weights floor(100/N)) ---
  { name: 'SRV, headless, named port: one per endpoint, hostname targets, A glue', q: { name: `_mysql._tcp.mysql-headless.${D}`, type: 'SRV' },
    want: { rcode: 'NOERROR', why: 'srv-headless',
      answers: [0, 1, 2].map((i) => `_mysql._tcp.mysql-headless.${D} 30 IN SRV 0 33 3306 mysql-${i}.mysql-headless.${D}`),
      additionals: [`mysql-0.mysql-headless.${D} 30 IN A 10.244.1.5`, `mysql-1.mysql-headless.${D} 30 IN A 10.244.2.8`, `mysql-2.mysql-headless.${D} 30 IN A 10.244.3.12`] } },
  { name: 'SRV, ClusterIP over the same Pods: one record, the Service as target', q: { name: `_mysql._tcp.mysql-read.${D}`, type: 'SRV' },
    want: { rcode: 'NOERROR', why: 'srv-clusterip', answers: [`_mysql._tcp.mysql-read.${D} 30 IN SRV 0 100 3306 mysql-read.${D}`], additionals: [`mysql-read.${D} 30 IN A 10.96.200.10`] } },
  { name: 'SRV of the bare name covers an unnamed port', q: { name: `web-service.${D}`, type: 'SRV' },
    want: { rcode: 'NOERROR', why: 'srv-clusterip', answers: [`web-service.${D} 30 IN SRV 0 100 80 web-service.${D}`], additionals: [`web-service.${D} 30 IN A 10.96.100.50`] } },
  { name: 'an unnamed port has no _name._tcp record', q: { name: `_http._tcp.web-service.${D}`, type: 'SRV' }, want: { rcode: 'NXDOMAIN', soa: true, why: 'srv-no-such-port' } },
  { name: 'wrong protocol', q: { name: `_http._udp.es-client.${D}`, type: 'SRV' }, want: { rcode: 'NXDOMAIN', soa: true, why: 'srv-no-such-port' } },
  { name: 'multiple ports, headless, bare name: endpoints × ports, weight 25', q: { name: `es.${D}`, type: 'SRV' },
    want: { rcode: 'NOERROR', why: 'srv-headless',
      answers: [`0 25 9200 es-0.es.${D}`, `0 25 9300 es-0.es.${D}`, `0 25 9200 es-1.es.${D}`, `0 25 9300 es-1.es.${D}`].map((d) => `es.${D} 30 IN SRV ${d}`),
      additionals: [`es-0.es.${D} 30 IN A 10.244.1.30`, `es-1.es.${D} 30 IN A 10.244.2.30`] } },
  { name: 'multiple ports, headless, one named port', q: { name: `_transport._tcp.es.${D}`, type: 'SRV' },
    want: { rcode: 'NOERROR', why: 'srv-headless',
      answers: [`_transport._tcp.es.${D} 30 IN SRV 0 50 9300 es-0.es.${D}`, `_transport._tcp.es.${D} 30 IN SRV 0 50 9300 es-1.es.${D}`],
      additionals: [`es-0.es.${D} 30 IN A 10.244.1.30`, `es-1.es.${D} 30 IN A 10.244.2.30`] } },
  { name: 'multiple ports, ClusterIP, bare name: one per port, weight 50, one glue', q: { name: `es-client.${D}`, type: 'SRV' },
    want: { rcode: 'NOERROR', why: 'srv-clusterip', answers: [`es-client.${D} 30 IN SRV 0 50 9200 es-client.${D}`, `es-client.${D} 30 IN SRV 0 50 9300 es-client.${D}`], additionals: [`es-client.${D} 30 IN A 10.96.50.5`] } },
  { name: 'multiple ports, ClusterIP, named port', q: { name: `_http._tcp.es-client.${D}`, type: 'SRV' },
    want: { rcode: 'NOERROR', why: 'srv-clusterip', answers: [`_http._tcp.es-client.${D} 30 IN SRV 0 100 9200 es-client.${D}`], additionals: [`es-client.${D} 30 IN A 10.96.50.5`] } },
  { name: 'A query on an SRV-shaped name answers the port\'s endpoints', q: { name: `_http._tcp.es.${D}`, type: 'A' },
    want: { rcode: 'NOERROR', why: 'srv-headless', answers: [`_http._tcp.es.${D} 30 IN A 10.244.1.30`, `_http._tcp.es.${D} 30 IN A 10.244.2.30`] } },
  { name: 'SRV of an ExternalName: NODATA', q: { name: `ext.${D}`, type: 'SRV' }, want: { rcode: 'NOERROR', soa: true, why: 'type-nodata' } },

  // --- PTR (reverse.go serviceRecordForIP) ---
  { name: 'PTR of a ClusterIP', q: { name: '50.100.96.10.in-addr.arpa', type: 'PTR' },
    want: { rcode: 'NOERROR', answers: [`50.100.96.10.in-addr.arpa. 30 IN PTR web-service.${D}`], why: 'ptr-service', object: 'Service/default/web-service' } },
  { name: 'PTR of an endpoint: every Service holding it (headless hostname, ClusterIP dashed IP)', q: { name: '5.1.244.10.in-addr.arpa', type: 'PTR' },
    want: { rcode: 'NOERROR', answers: [`5.1.244.10.in-addr.arpa. 30 IN PTR mysql-0.mysql-headless.${D}`, `5.1.244.10.in-addr.arpa. 30 IN PTR 10-244-1-5.mysql-read.${D}`], why: 'ptr-endpoint', object: 'Pod/default/mysql-0' } },
  { name: 'PTR of a ClusterIP Service\'s endpoint', q: { name: '7.1.244.10.in-addr.arpa', type: 'PTR' },
    want: { rcode: 'NOERROR', answers: [`7.1.244.10.in-addr.arpa. 30 IN PTR 10-244-1-7.web-service.${D}`], why: 'ptr-endpoint' } },
  { name: 'PTR of an address no Service holds: fallthrough to forward', q: { name: '9.2.244.10.in-addr.arpa', type: 'PTR' },
    want: { rcode: 'NXDOMAIN', aa: false, why: 'ptr-unknown-forwarded' } },
  { name: 'PTR of a not-ready endpoint: fallthrough to forward', q: { name: '50.3.244.10.in-addr.arpa', type: 'PTR' },
    want: { rcode: 'NXDOMAIN', aa: false, why: 'ptr-unknown-forwarded' } },

  // --- ExternalName (spec 2.5) ---
  { name: 'ExternalName CNAME query', q: { name: `ext.${D}`, type: 'CNAME' }, want: { rcode: 'NOERROR', answers: [`ext.${D} 30 IN CNAME example.com.`], why: 'externalname-cname' } },
  { name: 'ExternalName A: the CNAME, then what the upstream gives for the target', q: { name: `ext.${D}`, type: 'A' },
    want: { rcode: 'NOERROR', answers: [`ext.${D} 30 IN CNAME example.com.`, 'example.com. 30 IN A 93.184.215.14'], why: 'externalname-cname' } },
  { name: 'ExternalName to a cluster name: CNAME then the target\'s A', q: { name: `ext-internal.${D}`, type: 'A' },
    want: { rcode: 'NOERROR', answers: [`ext-internal.${D} 30 IN CNAME web-service.${D}`, `web-service.${D} 30 IN A 10.96.100.50`], why: 'externalname-cname' } },
  { name: 'CNAME query of a ClusterIP Service: NODATA', q: { name: `web-service.${D}`, type: 'CNAME' }, want: { rcode: 'NOERROR', soa: true, why: 'type-nodata' } },

  // --- other ---
  { name: 'dns-version TXT', q: { name: 'dns-version.cluster.local', type: 'TXT' }, want: { rcode: 'NOERROR', answers: ['dns-version.cluster.local. 28800 IN TXT 1.1.0'], why: 'dns-version' } },
  { name: 'outside the cluster zones: forwarded, not authoritative', q: { name: 'nosuch.example.org', type: 'A' }, want: { rcode: 'NXDOMAIN', aa: false, why: 'outside-cluster-forwarded' } },

  // --- search path from two namespaces (resolv.conf search <ns>.svc.<zone> svc.<zone> <zone>, ndots:5) ---
  { name: 'short name from default/test', q: { name: 'web-service', type: 'A', fromPod: 'default/test' },
    want: { rcode: 'NOERROR', answers: [`web-service.${D} 30 IN A 10.96.100.50`], why: 'clusterip-vip', tried: [`web-service.${D}`] } },
  { name: 'the same short name from shop/client: every search domain, then the bare name, fails', q: { name: 'web-service', type: 'A', fromPod: 'shop/client' },
    want: { rcode: 'NXDOMAIN', aa: false, why: 'outside-cluster-forwarded', tried: ['web-service.shop.svc.cluster.local.', 'web-service.svc.cluster.local.', 'web-service.cluster.local.', 'web-service.'] } },
  { name: 'short name of its own namespace from shop/client', q: { name: 'cart', type: 'A', fromPod: 'shop/client' },
    want: { rcode: 'NOERROR', answers: ['cart.shop.svc.cluster.local. 30 IN A 10.96.30.3'], why: 'clusterip-vip', tried: ['cart.shop.svc.cluster.local.'] } },
  { name: 'name.namespace from default/test: the second search domain answers', q: { name: 'cart.shop', type: 'A', fromPod: 'default/test' },
    want: { rcode: 'NOERROR', answers: ['cart.shop.svc.cluster.local. 30 IN A 10.96.30.3'], why: 'clusterip-vip', tried: ['cart.shop.default.svc.cluster.local.', 'cart.shop.svc.cluster.local.'] } },
  { name: 'fromNamespace works like a Pod there', q: { name: 'cart', type: 'A', fromNamespace: 'shop' },
    want: { rcode: 'NOERROR', answers: ['cart.shop.svc.cluster.local. 30 IN A 10.96.30.3'], why: 'clusterip-vip', tried: ['cart.shop.svc.cluster.local.'] } },
  { name: 'the short-name trap resolves for applications', q: { name: 'mysql-0.mysql-headless', type: 'A', fromPod: 'default/test' },
    want: { rcode: 'NOERROR', answers: [`mysql-0.mysql-headless.${D} 30 IN A 10.244.1.5`], why: 'endpoint-hostname', tried: [`mysql-0.mysql-headless.${D}`] } },
  { name: 'a headless short name from another namespace: NXDOMAIN', q: { name: 'mysql-headless', type: 'A', fromPod: 'shop/client' },
    want: { rcode: 'NXDOMAIN', aa: false, why: 'outside-cluster-forwarded', tried: ['mysql-headless.shop.svc.cluster.local.', 'mysql-headless.svc.cluster.local.', 'mysql-headless.cluster.local.', 'mysql-headless.'] } },
  { name: 'a trailing dot: no search', q: { name: `web-service.${D}`, type: 'A', fromPod: 'default/test' },
    want: { rcode: 'NOERROR', answers: [`web-service.${D} 30 IN A 10.96.100.50`], why: 'clusterip-vip', tried: [`web-service.${D}`] } },
  { name: 'five dots (≥ ndots): the name as is first', q: { name: `_mysql._tcp.mysql-read.default.svc.cluster.local`, type: 'SRV', fromPod: 'default/test' },
    want: { rcode: 'NOERROR', answers: [`_mysql._tcp.mysql-read.${D} 30 IN SRV 0 100 3306 mysql-read.${D}`], additionals: [`mysql-read.${D} 30 IN A 10.96.200.10`], why: 'srv-clusterip', tried: [`_mysql._tcp.mysql-read.${D}`] } },
  { name: 'four dots (< ndots): the search list first', q: { name: 'web-service.default.svc.cluster', type: 'A', fromPod: 'default/test' },
    want: { rcode: 'NXDOMAIN', aa: false, why: 'outside-cluster-forwarded', tried: ['web-service.default.svc.cluster.default.svc.cluster.local.', 'web-service.default.svc.cluster.svc.cluster.local.', 'web-service.default.svc.cluster.cluster.local.', 'web-service.default.svc.cluster.'] } },
];

describe('resolveDns', () => {
  it.each(cases)('$name', ({ q, want }) => {
    const got = resolveDns(dnsTestCluster(), q, { shuffle: false, upstream: { 'example.com.': { A: ['93.184.215.14'] } } });
    expect(got.rcode).toBe(want.rcode);
    expect(got.answers.map(line)).toEqual(want.answers ?? []);
    expect(got.additionals.map(line)).toEqual(want.additionals ?? []);
    expect((got.authority ?? []).map(line)).toEqual(want.soa ? [SOA] : []);
    expect(got.aa).toBe(want.aa ?? true);
    expect(got.ra).toBe(!(want.aa ?? true));
    expect(got.why).toBe(want.why);
    if (want.object) expect(got.object).toBe(want.object);
    expect(got.tried).toEqual(want.tried ?? [q.name.endsWith('.') ? q.name : `${q.name}.`]);
  });

  it('seed cluster: web-service is the VIP, mysql-headless the three Pod IPs (the seed\'s two nslookup examples)', () => {
    const c = seedCluster();
    expect(resolveDns(c, { name: 'web-service', type: 'A', fromPod: 'default/test' }).answers.map((r) => r.data)).toEqual(['10.96.100.50']);
    expect(resolveDns(c, { name: 'mysql-headless', type: 'A', fromPod: 'default/test' }).answers.map((r) => r.data).sort())
      .toEqual(['10.244.1.5', '10.244.2.8', '10.244.3.12']);
  });

  it('TTL and SOA follow the ttl option (the plugin default is 5)', () => {
    const got = resolveDns(dnsTestCluster(), { name: `nosuch.${D}`, type: 'A' }, { ttl: 5, soaSerial: 1499347823 });
    expect(got.authority!.map(line)).toEqual(['cluster.local. 5 IN SOA ns.dns.cluster.local. hostmaster.cluster.local. 1499347823 7200 1800 86400 5']);
    expect(resolveDns(dnsTestCluster(), { name: `web-service.${D}`, type: 'A' }, { ttl: 5 }).answers[0]!.ttl).toBe(5);
  });

  it('a ClusterIP Service loses nothing when its Pods go away; a headless one becomes NXDOMAIN', () => {
    const c = dnsTestCluster();
    for (const s of c.endpointSlices) for (const e of s.endpoints) if (s.service === 'web-service' || s.service === 'mysql-headless') e.conditions.ready = false;
    expect(resolveDns(c, { name: `web-service.${D}`, type: 'A' }).answers.map((r) => r.data)).toEqual(['10.96.100.50']);
    expect(resolveDns(c, { name: `mysql-headless.${D}`, type: 'A' }).rcode).toBe('NXDOMAIN');
    expect(resolveDns(c, { name: `mysql-0.mysql-headless.${D}`, type: 'A' }).rcode).toBe('NXDOMAIN');
  });

  it('records which CoreDNS Pod answered, deterministically', () => {
    const a = resolveDns(seedCluster(), { name: `web-service.${D}`, type: 'A' }, { seed: 7 });
    const b = resolveDns(seedCluster(), { name: `web-service.${D}`, type: 'A' }, { seed: 7 });
    expect(a.server.ip).toBe('10.96.0.10');
    expect(a.server.pod).toMatch(/^kube-system\/coredns-/);
    expect(b.server).toEqual(a.server);
  });
});
