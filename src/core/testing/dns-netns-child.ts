// Runs inside the private network + mount namespace that dns-netns-run.ts makes: starts the wire
// server on the kube-dns address, runs the real busybox nslookup and dig commands of the job, and
// prints their output as JSON on stdout. Nothing here can reach outside the namespace.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadCluster } from '../model/load';
import { startDnsServer } from './dns-wire-server';
import { dnsTestCluster } from './dns-fixtures';
import { seedCluster } from './seed-cluster';
import type { DnsNetnsJob, DnsNetnsRun } from './dns-netns-run';

function run(argv: string[]): Promise<DnsNetnsRun> {
  return new Promise((resolve) => {
    execFile(argv[0]!, argv.slice(1), { timeout: 10_000 }, (err, stdout, stderr) => {
      const code = err && typeof (err as NodeJS.ErrnoException & { code?: unknown }).code === 'number' ? (err as unknown as { code: number }).code : err ? -1 : 0;
      resolve({ argv, stdout, stderr, exit: code });
    });
  });
}

async function main(): Promise<void> {
  const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as DnsNetnsJob;
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
  process.stdout.write(JSON.stringify({ runs, queries: server.queries }));
}

main().catch((e: unknown) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e));
  process.exit(2);
});
