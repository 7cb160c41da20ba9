// The whole store's shape: one zustand store made of slices (zustand's slices pattern).
import type { Cluster, Diagnostic, KubernetesVersion, ShellDialect } from '../core';
import type { ClientState, ClusterAction, SendOptions, SendRequest, Trace } from './worker/core-api';
import type { CoreClient } from './worker/client';
import type { ActionError, BuiltRecipe, CoreModels, ViewsResult, WorkloadRef } from './worker/protocol';
import type { HistorySlice } from './history-slice';
import type { LessonsSlice } from './lessons-slice';
import type { NoticesSlice } from './notices-slice';
import type { ShareSlice } from './share-slice';
import type { ShellSlice } from './shell-slice';
import type { StateData } from './source-fields';
import type { Result, ShareError, ShareState } from './url-codec';

export interface EditorSlice {
  source: string;
  scenarioId: string;
  /** Bumps when the text changes from outside the editor (scenario, scale action), so the editor reloads it. */
  sourceRevision: number;
  diagnostics: Diagnostic[];
  building: boolean;
  /** The worker overran or the core failed: shown as a problem, the last graph stays. */
  buildError: string | null;
  /** The latest build of the text, with or without errors: a scale edits the text it was built from. */
  lastBuild: BuiltRecipe | null;
  /** From typing in the editor: rebuilds after a short debounce. */
  setSource(text: string): void;
  /** From outside the editor: rebuilds at once. */
  replaceSource(text: string): void;
  loadScenario(id: string): void;
  /** A new source replaces the text: every field that belongs to the old one goes back to its initial value
   *  (source-fields.ts), `patch` sets the new text and whatever else the caller knows; no rebuild. */
  resetForSource(patch: Partial<StateData>): void;
  rebuild(): Promise<void>;
}

export interface ClusterSlice {
  nodes: number;
  /** The cluster on screen: the last one built from a document without errors. Read-only: the core keeps it. */
  cluster: Cluster | null;
  /** What the cluster on screen was built from, and the revision the core keeps it under. */
  builtFrom: BuiltRecipe | null;
  /** The text has errors: the cluster on screen is from an earlier text. */
  stale: boolean;
  /** Status changes the learner made (delete Pod, readiness, labels), applied over the manifests. */
  actions: ClusterAction[];
  actionErrors: ActionError[];
  /** The core's statement of what it models (COREDNS_MODEL, …), shown in "What is modelled". */
  models: CoreModels | null;
  applyAction(action: ClusterAction): void;
  resetActions(): void;
  /** A spec change: edits `replicas` in the text, then rebuilds. */
  scale(workload: WorkloadRef, replicas: number): Promise<void>;
}

export interface TrafficSlice {
  /** `namespace/name` of the client Pod. */
  client: string;
  target: string;
  options: SendOptions;
  seed: number;
  /** Requests sent so far: each one's seed is seed + sent, so a replay gives the same picks. */
  sent: number;
  trace: Trace | null;
  activeHop: number;
  playing: boolean;
  speed: number;
  distribution: Record<string, number> | null;
  distributionCount: number;
  /** The client's DNS cache, connections, conntrack, affinity lists (core ClientState); undefined: fresh. */
  clientState: ClientState | undefined;
  /** Outcomes of the last batch (delivered, refused, …). */
  outcomes: Record<string, number> | null;
  sending: boolean;
  trafficError: string | null;
  /** The Kubernetes minor on screen: kube-proxy's default mode and startup messages. */
  kubernetesVersion: KubernetesVersion;
  /** With the two-mode view on: the last request again, from the same client state, through the other mode. */
  compareTrace: Trace | null;
  /** The client and target of the request on screen (`trace`), so the send bar words its outcome only for them. */
  sentRequest: { client: string; target: string } | null;
  setClient(id: string): void;
  setTarget(target: string): void;
  setOption<K extends keyof SendOptions>(key: K, value: SendOptions[K]): void;
  send(count: number): Promise<void>;
  /** The two-mode view's second run of `request` (what send() sent), through the other proxy mode. */
  sendOtherMode(request: SendRequest): Promise<void>;
  play(): void;
  pause(): void;
  stepForward(): void;
  stepBack(): void;
  setActiveHop(index: number): void;
  setSpeed(speed: number): void;
  /** Forget the client's DNS cache and connections. */
  resetClientState(): void;
  /** Choose the Kubernetes minor; kube-proxy's mode becomes that minor's default. */
  setKubernetesVersion(version: KubernetesVersion): void;
}

export type TerminalTab = 'dns' | 'iptables' | 'filter' | 'ipvs' | 'resolv' | 'slices' | 'kubectl';

export interface ViewSlice {
  selection: string | null;
  terminalTab: TerminalTab;
  dnsTool: 'nslookup' | 'dig';
  /** Node whose rules are printed; null: the client's node. */
  rulesNode: string | null;
  mobileTab: 'editor' | 'graph';
  /** Desktop: the editor column folded away to give the graph the room. */
  editorCollapsed: boolean;
  /** Names the two DNS terminals look up; null (or a null second name): picked from the cluster. */
  compareNames: [string, string | null] | null;
  /** The two-mode view: each request also goes through the other proxy mode (iptables beside nftables). */
  modeCompare: boolean;
  views: ViewsResult | null;
  select(id: string | null): void;
  setTerminalTab(tab: TerminalTab): void;
  setDnsTool(tool: 'nslookup' | 'dig'): void;
  setRulesNode(node: string | null): void;
  setMobileTab(tab: 'editor' | 'graph'): void;
  setEditorCollapsed(collapsed: boolean): void;
  setCompareNames(names: [string, string | null] | null): void;
  setModeCompare(on: boolean): void;
  refreshViews(): Promise<void>;
}

/** Requests per Pod summed over the sends to one target from one client. */
export interface Tally {
  client: string;
  target: string;
  sends: number;
  requests: number;
  /** Pod id → requests it answered. */
  hits: Record<string, number>;
  /** Outcome code → requests that ended so. */
  outcomes: Record<string, number>;
}

export interface TallySlice {
  tally: Tally | null;
  addToTally(send: { client: string; target: string; count: number; hits: Readonly<Record<string, number>>; outcomes: Readonly<Record<string, number>> }): void;
  resetTally(): void;
}

export type AppState = EditorSlice & ClusterSlice & TrafficSlice & ViewSlice & ShareSlice & NoticesSlice & HistorySlice & ShellSlice & TallySlice & LessonsSlice;

/** Writes links and drafts (link-writer.ts): the encoder, and which of a shell's typed lines a replay needs. */
export interface LinkWriter {
  encode(state: ShareState): Result<{ fragment: string; dropped: string[] }, ShareError>;
  replayedLines(lines: readonly string[], dialect: ShellDialect): boolean[];
}

export interface StoreDeps {
  core: CoreClient;
  /**
   * The link writer. Without it (until `writeLinksWith`) the store writes no link and keeps no draft: for a page
   * where nobody types, whose lines all came from a link (already the lines a replay needs).
   */
  links?: LinkWriter;
  /** Debounce between typing and rebuilding, ms. */
  debounceMs?: number;
}
