// Runs the real busybox again on every test run (scripts/busybox-capture, in namespaces made for the run) and
// requires the same transcripts as testdata/golden/shell, which the golden tests hold our shell to. So the
// goldens cannot drift from the program, and a new busybox on the machine shows up here first. The parts that
// differ run to run are normalised as testing/netns/volatile.ts lists.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureBusybox } from '../testing/netns/busybox-run';
import { normaliseVolatile } from '../testing/netns/volatile';
import { MYSQL_8_0_VERSION } from './servers';

const golden = join(__dirname, '../testdata/golden/shell');

describe('the real busybox prints the shell goldens', () => {
  it('every transcript, byte for byte', () => {
    const real = captureBusybox({ nginxIndexHtml: join(golden, 'nginx-index.html'), nginx: '1.31.5', mysql: MYSQL_8_0_VERSION });
    const files = readdirSync(golden).filter((f) => f.endsWith('.txt')).sort();
    expect([...real.keys()]).toEqual(files);
    for (const f of files) expect({ f, text: normaliseVolatile(real.get(f) ?? '') }).toEqual({ f, text: normaliseVolatile(readFileSync(join(golden, f), 'utf8')) });
  }, 120_000);
});
