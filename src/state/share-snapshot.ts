// The state on screen as a ShareState (for a link, a draft or a file), and the send log that lets a link
// reproduce the very trace on screen.
//
// Why a send log: a trace depends on the client's state (DNS cache, kept-alive connections) left by the
// requests before it; the seed alone cannot reproduce "the stale answer after mysql-1 was replaced".
// The log holds the sends since the client's state was last reset, with how many actions had been
// applied at each, and opening a link replays them in order.
import { DEFAULT_KUBERNETES_VERSION } from '../core';
import { clientShell, placeDialect, shellPlaceKey } from './shell-slice';
import type { AppState, LinkWriter } from './types';
import type { ShareSend, ShareState, ShareView } from './url-codec';

export interface SendLog {
  /** `sent` when the log started: the log's first request has the seed `seed + startSent`. */
  startSent: number;
  sends: readonly Required<ShareSend>[];
}

export const emptySendLog: SendLog = { startSent: 0, sends: [] };

/** The log after the store went from `prev` to `s`: a send is appended, a client reset starts a new log,
 *  an undone action lowers what the sends were made after. Unchanged: the same object. */
export function nextSendLog(s: AppState, prev: AppState): SendLog {
  let log = s.sendLog;
  if (s.sent > prev.sent) {
    log = { ...log, sends: [...log.sends, { count: s.sent - prev.sent, afterActions: s.actions.length, target: s.target.trim() }] };
  } else if (prev.clientState !== undefined && s.clientState === undefined) {
    log = { startSent: s.sent, sends: [] };
  }
  if (s.actions.length < prev.actions.length && log.sends.some((x) => x.afterActions > s.actions.length)) {
    log = { ...log, sends: log.sends.map((x) => ({ ...x, afterActions: Math.min(x.afterActions, s.actions.length) })) };
  }
  return log;
}

/**
 * The state on screen, for a link, a draft or a file. `defaultNodes`: the node count a link leaves out;
 * `replayedLines`: which of a shell's lines a replay needs (the link writer's).
 */
export function shareStateOf(s: AppState, defaultNodes: number, replayedLines: LinkWriter['replayedLines']): ShareState {
  const target = s.target.trim();
  const { sends } = s.sendLog;
  const last = sends[sends.length - 1];
  const view: ShareView = { terminal: s.dnsTool, tab: s.terminalTab };
  if (s.rulesNode) view.node = s.rulesNode;
  if (s.trace) view.hop = s.activeHop;
  // A ClusterIP name chosen while there was no headless Service is not a pair a link can carry.
  const [first, second] = s.compareNames ?? [];
  if (first !== undefined && second != null) view.compare = [first, second];
  if (s.modeCompare) view.modeCompare = true;
  if (!s.shellOpen) view.shell = false;
  if (s.shellPlace) view.shellPlace = shellPlaceKey(s.shellPlace);
  const state: ShareState = {
    yaml: s.source,
    actions: [...s.actions],
    seed: (s.seed + s.sendLog.startSent) >>> 0,
    client: s.client,
    options: {
      keepAlive: s.options.keepAlive,
      proxyMode: s.options.proxyMode,
      strategy: s.options.headlessStrategy,
      clientKind: s.options.clientKind,
      ...(last ? { count: last.count } : {}),
    },
    view,
  };
  if (target) state.target = target;
  const client = clientShell(s);
  // Ctrl+C at `> ` and the unfinished command it dropped are not kept (a link's lines are printable text), read as
  // that place's sh reads them (dash reads on past an open quote; ash refuses it): the replay comes to the same
  // session without them.
  const kept = replayedLines(client.lines, placeDialect(s, shellPlaceKey({ kind: 'pod', pod: s.client })));
  const keptBefore = kept.reduce<number[]>((acc, k) => [...acc, acc.at(-1)! + (k ? 1 : 0)], [0]);
  const clientLines = client.lines.filter((_, i) => kept[i]);
  if (clientLines.length > 0) state.shell = clientLines;
  const keptOther = new Set<number>();
  for (const place of new Set(s.shellOtherLines.map((l) => l.place))) {
    const at = s.shellOtherLines.flatMap((l, i) => (l.place === place ? [i] : []));
    replayedLines(at.map((i) => s.shellOtherLines[i]!.line), placeDialect(s, place)).forEach((k, j) => { if (k) keptOther.add(at[j]!); });
  }
  const others = s.shellOtherLines.filter((_, i) => keptOther.has(i));
  if (others.length > 0) {
    // `after` counts the client's lines typed before; the link keeps only the last of them.
    const dropped = s.shellClientTyped - client.lines.length;
    state.shellElsewhere = others.map((l) => ({ ...l, after: keptBefore[Math.min(client.lines.length, Math.max(0, l.after - dropped))]! }));
  }
  if (s.nodes !== defaultNodes) state.nodes = s.nodes;
  if (s.kubernetesVersion !== DEFAULT_KUBERNETES_VERSION) state.kubernetesVersion = s.kubernetesVersion;
  if (sends.length > 0) {
    state.sends = sends.map((x) => ({
      count: x.count,
      afterActions: Math.min(x.afterActions, s.actions.length),
      ...(x.target !== target ? { target: x.target } : {}),
    }));
  }
  return state;
}
