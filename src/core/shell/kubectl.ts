// `kubectl` on the learner's laptop: core/kubectl's command, plus what only a shell can do with its answer —
// run `kubectl exec POD -- CMD` in that Pod's own shell (the same runner, so a wget there sends the same
// requests). What kubectl prints when an attached shell ends is in kubectl-attach.ts.
import { runKubectl } from '../kubectl/command';
import { applyActions, type ClusterAction } from '../model/actions';
import { parsePodRef } from '../model/pod-ref';
import type { Cluster } from '../model/types';
import { hashParts } from '../util/hash';
import type { ProgramResult } from './program';
import { newShellSession } from './session';
import type { ShellResult, ShellSession } from './types';

export type RunCommand = (cluster: Cluster, session: ShellSession, line: string) => ShellResult;

/** A word as the Pod's shell must see it to get it back unchanged: in single quotes. */
const quote = (w: string): string => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`);

const SHELLS = new Set(['sh', '/bin/sh', 'ash', '/bin/ash']);

/** A container ID's form (64 hex digits), stable for one Pod and command: the runtime's exec id. */
function execId(pod: string, argv: readonly string[]): string {
  let id = '';
  for (let i = 0; id.length < 64; i++) id += (hashParts(pod, ...argv, i) >>> 0).toString(16).padStart(8, '0');
  return id.slice(0, 64);
}

/** Runs `argv` in the Pod as the container runtime's exec does: the program itself, or `sh -c LINE`'s line. */
function execInPod(cluster: Cluster, pod: string, argv: readonly string[], runCommand: RunCommand): ProgramResult {
  const [program, ...rest] = argv as [string, ...string[]];
  const line = SHELLS.has(program) && rest[0] === '-c' && rest[1] !== undefined ? rest[1] : argv.map(quote).join(' ');
  const r = runCommand(cluster, newShellSession(cluster, { pod }), line);
  const chunks: ProgramResult['chunks'] = [];
  // The runtime, not a shell, starts the program: a missing one is the OCI runtime's error (runc's wording).
  if (r.exitCode === 127 && !SHELLS.has(program) && r.output === `sh: ${program}: not found\n`) {
    const id = execId(pod, argv);
    chunks.push({ fd: 2, text: `error: Internal error occurred: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "${id}": OCI runtime exec failed: exec failed: unable to start container process: exec: "${program}": executable file not found in $PATH: unknown\n` });
    return { chunks, status: 1, notes: r.notes };
  }
  if (r.output) chunks.push({ fd: 1, text: r.output });
  if (r.exitCode !== 0) chunks.push({ fd: 2, text: `command terminated with exit code ${r.exitCode}\n` });
  return { chunks, status: r.exitCode, traces: r.traces, notes: r.notes };
}

/**
 * The `kubectl` program on the laptop. Its cluster actions come back as an effect (and the caller applies them
 * for the rest of the line); `exec` runs in the Pod now; `-it` into a shell comes back as `open-shell`.
 */
export function kubectl(cluster: Cluster, args: readonly string[], runCommand: RunCommand): ProgramResult {
  const r = runKubectl(cluster, args);
  const notes = r.notes.map((n) => ({ code: n.code, command: n.command }));
  const now = r.actions.length ? applyActions(cluster, r.actions).cluster : cluster;
  const result: ProgramResult = { chunks: [...r.chunks], status: r.status, notes, effects: [] };
  if (r.actions.length) result.effects!.push({ kind: 'actions', actions: r.actions });
  if (r.exec?.kind === 'attach') result.effects!.push({ kind: 'open-shell', pod: r.exec.pod, rm: r.exec.rm });
  if (r.exec?.kind === 'exec') {
    const ran = execInPod(now, r.exec.pod, r.exec.command, runCommand);
    result.chunks.push(...ran.chunks);
    result.status = ran.status;
    result.traces = ran.traces ?? [];
    result.notes!.push(...(ran.notes ?? []));
    if (r.removeAfterExec) {
      const { namespace, name } = parsePodRef(r.exec.pod);
      const remove: ClusterAction[] = [{ type: 'terminatePod', namespace, name }];
      result.effects!.push({ kind: 'actions', actions: remove });
      result.chunks.push({ fd: 1, text: `pod "${name}" deleted from ${namespace} namespace\n` });
    }
  }
  return result;
}

