// Markdown's inline code, and nothing else of Markdown: a translated sentence marks commands and flags with
// backticks (`-m recent`), and the page shows them as code. The pieces become React text, never HTML, so a
// sentence cannot inject markup. An unpaired backtick stays a literal backtick.

export interface TextPiece {
  code: boolean;
  text: string;
}

export function splitCodeSpans(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let rest = text;
  for (;;) {
    const open = rest.indexOf('`');
    const close = open < 0 ? -1 : rest.indexOf('`', open + 1);
    if (close < 0) break;
    if (open > 0) pieces.push({ code: false, text: rest.slice(0, open) });
    if (close > open + 1) pieces.push({ code: true, text: rest.slice(open + 1, close) });
    rest = rest.slice(close + 1);
  }
  if (rest) pieces.push({ code: false, text: rest });
  return pieces;
}
