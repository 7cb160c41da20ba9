// curl 7.88.1 (Debian bookworm's, the curl of nginx's Debian image) in a Pod: one request per URL through the
// simulated cluster, printing what the real curl prints in a terminal — its verbose lines (lib/connect.c,
// lib/http.c, lib/url.c Curl_verboseconnect), its error lines (`curl: (N) …`, src/tool_operate.c with
// lib/strerror.c's texts), its progress meter (lib/progress.c) and nginx's response. Checked against the real
// curl's transcripts in testdata/golden/curl (scripts/curl-capture). A new process per command: no DNS cache.
import { DIG_DEFAULT_WHEN } from '../../dns/dig';
import { isIPv4 } from '../../dns/names';
import { findPod } from '../../model/pod-ref';
import { sendRequest } from '../../traffic/send';
import type { Trace } from '../../traffic/types';
import { inClusterRanges } from '../busybox/network';
import { absolutePath, Output, utf8Length, type Program, type ProgramContext } from '../program';
import { nginxResponseHead, serverReply } from '../servers';
import type { ShellNote } from '../types';

const USER_AGENT = 'curl/7.88.1';
/** Linux gives up a connect after the SYN and 6 retransmissions (net.ipv4.tcp_syn_retries=6): 1+2+…+64 s. */
const KERNEL_CONNECT_TIMEOUT = 127;
const TRY_HELP = "curl: try 'curl --help' or 'curl --manual' for more information\n";

interface CurlOptions { verbose: boolean; silent: boolean; showError: boolean; head: boolean; output?: string; connectTimeout?: number; urls: string[] }

type Parsed = { ok: true; value: CurlOptions } | { ok: false; message: string };

// src/tool_getparam.c: short options may be bundled (-sI, -sSv); an option's value is the next word or the rest
// of the bundle (-opage.html).
function parseArgs(args: string[]): Parsed {
  const o: CurlOptions = { verbose: false, silent: false, showError: false, head: false, urls: [] };
  const withValue = (name: string, v: string | undefined): Parsed | undefined => {
    if (v === undefined) return { ok: false, message: `curl: option ${name}: requires parameter\n${TRY_HELP}` };
    if (name === '-o' || name === '--output') o.output = v;
    else {
      const n = Number(v);
      if (!/^\d+(\.\d+)?$/.test(v) || !Number.isFinite(n)) return { ok: false, message: `curl: option ${name}: expected a proper numerical parameter\n${TRY_HELP}` };
      o.connectTimeout = n;
    }
    return undefined;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--')) {
      const long: Record<string, () => void> = {
        '--verbose': () => { o.verbose = true; }, '--silent': () => { o.silent = true; }, '--show-error': () => { o.showError = true; },
        '--head': () => { o.head = true; }, '--location': () => undefined,
      };
      if (long[a]) { long[a](); continue; }
      if (a === '--output' || a === '--connect-timeout') {
        const bad = withValue(a, args[++i]);
        if (bad) return bad;
        continue;
      }
      return { ok: false, message: `curl: option ${a}: is unknown\n${TRY_HELP}` };
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const f = a[j]!;
        if (f === 'v') o.verbose = true;
        else if (f === 's') o.silent = true;
        else if (f === 'S') o.showError = true;
        else if (f === 'I') o.head = true;
        else if (f === 'L') continue;
        else if (f === 'o') {
          const rest = a.slice(j + 1);
          const bad = withValue('-o', rest !== '' ? rest : args[++i]);
          if (bad) return bad;
          break;
        } else return { ok: false, message: `curl: option -${a.slice(j)}: is unknown\n${TRY_HELP}` };
      }
      continue;
    }
    o.urls.push(a);
  }
  return { ok: true, value: o };
}

/** lib/progress.c max5data: a size or speed in five columns. */
function max5(n: number): string {
  if (n < 100000) return String(n).padStart(5);
  if (n < 10000 * 1024) return `${String(Math.floor(n / 1024)).padStart(4)}k`;
  return `${String(Math.floor(n / 1048576)).padStart(2)}.${Math.floor((n % 1048576) / 104858)}M`;
}

/**
 * The progress meter as the terminal shows it when the transfer ends (curl redraws its line with \r; the screen
 * keeps the last drawing). A simulated transfer takes no time: the speeds stand for a 1 ms transfer.
 */
function progressMeter(size: number): string {
  const speed = max5(size * 1000);
  return '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n'
    + '                                 Dload  Upload   Total   Spent    Left  Speed\n'
    + `100 ${max5(size)}  100 ${max5(size)}    0     0 ${speed}      0 --:--:-- --:--:-- --:--:-- ${speed}\n`;
}

interface Target { host: string; port: number; path: string; hostHeader: string }

function parseUrl(url: string): Target | { scheme: string } | undefined {
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(url);
  if (scheme && scheme[1]!.toLowerCase() !== 'http') return { scheme: scheme[1]!.toLowerCase() };
  const rest = scheme ? url.slice(scheme[0].length) : url;
  const cut = rest.search(/[/?#]/);
  const hostPort = cut < 0 ? rest : rest.slice(0, cut);
  const path = cut < 0 || rest[cut] === '#' ? '/' : (rest[cut] === '?' ? `/${rest.slice(cut)}` : rest.slice(cut)).replace(/#.*/, '');
  const m = /^([^:]*)(?::(\d*))?$/.exec(hostPort);
  if (!m || m[1] === '') return undefined;
  const port = m[2] ? Number(m[2]) : 80;
  if (port < 1 || port > 65535) return undefined;
  return { host: m[1]!, port, path, hostHeader: port === 80 ? m[1]! : `${m[1]}:${port}` };
}

function fetchOne(ctx: ProgramContext, o: CurlOptions, url: string, conn: number, out: Output, traces: Trace[], notes: ShellNote[]): number {
  const say = (text: string): void => { if (o.verbose) out.err(text); };
  const fail = (code: number, message: string): number => {
    if (!o.silent || o.showError) out.err(`curl: (${code}) ${message}\n`);
    return code;
  };
  const target = parseUrl(url);
  if (target === undefined) return fail(3, 'URL using bad/illegal format or missing URL');
  if ('scheme' in target) {
    if (target.scheme === 'https') { notes.push({ code: 'tls-not-modelled', command: 'curl' }); return 35; }
    say(`* Protocol "${target.scheme}" not supported or disabled in libcurl\n* Closing connection -1\n`);
    return fail(1, `Protocol "${target.scheme}" not supported or disabled in libcurl`);
  }
  const { trace, state } = sendRequest(ctx.cluster, {
    from: ctx.session.pod!, url: `http://${target.host}:${target.port}${target.path}`, state: ctx.session.client,
    options: { dnsCache: false, keepAlive: false, interval: 0, ...(ctx.session.proxyMode ? { proxyMode: ctx.session.proxyMode } : {}) },
  });
  ctx.session.client = state;
  traces.push(trace);
  const connect = trace.hops.find((h) => h.kind === 'connect');
  const dst = connect?.kind === 'connect' ? connect.detail.dst : target.host;
  const failedConnect = (why: string): string => `Failed to connect to ${target.host} port ${target.port} after ${why}`;
  if (trace.outcome === 'nxdomain' || (trace.outcome === 'timeout' && trace.reason === 'dns-unreachable')) {
    say(`* Could not resolve host: ${target.host}\n* Closing connection ${conn}\n`);
    return fail(6, `Could not resolve host: ${target.host}`);
  }
  // An address of the cluster's own ranges that nothing holds leaves by the node's default route, and nothing
  // answers it: a connect that times out (as for busybox nc).
  const outcome = trace.outcome === 'external' && isIPv4(target.host) && inClusterRanges(ctx.cluster, target.host) ? 'timeout' : trace.outcome;
  if (outcome === 'external') { notes.push({ code: 'left-cluster', command: 'curl' }); return 0; }
  if (outcome === 'invalid') { notes.push({ code: 'no-such-pod', command: 'curl' }); return 7; }
  say(`*   Trying ${dst}:${target.port}...\n`);
  if (outcome === 'refused') {
    const message = failedConnect("0 ms: Couldn't connect to server");
    say(`* connect to ${dst} port ${target.port} failed: Connection refused\n* ${message}\n* Closing connection ${conn}\n`);
    return fail(7, message);
  }
  if (outcome === 'timeout') {
    // --connect-timeout fires first when shorter than the kernel's own giving up on the SYN.
    if (o.connectTimeout !== undefined && o.connectTimeout < KERNEL_CONNECT_TIMEOUT) {
      const ms = Math.round(o.connectTimeout * 1000);
      ctx.session.client.now += o.connectTimeout;
      const message = failedConnect(`${ms} ms: Timeout was reached`);
      say(`* ipv4 connect timeout after ${ms}ms, move on!\n* ${message}\n* Closing connection ${conn}\n`);
      return fail(28, message);
    }
    ctx.session.client.now += KERNEL_CONNECT_TIMEOUT;
    const message = failedConnect(`${KERNEL_CONNECT_TIMEOUT * 1000} ms: Couldn't connect to server`);
    say(`* connect to ${dst} port ${target.port} failed: Connection timed out\n* ${message}\n* Closing connection ${conn}\n`);
    return fail(28, message);
  }
  say(`* Connected to ${target.host} (${dst}) port ${target.port} (#${conn})\n`);
  say(`> ${o.head ? 'HEAD' : 'GET'} ${target.path} HTTP/1.1\n> Host: ${target.hostHeader}\n> User-Agent: ${USER_AGENT}\n> Accept: */*\n> \n`);
  const pod = trace.pod ? findPod(ctx.cluster, trace.pod) : undefined;
  const reply = pod ? serverReply(pod, target.path) : { kind: 'unknown' as const };
  if (reply.kind === 'unknown') { notes.push({ code: 'response-not-modelled', command: 'curl' }); return 0; }
  if (reply.kind === 'mysql-greeting') {
    // MySQL speaks first, in binary: no HTTP status line, which curl 7.88 takes for HTTP/0.9 and refuses.
    notes.push({ code: 'not-http-but-answered', command: 'curl' });
    say(`* Received HTTP/0.9 when not allowed\n* Closing connection ${conn}\n`);
    return fail(1, 'Received HTTP/0.9 when not allowed');
  }
  // The terminal shows CRLF as a line end: nginx's 404 page is printed as the screen shows it.
  const body = reply.body.replace(/\r\n/g, '\n');
  const now = Math.floor(DIG_DEFAULT_WHEN.getTime() / 1000) + (ctx.cluster.clockSeconds ?? 0) + Math.floor(ctx.session.client.now);
  const head = nginxResponseHead(reply, { now, close: false, contentLength: utf8Length(reply.body) });
  // -I: the headers are the output, each written as it is read, beside its verbose `< ` copy (a terminal shows
  // the header names in bold, which this inert screen does not).
  for (const l of head) {
    say(`< ${l}\n`);
    if (o.head) out.out(`${l}\n`);
  }
  if (o.head) out.out('\n');
  say('< \n');
  if (!o.head && o.output !== undefined && o.output !== '-') {
    const path = absolutePath(o.output);
    if (path !== '/dev/null') ctx.session.files[path] = body;
  } else if (!o.head) out.out(body);
  const toTerminal = !o.head && (o.output === undefined || o.output === '-') && ctx.stdoutTty === true;
  if (!o.silent && !o.verbose && !toTerminal && !o.head) out.err(progressMeter(utf8Length(reply.body)));
  say(`* Connection #${conn} to host ${target.host} left intact\n`);
  return 0;
}

export const curl: Program = (ctx, args) => {
  const out = new Output();
  const parsed = parseArgs(args);
  if (!parsed.ok) { out.err(parsed.message); return out.done(2); }
  const o = parsed.value;
  // tool_operate.c: options but no URL say so; a bare `curl` only points at the help.
  if (o.urls.length === 0) { out.err(`${args.length ? 'curl: no URL specified!\n' : ''}${TRY_HELP}`); return out.done(2); }
  const traces: Trace[] = [];
  const notes: ShellNote[] = [];
  let status = 0;
  o.urls.forEach((url, i) => { status = fetchOne(ctx, o, url, i, out, traces, notes); });
  return out.done(status, { traces, notes });
};
