// Tab completion at the cursor, as ash completes: the first word from the programs, the others from the cluster's
// names (shellWords). One match is completed with a space after it (none inside a URL, where a path or port may
// follow); several are completed to their common prefix, and listed when that adds nothing.
import type { ShellWords } from '../../core';
import type { LineState } from './line-editor';

export interface Completion {
  line: LineState;
  /** The candidates to list under the line: several matched and the line could not grow. */
  list: string[];
}

const commonPrefix = (words: string[]): string => {
  let p = words[0] ?? '';
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
};

export function completeLine(line: LineState, words: ShellWords): Completion {
  const before = line.text.slice(0, line.cursor);
  const start = before.search(/\S*$/);
  const word = before.slice(start);
  const first = before.slice(0, start).trim() === '' || /[;&|]\s*$/.test(before.slice(0, start));
  const url = /^([a-z]+:\/\/|@)/i.exec(word);
  const prefix = url ? url[0] : '';
  const stem = word.slice(prefix.length);
  const pool = first && !url ? words.commands : words.names;
  const matches = pool.filter((w) => w.startsWith(stem));
  if (matches.length === 0) return { line, list: [] };
  const grown = matches.length === 1 ? `${matches[0]}${url ? '' : ' '}` : commonPrefix(matches);
  if (grown === stem) return { line, list: matches };
  const text = before.slice(0, start) + prefix + grown + line.text.slice(line.cursor);
  return { line: { ...line, text, cursor: start + prefix.length + grown.length }, list: [] };
}
