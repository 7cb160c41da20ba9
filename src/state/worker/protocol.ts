// Messages between the store and the core worker: plain structured-clone data (STYLE.md, Web Worker boundary).
import type { Cluster, Diagnostic } from '../../core';
import type { EditError } from '../../core/model/replicas-edit';
import type { ClientState, ClusterAction, SendRequest, Trace } from './core-api';

/** What the displayed cluster is built from. Everything the screen shows derives from this plus seed and selection. */
export interface BuildInput {
  source: string;
  nodes: number;
  actions: ClusterAction[];
}

/** Text a real program prints, or the error that stopped it. */
export type TextResult =
  | { status: 'ok'; text: string }
  | { status: 'error'; message: string };

/**
 * Why an action could not be applied, or what applying it left to know: applyActions' diagnostics (the API
 * server's words, or a note the UI words), scaleReplicasEdit's code, the code 'overrun' (state/errors.ts), or
 * a code the UI words (STYLE.md, Words).
 */
export type ActionError = string | { code: 'workload-not-found'; kind: string; name: string } | EditError | Diagnostic;

export interface BuildResult {
  cluster: Cluster;
  diagnostics: Diagnostic[];
  /** applyActions' diagnostics (e.g. a Pod that no longer exists). */
  actionErrors: ActionError[];
  /** The core's `*_MODEL` constants (e.g. COREDNS_MODEL): what behaviour is modelled. */
  models: Record<string, unknown>;
}

export interface ViewsRequest {
  /** `namespace/name` of the client Pod. */
  client: string;
  /** Names the two side-by-side terminals look up: [ClusterIP Service, headless Service]. */
  names: [string, string];
  tool: 'nslookup' | 'dig';
  /** Node whose iptables-save to print. */
  node: string;
  /** Seed for CoreDNS's loadbalance shuffle. */
  seed: number;
}

export interface ViewsResult {
  dns: [TextResult, TextResult];
  resolvConf: TextResult;
  iptables: TextResult;
  ipvs: TextResult;
}

export interface SendResult {
  trace: Trace | null;
  /** Client state after the request (DNS cache, kept-alive connections) to pass to the next one. */
  state: ClientState | undefined;
  /** Requests per Pod when more than one was sent. */
  distribution: Record<string, number> | null;
  /** Outcomes of the many requests (delivered, refused, …). */
  outcomes?: Record<string, number>;
  error?: string;
}

export type WorkerRequest =
  | { op: 'build'; input: BuildInput }
  | { op: 'views'; input: BuildInput; views: ViewsRequest }
  | { op: 'send'; input: BuildInput; request: SendRequest; count: number }
  | { op: 'scale'; input: BuildInput; workload: { kind: string; namespace: string; name: string }; replicas: number };

/** The text with the new `replicas`, or why it could not be edited. */
export type ScaleResult = { source: string } | { source: null; error: ActionError };

export type WorkerResult<R extends WorkerRequest> = R extends { op: 'build' }
  ? BuildResult
  : R extends { op: 'views' }
    ? ViewsResult
    : R extends { op: 'send' }
      ? SendResult
      : ScaleResult;

export interface WorkerEnvelope {
  id: number;
  channel: string;
  request: WorkerRequest;
}

export type WorkerReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };
