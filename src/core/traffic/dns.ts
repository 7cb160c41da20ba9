// The DNS step of a request, behind a small interface: the application's stub resolver (glibc: ndots:5 and the
// Pod's search list) asking CoreDNS, from src/core/dns. Answers are memoised per cluster without the
// `loadbalance` shuffle; the shuffle (coredns plugin/loadbalance, src/core/dns/loadbalance.ts) is applied per
// request from the request's own random stream, so sendRequest and sendRequests see the same order.
import { idSource, roundRobin } from '../dns/loadbalance';
import { resolveForApplication } from '../dns/search';
import type { DnsQueryType, DnsRecord, DnsWhy, Rcode } from '../dns/types';
import type { Cluster } from '../model/types';

export interface AppResolution {
  ok: boolean;
  rcode: Rcode;
  /** A records in the order the kubernetes plugin returns them (before `loadbalance`). */
  addresses: string[];
  records: DnsRecord[];
  tried: Array<{ name: string; type: DnsQueryType; rcode: Rcode; answers: number }>;
  finalName: string;
  /** Seconds the answer may be cached (the smallest record TTL). */
  ttl: number;
  cname?: string;
  why: DnsWhy;
  object?: string;
  forwarded: boolean;
}

export interface AppResolver {
  resolve(cluster: Cluster, name: string, fromPod: string): AppResolution;
}

/** The real one: src/core/dns resolveForApplication (glibc flavour), without the shuffle. */
export const clusterResolver: AppResolver = {
  resolve(cluster, name, fromPod) {
    const r = resolveForApplication(cluster, name, fromPod, 'A', { shuffle: false });
    const records = r.final.answers;
    const cname = records.find((x) => x.type === 'CNAME')?.data;
    const ttl = records.length > 0 ? Math.min(...records.map((x) => x.ttl)) : 0;
    return {
      ok: r.ok, rcode: r.final.rcode, addresses: r.addresses, records,
      tried: r.tried.map((t) => ({ name: t.name, type: t.type, rcode: t.rcode, answers: t.answers })),
      finalName: r.finalName, ttl, why: r.final.why, forwarded: r.final.forwarded === true,
      ...(cname !== undefined ? { cname } : {}), ...(r.final.object !== undefined ? { object: r.final.object } : {}),
    };
  },
};

const memo = new WeakMap<Cluster, Map<string, AppResolution>>();

/** Resolve `name` as a Pod in `namespace` would (answers depend only on the namespace's search list). */
export function resolveMemo(resolver: AppResolver, cluster: Cluster, name: string, fromPod: string, namespace: string): AppResolution {
  let m = memo.get(cluster);
  if (!m) { m = new Map(); memo.set(cluster, m); }
  const k = `${namespace}|${name}`;
  let r = m.get(k);
  if (!r) { r = resolver.resolve(cluster, name, fromPod); m.set(k, r); }
  return r;
}

/** coredns `loadbalance` (round_robin): the A records in a shuffled order for this reply. */
export function shuffledAddresses(res: AppResolution, seed: number): string[] {
  if (res.addresses.length < 2) return res.addresses;
  const a = res.records.filter((r) => r.type === 'A');
  return roundRobin(a, idSource(seed, res.finalName)).filter((r) => r.type === 'A').map((r) => r.data);
}
