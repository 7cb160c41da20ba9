// busybox wget (networking/wget.c, 1.36): one request per URL through the simulated cluster, printing what
// the real applet prints. Each wget is a new process: no DNS cache and no kept-alive connection survive it.
import { findPod } from '../../model/pod-ref';
import { sendRequest } from '../../traffic/send';
import { clusterNow, trackConnection } from '../tracked';
import type { Trace } from '../../traffic/types';
import { absolutePath, Output, usage, utf8Length, type Program, type ProgramContext } from '../program';
import { serverReply } from '../servers';
import type { ShellNote } from '../types';

/** Linux gives up a connect after the SYN and 6 retransmissions (net.ipv4.tcp_syn_retries=6): 1+2+…+64 s. */
const KERNEL_CONNECT_TIMEOUT = 127;
/** wget.c: G.timeout_seconds defaults to 900 (FEATURE_WGET_TIMEOUT). */
const DEFAULT_TIMEOUT = 900;
/** libbb/progress.c draws the bar to the terminal width; 80 columns (not a tty, or kubectl's default) give 32 stars. */
const BAR = '*'.repeat(32);

interface WgetOptions { quiet: boolean; output?: string; timeout: number; urls: string[] }

function parseArgs(args: string[]): WgetOptions | undefined {
  const opts: WgetOptions = { quiet: false, timeout: DEFAULT_TIMEOUT, urls: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-q' || a === '--quiet') opts.quiet = true;
    else if (a === '-O' || a === '-T') {
      const v = args[++i];
      if (v === undefined) return undefined;
      if (a === '-O') opts.output = v; else opts.timeout = Number(v);
    } else if (a.startsWith('-O')) opts.output = a.slice(2);
    else if (a.startsWith('-T')) opts.timeout = Number(a.slice(2));
    else if (a.startsWith('-') && a !== '-') return undefined;
    else opts.urls.push(a);
  }
  return opts.urls.length && Number.isFinite(opts.timeout) ? opts : undefined;
}

/** `Connecting to web-service (10.96.100.50:80)`: wget prints the host as the URL gives it (port included). */
const connecting = (hostPort: string, trace: Trace): string | undefined => {
  const c = trace.hops.find((h) => h.kind === 'connect');
  return c && c.kind === 'connect' ? `Connecting to ${hostPort} (${c.detail.dst}:${c.detail.dport})\n` : undefined;
};

// progress.c bb_progress_update, final state: name in 20 columns, percent, bar, size, elapsed. Bodies served
// here are under 1 KiB, where make_human_readable_str prints the plain byte count.
const progress = (name: string, size: number): string =>
  `${name.slice(0, 20).padEnd(20)} 100% |${BAR}|${String(size).padStart(6)}  0:00:00 ETA\n`;

function fetchOne(ctx: ProgramContext, opts: WgetOptions, url: string, o: Output, traces: Trace[], notes: ShellNote[]): number {
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(url);
  if (scheme && scheme[1]!.toLowerCase() === 'https') { notes.push({ code: 'tls-not-modelled', command: 'wget' }); return 1; }
  if (scheme && scheme[1]!.toLowerCase() !== 'http') { o.err(`wget: not an http or ftp url: ${url}\n`); return 1; }
  const rest = scheme ? url.slice(scheme[0].length) : url;
  const slash = rest.search(/[/?#]/);
  const hostPort = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 || rest[slash] !== '/' ? '/' : rest.slice(slash).replace(/#.*/, '');
  const colon = hostPort.lastIndexOf(':');
  const host = colon < 0 ? hostPort : hostPort.slice(0, colon);
  const port = colon < 0 ? '80' : hostPort.slice(colon + 1);
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) { o.err(`wget: bad port '${port}'\n`); return 1; }
  if (!host) { o.err("wget: bad address ''\n"); return 1; }

  const at = clusterNow(ctx.cluster, ctx.session);
  const { trace, state } = sendRequest(ctx.cluster, {
    from: ctx.session.pod!, url: `http://${host}:${port}${path}`, state: ctx.session.client,
    options: { dnsCache: false, keepAlive: false, interval: 0, ...(ctx.session.proxyMode ? { proxyMode: ctx.session.proxyMode } : {}) },
  });
  ctx.session.client = state;
  trackConnection(ctx.cluster, ctx.session, trace, at);
  traces.push(trace);
  const line = connecting(hostPort, trace);
  if (line && !opts.quiet) o.err(line);
  switch (trace.outcome) {
    case 'nxdomain':
    case 'refused':
      o.err(`${trace.programOutput ?? `wget: bad address '${host}'`}\n`);
      return 1;
    case 'timeout': {
      if (trace.reason === 'dns-unreachable') { o.err(`wget: bad address '${host}'\n`); return 1; }
      // wget's alarm (-T, default 900 s) fires only if the kernel has not given up on the connect first.
      const dst = trace.hops.find((h) => h.kind === 'connect');
      if (opts.timeout < KERNEL_CONNECT_TIMEOUT) {
        ctx.session.client.now += opts.timeout;
        o.err('wget: download timed out\n');
      } else {
        ctx.session.client.now += KERNEL_CONNECT_TIMEOUT;
        o.err(`wget: can't connect to remote host (${dst?.kind === 'connect' ? dst.detail.dst : host}): Connection timed out\n`);
      }
      return 1;
    }
    case 'external':
      notes.push({ code: 'left-cluster', command: 'wget' });
      return 1;
    case 'invalid':
      notes.push({ code: 'no-such-pod', command: 'wget' });
      return 1;
    case 'delivered':
      break;
  }
  const pod = trace.pod ? findPod(ctx.cluster, trace.pod) : undefined;
  const reply = pod ? serverReply(pod, path) : { kind: 'unknown' as const };
  if (reply.kind === 'unknown') { notes.push({ code: 'response-not-modelled', command: 'wget' }); return 0; }
  // A MySQL server talks first: wget reads the greeting's first line ("J\0\0\0") as a status line with no
  // number, then takes the next line, the NUL-terminated version, for a header without a colon.
  if (reply.kind === 'mysql-greeting') {
    o.err(`wget: bad header line: ${reply.version}\n`);
    notes.push({ code: 'not-http-but-answered', command: 'wget' });
    return 1;
  }
  if (reply.status !== 200) { o.err(`wget: server returned error: HTTP/1.1 ${reply.status} ${reply.reason}\n`); return 1; }
  const toStdout = opts.output === '-';
  const fname = opts.output ?? (path.split('?')[0]!.split('/').pop() || 'index.html');
  if (toStdout) {
    if (!opts.quiet) o.err('writing to stdout\n');
    o.out(reply.body);
    if (!opts.quiet) o.err(`${progress('-', utf8Length(reply.body))}written to stdout\n`);
    return 0;
  }
  const abs = absolutePath(fname);
  // Without -O the file is opened O_EXCL (wget never overwrites the name it picked); -O FILE truncates.
  if (opts.output === undefined && ctx.session.files[abs] !== undefined) { o.err(`wget: can't open '${fname}': File exists\n`); return 1; }
  if (abs !== '/dev/null') ctx.session.files[abs] = reply.body;
  if (!opts.quiet) o.err(`saving to '${fname}'\n${progress(fname.split('/').pop()!, utf8Length(reply.body))}'${fname}' saved\n`);
  return 0;
}

export const wget: Program = (ctx, args) => {
  const opts = parseArgs(args);
  if (!opts) return usage('wget', 1);
  const o = new Output();
  const traces: Trace[] = [];
  const notes: ShellNote[] = [];
  let status = 0;
  for (const url of opts.urls) {
    status = fetchOne(ctx, opts, url, o, traces, notes);
    // wget.c dies (bb_error_msg_and_die) on the first failure.
    if (status !== 0) break;
  }
  return o.done(status, { traces, notes });
};
