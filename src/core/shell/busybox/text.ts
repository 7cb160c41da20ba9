// busybox's text applets, as they print in 1.36 (coreutils/echo.c, cat.c, head.c, wc.c; findutils/grep.c).
import { podFile } from '../pod-files';
import { absolutePath, Output, usage, utf8Length, type PlaceContext, type PlaceProgram, type ProgramResult } from '../program';

/** A file the shell sees: written by the shell, or (in a Pod) one the kubelet and runtime put there. */
export function readFile(ctx: PlaceContext, path: string): string | undefined {
  const abs = absolutePath(path);
  return ctx.session.files[abs] ?? (ctx.pod ? podFile(ctx.cluster, ctx.pod, abs) : undefined);
}

const lines = (text: string): string[] => {
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
};

// echo.c (also ash's builtin echo, so it runs in any image): -n, -e, -E (only as leading arguments made of
// those letters); -e escapes as bb_process_escape_sequence.
const ESCAPES: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
export function echo(args: string[]): ProgramResult {
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < args.length && /^-[neE]+$/.test(args[i]!); i++) {
    for (const f of args[i]!.slice(1)) {
      if (f === 'n') newline = false;
      else escapes = f === 'e';
    }
  }
  let text = args.slice(i).join(' ');
  if (escapes) {
    const cut = text.indexOf('\\c');
    if (cut >= 0) { text = text.slice(0, cut); newline = false; }
    text = text.replace(/\\(0[0-7]{0,3}|.)/g, (m, e: string) => (e[0] === '0' ? String.fromCharCode(parseInt(e, 8) || 0) : ESCAPES[e] ?? m));
  }
  const o = new Output();
  o.out(text + (newline ? '\n' : ''));
  return o.done(0);
}

export const cat: PlaceProgram = (ctx, args) => {
  const o = new Output();
  let status = 0;
  const files = args.filter((a) => a !== '-u');
  if (files.length === 0) files.push('-');
  for (const f of files) {
    const text = f === '-' ? ctx.stdin : readFile(ctx, f);
    if (text === undefined) { o.err(`cat: can't open '${f}': No such file or directory\n`); status = 1; } else o.out(text);
  }
  return o.done(status);
};

// head.c: -n N (or the old -N), default 10; "invalid number" is xatoul's message.
export const head: PlaceProgram = (ctx, args) => {
  const o = new Output();
  let count = '10';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-n') {
      const n = args[++i];
      if (n === undefined) return usage('head', 1);
      count = n;
    } else if (/^-n.+/.test(a)) count = a.slice(2);
    else if (/^-\d+$/.test(a)) count = a.slice(1);
    else files.push(a);
  }
  if (!/^\d+$/.test(count)) { o.err(`head: invalid number '${count}'\n`); return o.done(1); }
  const n = Number(count);
  let status = 0;
  for (const f of files.length ? files : ['-']) {
    const text = f === '-' ? ctx.stdin : readFile(ctx, f);
    if (text === undefined) { o.err(`head: can't open '${f}': No such file or directory\n`); status = 1; continue; }
    if (files.length > 1) o.out(`==> ${f} <==\n`);
    let end = 0;
    for (let k = 0; k < n && end < text.length; k++) {
      const nl = text.indexOf('\n', end);
      end = nl < 0 ? text.length : nl + 1;
    }
    o.out(text.slice(0, end));
  }
  return o.done(status);
};

/** A POSIX basic regular expression as a JS one: in a BRE `+ ? | ( ) { }` are literal, `\( \) \| \{ \}` operators. */
function breToRegExp(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) {
      const n = pattern[++i]!;
      out += '(){}|+?'.includes(n) ? n : `\\${n}`;
    } else out += '(){}|+?'.includes(c) ? `\\${c}` : c;
  }
  return out;
}
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// grep.c: -i -v -c -q -n -x -w -F -E; exit 0 when a line was selected, 1 when none, 2 on error.
export const grep: PlaceProgram = (ctx, args) => {
  const o = new Output();
  const flags = new Set<string>();
  const rest: string[] = [];
  for (const a of args) {
    if (/^-[ivcqnxwFEH]+$/.test(a)) for (const f of a.slice(1)) flags.add(f);
    else rest.push(a);
  }
  const [pattern, ...files] = rest;
  if (pattern === undefined) return usage('grep', 2);
  let source = flags.has('F') ? escapeRegExp(pattern) : flags.has('E') ? pattern : breToRegExp(pattern);
  if (flags.has('w')) source = `(?<![A-Za-z0-9_])(?:${source})(?![A-Za-z0-9_])`;
  if (flags.has('x')) source = `^(?:${source})$`;
  let re: RegExp;
  try {
    re = new RegExp(source, flags.has('i') ? 'i' : '');
  } catch {
    re = new RegExp(escapeRegExp(pattern), flags.has('i') ? 'i' : '');
  }
  let matched = false;
  let status = 0;
  const sources = files.length ? files : ['-'];
  for (const f of sources) {
    const text = f === '-' ? ctx.stdin : readFile(ctx, f);
    if (text === undefined) { o.err(`grep: ${f}: No such file or directory\n`); status = 2; continue; }
    const prefix = sources.length > 1 || flags.has('H') ? `${f === '-' ? '(standard input)' : f}:` : '';
    let count = 0;
    lines(text).forEach((line, i) => {
      if (re.test(line) === flags.has('v')) return;
      count++;
      matched = true;
      if (!flags.has('c') && !flags.has('q')) o.out(`${prefix}${flags.has('n') ? `${i + 1}:` : ''}${line}\n`);
    });
    if (flags.has('c') && !flags.has('q')) o.out(`${prefix}${count}\n`);
  }
  return o.done(status === 2 && !matched ? 2 : matched ? 0 : 1);
};

// wc.c: -l -w -c (default all three). One column alone prints bare; several are %9u joined by spaces.
export const wc: PlaceProgram = (ctx, args) => {
  const o = new Output();
  const flags = new Set<string>();
  const files: string[] = [];
  for (const a of args) {
    if (/^-[lwc]+$/.test(a)) for (const f of a.slice(1)) flags.add(f);
    else files.push(a);
  }
  const cols = flags.size ? ['l', 'w', 'c'].filter((f) => flags.has(f)) : ['l', 'w', 'c'];
  let status = 0;
  for (const f of files.length ? files : ['-']) {
    const text = f === '-' ? ctx.stdin : readFile(ctx, f);
    if (text === undefined) { o.err(`wc: can't open '${f}': No such file or directory\n`); status = 1; continue; }
    const counts: Record<string, number> = {
      l: (text.match(/\n/g) ?? []).length,
      w: text.split(/\s+/).filter(Boolean).length,
      c: utf8Length(text),
    };
    const fields = cols.map((c) => String(counts[c]));
    const row = fields.length === 1 ? fields[0]! : fields.map((v) => v.padStart(9)).join(' ');
    o.out(`${row}${f === '-' ? '' : ` ${f}`}\n`);
  }
  return o.done(status);
};
