// The one place the state layer calls the core. core.worker.ts runs it in the worker; client.ts runs it on
// the main thread where workers are unavailable. Pure apart from a small memo of the last clusters built.
import * as core from '../../core';
import type { Cluster } from '../../core';
import type {
  ActionError, BuildInput, BuildResult, ScaleResult, SendResult, TextResult, ViewsRequest, ViewsResult, WorkerRequest,
} from './protocol';
import type { SendRequest } from './core-api';

function guarded(fn: () => string): TextResult {
  try {
    return { status: 'ok', text: fn() };
  } catch (e) {
    return { status: 'error', message: `Internal error: ${(e as Error).message}` };
  }
}

/** The core's `*_MODEL` constants: which CoreDNS / kube-proxy behaviour is modelled, for the UI to state. */
function modelConstants(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(core)) if (k.endsWith('_MODEL') && v && typeof v === 'object') out[k] = v;
  return out;
}

const memo: { key: string; result: BuildResult }[] = [];
const keyOf = (input: BuildInput) => `${input.nodes}\u0000${JSON.stringify(input.actions)}\u0000${input.source}`;

export function build(input: BuildInput): BuildResult {
  const key = keyOf(input);
  const hit = memo.find((m) => m.key === key);
  if (hit) return hit.result;
  const { cluster: loaded, diagnostics } = core.loadCluster(input.source, { nodes: input.nodes });
  let cluster: Cluster = loaded;
  const actionErrors: ActionError[] = [];
  if (input.actions.length) {
    const applied = core.applyActions(loaded, input.actions);
    cluster = applied.cluster;
    actionErrors.push(...(applied.diagnostics ?? []));
  }
  const result: BuildResult = {
    cluster,
    diagnostics,
    actionErrors,
    models: modelConstants(),
  };
  memo.unshift({ key, result });
  memo.length = Math.min(memo.length, 3);
  return result;
}

export function views(input: BuildInput, req: ViewsRequest): ViewsResult {
  const { cluster } = build(input);
  const pod = core.findPod(cluster, req.client);
  const missingPod: TextResult = { status: 'error', message: `Error from server (NotFound): pods "${core.parsePodRef(req.client).name}" not found` };
  const lookup = (name: string): TextResult => {
    if (!pod) return missingPod;
    // nslookup uses the Pod's search list; dig only with +search (the terminal shows the flag).
    if (req.tool === 'dig') return guarded(() => core.dig(cluster, name, 'A', { fromPod: req.client, search: true, seed: req.seed }).text);
    return guarded(() => core.nslookup(cluster, name, { fromPod: req.client, seed: req.seed }).text);
  };
  return {
    dns: [lookup(req.names[0]), lookup(req.names[1])],
    resolvConf: pod ? guarded(() => core.resolvConf(cluster, pod)) : missingPod,
    iptables: guarded(() => core.iptablesSave(cluster, { node: req.node })),
    ipvs: guarded(() => core.ipvsadm(cluster, { node: req.node })),
  };
}

export function send(input: BuildInput, request: SendRequest, count: number): SendResult {
  const { cluster } = build(input);
  try {
    if (count <= 1) {
      const one = core.sendRequest(cluster, request);
      return { trace: one.trace, state: one.state, distribution: null };
    }
    // Many: the first request is the one animated; all of them are counted per Pod.
    const many = core.sendRequests(cluster, request, count, { keepTraces: 1 });
    return { trace: many.traces[0] ?? null, state: many.state, distribution: many.counts, outcomes: many.outcomes };
  } catch (e) {
    return { trace: null, state: request.state, distribution: null, error: `Internal error: ${(e as Error).message}` };
  }
}

export function scale(input: BuildInput, workload: { kind: string; namespace: string; name: string }, replicas: number): ScaleResult {
  const { cluster } = build(input);
  const w = cluster.workloads.find((x) => x.kind === workload.kind && x.namespace === workload.namespace && x.name === workload.name);
  // A code, not a sentence: the UI words it (ui/error-text.ts).
  if (!w) return { source: null, error: { code: 'workload-not-found', kind: workload.kind, name: workload.name } };
  const r = core.scaleReplicasEdit(input.source, w, replicas);
  return r.ok ? { source: r.value } : { source: null, error: r.error };
}

export function handle(req: WorkerRequest): unknown {
  switch (req.op) {
    case 'build':
      return build(req.input);
    case 'views':
      return views(req.input, req.views);
    case 'send':
      return send(req.input, req.request, req.count);
    case 'scale':
      return scale(req.input, req.workload, req.replicas);
  }
}
