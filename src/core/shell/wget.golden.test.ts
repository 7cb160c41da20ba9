// busybox wget in the seed's client Pod, against the real busybox's output: the files in
// testdata/golden/shell were captured by scripts/busybox-capture/capture.sh (SOURCES.md), each `$ command`,
// what it printed, `[exit N]`. They run here in one session, in the capture's order (the second plain
// `wget` finds the file the first saved).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedCluster } from '../testing/seed-cluster';
import { parseTranscript } from '../testing/shell-golden';
import { runCommand } from './run';
import { newShellSession } from './session';
import { NGINX_WELCOME_PAGE } from './servers';

const dir = join(__dirname, '../testdata/golden/shell');
const CAPTURE_ORDER = [
  'wget-stdout', 'wget-quiet', 'wget-save', 'wget-save-exists', 'wget-404', 'wget-refused', 'wget-refused-quiet',
  'wget-bad-address', 'wget-mysql', 'wget-pipe-head', 'wget-pipe-grep', 'wget-mysql-loop',
];

const parseGolden = (name: string) => parseTranscript(`${name}.txt`, readFileSync(join(dir, `${name}.txt`), 'utf8'));

describe('busybox wget, against the real busybox', () => {
  it('serves the nginx welcome page the capture served (nginx docs/html/index.html)', () => {
    expect(NGINX_WELCOME_PAGE).toBe(readFileSync(join(dir, 'nginx-index.html'), 'utf8'));
  });

  it('prints what the real wget printed, command after command', () => {
    const cluster = seedCluster();
    let session = newShellSession(cluster, { pod: 'default/test' });
    for (const name of CAPTURE_ORDER) {
      const want = parseGolden(name);
      const got = runCommand(cluster, session, want.command);
      expect({ name, output: got.output, exit: got.exitCode }).toEqual({ name, output: want.output, exit: want.exit });
      session = got.session;
    }
  });

  it("reads the article's loop line by line at the PS2 prompt, then prints what the real loop printed", () => {
    const cluster = seedCluster();
    const want = parseGolden('wget-mysql-loop');
    let session = newShellSession(cluster, { pod: 'default/test' });
    const lines = want.command.split('\n');
    for (const line of lines.slice(0, -1)) {
      const got = runCommand(cluster, session, line);
      expect({ line, output: got.output, pending: got.session.pending !== undefined }).toEqual({ line, output: '', pending: true });
      session = got.session;
    }
    const got = runCommand(cluster, session, lines.at(-1)!);
    expect({ output: got.output, exit: got.exitCode, pending: got.session.pending }).toEqual({ output: want.output, exit: want.exit, pending: undefined });
    expect(got.traces.map((t) => t.outcome)).toEqual(['delivered', 'delivered', 'delivered']);
  });
});
