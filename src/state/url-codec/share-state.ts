// What a link carries: enough to replay the author's screen. Opening it loads `yaml`, applies
// `actions` in order, and restores the selection, request options, seed and view.
import type { ClientKind, HeadlessStrategy, KubernetesVersion, RequestOptions as CoreRequestOptions } from '../../core';
import type { ClusterAction } from './actions';

export type { ClusterAction } from './actions';
export type { HeadlessStrategy as Strategy, ProxyMode, ClientKind } from '../../core';
export type TerminalTool = 'nslookup' | 'dig';
/** The page languages a link can suggest. */
export type ShareLanguage = 'en' | 'zh-CN';

/** The request options a link carries: the core's, under the link's short names, and how many requests per send. */
export interface RequestOptions extends Pick<CoreRequestOptions, 'keepAlive' | 'proxyMode'> {
  /** The headless client's pick among the A records. */
  strategy?: HeadlessStrategy;
  /** Requests per send: 1, 10 or 100 in the UI; 1–1,000 accepted. */
  count?: number;
  /** Which program sends (core RequestOptions.client). Absent in a link: the long-running app (url-codec/v1.ts). */
  clientKind?: ClientKind;
}

export interface ShareView {
  terminal?: TerminalTool;
  /** The terminal tab shown (`iptables`, `ipvs`, `resolv-conf`, …): lowercase words and dashes. */
  tab?: string;
  /** The node whose rules are shown. */
  node?: string;
  /** The hop of the animated request on screen (0-based). */
  hop?: number;
  /** The compact read-only view for an iframe. */
  embed?: boolean;
  /** The names the two side-by-side DNS terminals look up, when the author chose them. */
  compare?: [string, string];
  /** The two-mode view: each request also through the other proxy mode (iptables beside nftables). */
  modeCompare?: boolean;
  /** The shell panel is shown (absent: the page's default, shown). */
  shell?: boolean;
  /** Where the shell on screen runs: `pod:ns/name`, `node:NAME` or `laptop` (absent: the client Pod). */
  shellPlace?: string;
}

/** A line typed outside the client Pod's shell: its place, and how many of `shell`'s lines came before it. */
export interface ShareShellLine { place: string; line: string; after: number }

/**
 * One send the author made, in order. Replaying them reproduces the client's state (DNS cache,
 * kept-alive connections) and so the very trace on screen, e.g. the stale answer after a StatefulSet
 * Pod was replaced while the cache was warm.
 */
export interface ShareSend {
  /** Requests in this send (1, 10, 100, …). */
  count: number;
  /** How many of `actions` had been applied when it was sent. */
  afterActions: number;
  /** The target then, when it differs from the final `target`. */
  target?: string;
}

/** Words a teacher wrote, in the languages they wrote them in (a language left out was not written). */
export interface ShareLessonText {
  en?: string;
  'zh-CN'?: string;
}

/** What a teacher's check tests: the outcomes the Lessons panel offers them to pick (ui/lessons/teacher-checks.ts). */
export type ShareLessonCheck =
  /** The Service's ready endpoints are exactly these Pods (`name` or `namespace/name`); none: it has no ready one. */
  | { kind: 'endpoints'; service: string; pods: string[] }
  /** Requests to `target` from the client land on exactly these Pods; none: no request reaches a Pod. */
  | { kind: 'requests'; target: string; pods: string[] }
  /** A line in the client's shell that ran `program` ended with this exit status. */
  | { kind: 'shell'; program: string; exitCode: number };

/** A teacher's own lesson: it starts from the state the link carries, asks its goal, and checks the outcomes. */
export interface ShareLesson {
  /** The teacher's name for it (a lesson id). */
  id: string;
  title: ShareLessonText;
  /** At least one language. */
  goal: ShareLessonText;
  /** The yes/no question asked before acting; at least one language. */
  question: ShareLessonText;
  /** The question's right answer. */
  answer: 'yes' | 'no';
  /** At least one. */
  checks: { id: string; text: ShareLessonText; check: ShareLessonCheck }[];
}

export interface ShareState {
  yaml: string;
  actions: ClusterAction[];
  /** The client Pod, `name` or `namespace/name`. */
  client?: string;
  /** What the client asks for: a name, `name:port`, `IP:port`. */
  target?: string;
  options?: RequestOptions;
  /** The traffic simulation's seed (uint32) for the first send replayed: same seed, same picks and answer order. */
  seed: number;
  /** Simulated nodes, when not the default 3. */
  nodes?: number;
  /** The sends since the client's state was last reset, replayed on open. */
  sends?: ShareSend[];
  view?: ShareView;
  /** The Kubernetes minor, when not the playground's default (DEFAULT_KUBERNETES_VERSION). */
  kubernetesVersion?: KubernetesVersion;
  /** The lines typed into the client Pod's shell, oldest first; opening the link runs them again in a new shell. */
  shell?: string[];
  /** The lines typed into the other places' shells (a node, another Pod, the laptop), oldest first. */
  shellElsewhere?: ShareShellLine[];
  /** The language the link was made in: only a suggestion, the reader's own choice (?lang, the switch) wins. */
  language?: ShareLanguage;
  /** A teacher's own lesson, opened in the Lessons panel over this state as its start. */
  lesson?: ShareLesson;
}
