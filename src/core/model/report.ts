// Turning FieldErrors, program messages and learner notes into Diagnostics positioned in the source.

import type { FieldPosition } from '../manifest/positions';
import { errorCode, errorMessage, type FieldError } from '../validate/field';
import type { ObjectSource } from '../validate/objects';
import type { Diagnostic, DiagnosticPlace, Note, ProgramCode, SourcePosition } from '../types/diagnostic';

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

/** `path` is the field the diagnostic names; `pointAt` the source path it points at, when they differ. */
function place(severity: DiagnosticPlace['severity'], src: ObjectSource, object: string, path: string, pointAt = path): DiagnosticPlace {
  const pos = positionOf(src, pointAt);
  const out: DiagnosticPlace = { severity, line: pos.line, column: pos.column };
  if (path) out.path = path;
  if (object) out.object = object;
  if (pos.endLine !== undefined && pos.endColumn !== undefined) {
    out.endLine = pos.endLine;
    out.endColumn = pos.endColumn;
  }
  return out;
}

export function fieldDiagnostic(src: ObjectSource, object: string, e: FieldError): Diagnostic {
  return { ...place('error', src, object, e.field, e.at ?? e.field), code: errorCode(e), message: errorMessage(e) };
}

/** An error in a real program's words that is not a field error (decode errors, AlreadyExists, NotFound…). */
export function errorAt(src: ObjectSource, object: string, path: string, code: ProgramCode, message: string): Diagnostic {
  return { ...place('error', src, object, path), code, message };
}

/** A warning in a real program's words (the API server's `Warning: …`, as kubectl prints it). */
export function programWarningAt(src: ObjectSource, object: string, path: string, message: string): Diagnostic {
  return { ...place('warning', src, object, path), code: 'api-warning', message };
}

/** An error only the playground reports (a document that is no object): a note, worded by the UI. */
export function errorNoteAt(src: ObjectSource, object: string, path: string, note: Note): Diagnostic {
  return { ...place('error', src, object, path), ...note };
}

/** A learner warning: a note the UI words, never presented as an API server error. */
export function warningAt(src: ObjectSource, object: string, path: string, note: Note): Diagnostic {
  return { ...place('warning', src, object, path), ...note };
}
