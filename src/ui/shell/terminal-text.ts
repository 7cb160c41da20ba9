// Text for the xterm screen. Program output is shown verbatim except that control characters, which a terminal
// would act on (colours, titles, cursor moves from `echo -e` or a shared link), are shown as the caret notation
// `cat -v` uses: the screen can never be driven by what the simulation prints. The playground's own lines (the
// hint, notes beside the output) are set apart with SGR dim/colour, written here and nowhere else.
import type { ShellLineResult } from '../../state';

export function inert(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (ch === '\n' || ch === '\t') out += ch;
    else if (c < 0x20) out += `^${String.fromCharCode(c + 0x40)}`;
    else if (c === 0x7f) out += '^?';
    else if (c >= 0x80 && c <= 0x9f) out += `M-^${String.fromCharCode(c - 0x40)}`;
    else out += ch;
  }
  return out;
}

/**
 * A line the playground says (not a program): italic slate grey, so it never passes for output. Not SGR 2 (dim):
 * xterm draws dim at half opacity, below the 4.5:1 contrast text needs on the dark screen; #94a3b8 has 7:1.
 */
export const aside = (text: string): string => `\x1b[3;38;2;148;163;184m${inert(text)}\x1b[0m\n`;

/** A note beside a command's output, in the accent colour. */
export const note = (text: string): string => `\x1b[36m# ${inert(text)}\x1b[0m\n`;

/** One line as the transcript shows it: the prompt (core shellPrompt: where the shell runs) and what was typed. */
export const echoedLine = (entry: Pick<ShellLineResult, 'line'>, prompt: string): string => `${prompt}${inert(entry.line)}\n`;
