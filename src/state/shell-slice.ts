// The shell in the client Pod: the lines typed, what each printed, and the session (clock, client state, files)
// the core hands back. Lines run one at a time in the order typed: the worker drops a request superseded by a
// newer one of the same command, which a shell must never do to a line. The lines, not the session, are what a
// link keeps; replaying them from a new session gives the same session and the same screen (core runCommand is
// deterministic).
import type { StateCreator } from 'zustand/vanilla';
import type { ShellSession } from '../core';
import type { AppState, StoreDeps } from './types';
import { StaleReply } from './worker/client';
import { errorCode } from './errors';
import type { ShellLineResult } from './worker/protocol';

/** Lines a link keeps (the last ones typed): replay stays instant, and a link stays short. */
export const MAX_SHELL_HISTORY = 50;

export interface ShellSlice {
  /** The lines typed since the shell opened, oldest first (the last MAX_SHELL_HISTORY). */
  shellLines: string[];
  /** What each line printed, in order: the terminal's transcript. */
  shellEntries: ShellLineResult[];
  /** The session after the last line; null: a new one opens in the client Pod at the next line. */
  shellSession: ShellSession | null;
  /** The shell panel is shown. */
  shellOpen: boolean;
  /** A line is running (or a link's lines are being replayed). */
  shellBusy: boolean;
  /** Why the last line could not run (the core failed or overran), as an error code the UI words. */
  shellError: string | null;
  /** Runs one line in the client Pod's shell; its requests are animated on the graph. */
  runShellLine(line: string): Promise<void>;
  /** Runs `lines` from a new session: the screen a link's history leads to. No animation. */
  replayShell(lines: string[]): Promise<void>;
  /** A new shell: the old session, its lines and transcript are gone. */
  resetShell(): void;
  setShellOpen(open: boolean): void;
}

export const createShellSlice = (deps: StoreDeps): StateCreator<AppState, [], [], ShellSlice> => (set, get, api) => {
  /** Every run waits for the one before it. */
  let queue: Promise<void> = Promise.resolve();
  /** Bumped by a reset: a run that started before it must not write its result over the new shell. */
  let generation = 0;

  // The shell lives in the client Pod: another client is a new shell. A new source resets the shell's fields
  // (source-fields.ts); a line still running then belongs to the old shell.
  api.subscribe((s, prev) => {
    if (s.client !== prev.client) get().resetShell();
    else if (s.shellSession === null && prev.shellSession !== null) generation++;
  });

  async function run(lines: string[], animate: boolean): Promise<void> {
    const gen = generation;
    const s = get();
    const built = s.builtFrom;
    if (!built) return;
    set({ shellBusy: true, shellError: null });
    try {
      // The Pod's packets meet the kube-proxy mode chosen now, also in a session opened under another one.
      const proxyMode = s.options.proxyMode;
      const session = s.shellSession && { ...s.shellSession, proxyMode };
      const r = await deps.core.shell({ revision: built.revision, at: { pod: s.client, proxyMode }, session, lines });
      if (gen !== generation) return;
      set((now) => ({
        shellSession: r.session,
        shellEntries: [...now.shellEntries, ...r.results],
        shellLines: [...now.shellLines, ...lines].slice(-MAX_SHELL_HISTORY),
      }));
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
    shellOpen: true,
    shellBusy: false,
    shellError: null,

    runShellLine(line) {
      return enqueue(() => run([line], true));
    },
    replayShell(lines) {
      get().resetShell();
      return enqueue(() => (lines.length ? run(lines.slice(-MAX_SHELL_HISTORY), false) : Promise.resolve()));
    },
    resetShell() {
      generation++;
      set({ shellLines: [], shellEntries: [], shellSession: null, shellBusy: false, shellError: null });
    },
    setShellOpen(open) {
      set({ shellOpen: open });
    },
  };
};
