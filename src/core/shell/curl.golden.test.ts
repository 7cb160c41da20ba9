// curl in a Pod whose image has it (curlimages/curl here), against the real curl's transcripts in
// testdata/golden/curl (scripts/curl-capture, SOURCES.md): each `$ command` in a fresh session, its output and
// exit status compared after the one normalisation of testing/netns/volatile.ts (elapsed times, meter speeds,
// nginx's Date, the terminal's bold).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseVolatile } from '../testing/netns/volatile';
import { seedCluster } from '../testing/seed-cluster';
import { parseTranscript } from '../testing/shell-golden';
import { runCommand } from './run';
import { newShellSession } from './session';

const dir = join(__dirname, '../testdata/golden/curl');
const transcripts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
  .map((file) => ({ file, ...parseTranscript(file, readFileSync(join(dir, file), 'utf8')) }));

describe('curl, against the real curl', () => {
  const cluster = seedCluster();
  it.each(transcripts)('$file: $command', ({ command, output, exit }) => {
    const got = runCommand(cluster, newShellSession(cluster, { pod: 'default/test', image: 'curlimages/curl' }), command);
    expect({ output: normaliseVolatile(got.output), exit: got.exitCode }).toEqual({ output: normaliseVolatile(output), exit });
  });
});
