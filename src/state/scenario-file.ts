// A scenario as a file: export the editor's YAML as a multi-document file for `kubectl apply -f`, and
// import one, including what `kubectl get svc,deploy,sts -o yaml` prints (a `kind: List` full of
// server-set fields). Pure: the UI reads and writes the files.
import { dump, loadAll } from 'js-yaml';
import { formatKubectlRun, MAX_SOURCE_BYTES } from '../core';
import type { ClusterAction } from './url-codec';
import type { Result } from './url-codec';

/** Same cap as the core's source limit (core manifest/limits.ts MAX_SOURCE_BYTES): a larger file
 *  could not load anyway. */
export const MAX_IMPORT_BYTES = MAX_SOURCE_BYTES;

/** Objects walked while cleaning a List: a guard against alias bombs (js-yaml shares aliased nodes). */
const MAX_WALK = 200_000;

export type ImportIssueCode = 'empty' | 'too-large' | 'not-text';
export interface ImportIssue {
  code: ImportIssueCode;
  limit?: number;
}

export interface DroppedObject {
  kind: string;
  namespace: string;
  name: string;
  /** `system`: the playground provides it (default/kubernetes, kube-system). `owned`: a controller
   *  makes it from a workload in the file (ReplicaSets, their Pods, EndpointSlices). */
  reason: 'system' | 'owned';
}

export interface ImportedScenario {
  /** The text for the editor. */
  yaml: string;
  /** True when a List was unpacked and cleaned; false when the text is kept byte for byte. */
  converted: boolean;
  dropped: DroppedObject[];
}

const ACTIONS_HEADER = '# --- Cluster actions done in the playground (run these after kubectl apply -f) ---';

/** The kubectl command that does what a playground action does. */
export function formatActionAsKubectl(a: ClusterAction): string {
  const ns = 'namespace' in a && a.namespace !== 'default' ? ` -n ${a.namespace}` : '';
  switch (a.type) {
    case 'scale': return `kubectl scale ${a.kind.toLowerCase()}/${a.name}${ns} --replicas=${a.replicas}`;
    case 'deletePod': return `kubectl delete pod ${a.name}${ns}`;
    // Readiness is the kubelet's to report: no kubectl verb sets it.
    case 'setPodReady': return `# Pod ${a.name}${ns} marked ${a.ready ? 'Ready' : 'not Ready'} (its readiness probe ${a.ready ? 'passes' : 'fails'})`;
    case 'labelPod': return `kubectl label pod ${a.name}${ns} ${a.key}=${a.value} --overwrite`;
    case 'unlabelPod': return `kubectl label pod ${a.name}${ns} ${a.key}-`;
    case 'terminatePod': return `kubectl delete pod ${a.name}${ns}`;
    // Time passing is no command: the export says what happened, as a comment.
    case 'lifecycleStep': return '# The Pods in transition moved on one stage (scheduler, kubelet, readiness probe)';
    case 'advanceClock': return `# ${a.seconds} s passed (sleep ${a.seconds})`;
    case 'runPod': return formatKubectlRun(a);
  }
}

/**
 * Where a previous export's actions block starts, or -1: the header, then nothing but comments and blank
 * lines to the end of the text. Text after it that is not a comment (a document added below the block) means
 * it is no longer that block, and everything stays.
 */
function trailingActionsBlock(yaml: string): number {
  // The export wrote `text` (ending in a newline), a blank line, then the header.
  const at = yaml.lastIndexOf(`\n${ACTIONS_HEADER}\n`);
  if (at < 0) return -1;
  const after = yaml.slice(at + ACTIONS_HEADER.length + 2).split('\n');
  return after.every((line) => line.trim() === '' || line.trimStart().startsWith('#')) ? at : -1;
}

/**
 * The file to download. Without actions it is exactly the editor's text (plus a final newline), so
 * export → import gives the same text, whatever it holds. With actions, they follow as kubectl commands in
 * comments: `kubectl apply -f` ignores them, a reader can run them; a previous export's block at the end is
 * replaced, not stacked. Scaling already edited `replicas` in the text (the playground writes spec changes
 * into the YAML); deletions and readiness are cluster state.
 */
export function exportScenarioYaml(yaml: string, actions: readonly ClusterAction[] = []): string {
  const withNewline = (text: string) => (text !== '' && !text.endsWith('\n') ? `${text}\n` : text);
  if (actions.length === 0) return withNewline(yaml);
  const block = trailingActionsBlock(yaml);
  const text = withNewline(block < 0 ? yaml : yaml.slice(0, block));
  return `${text}\n${ACTIONS_HEADER}\n${actions.map((a) => { const line = formatActionAsKubectl(a); return line.startsWith('#') ? line : `# ${line}`; }).join('\n')}\n`;
}

/** `k8s-service-playground.yaml`, or `<name>.yaml` from a scenario id. */
export function scenarioFileName(id?: string): string {
  const safe = id?.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${safe || 'k8s-service-playground'}.yaml`;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** 10.96.0.0/12, the playground's Service CIDR (core Cluster.serviceCIDR). */
function inServiceCIDR(ip: string): boolean {
  const m = /^10\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  return !!m && Number(m[1]) >= 96 && Number(m[1]) <= 111 && Number(m[2]) <= 255 && Number(m[3]) <= 255;
}

const SERVER_METADATA = ['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'managedFields', 'selfLink', 'deletionTimestamp', 'deletionGracePeriodSeconds'];
const SERVER_ANNOTATIONS = ['kubectl.kubernetes.io/last-applied-configuration', 'deployment.kubernetes.io/revision'];

/** Why an object from a cluster dump is not written to the editor, or undefined to keep it. */
function dropReason(o: Obj): DroppedObject['reason'] | undefined {
  const kind = str(o.kind);
  const meta = isObj(o.metadata) ? o.metadata : {};
  const ns = str(meta.namespace) || 'default';
  if (ns === 'kube-system' || (kind === 'Service' && ns === 'default' && str(meta.name) === 'kubernetes')) return 'system';
  if (kind === 'Endpoints' || kind === 'ReplicaSet' || kind === 'ControllerRevision') return 'owned';
  if (kind === 'EndpointSlice' && isObj(meta.labels) && meta.labels['endpointslice.kubernetes.io/managed-by'] === 'endpointslice-controller.k8s.io') return 'owned';
  if (kind === 'Pod' && Array.isArray(meta.ownerReferences) && meta.ownerReferences.length > 0) return 'owned';
  return undefined;
}

/** Removes what the API server adds, keeping what the learner (or the core) reads. Mutates `o`. */
function cleanObject(o: Obj): void {
  const kind = str(o.kind);
  if (isObj(o.metadata)) {
    const meta = o.metadata;
    for (const k of SERVER_METADATA) delete meta[k];
    if (isObj(meta.annotations)) {
      for (const k of SERVER_ANNOTATIONS) delete meta.annotations[k];
      if (Object.keys(meta.annotations).length === 0) delete meta.annotations;
    }
  }
  const spec = isObj(o.spec) ? o.spec : undefined;
  if (kind === 'Service' && spec) {
    // Single-stack defaults the API server fills in; clusterIPs mirrors clusterIP.
    delete spec.clusterIPs;
    delete spec.ipFamilies;
    delete spec.ipFamilyPolicy;
    // A real cluster's VIP outside the playground's 10.96.0.0/12 would be refused: let it pick one.
    if (typeof spec.clusterIP === 'string' && spec.clusterIP !== 'None' && !inServiceCIDR(spec.clusterIP)) delete spec.clusterIP;
  }
  if ((kind === 'Deployment' || kind === 'StatefulSet') && spec && isObj(spec.template) && isObj(spec.template.metadata)) {
    if (spec.template.metadata.creationTimestamp === null) delete spec.template.metadata.creationTimestamp;
  }
  if (kind === 'Pod') {
    if (spec) delete spec.nodeName; // the playground schedules onto its own nodes
    if (isObj(o.status)) {
      // The core reads status.podIP and the Ready condition; the rest is the kubelet's report.
      const { podIP, conditions } = o.status;
      const ready = Array.isArray(conditions) ? conditions.filter((c) => isObj(c) && c.type === 'Ready') : [];
      o.status = { ...(typeof podIP === 'string' ? { podIP } : {}), ...(ready.length ? { conditions: ready } : {}) };
      if (Object.keys(o.status as Obj).length === 0) delete o.status;
    }
  } else {
    delete o.status;
  }
}

function countNodes(v: unknown, budget: { left: number }): boolean {
  if (--budget.left < 0) return false;
  if (Array.isArray(v)) return v.every((x) => countNodes(x, budget));
  if (isObj(v)) return Object.values(v).every((x) => countNodes(x, budget));
  return true;
}

/**
 * Text for the editor from a file or a paste. Plain manifests come back unchanged (the core reports
 * any error at its line). A `kind: List` — what `kubectl get … -o yaml` prints — is unpacked into one
 * document per object, without the fields the API server sets and without objects the playground
 * makes itself.
 */
export function importScenarioText(input: string): Result<ImportedScenario, ImportIssue> {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: { code: 'too-large', limit: MAX_IMPORT_BYTES } };
  // eslint-disable-next-line no-control-regex -- binary detection: NUL and other C0 controls YAML forbids
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) return { ok: false, error: { code: 'not-text' } };
  if (text.trim() === '') return { ok: false, error: { code: 'empty' } };
  const unchanged: Result<ImportedScenario, ImportIssue> = { ok: true, value: { yaml: text, converted: false, dropped: [] } };
  if (!/^kind:\s*["']?List["']?\s*$/m.test(text)) return unchanged;

  let docs: unknown[];
  try {
    docs = loadAll(text);
  } catch {
    return unchanged; // a syntax error: the editor shows the core's diagnostic at its line
  }
  if (!countNodes(docs, { left: MAX_WALK })) return unchanged;
  if (!docs.some((d) => isObj(d) && d.kind === 'List' && Array.isArray(d.items))) return unchanged;

  const objects: unknown[] = [];
  const dropped: DroppedObject[] = [];
  for (const doc of docs) {
    const items = isObj(doc) && doc.kind === 'List' && Array.isArray(doc.items) ? doc.items : [doc];
    for (const item of items) {
      if (item === null || item === undefined) continue;
      if (!isObj(item)) {
        objects.push(item);
        continue;
      }
      const reason = dropReason(item);
      if (reason) {
        const meta = isObj(item.metadata) ? item.metadata : {};
        dropped.push({ kind: str(item.kind), namespace: str(meta.namespace) || 'default', name: str(meta.name), reason });
        continue;
      }
      // A structured clone, so the js-yaml objects (possibly shared by aliases) are not edited in place.
      const copy = JSON.parse(JSON.stringify(item)) as Obj;
      cleanObject(copy);
      objects.push(copy);
    }
  }
  const yaml = objects.map((o) => dump(o, { lineWidth: -1, noRefs: true })).join('---\n');
  return { ok: true, value: { yaml, converted: true, dropped } };
}
