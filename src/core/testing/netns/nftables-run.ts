// Starts nftables-child.ts inside `unshare -rn` (a private user + network namespace made for this run) and returns
// what the real nft and kernel did. Throws with a clear message when a program it needs is missing or unshare is
// not permitted: the nftables kernel test must fail, not skip, where it cannot run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NetnsProbe, NetnsProbeResult } from './iptables-run';
import { requirePrograms } from './programs';

export interface NftNetnsConfig {
  /** `nft -f` inputs, loaded one after another on an empty ruleset; `nft list ruleset` is read after each. */
  loads: string[];
  /** Put on the namespace's loopback as /32. */
  addresses: string[];
  /** Routed into a device nobody reads: packets there vanish (a Service IP nothing answers for). */
  voidRoutes: string[];
  listeners: Array<{ ip: string; port: number; reply: string }>;
  /** Run after the first load (with its rules in place). */
  probes: NetnsProbe[];
}

export interface NftNetnsResult {
  /** `nft list ruleset` after each load. */
  listed: string[];
  probes: NetnsProbeResult[];
}

export function runNftInNetns(config: NftNetnsConfig): NftNetnsResult {
  requirePrograms('the nftables kernel test', ['unshare', 'ip', 'nft']);
  const probe = spawnSync('unshare', ['-rn', 'true'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(`kernel test cannot run: 'unshare -rn' is not permitted here (${probe.error?.message ?? probe.stderr.trim()}). `
      + 'It needs unprivileged user namespaces (or root) and nft; this test fails rather than skips.');
  }
  const dir = mkdtempSync(join(tmpdir(), 'kp-nft-'));
  try {
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify(config));
    const child = fileURLToPath(new URL('./nftables-child.ts', import.meta.url));
    const r = spawnSync('unshare', ['-rn', process.execPath, '--import', 'tsx', child, file], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 });
    if (r.status !== 0) throw new Error(`netns child failed (status ${r.status}): ${r.error?.message ?? ''} ${r.stderr}`);
    return JSON.parse(r.stdout) as NftNetnsResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
