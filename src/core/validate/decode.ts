// Typed reading of a parsed manifest, with the API server's decoding errors for wrong JSON types
// (`json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32`).
// A decoding error rejects the whole object, as the API server does.

import { decodeErrorMessage } from './field';

export class DecodeFail {
  constructor(
    /** Source path (with indices) to point at. */
    readonly path: string,
    readonly message: string,
  ) {}
}

export type Raw = Record<string, unknown>;

export function isRecord(v: unknown): v is Raw {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
}

function jsonTypeOf(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string' || v instanceof Date) return 'string';
  return 'object';
}

/** Drop `[n]` indices: Go's decoder names the JSON path without them. */
function jsonPath(path: string): string {
  return path.replace(/\[\d+\]/g, '');
}

/**
 * The field path of `key` under `parent` (field.Path.Child). Readers take the parent and make the path
 * only for an error: most fields decode fine, and a path string per field read is garbage.
 */
export function fieldPath(parent: string, key: string): string {
  return parent === '' ? key : `${parent}.${key}`;
}

export class Reader {
  constructor(
    readonly kind: string,
    readonly version: string,
  ) {}

  fail(path: string, got: unknown, goStruct: string, goType: string, numberText = false): never {
    const gotText = numberText && typeof got === 'number' ? `number ${String(got)}` : jsonTypeOf(got);
    throw new DecodeFail(path, decodeErrorMessage(this.kind, this.version, gotText, goStruct, jsonPath(path), goType));
  }

  /** A string field; YAML timestamps come back as Date and are read as the text they were. */
  str(obj: Raw, key: string, parent: string, goStruct: string): string | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    if (v instanceof Date) return v.toISOString();
    return this.fail(fieldPath(parent, key), v, goStruct, 'string');
  }

  int32(obj: Raw, key: string, parent: string, goStruct: string): number | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number') return this.fail(fieldPath(parent, key), v, goStruct, 'int32');
    if (!Number.isInteger(v) || v > 2147483647 || v < -2147483648) return this.fail(fieldPath(parent, key), v, goStruct, 'int32', true);
    return v;
  }

  bool(obj: Raw, key: string, parent: string, goStruct: string): boolean | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean') return this.fail(fieldPath(parent, key), v, goStruct, 'bool');
    return v;
  }

  /** intstr.IntOrString (targetPort): a number or a string. */
  intOrString(obj: Raw, key: string, parent: string, goStruct: string): number | string | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= 2147483647) return v;
    return this.fail(fieldPath(parent, key), v, goStruct, 'int32', typeof v === 'number');
  }

  record(obj: Raw, key: string, parent: string, goStruct: string, goType: string): Raw | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (!isRecord(v)) return this.fail(fieldPath(parent, key), v, goStruct, goType);
    return v;
  }

  /** record() for a field whose full path is given (`metadata` or `spec.template.metadata`). */
  recordAt(obj: Raw, key: string, path: string, goStruct: string, goType: string): Raw | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (!isRecord(v)) return this.fail(path, v, goStruct, goType);
    return v;
  }

  array(obj: Raw, key: string, parent: string, goStruct: string, goType: string): unknown[] | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v)) return this.fail(fieldPath(parent, key), v, goStruct, goType);
    return v;
  }

  /** An element of an array of structs. */
  item(v: unknown, path: string, goStruct: string, goType: string): Raw {
    if (!isRecord(v)) return this.fail(path, v, goStruct, goType);
    return v;
  }

  /**
   * map[string]string (labels, annotations, selectors): a fresh plain object ("__proto__" an own data
   * property like any key), its keys sorted when `sorted`, else in source order. A null value reads as "".
   */
  stringMap(obj: Raw, key: string, parent: string, goStruct: string, sorted = false): Record<string, string> | undefined {
    const v = this.record(obj, key, parent, goStruct, 'map[string]string');
    if (v === undefined) return undefined;
    const keys = Object.keys(v);
    let inOrder = true;
    // Type errors are reported in source order, as Go's decoder meets them.
    for (let i = 0; i < keys.length; i++) {
      const val = v[keys[i] as string];
      if (val !== null && val !== undefined && typeof val !== 'string') this.fail(fieldPath(parent, key), val, goStruct, 'string');
      if (i > 0 && (keys[i - 1] as string) > (keys[i] as string)) inOrder = false;
    }
    if (sorted && !inOrder) keys.sort();
    // Built in one go as a fast object: a prototype-free map (Object.create(null)) starts in V8's slow
    // dictionary mode, and these maps become the model's labels and selectors.
    const out: Record<string, string> = {};
    for (const k of keys) {
      const val = v[k];
      setOwn(out, k, typeof val === 'string' ? val : '');
    }
    return out;
  }

  /** []string. */
  stringList(obj: Raw, key: string, parent: string, goStruct: string): string[] | undefined {
    const v = this.array(obj, key, parent, goStruct, '[]string');
    if (v === undefined) return undefined;
    return v.map((item) => {
      if (typeof item !== 'string') this.fail(fieldPath(parent, key), item, goStruct, 'string');
      return item;
    });
  }
}

/** An own data property even for "__proto__", so nothing reaches Object.prototype. */
function setOwn(out: Record<string, string>, k: string, v: string): void {
  if (k === '__proto__') Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  else out[k] = v;
}
