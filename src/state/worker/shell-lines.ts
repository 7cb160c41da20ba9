// A shell's lines, run in a kept cluster. Apart from handle.ts and loaded on the first line typed: a worker that
// only builds clusters then never loads the programs a shell can run (kubectl's printers, curl, dig, …), and the
// page's first load counts the worker.
import { newShellSession, runCommand, type Cluster, type ShellEffect, type Trace } from '../../core';
import type { CommandInput, ShellRunResult } from './protocol';

/** Runs `input.lines` in order in its session (a new one opened at `input.at` when it has none). */
export function runShellLines(cluster: Cluster, input: CommandInput<'shell'>): ShellRunResult {
  let session = input.session ?? newShellSession(cluster, input.at);
  if (input.observed) session = { ...session, observed: input.observed };
  let traces: Trace[] = [];
  const effects: ShellEffect[] = [];
  const results = input.lines.map((line) => {
    const continued = session.pending !== undefined;
    const r = runCommand(cluster, session, line);
    session = r.session;
    traces = r.traces;
    effects.push(...r.effects);
    return { line, continued, output: r.output, exitCode: r.exitCode, notes: r.notes };
  });
  return { results, session, traces, effects };
}
