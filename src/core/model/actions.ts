// Cluster actions: what a learner does to a running cluster (kubectl scale, delete pod, a readiness
// flip, kubectl label) and the passing of time (a Pod's lifecycle moving on one step, the clock moving
// on). Pure: each returns a new Cluster and never mutates its input. Actions are plain data, so a share
// link can store them and replay them on the loaded cluster.

import { isLabelValue, isQualifiedName } from '../validate/names';
import { alreadyExistsMessage, errorMessage, invalid, namespaceNotFoundMessage } from '../validate/field';
import { MAX_CLOCK_STEP_SECONDS, MAX_REPLICAS } from '../manifest/limits';
import { ENDPOINTSLICE_CONTROLLER } from './defaults';
import { deriveEndpointSlices } from './endpoint-slices';
import { findPod } from './pod-ref';
import { placePods, spreadIndex, type Placement } from './scheduler';
import { selectorMatches } from '../validate/selector';
import type { Cluster, KubectlRun, Pod, Workload } from './types';
import type { Diagnostic, ProgramCode } from '../types/diagnostic';
import { deploymentPod, statefulSetPod, workloadPlacement } from './workload-pods';

export type ClusterAction =
  | { type: 'scale'; namespace: string; kind: 'Deployment' | 'StatefulSet'; name: string; replicas: number }
  | { type: 'deletePod'; namespace: string; name: string }
  | { type: 'setPodReady'; namespace: string; name: string; ready: boolean }
  | { type: 'labelPod'; namespace: string; name: string; key: string; value: string }
  | { type: 'unlabelPod'; namespace: string; name: string; key: string }
  /** `kubectl delete pod` played step by step: the Pod becomes Terminating; lifecycleStep finishes it. */
  | { type: 'terminatePod'; namespace: string; name: string }
  /** Every Pod in transition moves on one stage (Terminating → gone, Scheduling → ContainerCreating → Starting → Ready). */
  | { type: 'lifecycleStep' }
  /** The simulated clock moves on `seconds` (whole seconds, 1 to MAX_CLOCK_STEP_SECONDS). */
  | { type: 'advanceClock'; seconds: number }
  /** `kubectl run NAME --rm -it --image=IMAGE -- /bin/sh`: the client Pod started again after it was deleted. */
  | { type: 'runPod'; namespace: string; name: string; image: string };


export interface ActionResult {
  cluster: Cluster;
  diagnostics?: Diagnostic[];
}

function fail(cluster: Cluster, message: string, code: ProgramCode, at?: { line: number; column: number }): ActionResult {
  return { cluster, diagnostics: [{ severity: 'error', message, code, line: at?.line ?? 1, column: at?.column ?? 1 }] };
}

function byName(a: Pod, b: Pod): number {
  const x = `${a.namespace}/${a.name}`;
  const y = `${b.namespace}/${b.name}`;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Recompute every controller-managed EndpointSlice from the current Pods (the one function build uses too). */
function withSlices(cluster: Cluster, pods: Pod[], workloads: Workload[] = cluster.workloads): Cluster {
  const fixed = cluster.endpointSlices.filter((s) => s.managedBy !== ENDPOINTSLICE_CONTROLLER);
  const sorted = [...pods].sort(byName);
  return { ...cluster, pods: sorted, workloads, endpointSlices: deriveEndpointSlices(cluster.services, sorted, fixed) };
}

function owns(w: Workload, p: Pod): boolean {
  return p.namespace === w.namespace && p.owner?.workload?.kind === w.kind && p.owner.workload.name === w.name;
}

function workloadSelector(w: Workload): { matchLabels: Record<string, string>; matchExpressions: NonNullable<Workload['selectorExpressions']> } {
  return { matchLabels: w.selector, matchExpressions: w.selectorExpressions ?? [] };
}

/** A Pod a controller or kubectl makes now, stamped with the cluster's clock (its creationTimestamp, its AGE). */
function madeNow(cluster: Cluster, pod: Pod): Pod {
  const clock = cluster.clockSeconds ?? 0;
  return clock > 0 ? { ...pod, createdAtSeconds: clock } : pod;
}

/** Place new Pods among the remaining ones; unschedulable ones stay Pending. */
function place(cluster: Cluster, remaining: Pod[], plans: Placement[]): { pods: Pod[]; diagnostics: Diagnostic[] } {
  const placed = placePods(cluster.nodes, remaining.filter((p) => p.node !== ''), plans);
  const diagnostics: Diagnostic[] = placed.unschedulable.map(({ pod, message }) => ({
    severity: 'warning',
    code: 'pod-unschedulable',
    count: 1,
    pods: [pod.name],
    reason: message,
    object: `Pod/${pod.namespace}/${pod.name}`,
    line: pod.source?.line ?? 1,
    column: pod.source?.column ?? 1,
  }));
  return { pods: [...remaining, ...placed.pods], diagnostics };
}

/**
 * ReplicaSet controller getPodsToDelete / ActivePodsWithRanks, simplified: unscheduled Pods first,
 * then not-ready ones, then the newest (highest serial).
 */
function deletionOrder(a: Pod, b: Pod): number {
  const rank = (p: Pod): number => (p.node === '' ? 0 : !p.ready ? 1 : 2);
  return rank(a) - rank(b) || (b.serial ?? 0) - (a.serial ?? 0);
}

function scale(cluster: Cluster, action: Extract<ClusterAction, { type: 'scale' }>): ActionResult {
  const w = cluster.workloads.find((x) => x.kind === action.kind && x.namespace === action.namespace && x.name === action.name);
  const resource = action.kind === 'Deployment' ? 'deployments.apps' : 'statefulsets.apps';
  if (!w) return fail(cluster, `${resource} "${action.name}" not found`, 'not-found');
  if (!Number.isInteger(action.replicas) || action.replicas < 0) {
    return fail(cluster, `The ${action.kind} "${action.name}" is invalid: ${errorMessage(invalid('spec.replicas', action.replicas, 'must be greater than or equal to 0'))}`, 'invalid', w.source);
  }
  const diagnostics: Diagnostic[] = [];
  let replicas = action.replicas;
  if (replicas > MAX_REPLICAS) {
    diagnostics.push({ severity: 'warning', code: 'replicas-clamped', kind: w.kind, replicas, max: MAX_REPLICAS, line: w.replicasPosition?.line ?? w.source?.line ?? 1, column: w.replicasPosition?.column ?? w.source?.column ?? 1 });
    replicas = MAX_REPLICAS;
  }
  const mine = cluster.pods.filter((p) => owns(w, p));
  const others = cluster.pods.filter((p) => !owns(w, p));
  let updated: Workload = { ...w, replicas };
  let keep: Pod[];
  const plans: Placement[] = [];
  if (w.kind === 'StatefulSet') {
    // The StatefulSet controller keeps ordinals 0..replicas-1 and removes the highest first.
    keep = mine.filter((p) => (p.ordinal ?? 0) < replicas);
    const have = new Set(keep.map((p) => p.ordinal));
    for (let i = 0; i < replicas; i++) {
      if (have.has(i)) continue;
      plans.push(workloadPlacement(w, madeNow(cluster, statefulSetPod(w, i)), i, cluster.nodes.length));
    }
  } else {
    const ordered = [...mine].sort(deletionOrder);
    const excess = Math.max(0, mine.length - replicas);
    keep = ordered.slice(excess);
    let serial = w.nextPodSerial ?? mine.length;
    for (let n = keep.length; n < replicas; n++) {
      const pod = madeNow(cluster, deploymentPod(w, serial));
      plans.push(workloadPlacement(w, pod, serial, cluster.nodes.length));
      serial++;
    }
    updated = { ...updated, nextPodSerial: serial };
  }
  const placed = place(cluster, [...others, ...keep], plans);
  const workloads = cluster.workloads.map((x) => (x === w ? updated : x));
  return { cluster: withSlices(cluster, placed.pods, workloads), diagnostics: [...diagnostics, ...placed.diagnostics] };
}

/** A replacement the Pod's controller makes after `pod` is gone (ReplicaSet: new name; StatefulSet: same name, new IP). */
function replacementFor(cluster: Cluster, pod: Pod, workloads: Workload[]): { plan?: Placement; workloads: Workload[] } {
  const owner = pod.owner?.workload;
  const w = owner && workloads.find((x) => x.kind === owner.kind && x.namespace === pod.namespace && x.name === owner.name);
  if (!w) return { workloads };
  if (w.kind === 'StatefulSet') {
    const ordinal = pod.ordinal ?? 0;
    const fresh = madeNow(cluster, statefulSetPod(w, ordinal, (pod.incarnation ?? 0) + 1));
    const plan = workloadPlacement(w, fresh, ordinal, cluster.nodes.length);
    if (pod.ip) plan.avoidIP = pod.ip;
    return { plan, workloads };
  }
  const serial = w.nextPodSerial ?? 0;
  const fresh = madeNow(cluster, deploymentPod(w, serial));
  const plan = workloadPlacement(w, fresh, serial, cluster.nodes.length);
  if (pod.ip) plan.avoidIP = pod.ip;
  const updated = { ...w, nextPodSerial: serial + 1 };
  return { plan, workloads: workloads.map((x) => (x === w ? updated : x)) };
}

function deletePod(cluster: Cluster, action: Extract<ClusterAction, { type: 'deletePod' }>): ActionResult {
  const pod = findPod(cluster, `${action.namespace}/${action.name}`);
  if (!pod) return fail(cluster, `pods "${action.name}" not found`, 'not-found');
  const remaining = cluster.pods.filter((p) => p !== pod);
  const { plan, workloads } = replacementFor(cluster, pod, cluster.workloads);
  const placed = place(cluster, remaining, plan ? [plan] : []);
  return { cluster: withSlices(cluster, placed.pods, workloads), diagnostics: placed.diagnostics };
}

function setPodReady(cluster: Cluster, action: Extract<ClusterAction, { type: 'setPodReady' }>): ActionResult {
  const pod = findPod(cluster, `${action.namespace}/${action.name}`);
  if (!pod) return fail(cluster, `pods "${action.name}" not found`, 'not-found');
  // A Pending Pod has no containers running, so it cannot become Ready.
  const ready = pod.phase === 'Running' ? action.ready : false;
  // A starting Pod whose probe passes early has nothing left to wait for.
  const changed: Pod = ready && pod.lifecycle === 'Starting' ? settled(pod, true) : { ...pod, ready };
  return { cluster: withSlices(cluster, cluster.pods.map((p) => (p === pod ? changed : p))) };
}

/** `pod` without its lifecycle stage, with the Ready condition `ready`. */
function settled(pod: Pod, ready: boolean): Pod {
  const { lifecycle: _stage, avoidIP: _avoid, ...rest } = pod;
  return { ...rest, ready };
}

/** A replacement Pod as its controller creates it: Pending, not yet bound to a node, not Ready. */
function scheduling(plan: Placement): Pod {
  const pod: Pod = { ...plan.pod, node: '', ip: '', phase: 'Pending', ready: false, lifecycle: 'Scheduling' };
  if (plan.avoidIP) pod.avoidIP = plan.avoidIP;
  return pod;
}

function ownerOf(cluster: Cluster, pod: Pod, workloads: Workload[] = cluster.workloads): Workload | undefined {
  const owner = pod.owner?.workload;
  return owner && workloads.find((x) => x.kind === owner.kind && x.namespace === pod.namespace && x.name === owner.name);
}

/**
 * The API server sets deletionTimestamp: the Pod is Terminating (kubelet stops it within its grace period).
 * Its endpoint stays in the EndpointSlice with ready false, serving as the Pod's Ready condition, terminating
 * true (endpoint-slices.ts podToEndpoint). A ReplicaSet no longer counts a terminating Pod as active
 * (controller_utils.go FilterActivePods) and creates the replacement at once; a StatefulSet must wait for the
 * name to be free, so its replacement comes with the step that removes this Pod.
 */
function terminatePod(cluster: Cluster, action: Extract<ClusterAction, { type: 'terminatePod' }>): ActionResult {
  const pod = findPod(cluster, `${action.namespace}/${action.name}`);
  if (!pod) return fail(cluster, `pods "${action.name}" not found`, 'not-found');
  // A second delete of a terminating Pod changes nothing (kubectl waits for the same deletion).
  if (pod.terminating) return { cluster };
  const pods = cluster.pods.map((p) => (p === pod ? { ...p, terminating: true } : p));
  let workloads = cluster.workloads;
  const w = ownerOf(cluster, pod);
  if (w?.kind === 'Deployment') {
    const active = pods.filter((p) => !p.terminating && owns(w, p)).length;
    if (active < w.replicas) {
      const r = replacementFor(cluster, pod, workloads);
      workloads = r.workloads;
      if (r.plan) pods.push(scheduling(r.plan));
    }
  }
  return { cluster: withSlices(cluster, pods, workloads) };
}

/**
 * Time passes for every Pod in transition, one stage each: a Terminating Pod is gone (and a StatefulSet makes
 * the Pod of that ordinal again, Pending); the scheduler binds a Pending Pod and the kubelet makes its sandbox
 * (ContainerCreating, with its IP); its containers start (Running, not Ready); its readiness probe passes (Ready).
 */
function lifecycleStep(cluster: Cluster): ActionResult {
  let workloads = cluster.workloads;
  const kept: Pod[] = [];
  const created: Pod[] = [];
  const toBind: Placement[] = [];
  for (const p of cluster.pods) {
    if (p.terminating) {
      const w = ownerOf(cluster, p, workloads);
      const ordinal = p.ordinal ?? 0;
      if (w?.kind === 'StatefulSet' && ordinal < w.replicas && !cluster.pods.some((q) => q !== p && q.namespace === p.namespace && q.name === p.name)) {
        const r = replacementFor(cluster, p, workloads);
        workloads = r.workloads;
        if (r.plan) created.push(scheduling(r.plan));
      }
      continue;
    }
    switch (p.lifecycle) {
      case 'Scheduling': {
        const w = ownerOf(cluster, p, workloads);
        const { avoidIP, ...fresh } = p;
        const pod: Pod = { ...fresh, lifecycle: 'Scheduling' };
        const index = p.ordinal ?? p.serial ?? 0;
        const plan: Placement = w ? workloadPlacement(w, pod, index, cluster.nodes.length) : { pod, preferred: 0 };
        if (avoidIP) plan.avoidIP = avoidIP;
        toBind.push(plan);
        break;
      }
      case 'ContainerCreating':
        kept.push({ ...p, phase: 'Running', ready: false, lifecycle: 'Starting' });
        break;
      case 'Starting':
        kept.push(settled(p, true));
        break;
      default:
        kept.push(p);
    }
  }
  const placed = place(cluster, kept, toBind);
  const bound = new Set(toBind.map((x) => x.pod));
  const pods = placed.pods.map((p): Pod => {
    if (!bound.has(p)) return p;
    // placePods marks a placed Pod Running; here it is bound and has its sandbox, but no container runs yet.
    return p.node === '' ? { ...p, lifecycle: 'Scheduling' } : { ...p, phase: 'Pending', ready: false, lifecycle: 'ContainerCreating' };
  });
  return { cluster: withSlices(cluster, [...pods, ...created], workloads), diagnostics: placed.diagnostics };
}

function advanceClock(cluster: Cluster, action: Extract<ClusterAction, { type: 'advanceClock' }>): ActionResult {
  const s = action.seconds;
  if (!Number.isInteger(s) || s < 1 || s > MAX_CLOCK_STEP_SECONDS) {
    return { cluster, diagnostics: [{ severity: 'error', code: 'clock-step-invalid', seconds: String(s), max: MAX_CLOCK_STEP_SECONDS, line: 1, column: 1 }] };
  }
  return { cluster: { ...cluster, clockSeconds: (cluster.clockSeconds ?? 0) + s } };
}

function relabel(cluster: Cluster, pod: Pod, labels: Record<string, string>): ActionResult {
  let changed: Pod = { ...pod, labels };
  let workloads = cluster.workloads;
  const plans: Placement[] = [];
  const owner = pod.owner?.workload;
  const w = owner && workloads.find((x) => x.kind === owner.kind && x.namespace === pod.namespace && x.name === owner.name);
  const diagnostics: Diagnostic[] = [];
  if (w && !selectorMatches(workloadSelector(w), labels)) {
    // The controller releases a Pod that no longer matches its selector (ClaimPods: orphan) and,
    // for a ReplicaSet, creates a replacement to keep the replica count.
    const { owner: _released, ...orphan } = changed;
    changed = orphan;
    if (w.kind === 'Deployment') {
      const r = replacementFor(cluster, { ...pod, ip: '' }, workloads);
      workloads = r.workloads;
      if (r.plan) plans.push(r.plan);
    } else {
      diagnostics.push({
        severity: 'warning',
        code: 'statefulset-pod-released',
        pod: pod.name,
        statefulSet: w.name,
        line: w.source?.line ?? 1,
        column: w.source?.column ?? 1,
      });
    }
  }
  const remaining = cluster.pods.map((p) => (p === pod ? changed : p));
  const placed = place(cluster, remaining, plans);
  return { cluster: withSlices(cluster, placed.pods, workloads), diagnostics: [...diagnostics, ...placed.diagnostics] };
}

function labelPod(cluster: Cluster, action: Extract<ClusterAction, { type: 'labelPod' }>): ActionResult {
  const pod = findPod(cluster, `${action.namespace}/${action.name}`);
  if (!pod) return fail(cluster, `pods "${action.name}" not found`, 'not-found');
  const errs = [
    ...isQualifiedName(action.key).map((m) => invalid('metadata.labels', action.key, m)),
    ...isLabelValue(action.value).map((m) => invalid('metadata.labels', action.value, m)),
  ];
  if (errs.length > 0) {
    return {
      cluster,
      diagnostics: errs.map((e) => ({ severity: 'error', code: 'invalid', path: e.field, message: `The Pod "${pod.name}" is invalid: ${errorMessage(e)}`, line: pod.source?.line ?? 1, column: pod.source?.column ?? 1 })),
    };
  }
  const labels: Record<string, string> = {};
  for (const k of Object.keys(pod.labels)) labels[k] = pod.labels[k] ?? '';
  Object.defineProperty(labels, action.key, { value: action.value, enumerable: true, writable: true, configurable: true });
  return relabel(cluster, pod, labels);
}

function unlabelPod(cluster: Cluster, action: Extract<ClusterAction, { type: 'unlabelPod' }>): ActionResult {
  const pod = findPod(cluster, `${action.namespace}/${action.name}`);
  if (!pod) return fail(cluster, `pods "${action.name}" not found`, 'not-found');
  if (!Object.prototype.hasOwnProperty.call(pod.labels, action.key)) {
    // kubectl label prints: label "x" not found.
    return { cluster, diagnostics: [{ severity: 'warning', code: 'label-not-found', message: `label "${action.key}" not found.`, line: pod.source?.line ?? 1, column: pod.source?.column ?? 1 }] };
  }
  const labels: Record<string, string> = {};
  for (const k of Object.keys(pod.labels)) if (k !== action.key) labels[k] = pod.labels[k] ?? '';
  return relabel(cluster, pod, labels);
}

/** The Pod kubectl's run generator makes (kubectl/pkg/cmd/run/run.go): label `run=NAME`, one container, no ports. */
function runPod(cluster: Cluster, run: KubectlRun): ActionResult {
  if (!cluster.namespaces.includes(run.namespace)) return fail(cluster, namespaceNotFoundMessage(run.namespace), 'namespace-not-found');
  if (findPod(cluster, `${run.namespace}/${run.name}`)) return fail(cluster, alreadyExistsMessage('pods', run.name), 'already-exists');
  const pod = madeNow(cluster, {
    namespace: run.namespace, name: run.name, labels: { run: run.name }, node: '', ip: '', phase: 'Pending', ready: true, terminating: false,
    containerPorts: [], containers: [{ name: run.name, image: run.image }], image: run.image, kubectlRun: { namespace: run.namespace, name: run.name, image: run.image },
  });
  // Placed as a bare Pod of the manifests is (build.ts buildPods), so the seed's `test` keeps its node and address.
  const placed = place(cluster, cluster.pods, [{ pod, preferred: spreadIndex(cluster.nodes.length, 0, pod.namespace, 'Pod', pod.name) }]);
  return { cluster: withSlices(cluster, placed.pods), diagnostics: placed.diagnostics };
}

/**
 * Start the `kubectl run` Pods that no Pod of the same name already stands in for (the manifests' own `test`).
 * @example
 * startClients(cluster, [{ namespace: 'default', name: 'test', image: 'busybox' }]).pods.some((p) => p.kubectlRun); // true
 */
export function startClients(cluster: Cluster, runs: readonly KubectlRun[]): Cluster {
  let current = cluster;
  for (const run of runs) if (!findPod(current, `${run.namespace}/${run.name}`)) current = runPod(current, run).cluster;
  return current;
}

/**
 * Apply one action; returns a new cluster (the input is never changed) and any diagnostics.
 * @example
 * const { cluster: next } = applyAction(cluster, { type: 'deletePod', namespace: 'default', name: 'mysql-1' });
 */
export function applyAction(cluster: Cluster, action: ClusterAction): ActionResult {
  try {
    switch (action.type) {
      case 'scale':
        return scale(cluster, action);
      case 'deletePod':
        return deletePod(cluster, action);
      case 'setPodReady':
        return setPodReady(cluster, action);
      case 'labelPod':
        return labelPod(cluster, action);
      case 'unlabelPod':
        return unlabelPod(cluster, action);
      case 'terminatePod':
        return terminatePod(cluster, action);
      case 'lifecycleStep':
        return lifecycleStep(cluster);
      case 'advanceClock':
        return advanceClock(cluster, action);
      case 'runPod':
        return runPod(cluster, action);
      default:
        return { cluster, diagnostics: [{ severity: 'error', code: 'unknown-action', type: JSON.stringify((action as { type?: unknown }).type) ?? 'undefined', line: 1, column: 1 }] };
    }
  } catch (err) {
    return fail(cluster, `Internal error: ${err instanceof Error ? err.message : String(err)}`, 'internal');
  }
}

/**
 * Apply actions in order, collecting diagnostics.
 * @example
 * applyActions(cluster, [{ type: 'scale', namespace: 'default', kind: 'StatefulSet', name: 'mysql', replicas: 5 }]);
 */
export function applyActions(cluster: Cluster, actions: readonly ClusterAction[]): ActionResult {
  let current = cluster;
  const diagnostics: Diagnostic[] = [];
  for (const action of actions) {
    const r = applyAction(current, action);
    current = r.cluster;
    if (r.diagnostics) diagnostics.push(...r.diagnostics);
  }
  return diagnostics.length > 0 ? { cluster: current, diagnostics } : { cluster: current };
}
