// Turning FieldErrors and learner warnings into Diagnostics positioned in the source.

import type { FieldPosition } from '../manifest/positions';
import { errorCode, errorMessage, type FieldError } from '../validate/field';
import type { ObjectSource } from '../validate/objects';
import type { Diagnostic, SourcePosition } from '../types/diagnostic';

export function sourcePath(src: ObjectSource, path: string): string {
  if (src.base === '') return path;
  return path === '' ? src.base : `${src.base}.${path}`;
}

export function positionOf(src: ObjectSource, path: string): FieldPosition {
  return src.positions.get(sourcePath(src, path));
}

/** Where the object starts (its first key). */
export function objectPosition(src: ObjectSource): SourcePosition {
  const p = src.positions.get(src.base);
  return { line: p.line, column: p.column };
}

function place(d: Omit<Diagnostic, 'line' | 'column'>, pos: FieldPosition): Diagnostic {
  const out: Diagnostic = { ...d, line: pos.line, column: pos.column };
  if (out.object === '') delete out.object;
  if (pos.endLine !== undefined && pos.endColumn !== undefined) {
    out.endLine = pos.endLine;
    out.endColumn = pos.endColumn;
  }
  return out;
}

export function fieldDiagnostic(src: ObjectSource, object: string, e: FieldError): Diagnostic {
  return place({ severity: 'error', message: errorMessage(e), path: e.field, object, code: errorCode(e) }, positionOf(src, e.at ?? e.field));
}

/** An error whose message is not a field error (decode errors, AlreadyExists, NotFound…). */
export function errorAt(src: ObjectSource, object: string, path: string, code: string, message: string): Diagnostic {
  return place({ severity: 'error', message, ...(path ? { path } : {}), object, code }, positionOf(src, path));
}

/** A learner warning: plain words, never presented as an API server error. */
export function warningAt(src: ObjectSource, object: string, path: string, code: string, message: string): Diagnostic {
  return place({ severity: 'warning', message, ...(path ? { path } : {}), object, code }, positionOf(src, path));
}
