// bind's dig, host and nslookup in the dnsutils Pod, against the real programs (Debian bind9-dnsutils and
// bind9-host): on every run the real ones are asked again, inside a private `unshare -rnm` namespace, our DNS
// wire server answering on 10.96.0.10 and the Pod's resolv.conf bind-mounted (testing/netns/dns-run.ts), and
// must print the stored transcripts of testdata/golden/dnsutils; our shell must print the same transcripts.
// The parts that differ run to run are normalised as testing/netns/volatile.ts lists.
// DNS_WRITE_GOLDENS=1 rewrites the transcripts from the real programs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolvConf } from '../dns/search';
import type { Cluster } from '../model/types';
import { dnsTestCluster } from '../testing/dns-clusters';
import { DNSUTILS_JOBS, dnsutilsGoldenName, type DnsutilsCase } from '../testing/dnsutils-cases';
import { runManyInDnsNetns, type DnsNetnsResult } from '../testing/netns/dns-run';
import { normaliseVolatile } from '../testing/netns/volatile';
import { seedCluster } from '../testing/seed-cluster';
import { parseTranscript } from '../testing/shell-golden';
import { DNSUTILS_IMAGE } from './image-names';
import { runCommand } from './run';
import { newShellSession } from './session';

const dir = join(__dirname, '../testdata/golden/dnsutils');
const clusterOf = (name: 'seed' | 'dns-test'): Cluster => (name === 'seed' ? seedCluster() : dnsTestCluster());

/** Several records in an order CoreDNS shuffles: the same lines, each block's lines compared as a set. */
function comparable(c: DnsutilsCase, text: string): string {
  const t = normaliseVolatile(text);
  return c.shuffled ? t.split('\n\n').map((block) => block.split('\n').sort().join('\n')).join('\n\n') : t;
}

const golden = (c: DnsutilsCase) => parseTranscript(dnsutilsGoldenName(c.line), readFileSync(join(dir, dnsutilsGoldenName(c.line)), 'utf8'));

describe('our dig, host and nslookup print what the real bind tools printed', () => {
  for (const job of DNSUTILS_JOBS) {
    const cluster = clusterOf(job.cluster);
    it.each(job.cases)('$line', (c) => {
      const want = golden(c);
      const got = runCommand(cluster, newShellSession(cluster, { pod: job.pod, image: DNSUTILS_IMAGE }), c.line);
      expect({ output: comparable(c, got.output), exit: got.exitCode }).toEqual({ output: comparable(c, want.output), exit: want.exit });
    });
  }
});

describe('the real bind tools print the stored transcripts', () => {
  let results: DnsNetnsResult[] | undefined;
  let failure: Error | undefined;
  beforeAll(() => {
    try {
      results = runManyInDnsNetns(DNSUTILS_JOBS.map((job) => {
        const cluster = clusterOf(job.cluster);
        return {
          job: { cluster: job.cluster, host: cluster.dnsServiceIP, resolve: { seed: job.seed }, commands: job.cases.map((c) => c.line.split(' ')) },
          resolvConf: resolvConf(cluster, job.pod),
        };
      }));
    } catch (e) {
      failure = e instanceof Error ? e : new Error(String(e));
    }
  }, 300_000);

  for (const [j, job] of DNSUTILS_JOBS.entries()) {
    it.each(job.cases.map((c, i) => ({ ...c, i })))('$line', (c) => {
      if (failure) throw failure;
      const run = results![j]!.runs[c.i]!;
      const record = `$ ${c.line}\n${run.stdout}${run.stderr}[exit ${run.exit}]\n`;
      if (process.env.DNS_WRITE_GOLDENS === '1') {
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, dnsutilsGoldenName(c.line)), record);
      }
      const want = golden(c);
      expect({ output: comparable(c, `${run.stdout}${run.stderr}`), exit: run.exit }).toEqual({ output: comparable(c, want.output), exit: want.exit });
    });
  }
});
