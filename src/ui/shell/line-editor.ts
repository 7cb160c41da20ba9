// The line a learner types at the prompt, as busybox ash's line editing (libbb/lineedit.c) keeps it: the text, the
// cursor, ↑/↓ through the lines typed before, Ctrl+A/E/U/K/W. Pure: keys in, the new line out; the terminal
// component draws it. Input arrives as xterm sends it (escape sequences for the arrows, \r for Enter, pastes whole).

export interface LineState {
  text: string;
  cursor: number;
  /** Position in the history while browsing it; history.length: the line being typed. */
  historyAt: number;
  /** The line being typed, kept while the learner browses the history. */
  draft: string;
}

export const emptyLine: LineState = { text: '', cursor: 0, historyAt: -1, draft: '' };

/** What one key (or a paste) asks of the terminal beyond redrawing the line. */
export type LineEvent =
  | { kind: 'edit'; line: LineState }
  | { kind: 'submit'; line: string; rest: string }
  | { kind: 'interrupt' }
  | { kind: 'clear-screen' }
  | { kind: 'complete'; line: LineState }
  | { kind: 'none' };

const KEYS: Record<string, 'up' | 'down' | 'left' | 'right' | 'home' | 'end' | 'delete'> = {
  '\x1b[A': 'up', '\x1bOA': 'up', '\x1b[B': 'down', '\x1bOB': 'down', '\x1b[C': 'right', '\x1bOC': 'right',
  '\x1b[D': 'left', '\x1bOD': 'left', '\x1b[H': 'home', '\x1bOH': 'home', '\x1b[1~': 'home', '\x1b[F': 'end',
  '\x1bOF': 'end', '\x1b[4~': 'end', '\x1b[3~': 'delete',
};

/** Only printable text goes into the line: a pasted escape or control character is dropped, never acted on. */
const printable = (s: string): string => [...s].filter((c) => c >= ' ' && c !== '\x7f' && !(c >= '\x80' && c <= '\x9f')).join('');

const at = (line: LineState, text: string, cursor: number): LineState => ({ ...line, text, cursor: Math.max(0, Math.min(cursor, text.length)) });

function browse(line: LineState, history: readonly string[], delta: number): LineState {
  const from = line.historyAt < 0 ? history.length : line.historyAt;
  const to = Math.max(0, Math.min(history.length, from + delta));
  if (to === from) return line;
  const draft = from === history.length ? line.text : line.draft;
  const text = to === history.length ? draft : history[to]!;
  return { text, cursor: text.length, historyAt: to, draft };
}

/**
 * Applies `data` (one key, or pasted text) to `line`. A paste with newlines submits its first line; `rest` is the
 * text after that newline, for the caller to feed again once the line has run.
 */
export function applyInput(line: LineState, data: string, history: readonly string[]): LineEvent {
  const key = KEYS[data];
  if (key) {
    switch (key) {
      case 'up': return { kind: 'edit', line: browse(line, history, -1) };
      case 'down': return { kind: 'edit', line: browse(line, history, 1) };
      case 'left': return { kind: 'edit', line: at(line, line.text, line.cursor - 1) };
      case 'right': return { kind: 'edit', line: at(line, line.text, line.cursor + 1) };
      case 'home': return { kind: 'edit', line: at(line, line.text, 0) };
      case 'end': return { kind: 'edit', line: at(line, line.text, line.text.length) };
      case 'delete': return { kind: 'edit', line: at(line, line.text.slice(0, line.cursor) + line.text.slice(line.cursor + 1), line.cursor) };
    }
  }
  switch (data) {
    case '\x03': return { kind: 'interrupt' };
    case '\x0c': return { kind: 'clear-screen' };
    case '\t': return { kind: 'complete', line };
    case '\x7f':
    case '\b':
      if (line.cursor === 0) return { kind: 'none' };
      return { kind: 'edit', line: at(line, line.text.slice(0, line.cursor - 1) + line.text.slice(line.cursor), line.cursor - 1) };
    case '\x01': return { kind: 'edit', line: at(line, line.text, 0) };
    case '\x05': return { kind: 'edit', line: at(line, line.text, line.text.length) };
    case '\x15': return { kind: 'edit', line: at(line, line.text.slice(line.cursor), 0) };
    case '\x0b': return { kind: 'edit', line: at(line, line.text.slice(0, line.cursor), line.cursor) };
    case '\x17': {
      const before = line.text.slice(0, line.cursor).replace(/\S+\s*$/, '');
      return { kind: 'edit', line: at(line, before + line.text.slice(line.cursor), before.length) };
    }
  }
  const nl = data.search(/[\r\n]/);
  if (nl >= 0) {
    const typed = printable(data.slice(0, nl));
    const text = line.text.slice(0, line.cursor) + typed + line.text.slice(line.cursor);
    const rest = data.slice(nl + (data.startsWith('\r\n', nl) ? 2 : 1));
    return { kind: 'submit', line: text, rest };
  }
  if (data.startsWith('\x1b')) return { kind: 'none' };
  const typed = printable(data);
  if (!typed) return { kind: 'none' };
  return { kind: 'edit', line: at(line, line.text.slice(0, line.cursor) + typed + line.text.slice(line.cursor), line.cursor + typed.length) };
}
