// The commands between the store and the core worker, as one map both ends are typed by (docs/architecture.md, The worker
// owns the cluster): handle.ts implements `CoreCommands`, client.ts calls it, and a reply's type is the command's return
// type. Every input and output is plain structured-clone data.
//
// The worker owns the clusters: `build` keeps the cluster it made under the revision the client chose, and every
// later command names that revision instead of sending the text again. A worker that was restarted (an overrun)
// knows no revision; it answers `{ unknownRevision }`, and the client asks again with the recipe it kept.
import type {
  Cluster, CoreDnsModel, Diagnostic, DigWarning, DnsRecord, EditError, KubernetesVersion, ProxyMode, ObservedTraffic, ShellAt, ShellEffect, ShellNote,
  ShellSession,
} from '../../core';
import type { Lesson, LessonCheck } from '../../lessons';
import type { ClientState, ClusterAction, SendRequest, Trace } from './core-api';
import type { ImportIssue, ImportedScenario } from '../scenario-import';
import type { Result, ShareError, ShareState } from '../url-codec';

/**
 * What a cluster is built from: the manifests' text, the node count, the learner's status changes and the
 * Kubernetes minor chosen in Options (the API server's version decides its warnings).
 */
export interface ClusterRecipe {
  source: string;
  nodes: number;
  actions: ClusterAction[];
  kubernetesVersion: KubernetesVersion;
}

/** Names a cluster the core keeps; chosen by the client, unique for the page's life (across worker restarts). */
export type Revision = number;

/** A built cluster's recipe and the revision the core keeps it under. */
export interface BuiltRecipe extends ClusterRecipe {
  revision: Revision;
}

/** Text a real program prints, or the error that stopped it. */
export type TextResult =
  | { status: 'ok'; text: string }
  | { status: 'error'; message: string };

/**
 * Real output a learner may take for a failure: busybox nslookup's NXDOMAIN replies for the search-list names that
 * do not exist, on a lookup that found the name under another (`found`); dig's warnings.
 */
export type OutputNote =
  | { kind: 'search-nxdomain'; found: string; missed: string[]; replies: number; queries: number }
  | { kind: DigWarning };

/** nslookup's or dig's text with the address records (A, AAAA) it printed, so nothing reads them back from text. */
export type DnsLookupResult =
  | { status: 'ok'; text: string; answers: DnsRecord[]; notes: OutputNote[] }
  | { status: 'error'; message: string };

/**
 * Why an action could not be applied, or what applying it left to know: applyActions' diagnostics (the API
 * server's words, or a note the UI words), scaleReplicasEdit's code, the code 'overrun' (state/errors.ts), or
 * a code the UI words (docs/architecture.md, Words).
 */
export type ActionError = string | { code: 'workload-not-found'; kind: string; name: string } | EditError | Diagnostic;

/** What the core says it models, for "What is modelled". */
export interface CoreModels {
  coredns: CoreDnsModel;
}

/** The terminals to print. A null name pair or node means the default the selectors pick from the cluster. */
export interface ViewsRequest {
  /** `namespace/name` of the client Pod. */
  client: string;
  /** Names the two side-by-side terminals look up: [ClusterIP Service, headless Service]. */
  names: [string, string | null] | null;
  tool: 'nslookup' | 'dig';
  /** Node whose iptables-save, nft and ipvsadm to print. */
  node: string | null;
  /** kube-proxy's mode on the nodes (what `ipvsadm -Ln` and `nft list ruleset` show). Default iptables. */
  mode?: ProxyMode;
  /** Seed for CoreDNS's loadbalance shuffle. */
  seed: number;
}

export interface ViewsResult {
  /** The second is null when there is no headless Service to look up (selectors.ts compareNames). */
  dns: [DnsLookupResult, DnsLookupResult | null];
  resolvConf: TextResult;
  /** `iptables-save -t nat` on the node (kube-proxy's rules in iptables mode). */
  iptables: TextResult;
  /** `iptables-save -t filter` on the node. */
  filter: TextResult;
  /** `nft list ruleset` on the node in nftables mode; null in the other modes. */
  nft: TextResult | null;
  /** `ipvsadm -Ln` on the node: virtual servers in IPVS mode, an empty table otherwise. */
  ipvs: TextResult;
}

export interface BuildResult {
  /** The cluster, sent once per build for the screen to read (the graph, panels, kubectl view, suggestions). */
  cluster: Cluster;
  diagnostics: Diagnostic[];
  /** applyActions' diagnostics (e.g. a Pod that no longer exists). */
  actionErrors: ActionError[];
  models: CoreModels;
  /** The terminals for this cluster, printed in the same trip. */
  views: ViewsResult;
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

export interface WorkloadRef {
  kind: string;
  namespace: string;
  name: string;
}

/** The text with the new `replicas`, or why it could not be edited. */
export type ScaleResult = { source: string } | { source: null; error: ActionError };

/** The core no longer holds this revision (a fresh worker after an overrun, or one dropped to save memory). */
export interface UnknownRevision {
  unknownRevision: Revision;
}

/** A command on a kept cluster. */
export interface OnCluster {
  revision: Revision;
  /** Sent only after the core answered UnknownRevision: it rebuilds the cluster from it under `revision`. */
  recipe?: ClusterRecipe;
}

/** One line's run in a shell: what the terminal prints and what the UI words beside it. */
export interface ShellLineResult {
  line: string;
  /** The line continued an unfinished command: the terminal showed PS2 (`> `) before it. */
  continued: boolean;
  output: string;
  exitCode: number;
  notes: ShellNote[];
}

/** Lines run in order in one session; the traces are the last line's (the ones to animate). */
export interface ShellRunResult {
  results: ShellLineResult[];
  session: ShellSession;
  traces: Trace[];
  /** What the lines changed outside the shell (kubectl's cluster actions, a Pod shell to open), in order. */
  effects: ShellEffect[];
}

export interface CoreCommands {
  /** Builds `recipe`, keeps the cluster as `revision` and prints `views` for it. */
  build(input: { revision: Revision; recipe: ClusterRecipe; views: ViewsRequest }): BuildResult;
  views(input: OnCluster & { views: ViewsRequest }): ViewsResult | UnknownRevision;
  /** Sends `count` requests in the cluster; the first one's trace comes back. */
  send(input: OnCluster & { request: SendRequest; count: number }): SendResult | UnknownRevision;
  /** Edits the revision's text to give `workload` `replicas` (a spec change: the learner sees the new text). */
  scale(input: OnCluster & { workload: WorkloadRef; replicas: number }): ScaleResult | UnknownRevision;
  /**
   * Runs `lines` in order in `session` (a new one opened `at`, when null): a shell in a Pod, on a node or on the
   * laptop. `observed`: for a node shell, what the Pods' shells did to the nodes (it replaces the session's).
   */
  shell(input: OnCluster & { at: ShellAt; session: ShellSession | null; lines: string[]; observed?: ObservedTraffic }): Promise<ShellRunResult | UnknownRevision>;
  /** Reads a file's text for the editor (scenario-import.ts importScenarioText): a 1 MB `kind: List` is parsed here, off the page. */
  importText(input: { text: string }): Result<ImportedScenario, ImportIssue>;
  /** Judges `state` (what a link would carry) by `lesson`'s checks (src/lessons checkLesson): outcomes the core
   *  computes from that state, so it needs no kept cluster. The lesson travels whole: a teacher's own is judged
   *  the same way. */
  checkLesson(input: { lesson: Lesson; state: ShareState }): Promise<LessonCheck>;
  /** A draft's fragment (url-codec encodeShareStateBestEffort): deflating a large text is too long for the page's thread. */
  encodeShare(input: { state: ShareState }): Result<{ fragment: string; dropped: string[] }, ShareError>;
}

export type CoreCommand = keyof CoreCommands;
export type CommandInput<K extends CoreCommand> = Parameters<CoreCommands[K]>[0];
/** What each command answers (`shell` and `checkLesson` once their code has loaded: they return a promise of it). */
export interface CommandOutputs {
  build: BuildResult;
  views: ViewsResult | UnknownRevision;
  send: SendResult | UnknownRevision;
  scale: ScaleResult | UnknownRevision;
  shell: ShellRunResult | UnknownRevision;
  importText: Result<ImportedScenario, ImportIssue>;
  checkLesson: LessonCheck;
  encodeShare: Result<{ fragment: string; dropped: string[] }, ShareError>;
}
export type CommandOutput<K extends CoreCommand> = CommandOutputs[K];

/** A request on the wire. A newer request for the same command supersedes an older one. */
export interface WorkerEnvelope<K extends CoreCommand = CoreCommand> {
  id: number;
  command: K;
  input: CommandInput<K>;
}

/** A reply on the wire, tagged with its command so the client can check it answers what was asked. */
export type WorkerReply =
  | { id: number; command: CoreCommand; ok: true; result: CommandOutput<CoreCommand> }
  | { id: number; command: CoreCommand; ok: false; error: string };
