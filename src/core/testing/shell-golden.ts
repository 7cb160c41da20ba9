// The golden transcript format of testdata/golden/shell and dns/seed: `$ command`, what the command printed
// (stdout and stderr, in order), `[exit N]`. A command of several lines goes on in lines that start `> ` (ash's
// PS2 prompt, as a terminal shows them).

export interface Transcript { command: string; output: string; exit: number }

export function parseTranscript(name: string, text: string): Transcript {
  const m = /^\$ (.*(?:\n> .*)*)\n([\s\S]*)\[exit (\d+)\]\n$/.exec(text);
  if (!m) throw new Error(`${name} is not "$ command", output, "[exit N]"`);
  return { command: m[1]!.replaceAll('\n> ', '\n'), output: m[2]!, exit: Number(m[3]) };
}
