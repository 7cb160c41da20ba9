// The real clients against our DNS: Debian's busybox (1.35, the nslookup of the busybox image), dig
// 9.18 (bind9-dnsutils) and glibc's getaddrinfo (`getent ahostsv4`, the application stub resolver) run
// inside a private user + network + mount namespace that this test makes (`unshare -rnm`), with the
// kube-dns address 10.96.0.10 on its loopback, our wire server on port 53 answering from the same
// cluster and seed as our printers, and the Pod's resolv.conf bind-mounted over /etc/resolv.conf.
// Nothing leaves that namespace. Where unshare is not permitted, every test here fails saying so.
//
// DNS_WRITE_GOLDENS=1 rewrites testdata/golden/dns/seed/ from the real programs' output.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { argvOf, casesFor, digRandomFields, SEED_CASES, SHOP_CASES, type RealCase } from '../testing/dns-real-cases';
import { loadCluster } from '../model/load';
import { dnsTestCluster } from '../testing/dns-clusters';
import { runManyInDnsNetns, type DnsNetnsResult, type DnsNetnsRun } from '../testing/netns/dns-run';
import { seedCluster } from '../testing/seed-cluster';
import type { Cluster } from '../model/types';
import { dig } from './dig';
import { fqdn } from './names';
import { nslookup } from './nslookup';
import { resolvConf, resolveForApplication } from './search';
import type { ResolveOptions } from './types';

const goldenDir = join(__dirname, '../testdata/golden/dns/seed');

function ours(cluster: Cluster, pod: string, c: RealCase, resolve: ResolveOptions, real: string): { text: string; exitCode: number } {
  if (c.tool === 'nslookup') return nslookup(cluster, c.name, { ...resolve, fromPod: pod, ...(c.type ? { type: c.type } : {}), ...(c.server ? { server: c.server } : {}) });
  if (c.tool === 'dig') {
    return dig(cluster, c.name, c.type ?? 'A', {
      ...resolve, ...digRandomFields(real), fromPod: pod, args: argvOf(c).slice(1),
      ...(c.server ? { server: c.server } : {}), search: c.search === true, short: c.short === true, reverse: c.reverse === true,
    });
  }
  throw new Error('not a printer case');
}

interface Job { title: string; cluster: () => Cluster; pod: string; resolve: ResolveOptions; cases: RealCase[]; scenario?: string }

const scenarioDir = join(__dirname, '../../scenarios');
const scenarioJobs: Job[] = readdirSync(scenarioDir).filter((f) => f.endsWith('.yaml')).sort().map((f) => {
  const path = join(scenarioDir, f);
  const cluster = (): Cluster => loadCluster(readFileSync(path, 'utf8')).cluster;
  return { title: `scenario ${f} (loadCluster) from default/test`, cluster, pod: 'default/test', resolve: { seed: 3 }, cases: casesFor(cluster()), scenario: path };
});

const jobs: Job[] = [
  { title: 'seed cluster from default/test', cluster: seedCluster, pod: 'default/test', resolve: { seed: 42 }, cases: SEED_CASES },
  { title: 'more Service shapes from shop/client', cluster: dnsTestCluster, pod: 'shop/client', resolve: { seed: 7, upstream: { 'example.com.': { A: ['93.184.215.14'] } } }, cases: SHOP_CASES },
  ...scenarioJobs,
];

// All jobs run in one private namespace, once, before any test reads them.
let results: DnsNetnsResult[] | undefined;
let failure: Error | undefined;
beforeAll(() => {
  try {
    results = runManyInDnsNetns(jobs.map((job) => ({
      job: { cluster: job.scenario ? 'scenario' : job.cluster === seedCluster ? 'seed' : 'dns-test', ...(job.scenario ? { scenario: job.scenario } : {}),
        host: job.cluster().dnsServiceIP, resolve: job.resolve, commands: job.cases.map(argvOf) },
      resolvConf: resolvConf(job.cluster(), job.pod),
    })));
  } catch (e) {
    failure = e instanceof Error ? e : new Error(String(e));
  }
}, 300_000);

for (const [jobIndex, job] of jobs.entries()) {
  describe(`real busybox, dig and glibc against our DNS: ${job.title}`, () => {
    const runOf = (i: number): DnsNetnsRun => {
      if (failure) throw failure;
      return results![jobIndex]!.runs[i]!;
    };

    it.each(job.cases.map((c, i) => ({ c, i, label: argvOf(c).join(' ') })))('$label', ({ c, i }) => {
      const real = runOf(i);
      if (c.tool === 'getent') {
        // The application resolver: the names glibc asked, in order, and what it found.
        const app = resolveForApplication(job.cluster(), c.name, job.pod, 'A', job.resolve);
        expect(app.tried.map((t) => t.name)).toEqual((real.queries ?? []).filter((q) => q.type === 'A').map((q) => fqdn(q.name)));
        expect(app.ok).toBe(real.exit === 0);
        const realAddrs = [...new Set(real.stdout.split('\n').filter(Boolean).map((l) => l.split(/\s+/)[0]!))].sort();
        expect([...app.addresses].sort()).toEqual(realAddrs);
        return;
      }
      expect(real.stderr).toBe('');
      const mine = ours(job.cluster(), job.pod, c, job.resolve, real.stdout);
      expect(mine.text).toBe(real.stdout);
      expect(mine.exitCode).toBe(real.exit);
      if ('file' in c && c.file) {
        const path = join(goldenDir, c.file);
        const record = `$ ${argvOf(c).join(' ')}\n${real.stdout}[exit ${real.exit}]\n`;
        if (process.env.DNS_WRITE_GOLDENS === '1') {
          mkdirSync(goldenDir, { recursive: true });
          writeFileSync(path, record);
        }
        // The stored golden is what the real program printed (dig's id, cookie, time and date aside).
        expect(existsSync(path)).toBe(true);
        const mask = (s: string): string => s.replace(/id: \d+/, 'id: N').replace(/COOKIE: [0-9a-f]+/, 'COOKIE: C').replace(/Query time: \d+/, 'Query time: T').replace(/WHEN: .*/, 'WHEN: W');
        expect(mask(readFileSync(path, 'utf8'))).toBe(mask(record));
      }
    });

    if (job.cases === SEED_CASES) {
      it('the short-name trap: nslookup mysql-0.mysql-headless fails while the application resolver succeeds', () => {
        const trap = job.cases.findIndex((c) => c.tool === 'nslookup' && c.name === 'mysql-0.mysql-headless');
        const app = job.cases.findIndex((c) => c.tool === 'getent' && c.name === 'mysql-0.mysql-headless');
        expect(runOf(trap).exit).toBe(1);
        expect(runOf(trap).stdout).toContain("** server can't find mysql-0.mysql-headless: NXDOMAIN");
        expect(runOf(app).exit).toBe(0);
        expect(runOf(app).stdout).toContain('10.244.1.5');
      });
    }
  });
}
