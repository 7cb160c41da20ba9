// What loadCluster and the cluster actions report about the source: its place, its severity, and either a
// real program's words or a note the UI words. The bottom of the core, so every layer from parsing up can
// report.

import type { Protocol } from './api';

/** Where an object (or one of its fields) came from in the source text. 1-based. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** Where a diagnostic points, and how bad it is. */
export interface DiagnosticPlace {
  severity: 'error' | 'warning';
  /** Kubernetes field path: `spec.ports[0].targetPort`. */
  path?: string;
  /** `Kind/namespace/name`, e.g. `Service/default/web`. */
  object?: string;
  /** 1-based, pointing at the offending field itself. */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** Codes of diagnostics whose words a real program prints (the API server, kubectl, go-yaml through kubectl). */
export type ProgramCode =
  | 'invalid'
  | 'required'
  | 'duplicate'
  | 'not-supported'
  | 'forbidden'
  | 'too-long'
  | 'too-many'
  | 'not-found'
  | 'internal'
  | 'namespace-not-found'
  | 'already-exists'
  | 'missing-type'
  | 'no-match'
  | 'decode'
  | 'strict-decode'
  | 'yaml'
  | 'label-not-found'
  /** A warning the API server sends with its answer, as kubectl prints it: `Warning: …`. */
  | 'api-warning';

/**
 * A real program's own text, verbatim and never translated: `spec.ports[0].port: Invalid value: 70000: …`,
 * as kubectl prints it. `internal` is the playground's bug report: `Internal error: <exception>`.
 */
export interface ProgramText {
  code: ProgramCode;
  message: string;
  /**
   * The line the message names, when it is not the line marked: go-yaml prints a parser error's line counted
   * from 0, so kubectl's `yaml: line 11: did not find expected key` is about line 12. The UI says so.
   */
  namedLine?: number;
}

/** Who made a Pod: kubectl's `Kind name`. */
export interface OwnerName {
  kind: string;
  name: string;
}

/**
 * The playground's own explanations: what a learner should know that no real program says (limits of the
 * simulation, cross-object mistakes `kubectl apply` accepts). A code with its values; the UI words them.
 */
export type Note =
  // The manifests' YAML, before any object is read.
  | { code: 'too-many-documents'; max: number }
  | { code: 'nul-byte' }
  | { code: 'alias-expansion'; max: number }
  | { code: 'unsafe-tag'; tag: string }
  | { code: 'unknown-tag'; tag: string }
  | { code: 'too-deep'; max: number }
  | { code: 'source-too-large'; maxBytes: number }
  /** A document (or, with `item`, a `kind: List` item) that is not a mapping. */
  | { code: 'not-an-object'; found: 'list' | 'string' | 'number' | 'boolean' | 'other'; item?: number }
  // Objects the playground does not simulate, or only in part.
  | { code: 'kind-not-simulated'; kind: string }
  | { code: 'not-simulated'; addressType: string }
  | { code: 'replicas-clamped'; kind: 'Deployment' | 'StatefulSet'; replicas: number; max: number }
  // Pod names and addresses.
  | { code: 'pod-ip-pin-invalid'; ip: string; podCIDRs: string[]; pinnedBy: 'annotation' | 'status' }
  | { code: 'pod-ip-conflict'; ip: string; pod: string }
  | { code: 'pod-name-conflict'; pod: string; kind: 'Deployment' | 'StatefulSet'; workload: string; replica: number }
  /** `pods` are the first three names of `count`; `reason` is the scheduler's FailedScheduling text, verbatim. */
  | { code: 'pod-unschedulable'; count: number; pods: string[]; reason: string }
  | { code: 'statefulset-pod-released'; pod: string; statefulSet: string }
  /** An action this core does not know (`type` as JSON), from a link made by another version. */
  | { code: 'unknown-action'; type: string }
  /** An advanceClock action whose `seconds` is not a whole number from 1 to `max`. */
  | { code: 'clock-step-invalid'; seconds: string; max: number }
  // Cross-object mistakes that leave a Service without endpoints or DNS names.
  | { code: 'selector-matches-nothing'; selector: Record<string, string>; namespace: string }
  | { code: 'target-port-unresolved'; protocol: Protocol; targetPort: string; port: number }
  /** `podName`: the first Pod's per-Pod DNS name, `mysql-0.mysql.default.svc.cluster.local`. */
  | { code: 'statefulset-service-missing'; serviceName: string; namespace: string; podName: string }
  | { code: 'statefulset-service-not-headless'; serviceName: string; podName: string }
  | { code: 'selector-overlap'; owners: OwnerName[] }
  | { code: 'slice-without-service' }
  | { code: 'slice-service-missing'; service: string; namespace: string }
  | { code: 'slice-for-selector-service'; service: string }
  /**
   * A v1 Endpoints the EndpointSlice mirroring controller leaves alone, so nothing reads it: the skip-mirror
   * label, a leader-election record, no Service `service`, or a Service with a selector (whose Endpoints the
   * Endpoints controller writes from the Pods).
   */
  | { code: 'endpoints-not-mirrored'; reason: 'skip-mirror' | 'leader-election' | 'no-service' | 'selector'; service: string }
  // Well-known images that would not start as written.
  /** `entrypointError`: what the image's entrypoint prints as it exits, verbatim. */
  | { code: 'mysql-password-missing'; container: string; image: string; entrypointError: string };

export type NoteCode = Note['code'];

/** A note carries no text of its own: `message` is there only on a real program's words. */
export type NoteDiagnostic = DiagnosticPlace & Note & { message?: undefined };
export type ProgramDiagnostic = DiagnosticPlace & ProgramText;

/**
 * One finding about the source. `message` set: a real program's words, shown verbatim. Otherwise a note:
 * `code` and its values, which the UI words in the learner's language.
 */
export type Diagnostic = ProgramDiagnostic | NoteDiagnostic;
