// Generated names, as the controllers and the API server make them, but deterministic.

import { fnv1a, fnv1aChar, fnv1aDigits, fnv1aJSONString, hashMoreInt, hashParts, safeEncodeString, safeRandomString, safeStringFromHash } from '../util/hash';

/** apiserver names/generate.go: generateName is cut to 58 characters before the 5-character suffix. */
const MAX_GENERATED_PREFIX = 58;

/** SimpleNameGenerator.GenerateName(base) with a deterministic suffix drawn from `seed`. */
export function generateName(base: string, ...seed: (string | number)[]): string {
  const prefix = base.length > MAX_GENERATED_PREFIX ? base.slice(0, MAX_GENERATED_PREFIX) : base;
  return prefix + safeRandomString(5, ...seed);
}

/**
 * pkg/controller controller_utils.go ComputeHash: the pod-template-hash label is
 * rand.SafeEncodeString(fmt.Sprint(fnv32a(template))). Upstream hashes the Go struct dump; we hash a
 * canonical JSON of the template, so the value differs from a real cluster's but has the same form
 * (1–10 characters of bcdfghjklmnpqrstvwxz2456789) and changes exactly when the template does.
 */
export function podTemplateHash(canonicalTemplate: string): string {
  return safeEncodeString(String(fnv1a(canonicalTemplate)));
}

/** podTemplateHash(JSON.stringify(value)), hashing the JSON text as it goes instead of building it. */
export function podTemplateHashOf(value: unknown): string {
  return safeEncodeString(String(jsonFnv1a(value, fnv1a(''))));
}

/**
 * fnv1a of JSON.stringify(value), continuing from `h`, for plain data (strings, numbers, booleans, null,
 * arrays and plain objects). Anything else (a toJSON method, a class instance) is stringified as is.
 */
function jsonFnv1a(value: unknown, h: number): number {
  switch (typeof value) {
    case 'string':
      return fnv1aJSONString(value, h);
    case 'number':
      // A port or a count: its decimal digits, hashed without making the string.
      return Number.isInteger(value) && value >= 0 && value <= 0x7fffffff ? fnv1aDigits(value, h) : fnv1a(JSON.stringify(value), h);
    case 'boolean':
      return fnv1a(JSON.stringify(value), h);
    case 'object': {
      if (value === null) return fnv1a('null', h);
      if (Array.isArray(value)) {
        h = fnv1aChar(91, h);
        for (let i = 0; i < value.length; i++) {
          if (i > 0) h = fnv1aChar(44, h);
          const item: unknown = value[i];
          // JSON.stringify writes null for an item that has no JSON form.
          h = item === undefined || typeof item === 'function' || typeof item === 'symbol' ? fnv1a('null', h) : jsonFnv1a(item, h);
        }
        return fnv1aChar(93, h);
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if ((proto !== Object.prototype && proto !== null) || 'toJSON' in value) return fnv1a(JSON.stringify(value) ?? 'undefined', h);
      const obj = value as Record<string, unknown>;
      h = fnv1aChar(123, h);
      let first = true;
      // for-in with an own-property test visits Object.keys' keys in the same order, without the array.
      for (const k in obj) {
        if (!Object.prototype.hasOwnProperty.call(obj, k)) continue;
        const v = obj[k];
        if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
        if (!first) h = fnv1aChar(44, h);
        first = false;
        h = fnv1aChar(58, fnv1aJSONString(k, h));
        h = jsonFnv1a(v, h);
      }
      return fnv1aChar(125, h);
    }
    default:
      return fnv1a(JSON.stringify(value) ?? 'undefined', h);
  }
}

/** Deployment controller: the ReplicaSet is `<deployment>-<pod-template-hash>`. */
export function replicaSetName(deployment: string, hash: string): string {
  return `${deployment}-${hash}`;
}

/** ReplicaSet controller: Pods use generateName `<replicaset>-`. `serial` counts Pods the ReplicaSet made. */
export function replicaSetPodName(namespace: string, replicaSet: string, serial: number): string {
  return generateName(`${replicaSet}-`, 'pod', namespace, replicaSet, serial);
}

/** replicaSetPodName for many serials of one ReplicaSet: the prefix is hashed once. */
export function replicaSetPodNamer(namespace: string, replicaSet: string): (serial: number) => string {
  const base = `${replicaSet}-`;
  const prefix = base.length > MAX_GENERATED_PREFIX ? base.slice(0, MAX_GENERATED_PREFIX) : base;
  const h = hashParts('pod', namespace, replicaSet);
  return (serial) => prefix + safeStringFromHash(5, hashMoreInt(h, serial));
}

/** StatefulSet controller getPodName: `<set>-<ordinal>`. */
export function statefulSetPodName(set: string, ordinal: number): string {
  return `${set}-${ordinal}`;
}

/**
 * EndpointSlice reconciler: generateName is `<service>-` (getEndpointSlicePrefix cuts long names).
 * `key` is the slice's port-set key and chunk index, so names are stable.
 */
export function endpointSliceName(namespace: string, service: string, key: string): string {
  return generateName(`${service}-`, 'endpointslice', namespace, service, key);
}

/** JSON with sorted keys: the canonical form we hash. */
export function canonicalJSON(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJSON).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .sort()
    .filter((k) => obj[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJSON(obj[k])}`)
    .join(',')}}`;
}
