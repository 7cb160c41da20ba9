// The part of a POSIX shell (busybox ash, the `sh` of the busybox image) that the playground's command lines
// need: words with '…', "…" and \ quoting, $? and $NAME expansion (done when the command runs), the
// operators ; && || |, redirections N>FILE, N>>FILE, N>&M, and # comments. Syntax errors are ash's own
// (shell/ash.c raise_error_unexpected_syntax, "unterminated quoted string"). Never throws.
import { MAX_SHELL_LINE } from '../manifest/limits';

/** A piece of a word: literal text, or a parameter to expand when the command runs. */
export type WordPart = { text: string } | { param: string; quoted: boolean };
export type Word = WordPart[];

/** `2>&1`, `>/dev/null`, `>>log`: fd 1 unless written. */
export type Redirect = { fd: number; op: '>' | '>>'; target: Word } | { fd: number; op: '>&'; toFd: number };

export interface SimpleCommand { words: Word[]; redirects: Redirect[] }
export type Pipeline = SimpleCommand[];
/** `a && b || c ; d`: each pipeline with the operator that joins it to the one before (`;` for the first). */
export interface AndOr { op: ';' | '&&' | '||'; pipeline: Pipeline }

export type ParseResult = { ok: true; value: AndOr[] } | { ok: false; error: string };

type Token = { kind: 'word'; word: Word } | { kind: 'op'; op: string } | { kind: 'redirect'; fd: number; op: '>' | '>>' | '>&' };

const OPERATORS = ['&&', '||', ';;', '>>', '>&', ';', '|', '&', '>', '<'];
const PARAM = /^(\?|[A-Za-z_][A-Za-z0-9_]*)/;

function pushText(word: Word, text: string): void {
  const last = word[word.length - 1];
  if (last && 'text' in last) last.text += text;
  else word.push({ text });
}

/** A `$…` at line[i] (i points after the `$`): the parameter and where it ends, or undefined for a plain `$`. */
function readParam(line: string, i: number): { name: string; end: number } | { error: string } | undefined {
  if (line[i] === '{') {
    const close = line.indexOf('}', i);
    if (close < 0) return { error: "sh: syntax error: missing '}'" };
    const m = PARAM.exec(line.slice(i + 1, close));
    return m && m[0].length === close - i - 1 ? { name: m[0], end: close + 1 } : { error: 'sh: syntax error: bad substitution' };
  }
  const m = PARAM.exec(line.slice(i, i + 256));
  return m ? { name: m[0], end: i + m[0].length } : undefined;
}

function tokenize(line: string): { ok: true; tokens: Token[] } | { ok: false; error: string } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t' || c === '\n') { i++; continue; }
    if (c === '#') break;
    const fd = /^(\d?)(>>|>&|>)/.exec(line.slice(i, i + 3));
    if (fd) {
      tokens.push({ kind: 'redirect', fd: fd[1] ? Number(fd[1]) : 1, op: fd[2] as '>' | '>>' | '>&' });
      i += fd[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => line.startsWith(o, i));
    if (op) { tokens.push({ kind: 'op', op }); i += op.length; continue; }
    const word: Word = [];
    while (i < line.length && !' \t\n;&|<>'.includes(line[i]!)) {
      const ch = line[i]!;
      if (ch === "'") {
        const close = line.indexOf("'", i + 1);
        if (close < 0) return { ok: false, error: 'sh: syntax error: unterminated quoted string' };
        pushText(word, line.slice(i + 1, close));
        i = close + 1;
      } else if (ch === '"') {
        i++;
        pushText(word, '');
        for (;;) {
          if (i >= line.length) return { ok: false, error: 'sh: syntax error: unterminated quoted string' };
          const d = line[i]!;
          if (d === '"') { i++; break; }
          if (d === '\\' && i + 1 < line.length && '$`"\\\n'.includes(line[i + 1]!)) { pushText(word, line[i + 1]!); i += 2; continue; }
          if (d === '$') {
            const p = readParam(line, i + 1);
            if (p && 'error' in p) return { ok: false, error: p.error };
            if (p) { word.push({ param: p.name, quoted: true }); i = p.end; continue; }
          }
          pushText(word, d);
          i++;
        }
      } else if (ch === '\\') {
        if (i + 1 < line.length) pushText(word, line[i + 1]!);
        i += 2;
      } else if (ch === '$') {
        const p = readParam(line, i + 1);
        if (p && 'error' in p) return { ok: false, error: p.error };
        if (p) { word.push({ param: p.name, quoted: false }); i = p.end; } else { pushText(word, '$'); i++; }
      } else {
        pushText(word, ch);
        i++;
      }
    }
    tokens.push({ kind: 'word', word });
  }
  return { ok: true, tokens };
}

const unexpected = (t: Token | undefined): string =>
  t === undefined ? 'sh: syntax error: unexpected end of file' : `sh: syntax error: unexpected "${t.kind === 'word' ? '' : t.op}"`;

/**
 * Parse one command line. A blank line (or only a comment) is an empty list.
 * @example parseLine('nslookup web-service && echo $?') // { ok: true, value: [{ op: ';', … }, { op: '&&', … }] }
 */
export function parseLine(line: string): ParseResult {
  if (line.length > MAX_SHELL_LINE) return { ok: false, error: 'sh: line too long' };
  const t = tokenize(line);
  if (!t.ok) return t;
  const tokens = t.tokens;
  const list: AndOr[] = [];
  let i = 0;
  let joiner: AndOr['op'] = ';';
  while (i < tokens.length) {
    const pipeline: Pipeline = [];
    for (;;) {
      const cmd: SimpleCommand = { words: [], redirects: [] };
      while (i < tokens.length) {
        const tok = tokens[i]!;
        if (tok.kind === 'word') { cmd.words.push(tok.word); i++; continue; }
        if (tok.kind === 'op') break;
        const target = tokens[i + 1];
        if (target?.kind !== 'word') return { ok: false, error: unexpected(target) };
        const only = target.word.length === 1 ? target.word[0]! : undefined;
        if (tok.op === '>&' && only && 'text' in only && /^\d$/.test(only.text)) {
          cmd.redirects.push({ fd: tok.fd, op: '>&', toFd: Number(only.text) });
        } else if (tok.op === '>&') {
          // ash: `>&word` that is not a descriptor number redirects to the file `word`.
          cmd.redirects.push({ fd: tok.fd, op: '>', target: target.word });
        } else {
          cmd.redirects.push({ fd: tok.fd, op: tok.op, target: target.word });
        }
        i += 2;
      }
      const next = tokens[i];
      if (cmd.words.length === 0 && cmd.redirects.length === 0) return { ok: false, error: unexpected(next) };
      pipeline.push(cmd);
      if (next?.kind === 'op' && next.op === '|') { i++; continue; }
      break;
    }
    list.push({ op: joiner, pipeline });
    const sep = tokens[i];
    if (sep === undefined) break;
    if (sep.kind === 'op' && (sep.op === ';' || sep.op === '&')) {
      // `&` runs in the background in a real shell; here commands finish at once, so it runs like `;`.
      joiner = ';';
      i++;
      continue;
    }
    if (sep.kind === 'op' && (sep.op === '&&' || sep.op === '||')) {
      joiner = sep.op;
      i++;
      if (i >= tokens.length) return { ok: false, error: unexpected(undefined) };
      continue;
    }
    return { ok: false, error: unexpected(sep) };
  }
  return { ok: true, value: list };
}
