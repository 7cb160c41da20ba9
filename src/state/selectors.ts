// Module-level selectors (docs/architecture.md, The state): components subscribe through these, with useShallow for
// objects. Derivations that cost more than a lookup are memoised on their input's identity.
import { checkRequest, findPod, type Cluster, type Pod, type ProxyMode, type RequestCheck, type Service, type Diagnostic } from '../core';
import type { AppState } from './types';
import type { ViewsRequest } from './worker/protocol';

export const podId = (p: Pick<Pod, 'namespace' | 'name'>) => `${p.namespace}/${p.name}`;

let checkMemo: { cluster: Cluster; client: string; target: string; check: RequestCheck } | undefined;
/** What the request on screen would meet (core checkRequest), worked out once per cluster, client and target. */
export function requestCheck(state: Pick<AppState, 'cluster' | 'client' | 'target'>): RequestCheck | null {
  const { cluster, client, target } = state;
  if (!cluster) return null;
  if (checkMemo?.cluster !== cluster || checkMemo.client !== client || checkMemo.target !== target) {
    checkMemo = { cluster, client, target, check: checkRequest(cluster, { from: client, url: target }) };
  }
  return checkMemo.check;
}

/** A check that leaves nothing to send: no client, nothing typed. (A bad target is sent: the core words its outcome.) */
export const blocksSend = (check: RequestCheck | null): boolean =>
  check !== null && (check.status === 'no-client' || check.status === 'no-target');

/** Pods a learner can send from: the cluster's own (not kube-system), running, with an IP. */
export function clientCandidates(cluster: Cluster | null): string[] {
  if (!cluster) return [];
  return cluster.pods.filter((p) => !p.system && p.ip && p.phase === 'Running' && !p.terminating).map(podId);
}

function isClusterIP(s: Service) {
  return !s.headless && s.type !== 'ExternalName' && !!s.clusterIP;
}

const serviceQuery = (s: Service) => (s.namespace === 'default' ? s.name : `${s.name}.${s.namespace}`);

/**
 * The pair of names the two DNS terminals compare: a ClusterIP Service and a headless one. The second is null
 * when the cluster has no headless Service: the HEADLESS terminal says so rather than look up another name.
 */
export function compareNames(state: Pick<AppState, 'compareNames' | 'cluster'>): [string, string | null] {
  const user = (state.cluster?.services ?? []).filter((s) => !s.system);
  const chosen = state.compareNames;
  const clusterIP = user.find(isClusterIP);
  const headless = user.find((s) => s.headless);
  return [chosen?.[0] ?? (clusterIP ? serviceQuery(clusterIP) : 'kubernetes'), chosen?.[1] ?? (headless ? serviceQuery(headless) : null)];
}

/** The Service a headless copy is offered for: the first ClusterIP Service with a selector (its Pods are the copy's). */
export function headlessCopySource(cluster: Cluster | null): Service | undefined {
  return cluster?.services.find((s) => !s.system && isClusterIP(s) && s.selector !== undefined);
}

/** The node whose kube-proxy rules are shown: the chosen one, else the client's node (where the packet is rewritten). */
export function rulesNode(state: Pick<AppState, 'rulesNode' | 'cluster' | 'client'>): string {
  if (state.rulesNode) return state.rulesNode;
  const pod = state.cluster ? findPod(state.cluster, state.client) : undefined;
  return pod?.node || state.cluster?.nodes[0]?.name || 'node-1';
}

export interface LineDiagnostics {
  line: number;
  items: Diagnostic[];
}

const byLineMemo = new WeakMap<Diagnostic[], Map<number, Diagnostic[]>>();
/** Diagnostics grouped per line, computed once per diagnostics array. */
export function diagnosticsByLine(diagnostics: Diagnostic[]): Map<number, Diagnostic[]> {
  let m = byLineMemo.get(diagnostics);
  if (!m) {
    m = new Map();
    for (const d of diagnostics) m.set(d.line, [...(m.get(d.line) ?? []), d]);
    byLineMemo.set(diagnostics, m);
  }
  return m;
}

/** The terminals the learner is looking at; the core fills in the defaults from the cluster it prints them for. */
export function viewsRequest(state: Pick<AppState, 'client' | 'compareNames' | 'dnsTool' | 'rulesNode' | 'seed' | 'options'>): ViewsRequest {
  return { client: state.client, names: state.compareNames, tool: state.dnsTool, node: state.rulesNode, seed: state.seed, mode: state.options.proxyMode };
}

export function sameViewsRequest(a: ViewsRequest, b: ViewsRequest): boolean {
  return a.client === b.client && a.names?.[0] === b.names?.[0] && a.names?.[1] === b.names?.[1] && a.tool === b.tool
    && a.node === b.node && a.seed === b.seed && (a.mode ?? 'iptables') === (b.mode ?? 'iptables');
}

/** The Services a target name can reach, for the target box's suggestions. */
export function targetSuggestions(cluster: Cluster | null, extra: string[]): string[] {
  const out = new Set(extra);
  for (const s of cluster?.services ?? []) {
    if (s.system) continue;
    // A headless name gives the Pods' own addresses: the port that answers is the Pods' (a numeric targetPort).
    const first = s.ports[0];
    const port = first && s.headless && typeof first.targetPort === 'number' ? first.targetPort : first?.port;
    out.add(port && port !== 80 ? `${s.name}:${port}` : s.name);
    if (s.headless) {
      for (const p of cluster!.pods) {
        if (p.subdomain === s.name && p.hostname && p.namespace === s.namespace) out.add(`${p.hostname}.${s.name}${port ? `:${port}` : ''}`);
      }
    }
  }
  return [...out];
}

/** A datalist offers this many targets at most: thousands of options cost the page a long commit and help nobody. */
export const MAX_TARGET_SUGGESTIONS = 50;

/**
 * The suggestions to offer while `typed` is in the target box: all of them when there are few, else the ones
 * that start with what is typed, then the ones that contain it, up to MAX_TARGET_SUGGESTIONS.
 * @example suggestionsFor(['web', 'svc-1', 'svc-2'], 'svc') // all three: under the cap
 */
export function suggestionsFor(all: readonly string[], typed: string): string[] {
  if (all.length <= MAX_TARGET_SUGGESTIONS) return [...all];
  const q = typed.trim().toLowerCase();
  const starts = all.filter((s) => s.toLowerCase().startsWith(q));
  const contains = q === '' ? [] : all.filter((s) => !s.toLowerCase().startsWith(q) && s.toLowerCase().includes(q));
  return [...starts, ...contains].slice(0, MAX_TARGET_SUGGESTIONS);
}

/** The hop index clamped to the trace. */
export function clampHop(index: number, hops: number): number {
  return Math.max(0, Math.min(index, Math.max(0, hops - 1)));
}

/** The two-mode view's other mode: iptables beside nftables (and IPVS, deprecated, beside nftables, its replacement). */
export const otherProxyMode = (mode: ProxyMode | undefined): ProxyMode => (mode === 'nftables' ? 'iptables' : 'nftables');
