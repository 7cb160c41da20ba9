// Multi-document YAML → plain values with a path → position index per document.
// js-yaml 4 with its default (safe) schema: no !!js/* types exist, so no code runs. Each document is
// parsed on its own so a broken one is reported and skipped while the others still load.

import * as jsyaml from 'js-yaml';
import { load, YAMLException, type Type } from 'js-yaml';
import type { Diagnostic, ProgramDiagnostic } from '../types/diagnostic';
import { exceedsExpansionBudget, MAX_DEPTH, MAX_DOCUMENTS, MAX_EXPANDED_NODES } from './limits';
import { NOT_PLAIN, readPlainBlock } from './plain-block';
import { childPath, indexPath, PositionIndex, type FieldPosition } from './positions';
import { goYamlLine, goYamlProblem, yamlErrorMessage } from './yaml-errors';

export interface ParsedDocument {
  /** 0-based index of the document in the stream. */
  index: number;
  value: unknown;
  positions: PositionIndex;
}

export interface ParseResult {
  documents: ParsedDocument[];
  diagnostics: Diagnostic[];
}

// js-yaml exports `types` at run time; @types/js-yaml does not declare it.
type TypeName = 'str' | 'seq' | 'map' | 'null' | 'bool' | 'int' | 'float' | 'merge' | 'timestamp' | 'binary' | 'omap' | 'pairs' | 'set';
const types = (jsyaml as unknown as { types: Record<TypeName, Type> }).types;

/** The core schema's implicit scalar types, in the order js-yaml tries them. */
const CORE_SCALARS = [types.null, types.bool, types.int, types.float];
const NULL_ONLY = [types.null];
const BOOL_ONLY = [types.bool];
const NUMBERS = [types.int, types.float];
const FLOAT_ONLY = [types.float];
const NONE: Type[] = [];

/**
 * The core scalar types that can match a plain scalar, by its first character: null is `~` or
 * null/Null/NULL, bool true/false in three cases, an int starts with a sign or digit, a float with a
 * sign, digit or dot. Any other word (`app`, `TCP`, an image name) is a string without trying the
 * four types; an empty or null scalar tries them all.
 */
function scalarCandidates(data: string | null): Type[] {
  if (data === null || data.length === 0) return CORE_SCALARS;
  const c = data.charCodeAt(0);
  if (c === 126 /* ~ */ || c === 110 /* n */ || c === 78 /* N */) return NULL_ONLY;
  if (c === 116 /* t */ || c === 84 /* T */ || c === 102 /* f */ || c === 70 /* F */) return BOOL_ONLY;
  if (c === 43 /* + */ || c === 45 /* - */ || (c >= 48 && c <= 57)) return NUMBERS;
  if (c === 46 /* . */) return FLOAT_ONLY;
  return NONE;
}

function matchScalar(data: string | null): Type | undefined {
  for (const t of scalarCandidates(data)) if (t.resolve(data)) return t;
  return undefined;
}

/** A plain scalar's value as the schema below resolves it (merge keys aside: the plain reader has none). */
function plainScalar(text: string): unknown {
  const t = matchScalar(text);
  return t === undefined ? text : t.construct(text);
}

/**
 * null, bool, int and float as one implicit type that tries only the candidates above, so a plain
 * scalar resolves to exactly the value the core schema gives it. Its tag is never read (js-yaml reads
 * a key's tag only to find merge keys), and the explicit list maps `!!int` back to the real type.
 */
const CORE_SCALAR = new jsyaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string | null) => matchScalar(data) !== undefined,
  construct: (data: string | null): unknown => (matchScalar(data) as Type).construct(data),
});

/**
 * js-yaml's default schema without implicit timestamps: every plain scalar would otherwise be tested
 * against the timestamp regex, and Kubernetes reads no field as a YAML timestamp (sigs.k8s.io/yaml
 * turns them back into strings). `!!timestamp`, merge keys (`<<`), `!!binary`, `!!omap`, `!!pairs`
 * and `!!set` still work; nothing outside the safe types exists.
 */
const MANIFEST_SCHEMA = new jsyaml.Schema({
  implicit: [CORE_SCALAR, types.merge],
  explicit: [types.str, types.seq, types.map, ...CORE_SCALARS, types.timestamp, types.binary, types.omap, types.pairs, types.set],
});

interface Chunk {
  text: string;
  /** 0-based line of the chunk's first line in the whole source. */
  lineOffset: number;
}

const MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;

/** Split at `---` / `...` lines (a marker at column 0 always ends a document, even a block scalar). */
function splitDocuments(source: string): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let line = 0;
  let scanned = 0;
  const countLines = (to: number): void => {
    // indexOf jumps from line break to line break (a native scan) instead of testing every character.
    for (let i = source.indexOf('\n', scanned); i >= 0 && i < to; i = source.indexOf('\n', i + 1)) line++;
    scanned = to;
  };
  let pendingDirectives = '';
  let pendingOffset = 0;
  const push = (from: number, to: number): void => {
    countLines(from);
    let text = source.slice(from, to);
    const lineOffset = pendingDirectives ? pendingOffset : line;
    // Blank the marker itself but keep the line so columns and line numbers stay true.
    if (text.startsWith('---') || text.startsWith('...')) {
      text = (pendingDirectives ? '---' : '   ') + text.slice(3);
    }
    text = pendingDirectives + text;
    pendingDirectives = '';
    // A chunk of only `%YAML`/`%TAG` directives belongs to the next document.
    if (text.includes('%') && onlyDirectives(text)) {
      pendingDirectives = text.endsWith('\n') ? text : `${text}\n`;
      pendingOffset = lineOffset;
      return;
    }
    chunks.push({ text, lineOffset });
  };
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(source); m !== null; m = MARKER.exec(source)) {
    if (m.index > start || m.index === 0) {
      if (m.index > 0) push(start, m.index);
    }
    start = m.index;
    MARKER.lastIndex = m.index + 3;
  }
  push(start, source.length);
  return chunks;
}

/** True when every line is blank, a comment or a `%` directive, and at least one is a directive. */
function onlyDirectives(text: string): boolean {
  let directive = false;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) continue;
    if (!t.startsWith('%')) return false;
    directive = true;
  }
  return directive;
}

interface Frame {
  line: number;
  col: number;
  pos: number;
  kind: string | null;
  result: unknown;
  endPos: number;
  endLine: number;
  endLineStart: number;
  children: Frame[] | null;
}

interface ListenerState {
  position: number;
  line: number;
  lineStart: number;
  kind: string | null;
  result: unknown;
}

/**
 * Parse one chunk: the plain block reader when the document is in its subset, else js-yaml. Its
 * position index is built on first use by a second, listening js-yaml pass.
 */
function parseChunk(chunk: Chunk): { value: unknown; positions: PositionIndex } {
  const plain = readPlainBlock(chunk.text, plainScalar);
  const value = plain !== NOT_PLAIN ? plain : load(chunk.text, { schema: MANIFEST_SCHEMA, maxDepth: MAX_DEPTH } as Parameters<typeof load>[1]);
  const fallback: FieldPosition = firstContent(chunk) ?? { line: chunk.lineOffset + 1, column: 1 };
  return { value, positions: new PositionIndex(fallback, chunk, indexChunk) };
}

/** Re-parse `chunk` recording every node's position through js-yaml's `listener` option. */
function indexChunk(chunk: Chunk, index: PositionIndex): void {
  const stack: Frame[] = [];
  let root: Frame | null = null;
  const listener = (event: string, state: ListenerState): void => {
    if (event === 'open') {
      stack.push({
        line: state.line,
        col: state.position - state.lineStart,
        pos: state.position,
        kind: null,
        result: undefined,
        endPos: 0,
        endLine: 0,
        endLineStart: 0,
        children: null,
      });
    } else {
      const frame = stack.pop();
      if (!frame) return;
      frame.kind = state.kind;
      frame.result = state.result;
      frame.endPos = state.position;
      frame.endLine = state.line;
      frame.endLineStart = state.lineStart;
      const parent = stack[stack.length - 1];
      if (parent) (parent.children ??= []).push(frame);
      else root = frame;
    }
  };
  try {
    load(chunk.text, {
      schema: MANIFEST_SCHEMA,
      maxDepth: MAX_DEPTH,
      listener: listener as unknown as (this: unknown, eventType: 'open' | 'close', state: unknown) => void,
    } as Parameters<typeof load>[1]);
  } catch {
    // The first pass succeeded, so this cannot fail; if it does, positions fall back to the document start.
  }
  if (root !== null) indexFrame(root, '', chunk, index, true);
}

/** The first line with content in the chunk (skipping blanks, comments and directives), for the object's position. */
function firstContent(chunk: Chunk): FieldPosition | undefined {
  const t = chunk.text;
  let line = 0;
  let i = 0;
  while (i < t.length) {
    let col = 0;
    while (i + col < t.length && (t.charCodeAt(i + col) === 32 || t.charCodeAt(i + col) === 9 || t.charCodeAt(i + col) === 13)) col++;
    const c = t.charCodeAt(i + col);
    if (i + col < t.length && c !== 10 && c !== 35 /* # */ && c !== 37 /* % */) return { line: chunk.lineOffset + line + 1, column: col + 1 };
    const nl = t.indexOf('\n', i);
    if (nl < 0) break;
    i = nl + 1;
    line++;
  }
  return undefined;
}

function valueStart(chunk: Chunk, f: Frame): { line: number; column: number } {
  let p = f.pos;
  const t = chunk.text;
  while (p < t.length && (t.charCodeAt(p) === 32 || t.charCodeAt(p) === 9)) p++;
  return { line: chunk.lineOffset + f.line + 1, column: p - (f.pos - f.col) + 1 };
}

function framePosition(chunk: Chunk, key: Frame, value: Frame | undefined): FieldPosition {
  const pos: FieldPosition = { line: chunk.lineOffset + key.line + 1, column: key.col + 1 };
  const v = value ?? key;
  if (v.kind === 'scalar' || v.kind === null) {
    // End of a scalar on its own line: trim what the scanner consumed after it.
    let end = v.endPos;
    const t = chunk.text;
    while (end > v.pos && /[\s]/.test(t[end - 1] ?? '')) end--;
    const lineStart = t.lastIndexOf('\n', end - 1) + 1;
    const endLine = chunk.lineOffset + v.line + 1 + countNewlines(t, v.pos, end);
    pos.endLine = endLine;
    pos.endColumn = end - lineStart + 1;
  }
  if (value) {
    const vs = valueStart(chunk, value);
    pos.valueLine = vs.line;
    pos.valueColumn = vs.column;
  }
  return pos;
}

function countNewlines(t: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (t.charCodeAt(i) === 10) n++;
  return n;
}

function indexFrame(frame: Frame, path: string, chunk: Chunk, out: PositionIndex, isRoot: boolean): void {
  const children = frame.children;
  if (!children) return;
  if (frame.kind === 'mapping') {
    for (let i = 0; i + 1 < children.length; i += 2) {
      const key = children[i] as Frame;
      const value = children[i + 1] as Frame;
      const p = childPath(path, String(key.result));
      out.set(p, framePosition(chunk, key, value));
      if (isRoot && i === 0 && path === '') out.set('', { line: chunk.lineOffset + key.line + 1, column: key.col + 1 });
      indexFrame(value, p, chunk, out, false);
    }
  } else if (frame.kind === 'sequence') {
    const items = frame.result as unknown[];
    if (!Array.isArray(items) || items.length !== children.length) return;
    for (let i = 0; i < children.length; i++) {
      const item = children[i] as Frame;
      const p = indexPath(path, i);
      out.set(p, framePosition(chunk, item, undefined));
      indexFrame(item, p, chunk, out, false);
    }
  }
}

/** Parse a multi-document YAML stream. Never throws; broken documents become diagnostics. */
export function parseManifests(source: string): ParseResult {
  const documents: ParsedDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  forEachManifest(source, (doc) => documents.push(doc), diagnostics);
  return { documents, diagnostics };
}

/**
 * parseManifests one document at a time: `visit` gets each parsed document as soon as it is read, so a
 * caller that decodes it there lets its parse tree die young instead of keeping every document's tree
 * alive until the whole stream is parsed. Diagnostics are appended to `diagnostics`. Never throws.
 */
export function forEachManifest(source: string, visit: (doc: ParsedDocument) => void, diagnostics: Diagnostic[]): void {
  const chunks = splitDocuments(source);
  // One scan of the source instead of one per document: NUL bytes are rare.
  const anyNul = source.includes('\u0000');
  let index = 0;
  for (const chunk of chunks) {
    const docIndex = index++;
    if (docIndex >= MAX_DOCUMENTS) {
      diagnostics.push({
        severity: 'error',
        code: 'too-many-documents',
        max: MAX_DOCUMENTS,
        line: chunk.lineOffset + 1,
        column: 1,
      });
      break;
    }
    const nul = anyNul ? chunk.text.indexOf('\u0000') : -1;
    if (nul >= 0) {
      const before = chunk.text.slice(0, nul);
      const line = chunk.lineOffset + countNewlines(before, 0, before.length) + 1;
      diagnostics.push({
        severity: 'error',
        code: 'nul-byte',
        line,
        column: nul - (before.lastIndexOf('\n') + 1) + 1,
      });
      continue;
    }
    let parsed: ParsedDocument;
    try {
      const { value, positions } = parseChunk(chunk);
      if (value === undefined || value === null) continue;
      if (chunk.text.includes('*') && exceedsExpansionBudget(value)) {
        const pos = positions.get('');
        diagnostics.push({
          severity: 'error',
          code: 'alias-expansion',
          max: MAX_EXPANDED_NODES,
          line: pos.line,
          column: pos.column,
        });
        continue;
      }
      parsed = { index: docIndex, value, positions };
    } catch (err) {
      diagnostics.push(yamlDiagnostic(err, chunk));
      continue;
    }
    // Outside the try: an exception while visiting is not a YAML error.
    visit(parsed);
  }
}

function yamlDiagnostic(err: unknown, chunk: Chunk): Diagnostic {
  if (err instanceof YAMLException) {
    const mark = err.mark as { line?: number; column?: number } | undefined;
    const line = chunk.lineOffset + (mark?.line ?? 0) + 1;
    const column = (mark?.column ?? 0) + 1;
    const reason = err.reason || 'invalid YAML';
    const tag = /unknown tag !<(tag:yaml\.org,2002:)?([^>]*)>/.exec(reason);
    if (tag) {
      const shown = tag[1] ? `!!${tag[2]}` : `!${(tag[2] ?? '').replace(/^!/, '')}`;
      const unsafe = (tag[2] ?? '').startsWith('js/');
      return { severity: 'error', code: unsafe ? 'unsafe-tag' : 'unknown-tag', tag: shown, line, column };
    }
    if (/maxDepth/.test(reason)) {
      return {
        severity: 'error',
        code: 'too-deep',
        max: MAX_DEPTH,
        line,
        column,
      };
    }
    if (reason === 'duplicated mapping key') {
      const text = chunk.text.split('\n')[mark?.line ?? 0] ?? '';
      const key = /^\s*(?:-\s+)?("[^"]*"|'[^']*'|[^:#]+?)\s*:/.exec(text.slice(0))?.[1]?.replace(/^["']|["']$/g, '') ?? '';
      return {
        severity: 'error',
        code: 'yaml',
        message: `error converting YAML to JSON: yaml: unmarshal errors:\n  line ${line}: key ${JSON.stringify(key)} already set in map`,
        line,
        column,
      };
    }
    const go = goYamlProblem(chunk.text, reason, mark?.line ?? 0, mark?.column ?? 0);
    // Lines count from the top of the source (the editor's numbers), not from the document's start.
    if (go) {
      const named = goYamlLine(go, chunk.lineOffset);
      const diagnostic: ProgramDiagnostic = { severity: 'error', code: 'yaml', message: yamlErrorMessage(named, go.problem), line, column };
      // go-yaml prints a parser error's line counted from 0: the message then names the line before the one marked.
      if (named !== undefined && named !== line) diagnostic.namedLine = named;
      return diagnostic;
    }
    return { severity: 'error', code: 'yaml', message: yamlErrorMessage(line, reason), line, column };
  }
  const message = err instanceof Error ? err.message : String(err);
  // A RangeError here is a stack overflow on pathological input; report it instead of crashing.
  return {
    severity: 'error',
    code: 'yaml',
    message: yamlErrorMessage(chunk.lineOffset + 1, message),
    line: chunk.lineOffset + 1,
    column: 1,
  };
}
