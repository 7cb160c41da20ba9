// A fast reader for the plain block subset of YAML that generated and hand-written manifests mostly
// are: block mappings and sequences of plain one-line scalars, with full-line comments. js-yaml builds
// each node through a generic composer (a state snapshot per node, a table of overridable keys per
// mapping); for this subset the same values come from one pass over the lines. Anything outside it —
// quotes, flow collections, anchors, aliases, tags, block scalars, multi-line scalars, tabs, `\r`,
// non-ASCII, trailing comments, duplicate keys, odd indentation — answers NOT_PLAIN, and the caller
// parses the document with js-yaml as before, so every error and every unusual form keeps js-yaml's
// behaviour.

/** The answer for a document outside the subset. */
export const NOT_PLAIN: unique symbol = Symbol('not plain');

/** Resolves a plain scalar's text to its value (null, bool, int, float or the string itself). */
export type PlainScalar = (text: string) => unknown;

/** Past this nesting the reader gives up (js-yaml then applies its own depth limit). */
const MAX_PLAIN_DEPTH = 32;

/** Anything but line feeds and printable ASCII: tabs, `\r`, control and non-ASCII characters. */
const OUTSIDE_ASCII = /[^\n\x20-\x7e]/;

/** `key:` then blanks or the end of the line. The key starts with a letter or `_` (no quotes, no indicators). */
const KEY = /[A-Za-z_][A-Za-z0-9_./-]*:(?: +|$)/my;

/**
 * A plain one-line scalar up to the end of its line (trailing blanks aside): words of letters, digits
 * and `_ . / : = + @ -` separated by single spaces, starting with a letter, digit, `_`, `.`, `/` or a
 * `-` that a word character follows (never an indicator). A word ending in `:` is refused by the
 * caller (`: ` would start a mapping).
 */
const VALUE = /(?:[A-Za-z0-9_./]|-[A-Za-z0-9_./=+@-])[A-Za-z0-9_./:=+@-]*(?: [A-Za-z0-9_./:=+@-]+)* *$/my;

class Bail {}
const BAIL = new Bail();

/** The line the reader is at: where its content starts (after `- ` markers consumed so far) and ends. */
class Cursor {
  /** Offset of the current content, its column, the end of its line; `has` is false past the last line. */
  at = 0;
  col = 0;
  end = 0;
  has = false;
  private next = 0;

  constructor(private readonly text: string) {
    this.advance();
  }

  /** Move to the next line with content, skipping blank and comment lines. */
  advance(): void {
    const t = this.text;
    while (this.next < t.length) {
      const start = this.next;
      let eol = t.indexOf('\n', start);
      if (eol < 0) eol = t.length;
      this.next = eol + 1;
      let i = start;
      while (i < eol && t.charCodeAt(i) === 32) i++;
      if (i === eol || t.charCodeAt(i) === 35 /* # */) continue;
      this.at = i;
      this.col = i - start;
      this.end = eol;
      this.has = true;
      return;
    }
    this.has = false;
  }

  /** True when the content is a block sequence entry (`-` then a space or the end of the line). */
  atEntry(): boolean {
    return this.text.charCodeAt(this.at) === 45 /* - */ && (this.at + 1 === this.end || this.text.charCodeAt(this.at + 1) === 32);
  }
}

/**
 * The document's value when `text` (one document) is in the plain block subset, else NOT_PLAIN.
 * Scalars and keys resolve through `scalar` exactly as js-yaml's implicit types resolve them (a key
 * is then made a string, as js-yaml does).
 */
export function readPlainBlock(text: string, scalar: PlainScalar): unknown {
  if (OUTSIDE_ASCII.test(text)) return NOT_PLAIN;
  const cur = new Cursor(text);
  if (!cur.has || cur.col !== 0) return NOT_PLAIN;
  try {
    const value = readNode(text, cur, scalar, 0);
    return cur.has ? NOT_PLAIN : value;
  } catch (err) {
    if (err === BAIL) return NOT_PLAIN;
    throw err;
  }
}

function readNode(text: string, cur: Cursor, scalar: PlainScalar, depth: number): unknown {
  if (depth > MAX_PLAIN_DEPTH) throw BAIL;
  return cur.atEntry() ? readSequence(text, cur, scalar, depth) : readMapping(text, cur, scalar, depth);
}

/** The scalar from `from` to the end of the line, or a bail when it is not a plain one-liner. */
function lineScalar(text: string, cur: Cursor, from: number, scalar: PlainScalar): unknown {
  VALUE.lastIndex = from;
  if (!VALUE.test(text) || VALUE.lastIndex !== cur.end) throw BAIL;
  let end = cur.end;
  while (text.charCodeAt(end - 1) === 32) end--;
  const raw = text.slice(from, end);
  if (raw.charCodeAt(raw.length - 1) === 58 /* : */ || raw.includes(': ')) throw BAIL;
  return scalar(raw);
}

function readSequence(text: string, cur: Cursor, scalar: PlainScalar, depth: number): unknown[] {
  const c = cur.col;
  const items: unknown[] = [];
  while (cur.has && cur.col === c && cur.atEntry()) {
    let p = cur.at + 1;
    while (p < cur.end && text.charCodeAt(p) === 32) p++;
    // An empty entry (its content on the next lines) or a nested entry on the same line: js-yaml's.
    if (p === cur.end) throw BAIL;
    const ch = text.charCodeAt(p);
    if (ch === 45 /* - */ && (p + 1 === cur.end || text.charCodeAt(p + 1) === 32)) throw BAIL;
    KEY.lastIndex = p;
    if (KEY.test(text)) {
      // `- key: …`: a mapping whose keys stand at the column after the marker.
      cur.col += p - cur.at;
      cur.at = p;
      items.push(readMapping(text, cur, scalar, depth + 1));
    } else {
      items.push(lineScalar(text, cur, p, scalar));
      cur.advance();
      if (cur.has && cur.col > c) throw BAIL; // a multi-line scalar, or an error js-yaml words
    }
  }
  if (cur.has && cur.col > c) throw BAIL;
  return items;
}

function readMapping(text: string, cur: Cursor, scalar: PlainScalar, depth: number): Record<string, unknown> {
  const c = cur.col;
  const out: Record<string, unknown> = {};
  while (cur.has && cur.col === c) {
    if (cur.atEntry()) throw BAIL;
    KEY.lastIndex = cur.at;
    if (!KEY.test(text)) throw BAIL;
    const after = KEY.lastIndex;
    const colon = text.lastIndexOf(':', after - 1);
    const key = String(scalar(text.slice(cur.at, colon)));
    // js-yaml defines `__proto__` as an own property and reports duplicates in its words.
    if (key === '__proto__' || Object.prototype.hasOwnProperty.call(out, key)) throw BAIL;
    let value: unknown;
    if (after >= cur.end) {
      cur.advance();
      if (cur.has && cur.col > c) value = readNode(text, cur, scalar, depth + 1);
      // A sequence may stand at its key's own column.
      else if (cur.has && cur.col === c && cur.atEntry()) value = readSequence(text, cur, scalar, depth + 1);
      else value = null;
    } else {
      value = lineScalar(text, cur, after, scalar);
      cur.advance();
      if (cur.has && cur.col > c) throw BAIL;
    }
    out[key] = value;
  }
  if (cur.has && cur.col > c) throw BAIL;
  return out;
}
