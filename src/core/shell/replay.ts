// Which typed lines a shell's replay runs again. Apart from the shell runner (run.ts) so the page can tell which lines a
// link keeps without loading the programs the runner reaches.
import { parseLine, type ShellDialect } from './parse';

/** The line a terminal records for Ctrl+C: it drops an unfinished command, as Ctrl+C at ash's PS2 prompt does. */
export const SHELL_INTERRUPT = '\x03';

/**
 * Which of a shell's lines a replay needs: not a Ctrl+C, nor the lines of the unfinished `for` it dropped (they
 * ran nothing). A link keeps lines as printable text, and these leave the replayed session as the typed one.
 * @example replayedLines(['for i in a; do', SHELL_INTERRUPT, 'echo x']) // [false, false, true]
 */
export function replayedLines(lines: readonly string[], dialect: ShellDialect = 'ash'): boolean[] {
  const keep = lines.map(() => true);
  let open: number[] = [];
  for (const [i, line] of lines.entries()) {
    if (line === SHELL_INTERRUPT) {
      for (const j of [...open, i]) keep[j] = false;
      open = [];
      continue;
    }
    const parsed = parseLine([...open.map((j) => lines[j]!), line].join('\n'), dialect);
    open = !parsed.ok && parsed.incomplete ? [...open, i] : [];
  }
  return keep;
}
