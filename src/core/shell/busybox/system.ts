// busybox's hostname, env, sleep and nslookup applets, in the Pod the shell runs in.
import { nslookup as busyboxNslookup } from '../../dns/nslookup';
import type { DnsQueryType } from '../../dns/types';
import { nextShuffleSeed, Output, usage, type Program } from '../program';
import { clusterNow, lookupPath, trackLookup } from '../tracked';

// hostname.c with no arguments: gethostname(), which in a Pod is what the runtime set (spec.hostname or the name).
export const hostname: Program = (ctx, args) => {
  if (args.length) return usage('hostname', 1);
  const o = new Output();
  o.out(`${ctx.pod.hostname ?? ctx.pod.name}\n`);
  return o.done(0);
};

export const env: Program = (ctx, args) => {
  if (args.length) return usage('env', 1);
  const o = new Output();
  o.out([...ctx.env].map(([k, v]) => `${k}=${v}\n`).join(''));
  return o.done(0);
};

// sleep.c (FEATURE_FANCY_SLEEP, FLOAT_DURATION): the arguments add up; each may end in s, m, h or d.
const UNIT: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };
export const sleep: Program = (ctx, args) => {
  const o = new Output();
  // 1.36's ash runs sleep as a builtin (ASH_SLEEP), which answers a bare `sleep` so instead of the usage text.
  if (args.length === 0) { o.err('sh: sleep: missing operand\n'); return o.done(1); }
  let total = 0;
  for (const a of args) {
    const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(a);
    if (!m) { o.err(`sleep: invalid number '${a}'\n`); return o.done(1); }
    total += Number(m[1]) * UNIT[m[2]!]!;
  }
  ctx.session.client.now += total;
  return o.done(0);
};

// nslookup.c (FEATURE_NSLOOKUP_BIG): `-type=X` (also -query=), `-port=N`, NAME, optional SERVER.
const QUERY_TYPES: Record<string, DnsQueryType> = { a: 'A', aaaa: 'AAAA', cname: 'CNAME', ptr: 'PTR', srv: 'SRV', txt: 'TXT' };
/** Types busybox asks for that the simulated CoreDNS does not answer yet (nslookup.c qtypes[]). */
const UNMODELLED_TYPES = new Set(['soa', 'ns', 'mx', 'any']);
export const nslookup: Program = (ctx, args) => {
  const o = new Output();
  let type: DnsQueryType | undefined;
  let port: number | undefined;
  const rest: string[] = [];
  for (const a of args) {
    const t = /^-(?:type|query|q|t)=(.*)$/i.exec(a);
    const p = /^-port=(.*)$/.exec(a);
    if (t) {
      type = QUERY_TYPES[t[1]!.toLowerCase()];
      if (!type && UNMODELLED_TYPES.has(t[1]!.toLowerCase())) return o.done(1, { notes: [{ code: 'query-type-not-modelled', command: 'nslookup' }] });
      if (!type) { o.err(`nslookup: invalid query type "${t[1]}"\n`); return o.done(1); }
    } else if (p) port = Number(p[1]);
    else if (a === '-debug' || a === '-nodebug') continue;
    else rest.push(a);
  }
  const [name, server] = rest;
  if (name === undefined || rest.length > 2) return usage('nslookup', 1);
  const seed = nextShuffleSeed(ctx);
  const res = busyboxNslookup(ctx.cluster, name, {
    fromPod: ctx.session.pod, seed, ...(type ? { type } : {}), ...(server ? { server } : {}), ...(port ? { port } : {}),
  });
  o.out(res.text);
  // nslookup.c asks all its questions from one socket: one UDP flow in the node's conntrack table.
  const first = res.queries[0];
  const path = first && (port ?? 53) === 53 ? lookupPath(ctx.cluster, first.name, server) : undefined;
  if (path) trackLookup(ctx.cluster, ctx.session, path, 1, clusterNow(ctx.cluster, ctx.session));
  return o.done(res.exitCode);
};
