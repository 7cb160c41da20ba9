// What loadCluster and the cluster actions report about the source: its place, its severity and its words.
// The bottom of the core, so that every layer from manifest parsing up can report.

/** Where an object (or one of its fields) came from in the source text. 1-based. */
export interface SourcePosition {
  line: number;
  column: number;
}

export interface Diagnostic {
  severity: 'error' | 'warning';
  /** The API server's own wording for errors (`spec.ports[0].port: Invalid value: …`); plain words for learner warnings. */
  message: string;
  /** Kubernetes field path: `spec.ports[0].targetPort`. */
  path?: string;
  /** `Kind/namespace/name`, e.g. `Service/default/web`. */
  object?: string;
  /** 1-based, pointing at the offending field itself. */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Stable machine code for the UI (`invalid`, `required`, `selector-matches-nothing`, …). */
  code?: string;
}
