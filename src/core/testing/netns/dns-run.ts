// Runs the real busybox nslookup and dig against our DNS wire server inside `unshare -rnm` — a
// private user, network and mount namespace made for this run — with the kube-dns address
// 10.96.0.10 on the namespace's loopback and a Pod's resolv.conf bind-mounted over /etc/resolv.conf.
// No packet can leave that namespace. Throws with a clear message when a program it runs is missing or
// unshare is not permitted, so the test fails instead of skipping.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResolveOptions } from '../../dns/types';
import { isProgram, requirePrograms } from './programs';

export interface DnsNetnsJob {
  /** A hand-built cluster, or `scenario`: a manifest file loaded with loadCluster. */
  cluster: 'seed' | 'dns-test' | 'scenario';
  scenario?: string;
  host: string;
  resolve: ResolveOptions;
  commands: string[][];
}

export interface DnsNetnsRun {
  argv: string[];
  stdout: string;
  stderr: string;
  exit: number;
  /** The questions our server answered while this command ran, in order. */
  queries?: Array<{ name: string; type: string; rcode: string }>;
}

export interface DnsNetnsResult {
  runs: DnsNetnsRun[];
  queries: Array<{ transport: string; name: string; type: string; rcode: string; answers: number }>;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../../../..');

/** Runs every job in one private namespace (one after another, each with its own resolv.conf). */
export function runManyInDnsNetns(jobs: Array<{ job: DnsNetnsJob; resolvConf: string }>): DnsNetnsResult[] {
  const clients = [...new Set(jobs.flatMap(({ job }) => job.commands.map((argv) => argv[0]!)))];
  const unknown = clients.filter((c) => !isProgram(c));
  if (unknown.length > 0) throw new Error(`the DNS namespace test runs ${unknown.join(', ')}: add each to PROGRAM_PACKAGES with its Debian package`);
  requirePrograms('the DNS namespace test', ['unshare', 'sh', 'ip', 'mount', ...clients.filter(isProgram)]);
  const dir = mkdtempSync(join(tmpdir(), 'dns-netns-'));
  try {
    const jobFile = join(dir, 'jobs.json');
    writeFileSync(jobFile, JSON.stringify(jobs));
    const tsx = join(root, 'node_modules/.bin/tsx');
    const child = join(here, 'dns-child.ts');
    const script = [
      'set -e',
      // The namespace has a loopback and nothing else: no packet can leave it.
      'if [ "$(ip -o link show | wc -l)" -ne 1 ]; then echo "the DNS namespace has more than a loopback" >&2; exit 3; fi',
      'ip link set lo up',
      `exec "${tsx}" "${child}" "${jobFile}" "${dir}"`,
    ].join('\n');
    const r = spawnSync('unshare', ['-rnm', 'sh', '-c', script], { encoding: 'utf8', timeout: 300_000, cwd: root, maxBuffer: 64 * 1024 * 1024 });
    if (r.error) throw new Error(`could not start unshare -rnm (${r.error.message}): the real-client DNS test needs a private network namespace`);
    if (r.status !== 0) {
      if (/unshare/.test(r.stderr) && /(Operation not permitted|Permission denied|Invalid argument)/.test(r.stderr)) {
        throw new Error(`unshare -rnm is not permitted here, so busybox and dig cannot be run against the simulated DNS: ${r.stderr.trim()}`);
      }
      throw new Error(`the namespace run failed (exit ${r.status}): ${r.stderr.trim()}`);
    }
    return JSON.parse(r.stdout) as DnsNetnsResult[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
