// The check vocabulary (types.ts `Check`), one function per kind, each asking the core for an outcome on the built
// cluster and comparing it with the expectation. Nothing here reads the YAML's text.
import {
  findPod, iptablesSave, newShellSession, parseIptablesSave, parsePodRef, queryCoreDns, resolveDns, runCommand,
  sendRequests, type Cluster, type DnsRecord, type Service, type Trace,
} from '../core';
import type { Check, Observation, PlaygroundState, PodSet, PodsExpect } from './types';
import { checkSend } from './outcomes-send';

export interface CheckContext {
  cluster: Cluster;
  state: PlaygroundState;
  /** The Pod checks look from unless they name one, `namespace/name` or `name`. */
  client: string;
}

export interface Judged {
  passed: boolean;
  observed: Observation;
}

/** Requests a `requests` check sends when it does not say: enough that every endpoint of a small Service is hit. */
export const DEFAULT_REQUESTS = 60;

const key = (ref: string): string => {
  const { namespace, name } = parsePodRef(ref);
  return `${namespace}/${name}`;
};

function resolvePodSet(cluster: Cluster, set: PodSet): string[] {
  if ('pods' in set) return set.pods.map(key);
  const { kind, name, namespace = 'default' } = set.workload;
  return cluster.pods
    .filter((p) => p.namespace === namespace && p.owner?.workload?.kind === kind && p.owner.workload.name === name)
    .map((p) => `${p.namespace}/${p.name}`);
}

/** Whether the Pods seen (`namespace/name`, any order, repeats ignored) meet every part of the expectation. */
export function podsMeet(cluster: Cluster, seen: readonly string[], expect: PodsExpect): boolean {
  const got = new Set(seen);
  if (expect.count !== undefined && got.size !== expect.count) return false;
  if (expect.exactly) {
    const want = new Set(resolvePodSet(cluster, expect.exactly));
    if (want.size !== got.size || [...want].some((p) => !got.has(p))) return false;
  }
  if (expect.includes && resolvePodSet(cluster, expect.includes).some((p) => !got.has(p))) return false;
  if (expect.excludes && resolvePodSet(cluster, expect.excludes).some((p) => got.has(p))) return false;
  if (expect.within) {
    const allowed = new Set(resolvePodSet(cluster, expect.within));
    if ([...got].some((p) => !allowed.has(p))) return false;
  }
  return true;
}

function podsByIP(cluster: Cluster): Map<string, string> {
  const byIP = new Map<string, string>();
  for (const p of cluster.pods) if (p.ip && !p.terminating) byIP.set(p.ip, `${p.namespace}/${p.name}`);
  return byIP;
}

function findService(cluster: Cluster, ref: string): Service | undefined {
  const { namespace, name } = parsePodRef(ref);
  return cluster.services.find((s) => s.namespace === namespace && s.name === name);
}

const unavailable = (reason: Extract<Observation, { kind: 'unavailable' }>['reason']): Judged => ({ passed: false, observed: { kind: 'unavailable', reason } });

type CheckOf<K extends Check['kind']> = Extract<Check, { kind: K }>;

function checkDns(ctx: CheckContext, check: CheckOf<'dns'>): Judged {
  const from = check.from ?? ctx.client;
  if (!findPod(ctx.cluster, from)) return unavailable('no-client');
  const type = check.type ?? 'A';
  const reply = resolveDns(ctx.cluster, { name: check.name, type, fromPod: key(from) }, { seed: ctx.state.seed });
  const records = reply.answers.filter((r) => r.type === type);
  const byIP = podsByIP(ctx.cluster);
  // An SRV record names a host; the Pod behind it is whatever that host's A record is.
  const addressOf = (r: DnsRecord): string[] => {
    if (type === 'A') return [r.data];
    const target = r.data.split(' ')[3] ?? '';
    return queryCoreDns(ctx.cluster, target, 'A').answers.filter((a) => a.type === 'A').map((a) => a.data);
  };
  const answers = records.map((r) => (type === 'A' ? r.data : `${(r.data.split(' ')[3] ?? '').replace(/\.$/, '')}:${r.data.split(' ')[2]}`));
  const pods = records.flatMap(addressOf).flatMap((ip) => byIP.get(ip) ?? []);
  const { expect } = check;
  let passed = true;
  if (expect.rcode !== undefined && reply.rcode !== expect.rcode) passed = false;
  if (expect.answers !== undefined && records.length !== expect.answers) passed = false;
  if (expect.serviceIP !== undefined) {
    const svc = findService(ctx.cluster, expect.serviceIP);
    if (!svc || svc.headless || records.length !== 1 || records[0]!.data !== svc.clusterIP) passed = false;
  }
  if (expect.pods && !podsMeet(ctx.cluster, pods, expect.pods)) passed = false;
  return { passed, observed: { kind: 'dns', rcode: reply.rcode, answers, pods: [...new Set(pods)] } };
}

function checkRequests(ctx: CheckContext, check: CheckOf<'requests'>): Judged {
  const from = check.from ?? ctx.client;
  if (!findPod(ctx.cluster, from)) return unavailable('no-client');
  const proxyMode = check.proxyMode ?? ctx.state.options?.proxyMode;
  // The article's client unless the check says otherwise: busybox wget, a new process per request, so the
  // outcome does not depend on what the learner's send bar last remembered.
  const options = {
    client: check.client ?? 'busybox-wget',
    ...(check.keepAlive !== undefined ? { keepAlive: check.keepAlive } : {}),
    ...(proxyMode ? { proxyMode } : {}),
  };
  const total = check.count ?? DEFAULT_REQUESTS;
  const r = sendRequests(ctx.cluster, { from: key(from), url: check.target.trim(), seed: ctx.state.seed, options }, total, { keepTraces: 0 });
  const { expect } = check;
  const all = <T extends string>(tally: Partial<Record<T, number>>, want: T) => (tally[want] ?? 0) === total;
  let passed = true;
  if (expect.outcome !== undefined && !all<Trace['outcome']>(r.outcomes, expect.outcome)) passed = false;
  if (expect.reason !== undefined && !all(r.reasons, expect.reason)) passed = false;
  if (expect.landOn && !podsMeet(ctx.cluster, Object.keys(r.counts), expect.landOn)) passed = false;
  return { passed, observed: { kind: 'requests', total, counts: r.counts, outcomes: r.outcomes } };
}

function checkEndpoints(ctx: CheckContext, check: CheckOf<'endpoints'>): Judged {
  const svc = findService(ctx.cluster, check.service);
  if (!svc) return unavailable('no-service');
  const pods = ctx.cluster.endpointSlices
    .filter((s) => s.namespace === svc.namespace && s.service === svc.name)
    .flatMap((s) => s.endpoints)
    .filter((e) => e.conditions.ready && e.targetRef)
    .map((e) => `${e.targetRef!.namespace}/${e.targetRef!.name}`);
  const unique = [...new Set(pods)].sort();
  return { passed: podsMeet(ctx.cluster, unique, check.expect), observed: { kind: 'endpoints', pods: unique } };
}

function checkRules(ctx: CheckContext, check: CheckOf<'rules'>): Judged {
  const svc = findService(ctx.cluster, check.service);
  if (!svc) return unavailable('no-service');
  const node = check.node ?? findPod(ctx.cluster, ctx.client)?.node;
  if (!node) return unavailable('no-client');
  const nat = parseIptablesSave(iptablesSave(ctx.cluster, { node, table: 'nat' })).get('nat');
  // kube-proxy's KUBE-SERVICES sends `-d <ClusterIP>/32` for each port to that port's KUBE-SVC chain.
  const svcChains = (nat?.get('KUBE-SERVICES')?.rules ?? [])
    .filter((r) => !svc.headless && r.dst?.text === `${svc.clusterIP}/32` && r.target?.startsWith('KUBE-SVC-'))
    .map((r) => nat?.get(r.target!))
    .filter((c) => c !== undefined);
  const endpoints = Math.max(0, ...svcChains.map((c) => new Set(c.rules.map((r) => r.target).filter((t) => t?.startsWith('KUBE-SEP-'))).size));
  const sessionAffinity = svcChains.some((c) => c.rules.some((r) => r.matches.some((m) => m.m === 'recent')));
  const observed = { kind: 'rules', clusterIP: svcChains.length > 0, endpoints, sessionAffinity } as const;
  const { expect } = check;
  const passed = (expect.clusterIP === undefined || expect.clusterIP === observed.clusterIP)
    && (expect.endpoints === undefined || expect.endpoints === endpoints)
    && (expect.sessionAffinity === undefined || expect.sessionAffinity === sessionAffinity);
  return { passed, observed };
}

function podsReached(traces: readonly Trace[]): string[] {
  return [...new Set(traces.flatMap((t) => (t.outcome === 'delivered' && t.pod ? [t.pod] : [])))];
}

function checkCommand(ctx: CheckContext, check: CheckOf<'command'>): Judged {
  const from = check.from ?? ctx.client;
  if (!findPod(ctx.cluster, from)) return unavailable('no-client');
  let session = openShell(ctx, from);
  let last = { output: '', exitCode: 0, traces: [] as Trace[] };
  for (const line of check.lines) {
    const r = runCommand(ctx.cluster, session, line);
    session = r.session;
    last = r;
  }
  const pods = podsReached(last.traces);
  const { expect } = check;
  const passed = (expect.exitCode === undefined || last.exitCode === expect.exitCode)
    && (!expect.reached || podsMeet(ctx.cluster, pods, expect.reached));
  return { passed, observed: { kind: 'command', exitCode: last.exitCode, output: last.output, pods } };
}

/**
 * Whether `program` is run by the line: as the first word, or after `;`, `&&`, `||`, `|`, `do`, `then`; by name or
 * as busybox's applet (`busybox nslookup`, `/bin/busybox nslookup`).
 */
export function runsProgram(line: string, program: string): boolean {
  const escaped = program.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[;&|\\n]|\\bdo\\b|\\bthen\\b)\\s*((/bin/)?busybox\\s+)?${escaped}(\\s|$)`).test(line.trim());
}

/** A fresh shell in the Pod, on a node whose kube-proxy runs the state's mode (a ping of a ClusterIP depends on it). */
function openShell(ctx: CheckContext, pod: string) {
  const proxyMode = ctx.state.options?.proxyMode;
  return newShellSession(ctx.cluster, { pod: key(pod), ...(proxyMode ? { proxyMode } : {}) });
}

function checkShell(ctx: CheckContext, check: CheckOf<'shell'>): Judged {
  const lines = ctx.state.shell ?? [];
  if (!findPod(ctx.cluster, ctx.client)) return unavailable('no-client');
  let session = openShell(ctx, ctx.client);
  const { expect } = check;
  const single = expect.exitCode !== undefined || expect.reached !== undefined;
  let met: string | null = null;
  const together = new Set<string>();
  for (const line of lines) {
    // A `for` typed over several lines runs at its `done`: the program is in the lines before it.
    const typed = session.pending !== undefined ? `${session.pending}\n${line}` : line;
    const r = runCommand(ctx.cluster, session, line);
    session = r.session;
    if (!runsProgram(typed, check.program)) continue;
    for (const pod of podsReached(r.traces)) together.add(pod);
    if (met !== null) continue;
    if ((expect.exitCode === undefined || r.exitCode === expect.exitCode)
      && (!expect.reached || podsMeet(ctx.cluster, podsReached(r.traces), expect.reached))) met = line;
  }
  const passed = (!single || met !== null) && (!expect.together || podsMeet(ctx.cluster, [...together], expect.together))
    && (single || expect.together !== undefined || lines.some((l) => runsProgram(l, check.program)));
  return { passed, observed: { kind: 'shell', line: met, linesRun: lines.length, reached: [...together].sort() } };
}

/** The Pod expectations a check holds, wherever its kind keeps them. */
function podExpectations(check: Check): PodsExpect[] {
  switch (check.kind) {
    case 'dns': return check.expect.pods ? [check.expect.pods] : [];
    case 'requests': return check.expect.landOn ? [check.expect.landOn] : [];
    case 'endpoints': return [check.expect];
    case 'rules': return [];
    case 'command': return check.expect.reached ? [check.expect.reached] : [];
    case 'shell': return [check.expect.reached, check.expect.together].filter((e) => e !== undefined);
    case 'send': return check.expect.landOn ? [check.expect.landOn] : [];
  }
}

/** A workload the check names that the cluster does not have (renamed, or turned into another kind). */
function missingWorkload(cluster: Cluster, check: Check): boolean {
  return podExpectations(check)
    .flatMap((e) => [e.exactly, e.includes, e.excludes, e.within])
    .some((set) => set !== undefined && 'workload' in set
      && !cluster.workloads.some((w) => w.kind === set.workload.kind && w.name === set.workload.name && w.namespace === (set.workload.namespace ?? 'default')));
}

/** Run one check on the built cluster. */
export function runCheck(ctx: CheckContext, check: Check): Judged {
  if (missingWorkload(ctx.cluster, check)) return unavailable('no-workload');
  switch (check.kind) {
    case 'dns': return checkDns(ctx, check);
    case 'requests': return checkRequests(ctx, check);
    case 'endpoints': return checkEndpoints(ctx, check);
    case 'rules': return checkRules(ctx, check);
    case 'command': return checkCommand(ctx, check);
    case 'shell': return checkShell(ctx, check);
    case 'send': return checkSend(ctx, check);
  }
}
