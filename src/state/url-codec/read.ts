// Field readers for untrusted JSON. Only own properties are read (Object.hasOwn), so keys such as
// `__proto__` or `constructor` in a link are inert: JSON.parse makes them plain data properties and
// nothing here copies a foreign object's keys into one of ours. Unknown keys are ignored.
import type { FieldReason, ShareError } from './result';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Thrown only inside this module's callers' `readWire` and caught there: a compact way to bail out of
 *  nested validation. It never escapes the codec. */
export class FieldError extends Error {
  constructor(readonly path: string, readonly reason: FieldReason) {
    super(`${path}: ${reason}`);
  }
}

export const toShareError = (e: FieldError): ShareError => ({ code: 'invalid-field', path: e.path, reason: e.reason });

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

export function field(obj: JsonObject, key: string): Json | undefined {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

export function readObject(v: Json | undefined, path: string): JsonObject {
  if (v === undefined) throw new FieldError(path, 'missing');
  if (!isObject(v)) throw new FieldError(path, 'wrong-type');
  return v;
}

export function readString(v: Json | undefined, path: string, max: number, valid?: (s: string) => boolean): string {
  if (v === undefined) throw new FieldError(path, 'missing');
  if (typeof v !== 'string') throw new FieldError(path, 'wrong-type');
  if (v.length > max) throw new FieldError(path, 'too-long');
  if (valid && !valid(v)) throw new FieldError(path, 'bad-name');
  return v;
}

export function readInt(v: Json | undefined, path: string, min: number, max: number): number {
  if (v === undefined) throw new FieldError(path, 'missing');
  if (typeof v !== 'number') throw new FieldError(path, 'wrong-type');
  if (!Number.isInteger(v) || v < min || v > max) throw new FieldError(path, 'out-of-range');
  return v;
}

/** Booleans travel as 0/1 (shorter than true/false); both spellings are accepted. */
export function readFlag(v: Json | undefined, path: string): boolean {
  if (v === 0 || v === false) return false;
  if (v === 1 || v === true) return true;
  if (v === undefined) throw new FieldError(path, 'missing');
  throw new FieldError(path, typeof v === 'number' ? 'out-of-range' : 'wrong-type');
}

export function readEnum<T extends string>(v: Json | undefined, path: string, table: Readonly<Record<string, T>>): T {
  if (v === undefined) throw new FieldError(path, 'missing');
  if (typeof v !== 'string') throw new FieldError(path, 'wrong-type');
  if (!Object.hasOwn(table, v)) throw new FieldError(path, 'unknown-value');
  return table[v]!;
}

export function readArray(v: Json | undefined, path: string, max: number): Json[] {
  if (v === undefined) throw new FieldError(path, 'missing');
  if (!Array.isArray(v)) throw new FieldError(path, 'wrong-type');
  if (v.length > max) throw new FieldError(path, 'too-many');
  return v;
}
