// `dig` 9.18 output (isc-projects/bind9 bin/dig/dig.c printgreeting, printmessage, isdotlocal,
// say_message; lib/dns/masterdump.c indent, question_totext), checked line for line against the real
// dig in real-clients.test.ts and against the captures in testdata/golden/dns/captures (SOURCES.md).
import type { Cluster } from '../model/types';
import { fqdn, isIPv4, reverseName } from './names';
import { hashString } from './loadbalance';
import { podResolverConfig } from './search';
import { queryCoreDns } from './coredns';
import { DIG_WARNINGS, type DigWarning } from './dig-warnings';
import type { DnsAnswer, DnsQueryType, DnsRecord, ResolveOptions } from './types';
import { wireReply } from './reply';

export const DIG_VERSION = '9.18.49-1~deb12u3-Debian';

export interface DigOptions extends ResolveOptions {
  /** The Pod dig runs in (`namespace/name`): its resolv.conf gives the server and search list. Default `default/test`. */
  fromPod?: string;
  /** Override resolv.conf's nameserver (the kube-dns VIP), keeping its search list. */
  nameserver?: string;
  /** `@server`: ask this server instead of resolv.conf's nameserver. */
  server?: string;
  /** `-p port`. */
  port?: number;
  /** `-x`: `name` is an address; ask PTR for its reverse name. */
  reverse?: boolean;
  /** `+search`: use resolv.conf's search list (dig does not by default). */
  search?: boolean;
  /** `+short`: only the answers' data. */
  short?: boolean;
  /** `+noall`: print nothing but the sections turned back on (`+answer`). */
  noall?: boolean;
  /** `+answer` after `+noall`: the answer section's records alone, with no header or comments. */
  answer?: boolean;
  /** The header id (random in real dig). Default: derived from the question. */
  id?: number;
  /** The client cookie, 16 hex digits (random in real dig). */
  cookie?: string;
  /** `;; Query time:` in msec. Default 0. */
  queryTimeMs?: number;
  /** `;; WHEN:`. Default Wed Nov 25 16:25:32 UTC 2026 (the captures' date). */
  when?: Date;
  /** false for the second and later names of one command: dig prints its greeting once (printgreeting). */
  greeting?: boolean;
  /** The command line as typed after `dig` (default: built from the options). */
  args?: string[];
}

export interface DigResult {
  text: string;
  exitCode: number;
  /** `;; WARNING: .local is reserved for Multicast DNS` (isdotlocal) and `;; WARNING: recursion requested but not available`, when printed. */
  warnings: DigWarning[];
  /** The reply dig printed (the last one asked, with +search the first that was not NXDOMAIN). */
  reply: DnsAnswer;
  /** Bytes of that reply on the wire (`MSG SIZE  rcvd`). */
  msgSize: number;
}

export const DIG_DEFAULT_WHEN = new Date(Date.UTC(2026, 10, 25, 16, 25, 32));
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number): string => String(n).padStart(2, '0');

/** strftime "%a %b %d %H:%M:%S %Z %Y" in UTC. */
export function formatWhen(d: Date): string {
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

/** masterdump.c indent(): move from column `from` to `to` with tab stops every 8. */
function indent(from: number, to: number): { text: string; col: number } {
  if (to < from + 1) to = from + 1;
  const ntabs = Math.floor(to / 8) - Math.floor(from / 8);
  let text = '';
  if (ntabs > 0) {
    text = '\t'.repeat(ntabs);
    from = Math.floor(to / 8) * 8;
  }
  return { text: text + ' '.repeat(to - from), col: to };
}

/** Joins fields at dig's columns (name, ttl 24, class 32, type 40, rdata 48). */
function columns(fields: string[], stops: number[]): string {
  let out = fields[0]!;
  let col = out.length;
  for (let i = 1; i < fields.length; i++) {
    const step = indent(col, stops[i - 1]!);
    out += step.text + fields[i]!;
    col = step.col + fields[i]!.length;
  }
  return out;
}

function rdataText(r: DnsRecord): string {
  return r.type === 'TXT' ? `"${r.data}"` : r.data;
}

/** One record line as dig prints it. */
export function formatDigRecord(r: DnsRecord): string {
  return columns([r.name, String(r.ttl), 'IN', r.type, rdataText(r)], [24, 32, 40, 48]);
}

/** The question line: `;` then the name, IN at 32 and the type at 40, counted from the name. */
export function formatDigQuestion(name: string, type: string): string {
  return `;${columns([name, 'IN', type], [32, 40])}`;
}

function isDotLocal(name: string): boolean {
  const n = fqdn(name).toLowerCase();
  return n === 'local.' || n.endsWith('.local.');
}

/** The candidate names of `dig +search` (bind9 dighost.c setup_lookup / next_origin). */
export function digSearchCandidates(name: string, search: string[], ndots: number): string[] {
  const dots = (name.match(/\./g) ?? []).length;
  if (name.endsWith('.') || dots >= ndots) return [fqdn(name)];
  return [...search.map((d) => fqdn(`${name}.${d}`)), fqdn(name)];
}

function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/**
 * What `dig` prints in a Pod.
 * @example dig(cluster, 'web-service.default.svc.cluster.local', 'A').text
 */
export function dig(cluster: Cluster, name: string, type: DnsQueryType = 'A', opts: DigOptions = {}): DigResult {
  const config = podResolverConfig(cluster, opts.fromPod ?? 'default/test');
  const server = opts.server ?? opts.nameserver ?? config.nameserver;
  const port = opts.port ?? 53;
  const qtype: DnsQueryType = opts.reverse ? 'PTR' : type;
  const asked = opts.reverse && isIPv4(name) ? reverseName(name)! : name;
  const candidates = opts.search && !opts.reverse ? digSearchCandidates(asked, config.search, config.ndots) : [fqdn(asked)];

  let reply = queryCoreDns(cluster, candidates[0]!, qtype, opts);
  let qname = candidates[0]!;
  const tried = [qname];
  for (const c of candidates.slice(1)) {
    if (reply.rcode !== 'NXDOMAIN') break;
    qname = c;
    tried.push(c);
    reply = queryCoreDns(cluster, c, qtype, opts);
  }

  const id = opts.id ?? hashString(`${qname} ${qtype}`, opts.seed ?? 0) & 0xffff;
  const cookieHex = (opts.cookie ?? hashString(`cookie ${qname}`, opts.seed ?? 0).toString(16).padStart(8, '0').repeat(2)).slice(0, 16);
  const query = { id, name: qname, type: qtype, rd: true, edns: { udpSize: 1232, cookie: hexBytes(cookieHex) } };
  let { message, bytes } = wireReply(reply, query);
  // dighost.c: a truncated UDP reply is asked again over TCP (`;; Truncated, retrying in TCP mode.`).
  const retried = message.tc;
  if (retried) ({ message, bytes } = wireReply(reply, query, 65535));
  const answer: DnsAnswer = { ...reply, answers: message.answers, authority: message.authority, additionals: message.additionals, tried };

  if (opts.short) {
    // +short implies +nocmd +nocomments: no truncation notice either.
    const text = message.answers.map((r) => `${rdataText(r)}\n`).join('');
    return { text, exitCode: 0, warnings: [], reply: answer, msgSize: bytes.length };
  }

  if (opts.noall) {
    const text = opts.answer ? message.answers.map((r) => `${formatDigRecord(r)}\n`).join('') : '';
    return { text, exitCode: 0, warnings: [], reply: answer, msgSize: bytes.length };
  }

  const args = opts.args ?? [
    ...(opts.server ? [`@${opts.server}`] : []),
    ...(opts.port !== undefined ? ['-p', String(opts.port)] : []),
    ...(opts.search ? ['+search'] : []),
    ...(opts.short ? ['+short'] : []),
    ...(opts.reverse ? ['-x', name] : [name]),
    ...(!opts.reverse && type !== 'A' ? [type] : []),
  ];
  const flags = ['qr', message.aa && 'aa', message.tc && 'tc', message.rd && 'rd', message.ra && 'ra'].filter(Boolean).join(' ');
  const warnings: DigWarning[] = [
    ...(isDotLocal(qname) ? ['mdns-local' as const] : []),
    ...(message.rd && !message.ra ? ['recursion-not-available' as const] : []),
  ];
  const lines: string[] = [
    ...(retried ? [';; Truncated, retrying in TCP mode.'] : []),
    ...(opts.greeting === false ? [] : ['', `; <<>> DiG ${DIG_VERSION} <<>> ${args.join(' ')}`, ...(opts.server ? ['; (1 server found)'] : []), ';; global options: +cmd']),
    ';; Got answer:',
    ...(warnings.includes('mdns-local') ? [DIG_WARNINGS['mdns-local'], ';; You are currently testing what happens when an mDNS query is leaked to DNS'] : []),
    `;; ->>HEADER<<- opcode: QUERY, status: ${message.rcode}, id: ${id}`,
    `;; flags: ${flags}; QUERY: 1, ANSWER: ${message.answers.length}, AUTHORITY: ${message.authority.length}, ADDITIONAL: ${message.additionals.length + 1}`,
    ...(warnings.includes('recursion-not-available') ? [DIG_WARNINGS['recursion-not-available']] : []),
    '',
    ';; OPT PSEUDOSECTION:',
    '; EDNS: version: 0, flags:; udp: 1232',
    `; COOKIE: ${cookieHex} (echoed)`,
    ';; QUESTION SECTION:',
    formatDigQuestion(fqdn(qname), qtype),
    '',
  ];
  const section = (title: string, rs: DnsRecord[]): void => {
    if (rs.length === 0) return;
    lines.push(`;; ${title} SECTION:`, ...rs.map(formatDigRecord), '');
  };
  section('ANSWER', message.answers);
  section('AUTHORITY', message.authority);
  section('ADDITIONAL', message.additionals);
  lines.push(
    `;; Query time: ${opts.queryTimeMs ?? 0} msec`,
    `;; SERVER: ${server}#${port}(${server}) (${retried ? 'TCP' : 'UDP'})`,
    `;; WHEN: ${formatWhen(opts.when ?? DIG_DEFAULT_WHEN)}`,
    `;; MSG SIZE  rcvd: ${bytes.length}`,
    '',
  );
  return { text: `${lines.join('\n')}\n`, exitCode: 0, warnings, reply: answer, msgSize: bytes.length };
}
