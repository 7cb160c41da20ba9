// ash and busybox's applets in the seed's client Pod default/test, against the real programs:
// testdata/golden/shell/sh-*.txt from scripts/busybox-capture/shell.sh, and the real busybox nslookup
// transcripts of dns/seed (SOURCES.md). Each transcript runs in a fresh session.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedCluster } from '../testing/seed-cluster';
import { parseTranscript } from '../testing/shell-golden';
import { runCommand } from './run';
import { newShellSession } from './session';

const golden = join(__dirname, '../testdata/golden');
const transcripts = (dir: string, prefix: string) => readdirSync(join(golden, dir)).filter((f) => f.startsWith(prefix) && f.endsWith('.txt')).sort()
  .map((file) => ({ file, ...parseTranscript(file, readFileSync(join(golden, dir, file), 'utf8')) }));

// The real capture ran against CoreDNS's loadbalance with seed 42; a shell session draws its own shuffle from
// its random stream, so where several A records answer, the same lines come in another order.
const SHUFFLED = new Set(['nslookup-mysql-headless.txt', 'nslookup-mysql-headless-fqdn.txt', 'nslookup-server-arg.txt']);

describe('ash and busybox applets, against the real busybox', () => {
  const cluster = seedCluster();
  it.each(transcripts('shell', 'sh-'))('$file: $command', ({ command, output, exit }) => {
    const got = runCommand(cluster, newShellSession(cluster, { pod: 'default/test' }), command);
    expect({ output: got.output, exit: got.exitCode }).toEqual({ output, exit });
  });

  it.each(transcripts('dns/seed', 'nslookup-'))('$file: $command', ({ file, command, output, exit }) => {
    const got = runCommand(cluster, newShellSession(cluster, { pod: 'default/test' }), command);
    expect(got.exitCode).toBe(exit);
    if (SHUFFLED.has(file)) {
      const records = (text: string) => text.split('\n\n').map((block) => block.split('\n').sort().join('\n'));
      expect(records(got.output)).toEqual(records(output));
    } else {
      expect(got.output).toBe(output);
    }
  });
});
