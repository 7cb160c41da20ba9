// Sharing, attached to the app store from outside: it reads the state on screen into a ShareState and
// opens a ShareState by setting the store and replaying the author's sends. It only uses the store's
// public API (getState, setState, subscribe), so the slices need no change for it.
//
// Why a send log: a trace depends on the client's state (DNS cache, kept-alive connections) left by the
// requests before it; the seed alone cannot reproduce "the stale answer after mysql-1 was replaced".
// The log holds the sends since the client's state was last reset, with how many actions had been
// applied at each, and opening a link replays them in order.
import type { StoreApi } from 'zustand/vanilla';
import { clampHop } from './selectors';
import type { AppState, TerminalTab } from './types';
import type { ClusterAction, ShareSend, ShareState, ShareView, Strategy } from './url-codec';

const STRATEGIES: readonly string[] = ['first', 'random', 'round-robin'] satisfies Strategy[];
const TABS: readonly string[] = ['dns', 'iptables', 'ipvs', 'resolv', 'slices', 'kubectl'] satisfies TerminalTab[];
const DEFAULT_NODES = 3;

const isStr = (v: unknown): v is string => typeof v === 'string';

/** The store's action as the link's union, or undefined for a shape the link cannot carry. */
export function toShareAction(a: { type: string; [key: string]: unknown }): ClusterAction | undefined {
  const { namespace, name } = a;
  if (!isStr(namespace) || !isStr(name)) return undefined;
  switch (a.type) {
    case 'deletePod': return { type: 'deletePod', namespace, name };
    case 'setPodReady': return typeof a.ready === 'boolean' ? { type: 'setPodReady', namespace, name, ready: a.ready } : undefined;
    case 'labelPod': return isStr(a.key) && isStr(a.value) ? { type: 'labelPod', namespace, name, key: a.key, value: a.value } : undefined;
    case 'unlabelPod': return isStr(a.key) ? { type: 'unlabelPod', namespace, name, key: a.key } : undefined;
    case 'scale':
      return (a.kind === 'Deployment' || a.kind === 'StatefulSet') && typeof a.replicas === 'number'
        ? { type: 'scale', namespace, kind: a.kind, name, replicas: a.replicas }
        : undefined;
    default: return undefined;
  }
}

interface SendLog {
  /** seed + sent when the log started: the seed of its first request. */
  baseSeed: number;
  sends: Required<ShareSend>[];
}

export interface ShareController {
  /** The state on screen, for a link, a draft or history. */
  snapshot(): ShareState;
  /** Puts `state` on screen: text, actions, selection, options, view; replays the sends. */
  open(state: ShareState): Promise<void>;
  /** True while open() replays (the UI holds off autosave and history then). */
  isOpening(): boolean;
  dispose(): void;
}

export function attachShareController(store: StoreApi<AppState>): ShareController {
  const first = store.getState();
  let log: SendLog = { baseSeed: first.seed + first.sent, sends: [] };
  let opening = false;

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.sent > prev.sent) {
      log.sends.push({ count: s.sent - prev.sent, afterActions: s.actions.length, target: s.target.trim() });
    } else if (prev.clientState !== undefined && s.clientState === undefined) {
      log = { baseSeed: s.seed + s.sent, sends: [] };
    }
    if (s.actions.length < prev.actions.length) {
      for (const x of log.sends) x.afterActions = Math.min(x.afterActions, s.actions.length);
    }
  });

  function snapshot(): ShareState {
    const s = store.getState();
    const actions = s.actions.map(toShareAction).filter((a): a is ClusterAction => a !== undefined);
    const target = s.target.trim();
    const last = log.sends[log.sends.length - 1];
    const view: ShareView = { terminal: s.dnsTool, tab: s.terminalTab };
    if (s.rulesNode) view.node = s.rulesNode;
    if (s.trace) view.hop = s.activeHop;
    if (s.compareNames) view.compare = [...s.compareNames];
    const state: ShareState = {
      yaml: s.source,
      actions,
      seed: log.baseSeed >>> 0,
      client: s.client,
      options: {
        keepAlive: s.options.keepAlive,
        proxyMode: s.options.proxyMode,
        ...(STRATEGIES.includes(s.options.headlessStrategy) ? { strategy: s.options.headlessStrategy as Strategy } : {}),
        ...(last ? { count: last.count } : {}),
      },
      view,
    };
    if (target) state.target = target;
    if (s.nodes !== DEFAULT_NODES) state.nodes = s.nodes;
    if (log.sends.length > 0) {
      state.sends = log.sends.map((x) => ({
        count: x.count,
        afterActions: Math.min(x.afterActions, actions.length),
        ...(x.target !== target ? { target: x.target } : {}),
      }));
    }
    return state;
  }

  async function open(state: ShareState): Promise<void> {
    opening = true;
    try {
      const s = store.getState();
      const target = state.target ?? s.target;
      const v = state.view ?? {};
      store.setState((now) => ({
        source: state.yaml,
        sourceRevision: now.sourceRevision + 1,
        nodes: state.nodes ?? DEFAULT_NODES,
        actions: [],
        actionErrors: [],
        cluster: null,
        builtFrom: null,
        stale: false,
        client: state.client ?? now.client,
        target,
        options: {
          keepAlive: state.options?.keepAlive ?? now.options.keepAlive,
          headlessStrategy: state.options?.strategy ?? now.options.headlessStrategy,
          proxyMode: state.options?.proxyMode ?? now.options.proxyMode,
        },
        seed: state.seed,
        sent: 0,
        trace: null,
        activeHop: 0,
        playing: false,
        distribution: null,
        distributionCount: 0,
        clientState: undefined,
        trafficError: null,
        selection: null,
        dnsTool: v.terminal ?? now.dnsTool,
        terminalTab: v.tab && TABS.includes(v.tab) ? (v.tab as TerminalTab) : now.terminalTab,
        rulesNode: v.node ?? null,
        compareNames: v.compare ? [...v.compare] : null,
      }));
      log = { baseSeed: state.seed, sends: [] };
      const actions = state.actions as AppState['actions'];
      let applied = -1;
      const build = async (count: number): Promise<void> => {
        if (count === applied) return;
        store.setState({ actions: actions.slice(0, count) });
        // Another rebuild (the App's first one on mount) may supersede ours: its StaleReply makes
        // rebuild() return without a cluster. Wait until the cluster on screen is built from our input.
        for (let tries = 0; tries < 5; tries++) {
          await store.getState().rebuild();
          const b = store.getState().builtFrom;
          if (b && b.source === state.yaml && b.actions.length === count) break;
          if (store.getState().stale) break; // a text with errors keeps no new cluster: nothing to wait for
        }
        applied = count;
      };
      for (const send of state.sends ?? []) {
        await build(send.afterActions);
        store.setState({ target: send.target ?? target });
        await store.getState().send(send.count);
      }
      await build(actions.length);
      store.setState({ target });
      const trace = store.getState().trace;
      if (trace && v.hop !== undefined) store.setState({ activeHop: clampHop(v.hop, trace.hops.length), playing: false });
    } finally {
      opening = false;
    }
  }

  return { snapshot, open, isOpening: () => opening, dispose: unsubscribe };
}
