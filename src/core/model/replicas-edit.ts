// The text edit behind a scale action: the UI must show `replicas: N` in the editor after scaling,
// so the share link's source and the cluster agree.

import type { Workload } from './types';
import type { SourcePosition } from '../types/diagnostic';

/** Why the edit could not be made: codes the UI words (docs/architecture.md, Words). */
export type EditError =
  | { code: 'invalid-replicas'; replicas: number }
  | { code: 'no-spec' }
  | { code: 'replicas-line-changed'; line: number }
  | { code: 'spec-line-changed'; line: number };

export type EditResult = { ok: true; value: string } | { ok: false; error: EditError };

const REPLICAS_LINE = /^(\s*(?:-\s+)?replicas\s*:\s*)([^\s#]*)(.*)$/;

/**
 * Return `source` with the workload's `spec.replicas` set to `replicas`: the value at
 * `workload.replicasPosition` is replaced, or `replicas:` is inserted as the first field under
 * `spec:` when the manifest has none. Fails (without throwing) if the text no longer matches.
 * @example
 * const edit = scaleReplicasEdit(source, cluster.workloads.find((w) => w.name === 'nginx')!, 5);
 * if (edit.ok) editor.setValue(edit.value);
 */
export function scaleReplicasEdit(source: string, workload: Pick<Workload, 'replicasPosition' | 'specPosition'>, replicas: number): EditResult {
  if (!Number.isInteger(replicas) || replicas < 0) return { ok: false, error: { code: 'invalid-replicas', replicas } };
  const lines = source.split('\n');
  if (workload.replicasPosition) return replaceAt(lines, workload.replicasPosition, replicas);
  if (workload.specPosition) return insertUnder(lines, workload.specPosition, replicas);
  return { ok: false, error: { code: 'no-spec' } };
}

function replaceAt(lines: string[], pos: SourcePosition, replicas: number): EditResult {
  const text = lines[pos.line - 1];
  const m = text === undefined ? null : REPLICAS_LINE.exec(text);
  if (!m || text === undefined || text.indexOf('replicas') !== pos.column - 1) {
    return { ok: false, error: { code: 'replicas-line-changed', line: pos.line } };
  }
  lines[pos.line - 1] = `${m[1]}${replicas}${m[3]}`;
  return { ok: true, value: lines.join('\n') };
}

function insertUnder(lines: string[], pos: SourcePosition, replicas: number): EditResult {
  const text = lines[pos.line - 1];
  if (text === undefined || !/^\s*(?:-\s+)?spec\s*:\s*(#.*)?\r?$/.test(text) || text.indexOf('spec') !== pos.column - 1) {
    return { ok: false, error: { code: 'spec-line-changed', line: pos.line } };
  }
  // Indent like the first field under spec; or two spaces more than spec.
  let indent = ' '.repeat(pos.column - 1 + 2);
  for (let i = pos.line; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (/^\s*(#.*)?\r?$/.test(l)) continue;
    const col = l.search(/\S/);
    if (col > pos.column - 1) indent = l.slice(0, col);
    break;
  }
  const eol = text.endsWith('\r') ? '\r' : '';
  lines.splice(pos.line, 0, `${indent}replicas: ${replicas}${eol}`);
  return { ok: true, value: lines.join('\n') };
}
