// bind's dig, host and nslookup as programs in a Pod (the dnsutils image's, and agnhost's bind-tools): their
// command lines read as bin/dig/dig.c parse_args, host.c parse_args and nslookup.c parse_args read them, the
// printing done by the DNS printers (dns/dig.ts, dns/bind-host.ts, dns/bind-nslookup.ts).
import { bindHost } from '../../dns/bind-host';
import { bindNslookup } from '../../dns/bind-nslookup';
import { dig as digPrinter, DIG_DEFAULT_WHEN } from '../../dns/dig';
import type { DnsQueryType } from '../../dns/types';
import type { Cluster } from '../../model/types';
import { nextShuffleSeed, Output, type Program, type ProgramContext, type ProgramResult } from '../program';

/** The question types the simulated CoreDNS answers. */
const MODELLED: Record<string, DnsQueryType> = { A: 'A', AAAA: 'AAAA', SRV: 'SRV', PTR: 'PTR', CNAME: 'CNAME', TXT: 'TXT' };
/** Types bind knows that the simulation does not answer (a note says so instead of inventing a reply). */
const UNMODELLED = new Set(['MX', 'NS', 'SOA', 'ANY', 'AXFR', 'IXFR', 'HINFO', 'CAA', 'NAPTR', 'DNSKEY', 'DS']);

type TypeWord = { kind: 'type'; type: DnsQueryType } | { kind: 'unmodelled' } | { kind: 'unknown' };
function typeWord(word: string): TypeWord {
  const up = word.toUpperCase();
  if (MODELLED[up]) return { kind: 'type', type: MODELLED[up] };
  return UNMODELLED.has(up) ? { kind: 'unmodelled' } : { kind: 'unknown' };
}

/** A usage error: bind's programs print their usage text, not reproduced here (a note says so). */
const usage = (program: string, status: number): ProgramResult => ({ chunks: [], status, notes: [{ code: 'usage-text-not-shown', command: program }] });

const notModelled = (program: string): ProgramResult => ({ chunks: [], status: 1, notes: [{ code: 'query-type-not-modelled', command: program }] });

/** A server the Pod can reach as a DNS server: the kube-dns ClusterIP or a CoreDNS Pod. Others are not simulated. */
function answeringServer(cluster: Cluster, server: string): boolean {
  return server === cluster.dnsServiceIP || cluster.pods.some((p) => p.system && p.ip === server && /coredns/.test(p.image ?? ''));
}

interface DigArgs { names: string[]; type?: DnsQueryType; reverse?: string; server?: string; short: boolean; search: boolean; noall: boolean; answer: boolean }

function parseDig(args: string[]): DigArgs | ProgramResult {
  const d: DigArgs = { names: [], short: false, search: false, noall: false, answer: true };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('@')) { d.server = a.slice(1); continue; }
    if (a.startsWith('+')) {
      const opt = a.slice(1).toLowerCase();
      const on = !opt.startsWith('no');
      const name = on ? opt : opt.slice(2);
      if (name === 'short') d.short = on;
      else if (name === 'search') d.search = on;
      else if (name === 'all') { d.noall = !on; d.answer = on; }
      else if (name === 'answer') d.answer = on;
      else if (name === 'cmd' || name === 'comments' || name === 'stats' || name === 'question') continue;
      else return usage('dig', 1);
      continue;
    }
    if (a === '-t' || a === '-x' || a === '-p' || a === '-c') {
      const v = args[++i];
      if (v === undefined) return usage('dig', 1);
      if (a === '-t') {
        const t = typeWord(v);
        if (t.kind === 'unmodelled') return notModelled('dig');
        if (t.kind === 'unknown') return usage('dig', 1);
        d.type = t.type;
      } else if (a === '-x') d.reverse = v;
      continue;
    }
    if (a.startsWith('-')) return usage('dig', 1);
    // dig.c parse_args: a word that reads as a type is the query type; IN is the class; anything else a name.
    const t = typeWord(a);
    if (t.kind === 'type') d.type = t.type;
    else if (t.kind === 'unmodelled') return notModelled('dig');
    else if (a.toUpperCase() !== 'IN') d.names.push(a);
  }
  return d;
}

export const dig: Program = (ctx, args) => {
  const d = parseDig(args);
  if ('chunks' in d) return d;
  if (d.names.length === 0 && d.reverse === undefined) return notModelled('dig');
  if (d.server !== undefined && !answeringServer(ctx.cluster, d.server)) return { chunks: [], status: 9, notes: [{ code: 'dns-server-not-simulated', command: 'dig' }] };
  const o = new Output();
  const lookups = d.reverse !== undefined ? [{ name: d.reverse, reverse: true }] : d.names.map((name) => ({ name, reverse: false }));
  for (const [i, l] of lookups.entries()) {
    const res = digPrinter(ctx.cluster, l.name, d.type ?? 'A', {
      greeting: i === 0,
      fromPod: ctx.session.pod!, seed: nextShuffleSeed(ctx), args,
      when: new Date(DIG_DEFAULT_WHEN.getTime() + Math.round(ctx.session.client.now) * 1000),
      reverse: l.reverse, search: d.search, short: d.short, noall: d.noall, answer: d.answer,
      ...(d.server !== undefined ? { server: d.server } : {}),
    });
    o.out(res.text);
  }
  return o.done(0);
};

export const host: Program = (ctx, args) => {
  let type: DnsQueryType | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-t' || a.startsWith('-t')) {
      const v = a === '-t' ? args[++i] : a.slice(2);
      if (v === undefined) return usage('host', 1);
      const t = typeWord(v);
      if (t.kind === 'unmodelled') return notModelled('host');
      if (t.kind === 'unknown') return usage('host', 1);
      type = t.type;
    } else if (a.startsWith('-')) return usage('host', 1);
    else rest.push(a);
  }
  const [name, server] = rest;
  if (name === undefined || rest.length > 2) return usage('host', 1);
  if (server !== undefined && !answeringServer(ctx.cluster, server)) return { chunks: [], status: 1, notes: [{ code: 'dns-server-not-simulated', command: 'host' }] };
  const res = bindHost(ctx.cluster, name, { fromPod: ctx.session.pod!, seed: nextShuffleSeed(ctx), ...(type ? { type } : {}), ...(server !== undefined ? { server } : {}) });
  const o = new Output();
  o.out(res.text);
  return o.done(res.exitCode);
};

export const nslookup: Program = (ctx: ProgramContext, args) => {
  const o = new Output();
  let type: DnsQueryType | undefined;
  const rest: string[] = [];
  for (const a of args) {
    const t = /^-(?:type|query|q|querytype)=(.*)$/i.exec(a);
    if (t) {
      const w = typeWord(t[1]!);
      if (w.kind === 'unmodelled') return notModelled('nslookup');
      // nslookup.c testtype: the type is reported and ignored; the lookup goes on with the default types.
      if (w.kind === 'unknown') o.out(`unknown query type: ${t[1]}\n`);
      else type = w.type;
    } else if (a.startsWith('-')) return usage('nslookup', 1);
    else rest.push(a);
  }
  const [name, server] = rest;
  // Without a name bind's nslookup goes interactive (its `> ` prompt), which this shell does not run.
  if (name === undefined || rest.length > 2) return usage('nslookup', 1);
  if (server !== undefined && !answeringServer(ctx.cluster, server)) return { chunks: [], status: 1, notes: [{ code: 'dns-server-not-simulated', command: 'nslookup' }] };
  const res = bindNslookup(ctx.cluster, name, {
    fromPod: ctx.session.pod!, seed: nextShuffleSeed(ctx), ...(type ? { type } : {}), ...(server !== undefined ? { server } : {}),
  });
  o.out(res.text);
  return o.done(res.exitCode);
};
