// The namespace harnesses name a missing program and its package before they start anything, instead of
// letting a spawn ENOENT turn into empty output and a wall of diffs (each case strips one program from PATH),
// and the kernel harness fails saying why when kube-proxy's nfacct counters cannot be made.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runManyInDnsNetns } from './dns-run';
import { runInNetns, type NetnsConfig } from './iptables-run';
import { findOnPath, PROGRAM_PACKAGES, requirePrograms, type Program } from './programs';

const dirs: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A PATH of one directory holding a stand-in for every known program but `missing`. */
function pathWithout(missing: Program): string {
  const dir = mkdtempSync(join(tmpdir(), 'programs-'));
  dirs.push(dir);
  for (const name of Object.keys(PROGRAM_PACKAGES).filter((n) => n !== missing)) {
    writeFileSync(join(dir, name), '#!/bin/sh\nexit 0\n');
    chmodSync(join(dir, name), 0o755);
  }
  return dir;
}

const dnsJob = (commands: string[][]) => [{
  job: { cluster: 'seed' as const, host: '10.96.0.10', resolve: {}, commands },
  resolvConf: 'nameserver 10.96.0.10\n',
}];
const kernelConfig: NetnsConfig = { rules: '', addresses: [], voidRoutes: [], listeners: [], probes: [] };

describe('findOnPath and requirePrograms', () => {
  it('finds an executable the way `command -v` does, and not a directory or a missing name', () => {
    const path = pathWithout('dig');
    expect(findOnPath('busybox', path)).toBe(join(path, 'busybox'));
    expect(findOnPath('dig', path)).toBeUndefined();
    expect(findOnPath('dig', `${path}:${tmpdir()}`)).toBeUndefined();
  });

  it('names every missing program with its Debian package in one error', () => {
    vi.stubEnv('PATH', pathWithout('dig'));
    expect(() => requirePrograms('the test', ['busybox', 'dig'])).toThrow(
      'the test needs `dig` (Debian package bind9-dnsutils) — not found on PATH. Install the package (.ci/run does).');
    expect(() => requirePrograms('the test', ['busybox', 'dig'], '/nonexistent')).toThrow(
      'the test needs `busybox` (Debian package busybox) — not found on PATH; needs `dig` (Debian package bind9-dnsutils) — not found on PATH. '
      + 'Install the packages (.ci/run does).');
    expect(() => requirePrograms('the test', ['busybox'], pathWithout('dig'))).not.toThrow();
  });
});

describe('the harnesses fail naming a program that is not on PATH', () => {
  it.each<{ harness: string; missing: Program; run: () => unknown }>([
    { harness: 'DNS', missing: 'busybox', run: () => runManyInDnsNetns(dnsJob([['busybox', 'nslookup', 'web-service'], ['dig', 'web-service']])) },
    { harness: 'DNS', missing: 'dig', run: () => runManyInDnsNetns(dnsJob([['busybox', 'nslookup', 'web-service'], ['dig', 'web-service']])) },
    { harness: 'DNS', missing: 'host', run: () => runManyInDnsNetns(dnsJob([['host', 'web-service']])) },
    { harness: 'DNS', missing: 'nslookup', run: () => runManyInDnsNetns(dnsJob([['nslookup', 'web-service']])) },
    { harness: 'DNS', missing: 'getent', run: () => runManyInDnsNetns(dnsJob([['getent', 'ahostsv4', 'web-service']])) },
    { harness: 'DNS', missing: 'unshare', run: () => runManyInDnsNetns(dnsJob([['dig', 'web-service']])) },
    { harness: 'DNS', missing: 'ip', run: () => runManyInDnsNetns(dnsJob([['dig', 'web-service']])) },
    { harness: 'DNS', missing: 'mount', run: () => runManyInDnsNetns(dnsJob([['dig', 'web-service']])) },
    { harness: 'kernel', missing: 'unshare', run: () => runInNetns(kernelConfig) },
    { harness: 'kernel', missing: 'ip', run: () => runInNetns(kernelConfig) },
    { harness: 'kernel', missing: 'iptables-nft-restore', run: () => runInNetns(kernelConfig) },
    { harness: 'kernel', missing: 'iptables-nft-save', run: () => runInNetns(kernelConfig) },
    { harness: 'kernel', missing: 'nfacct', run: () => runInNetns(kernelConfig) },
    { harness: 'kernel', missing: 'python3', run: () => runInNetns({ ...kernelConfig, externalProbes: { clientNet: '203.0.113.0/24', probes: [] } }) },
  ])('the $harness harness without $missing', ({ missing, run }) => {
    vi.stubEnv('PATH', pathWithout(missing));
    expect(run).toThrow(`needs \`${missing}\` (Debian package ${PROGRAM_PACKAGES[missing]}) — not found on PATH`);
  });

  it('refuses a command it has no package for, so the list above stays complete', () => {
    expect(() => runManyInDnsNetns(dnsJob([['drill', 'web-service']]))).toThrow('the DNS namespace test runs drill: add each to PROGRAM_PACKAGES');
  });
});

describe('the kernel harness without kube-proxy\'s nfacct counters', () => {
  it('fails saying what the counters need instead of loading other rules', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nfacct-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'nfacct'), '#!/bin/sh\necho "nfacct: Operation not supported" >&2\nexit 1\n');
    chmodSync(join(dir, 'nfacct'), 0o755);
    vi.stubEnv('PATH', `${dir}:${process.env.PATH ?? ''}`);
    expect(() => runInNetns(kernelConfig)).toThrow(/kube-proxy's nfacct counter ct_state_invalid_dropped_pkts could not be created in the namespace.*CONFIG_NETFILTER_NETLINK_ACCT.*package nfacct.*Operation not supported/s);
  }, 30_000);
});
