// Reads the answer addresses back out of nslookup (busybox) or dig text, to highlight and count them.
// busybox prints the server first ("Server:" / "Address:"), then one "Name:" / "Address:" pair per record.

export function answerAddresses(text: string, tool: 'nslookup' | 'dig'): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  if (tool === 'dig') {
    let inAnswer = false;
    for (const line of lines) {
      if (line.startsWith(';; ANSWER SECTION')) inAnswer = true;
      else if (line.startsWith(';;') || !line.trim()) inAnswer = false;
      else if (inAnswer) {
        const f = line.trim().split(/\s+/);
        if (f[3] === 'A' || f[3] === 'AAAA') out.push(f[4]!);
      }
    }
    return out;
  }
  let afterName = false;
  for (const line of lines) {
    if (/^Name:\s/.test(line)) afterName = true;
    const m = /^Address(?: \d+)?:\s+(\S+)/.exec(line);
    if (m && afterName) out.push(m[1]!);
  }
  return out;
}

/** Whether a line of the output is one of the answer lines (for highlighting). */
export function isAnswerLine(line: string, tool: 'nslookup' | 'dig', answers: string[]): boolean {
  if (!answers.length) return false;
  if (tool === 'dig') return !line.startsWith(';') && answers.some((a) => line.trim().endsWith(a));
  const m = /^Address(?: \d+)?:\s+(\S+)/.exec(line);
  return !!m && answers.includes(m[1]!);
}
