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
  str(obj: Raw, key: string, path: string, goStruct: string): string | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    if (v instanceof Date) return v.toISOString();
    return this.fail(path, v, goStruct, 'string');
  }

  int32(obj: Raw, key: string, path: string, goStruct: string): number | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number') return this.fail(path, v, goStruct, 'int32');
    if (!Number.isInteger(v) || v > 2147483647 || v < -2147483648) return this.fail(path, v, goStruct, 'int32', true);
    return v;
  }

  bool(obj: Raw, key: string, path: string, goStruct: string): boolean | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean') return this.fail(path, v, goStruct, 'bool');
    return v;
  }

  /** intstr.IntOrString (targetPort): a number or a string. */
  intOrString(obj: Raw, key: string, path: string, goStruct: string): number | string | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= 2147483647) return v;
    return this.fail(path, v, goStruct, 'int32', typeof v === 'number');
  }

  record(obj: Raw, key: string, path: string, goStruct: string, goType: string): Raw | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (!isRecord(v)) return this.fail(path, v, goStruct, goType);
    return v;
  }

  array(obj: Raw, key: string, path: string, goStruct: string, goType: string): unknown[] | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v)) return this.fail(path, v, goStruct, goType);
    return v;
  }

  /** An element of an array of structs. */
  item(v: unknown, path: string, goStruct: string, goType: string): Raw {
    if (!isRecord(v)) return this.fail(path, v, goStruct, goType);
    return v;
  }

  /** map[string]string (labels, annotations, selectors). Returns a prototype-free map. */
  stringMap(obj: Raw, key: string, path: string, goStruct: string): Record<string, string> | undefined {
    const v = this.record(obj, key, path, goStruct, 'map[string]string');
    if (v === undefined) return undefined;
    const out: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const k of Object.keys(v)) {
      const val = v[k];
      if (val === null || val === undefined) {
        out[k] = '';
        continue;
      }
      if (typeof val !== 'string') this.fail(path, val, goStruct, 'string');
      out[k] = val;
    }
    return out;
  }

  /** []string. */
  stringList(obj: Raw, key: string, path: string, goStruct: string): string[] | undefined {
    const v = this.array(obj, key, path, goStruct, '[]string');
    if (v === undefined) return undefined;
    return v.map((item) => {
      if (typeof item !== 'string') this.fail(path, item, goStruct, 'string');
      return item;
    });
  }
}

/** A plain copy of a prototype-free map, sorted by key, for the public model. */
export function plainMap(m: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!m) return out;
  const keys = Object.keys(m);
  // Most maps are written sorted already (or have one key): sort only when they are not.
  for (let i = 1; i < keys.length; i++) {
    if ((keys[i - 1] as string) > (keys[i] as string)) {
      keys.sort();
      break;
    }
  }
  for (const k of keys) {
    // An own data property even for "__proto__", so nothing reaches Object.prototype.
    if (k === '__proto__') Object.defineProperty(out, k, { value: m[k], enumerable: true, writable: true, configurable: true });
    else out[k] = m[k] as string;
  }
  return out;
}
