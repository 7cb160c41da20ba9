// Go's text/tabwriter, as kubectl uses it: cells end at a tab, a column's width is the widest cell of the
// consecutive lines that have a cell in that column, plus padding (the last cell of a line takes no part).
// kubectl get uses cli-runtime's printers.GetNewTabWriter (minwidth 6, padding 3); kubectl describe uses
// describe.go tabbedString (minwidth 0, padding 2). Go's Writer.format, recursively over column blocks.

export interface TabwriterOptions { minwidth: number; padding: number }

/** The options of `kubectl get`'s human-readable tables (cli-runtime printers/tabwriter.go). */
export const GET_TABWRITER: TabwriterOptions = { minwidth: 6, padding: 3 };
/** The options of `kubectl describe` (kubectl describe.go tabbedString). */
export const DESCRIBE_TABWRITER: TabwriterOptions = { minwidth: 0, padding: 2 };

/** Lays out `text` (lines of tab-terminated cells) as Go's tabwriter with these options does on Flush. */
export function tabwrite(text: string, opts: TabwriterOptions): string {
  const trailing = text.endsWith('\n');
  const lines = (trailing ? text.slice(0, -1) : text).split('\n').map((l) => l.split('\t'));
  const widths: number[] = [];
  const out: string[] = [];

  const writeLines = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const cells = lines[i]!;
      let s = '';
      cells.forEach((c, j) => {
        s += c;
        if (j < cells.length - 1 && j < widths.length) s += ' '.repeat(Math.max(0, widths[j]! - c.length));
      });
      out.push(s);
    }
  };

  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    for (let self = line0; self < line1; self++) {
      if (column >= lines[self]!.length - 1) continue;
      writeLines(line0, self);
      line0 = self;
      let width = opts.minwidth;
      for (; self < line1; self++) {
        const cells = lines[self]!;
        if (column >= cells.length - 1) break;
        width = Math.max(width, cells[column]!.length + opts.padding);
      }
      widths.push(width);
      format(line0, self);
      widths.pop();
      line0 = self;
    }
    writeLines(line0, line1);
  };

  format(0, lines.length);
  return out.join('\n') + (trailing ? '\n' : '');
}
