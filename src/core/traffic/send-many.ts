// sendRequests: many requests from one client, counted per Pod. The first `keepTraces` requests get full traces
// (the tracer over the iptables-save text); the rest run the same engine without building hops, on the
// compiled rules, so 100,000 requests take a fraction of a second. Both consume the random stream identically.
import type { Cluster } from '../model/types';
import { runRequest, startRun } from './send';
import type { ClientState, ReasonCode, SendRequest, Trace } from './types';

export interface SendManyOptions {
  /** Full traces are kept for the first this-many requests. Default 20. */
  keepTraces?: number;
}

export interface SendManyResult {
  total: number;
  /** Requests delivered to each Pod, `namespace/name` → count. */
  counts: Record<string, number>;
  outcomes: Partial<Record<Trace['outcome'], number>>;
  reasons: Partial<Record<ReasonCode, number>>;
  /** Full traces of the first `tracesKept` requests, in order. */
  traces: Trace[];
  tracesKept: number;
  /** True when count > tracesKept: the remaining requests were counted without traces. */
  tracesTruncated: boolean;
  state: ClientState;
}

/**
 * @example
 * const r = sendRequests(cluster, { from: 'default/test', url: 'http://web-service/', seed: 7 }, 10000);
 * r.counts // { 'default/nginx-5c7588df-2kx8j': 3321, 'default/nginx-5c7588df-q9fzw': 3368, … }
 */
export function sendRequests(cluster: Cluster, request: SendRequest, count: number, opts: SendManyOptions = {}): SendManyResult {
  const keep = Math.max(0, Math.min(count, opts.keepTraces ?? 20));
  const run = startRun(cluster, request);
  const podCounts = new Map<string, number>();
  const outcomeCounts = new Map<Trace['outcome'], number>();
  const reasonCounts = new Map<ReasonCode, number>();
  const traces: Trace[] = [];
  for (let i = 0; i < count; i++) {
    const full = i < keep;
    run.hops = full ? [] : null;
    const res = runRequest(run, request);
    if (res.pod !== undefined) podCounts.set(res.pod, (podCounts.get(res.pod) ?? 0) + 1);
    outcomeCounts.set(res.outcome, (outcomeCounts.get(res.outcome) ?? 0) + 1);
    reasonCounts.set(res.reason, (reasonCounts.get(res.reason) ?? 0) + 1);
    if (full) {
      traces.push({
        hops: run.hops ?? [], outcome: res.outcome, reason: res.reason,
        ...(res.pod ? { pod: res.pod } : {}), ...(res.node ? { node: res.node } : {}), ...(res.programOutput ? { programOutput: res.programOutput } : {}),
      });
    }
  }
  run.state.rng = run.rng;
  const counts = Object.fromEntries([...podCounts].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  const outcomes: Partial<Record<Trace['outcome'], number>> = Object.fromEntries(outcomeCounts);
  const reasons: Partial<Record<ReasonCode, number>> = Object.fromEntries(reasonCounts);
  return { total: count, counts, outcomes, reasons, traces, tracesKept: keep, tracesTruncated: count > keep, state: run.state };
}
