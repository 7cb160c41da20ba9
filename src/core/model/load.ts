// loadCluster: source text → validated objects → Cluster. Never throws: bad input becomes
// diagnostics, and an unexpected exception becomes an `Internal error` diagnostic.

import { MAX_NODES, MAX_REPLICAS, MAX_SOURCE_BYTES, utf8Length } from '../manifest/limits';
import { forEachManifest, type ParsedDocument } from '../manifest/parse';
import { DecodeFail, isRecord, type Raw } from '../validate/decode';
import { readEndpointSlice } from '../validate/endpoint-slice';
import { readEndpoints } from '../validate/endpoints';
import { deprecationWarning } from './api-warnings';
import { alreadyExistsMessage, missingTypeMessage, namespaceNotFoundMessage, noMatchMessage, strictDecodingMessage } from '../validate/field';
import { readMeta } from '../validate/meta';
import { Reader } from '../validate/decode';
import { validateObjectMetaName } from '../validate/names';
import { readPod } from '../validate/pod';
import { readService, type ReadResult } from '../validate/service';
import { readWorkload } from '../validate/workload';
import { applyActions, startClients } from './actions';
import { unknownFields } from '../validate/unknown-fields';
import { buildCluster, type ObjectsByKind } from './build';
import { addImageWarnings } from './image-warnings';
import { makeNodes } from './system';
import { BUILTIN_NAMESPACES, DEFAULT_CLUSTER_DOMAIN, DEFAULT_NODE_COUNT } from './defaults';
import type { ObjectIn, ObjectSource } from '../validate/objects';
import { errorAt, errorNoteAt, fieldDiagnostic, programWarningAt, warningAt } from './report';
import type { Cluster, LoadOptions, LoadResult } from './types';
import type { Diagnostic } from '../types/diagnostic';

/** kind → the apiVersion the playground simulates it in. */
const SIMULATED: Record<string, string> = {
  Namespace: 'v1',
  Service: 'v1',
  Pod: 'v1',
  Deployment: 'apps/v1',
  StatefulSet: 'apps/v1',
  EndpointSlice: 'discovery.k8s.io/v1',
  Endpoints: 'v1',
};

/** REST resource names for AlreadyExists messages. */
const RESOURCE: Record<string, string> = {
  Namespace: 'namespaces',
  Service: 'services',
  Pod: 'pods',
  Deployment: 'deployments.apps',
  StatefulSet: 'statefulsets.apps',
  EndpointSlice: 'endpointslices.discovery.k8s.io',
  Endpoints: 'endpoints',
};

function normaliseOptions(options: LoadOptions | undefined): { clusterDomain: string; nodes: number } {
  // Only the two build options: `run` and `actions` are read by loadCluster itself.
  const n = options?.nodes;
  const nodes = typeof n === 'number' && Number.isFinite(n) ? Math.min(MAX_NODES, Math.max(1, Math.floor(n))) : DEFAULT_NODE_COUNT;
  const d = options?.clusterDomain;
  return { clusterDomain: typeof d === 'string' && d !== '' ? d.replace(/\.$/, '') : DEFAULT_CLUSTER_DOMAIN, nodes };
}

function emptyInput(): ObjectsByKind {
  return { namespaces: [], services: [], pods: [], workloads: [], slices: [], endpoints: [] };
}

/**
 * Build the simulated cluster that `source` (multi-document YAML, or a `kind: List`) describes.
 * Never throws.
 */
export function loadCluster(source: string, options?: LoadOptions): LoadResult {
  const opts = normaliseOptions(options);
  const diagnostics: Diagnostic[] = [];
  try {
    const text = typeof source === 'string' ? source : '';
    if (text.length > MAX_SOURCE_BYTES / 4 && utf8Length(text, MAX_SOURCE_BYTES + 1) > MAX_SOURCE_BYTES) {
      diagnostics.push({ severity: 'error', code: 'source-too-large', maxBytes: MAX_SOURCE_BYTES, line: 1, column: 1 });
      return { cluster: buildCluster(emptyInput(), opts, diagnostics), diagnostics };
    }
    // Each document is decoded as soon as it is parsed, so its parse tree dies young: the garbage
    // collector never copies the trees of the documents read so far while it parses the next ones.
    const objects: ObjectIn[] = [];
    forEachManifest(text, (doc) => readDocument(doc, objects, diagnostics, options?.kubernetesVersion), diagnostics);
    const input = collectObjects(objects, diagnostics);
    const run = options?.run ?? [];
    const actions = options?.actions ?? [];
    let actionDiagnostics: Diagnostic[] | undefined;
    // The learner's clients and actions come before the learner warnings: those describe the cluster on screen.
    const settle = run.length + actions.length === 0 ? undefined : (built: Cluster): Cluster => {
      const applied = applyActions(startClients(built, run), actions);
      actionDiagnostics = applied.diagnostics;
      return applied.cluster;
    };
    const cluster = buildCluster(input, opts, diagnostics, settle);
    const result: LoadResult = { cluster, diagnostics: sortDiagnostics(diagnostics) };
    if (actionDiagnostics) result.actionDiagnostics = actionDiagnostics;
    return result;
  } catch (err) {
    diagnostics.push({
      severity: 'error',
      code: 'internal',
      message: `Internal error: ${err instanceof Error ? err.message : String(err)}`,
      line: 1,
      column: 1,
    });
    return { cluster: safeEmptyCluster(opts, diagnostics), diagnostics };
  }
}

function safeEmptyCluster(opts: { clusterDomain: string; nodes: number }, diagnostics: Diagnostic[]): Cluster {
  try {
    return buildCluster(emptyInput(), opts, diagnostics);
  } catch {
    return {
      clusterDomain: opts.clusterDomain,
      nodes: makeNodes(opts.nodes),
      namespaces: [...BUILTIN_NAMESPACES],
      pods: [],
      services: [],
      endpointSlices: [],
      workloads: [],
      dnsServiceIP: '10.96.0.10',
      podCIDR: '10.244.0.0/16',
      serviceCIDR: '10.96.0.0/12',
    };
  }
}

function sortDiagnostics(d: Diagnostic[]): Diagnostic[] {
  // Stable sort by position so the editor and the list read top to bottom.
  return d
    .map((x, i) => ({ x, i }))
    .sort((a, b) => a.x.line - b.x.line || a.x.column - b.x.column || a.i - b.i)
    .map(({ x }) => x);
}

/** One parsed document → its objects (expanding `kind: List`), each decoded, defaulted and validated. */
function readDocument(doc: ParsedDocument, objects: ObjectIn[], diagnostics: Diagnostic[], version: string | undefined): void {
  const root: ObjectSource = { positions: doc.positions, base: '', doc: doc.index };
  if (!isRecord(doc.value)) {
    diagnostics.push(errorNoteAt(root, '', '', { code: 'not-an-object', found: describe(doc.value) }));
    return;
  }
  const kind = doc.value.kind;
  if (typeof kind === 'string' && kind.endsWith('List') && Array.isArray(doc.value.items)) {
    const items = doc.value.items;
    for (let i = 0; i < items.length; i++) {
      const item: unknown = items[i];
      const src: ObjectSource = { positions: doc.positions, base: `items[${i}]`, doc: doc.index };
      if (!isRecord(item)) {
        diagnostics.push(errorNoteAt(src, '', '', { code: 'not-an-object', found: describe(item), item: i }));
        continue;
      }
      const obj = readObject(item, src, diagnostics, version);
      if (obj) objects.push(obj);
    }
    return;
  }
  const obj = readObject(doc.value, root, diagnostics, version);
  if (obj) objects.push(obj);
}

/** Checks across objects: namespaces must exist and names are unique per kind; then sorted by kind. */
function collectObjects(objects: ObjectIn[], diagnostics: Diagnostic[]): ObjectsByKind {
  // Namespaces must exist, and names are unique per kind and namespace (the second create fails).
  const namespaces = new Set(BUILTIN_NAMESPACES);
  for (const o of objects) if (o.kind === 'Namespace') namespaces.add(o.meta.name);
  // kind → namespace → names taken: no `kind/namespace/name` string is made per object.
  const seen = new Map<string, Map<string, Set<string>>>();
  const input = emptyInput();
  // The object's name for a diagnostic, made only when there is one.
  const objectRef = (o: ObjectIn): string => (o.kind === 'Namespace' ? `Namespace/${o.meta.name}` : `${o.kind}/${o.meta.namespace}/${o.meta.name}`);
  for (const o of objects) {
    if (o.kind !== 'Namespace' && !namespaces.has(o.meta.namespace)) {
      diagnostics.push(errorAt(o.source, objectRef(o), 'metadata.namespace', 'namespace-not-found', namespaceNotFoundMessage(o.meta.namespace)));
      continue;
    }
    let byNamespace = seen.get(o.kind);
    if (!byNamespace) seen.set(o.kind, (byNamespace = new Map()));
    let names = byNamespace.get(o.meta.namespace);
    if (!names) byNamespace.set(o.meta.namespace, (names = new Set()));
    if (names.has(o.meta.name)) {
      diagnostics.push(errorAt(o.source, objectRef(o), 'metadata.name', 'already-exists', alreadyExistsMessage(RESOURCE[o.kind] ?? o.kind, o.meta.name)));
      continue;
    }
    names.add(o.meta.name);
    switch (o.kind) {
      case 'Namespace':
        if (!BUILTIN_NAMESPACES.includes(o.meta.name)) input.namespaces.push(o);
        break;
      case 'Service':
        input.services.push(o);
        break;
      case 'Pod':
        addImageWarnings(o.spec.containers, 'spec', o.source, objectRef(o), diagnostics);
        input.pods.push(o);
        break;
      case 'Deployment':
      case 'StatefulSet':
        if (o.replicas > MAX_REPLICAS) {
          diagnostics.push(
            warningAt(o.source, objectRef(o), 'spec.replicas', { code: 'replicas-clamped', kind: o.kind, replicas: o.replicas, max: MAX_REPLICAS }),
          );
          o.replicas = MAX_REPLICAS;
        }
        addImageWarnings(o.template.spec.containers, 'spec.template.spec', o.source, objectRef(o), diagnostics);
        input.workloads.push(o);
        break;
      case 'EndpointSlice':
        input.slices.push(o);
        break;
      case 'Endpoints':
        input.endpoints.push(o);
        break;
    }
  }
  return input;
}

/** What a document that is no object is instead. */
function describe(v: unknown): 'list' | 'string' | 'number' | 'boolean' | 'other' {
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  return 'other';
}

function readObject(raw: Raw, source: ObjectSource, diagnostics: Diagnostic[], version: string | undefined): ObjectIn | undefined {
  const apiVersion = typeof raw.apiVersion === 'string' ? raw.apiVersion : '';
  const kind = typeof raw.kind === 'string' ? raw.kind : '';
  const name = isRecord(raw.metadata) && typeof raw.metadata.name === 'string' ? raw.metadata.name : '';
  const missing: ('apiVersion' | 'kind')[] = [];
  if (apiVersion === '') missing.push('apiVersion');
  if (kind === '') missing.push('kind');
  if (missing.length > 0) {
    diagnostics.push(errorAt(source, '', missing[missing.length - 1] === 'kind' && missing.length === 1 ? 'kind' : 'apiVersion', 'missing-type', missingTypeMessage(missing)));
    return undefined;
  }
  const wanted = SIMULATED[kind];
  if (wanted === undefined) {
    diagnostics.push(warningAt(source, `${kind}/${name}`, 'kind', { code: 'kind-not-simulated', kind }));
    return undefined;
  }
  if (apiVersion !== wanted) {
    diagnostics.push(errorAt(source, `${kind}/${name}`, 'apiVersion', 'no-match', noMatchMessage(kind, apiVersion)));
    return undefined;
  }
  // The API server warns before it decodes: kubectl prints the warning even when the object is refused.
  const warning = deprecationWarning(kind, apiVersion, version);
  if (warning !== undefined) diagnostics.push(programWarningAt(source, `${kind}/${name}`, 'apiVersion', warning));
  try {
    let result: ReadResult<ObjectIn>;
    switch (kind) {
      case 'Service':
        result = readService(raw, source);
        break;
      case 'Pod':
        result = readPod(raw, source);
        break;
      case 'Deployment':
      case 'StatefulSet':
        result = readWorkload(raw, kind, source);
        break;
      case 'EndpointSlice':
        result = readEndpointSlice(raw, source);
        break;
      case 'Endpoints':
        result = readEndpoints(raw, source);
        break;
      default: {
        const r = new Reader('Namespace', 'v1');
        const m = readMeta(r, raw, 'metadata', false);
        result = { value: { kind: 'Namespace', meta: m.meta, source }, errors: validateObjectMetaName(m.rawName, undefined, 'DNS1123Label', false) };
      }
    }
    const o = result.value;
    // Decoding refuses an object before validation sees it: a type error first (thrown above), then the
    // unknown fields of strict field validation, each marked at its own line with the one message.
    const unknown = unknownFields(kind, raw);
    if (unknown.length > 0) {
      const message = strictDecodingMessage(kind, apiVersion, unknown);
      for (const path of unknown) diagnostics.push(errorAt(source, `${kind}/${name}`, path, 'strict-decode', message));
      return undefined;
    }
    if (result.errors.length > 0) {
      const ref = o.kind === 'Namespace' ? `Namespace/${o.meta.name}` : `${o.kind}/${o.meta.namespace}/${o.meta.name}`;
      // The API server rejects the object as a whole: report every field error, create nothing.
      for (const e of result.errors) diagnostics.push(fieldDiagnostic(source, ref, e));
      return undefined;
    }
    return o;
  } catch (err) {
    if (err instanceof DecodeFail) {
      diagnostics.push(errorAt(source, `${kind}/${name}`, err.path, 'decode', err.message));
      return undefined;
    }
    throw err;
  }
}

