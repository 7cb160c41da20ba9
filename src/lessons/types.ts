// What a lesson is: plain data a teacher can read and change (no functions, JSON-safe, so a lesson can travel in
// a link or to a worker). A lesson runs predict → do → see → explain: a question asked before acting, a start
// state, a goal, checks on what the cluster then DOES (never on the YAML's text), hints, and a debrief.
import type { ClientKind, ProxyMode, ReasonCode, Rcode, Trace } from '../core';
import type { ShareState } from '../state/codecs';
import type { SendCheck, SendObservation } from './outcomes-send';

/** A playground state: the very state a share link carries (yaml, actions, client, target, options, shell …). */
export type PlaygroundState = ShareState;

/** The languages every lesson text exists in. */
export type LessonLanguage = 'en' | 'zh-CN';
export const LESSON_LANGUAGES: readonly LessonLanguage[] = ['en', 'zh-CN'];

/** One text in both languages. Chinese follows src/ui/i18n/glossary.md; program output inside stays verbatim. */
export type LessonText = Record<LessonLanguage, string>;

/** The article's items a lesson reproduces (the seed ids). */
export const SEED_IDS = [
  'clusterip-yaml', 'clusterip-dns', 'clusterip-lb', 'session-affinity',
  'headless-yaml-dns', 'statefulset-pod-dns',
  'scenario-web', 'scenario-mysql',
  'path-comparison', 'use-case-table',
  'kafka', 'elasticsearch', 'redis',
  'mixed-read',
  'q1-decision', 'q2-client-lb', 'q3-test-commands', 'q4-statefulset-clusterip',
] as const;
export type SeedId = (typeof SEED_IDS)[number];

/** The article's sections, in its order, and one for the misconceptions beyond it: how the panel groups lessons. */
export const LESSON_SECTIONS = ['clusterip', 'headless', 'demo', 'comparison', 'use-cases', 'mixed', 'faq', 'beyond'] as const;
export type LessonSection = (typeof LESSON_SECTIONS)[number];

/** The sections' headings: the article's own (its Chinese headings, and their English), then the misconceptions. */
export const LESSON_SECTION_TITLES: Record<LessonSection, LessonText> = {
  clusterip: { en: 'ClusterIP Service (the default type)', 'zh-CN': 'ClusterIP Service（默认类型）' },
  headless: { en: 'Headless Service', 'zh-CN': 'Headless Service（无头服务）' },
  demo: { en: 'Side by side: a web app and MySQL', 'zh-CN': '实际对比演示' },
  comparison: { en: 'The differences in detail', 'zh-CN': '详细对比' },
  'use-cases': { en: 'Typical use cases', 'zh-CN': '典型应用场景' },
  mixed: { en: 'Both Services at once', 'zh-CN': '混合使用：两种 Service 同时存在' },
  faq: { en: 'Common questions', 'zh-CN': '常见问题' },
  beyond: { en: 'Beyond the article: common misconceptions', 'zh-CN': '文章之外：常见误区' },
};

/** A Pod as checks name it: `name` (namespace default) or `namespace/name`. */
export type PodName = string;

/** A set of Pods, resolved on the cluster the state builds. */
export type PodSet =
  /** These Pods by name. */
  | { pods: PodName[] }
  /** The Pods a Deployment or StatefulSet owns now. */
  | { workload: { kind: 'Deployment' | 'StatefulSet'; name: string; namespace?: string } };

/** What a set of Pods seen (answered in DNS, reached by requests, behind a Service) must be. All given parts must hold. */
export interface PodsExpect {
  /** Exactly these Pods, no more, no fewer. */
  exactly?: PodSet;
  /** At least these Pods. */
  includes?: PodSet;
  /** None of these Pods. */
  excludes?: PodSet;
  /** Only Pods of this set (any number of them). */
  within?: PodSet;
  /** This many distinct Pods. */
  count?: number;
}

/** Where a check looks from: the Pod it runs in (default: the state's client, else the seed's `default/test`). */
interface FromPod {
  from?: PodName;
}

/**
 * An outcome check. Each kind builds nothing itself: checkLesson builds the state's cluster once with the core and
 * asks it. A check that cannot run (its client Pod is gone, a name is malformed) fails with an observation saying so.
 */
export type Check =
  /**
   * A DNS lookup as an application in the Pod does it (the C library's search list, ndots:5): the answer's rcode
   * and what its addresses are.
   */
  | (FromPod & {
    kind: 'dns';
    name: string;
    /** Default 'A'. SRV answers are judged by the Pods their targets name. */
    type?: 'A' | 'SRV';
    expect: {
      rcode?: Rcode;
      /** The answer is exactly one address: this Service's ClusterIP (`name` or `namespace/name`). */
      serviceIP?: string;
      /** The answer's addresses (A) or targets (SRV) are these Pods. */
      pods?: PodsExpect;
      /** This many answer records. */
      answers?: number;
    };
  })
  /**
   * `count` requests (default 60) from the Pod to `target` as the share state's send bar makes them, with the
   * state's options unless the check names its own: where they land and how they end.
   */
  | (FromPod & {
    kind: 'requests';
    /** `web-service`, `mysql-read:3306`, `http://10.96.100.50/` — as the learner types it after wget. */
    target: string;
    count?: number;
    client?: ClientKind;
    keepAlive?: boolean;
    proxyMode?: ProxyMode;
    expect: {
      /** Every request ended so ('delivered', 'refused', 'nxdomain', 'timeout', …). */
      outcome?: Trace['outcome'];
      /** Every request ended for this reason. */
      reason?: ReasonCode;
      /** The Pods that received at least one request. */
      landOn?: PodsExpect;
    };
  })
  /** The Service's ready endpoints (its EndpointSlices, as the EndpointSlice controller leaves them). */
  | {
    kind: 'endpoints';
    /** `name` or `namespace/name`. */
    service: string;
    expect: PodsExpect;
  }
  /**
   * kube-proxy's rules for a Service on a node (iptables mode, as `iptables-save -t nat` shows them): whether the
   * ClusterIP is programmed, how many endpoints its chain spreads over, whether they remember clients.
   */
  | {
    kind: 'rules';
    service: string;
    /** Default: the client's node. */
    node?: string;
    expect: {
      /** A KUBE-SERVICES rule sends the ClusterIP to the Service's chain. */
      clusterIP?: boolean;
      /** Endpoint chains the Service's chain jumps to. */
      endpoints?: number;
      /** The endpoint rules use `-m recent` (sessionAffinity: ClientIP). */
      sessionAffinity?: boolean;
    };
  }
  /** Lines run in a fresh shell in the Pod, in order: the last line's exit status (and, optionally, where its requests went). */
  | (FromPod & {
    kind: 'command';
    lines: string[];
    expect: {
      exitCode?: number;
      /** The Pods the last line's requests reached. */
      reached?: PodsExpect;
    };
  })
  /**
   * What the learner did in the client's shell (the state's `shell` lines, replayed): passes when SOME line ran
   * `program` and met the expectation. For lessons whose task is to run a command and read its output.
   */
  | {
    kind: 'shell';
    /** The program the line starts with: `nslookup`, `wget`, `nc` … */
    program: string;
    expect: {
      exitCode?: number;
      /** The Pods that line's requests reached. */
      reached?: PodsExpect;
      /**
       * The Pods reached by every line that ran `program`, together (one wget per Pod, say). With it the check
       * passes when the lines together meet it; `exitCode` and `reached` still apply to some single line.
       */
      together?: PodsExpect;
    };
  }
  /** The state's own send bar (client, target, options) or the check's: landing, DNS queries, DNAT, source seen (outcomes-send.ts). */
  | SendCheck;

export type CheckKind = Check['kind'];

/** One line of the lesson's checklist: what it asks in words, and the outcome it tests. */
export interface CheckItem {
  id: string;
  text: LessonText;
  check: Check;
}

/** What a check saw, for the panel to show beside the item ("answered 10.244.1.5, 10.244.2.8"). */
export type Observation =
  | { kind: 'dns'; rcode: Rcode; /** Addresses (A) or `target:port` (SRV), in answer order. */ answers: string[]; /** The Pods they are, `namespace/name`. */ pods: string[] }
  | { kind: 'requests'; total: number; /** Requests per Pod, `namespace/name` → count. */ counts: Record<string, number>; outcomes: Partial<Record<Trace['outcome'], number>> }
  | { kind: 'endpoints'; /** Ready endpoints' Pods, `namespace/name`. */ pods: string[] }
  | { kind: 'rules'; clusterIP: boolean; endpoints: number; sessionAffinity: boolean }
  | { kind: 'command'; exitCode: number; output: string; /** Pods the last line's requests reached. */ pods: string[] }
  | { kind: 'shell'; /** The line that met the expectation, or null. */ line: string | null; linesRun: number; /** Pods reached by the lines that ran the program. */ reached: string[] }
  /** The check could not run: no such client Pod, Service or workload; the text is the reason in both languages. */
  | { kind: 'unavailable'; reason: 'no-client' | 'no-service' | 'no-workload' }
  | SendObservation;

/** One checklist line's result, worded in both languages as the lesson wrote it. */
export interface CheckItemResult extends LessonText {
  id: string;
  passed: boolean;
  observed: Observation;
}

/** checkLesson's answer: passed when every item passed. */
export interface LessonCheck {
  passed: boolean;
  items: CheckItemResult[];
}

/** The question asked before the learner acts. `answer` is the id of the right choice. */
export interface Prediction {
  question: LessonText;
  choices: { id: string; text: LessonText }[];
  answer: string;
}

/** A link in a debrief: https, to the Kubernetes docs or an upstream project's source (lessons:verify checks the host). */
export interface DebriefLink {
  href: string;
  title: LessonText;
}

/** Where a chooser's answer leads: the next question, or a recommendation. */
export type ChooserStep = { question: string } | { result: string };

/**
 * A decision flow the learner clicks through (the article's Q1): yes/no questions leading to a recommended Service,
 * with why, and a one-click start state that shows it.
 */
export interface Chooser {
  /** The first question's id. */
  first: string;
  questions: { id: string; text: LessonText; yes: ChooserStep; no: ChooserStep }[];
  results: { id: string; title: LessonText; why: LessonText; state: PlaygroundState }[];
}

export interface Lesson {
  /** Stable: lesson links (`#lesson=ID`) and saved progress name it. Lowercase words and dashes. */
  id: string;
  section: LessonSection;
  /** The article items it reproduces; empty for a lesson beyond the article. */
  seed: SeedId[];
  title: LessonText;
  /** What the learner is asked to make the cluster do. */
  goal: LessonText;
  prediction: Prediction;
  start: PlaygroundState;
  /** The state after solving it; the panel can replay its actions and shell lines visibly. */
  solution: PlaygroundState;
  /** At most 3, gentlest first. */
  hints: LessonText[];
  debrief: { text: LessonText; links: DebriefLink[] };
  checks: CheckItem[];
  /** A decision flow to walk before the task (shown beside the prediction). */
  chooser?: Chooser;
  /**
   * A teacher's own lesson opened from a link (teacher-lesson.ts): the languages its teacher wrote it in (a text in
   * the other shows the written one, and the panel says so). It has no solution to play: `solution` is its start.
   */
  fromLink?: { languages: LessonLanguage[] };
}
