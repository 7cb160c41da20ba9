// Starts iptables-child.ts inside `unshare -rn` (a private user + network namespace made for this run) and
// returns what the real kernel did. Throws with a clear message when unshare is not permitted: the kernel
// test must fail, not skip, where it cannot run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface NetnsProbe {
  id: string;
  host: string;
  port: number;
  count: number;
  /** Bind the client socket to this source address (the client Pod's IP). */
  localAddress?: string;
  timeoutMs?: number;
  /** One connection at a time (for `-m recent`, where order matters). */
  sequential?: boolean;
  /** Wait this long before the probe (to let `-m recent --seconds` run out). */
  pauseMs?: number;
}

export interface NetnsConfig {
  rules: string;
  nfacct: boolean;
  /** Put on the namespace's loopback as /32. */
  addresses: string[];
  /** Routed into a device nobody reads: packets there vanish (an unanswered VIP). */
  voidRoutes: string[];
  listeners: Array<{ ip: string; port: number; reply: string }>;
  probes: NetnsProbe[];
  /** SYNs written into a tun device from `clientNet` (they enter through PREROUTING, as from another machine). */
  externalProbes?: { clientNet: string; ipForward?: boolean; /** Also routed out of the tun device (a forwarded SYN reads back as FORWARDED). */ routes?: string[]; probes: Array<{ id: string; src: string; dst: string; dport: number; count: number; timeout?: number }> };
  /** More rulesets to load one after another (each replaces the last) and print back, after the probes. */
  roundTrips?: string[];
}

export interface NetnsProbeResult {
  id: string;
  /** The listener's reply, or ECONNREFUSED / TIMEOUT / another errno code. */
  results: string[];
}

export interface NetnsResult {
  saved: string;
  probes: NetnsProbeResult[];
  /** iptables-nft-save after loading each of config.roundTrips. */
  roundTrips: string[];
  /** Per external probe: `SYNACK ip:port`, `RST`, `ICMP type/code`, `FORWARDED` (our SYN routed back out) or `NOTHING`. */
  external: NetnsProbeResult[];
}

/** True when python3 runs inside the namespace (it creates nfacct counters and drives the tun device). */
export function hasPython(): boolean {
  return spawnSync('python3', ['-c', 'import fcntl, socket'], { encoding: 'utf8' }).status === 0;
}

/** True when `python3` can open a netfilter netlink socket (needed to create kube-proxy's nfacct counters). */
export function canCreateNfacct(): boolean {
  const r = spawnSync('unshare', ['-rn', 'python3', '-c', 'import socket; socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 12)'], { encoding: 'utf8' });
  return r.status === 0;
}

export function runInNetns(config: NetnsConfig): NetnsResult {
  const probe = spawnSync('unshare', ['-rn', 'true'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(`kernel test cannot run: 'unshare -rn' is not permitted here (${probe.error?.message ?? probe.stderr.trim()}). `
      + 'It needs unprivileged user namespaces (or root) and iptables-nft-restore; this test fails rather than skips.');
  }
  const dir = mkdtempSync(join(tmpdir(), 'kp-netns-'));
  try {
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify(config));
    const child = fileURLToPath(new URL('./iptables-child.ts', import.meta.url));
    const r = spawnSync('unshare', ['-rn', process.execPath, '--import', 'tsx', child, file], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 });
    if (r.status !== 0) throw new Error(`netns child failed (status ${r.status}): ${r.error?.message ?? ''} ${r.stderr}`);
    return JSON.parse(r.stdout) as NetnsResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
