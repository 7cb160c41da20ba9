// The part of a POSIX shell (busybox ash, the `sh` of the busybox image) that the playground's command lines
// need: words with '…', "…" and \ quoting, $? and $NAME expansion (done when the command runs), the
// operators ; && || |, newline as a separator, redirections N>FILE, N>>FILE, N>&M, # comments, and the compound
// `for NAME [in WORDS]; do LIST; done`. Debian's dash reads the same grammar; the two differ in what an
// interactive shell reads on after (an unterminated quote: dash shows PS2) and in how they word an error, so a
// syntax error is returned as data and worded by formatSyntaxError. Never throws.
import { MAX_SHELL_LINE } from '../manifest/limits';

/** A piece of a word: literal text, or a parameter to expand when the command runs. */
export type WordPart = { text: string } | { param: string; quoted: boolean };
export type Word = WordPart[];

/** `2>&1`, `>/dev/null`, `>>log`: fd 1 unless written. */
export type Redirect = { fd: number; op: '>' | '>>'; target: Word } | { fd: number; op: '>&'; toFd: number };

/** `line`: which line of the command text it starts on (0 for the first), which dash's messages number. */
export interface SimpleCommand { kind: 'simple'; words: Word[]; redirects: Redirect[]; line: number }
/** `for NAME [in WORDS]; do BODY; done [REDIRECTS]`; without `in`, the words are the positional parameters. */
export interface ForCommand { kind: 'for'; name: string; items: Word[] | undefined; body: AndOr[]; redirects: Redirect[] }
export type Command = SimpleCommand | ForCommand;
export type Pipeline = Command[];
/** `a && b || c ; d`: each pipeline with the operator that joins it to the one before (`;` for the first). */
export interface AndOr { op: ';' | '&&' | '||'; pipeline: Pipeline }

/** The shell whose reading rules apply: busybox's ash or Debian's dash. */
export type ShellDialect = 'ash' | 'dash';

/**
 * What is wrong with a command text. `unexpected`: a token where the grammar has no place for it (`token` as both
 * shells' tokname() spells it: `word`, `newline`, `end of file`, `";"`, `"done"`).
 */
export type ShellSyntaxError =
  | { kind: 'unexpected'; token: string; expecting?: string }
  | { kind: 'unterminated-quote' } | { kind: 'bad-for-variable' } | { kind: 'missing-brace' } | { kind: 'bad-substitution' }
  | { kind: 'too-long' };

/**
 * `incomplete`: the text ended inside a `for` (or, for dash, inside a quote or `${`), where an interactive shell
 * prints its PS2 prompt and reads on; `error` is what a non-interactive one reports of the same text.
 */
export type ParseResult = { ok: true; value: AndOr[] } | { ok: false; error: ShellSyntaxError; incomplete?: true };

/**
 * The message a shell prints for a syntax error. ash: shell/ash.c raise_error_unexpected_syntax and its literal
 * messages. dash: parser.c synexpect/synerror (`Syntax error: %s unexpected (expecting %s)`), prefixed
 * `sh: LINE: ` like every dash error; dash finds a bad `${…}` only when it expands it (expand.c, no "Syntax error").
 * @example formatSyntaxError({ kind: 'unexpected', token: '"fi"' }, 'dash', 4) // 'sh: 4: Syntax error: "fi" unexpected'
 */
export function formatSyntaxError(e: ShellSyntaxError, dialect: ShellDialect, line: number): string {
  if (e.kind === 'too-long') return 'sh: line too long';
  if (dialect === 'ash') {
    switch (e.kind) {
      case 'unexpected': return `sh: syntax error: unexpected ${e.token}${e.expecting ? ` (expecting "${e.expecting}")` : ''}`;
      case 'unterminated-quote': return 'sh: syntax error: unterminated quoted string';
      case 'bad-for-variable': return 'sh: syntax error: bad for loop variable';
      case 'missing-brace': return "sh: syntax error: missing '}'";
      case 'bad-substitution': return 'sh: syntax error: bad substitution';
    }
  }
  const at = `sh: ${line}: `;
  switch (e.kind) {
    case 'unexpected': return `${at}Syntax error: ${e.token} unexpected${e.expecting ? ` (expecting "${e.expecting}")` : ''}`;
    case 'unterminated-quote': return `${at}Syntax error: Unterminated quoted string`;
    case 'bad-for-variable': return `${at}Syntax error: Bad for loop variable`;
    case 'missing-brace': return `${at}Syntax error: Missing '}'`;
    case 'bad-substitution': return `${at}Bad substitution`;
  }
}

/**
 * `plain`: written without quotes, escapes or `$`, so it can be a reserved word (`for`, `do`, `done`, `in`).
 * `line`: the line of the text the token starts on.
 */
type Token = ({ kind: 'word'; word: Word; plain: boolean } | { kind: 'op'; op: string } | { kind: 'redirect'; fd: number; op: '>' | '>>' | '>&' }) & { line: number };

const OPERATORS = ['&&', '||', ';;', '>>', '>&', ';', '|', '&', '>', '<'];
const PARAM = /^(\?|[A-Za-z_][A-Za-z0-9_]*)/;

function pushText(word: Word, text: string): void {
  const last = word[word.length - 1];
  if (last && 'text' in last) last.text += text;
  else word.push({ text });
}

/** A `$…` at line[i] (i points after the `$`): the parameter and where it ends, or undefined for a plain `$`. */
function readParam(line: string, i: number): { name: string; end: number } | { error: ShellSyntaxError } | undefined {
  if (line[i] === '{') {
    const close = line.indexOf('}', i);
    if (close < 0) return { error: { kind: 'missing-brace' } };
    const m = PARAM.exec(line.slice(i + 1, close));
    return m && m[0].length === close - i - 1 ? { name: m[0], end: close + 1 } : { error: { kind: 'bad-substitution' } };
  }
  const m = PARAM.exec(line.slice(i, i + 256));
  return m ? { name: m[0], end: i + m[0].length } : undefined;
}

function tokenize(line: string): { ok: true; tokens: Token[] } | { ok: false; error: ShellSyntaxError } {
  const tokens: Token[] = [];
  let i = 0;
  // The line each token starts on: newlines counted up to where it starts (quoted ones too, as a shell reads them).
  let row = 0;
  let counted = 0;
  const lineAt = (at: number): number => {
    for (; counted < at; counted++) if (line[counted] === '\n') row++;
    return row;
  };
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t') { i++; continue; }
    if (c === '\n') { tokens.push({ kind: 'op', op: '\n', line: lineAt(i) }); i++; continue; }
    if (c === '#') {
      const eol = line.indexOf('\n', i);
      if (eol < 0) break;
      i = eol;
      continue;
    }
    const fd = /^(\d?)(>>|>&|>)/.exec(line.slice(i, i + 3));
    if (fd) {
      tokens.push({ kind: 'redirect', fd: fd[1] ? Number(fd[1]) : 1, op: fd[2] as '>' | '>>' | '>&', line: lineAt(i) });
      i += fd[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => line.startsWith(o, i));
    if (op) { tokens.push({ kind: 'op', op, line: lineAt(i) }); i += op.length; continue; }
    const word: Word = [];
    const start = i;
    while (i < line.length && !' \t\n;&|<>'.includes(line[i]!)) {
      const ch = line[i]!;
      if (ch === "'") {
        const close = line.indexOf("'", i + 1);
        if (close < 0) return { ok: false, error: { kind: 'unterminated-quote' } };
        pushText(word, line.slice(i + 1, close));
        i = close + 1;
      } else if (ch === '"') {
        i++;
        pushText(word, '');
        for (;;) {
          if (i >= line.length) return { ok: false, error: { kind: 'unterminated-quote' } };
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
    tokens.push({ kind: 'word', word, plain: /^[A-Za-z0-9_]*$/.test(line.slice(start, i)), line: lineAt(start) });
  }
  return { ok: true, tokens };
}

// ash's tokname(): a word is `word`, a newline `newline`, an operator or reserved word in quotes.
const tokenName = (t: Token | undefined): string =>
  t === undefined ? 'end of file' : t.kind === 'word' ? (t.plain && RESERVED.has(wordText(t)) ? `"${wordText(t)}"` : 'word')
    : t.kind === 'redirect' ? 'redirection' : t.op === '\n' ? 'newline' : `"${t.op}"`;

const RESERVED = new Set(['do', 'done', 'for', 'in', 'then', 'else', 'elif', 'fi', 'esac']);
/** Reserved words that only continue or close a compound command: where a command starts, each is an error. */
const CLOSERS = ['do', 'done', 'then', 'else', 'elif', 'fi', 'esac'];
const wordText = (t: Token & { kind: 'word' }): string => t.word.map((p) => ('text' in p ? p.text : '')).join('');
const isReserved = (t: Token | undefined, name: string): boolean => t?.kind === 'word' && t.plain && wordText(t) === name;

class ParseFailure { constructor(readonly error: ShellSyntaxError, readonly incomplete: boolean) {} }

/** A recursive-descent parser over the tokens of one (possibly multi-line) command text. */
class Parser {
  private i = 0;
  /** How many `for` bodies the parser is inside: an end of file there means "read on" to an interactive ash. */
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined { return this.tokens[this.i]; }
  private isOp(op: string): boolean { const t = this.peek(); return t?.kind === 'op' && t.op === op; }
  private skipNewlines(): void { while (this.isOp('\n')) this.i++; }

  private fail(expecting?: string): never {
    const t = this.peek();
    const error: ShellSyntaxError = { kind: 'unexpected', token: tokenName(t), ...(expecting ? { expecting } : {}) };
    throw new ParseFailure(error, t === undefined && this.depth > 0);
  }

  /** A list up to the end of the text, or up to the reserved word `until` at a command's start. */
  list(until?: string): AndOr[] {
    const list: AndOr[] = [];
    for (;;) {
      this.skipNewlines();
      const t = this.peek();
      if (t === undefined) {
        if (until) this.fail(until);
        return list;
      }
      if (until && isReserved(t, until)) return list;
      let op: AndOr['op'] = ';';
      for (;;) {
        list.push({ op, pipeline: this.pipeline() });
        const sep = this.peek();
        if (sep?.kind === 'op' && (sep.op === '&&' || sep.op === '||')) {
          op = sep.op;
          this.i++;
          this.skipNewlines();
          continue;
        }
        break;
      }
      const sep = this.peek();
      if (sep === undefined) continue;
      // `&` runs in the background in a real shell; here commands finish at once, so it runs like `;`.
      if (sep.kind === 'op' && (sep.op === ';' || sep.op === '&' || sep.op === '\n')) { this.i++; continue; }
      this.fail();
    }
  }

  private pipeline(): Pipeline {
    const pipeline: Pipeline = [this.command()];
    while (this.isOp('|')) {
      this.i++;
      this.skipNewlines();
      pipeline.push(this.command());
    }
    return pipeline;
  }

  private command(): Command {
    const first = this.peek();
    if (isReserved(first, 'for')) return this.forCommand();
    if (CLOSERS.some((w) => isReserved(first, w))) this.fail();
    const cmd: SimpleCommand = { kind: 'simple', words: [], redirects: [], line: first?.line ?? 0 };
    for (;;) {
      const tok = this.peek();
      if (tok?.kind === 'word') { cmd.words.push(tok.word); this.i++; continue; }
      if (tok?.kind !== 'redirect') break;
      this.redirect(tok, cmd.redirects);
    }
    if (cmd.words.length === 0 && cmd.redirects.length === 0) this.fail();
    return cmd;
  }

  private redirect(tok: Token & { kind: 'redirect' }, into: Redirect[]): void {
    this.i++;
    const target = this.peek();
    if (target?.kind !== 'word') this.fail();
    const only = target.word.length === 1 ? target.word[0]! : undefined;
    if (tok.op === '>&' && only && 'text' in only && /^\d$/.test(only.text)) {
      into.push({ fd: tok.fd, op: '>&', toFd: Number(only.text) });
    } else if (tok.op === '>&') {
      // ash: `>&word` that is not a descriptor number redirects to the file `word`.
      into.push({ fd: tok.fd, op: '>', target: target.word });
    } else {
      into.push({ fd: tok.fd, op: tok.op, target: target.word });
    }
    this.i++;
  }

  private forCommand(): ForCommand {
    this.i++;
    const name = this.peek();
    if (name?.kind !== 'word' || !name.plain || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(wordText(name))) {
      throw new ParseFailure({ kind: 'bad-for-variable' }, false);
    }
    this.i++;
    this.depth++;
    let items: Word[] | undefined;
    this.skipNewlines();
    if (isReserved(this.peek(), 'in')) {
      this.i++;
      items = [];
      for (let t = this.peek(); t?.kind === 'word'; t = this.peek()) { items.push(t.word); this.i++; }
      if (!this.isOp(';') && !this.isOp('\n')) this.fail();
      this.i++;
    } else if (this.isOp(';')) {
      this.i++;
    }
    this.skipNewlines();
    if (!isReserved(this.peek(), 'do')) this.fail('do');
    this.i++;
    const body = this.list('done');
    if (body.length === 0) this.fail();
    this.i++;
    this.depth--;
    const redirects: Redirect[] = [];
    for (let t = this.peek(); t?.kind === 'redirect'; t = this.peek()) this.redirect(t, redirects);
    return { kind: 'for', name: wordText(name), items, body, redirects };
  }
}

/**
 * Parse one command text (several lines when a `for` spans them). A blank text (or only a comment) is an empty list.
 * @example parseLine('nslookup web-service && echo $?') // { ok: true, value: [{ op: ';', … }, { op: '&&', … }] }
 * @example parseLine('for i in 0 1 2; do') // { ok: false, incomplete: true, error: { kind: 'unexpected', token: 'end of file', expecting: 'done', … } }
 */
export function parseLine(line: string, dialect: ShellDialect = 'ash'): ParseResult {
  if (line.length > MAX_SHELL_LINE) return { ok: false, error: { kind: 'too-long' } };
  const t = tokenize(line);
  if (!t.ok) {
    // An interactive dash reads on at PS2 when a quote or `${` is still open at the end of the line.
    const open = dialect === 'dash' && (t.error.kind === 'unterminated-quote' || t.error.kind === 'missing-brace');
    return { ok: false, error: t.error, ...(open ? { incomplete: true as const } : {}) };
  }
  try {
    return { ok: true, value: new Parser(t.tokens).list() };
  } catch (e) {
    if (!(e instanceof ParseFailure)) throw e;
    return { ok: false, error: e.error, ...(e.incomplete ? { incomplete: true as const } : {}) };
  }
}
