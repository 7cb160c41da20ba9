// The one home of API-server wording. Mirrors apimachinery
// staging/src/k8s.io/apimachinery/pkg/util/validation/field/errors.go: Error.Error() is
// "<field>: <ErrorBody>", and ErrorBody prints the bad value with %v (ints, bools), %q (strings) or
// %#v (maps, slices, structs), then ": <detail>".

import type { ProgramCode } from '../types/diagnostic';

export type ErrorType =
  | 'FieldValueNotFound'
  | 'FieldValueRequired'
  | 'FieldValueDuplicate'
  | 'FieldValueInvalid'
  | 'FieldValueNotSupported'
  | 'FieldValueForbidden'
  | 'FieldValueTooLong'
  | 'FieldValueTooMany'
  | 'InternalError'
  | 'FieldValueTypeInvalid';

/** field.ErrorType.String(). */
const TYPE_TEXT: Record<ErrorType, string> = {
  FieldValueNotFound: 'Not found',
  FieldValueRequired: 'Required value',
  FieldValueDuplicate: 'Duplicate value',
  FieldValueInvalid: 'Invalid value',
  FieldValueNotSupported: 'Unsupported value',
  FieldValueForbidden: 'Forbidden',
  FieldValueTooLong: 'Too long',
  FieldValueTooMany: 'Too many',
  InternalError: 'Internal error',
  FieldValueTypeInvalid: 'Invalid value',
};

/** Machine codes for Diagnostic.code. */
const TYPE_CODE: Record<ErrorType, ProgramCode> = {
  FieldValueNotFound: 'not-found',
  FieldValueRequired: 'required',
  FieldValueDuplicate: 'duplicate',
  FieldValueInvalid: 'invalid',
  FieldValueNotSupported: 'not-supported',
  FieldValueForbidden: 'forbidden',
  FieldValueTooLong: 'too-long',
  FieldValueTooMany: 'too-many',
  InternalError: 'internal',
  FieldValueTypeInvalid: 'invalid',
};

/** A value as Go's fmt would print it in ErrorBody. A bare string prints %q, a number or boolean %v. */
export type GoValue = string | number | boolean | null | { goSyntax: string };

export interface FieldError {
  type: ErrorType;
  /** The field path the message names (`spec.clusterIPs[0]`). */
  field: string;
  badValue?: GoValue;
  detail: string;
  /**
   * Where to point in the source when it differs from `field` (the API server names
   * `spec.clusterIPs[0]`, the learner wrote `spec.clusterIP`).
   */
  at?: string;
}

/** strconv.Quote: Go double-quoted string syntax. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (c === 7) out += '\\a';
    else if (c === 8) out += '\\b';
    else if (c === 12) out += '\\f';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c === 11) out += '\\v';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (c >= 0x80 && c < 0xa0) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + '"';
}

/** %#v of a map[string]string: keys sorted, `map[string]string{"app":"x", "tier":"web"}`. */
export function goStringMap(m: Record<string, string> | undefined): { goSyntax: string } {
  if (m === undefined) return { goSyntax: 'map[string]string(nil)' };
  const keys = Object.keys(m).sort();
  return { goSyntax: `map[string]string{${keys.map((k) => `${goQuote(k)}:${goQuote(m[k] ?? '')}`).join(', ')}}` };
}

/** %#v of a []string: `[]string{"10.96.100.50"}`. */
export function goStringSlice(values: string[]): { goSyntax: string } {
  return { goSyntax: `[]string{${values.map(goQuote).join(', ')}}` };
}

function formatValue(v: GoValue): string {
  if (v === null) return '"null"';
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return v.goSyntax;
}

/** field.Error.ErrorBody(). */
export function errorBody(e: FieldError): string {
  let s = TYPE_TEXT[e.type];
  const bodyless =
    e.type === 'FieldValueRequired' ||
    e.type === 'FieldValueForbidden' ||
    e.type === 'FieldValueTooLong' ||
    e.type === 'InternalError' ||
    e.badValue === undefined;
  if (!bodyless) s += `: ${formatValue(e.badValue ?? null)}`;
  if (e.detail.length > 0) s += `: ${e.detail}`;
  return s;
}

/** field.Error.Error(): `spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive`. */
export function errorMessage(e: FieldError): string {
  return `${e.field}: ${errorBody(e)}`;
}

export function errorCode(e: FieldError): ProgramCode {
  return TYPE_CODE[e.type];
}

// Constructors, as in field/errors.go.

export function required(field: string, detail = ''): FieldError {
  return { type: 'FieldValueRequired', field, detail };
}

export function invalid(field: string, value: GoValue, detail: string): FieldError {
  return { type: 'FieldValueInvalid', field, badValue: value, detail };
}

export function duplicate(field: string, value: GoValue): FieldError {
  return { type: 'FieldValueDuplicate', field, badValue: value, detail: '' };
}

/** field.NotSupported: `Unsupported value: "X": supported values: "A", "B"`. */
export function notSupported(field: string, value: GoValue, validValues: string[]): FieldError {
  const detail = validValues.length > 0 ? `supported values: ${validValues.map(goQuote).join(', ')}` : '';
  return { type: 'FieldValueNotSupported', field, badValue: value, detail };
}

export function forbidden(field: string, detail: string): FieldError {
  return { type: 'FieldValueForbidden', field, detail };
}

export function tooMany(field: string, actual: number, max: number): FieldError {
  return { type: 'FieldValueTooMany', field, badValue: actual, detail: `must have at most ${max} items` };
}

/** Point the diagnostic at a different source path than the one the message names. */
export function at<T extends FieldError>(e: T, sourcePath: string): T {
  return { ...e, at: sourcePath };
}

// Messages that are not field errors but still come from a real program.

/**
 * The apiserver's handlers/rest.go transformDecodeError: `%s in version %q cannot be handled as a %s: %v`
 * with the GroupVersionKind's Version alone (`apps/v1` prints "v1").
 */
function cannotBeHandled(kind: string, apiVersion: string, reason: string): string {
  const version = apiVersion.slice(apiVersion.lastIndexOf('/') + 1);
  return `${kind} in version ${goQuote(version)} cannot be handled as a ${kind}: ${reason}`;
}

/** The API server's decoding error for a wrong JSON type (sigs.k8s.io/json via the universal decoder). */
export function decodeErrorMessage(kind: string, apiVersion: string, got: string, goStruct: string, jsonPath: string, goType: string): string {
  return cannotBeHandled(kind, apiVersion, `json: cannot unmarshal ${got} into Go struct field ${goStruct}.${jsonPath} of type ${goType}`);
}

/**
 * The API server's refusal under strict field validation (apimachinery runtime/error.go strictDecodingError:
 * each sigs.k8s.io/json `unknown field "<path>"`, joined with ", ").
 */
export function strictDecodingMessage(kind: string, apiVersion: string, unknownPaths: string[]): string {
  return cannotBeHandled(kind, apiVersion, `strict decoding error: ${unknownPaths.map((p) => `unknown field ${goQuote(p)}`).join(', ')}`);
}

/** kubectl's client-side validation when apiVersion or kind is missing. */
export function missingTypeMessage(missing: ('apiVersion' | 'kind')[]): string {
  const parts = missing.map((m) => `${m} not set`);
  return `error validating data: ${parts.length > 1 ? `[${parts.join(', ')}]` : parts[0]}`;
}

/** kubectl's REST mapping failure for a kind it cannot find in the given version. */
export function noMatchMessage(kind: string, apiVersion: string): string {
  return `no matches for kind ${goQuote(kind)} in version ${goQuote(apiVersion)}`;
}

/** Error from server (AlreadyExists). */
export function alreadyExistsMessage(resource: string, name: string): string {
  return `${resource} ${goQuote(name)} already exists`;
}

/** Error from server (NotFound) when the namespace does not exist. */
export function namespaceNotFoundMessage(namespace: string): string {
  return `namespaces ${goQuote(namespace)} not found`;
}
