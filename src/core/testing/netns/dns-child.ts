// Runs inside the private network + mount namespace that dns-run.ts makes. For each job: puts
// the kube-dns address on the loopback, bind-mounts the job's resolv.conf over /etc/resolv.conf,
// starts the wire server there, runs the real busybox nslookup, dig and getent commands, and prints
// everything as JSON on stdout. Nothing here can reach outside the namespace.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCluster } from '../../model/load';
import { startDnsServer } from '../../../../scripts/dns-wire-server';
import { dnsTestCluster } from '../dns-clusters';
import { seedCluster } from '../seed-cluster';
import type { DnsNetnsJob, DnsNetnsResult, DnsNetnsRun } from './dns-run';
import { isProgram, missingProgramMessage } from './programs';

/** Runs one command; its exit status is data, but a program that cannot be started fails the whole run. */
function run(argv: string[]): Promise<DnsNetnsRun> {
  return new Promise((resolve, reject) => {
    execFile(argv[0]!, argv.slice(1), { timeout: 10_000 }, (err, stdout, stderr) => {
      if (err === null) return resolve({ argv, stdout, stderr, exit: 0 });
      if (typeof err.code === 'number') return resolve({ argv, stdout, stderr, exit: err.code });
      const name = argv[0]!;
      if (err.code === 'ENOENT') return reject(new Error(isProgram(name) ? missingProgramMessage(name) : `needs \`${name}\` — not found on PATH`));
      reject(new Error(`${argv.join(' ')} did not finish: ${err.killed ? `killed by ${err.signal ?? 'a signal'} after 10 s` : err.message}`));
    });
  });
}

async function must(argv: string[]): Promise<void> {
  const r = await run(argv);
  if (r.exit !== 0 && !/File exists|already assigned/.test(r.stderr)) throw new Error(`${argv.join(' ')} failed: ${r.stderr}`);
}

async function runJob(job: DnsNetnsJob, resolvConf: string, dir: string, index: number): Promise<DnsNetnsResult> {
  await must(['ip', 'addr', 'add', `${job.host}/32`, 'dev', 'lo']);
  const file = join(dir, `resolv-${index}.conf`);
  writeFileSync(file, resolvConf);
  await must(['mount', '--bind', file, '/etc/resolv.conf']);
  const cluster = job.cluster === 'seed' ? seedCluster() : job.cluster === 'scenario' ? loadCluster(readFileSync(job.scenario!, 'utf8')).cluster : dnsTestCluster();
  const server = await startDnsServer(cluster, { host: job.host, port: 53, resolve: job.resolve });
  const runs: DnsNetnsRun[] = [];
  // One command at a time: busybox prints replies in arrival order, which is the order sent when
  // nothing else is asking the server.
  for (const argv of job.commands) {
    const before = server.queries.length;
    const r = await run(argv);
    runs.push({ ...r, queries: server.queries.slice(before).map((q) => ({ name: q.name, type: q.type, rcode: q.rcode })) });
  }
  await server.close();
  return { runs, queries: server.queries };
}

async function main(): Promise<void> {
  const jobs = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Array<{ job: DnsNetnsJob; resolvConf: string }>;
  const results: DnsNetnsResult[] = [];
  for (const [i, { job, resolvConf }] of jobs.entries()) results.push(await runJob(job, resolvConf, process.argv[3]!, i));
  process.stdout.write(JSON.stringify(results));
}

main().catch((e: unknown) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e));
  process.exit(2);
});
