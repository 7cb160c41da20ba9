// The real programs the namespace harness runs, and the Debian package each comes from. The harness looks
// every one up on PATH before it starts: a missing program fails the test with a message that names it
// and its package, instead of surfacing later as a spawn ENOENT turned into empty output and a diff.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Program → the Debian (bookworm) package that installs it; `.ci/run` installs these. */
export const PROGRAM_PACKAGES = {
  'unshare': 'util-linux',
  'mount': 'mount',
  'nsenter': 'util-linux',
  'sh': 'dash',
  'dash': 'dash',
  'ip': 'iproute2',
  'busybox': 'busybox',
  'dig': 'bind9-dnsutils',
  'nslookup': 'bind9-dnsutils',
  'host': 'bind9-host',
  'getent': 'libc-bin',
  'iptables-nft': 'iptables',
  'iptables-nft-restore': 'iptables',
  'iptables-nft-save': 'iptables',
  'nfacct': 'nfacct',
  'nft': 'nftables',
  'conntrack': 'conntrack',
  'ipset': 'ipset',
  'curl': 'curl',
  'script': 'bsdutils',
  'python3': 'python3',
} as const;

export type Program = keyof typeof PROGRAM_PACKAGES;

export function isProgram(name: string): name is Program {
  return Object.hasOwn(PROGRAM_PACKAGES, name);
}

/** Where `name` would run from on `path` (a PATH value), or undefined (what `command -v` does). */
export function findOnPath(name: string, path: string): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      if (statSync(file).isFile()) return file;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** The sentence a test fails with when `name` is not installed. */
export function missingProgramMessage(name: Program): string {
  return `needs \`${name}\` (Debian package ${PROGRAM_PACKAGES[name]}) — not found on PATH`;
}

/**
 * Throws one error naming every missing program and its package (never skips).
 * @example
 * requirePrograms('the DNS namespace test', ['unshare', 'dig']); // Error: the DNS namespace test needs `dig` (Debian package bind9-dnsutils) — not found on PATH
 */
export function requirePrograms(who: string, names: Iterable<Program>, path = process.env.PATH ?? ''): void {
  const missing = [...new Set(names)].filter((n) => findOnPath(n, path) === undefined);
  if (missing.length === 0) return;
  throw new Error(`${who} ${missing.map(missingProgramMessage).join('; ')}. Install the package${missing.length > 1 ? 's' : ''} (.ci/run does).`);
}
