// A scenario file read for the editor, including what `kubectl get svc,deploy,sts -o yaml` prints (a `kind: List`
// full of server-set fields). The core worker runs it (its `importText` command), off the page's thread. Pure.
import { dump, loadAll } from 'js-yaml';
import { MAX_IMPORT_BYTES } from './scenario-file';
import type { Result } from './url-codec';

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
