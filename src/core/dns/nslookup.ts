// busybox `nslookup` (1.35/1.36, networking/nslookup.c, FEATURE_NSLOOKUP_BIG — the applet in the
// `busybox` image of `kubectl run test --rm -it --image=busybox`). Checked line for line against the
// real busybox in real-clients.test.ts and against the captures in testdata/golden/dns/captures (SOURCES.md).
import type { Cluster } from '../model/types';
import { bare } from './names';
import { busyboxQueries, podResolverConfig } from './search';
import { queryCoreDns } from './coredns';
import type { DnsAnswer, DnsQueryType, DnsRecord, ResolveOptions } from './types';
import { wireReply } from './reply';

export interface NslookupOptions extends ResolveOptions {
  /** The Pod nslookup runs in (`namespace/name`). Default `default/test`. */
  fromPod?: string;
  /** Override resolv.conf's nameserver (the kube-dns VIP), keeping its search list. */
  nameserver?: string;
  /** `-type=X`: only that type (default: A and AAAA, or PTR for an address). */
  type?: DnsQueryType;
  /** The SERVER argument: ask it directly, and then busybox uses no search list. */
  server?: string;
  /** `-port=N`. */
  port?: number;
}

export interface NslookupQuery {
  name: string;
  type: DnsQueryType;
  reply: DnsAnswer;
  /** The reply arrived with more than 512 bytes' worth of records cut (TC set; busybox ignores it). */
  truncated: boolean;
}

/** Why busybox did or did not use the search list (codes for the UI). */
export type BusyboxSearch = 'search-list-applied' | 'not-searched-name-has-dot' | 'not-searched-server-argument' | 'not-searched-ptr';

export interface NslookupResult {
  text: string;
  exitCode: number;
  search: BusyboxSearch;
  /** Every query busybox sent, in the order sent (and, here, the order of arrival). */
  queries: NslookupQuery[];
}

// busybox nslookup.c rcodes[].
const RCODE_TEXT: Record<string, string> = { NOERROR: 'NOERROR', SERVFAIL: 'SERVFAIL', NXDOMAIN: 'NXDOMAIN' };

/** parse_reply: one line (or pair) per ANSWER record; names printed without the trailing dot. */
function formatAnswer(r: DnsRecord): string {
  const owner = bare(r.name);
  switch (r.type) {
    case 'A':
    case 'AAAA':
      return `Name:\t${owner}\nAddress: ${r.data}\n`;
    case 'CNAME':
      return `${owner}\tcanonical name = ${bare(r.data)}\n`;
    case 'PTR':
      return `${owner}\tname = ${bare(r.data)}\n`;
    case 'NS':
      return `${owner}\tnameserver = ${bare(r.data)}\n`;
    case 'SRV': {
      const [p, w, port, target] = r.data.split(' ');
      return `${owner}\tservice = ${p} ${w} ${port} ${bare(target ?? '')}\n`;
    }
    case 'TXT':
      return `${owner}\ttext = "${r.data}"\n`;
    case 'SOA': {
      const [mname, rname, serial, refresh, retry, expire, minimum] = r.data.split(' ');
      return `${owner}\n\torigin = ${bare(mname!)}\n\tmail addr = ${bare(rname!)}\n\tserial = ${serial}\n\trefresh = ${refresh}\n\tretry = ${retry}\n\texpire = ${expire}\n\tminimum = ${minimum}\n`;
    }
  }
}

/**
 * What `nslookup NAME` prints in a Pod whose image is busybox, and its exit status.
 * @example nslookup(cluster, 'web-service').text.startsWith('Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n')
 */
export function nslookup(cluster: Cluster, name: string, opts: NslookupOptions = {}): NslookupResult {
  const config = podResolverConfig(cluster, opts.fromPod ?? 'default/test');
  const server = opts.server ?? opts.nameserver ?? config.nameserver;
  const port = opts.port ?? 53;
  // parse_resolvconf() (and so the search list) only runs without a server argument.
  const search = opts.server ? [] : config.search;
  const queries: NslookupQuery[] = [];
  let text = `Server:\t\t${server}\nAddress:\t${server}:${port}\n\n`;
  let exitCode = 0;
  busyboxQueries(name, search, opts.type).forEach((q, i) => {
    const answer = queryCoreDns(cluster, q.name, q.type, opts);
    // busybox sends no EDNS and reads into a 512-byte buffer.
    const { message } = wireReply(answer, { id: i + 1, name: q.name, type: q.type, rd: true });
    const reply: DnsAnswer = { ...answer, answers: message.answers, authority: message.authority, additionals: message.additionals, tried: [q.name] };
    queries.push({ name: q.name, type: q.type, reply, truncated: message.tc });
    if (reply.rcode !== 'NOERROR') {
      text += `** server can't find ${q.name}: ${RCODE_TEXT[reply.rcode]}\n`;
      exitCode = 1;
    } else {
      if (!reply.aa) text += 'Non-authoritative answer:\n';
      text += reply.answers.map(formatAnswer).join('');
    }
    text += '\n';
  });
  const mode: BusyboxSearch = opts.server ? 'not-searched-server-argument'
    : queries[0]?.type === 'PTR' && !opts.type ? 'not-searched-ptr'
    : name.includes('.') ? 'not-searched-name-has-dot' : 'search-list-applied';
  return { text, exitCode, search: mode, queries };
}
