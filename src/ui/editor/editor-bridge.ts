// Lets the problems list (and anything else) move the editor's cursor without holding the editor instance.
type Reveal = (line: number, column: number) => void;
let handler: Reveal | null = null;

export function onReveal(fn: Reveal | null) {
  handler = fn;
}

export function revealPosition(line: number, column: number) {
  handler?.(line, column);
}
