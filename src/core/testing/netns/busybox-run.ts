// Runs scripts/busybox-capture (the real busybox wget, ash and applets, ip/ping/nc in a Pod's network with our
// nftables ruleset loaded, in `unshare -rnm` / `-rnmu` namespaces made for the run; nothing leaves them) into a
// temporary directory and returns each transcript by file name.
// Throws naming what is missing, or unshare's own message, so a test fails instead of skipping.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nftablesRuleset } from '../../proxy/nftables';
import { seedCluster } from '../seed-cluster';
import { requirePrograms } from './programs';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** The nginx and MySQL versions the listeners announce, as SOURCES.md states them. */
export interface BusyboxCaptureVersions { nginxIndexHtml: string; nginx: string; mysql: string }

export function captureBusybox(v: BusyboxCaptureVersions): Map<string, string> {
  requirePrograms('the busybox capture', ['unshare', 'nsenter', 'mount', 'ip', 'nft', 'sh', 'busybox', 'python3']);
  const out = mkdtempSync(join(tmpdir(), 'busybox-capture-'));
  const scratch = mkdtempSync(join(tmpdir(), 'busybox-capture-nft-'));
  // The client Pod's node, node-2, in nftables mode: the table our model writes for it.
  const nft = join(scratch, 'node-2.nft');
  writeFileSync(nft, nftablesRuleset(seedCluster(), { node: 'node-2' }));
  try {
    const runs = [
      ['-rnm', 'sh', join(root, 'scripts/busybox-capture/capture.sh'), v.nginxIndexHtml, v.nginx, v.mysql, out],
      ['-rnmu', 'sh', join(root, 'scripts/busybox-capture/shell.sh'), out],
      ['-rnm', 'sh', join(root, 'scripts/busybox-capture/net.sh'), nft, out],
    ];
    for (const argv of runs) {
      const r = spawnSync('unshare', argv, { cwd: root, encoding: 'utf8', timeout: 60_000 });
      if (r.status !== 0) throw new Error(`unshare ${argv.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr || r.error?.message || ''}`);
    }
    return new Map(readdirSync(out).sort().map((f) => [f, readFileSync(join(out, f), 'utf8')]));
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}
