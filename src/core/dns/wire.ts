// DNS wire format (RFC 1035 4.1, RFC 6891 for OPT): the bytes a reply takes. dig prints their count
// as `MSG SIZE  rcvd`, busybox reads at most 512 of them, and the test server sends them. Pure
// TypeScript (Uint8Array only) so it runs in the Worker too.
//
// CoreDNS replies uncompressed unless the reply is larger than the client's buffer (request.go
// Scrub → miekg/dns Msg.Truncate: compress first, then drop records and set TC).
import { isIPv4, isIPv6 } from './names';
import type { DnsRecord, Rcode } from './types';

export const TYPE_CODES: Record<string, number> = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, OPT: 41 };
export const RCODES: Record<Rcode, number> = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3 };

export interface WireMessage {
  id: number;
  qr: boolean;
  aa: boolean;
  tc: boolean;
  rd: boolean;
  ra: boolean;
  rcode: Rcode;
  question: { name: string; type: string };
  answers: DnsRecord[];
  authority: DnsRecord[];
  additionals: DnsRecord[];
  /** EDNS: present when the client sent OPT (CoreDNS copies it: same UDP size, supported options kept). */
  edns?: { udpSize: number; cookie?: Uint8Array };
}

/** UTF-8 bytes (no TextEncoder: the core's lib is plain ES2022). */
function utf8(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

class Writer {
  buf: number[] = [];
  names = new Map<string, number>();
  constructor(readonly compress: boolean) {}
  u8(v: number): void { this.buf.push(v & 0xff); }
  u16(v: number): void { this.buf.push((v >>> 8) & 0xff, v & 0xff); }
  u32(v: number): void { this.u16(Math.floor(v / 0x10000) & 0xffff); this.u16(v & 0xffff); }
  bytes(b: ArrayLike<number>): void { for (let i = 0; i < b.length; i++) this.buf.push(b[i]!); }
  name(n: string, compressible = true): void {
    const labels = n === '.' || n === '' ? [] : (n.endsWith('.') ? n.slice(0, -1) : n).split('.');
    for (let i = 0; i < labels.length; i++) {
      const suffix = labels.slice(i).join('.').toLowerCase();
      if (this.compress && compressible) {
        const at = this.names.get(suffix);
        if (at !== undefined) { this.u16(0xc000 | at); return; }
        if (this.buf.length < 0x3fff) this.names.set(suffix, this.buf.length);
      }
      const bytes = utf8(labels[i]!);
      this.u8(bytes.length);
      this.bytes(bytes);
    }
    this.u8(0);
  }
}

function ipv6Bytes(ip: string): number[] {
  const [head, tail] = ip.includes('::') ? ip.split('::') as [string, string] : [ip, undefined];
  const groups = (s: string): number[] => (s === '' ? [] : s.split(':').flatMap((g) => (g.includes('.') ? g.split('.').map(Number).reduce<number[]>((acc, b, i) => (i % 2 === 0 ? [...acc, b << 8] : [...acc.slice(0, -1), acc[acc.length - 1]! | b]), []) : [parseInt(g, 16)])));
  const h = groups(head);
  const t = tail === undefined ? [] : groups(tail);
  const all = [...h, ...Array<number>(8 - h.length - t.length).fill(0), ...t];
  return all.flatMap((g) => [(g >>> 8) & 0xff, g & 0xff]);
}

function rdata(w: Writer, r: DnsRecord): void {
  const start = w.buf.length;
  w.u16(0); // length placeholder
  switch (r.type) {
    case 'A':
      if (isIPv4(r.data)) w.bytes(r.data.split('.').map(Number));
      break;
    case 'AAAA':
      if (isIPv6(r.data)) w.bytes(ipv6Bytes(r.data));
      break;
    case 'CNAME':
    case 'PTR':
    case 'NS':
      w.name(r.data);
      break;
    case 'SRV': {
      const [prio, weight, port, target] = r.data.split(' ');
      w.u16(Number(prio)); w.u16(Number(weight)); w.u16(Number(port));
      // RFC 2782: the target is not compressed.
      w.name(target ?? '.', false);
      break;
    }
    case 'SOA': {
      const [mname, rname, ...nums] = r.data.split(' ');
      w.name(mname!); w.name(rname!);
      for (const n of nums) w.u32(Number(n));
      break;
    }
    case 'TXT': {
      const bytes = utf8(r.data);
      for (let i = 0; i < bytes.length || i === 0; i += 255) {
        const chunk = bytes.slice(i, i + 255);
        w.u8(chunk.length); w.bytes(chunk);
      }
      break;
    }
  }
  const len = w.buf.length - start - 2;
  w.buf[start] = (len >>> 8) & 0xff;
  w.buf[start + 1] = len & 0xff;
}

function rr(w: Writer, r: DnsRecord): void {
  w.name(r.name);
  w.u16(TYPE_CODES[r.type] ?? 0);
  w.u16(1);
  w.u32(r.ttl);
  rdata(w, r);
}

/** Encodes a message; `compress` as miekg/dns does when a reply must shrink. */
export function encodeMessage(m: WireMessage, compress = false): Uint8Array {
  const w = new Writer(compress);
  w.u16(m.id);
  w.u8((m.qr ? 0x80 : 0) | (m.aa ? 0x04 : 0) | (m.tc ? 0x02 : 0) | (m.rd ? 0x01 : 0));
  w.u8((m.ra ? 0x80 : 0) | (RCODES[m.rcode] & 0x0f));
  w.u16(1);
  w.u16(m.answers.length);
  w.u16(m.authority.length);
  w.u16(m.additionals.length + (m.edns ? 1 : 0));
  w.name(m.question.name);
  w.u16(TYPE_CODES[m.question.type] ?? 0);
  w.u16(1);
  for (const r of m.answers) rr(w, r);
  for (const r of m.authority) rr(w, r);
  for (const r of m.additionals) rr(w, r);
  if (m.edns) {
    w.u8(0); // root
    w.u16(TYPE_CODES.OPT!);
    w.u16(m.edns.udpSize);
    w.u32(0);
    const cookie = m.edns.cookie;
    if (cookie) {
      w.u16(4 + cookie.length);
      w.u16(10); w.u16(cookie.length); w.bytes(cookie);
    } else w.u16(0);
  }
  return Uint8Array.from(w.buf);
}

/**
 * The reply as CoreDNS sends it to a client with this buffer size (512 without EDNS): uncompressed if
 * it fits, else compressed, else — miekg/dns Msg.Truncate — as many Answer records as fit, then
 * Authority, then Additional, with TC set when any record was left out.
 */
export function fitReply(m: WireMessage, size: number): { message: WireMessage; bytes: Uint8Array; compressed: boolean } {
  const plain = encodeMessage(m);
  if (plain.length <= size) return { message: m, bytes: plain, compressed: false };
  const packed = encodeMessage(m, true);
  if (packed.length <= size) return { message: m, bytes: packed, compressed: true };
  const fits = (x: WireMessage): boolean => encodeMessage(x, true).length <= size;
  // The longest prefix of `section` that still fits, given the sections before it (a monotone test).
  const prefix = (base: WireMessage, section: 'answers' | 'authority' | 'additionals', all: DnsRecord[]): number => {
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits({ ...base, [section]: all.slice(0, mid) })) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  let cut: WireMessage = { ...m, answers: [], authority: [], additionals: [] };
  const nAns = prefix(cut, 'answers', m.answers);
  cut = { ...cut, answers: m.answers.slice(0, nAns) };
  if (nAns === m.answers.length) {
    const nNs = prefix(cut, 'authority', m.authority);
    cut = { ...cut, authority: m.authority.slice(0, nNs) };
    if (nNs === m.authority.length) cut = { ...cut, additionals: m.additionals.slice(0, prefix(cut, 'additionals', m.additionals)) };
  }
  cut.tc = true;
  return { message: cut, bytes: encodeMessage(cut, true), compressed: true };
}
