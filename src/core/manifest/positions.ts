// Path → position index for one YAML document, so a diagnostic points at the offending field.
// Paths use Kubernetes' field-path form: `spec.ports[0].targetPort`.

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

export class PositionIndex {
  private readonly map = new Map<string, FieldPosition>();

  constructor(private readonly fallback: FieldPosition) {}

  set(path: string, pos: FieldPosition): void {
    this.map.set(path, pos);
  }

  /** Exact position of `path`, if the document has that field. */
  exact(path: string): FieldPosition | undefined {
    return this.map.get(path);
  }

  /** Position of `path`, or of its nearest ancestor that exists in the source, or the document start. */
  get(path: string): FieldPosition {
    let p = path;
    for (;;) {
      const hit = this.map.get(p);
      if (hit) return hit;
      if (p === '') return this.fallback;
      const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut <= 0 ? '' : p.slice(0, cut);
    }
  }

  get size(): number {
    return this.map.size;
  }
}
