// Running one command line in a shell session: parse, expand, wire pipes and redirections, run the programs.
// Pure: the session passed in is not changed; the result carries the next one.
import { applyActions } from '../model/actions';
import { findPod } from '../model/pod-ref';
import type { Cluster, ClusterNode, Pod } from '../model/types';
import { cloneClientState } from '../traffic/client-state';
import type { Trace } from '../traffic/types';
import { cat, echo, grep, head, wc } from './busybox/text';
import { imageShell } from './image-names';
import { imageTools } from './images';
import { LAPTOP_PROGRAMS } from './laptop';
import { NODE_PROGRAMS } from './node/programs';
import { SHELL_INTERRUPT } from './replay';
import { formatSyntaxError, parseLine, type AndOr, type Command, type ForCommand, type Pipeline, type Redirect, type ShellDialect, type Word } from './parse';
import { shellEnv } from './pod-files';
import { absolutePath, type Chunk, type PlaceProgram, type ProgramResult } from './program';
import type { ShellEffect, ShellNote, ShellResult, ShellSession } from './types';

/** ash's builtins the runner knows, whatever the image. */
const BUILTINS = ['echo', 'exit', 'false', 'true'];

/** The text tools on a node's PATH (GNU coreutils and grep; for these uses they print as busybox's do). */
const NODE_TEXT_TOOLS: Record<string, PlaceProgram> = { cat, grep, head, wc };

/** A program by the name typed, never one of Object.prototype's members (`valueOf`, `constructor`). */
const own = <T>(table: Readonly<Record<string, T>>, name: string): T | undefined => (Object.hasOwn(table, name) ? table[name] : undefined);

/** The programs a line can start with in `session`: the shell's builtins, and the image's or the node's programs. */
export function shellProgramNames(session: ShellSession): string[] {
  const tools = imageTools(session);
  const programs = session.node !== undefined ? [...Object.keys(NODE_PROGRAMS), ...Object.keys(NODE_TEXT_TOOLS)]
    : session.laptop ? Object.keys(LAPTOP_PROGRAMS)
      : [...Object.keys(tools.programs), ...tools.unmodelled, ...(tools.busybox ? ['busybox'] : [])];
  return [...new Set([...BUILTINS, ...programs])].sort();
}

/** Where a descriptor leads: out to the enclosing list's stdout or stderr (the terminal, at the top), a pipe, nowhere, a file. */
type Dest = { kind: 'out'; fd: 1 | 2 } | { kind: 'pipe' } | { kind: 'null' } | { kind: 'file'; path: string };

interface Shell {
  cluster: Cluster; pod: Pod | undefined; node: ClusterNode | undefined; session: ShellSession; env: Map<string, string>;
  traces: Trace[]; notes: ShellNote[]; effects: ShellEffect[];
  /** The command running now writes its stdout to the terminal (some programs print differently to a pipe). */
  stdoutTty: boolean;
  /** ash or dash: they word their errors differently. */
  dialect: ShellDialect;
  /** The number of the command text's first line among the lines the shell read (dash's messages show it). */
  firstLine: number;
}

/**
 * The start of a message of the shell itself about a command on line `line` of the text: ash's `sh: `, dash's
 * `sh: LINE: ` (dash error.c: `%s: %d: ` with arg0 and the line the command starts on).
 */
const shellSays = (sh: Shell, line: number): string => (sh.dialect === 'dash' ? `sh: ${sh.firstLine + line}: ` : 'sh: ');

/** What a list or a pipeline wrote to its stdout and stderr, its status, and the status `exit` ended the shell with. */
interface ListResult { chunks: Chunk[]; status: number; exit?: number }

function expandWord(sh: Shell, word: Word): string | undefined {
  let text = '';
  let onlyUnquoted = true;
  for (const part of word) {
    if ('text' in part) { text += part.text; onlyUnquoted = false; continue; }
    if (part.quoted) onlyUnquoted = false;
    text += part.param === '?' ? String(sh.session.status) : sh.env.get(part.param) ?? '';
  }
  // An unquoted expansion that comes out empty is no word at all (field splitting leaves nothing).
  return onlyUnquoted && text === '' ? undefined : text;
}

function runProgram(sh: Shell, argv: string[], stdin: string, stdoutTty: boolean, line: number): ProgramResult {
  const [name, ...args] = argv as [string, ...string[]];
  // ash builtins: they exist whatever the image.
  if (name === 'true' || name === ':') return { chunks: [], status: 0 };
  if (name === 'false') return { chunks: [], status: 1 };
  if (name === 'echo') return echo(args);
  const ctx = { cluster: sh.cluster, session: sh.session, env: sh.env, stdin, stdoutTty };
  if (sh.node) {
    const program = own(NODE_PROGRAMS, name);
    if (program) return program({ ...ctx, node: sh.node }, args);
    const tool = own(NODE_TEXT_TOOLS, name);
    if (tool) return tool(ctx, args);
    // kind's node shell is bash.
    return { chunks: [{ fd: 2, text: `bash: ${name}: command not found\n` }], status: 127 };
  }
  if (sh.session.laptop) {
    const program = own(LAPTOP_PROGRAMS, name);
    if (program) return program(ctx, args);
    // The laptop's shell is bash, which words a missing program its own way.
    return { chunks: [{ fd: 2, text: `bash: ${name}: command not found\n` }], status: 127 };
  }
  const tools = imageTools(sh.session);
  if (sh.pod) {
    const [applet, appletArgs] = tools.busybox && name === 'busybox' && args[0] !== undefined && own(tools.programs, args[0]) ? [args[0], args.slice(1)] : [name, args];
    const program = own(tools.programs, applet);
    if (program) return program({ ...ctx, pod: sh.pod }, appletArgs);
    if (tools.unmodelled.includes(name)) return { chunks: [], status: 1, notes: [{ code: 'program-not-modelled', command: name }] };
  }
  return { chunks: [{ fd: 2, text: `${shellSays(sh, line)}${name}: not found\n` }], status: 127 };
}

function openRedirects(sh: Shell, redirects: Redirect[], fds: Record<number, Dest>): void {
  for (const r of redirects) {
    if (r.op === '>&') { fds[r.fd] = fds[r.toFd] ?? { kind: 'null' }; continue; }
    const target = expandWord(sh, r.target) ?? '';
    if (target === '/dev/null') { fds[r.fd] = { kind: 'null' }; continue; }
    const path = absolutePath(target);
    if (r.op === '>' || sh.session.files[path] === undefined) sh.session.files[path] = '';
    fds[r.fd] = { kind: 'file', path };
  }
}

/** A `for` loop: the body once per word, NAME set to it; its status is the body's last, 0 if it never ran. */
function runFor(sh: Shell, cmd: ForCommand): ListResult {
  // An interactive shell has no positional parameters, so `for NAME; do` runs no times.
  const items = (cmd.items ?? []).map((w) => expandWord(sh, w)).filter((w): w is string => w !== undefined);
  const chunks: Chunk[] = [];
  let status = 0;
  for (const item of items) {
    sh.env.set(cmd.name, item);
    const r = runList(sh, cmd.body);
    chunks.push(...r.chunks);
    status = r.status;
    if (r.exit !== undefined) return { chunks, status, exit: r.exit };
  }
  return { chunks, status };
}

/** Runs one command of a pipeline on `stdin`. `alone`: not part of a pipeline, so `exit` ends the shell itself. */
function runStage(sh: Shell, cmd: Command, stdin: string, alone: boolean): ListResult {
  if (cmd.kind === 'for') {
    const r = runFor(sh, cmd);
    // In a pipeline the loop runs in a subshell: `exit` ends only that.
    return alone ? r : { chunks: r.chunks, status: r.status };
  }
  const argv = cmd.words.map((w) => expandWord(sh, w)).filter((w): w is string => w !== undefined);
  if (argv[0] === 'exit') {
    const arg = argv[1];
    const code = arg === undefined ? sh.session.status : /^\d+$/.test(arg) ? Number(arg) & 255 : undefined;
    if (code === undefined) return { chunks: [{ fd: 2, text: `${shellSays(sh, cmd.line)}exit: Illegal number: ${arg}\n` }], status: 2 };
    return alone ? { chunks: [], status: code, exit: code } : { chunks: [], status: code };
  }
  const res: ProgramResult = argv.length ? runProgram(sh, argv, stdin, sh.stdoutTty, cmd.line) : { chunks: [], status: 0 };
  sh.traces.push(...(res.traces ?? []));
  sh.notes.push(...(res.notes ?? []));
  for (const e of res.effects ?? []) {
    sh.effects.push(e);
    // The rest of the line sees what a program changed (`kubectl delete pod x; kubectl get pods`).
    if (e.kind === 'actions') sh.cluster = applyActions(sh.cluster, e.actions).cluster;
  }
  return { chunks: res.chunks, status: res.status };
}

/** Runs one pipeline: each stage's stdout feeds the next; the last stage's stdout and every stderr go out. */
function runPipeline(sh: Shell, pipeline: Pipeline): ListResult {
  const out: Chunk[] = [];
  let stdin = '';
  let status = 0;
  for (const [i, cmd] of pipeline.entries()) {
    const last = i === pipeline.length - 1;
    const fds: Record<number, Dest> = { 1: last ? { kind: 'out', fd: 1 } : { kind: 'pipe' }, 2: { kind: 'out', fd: 2 } };
    openRedirects(sh, cmd.redirects, fds);
    // A program's stdout is the terminal only while every enclosing list's is (`for …; done | wc` is a pipe).
    const outerTty = sh.stdoutTty;
    sh.stdoutTty = outerTty && fds[1]?.kind === 'out';
    const res = runStage(sh, cmd, stdin, pipeline.length === 1);
    sh.stdoutTty = outerTty;
    stdin = '';
    for (const c of res.chunks) {
      const dest = fds[c.fd] ?? { kind: 'null' };
      if (dest.kind === 'out') out.push({ fd: dest.fd, text: c.text });
      else if (dest.kind === 'pipe') stdin += c.text;
      else if (dest.kind === 'file') sh.session.files[dest.path] += c.text;
    }
    status = res.status;
    if (res.exit !== undefined) return { chunks: out, status, exit: res.exit };
  }
  return { chunks: out, status };
}

/** Runs a list (`a && b || c; d`), setting `$?` after each pipeline; stops at `exit`. */
function runList(sh: Shell, list: AndOr[]): ListResult {
  const chunks: Chunk[] = [];
  for (const { op, pipeline } of list) {
    if ((op === '&&' && sh.session.status !== 0) || (op === '||' && sh.session.status === 0)) continue;
    const r = runPipeline(sh, pipeline);
    chunks.push(...r.chunks);
    sh.session.status = r.status;
    if (r.exit !== undefined) return { chunks, status: r.status, exit: r.exit };
  }
  return { chunks, status: sh.session.status };
}

/**
 * Run one line typed into a shell session, as busybox's ash would, against the simulated cluster.
 * @example
 * let s = newShellSession(cluster, { pod: 'default/test' });
 * const r = runCommand(cluster, s, 'wget -q -O- http://web-service/ | head -n 4');
 * r.output.split('\n')[3]; // '<title>Welcome to nginx!</title>'
 * r.traces[0]?.outcome; // 'delivered'
 * s = r.session; // the clock, client state and files, for the next line
 */
export function runCommand(cluster: Cluster, session: ShellSession, line: string): ShellResult {
  const next: ShellSession = {
    ...session, client: cloneClientState(session.client), files: { ...session.files }, lines: (session.lines ?? 0) + 1,
    ...(session.tracked ? { tracked: [...session.tracked] } : {}),
  };
  const traces: Trace[] = [];
  const notes: ShellNote[] = [];
  const effects: ShellEffect[] = [];
  if (session.exited) return { output: '', exitCode: session.status, session: next, traces, notes, effects };
  const pod = next.pod !== undefined ? findPod(cluster, next.pod) : undefined;
  if (next.pod !== undefined && (!pod || !pod.ip)) {
    return { output: '', exitCode: 1, session: next, traces, notes: [{ code: 'no-such-pod', command: line.trim().split(/\s+/)[0] ?? '' }], effects };
  }
  const node = next.node !== undefined ? cluster.nodes.find((n) => n.name === next.node) : undefined;
  if (next.node !== undefined && !node) {
    return { output: '', exitCode: 1, session: next, traces, notes: [{ code: 'no-such-node', command: line.trim().split(/\s+/)[0] ?? '' }], effects };
  }
  if (line === SHELL_INTERRUPT) {
    delete next.pending;
    return { output: '', exitCode: next.status, session: next, traces, notes, effects };
  }
  // A line that continues an unfinished `for` is read with the lines before it, as ash reads on at its PS2 prompt.
  const text = session.pending !== undefined ? `${session.pending}\n${line}` : line;
  delete next.pending;
  // A Pod's shell is its image's sh; the node's and the laptop's bash are worded as ash is, the closest we have.
  const dialect = pod ? imageShell(next) : 'ash';
  // A typed line ends with its newline, which dash's errors can name (`echo a >`: newline unexpected).
  const parsed = parseLine(dialect === 'dash' ? `${text}\n` : text, dialect);
  if (!parsed.ok && parsed.incomplete) {
    next.pending = text;
    return { output: '', exitCode: next.status, session: next, traces, notes, effects };
  }
  if (!parsed.ok) {
    next.status = 2;
    const e = parsed.error;
    // dash (parser.c) numbers a syntax error with its line counter, which counts a line when the tokenizer reads
    // its newline; after the error it drops the rest of the line. So the line is counted only when the newline
    // was the unexpected token, and then the message already shows the next number. A bad `${…}` is an expansion
    // error in dash: the line was read whole.
    const read = (session.lines ?? 0) + (e.kind === 'unexpected' && e.token === 'newline' ? 1 : 0);
    if (dialect === 'dash' && e.kind !== 'bad-substitution') next.lines = read;
    return { output: `${formatSyntaxError(e, dialect, read + 1)}\n`, exitCode: 2, session: next, traces, notes, effects };
  }
  const firstLine = (next.lines ?? 1) - (text.match(/\n/g)?.length ?? 0);
  const sh: Shell = { cluster, pod, node, session: next, env: new Map(pod ? shellEnv(cluster, pod) : []), traces, notes, effects, stdoutTty: true, dialect, firstLine };
  const r = runList(sh, parsed.value);
  if (r.exit !== undefined) next.exited = true;
  return { output: r.chunks.map((c) => c.text).join(''), exitCode: next.status, session: next, traces, notes, effects };
}
