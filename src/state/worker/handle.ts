// The one place the state layer calls the core. core.worker.ts runs it in the worker; client.ts runs it on
// the main thread where workers are unavailable. Pure apart from a small memo of the last clusters built.
import * as core from '../../core';
import type { Cluster, Pod } from '../../core/model/types';
import type { CoreApi } from './core-api';
import type {
  BuildInput, BuildResult, ScaleResult, SendResult, TextResult, ViewsRequest, ViewsResult, WorkerRequest,
} from './protocol';

const api = core as unknown as CoreApi;
const optional = ['applyActions', 'scaleReplicasEdit', 'nslookup', 'dig', 'resolvConf', 'iptablesSave', 'ipvsadm', 'sendRequest', 'sendRequests'] as const;

/** Core functions return a string, or `{ ok, value }`, or `{ text }`; normalise to a TextResult. */
export function toText(value: unknown): TextResult {
  if (typeof value === 'string') return { status: 'ok', text: value };
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (v.ok === false) return { status: 'error', message: String(v.error ?? 'error') };
    if (typeof v.value === 'string') return { status: 'ok', text: v.value };
    if (typeof v.text === 'string') return { status: 'ok', text: v.text };
    if (typeof v.output === 'string') return { status: 'ok', text: v.output };
  }
  return { status: 'error', message: 'Unexpected result from the core' };
}

function guarded(fn: (() => unknown) | undefined): TextResult {
  if (!fn) return { status: 'unavailable' };
  try {
    return toText(fn());
  } catch (e) {
    return { status: 'error', message: `Internal error: ${(e as Error).message}` };
  }
}

const memo: { key: string; result: BuildResult }[] = [];
const keyOf = (input: BuildInput) => `${input.nodes}\u0000${JSON.stringify(input.actions)}\u0000${input.source}`;

/** The core's `*_MODEL` constants: which CoreDNS / kube-proxy behaviour is modelled, for the UI to state. */
function modelConstants(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(core)) if (k.endsWith('_MODEL') && v && typeof v === 'object') out[k] = v;
  return out;
}

export function build(input: BuildInput): BuildResult {
  const key = keyOf(input);
  const hit = memo.find((m) => m.key === key);
  if (hit) return hit.result;
  const { cluster: loaded, diagnostics } = api.loadCluster(input.source, { nodes: input.nodes });
  let cluster: Cluster = loaded;
  const actionErrors: string[] = [];
  if (input.actions.length && api.applyActions) {
    try {
      const applied = api.applyActions(loaded, input.actions) as unknown;
      if (applied && typeof applied === 'object' && 'cluster' in applied) {
        const a = applied as { cluster: Cluster; errors?: unknown[] };
        cluster = a.cluster;
        for (const e of a.errors ?? []) actionErrors.push(typeof e === 'string' ? e : JSON.stringify(e));
      } else cluster = applied as Cluster;
    } catch (e) {
      actionErrors.push(`Internal error: ${(e as Error).message}`);
    }
  }
  const result: BuildResult = {
    cluster,
    diagnostics,
    actionErrors,
    features: optional.filter((name) => typeof api[name] === 'function'),
    models: modelConstants(),
  };
  memo.unshift({ key, result });
  memo.length = Math.min(memo.length, 3);
  return result;
}

function findPod(cluster: Cluster, id: string): Pod | undefined {
  const [namespace, name] = id.includes('/') ? id.split('/') : ['default', id];
  return cluster.pods.find((p) => p.namespace === namespace && p.name === name);
}

export function views(input: BuildInput, req: ViewsRequest): ViewsResult {
  const { cluster } = build(input);
  const pod = findPod(cluster, req.client);
  const missingPod = (): TextResult => ({ status: 'error', message: `Error from server (NotFound): pods "${req.client.split('/').pop()}" not found` });
  const lookup = (name: string): TextResult => {
    if (!pod) return missingPod();
    // nslookup uses the Pod's search list; dig does only with +search (the terminal shows the flag).
    if (req.tool === 'dig') return guarded(api.dig ? () => api.dig!(cluster, name, 'A', { fromPod: req.client, search: true, seed: req.seed }) : undefined);
    return guarded(api.nslookup ? () => api.nslookup!(cluster, name, { fromPod: req.client, seed: req.seed }) : undefined);
  };
  return {
    dns: [lookup(req.names[0]), lookup(req.names[1])],
    resolvConf: pod ? guarded(api.resolvConf ? () => api.resolvConf!(cluster, pod) : undefined) : missingPod(),
    iptables: guarded(api.iptablesSave ? () => api.iptablesSave!(cluster, { node: req.node }) : undefined),
    ipvs: guarded(api.ipvsadm ? () => api.ipvsadm!(cluster, { node: req.node }) : undefined),
  };
}

export function send(input: BuildInput, request: Parameters<NonNullable<CoreApi['sendRequest']>>[1], count: number): SendResult {
  const { cluster } = build(input);
  if (!api.sendRequest) return { trace: null, state: request.state, distribution: null, unavailable: true };
  try {
    const one = api.sendRequest(cluster, request) as { trace: SendResult['trace']; state: unknown };
    let distribution: SendResult['distribution'] = null;
    if (count > 1 && api.sendRequests) {
      const many = api.sendRequests(cluster, request, count) as Record<string, unknown>;
      distribution = normaliseDistribution(many);
    }
    return { trace: one.trace, state: one.state, distribution, unavailable: false };
  } catch (e) {
    return { trace: null, state: request.state, distribution: null, unavailable: false, error: `Internal error: ${(e as Error).message}` };
  }
}

/** sendRequests returns counts per Pod, possibly wrapped ({ byPod } / { counts }); keep a plain map. */
export function normaliseDistribution(value: unknown): Record<string, number> | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  for (const k of ['byPod', 'counts', 'perPod', 'distribution']) {
    if (v[k] && typeof v[k] === 'object') return normaliseDistribution(v[k]);
  }
  if (value instanceof Map) return Object.fromEntries(value as Map<string, number>);
  const entries = Object.entries(v).filter(([, n]) => typeof n === 'number') as [string, number][];
  return entries.length ? Object.fromEntries(entries) : null;
}

export function scale(source: string, workload: { kind: string; namespace: string; name: string }, replicas: number): ScaleResult {
  if (!api.scaleReplicasEdit) return { source: null, unavailable: true };
  try {
    return { source: toTextOrNull(api.scaleReplicasEdit(source, workload, replicas)), unavailable: false };
  } catch (e) {
    return { source: null, unavailable: false, error: `Internal error: ${(e as Error).message}` };
  }
}

function toTextOrNull(v: unknown): string | null {
  const t = toText(v);
  return t.status === 'ok' ? t.text : null;
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
      return scale(req.source, req.workload, req.replicas);
  }
}
