// The contract between the shell and the programs it runs: argv and stdin in; what was written to fd 1 and
// fd 2, in the order written, and the exit status out. A program changes only its copy of the session.
import type { Cluster, ClusterNode, Pod } from '../model/types';
import type { Trace } from '../traffic/types';
import { nextU32, seedRng } from '../util/rng';
import type { ShellEffect, ShellNote, ShellSession } from './types';

export interface Chunk { fd: 1 | 2; text: string }

/** What every program gets, wherever the shell runs. */
export interface PlaceContext {
  cluster: Cluster;
  /** The session's working copy: programs may advance the clock, change client state or write files. */
  session: ShellSession;
  env: ReadonlyMap<string, string>;
  stdin: string;
  /** The Pod the shell runs in, when it runs in one (its files are readable). */
  pod?: Pod;
  /** fd 1 is the terminal (not a pipe or a file): curl shows its progress meter only when it is not. */
  stdoutTty?: boolean;
}

/** A program in a Pod's image. */
export interface ProgramContext extends PlaceContext { pod: Pod }

/** A program on a node (the node's own tools, as `docker exec -it node-1 bash` reaches them on kind). */
export interface NodeContext extends PlaceContext { node: ClusterNode }

export interface ProgramResult { chunks: Chunk[]; status: number; traces?: Trace[]; notes?: ShellNote[]; effects?: ShellEffect[] }

export type Program = (ctx: ProgramContext, args: string[]) => ProgramResult;
/** A program that runs in any place (the text tools: they read stdin and the shell's files). */
export type PlaceProgram = (ctx: PlaceContext, args: string[]) => ProgramResult;
export type NodeProgram = (ctx: NodeContext, args: string[]) => ProgramResult;

/** Collects a program's output in order. */
export class Output {
  readonly chunks: Chunk[] = [];
  out(text: string): void { if (text) this.chunks.push({ fd: 1, text }); }
  err(text: string): void { if (text) this.chunks.push({ fd: 2, text }); }
  done(status: number, extra: Omit<ProgramResult, 'chunks' | 'status'> = {}): ProgramResult { return { chunks: this.chunks, status, ...extra }; }
}

/** A path as the shell in `/` sees it. */
export const absolutePath = (p: string): string => (p.startsWith('/') ? p : `/${p}`).replace(/\/+/g, '/');

/**
 * A usage error: busybox prints its version banner and the applet's help text to stderr. The help differs by
 * build options and the banner by build date, so the playground does not print it; it says so in a note.
 */
export function usage(program: string, status: number): ProgramResult {
  return { chunks: [], status, notes: [{ code: 'usage-not-modelled', command: program }] };
}

/** Bytes in the UTF-8 encoding (what wc -c and wget's byte counts see); the core has no TextEncoder in its lib. */
export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** CoreDNS's loadbalance shuffles every answer anew: each lookup draws its shuffle seed from the session's stream. */
export function nextShuffleSeed(ctx: ProgramContext): number {
  const rng = { ...(ctx.session.client.rng ?? seedRng(0)) };
  const seed = nextU32(rng);
  ctx.session.client.rng = rng;
  return seed;
}
