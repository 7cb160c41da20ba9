// Runs one of the kernel tests' namespace children (iptables-child.ts, nftables-child.ts) inside `unshare -rn`,
// a private user + network namespace made for this run, with its config in a temporary file, and returns what the
// child printed as JSON. Throws when unshare is not permitted: a kernel test fails, it never skips.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `needs` says what else the test needs, for the message when the namespace cannot be made. */
export function runChildInNetns<T>(child: URL, config: unknown, needs: string): T {
  const probe = spawnSync('unshare', ['-rn', 'true'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(`kernel test cannot run: 'unshare -rn' is not permitted here (${probe.error?.message ?? probe.stderr.trim()}). `
      + `It needs unprivileged user namespaces (or root) and ${needs}; this test fails rather than skips.`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'kp-netns-'));
  try {
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify(config));
    const r = spawnSync('unshare', ['-rn', process.execPath, '--import', 'tsx', fileURLToPath(child), file], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 });
    if (r.status !== 0) throw new Error(`netns child failed (status ${r.status}): ${r.error?.message ?? ''} ${r.stderr}`);
    return JSON.parse(r.stdout) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
