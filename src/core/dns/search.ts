// A Pod's resolver configuration and the two stub resolvers learners meet in it.
//
// resolv.conf: kubelet's ClusterFirst policy gives `search <ns>.svc.<domain> svc.<domain> <domain>`,
// the kube-dns VIP and `options ndots:5` (kubernetes pkg/kubelet/network/dns/dns.go); containerd
// writes them in the order search, nameserver, options (pkg/cri … parseDNSOptions). Host search
// domains that kubelet would append are not modelled.
import { parsePodRef } from '../model/pod-ref';
import type { Cluster, Pod } from '../model/types';
import { bare, fqdn, isIPv4, reverseName } from './names';
import { queryCoreDns } from './coredns';
import type { DnsAnswer, DnsQueryType, DnsRecord, DnsWhy, Rcode, ResolveOptions } from './types';

export const POD_NDOTS = 5;

export interface PodResolverConfig {
  search: string[];
  nameserver: string;
  ndots: number;
}

/**
 * The resolver settings of a Pod (`namespace/name` or a Pod) or of any Pod in a namespace.
 * @example podResolverConfig(cluster, 'default/test').search // ['default.svc.cluster.local', 'svc.cluster.local', 'cluster.local']
 */
export function podResolverConfig(cluster: Cluster, pod: Pod | string, opts: { namespace?: boolean } = {}): PodResolverConfig {
  const ns = typeof pod !== 'string' ? pod.namespace : opts.namespace ? pod : parsePodRef(pod).namespace;
  const d = cluster.clusterDomain;
  return { search: [`${ns}.svc.${d}`, `svc.${d}`, d], nameserver: cluster.dnsServiceIP, ndots: POD_NDOTS };
}

/**
 * The Pod's /etc/resolv.conf, as the container runtime writes it.
 * @example resolvConf(cluster, 'default/test')
 * // 'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n'
 */
export function resolvConf(cluster: Cluster, pod: Pod | string): string {
  const c = podResolverConfig(cluster, pod);
  return `search ${c.search.join(' ')}\nnameserver ${c.nameserver}\noptions ndots:${c.ndots}\n`;
}

const dots = (name: string): number => (name.match(/\./g) ?? []).length;

export type StubFlavor = 'glibc' | 'musl';

/**
 * The names a C library tries, in order. glibc res_search: with at least `ndots` dots the name as
 * is first, then the search list; with fewer, the search list first, then the name as is. musl
 * (name_from_dns_search): with at least `ndots` dots only the name as is. A trailing dot: only itself.
 * @example applicationCandidates('web', ['default.svc.cluster.local'], 5) // ['web.default.svc.cluster.local.', 'web.']
 */
export function applicationCandidates(name: string, search: string[], ndots: number, flavor: StubFlavor = 'glibc'): string[] {
  if (name.endsWith('.')) return [name];
  const searched = search.map((d) => fqdn(`${name}.${d}`));
  if (dots(name) >= ndots) return flavor === 'musl' ? [fqdn(name)] : [fqdn(name), ...searched];
  return [...searched, fqdn(name)];
}

export interface TriedQuery {
  name: string;
  type: DnsQueryType;
  rcode: Rcode;
  /** Number of records of the asked type (0 with NOERROR is NODATA). */
  answers: number;
  why: DnsWhy;
  /** Which server (kube-dns VIP, and the CoreDNS Pod behind it) answered this question. */
  server: DnsAnswer['server'];
}

export interface ApplicationResolution {
  /** True when an address (or the asked record) was found. */
  ok: boolean;
  /** The reply that ended the search (the last one when none succeeded). */
  final: DnsAnswer;
  /** The name whose reply ended the search. */
  finalName: string;
  /** The addresses (A/AAAA data) of the final answer, in the order the application sees them. */
  addresses: string[];
  /** Every name asked, in order, with what came back. */
  tried: TriedQuery[];
  config: PodResolverConfig;
  flavor: StubFlavor;
}

const answered = (a: { answers: DnsRecord[] }, type: DnsQueryType): number => a.answers.filter((r) => r.type === type).length;

/**
 * The C library's stub resolver in a Pod (what wget, curl and applications use): ndots:5, the search
 * list in order, the first answer wins. glibc goes on past NXDOMAIN and NODATA; musl stops at the
 * first reply that is not NXDOMAIN (name_from_dns returns EAI_NODATA, which ends the search).
 * @example resolveForApplication(cluster, 'mysql-0.mysql-headless', 'default/test').addresses // ['10.244.1.5']
 */
export function resolveForApplication(
  cluster: Cluster, name: string, fromPod: Pod | string, type: DnsQueryType = 'A',
  opts: ResolveOptions & { flavor?: StubFlavor; fromNamespace?: boolean } = {},
): ApplicationResolution {
  const flavor = opts.flavor ?? 'glibc';
  const config = podResolverConfig(cluster, fromPod, { namespace: opts.fromNamespace === true });
  const tried: TriedQuery[] = [];
  let final: DnsAnswer | undefined;
  let finalName = '';
  let nodata: { a: DnsAnswer; name: string } | undefined;
  for (const candidate of applicationCandidates(name, config.search, config.ndots, flavor)) {
    const reply = queryCoreDns(cluster, candidate, type, opts);
    const count = answered(reply, type);
    tried.push({ name: candidate, type, rcode: reply.rcode, answers: count, why: reply.why, server: reply.server });
    final = { ...reply, tried: [] };
    finalName = candidate;
    if (reply.rcode === 'NOERROR' && count > 0) break;
    if (reply.rcode === 'NOERROR') {
      if (flavor === 'musl') break;
      nodata ??= { a: final, name: candidate };
    }
    if (reply.rcode === 'SERVFAIL') break;
  }
  if (final && answered(final, type) === 0 && nodata) {
    // glibc: having seen a NODATA, the search ends in NODATA rather than the last NXDOMAIN.
    final = nodata.a;
    finalName = nodata.name;
  }
  const result = { ...final!, tried: tried.map((t) => t.name) };
  const addresses = result.answers.filter((r: DnsRecord) => r.type === 'A' || r.type === 'AAAA').map((r) => r.data);
  return { ok: answered(result, type) > 0, final: result, finalName, addresses, tried, config, flavor };
}

/**
 * The queries busybox nslookup sends (networking/nslookup.c): an IP argument is one PTR query; else
 * A then AAAA (or the -type given), each through add_query_with_search — the search list only for a
 * name without any dot (never the bare name, ndots ignored), and no search list with a server argument.
 * @example busyboxQueries('mysql-0.mysql-headless', search) // [{ name: 'mysql-0.mysql-headless', type: 'A' }, { …, type: 'AAAA' }]
 */
export function busyboxQueries(name: string, search: string[], type?: DnsQueryType): { name: string; type: DnsQueryType }[] {
  // make_ptr: `d.c.b.a.in-addr.arpa`, without a trailing dot (it is printed as sent).
  const ptr = isIPv4(name) ? bare(reverseName(name)!) : undefined;
  if (!type && ptr) return [{ name: ptr, type: 'PTR' }];
  const types: DnsQueryType[] = type ? [type] : ['A', 'AAAA'];
  const out: { name: string; type: DnsQueryType }[] = [];
  for (const t of types) {
    if (t === 'PTR' || search.length === 0 || name.includes('.')) out.push({ name, type: t });
    else for (const d of search) out.push({ name: `${name}.${d}`, type: t });
  }
  return out;
}
