// The shells: one per place — the client Pod (the article's `test`), another Pod, a node, the learner's laptop —
// each with the lines typed there, what each printed, and the session the core hands back. The place on screen
// keeps its shell in shellLines / shellEntries / shellSession; the others wait in shellPlaces. Lines run one at a
// time in the order typed: the worker drops a request superseded by a newer one of the same command, which a shell
// must never do to a line. The lines, not the sessions, are what a link keeps; replaying them from new sessions in
// the order they were typed gives the same sessions and screens (core runCommand is deterministic).
import type { StateCreator } from 'zustand/vanilla';
import { imageShell, kubectlAttachEnded, type ObservedTraffic, type ShellAt, type ShellDialect, type ShellEffect, type ShellSession, type TrackedConnection } from '../core';
import type { AppState, StoreDeps } from './types';
import { StaleReply } from './worker/client';
import { errorCode } from './errors';
import type { ShellLineResult } from './worker/protocol';

/** Lines a link keeps (the last ones typed) per kind of record: replay stays instant, and a link stays short. */
export const MAX_SHELL_HISTORY = 50;

/** How long a kubectl line waits for the cluster its change makes before the next line runs anyway. */
const SETTLE_TIMEOUT_MS = 3000;

/** Where a shell runs: a Pod (`namespace/name`), a node, or the learner's laptop (kubectl). */
export type ShellPlace = { kind: 'pod'; pod: string } | { kind: 'node'; node: string } | { kind: 'laptop' };

/** A place as one string: `pod:ns/name`, `node:NAME`, `laptop` (the link's form too). */
export const shellPlaceKey = (p: ShellPlace): string => (p.kind === 'pod' ? `pod:${p.pod}` : p.kind === 'node' ? `node:${p.node}` : 'laptop');

/** The place a key names, or null for a key that names none. */
export function parseShellPlaceKey(key: string): ShellPlace | null {
  if (key === 'laptop') return { kind: 'laptop' };
  if (key.startsWith('pod:') && key.length > 4) return { kind: 'pod', pod: key.slice(4) };
  if (key.startsWith('node:') && key.length > 5) return { kind: 'node', node: key.slice(5) };
  return null;
}

/** A line typed outside the client Pod: where, and after how many of the client Pod's lines (its order in time). */
export interface PlaceLine { place: string; line: string; after: number }

/** One place's shell. */
export interface PlaceShell {
  lines: string[];
  entries: ShellLineResult[];
  /** null: a new session opens at the next line. */
  session: ShellSession | null;
}

const emptyShell = (): PlaceShell => ({ lines: [], entries: [], session: null });

export interface ShellSlice {
  /** The on-screen place's lines since its shell opened, oldest first (the last MAX_SHELL_HISTORY). */
  shellLines: string[];
  /** What each line printed, in order: the terminal's transcript. */
  shellEntries: ShellLineResult[];
  /** The on-screen place's session after its last line; null: a new one opens at the next line. */
  shellSession: ShellSession | null;
  /** Where the shell on screen runs; null: the client Pod (whichever Pod is the client). */
  shellPlace: ShellPlace | null;
  /** The shells of the places not on screen, by shellPlaceKey. */
  shellPlaces: Record<string, PlaceShell>;
  /** Every line typed outside the client Pod, in order (the last MAX_SHELL_HISTORY): a link's `H`. */
  shellOtherLines: PlaceLine[];
  /** Lines typed into the client Pod's shell since it opened (its `shellLines` keep only the last ones). */
  shellClientTyped: number;
  /** Bumps when the place on screen changes: the terminal redraws. */
  shellScreen: number;
  /** The shell panel is shown. */
  shellOpen: boolean;
  /** A line is running (or a link's lines are being replayed). */
  shellBusy: boolean;
  /** Why the last line could not run (the core failed or overran), as an error code the UI words. */
  shellError: string | null;
  /** Runs one line in the shell on screen; its requests are animated on the graph. */
  runShellLine(line: string): Promise<void>;
  /** Runs a link's lines from new sessions, in the order they were typed: the screens they lead to. No animation. */
  replayShell(lines: string[], elsewhere?: readonly PlaceLine[]): Promise<void>;
  /** A new shell on screen: its session, lines and transcript are gone. */
  resetShell(): void;
  /** Puts the shell of `place` on screen (each place keeps its own); null: the client Pod. */
  setShellPlace(place: ShellPlace | null): void;
  setShellOpen(open: boolean): void;
}

/** The place a key of the on-screen shell stands for, with the client Pod resolved. */
export const placeOnScreen = (s: Pick<AppState, 'shellPlace' | 'client'>): ShellPlace => s.shellPlace ?? { kind: 'pod', pod: s.client };

const isClientPlace = (s: Pick<AppState, 'client'>, key: string): boolean => key === shellPlaceKey({ kind: 'pod', pod: s.client });

/** A place's shell, on screen or waiting. */
function shellOf(s: AppState, key: string): PlaceShell {
  if (shellPlaceKey(placeOnScreen(s)) === key) return { lines: s.shellLines, entries: s.shellEntries, session: s.shellSession };
  return s.shellPlaces[key] ?? emptyShell();
}

/**
 * The grammar a place's lines were typed in: its session's `sh` (before any line ran there is no session, and no
 * line to read).
 */
export function placeDialect(s: AppState, key: string): ShellDialect {
  const session = shellOf(s, key).session;
  return session ? imageShell(session) : 'ash';
}

/** The client Pod's shell, on screen or waiting. */
export const clientShell = (s: AppState): PlaceShell => shellOf(s, shellPlaceKey({ kind: 'pod', pod: s.client }));

/**
 * What the Pods' shells did to the nodes' kernels, for a node shell: their connections, IPVS counters, and the
 * latest of their clocks.
 */
function observedBy(s: AppState): ObservedTraffic {
  const connections: TrackedConnection[] = [];
  const ipvsConns: Record<string, number> = {};
  let now = 0;
  const keys = new Set([shellPlaceKey(placeOnScreen(s)), ...Object.keys(s.shellPlaces)]);
  for (const key of keys) {
    if (!key.startsWith('pod:')) continue;
    const session = shellOf(s, key).session;
    if (!session) continue;
    connections.push(...(session.tracked ?? []));
    for (const [k, n] of Object.entries(session.client.ipvsConns)) ipvsConns[k] = (ipvsConns[k] ?? 0) + n;
    now = Math.max(now, session.client.now);
  }
  return { connections, ipvsConns, now };
}

const atOf = (place: ShellPlace): ShellAt =>
  (place.kind === 'pod' ? { pod: place.pod } : place.kind === 'node' ? { node: place.node } : { laptop: true });

export const createShellSlice = (deps: StoreDeps): StateCreator<AppState, [], [], ShellSlice> => (set, get, api) => {
  /** Every run waits for the one before it. */
  let queue: Promise<void> = Promise.resolve();
  /** Bumped by a reset: a run that started before it must not write its result over the new shell. */
  let generation = 0;

  // The client Pod's shell lives in the client Pod: another client is a new shell there. A new source resets
  // every shell (source-fields.ts); a line still running then belongs to the old one.
  api.subscribe((s, prev) => {
    if (s.client !== prev.client) {
      const old = shellPlaceKey({ kind: 'pod', pod: prev.client });
      if (s.shellPlace === null) get().resetShell();
      else if (s.shellPlaces[old]) {
        const rest = { ...s.shellPlaces };
        delete rest[old];
        set({ shellPlaces: rest });
      }
    } else if (s.shellSession === null && prev.shellSession !== null && s.shellScreen === prev.shellScreen) generation++;
  });

  /** The shells kubectl attached to a Pod (`kubectl run -it`, `kubectl exec -it`), by place key: where they came from. */
  const attached = new Map<string, { pod: string; rm: boolean; from: string }>();

  /** Resolves once the cluster on screen is built from the text and actions on screen (or after a while: a broken text). */
  function clusterSettled(): Promise<void> {
    const done = (s: AppState): boolean => !s.builtFrom || (s.builtFrom.source === s.source && s.builtFrom.actions.length === s.actions.length
      && s.builtFrom.actions.every((a, i) => a === s.actions[i]));
    if (done(get())) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => { stop(); resolve(); }, SETTLE_TIMEOUT_MS);
      const stop = api.subscribe((s) => { if (done(s)) { clearTimeout(timer); stop(); resolve(); } });
    });
  }

  /**
   * What a kubectl line changed, applied through the graph menu's own path (applyAction; a scale edits the text),
   * so it shows in the YAML, the actions and undo the same way; then the shell it attached, and, when that shell
   * exits, kubectl's last words and `--rm`'s deletion, back in the shell it came from.
   */
  async function applyEffects(key: string, effects: readonly ShellEffect[], session: ShellSession): Promise<void> {
    for (const e of effects) {
      if (e.kind === 'actions') {
        for (const a of e.actions) {
          if (a.type === 'scale') await get().scale({ kind: a.kind, namespace: a.namespace, name: a.name }, a.replicas);
          else get().applyAction(a);
        }
        // The next line runs in the cluster these actions made.
        await clusterSettled();
        continue;
      }
      const place: ShellPlace = { kind: 'pod', pod: e.pod };
      attached.set(shellPlaceKey(place), { pod: e.pod, rm: e.rm, from: key });
      get().setShellPlace(place);
      // A new process in the Pod: a fresh shell, whatever that place showed before.
      get().resetShell();
    }
    const back = attached.get(key);
    const cluster = get().cluster;
    if (!back || !session.exited || !cluster) return;
    attached.delete(key);
    const ended = kubectlAttachEnded(cluster, back);
    // kubectl's words after the session continue the output of the line that attached it.
    const from = get().shellPlaces[back.from];
    const last = from?.entries[from.entries.length - 1];
    if (from && last) set({ shellPlaces: { ...get().shellPlaces, [back.from]: { ...from, entries: [...from.entries.slice(0, -1), { ...last, output: last.output + ended.output }] } } });
    get().setShellPlace(parseShellPlaceKey(back.from));
    for (const a of ended.actions) get().applyAction(a);
    await clusterSettled();
  }

  /** Writes a place's shell back where it lives (on screen or waiting). */
  function store(key: string, shell: PlaceShell): void {
    const s = get();
    if (shellPlaceKey(placeOnScreen(s)) === key) set({ shellLines: shell.lines, shellEntries: shell.entries, shellSession: shell.session });
    else set({ shellPlaces: { ...s.shellPlaces, [key]: shell } });
  }

  async function run(place: ShellPlace, lines: string[], animate: boolean): Promise<void> {
    const gen = generation;
    const s = get();
    const built = s.builtFrom;
    if (!built) return;
    const key = shellPlaceKey(place);
    set({ shellBusy: true, shellError: null });
    try {
      // The Pods' packets meet the kube-proxy mode chosen now, also in a session opened under another one; a node
      // shows that mode's tables, and what the Pods' shells did there.
      const proxyMode = s.options.proxyMode;
      const before = shellOf(s, key);
      const session = before.session && { ...before.session, proxyMode };
      const at: ShellAt = { ...atOf(place), proxyMode };
      const observed = place.kind === 'node' ? { observed: observedBy(s) } : {};
      const r = await deps.core.shell({ revision: built.revision, at, session, lines, ...observed });
      if (gen !== generation) return;
      const now = shellOf(get(), key);
      store(key, {
        session: r.session,
        entries: [...now.entries, ...r.results],
        lines: [...now.lines, ...lines].slice(-MAX_SHELL_HISTORY),
      });
      if (isClientPlace(get(), key)) set((n) => ({ shellClientTyped: n.shellClientTyped + lines.length }));
      else {
        set((n) => ({
          shellOtherLines: [...n.shellOtherLines, ...lines.map((line) => ({ place: key, line, after: n.shellClientTyped }))].slice(-MAX_SHELL_HISTORY),
        }));
      }
      // A line typed now changes the cluster as the graph menu does; a link's replayed lines do not (its actions
      // already hold what they did).
      if (animate) await applyEffects(key, r.effects, r.session);
      const trace = r.traces[r.traces.length - 1];
      if (animate && trace) set({ trace, activeHop: 0, playing: trace.hops.length > 1 });
    } catch (e) {
      if (gen !== generation || e instanceof StaleReply) return;
      set({ shellError: errorCode(e) });
    } finally {
      set({ shellBusy: false });
    }
  }

  const enqueue = (job: () => Promise<void>): Promise<void> => {
    queue = queue.then(job, job);
    return queue;
  };

  return {
    shellLines: [],
    shellEntries: [],
    shellSession: null,
    shellPlace: null,
    shellPlaces: {},
    shellOtherLines: [],
    shellClientTyped: 0,
    shellScreen: 0,
    shellOpen: true,
    shellBusy: false,
    shellError: null,

    runShellLine(line) {
      return enqueue(() => run(placeOnScreen(get()), [line], true));
    },
    replayShell(lines, elsewhere = []) {
      generation++;
      set({ shellLines: [], shellEntries: [], shellSession: null, shellPlaces: {}, shellOtherLines: [], shellClientTyped: 0, shellBusy: false, shellError: null });
      const client = (): ShellPlace => ({ kind: 'pod', pod: get().client });
      const kept = lines.slice(-MAX_SHELL_HISTORY);
      const others = elsewhere.slice(-MAX_SHELL_HISTORY);
      return enqueue(async () => {
        // In the order typed: before the client's line i, the other places' lines typed after i of the client's.
        for (let i = 0; i <= kept.length; i++) {
          for (const o of others) {
            const place = parseShellPlaceKey(o.place);
            if (place && Math.min(o.after, kept.length) === i) await run(place, [o.line], false);
          }
          if (i < kept.length) await run(client(), [kept[i]!], false);
        }
      });
    },
    resetShell() {
      generation++;
      set({ shellLines: [], shellEntries: [], shellSession: null, shellBusy: false, shellError: null });
      if (get().shellPlace === null) set({ shellClientTyped: 0 });
    },
    setShellPlace(place) {
      const s = get();
      const from = shellPlaceKey(placeOnScreen(s));
      const next = place && isClientPlace(s, shellPlaceKey(place)) ? null : place;
      const to = shellPlaceKey(next ?? { kind: 'pod', pod: s.client });
      if (from === to) return;
      const waiting = { ...s.shellPlaces, [from]: { lines: s.shellLines, entries: s.shellEntries, session: s.shellSession } };
      const shown = waiting[to] ?? emptyShell();
      delete waiting[to];
      set({
        shellPlaces: waiting, shellPlace: next, shellLines: shown.lines, shellEntries: shown.entries, shellSession: shown.session,
        shellScreen: s.shellScreen + 1, shellError: null,
      });
    },
    setShellOpen(open) {
      set({ shellOpen: open });
    },
  };
};
