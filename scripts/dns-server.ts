// npm run dns -- scenario.yaml [--port 5353] [--host 127.0.0.1] [--seed 0] [--ttl 30]
//
// Serves a scenario's cluster DNS — CoreDNS as kubeadm configures it, see src/core/dns/coredns-version.ts
// — on 127.0.0.1 so you can ask it with your own tools:
//   dig @127.0.0.1 -p 5353 web-service.default.svc.cluster.local
//   dig @127.0.0.1 -p 5353 _mysql._tcp.mysql-headless.default.svc.cluster.local SRV
//   busybox nslookup -port=5353 mysql-headless.default.svc.cluster.local 127.0.0.1
// The same wire server the real-client test runs busybox and dig against (scripts/dns-wire-server.ts).
import { readFileSync } from 'node:fs';
import { loadCluster } from '../src/core/index';
import { startDnsServer } from './dns-wire-server';

function usage(message?: string): never {
  if (message) process.stderr.write(`${message}\n`);
  process.stderr.write('usage: npm run dns -- scenario.yaml [--port 5353] [--host 127.0.0.1] [--seed 0] [--ttl 30]\n');
  process.exit(2);
}

function parseArgs(argv: string[]): { file: string; port: number; host: string; seed: number; ttl: number } {
  let file: string | undefined;
  const opts = { port: 5353, host: '127.0.0.1', seed: 0, ttl: 30 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): number => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 0) usage(`${a} needs a whole number`);
      return v;
    };
    if (a === '--port') opts.port = value();
    else if (a === '--seed') opts.seed = value();
    else if (a === '--ttl') opts.ttl = value();
    else if (a === '--host') opts.host = argv[++i] ?? usage('--host needs an address');
    else if (a === '--help' || a === '-h') usage();
    else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else if (file === undefined) file = a;
    else usage(`unexpected argument ${a}`);
  }
  if (!file) usage();
  return { file, ...opts };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let source: string;
  try {
    source = readFileSync(args.file, 'utf8');
  } catch (e) {
    usage(`cannot read ${args.file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const { cluster, diagnostics } = loadCluster(source, {});
  for (const d of diagnostics) process.stderr.write(`${args.file}:${d.line}:${d.column}: ${d.severity}: ${d.message ?? d.code}\n`);
  const server = await startDnsServer(cluster, {
    host: args.host, port: args.port, resolve: { seed: args.seed, ttl: args.ttl },
    onQuery: (q) => process.stdout.write(`${q.transport} ${q.type} ${q.name} → ${q.rcode} (${q.answers} answers)\n`),
  });
  const d = cluster.clusterDomain;
  process.stdout.write(`Serving the DNS of ${args.file} (zone ${d}) on ${server.host}:${server.port} (UDP and TCP).\n`);
  for (const s of cluster.services.filter((x) => !x.system)) {
    process.stdout.write(`  dig @${server.host} -p ${server.port} ${s.name}.${s.namespace}.svc.${d}\n`);
  }
  const stop = (): void => { void server.close().then(() => process.exit(0)); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
