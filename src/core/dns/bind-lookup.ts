// How bind's `host` and `nslookup` (bin/dig/dighost.c, shared with dig) walk a name through the Pod's search
// list: fewer dots than ndots, the search domains first and then the name as given; ndots or more, or a
// trailing dot, the name alone. The walk goes on only past NXDOMAIN (next_origin); a NODATA answer ends it.
// Each reply is what the client read off the wire: EDNS with 1232 bytes, asked again over TCP when truncated.
import type { Cluster } from '../model/types';
import { digSearchCandidates } from './dig';
import { queryCoreDns } from './coredns';
import { fqdn } from './names';
import { wireReply } from './reply';
import { podResolverConfig } from './search';
import type { DnsAnswer, DnsQueryType, ResolveOptions } from './types';

export interface BindLookupOptions extends ResolveOptions {
  /** The Pod the program runs in (`namespace/name`): its resolv.conf gives the server, search list and ndots. */
  fromPod: string;
  /** A server named on the command line instead of resolv.conf's. */
  server?: string;
}

export interface BindReply {
  /** The name asked, absolute. */
  name: string;
  reply: DnsAnswer;
}

/** The replies one lookup read, in order; the last one is the answer the program prints. */
export function bindLookup(cluster: Cluster, name: string, type: DnsQueryType, opts: BindLookupOptions): BindReply[] {
  const config = podResolverConfig(cluster, opts.fromPod);
  const candidates = type === 'PTR' ? [fqdn(name)] : digSearchCandidates(name, config.search, config.ndots);
  const out: BindReply[] = [];
  for (const candidate of candidates) {
    const answer = queryCoreDns(cluster, candidate, type, opts);
    const query = { id: 0, name: candidate, type, rd: true, edns: { udpSize: 1232 } };
    let { message } = wireReply(answer, query);
    if (message.tc) ({ message } = wireReply(answer, query, 65535));
    const reply: DnsAnswer = { ...answer, answers: message.answers, authority: message.authority, additionals: message.additionals, tried: [candidate] };
    out.push({ name: candidate, reply });
    if (reply.rcode !== 'NXDOMAIN') break;
  }
  return out;
}

/** rdata as bind's dns_rdata_totext writes it (names absolute, TXT quoted). */
export function bindRdata(type: string, data: string): string {
  return type === 'TXT' ? `"${data}"` : data;
}
