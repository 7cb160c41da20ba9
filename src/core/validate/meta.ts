// ObjectMeta decoding shared by every kind.

import { DEFAULT_NAMESPACE } from './defaults';
import type { ObjectMeta } from './objects';
import type { Raw, Reader } from './decode';

export interface RawMeta {
  meta: ObjectMeta;
  /** The name as written (undefined when missing), for validation. */
  rawName?: string;
  rawNamespace?: string;
  /** metadata.labels was present (Go prints a missing map as map[string]string(nil)). */
  hasLabels: boolean;
}

/** Reads metadata at `path` (`metadata` or `spec.template.metadata`); uid, resourceVersion, managedFields… are ignored. */
export function readMeta(r: Reader, obj: Raw, path: string, namespaced: boolean): RawMeta {
  const m = r.recordAt(obj, 'metadata', path, r.kind, 'v1.ObjectMeta') ?? {};
  const name = r.str(m, 'name', path, 'ObjectMeta');
  const namespace = r.str(m, 'namespace', path, 'ObjectMeta');
  const labels = r.stringMap(m, 'labels', path, 'ObjectMeta', true);
  const annotations = r.stringMap(m, 'annotations', path, 'ObjectMeta', true);
  return {
    meta: {
      name: name ?? '',
      namespace: namespaced ? namespace || DEFAULT_NAMESPACE : '',
      labels: labels ?? {},
      annotations: annotations ?? {},
    },
    rawName: name,
    rawNamespace: namespace,
    hasLabels: labels !== undefined,
  };
}
