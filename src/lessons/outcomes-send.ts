// The `send` check: requests as the learner's send bar would make them — the state's own client, target and
// options (client kind, keep-alive, headless strategy, proxy mode) unless the check names its own — judged on
// what the traces show: where they land, how many DNS queries the lookup took, where the rules rewrote the
// destination, which Service's virtual IP the client connected to, and which source address the Pod saw.
import { findPod, isHop, parsePodRef, sendRequests, type ClientKind, type RequestOptions, type Trace } from '../core';
import { podsMeet, type CheckContext, type Judged } from './outcomes';
import type { PlaygroundState, PodsExpect } from './types';

/** A request's first hops as the send bar makes them; `from` may be a Pod or a client outside the cluster. */
export interface SendCheck {
  kind: 'send';
  /** `namespace/name` or `name` of a Pod, `external` or `external:<IPv4>`; default: the state's client. */
  from?: string;
  /** As the learner types it after wget; default: the state's target. */
  target?: string;
  /** Requests sent (default 30). */
  count?: number;
  expect: {
    /** Every request ended so. */
    outcome?: Trace['outcome'];
    /** The Pods that received at least one request. */
    landOn?: PodsExpect;
    /** DNS queries the first request's lookup sent (its walk down the search list); 0 for an address or a cached answer. */
    dnsQueries?: number;
    /** Every request connected to this Service's virtual IP (`name` or `namespace/name`). */
    via?: string;
    /** Every request's destination was rewritten to this `ip:port`. */
    dnatTo?: string;
    /** The source address the receiving Pod saw: the client's own, or a node's (masqueraded). */
    sourceSeen?: 'client' | 'node';
  };
}

export interface SendObservation {
  kind: 'send';
  total: number;
  /** Requests per Pod, `namespace/name` → count. */
  counts: Record<string, number>;
  outcomes: Partial<Record<Trace['outcome'], number>>;
  /** DNS queries of the first request. */
  dnsQueries: number;
  /** Every distinct `ip:port` the rules rewrote the destination to. */
  dnatTo: string[];
  /** Every distinct source address the receiving Pods saw. */
  sourcesSeen: string[];
}

/** The send bar's options as the playground applies a state (share-slice openShareState): a link's options without a client kind meant the app. */
function sendOptions(state: PlaygroundState): RequestOptions {
  const o = state.options;
  const client: ClientKind = o ? (o.clientKind ?? 'app') : 'busybox-wget';
  return {
    client,
    ...(o?.keepAlive !== undefined ? { keepAlive: o.keepAlive } : {}),
    ...(o?.strategy !== undefined ? { headlessStrategy: o.strategy } : {}),
    ...(o?.proxyMode !== undefined ? { proxyMode: o.proxyMode } : {}),
  };
}

const isExternal = (from: string): boolean => from === 'external' || from.startsWith('external:');

function dnsQueries(trace: Trace | undefined): number {
  return (trace?.hops ?? []).filter(isHop('dns-query')).reduce((n, h) => n + h.detail.queries.length, 0);
}

function rewrittenTo(trace: Trace): string | undefined {
  return trace.hops.find(isHop('dnat'))?.detail.endpoint ?? trace.hops.find(isHop('ipvs'))?.detail.endpoint;
}

/** The Pod saw the client's own address when the delivered packet's source is the address the client sent from. */
function sourceSeen(trace: Trace): { source: string; isClient: boolean } | undefined {
  const deliver = trace.hops.find(isHop('deliver'));
  const connect = trace.hops.find(isHop('connect'));
  if (!deliver || !connect || deliver.detail.keepAlive) return undefined;
  return { source: deliver.detail.source, isClient: deliver.detail.source === connect.detail.src };
}

export function checkSend(ctx: CheckContext, check: SendCheck): Judged {
  const from = check.from ?? ctx.client;
  if (!isExternal(from) && !findPod(ctx.cluster, from)) return { passed: false, observed: { kind: 'unavailable', reason: 'no-client' } };
  const target = (check.target ?? ctx.state.target ?? '').trim();
  const total = check.count ?? 30;
  const fromRef = isExternal(from) ? from : (({ namespace, name }) => `${namespace}/${name}`)(parsePodRef(from));
  const r = sendRequests(ctx.cluster, { from: fromRef, url: target, seed: ctx.state.seed, options: sendOptions(ctx.state) }, total, { keepTraces: total });
  const dnat = [...new Set(r.traces.flatMap((t) => rewrittenTo(t) ?? []))];
  const seen = r.traces.map(sourceSeen);
  const observed: SendObservation = {
    kind: 'send', total, counts: r.counts, outcomes: r.outcomes, dnsQueries: dnsQueries(r.traces[0]),
    dnatTo: dnat, sourcesSeen: [...new Set(seen.flatMap((s) => s?.source ?? []))],
  };
  const { expect } = check;
  let passed = target !== '';
  if (expect.outcome !== undefined && (r.outcomes[expect.outcome] ?? 0) !== total) passed = false;
  if (expect.landOn && !podsMeet(ctx.cluster, Object.keys(r.counts), expect.landOn)) passed = false;
  if (expect.dnsQueries !== undefined && observed.dnsQueries !== expect.dnsQueries) passed = false;
  if (expect.dnatTo !== undefined && !r.traces.every((t) => rewrittenTo(t) === expect.dnatTo)) passed = false;
  if (expect.via !== undefined) {
    const { namespace, name } = parsePodRef(expect.via);
    const svc = ctx.cluster.services.find((s) => s.namespace === namespace && s.name === name);
    const vip = svc && !svc.headless ? svc.clusterIP : undefined;
    if (!vip || !r.traces.every((t) => t.hops.find(isHop('connect'))?.detail.dst === vip)) passed = false;
  }
  if (expect.sourceSeen !== undefined) {
    const want = expect.sourceSeen === 'client';
    if (!seen.every((s) => s !== undefined && s.isClient === want)) passed = false;
  }
  return { passed, observed };
}
