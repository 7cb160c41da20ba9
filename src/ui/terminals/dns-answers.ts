// Which printed lines of nslookup (busybox) or dig carry the answers, to highlight them. The answers themselves
// come with the text, as records (state ViewsResult); this only finds their lines in it.

/** Whether a line of the output is one of the answer lines. */
export function isAnswerLine(line: string, tool: 'nslookup' | 'dig', answers: string[]): boolean {
  if (!answers.length) return false;
  if (tool === 'dig') return !line.startsWith(';') && answers.some((a) => line.trim().endsWith(a));
  const m = /^Address(?: \d+)?:\s+(\S+)/.exec(line);
  return !!m && answers.includes(m[1]!);
}
