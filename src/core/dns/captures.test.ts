// Our nslookup() and dig() against the real busybox 1.35 and dig 9.18 captures in
// testdata/golden/dns/captures (copied verbatim from the shared reference; see golden/SOURCES.md).
// The cluster is the one the capture server held; its answers were in a fixed order (no loadbalance).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAPTURE_UPSTREAM, captureCluster } from '../testing/dns-capture-cluster';
import { argvOf, digRandomFields, SEED_CASES, type RealCase } from '../testing/dns-real-cases';
import { seedCluster } from '../testing/seed-cluster';
import { loadCluster } from '../model/load';
import { dig } from './dig';
import { nslookup } from './nslookup';
import type { DnsQueryType } from './types';

const dir = join(__dirname, '../testdata/golden/dns/captures');

interface Capture { file: string; argv: string[]; output: string; exit: number }

function readCapture(file: string): Capture {
  const text = readFileSync(join(dir, file), 'utf8');
  const lines = text.split('\n');
  const argv = lines[0]!.replace(/^\$ /, '').split(' ');
  const exitLine = lines.map((l) => /^\[exit \d+\]$/.test(l)).lastIndexOf(true);
  const output = lines.slice(1, exitLine).join('\n') + (exitLine > 1 ? '\n' : '');
  return { file, argv, output, exit: Number(lines[exitLine]!.match(/\d+/)![0]) };
}

const captures = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map(readCapture);
const base = { shuffle: false, upstream: CAPTURE_UPSTREAM } as const;

function runBusybox(argv: string[]): { text: string; exitCode: number } {
  const args = argv.slice(2);
  const port = args.find((a) => a.startsWith('-port='))?.slice(6);
  const type = args.find((a) => a.startsWith('-type='))?.slice(6).toUpperCase() as DnsQueryType | undefined;
  const [name, server] = args.filter((a) => !a.startsWith('-'));
  return nslookup(captureCluster(), name!, {
    ...base, nameserver: '127.0.0.1',
    ...(server ? { server } : {}), ...(port ? { port: Number(port) } : {}), ...(type ? { type } : {}),
  });
}

function runDig(argv: string[], output: string): { text: string; exitCode: number } {
  const args = argv.slice(1);
  const server = args.find((a) => a.startsWith('@'))?.slice(1);
  const p = args.indexOf('-p');
  const x = args.indexOf('-x');
  const rest = args.filter((a, i) => !a.startsWith('@') && !a.startsWith('+') && i !== p && i !== p + 1 - (p < 0 ? 2 : 0) && i !== x && a !== '-x');
  const name = x >= 0 ? args[x + 1]! : rest[0]!;
  const type = (x >= 0 ? 'PTR' : rest[1] ?? 'A') as DnsQueryType;
  // The random parts of the real run: take them from the capture so the rest compares byte for byte.
  const id = output.match(/id: (\d+)/)?.[1];
  const cookie = output.match(/COOKIE: ([0-9a-f]{16})/)?.[1];
  const when = output.match(/WHEN: (.*)/)?.[1];
  return dig(captureCluster(), name, type, {
    ...base, nameserver: '127.0.0.1', args,
    ...(server ? { server } : {}), ...(p >= 0 ? { port: Number(args[p + 1]) } : {}),
    ...(x >= 0 ? { reverse: true } : {}), search: args.includes('+search'), short: args.includes('+short'),
    ...(id ? { id: Number(id) } : {}), ...(cookie ? { cookie } : {}), ...(when ? { when: new Date(when) } : {}),
  });
}

describe('printers match the real busybox and dig captures byte for byte', () => {
  it('has every capture', () => {
    expect(captures.map((c) => c.file)).toHaveLength(30);
  });
  it.each(captures.filter((c) => c.argv[0] === 'busybox'))('$file', (c) => {
    const got = runBusybox(c.argv);
    expect(got.text).toBe(c.output);
    expect(got.exitCode).toBe(c.exit);
  });
  it.each(captures.filter((c) => c.argv[0] === 'dig'))('$file', (c) => {
    const got = runDig(c.argv, c.output);
    expect(got.text).toBe(c.output);
    expect(got.exitCode).toBe(c.exit);
  });
});

// The seed's examples: real busybox/dig output stored by real-clients.test.ts (DNS_WRITE_GOLDENS=1)
// from the seed cluster served with seed 42, compared here without a namespace.
const seedDir = join(__dirname, '../testdata/golden/dns/seed');
const seedGoldens = SEED_CASES.filter((c): c is Extract<RealCase, { file?: string }> & { file: string } => 'file' in c && typeof c.file === 'string')
  .map((c) => ({ c, file: c.file, ...readCaptureAt(join(seedDir, c.file)) }));

function readCaptureAt(path: string): { output: string; exit: number; argv: string[] } {
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  const exitLine = lines.map((l) => /^\[exit \d+\]$/.test(l)).lastIndexOf(true);
  return { argv: lines[0]!.replace(/^\$ /, '').split(' '), output: lines.slice(1, exitLine).join('\n') + (exitLine > 1 ? '\n' : ''), exit: Number(lines[exitLine]!.match(/\d+/)![0]) };
}

describe('the seed examples print as the real busybox and dig printed them', () => {
  it('has a golden for every seed example', () => {
    expect(seedGoldens.length).toBe(29);
  });
  it.each(seedGoldens)('$file', ({ c, output, exit, argv }) => {
    expect(argv).toEqual(argvOf(c));
    const cluster = seedCluster();
    const got = c.tool === 'nslookup'
      ? nslookup(cluster, c.name, { seed: 42, ...(c.type ? { type: c.type } : {}), ...(c.server ? { server: c.server } : {}) })
      : dig(cluster, c.name, c.type ?? 'A', { seed: 42, ...digRandomFields(output), args: argv.slice(1), ...(c.server ? { server: c.server } : {}), search: c.search === true, short: c.short === true, reverse: c.reverse === true });
    expect(got.text).toBe(output);
    expect(got.exitCode).toBe(exit);
  });
});

describe('the seed examples through the real manifest (src/scenarios/default.yaml via loadCluster)', () => {
  const source = readFileSync(join(__dirname, '../../scenarios/default.yaml'), 'utf8');
  it("loads with one diagnostic: the warning that the article's mysql container lacks a root password option", () => {
    expect(loadCluster(source).diagnostics.map((d) => d.code)).toEqual(['mysql-password-missing']);
  });
  it.each(seedGoldens)('$file', ({ c, output, exit, argv }) => {
    const { cluster } = loadCluster(source);
    const got = c.tool === 'nslookup'
      ? nslookup(cluster, c.name, { seed: 42, ...(c.type ? { type: c.type } : {}), ...(c.server ? { server: c.server } : {}) })
      : dig(cluster, c.name, c.type ?? 'A', { seed: 42, ...digRandomFields(output), args: argv.slice(1), ...(c.server ? { server: c.server } : {}), search: c.search === true, short: c.short === true, reverse: c.reverse === true });
    expect(got.text).toBe(output);
    expect(got.exitCode).toBe(exit);
  });
});
