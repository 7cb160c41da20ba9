// One question to the cluster's CoreDNS, answered as its kubernetes plugin does with kubeadm's
// Corefile (see coredns-version.ts). Each step cites the upstream function it reproduces.
import type { Cluster, Service } from '../model/types';
import { DEFAULT_SOA_SERIAL, DNS_SCHEMA_VERSION, DNS_VERSION_TTL, SOA_EXPIRE, SOA_REFRESH, SOA_RETRY, COREDNS_MODEL } from './coredns-version';
import { idSource, roundRobin, hashString } from './loadbalance';
import { addressFromReverse, bare, dashedIP, fqdn, inZone, isIPv4, isIPv6, labels } from './names';
import { endpointSubsets, findServicesNamed, namespaceExists, same, serviceObject } from './records';
import type { DnsAnswer, DnsQueryType, DnsRecord, DnsWhy, ResolveOptions } from './types';

/** A backend entry: coredns plugin/etcd/msg.Service as the kubernetes plugin fills it. */
interface Entry {
  /** An address, or (ExternalName) a target name. */
  host: string;
  port: number;
  /** The name this entry lives under: the SRV target (`svc.ns.svc.zone.` or `ep.svc.ns.svc.zone.`). */
  key: string;
  object: string;
}

type Lookup =
  | { ok: true; entries: Entry[]; why: DnsWhy; object?: string }
  | { ok: false; why: DnsWhy; object?: string };

const ok = (entries: Entry[], why: DnsWhy, object?: string): Lookup => ({ ok: true, entries, why, ...(object ? { object } : {}) });
const nameError = (why: DnsWhy, object?: string): Lookup => ({ ok: false, why, ...(object ? { object } : {}) });

/** parse.go parseRequest: the labels of a name below the cluster zone. */
interface RecordRequest {
  port: string;
  protocol: string;
  endpoint: string;
  service: string;
  namespace: string;
  podOrSvc: '' | 'svc' | 'pod';
}

function stripUnderscore(s: string): string {
  return s.startsWith('_') ? s.slice(1) : s;
}

function parseRequest(name: string, zone: string): { r: RecordRequest; invalid?: DnsWhy } {
  const r: RecordRequest = { port: '', protocol: '', endpoint: '', service: '', namespace: '', podOrSvc: '' };
  const n = bare(name);
  const z = bare(zone);
  const base = n.length === z.length ? '' : n.slice(0, n.length - z.length - 1);
  // "return NODATA for apex queries"
  if (base === '' || same(base, 'svc') || same(base, 'pod')) return { r };
  const segs = labels(base);
  let last = segs.length - 1;
  const kind = segs[last]!.toLowerCase();
  if (kind !== 'svc' && kind !== 'pod') return { r, invalid: 'not-svc-or-pod' };
  r.podOrSvc = kind;
  if (--last < 0) return { r };
  r.namespace = segs[last]!;
  if (--last < 0) return { r };
  r.service = segs[last]!;
  if (--last < 0) return { r };
  if (last === 0) r.endpoint = segs[0]!;
  else if (last === 1) {
    r.protocol = stripUnderscore(segs[1]!);
    r.port = stripUnderscore(segs[0]!);
  } else return { r, invalid: 'too-many-labels' };
  return { r };
}

/** kubernetes.go matchPortAndProtocol: an empty request part is a wildcard. */
function matchPortAndProtocol(aPort: string, bPort: string, aProto: string, bProto: string): boolean {
  return (same(aPort, bPort) || aPort === '') && (same(aProto, bProto) || aProto === '');
}

function svcDomain(svc: Service, zone: string): string {
  return `${svc.name}.${svc.namespace}.svc.${zone}`;
}

/** kubernetes.go findServices. */
function findServices(cluster: Cluster, r: RecordRequest, zone: string): Lookup {
  if (!namespaceExists(cluster, r.namespace)) return nameError('no-such-namespace');
  if (r.service === '') return ok([], 'apex-nodata');
  const services = findServicesNamed(cluster, r.namespace, r.service);
  if (services.length === 0) return nameError('no-such-service');
  const entries: Entry[] = [];
  let found = false;
  let why: DnsWhy = 'no-such-service';
  let object: string | undefined;
  for (const svc of services) {
    object = serviceObject(svc);
    if (svc.type === 'ExternalName') {
      // "External services do not have endpoints, nor can we accept port/protocol pseudo subdomains in an SRV query"
      if (r.endpoint !== '') { why = 'no-such-endpoint'; continue; }
      if (r.port !== '' || r.protocol !== '') { why = 'srv-no-such-port'; continue; }
      const target = svc.externalName ?? '';
      if (target !== '' && !isIPv4(target) && !isIPv6(target)) {
        entries.push({ host: fqdn(target), port: 0, key: svcDomain(svc, zone), object });
        found = true;
        why = 'externalname-cname';
      }
      continue;
    }
    if (svc.headless || r.endpoint !== '') {
      // "Endpoint query or headless service"
      const subsets = endpointSubsets(cluster, svc);
      let published = false;
      for (const sub of subsets) {
        for (const addr of sub.addresses) {
          if (r.endpoint !== '' && !same(r.endpoint, addr.label)) continue;
          for (const p of sub.ports) {
            if (!matchPortAndProtocol(r.port, p.name, r.protocol, p.protocol)) continue;
            entries.push({ host: addr.ip, port: p.port, key: `${addr.label}.${svcDomain(svc, zone)}`, object: addr.object ?? object });
            found = true;
            if (addr.publishedNotReady) published = true;
          }
        }
      }
      if (found) {
        if (r.endpoint !== '') why = svc.headless ? (entries.some((e) => e.key.startsWith(`${dashedIP(e.host)}.`)) ? 'endpoint-dashed-ip' : 'endpoint-hostname') : 'endpoint-name-on-clusterip';
        else if (r.port !== '' || r.protocol !== '') why = 'srv-headless';
        else why = published ? 'headless-not-ready-published' : 'headless-ready-endpoints';
      } else if (r.endpoint !== '') {
        const podBehind = subsets.some((sub) => sub.addresses.some((a) => !a.hostname && a.object !== undefined && same(a.object.split('/')[2] ?? '', r.endpoint)));
        why = podBehind ? 'pod-hostname-not-for-this-service' : 'no-such-endpoint';
      }
      else if (r.port !== '' || r.protocol !== '') why = subsets.some((s) => s.addresses.length > 0) ? 'srv-no-such-port' : 'headless-no-ready-endpoints';
      else why = 'headless-no-ready-endpoints';
      continue;
    }
    // "ClusterIP service": the VIP for every matching port, endpoints or not.
    for (const p of svc.ports) {
      if (!matchPortAndProtocol(r.port, p.name, r.protocol, p.protocol)) continue;
      found = true;
      entries.push({ host: svc.clusterIP, port: p.port, key: svcDomain(svc, zone), object });
    }
    if (found) {
      const hasEndpoints = endpointSubsets(cluster, svc).some((s) => s.addresses.length > 0);
      why = r.port !== '' || r.protocol !== '' ? 'srv-clusterip' : hasEndpoints ? 'clusterip-vip' : 'clusterip-no-endpoints-still-vip';
    } else why = 'srv-no-such-port';
  }
  if (!found) return nameError(why, object);
  // An endpoint name answers for one Pod: name that Pod rather than the Service.
  const pods = [...new Set(entries.map((e) => e.object))];
  if (r.endpoint !== '' && pods.length === 1 && pods[0]!.startsWith('Pod/')) object = pods[0];
  return ok(entries, why, services.length === 1 || r.endpoint !== '' ? object : undefined);
}

/** kubernetes.go findPods with `pods insecure`: the dashed name is the answer, no Pod is looked up. */
function findPods(cluster: Cluster, r: RecordRequest, zone: string): Lookup {
  if (!namespaceExists(cluster, r.namespace)) return nameError('no-such-namespace');
  const podname = r.service;
  if (podname === '') return ok([], 'apex-nodata');
  const dashes = podname.split('-').length - 1;
  const ip = dashes === 3 && !podname.includes('--') ? podname.replaceAll('-', '.') : podname.replaceAll('-', ':');
  if (!isIPv4(ip) && !isIPv6(ip)) return nameError('pod-name-not-an-ip');
  const pod = cluster.pods.find((p) => p.ip === ip && same(p.namespace, r.namespace));
  const object = pod ? `Pod/${pod.namespace}/${pod.name}` : undefined;
  return ok([{ host: ip, port: 0, key: `${podname}.${r.namespace}.pod.${zone}`, object: object ?? '' }], 'pod-insecure', object);
}

/** kubernetes.go Records. */
function records(cluster: Cluster, name: string, zone: string): Lookup {
  const { r, invalid } = parseRequest(name, zone);
  if (invalid) return nameError(invalid);
  if (r.podOrSvc === '') return ok([], 'apex-nodata');
  if (!namespaceExists(cluster, r.namespace)) return nameError('no-such-namespace');
  return r.podOrSvc === 'pod' ? findPods(cluster, r, zone) : findServices(cluster, r, zone);
}

const hostType = (host: string): 'A' | 'AAAA' | 'CNAME' => (isIPv4(host) ? 'A' : isIPv6(host) ? 'AAAA' : 'CNAME');

interface Ctx {
  cluster: Cluster;
  zone: string;
  ttl: number;
  opts: ResolveOptions;
}

/** plugin/backend_lookup.go A / AAAA, with the CNAME chase for ExternalName targets. */
function addresses(ctx: Ctx, qname: string, type: 'A' | 'AAAA', lookup: Lookup & { ok: true }, depth: number): DnsRecord[] {
  const out: DnsRecord[] = [];
  const seen = new Set<string>();
  for (const e of lookup.entries) {
    const t = hostType(e.host);
    if (t === 'CNAME') {
      if (same(fqdn(e.host), fqdn(qname)) || depth > 7) continue;
      const cname: DnsRecord = { name: fqdn(qname), type: 'CNAME', ttl: ctx.ttl, data: fqdn(e.host) };
      if (inZone(fqdn(e.host), ctx.zone)) {
        const next = records(ctx.cluster, e.host, ctx.zone);
        if (!next.ok) continue;
        const chased = addresses(ctx, fqdn(e.host), type, next, depth + 1);
        if (chased.length > 0) out.push(cname, ...chased);
        continue;
      }
      const up = ctx.opts.upstream?.[fqdn(e.host).toLowerCase()]?.[type] ?? [];
      out.push(cname, ...up.map((ip): DnsRecord => ({ name: fqdn(e.host), type, ttl: ctx.ttl, data: ip })));
      continue;
    }
    if (t !== type || seen.has(e.host)) continue;
    seen.add(e.host);
    out.push({ name: fqdn(qname), type, ttl: ctx.ttl, data: e.host });
  }
  return out;
}

/** plugin/backend_lookup.go SRV: weight floor(100/N) over all entries, duplicates merged, glue in extra. */
function srv(ctx: Ctx, qname: string, entries: Entry[]): { answers: DnsRecord[]; extra: DnsRecord[] } {
  const internal = entries.filter((e) => hostType(e.host) !== 'CNAME');
  const total = internal.length * 100;
  const answers: DnsRecord[] = [];
  const extra: DnsRecord[] = [];
  const dup = new Set<string>();
  for (const e of internal) {
    if (e.port === -1) continue;
    let weight = Math.floor((100.0 / total) * 100);
    if (weight === 0) weight = 1;
    const target = fqdn(e.key);
    const k1 = `${target.toLowerCase()}||${e.port}`;
    if (!dup.has(k1)) {
      dup.add(k1);
      answers.push({ name: fqdn(qname), type: 'SRV', ttl: ctx.ttl, data: `0 ${weight} ${e.port} ${target}` });
    }
    const k2 = `${target.toLowerCase()}|${e.host}|0`;
    if (!dup.has(k2)) {
      dup.add(k2);
      extra.push({ name: target, type: hostType(e.host) as 'A' | 'AAAA', ttl: ctx.ttl, data: e.host });
    }
  }
  return { answers, extra };
}

/** reverse.go serviceRecordForIP: a ClusterIP first, else every ready endpoint holding the address. */
function reverse(ctx: Ctx, ip: string): { targets: string[]; why: DnsWhy; object?: string } {
  const svc = ctx.cluster.services.find((s) => !s.headless && s.clusterIP === ip);
  if (svc) return { targets: [fqdn(svcDomain(svc, ctx.cluster.clusterDomain))], why: 'ptr-service', object: serviceObject(svc) };
  const targets: string[] = [];
  let object: string | undefined;
  for (const s of ctx.cluster.services) {
    for (const sub of endpointSubsets(ctx.cluster, s)) {
      for (const a of sub.addresses) {
        if (a.ip !== ip) continue;
        const t = fqdn(`${a.label}.${svcDomain(s, ctx.cluster.clusterDomain)}`);
        if (!targets.includes(t)) targets.push(t);
        object ??= a.object;
      }
    }
  }
  return { targets, why: 'ptr-endpoint', ...(object ? { object } : {}) };
}

function soa(ctx: Ctx): DnsRecord {
  const z = ctx.zone;
  const serial = ctx.opts.soaSerial ?? DEFAULT_SOA_SERIAL;
  return { name: z, type: 'SOA', ttl: Math.min(ctx.ttl, 300), data: `ns.dns.${z} hostmaster.${z} ${serial} ${SOA_REFRESH} ${SOA_RETRY} ${SOA_EXPIRE} ${ctx.ttl}` };
}

/** The CoreDNS Pod behind the kube-dns Service that takes this question (kube-proxy picks one; here: a hash). */
function answeringServer(cluster: Cluster, qname: string, qtype: string, seed: number): DnsAnswer['server'] {
  const kubeDns = cluster.services.find((s) => s.clusterIP === cluster.dnsServiceIP);
  const pods = kubeDns ? endpointSubsets(cluster, kubeDns).flatMap((s) => s.addresses).filter((a) => a.object) : [];
  const unique = [...new Set(pods.map((p) => p.object!.replace(/^Pod\//, '')))];
  const pick = unique.length > 0 ? unique[hashString(`${qname.toLowerCase()} ${qtype}`, hashString(String(seed))) % unique.length] : undefined;
  return { ip: cluster.dnsServiceIP, port: 53, ...(pick ? { pod: pick } : {}) };
}

type Reply = Omit<DnsAnswer, 'tried'>;

/**
 * Answers one question exactly as CoreDNS would, the name taken as absolute.
 * @example queryCoreDns(cluster, 'web-service.default.svc.cluster.local', 'A').answers[0].data // '10.96.100.50'
 */
export function queryCoreDns(cluster: Cluster, name: string, type: DnsQueryType, opts: ResolveOptions = {}): Reply {
  const qname = fqdn(name);
  const seed = opts.seed ?? 0;
  const server = answeringServer(cluster, qname, type, seed);
  const clusterZone = fqdn(cluster.clusterDomain);
  const zones = [clusterZone, 'in-addr.arpa.', 'ip6.arpa.'];
  const zone = zones.find((z) => inZone(qname, z));
  const ttl = opts.ttl ?? COREDNS_MODEL.ttl;
  const forwarded = (why: DnsWhy): Reply => {
    const up = opts.upstream?.[qname.toLowerCase()];
    const data = type === 'A' || type === 'AAAA' ? up?.[type] : undefined;
    const answers = (data ?? []).map((ip): DnsRecord => ({ name: qname, type, ttl, data: ip }));
    return { rcode: up ? 'NOERROR' : 'NXDOMAIN', answers, additionals: [], aa: false, ra: true, why, forwarded: true, server };
  };
  if (!zone) return forwarded('outside-cluster-forwarded');
  const ctx: Ctx = { cluster, zone, ttl, opts };

  let answers: DnsRecord[] = [];
  let extra: DnsRecord[] = [];
  let why: DnsWhy;
  let object: string | undefined;

  if (type === 'TXT') {
    // kubernetes.go Services: TXT is answered only for dns-version.<zone>; another name that has records
    // of another type gets NODATA, any other name NXDOMAIN ("Return NXDOMAIN for no match").
    const segs = labels(qname.slice(0, qname.length - zone.length)).filter(Boolean);
    if (zone === clusterZone && segs.length === 1 && segs[0] === 'dns-version') {
      const txt: DnsRecord = { name: qname, type: 'TXT', ttl: DNS_VERSION_TTL, data: DNS_SCHEMA_VERSION };
      return { rcode: 'NOERROR', answers: [txt], additionals: [], aa: true, ra: false, why: 'dns-version', server };
    }
    // In the reverse zones that NXDOMAIN falls through to `forward`, as every reverse miss does.
    if (zone !== clusterZone) return forwarded('ptr-unknown-forwarded');
    const other = records(cluster, qname, zone);
    if (other.ok && other.entries.length > 0) {
      return { rcode: 'NOERROR', answers: [], additionals: [], authority: [soa(ctx)], aa: true, ra: false, why: 'type-nodata', server };
    }
    return { rcode: 'NXDOMAIN', answers: [], additionals: [], authority: [soa(ctx)], aa: true, ra: false, why: other.ok ? 'no-such-service' : other.why, server };
  }

  if (zone !== clusterZone) {
    // Reverse zones: only PTR for known addresses answers; every miss `fallthrough`s to `forward`.
    const ip = type === 'PTR' ? addressFromReverse(qname) : '';
    const found = ip ? reverse(ctx, ip) : undefined;
    if (!found || found.targets.length === 0) return forwarded('ptr-unknown-forwarded');
    answers = found.targets.map((t) => ({ name: qname, type: 'PTR', ttl, data: t }));
    why = found.why;
    object = found.object;
  } else {
    let lookup: Lookup;
    if ((type === 'A' || type === 'AAAA') && same(qname, `ns.dns.${zone}`)) {
      // kubernetes.go Services isDefaultNS: the kube-dns Service address.
      lookup = ok(type === 'A' ? [{ host: cluster.dnsServiceIP, port: 0, key: qname, object: '' }] : [], 'clusterip-vip');
    } else {
      lookup = records(cluster, qname, zone);
    }
    why = lookup.why;
    object = lookup.object;
    if (!lookup.ok) {
      return { rcode: 'NXDOMAIN', answers: [], additionals: [], authority: [soa(ctx)], aa: true, ra: false, why, ...(object ? { object } : {}), server };
    }
    {
      switch (type) {
        case 'A':
        case 'AAAA':
          answers = addresses(ctx, qname, type, lookup, 0);
          break;
        case 'SRV': {
          const r = srv(ctx, qname, lookup.entries);
          answers = r.answers;
          extra = r.extra;
          break;
        }
        case 'CNAME': {
          // backend_lookup.go CNAME: the first entry, when it is a name.
          const first = lookup.entries[0];
          if (first && hostType(first.host) === 'CNAME') answers = [{ name: qname, type: 'CNAME', ttl, data: fqdn(first.host) }];
          break;
        }
        case 'PTR':
          // PTR on a forward name: Reverse → Records, so NODATA for an existing name.
          break;
      }
    }
  }

  if (answers.length === 0) {
    // backend_lookup.go BackendError(RcodeSuccess): the name exists, the type does not (or an apex).
    if (why !== 'apex-nodata') why = 'type-nodata';
    return { rcode: 'NOERROR', answers: [], additionals: [], authority: [soa(ctx)], aa: true, ra: false, why, ...(object ? { object } : {}), server };
  }
  if (type === 'SRV') why = why === 'clusterip-vip' || why === 'clusterip-no-endpoints-still-vip' ? 'srv-clusterip' : why === 'srv-clusterip' ? why : 'srv-headless';
  // dnsutil.Dedup, then loadbalance (NOERROR replies only).
  const dedup = (rs: DnsRecord[]): DnsRecord[] => {
    const seen = new Set<string>();
    return rs.filter((r) => {
      const k = `${r.name.toLowerCase()} ${r.type} ${r.data}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  };
  const nextId = idSource(seed, `${qname.toLowerCase()} ${type}`);
  answers = dedup(answers);
  extra = dedup(extra);
  if (opts.shuffle !== false) {
    answers = roundRobin(answers, nextId);
    extra = roundRobin(extra, nextId);
  }
  return { rcode: 'NOERROR', answers, additionals: extra, aa: true, ra: false, why, ...(object ? { object } : {}), server };
}
