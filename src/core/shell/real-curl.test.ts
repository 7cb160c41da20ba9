// Runs the real curl again on every test run (scripts/curl-capture, in a namespace made for the run) and requires
// the transcripts of testdata/golden/curl, which curl.golden.test.ts holds our shell to: the goldens cannot drift
// from the program. The parts that differ run to run are normalised as testing/netns/volatile.ts lists.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureCurl } from '../testing/netns/curl-run';
import { normaliseVolatile } from '../testing/netns/volatile';
import { MYSQL_8_0_VERSION, NGINX_VERSION } from './servers';

const golden = join(__dirname, '../testdata/golden/curl');

describe('the real curl prints the curl goldens', () => {
  it('every transcript, byte for byte but for the volatile parts', () => {
    const real = captureCurl({ nginxIndexHtml: join(__dirname, '../testdata/golden/shell/nginx-index.html'), nginx: NGINX_VERSION, mysql: MYSQL_8_0_VERSION });
    const files = readdirSync(golden).filter((f) => f.endsWith('.txt')).sort();
    expect([...real.keys()]).toEqual(files);
    for (const f of files) expect({ f, text: normaliseVolatile(real.get(f) ?? '') }).toEqual({ f, text: normaliseVolatile(readFileSync(join(golden, f), 'utf8')) });
  }, 120_000);
});
