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

export type QuickLookup = (path: string) => FieldPosition | null | undefined;

export class PositionIndex {
  private readonly map = new Map<string, FieldPosition>();
  private readonly quickCache = new Map<string, FieldPosition | null | undefined>();
  private built: boolean;

  constructor(
    private readonly fallback: FieldPosition,
    private readonly build?: (index: PositionIndex) => void,
    private readonly quick?: QuickLookup,
  ) {
    this.built = build === undefined;
  }

  set(path: string, pos: FieldPosition): void {
    this.map.set(path, pos);
  }

  private ensure(): void {
    if (this.built) return;
    this.built = true;
    this.build?.(this);
  }

  /** Exact position of `path`, if the document has that field. */
  exact(path: string): FieldPosition | undefined {
    if (!this.built && this.quick) {
      let q = this.quickCache.get(path);
      if (q === undefined && !this.quickCache.has(path)) {
        q = this.quick(path);
        this.quickCache.set(path, q);
      }
      if (q !== undefined) return q ?? undefined;
    }
    this.ensure();
    return this.map.get(path);
  }

  /** Position of `path`, or of its nearest ancestor that exists in the source, or the document start. */
  get(path: string): FieldPosition {
    if (path === '' && !this.built) return this.fallback;
    this.ensure();
    let p = path;
    for (;;) {
      const hit = this.map.get(p);
      if (hit) return hit;
      if (p === '') return this.fallback;
      const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut <= 0 ? '' : p.slice(0, cut);
    }
  }
}

/**
 * Find a path of plain keys (`spec.replicas`) in block-style YAML by indentation alone. Returns the
 * key's position, null when the block structure shows it is absent, or undefined when unsure (flow
 * style, quoted or complex keys, anchors, tags, odd indentation).
 */
export function quickBlockLookup(lines: readonly string[], lineOffset: number, path: string): FieldPosition | null | undefined {
  if (path === '' || /[[\]]/.test(path)) return undefined;
  const keys = path.split('.');
  let from = 0;
  let to = lines.length;
  let indent = -1; // indentation of the parent key
  let found: FieldPosition | undefined;
  for (let depth = 0; depth < keys.length; depth++) {
    const key = keys[depth] as string;
    let childIndent = -1;
    found = undefined;
    let i = from;
    for (; i < to; i++) {
      const line = lines[i] as string;
      const col = indentOf(line);
      if (col < 0 || line[col] === '#' || line[col] === '\r') continue;
      if (line[col] === '\t') return undefined;
      if (col <= indent) break;
      if (childIndent < 0) childIndent = col;
      if (col < childIndent) return undefined;
      if (col > childIndent) continue;
      const ch = line[col];
      // `- item` at the mapping's indentation is a compact sequence under the previous key.
      if (ch === '-' && (col + 1 === line.length || line[col + 1] === ' ' || line[col + 1] === '\r')) continue;
      if (ch === '"' || ch === "'" || ch === '?' || ch === '{' || ch === '[' || ch === '-' || ch === '&' || ch === '!' || ch === '%') return undefined;
      // Cheap test: `key` then optional blanks then `:` then a blank or the end of the line.
      if (!line.startsWith(key, col)) continue;
      let k = col + key.length;
      while (line.charCodeAt(k) === 32 || line.charCodeAt(k) === 9) k++;
      if (line.charCodeAt(k) !== 58 /* : */) continue;
      const after = line.charCodeAt(k + 1);
      if (!(Number.isNaN(after) || after === 32 || after === 9 || after === 13)) continue;
      let v = k + 1;
      while (line.charCodeAt(v) === 32 || line.charCodeAt(v) === 9) v++;
      found = { line: lineOffset + i + 1, column: col + 1 };
      const scalar = line.slice(v).replace(/\r$/, '').replace(/[ \t]+#.*$/, '').replace(/[ \t]+$/, '');
      const hasValue = scalar !== '' && !scalar.startsWith('#');
      if (hasValue && !/^[|>&!*{[]/.test(scalar)) {
        found.endLine = found.line;
        found.endColumn = v + scalar.length + 1;
        found.valueLine = found.line;
        found.valueColumn = v + 1;
      }
      if (depth === keys.length - 1) break;
      {
        if (hasValue) return undefined; // a flow or scalar value: cannot descend by indentation
        from = i + 1;
        // The block ends at the next line indented like this key or less.
        let end = from;
        for (; end < to; end++) {
          const l = lines[end] as string;
          const c = indentOf(l);
          if (c < 0 || l[c] === '#' || l[c] === '\r') continue;
          if (c <= col) break;
        }
        to = end;
        indent = col;
        break;
      }
    }
    if (!found) return childIndent < 0 && depth === 0 ? undefined : null;
  }
  return found ?? null;
}

/** Index of the first non-space character, or -1 for an all-space line. */
function indentOf(line: string): number {
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) !== 32) return i;
  return -1;
}
