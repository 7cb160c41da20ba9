// Path → position index for one YAML document, so a diagnostic points at the offending field.
// Paths use Kubernetes' field-path form: `spec.ports[0].targetPort`.
//
// Building the full index needs a second js-yaml pass with a listener, so it is built lazily: most
// documents never have a diagnostic. The few positions every workload needs (spec, spec.replicas)
// come from a quick line scan of plain block mappings, which answers "unsure" on anything else.

export interface FieldPosition {
  /** 1-based line and column of the field's key (or the sequence item). */
  line: number;
  column: number;
  /** End of the field's value when it is a scalar on the same line. */
  endLine?: number;
  endColumn?: number;
  /** Start of the value itself (after `key: `), when known. */
  valueLine?: number;
  valueColumn?: number;
}

/** Join a path and a mapping key the way apimachinery field.Path.Child does. */
export function childPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** field.Path.Index. */
export function indexPath(path: string, i: number): string {
  return `${path}[${i}]`;
}

/** The text a PositionIndex answers for: one document, and the source line it starts on (0-based). */
export interface PositionSource {
  text: string;
  lineOffset: number;
}

/** Fills `index` with every node's position (a second, listening parse of `source`). */
export type PositionBuilder = (source: PositionSource, index: PositionIndex) => void;

export class PositionIndex {
  // Both maps are made on first use: most documents never have a diagnostic, and a workload asks the
  // quick scan for two paths at most.
  private map: Map<string, FieldPosition> | undefined;
  private quickCache: Map<string, FieldPosition | null | undefined> | undefined;
  private built: boolean;

  constructor(
    private readonly fallback: FieldPosition,
    private readonly source?: PositionSource,
    private readonly build?: PositionBuilder,
  ) {
    this.built = build === undefined || source === undefined;
  }

  set(path: string, pos: FieldPosition): void {
    (this.map ??= new Map()).set(path, pos);
  }

  private ensure(): void {
    if (this.built) return;
    this.built = true;
    if (this.build && this.source) this.build(this.source, this);
  }

  /** The quick scan's answer for `path` (cached), while the full index is not built. */
  private quick(source: PositionSource, path: string): FieldPosition | null | undefined {
    const cache = (this.quickCache ??= new Map());
    let q = cache.get(path);
    if (q === undefined && !cache.has(path)) {
      q = quickBlockLookup(source.text, source.lineOffset, path);
      cache.set(path, q);
    }
    return q;
  }

  /** Exact position of `path`, if the document has that field. */
  exact(path: string): FieldPosition | undefined {
    if (!this.built && this.source) {
      const q = this.quick(this.source, path);
      if (q !== undefined) return q ?? undefined;
    }
    this.ensure();
    return this.map?.get(path);
  }

  /** Position of `path`, or of its nearest ancestor that exists in the source, or the document start. */
  get(path: string): FieldPosition {
    if (path === '' && !this.built) return this.fallback;
    // A key whose value is one plain word ending its line (`replicas: 3`) is answered by the quick scan
    // exactly as the full index would answer it, so a warning there (a workload's Pods stay Pending) costs
    // no second parse of the document.
    if (!this.built && this.source) {
      const q = this.quick(this.source, path);
      if (q && isOneWordScalar(this.source, q)) return q;
    }
    this.ensure();
    const map = this.map;
    if (!map) return this.fallback;
    let p = path;
    for (;;) {
      const hit = map.get(p);
      if (hit) return hit;
      if (p === '') return this.fallback;
      const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut <= 0 ? '' : p.slice(0, cut);
    }
  }
}

/**
 * Find a path of plain keys (`spec.replicas`) in block-style YAML by indentation alone, scanning the
 * document's text line by line in place (no split). Returns the key's position, null when the block
 * structure shows it is absent, or undefined when unsure (flow style, quoted or complex keys, anchors,
 * tags, odd indentation).
 */
export function quickBlockLookup(text: string, lineOffset: number, path: string): FieldPosition | null | undefined {
  if (path === '' || path.includes('[') || path.includes(']')) return undefined;
  const keys = path.split('.');
  // The block to search starts at offset `from` (line `fromLine`) and ends at the first line indented
  // like its parent key or less (or at the end of the text).
  let from = 0;
  let fromLine = 0;
  const to = text.length + 1;
  let indent = -1; // indentation of the parent key
  let found: FieldPosition | undefined;
  for (let depth = 0; depth < keys.length; depth++) {
    const key = keys[depth] as string;
    let childIndent = -1;
    found = undefined;
    let start = from;
    let lineNo = fromLine;
    for (; start < to; lineNo++) {
      let eol = text.indexOf('\n', start);
      if (eol < 0) eol = text.length;
      const lineStart = start;
      start = eol + 1;
      const at = indentOf(text, lineStart, eol);
      if (at < 0) continue;
      const ch = text.charCodeAt(at);
      if (ch === 35 /* # */ || ch === 13 /* \r */) continue;
      const col = at - lineStart;
      // The parent's block ends at the next line indented like the parent key or less.
      if (col <= indent) break;
      if (ch === 9 /* \t */) return undefined;
      if (childIndent < 0) childIndent = col;
      if (col < childIndent) return undefined;
      if (col > childIndent) continue;
      const next = at + 1 < eol ? text.charCodeAt(at + 1) : -1;
      // `- item` at the mapping's indentation is a compact sequence under the previous key.
      if (ch === 45 /* - */ && (next === -1 || next === 32 || next === 13)) continue;
      // " ' ? { [ - & ! %
      if (ch === 34 || ch === 39 || ch === 63 || ch === 123 || ch === 91 || ch === 45 || ch === 38 || ch === 33 || ch === 37) return undefined;
      // Cheap test: `key` then optional blanks then `:` then a blank or the end of the line.
      if (at + key.length > eol || !text.startsWith(key, at)) continue;
      let k = at + key.length;
      while (k < eol && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
      if (k >= eol || text.charCodeAt(k) !== 58 /* : */) continue;
      const after = k + 1 < eol ? text.charCodeAt(k + 1) : -1;
      if (!(after === -1 || after === 32 || after === 9 || after === 13)) continue;
      let v = k + 1;
      while (v < eol && (text.charCodeAt(v) === 32 || text.charCodeAt(v) === 9)) v++;
      found = { line: lineOffset + lineNo + 1, column: col + 1 };
      const scalar = scalarAfter(text, v, eol);
      const hasValue = scalar !== '' && !scalar.startsWith('#');
      if (hasValue && !/^[|>&!*{[]/.test(scalar)) {
        found.endLine = found.line;
        found.endColumn = v - lineStart + scalar.length + 1;
        found.valueLine = found.line;
        found.valueColumn = v - lineStart + 1;
      }
      if (depth === keys.length - 1) break;
      if (hasValue) return undefined; // a flow or scalar value: cannot descend by indentation
      from = start;
      fromLine = lineNo + 1;
      indent = col;
      break;
    }
    if (!found) return childIndent < 0 && depth === 0 ? undefined : null;
  }
  return found ?? null;
}

/** A plain one-word scalar the quick scan found on the key's line: letters, digits and `_ . / + -`. */
const ONE_WORD = /^[A-Za-z0-9][A-Za-z0-9_./+-]*$/;

/**
 * True when the quick scan's `pos` has a one-word plain scalar value that ends with its line: the next
 * line with content is indented no deeper than the key, so it cannot continue a multi-line scalar.
 * Then the key, value and end positions are the ones the full index records.
 */
function isOneWordScalar(source: PositionSource, pos: FieldPosition): boolean {
  if (pos.valueColumn === undefined || pos.endColumn === undefined || pos.endLine !== pos.line) return false;
  const text = source.text;
  let start = 0;
  for (let l = source.lineOffset + 1; l < pos.line; l++) {
    start = text.indexOf('\n', start) + 1;
    if (start === 0) return false;
  }
  if (!ONE_WORD.test(text.slice(start + pos.valueColumn - 1, start + pos.endColumn - 1))) return false;
  for (let next = text.indexOf('\n', start) + 1; next > 0 && next < text.length; next = text.indexOf('\n', next) + 1) {
    let i = next;
    while (i < text.length && text.charCodeAt(i) === 32) i++;
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) continue; // a blank line
    return c !== 9 && i - next < pos.column;
  }
  return true;
}

/**
 * The value text after a key: the rest of the line without a trailing `\r`, a ` # comment` or trailing
 * blanks. Plain values (no `#` or line-break characters) are cut without a regular expression.
 */
function scalarAfter(text: string, from: number, eol: number): string {
  let end = eol;
  for (let i = from; i < eol; i++) {
    const c = text.charCodeAt(i);
    if (c === 35 || c === 0x2028 || c === 0x2029 || (c === 13 && i !== eol - 1)) {
      return text.slice(from, eol).replace(/\r$/, '').replace(/[ \t]+#.*$/, '').replace(/[ \t]+$/, '');
    }
  }
  if (end > from && text.charCodeAt(end - 1) === 13) end--;
  while (end > from && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return end === eol ? text.slice(from, eol) : text.slice(from, end);
}

/** Offset of the first non-space character of text[from, to), or -1 for an all-space line. */
function indentOf(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return i;
  return -1;
}
