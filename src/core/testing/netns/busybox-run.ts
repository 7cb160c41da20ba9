// Runs scripts/busybox-capture (the real busybox wget, ash and applets, in `unshare -rnm` / `-rnmu` namespaces
// made for the run; nothing leaves them) into a temporary directory and returns each transcript by file name.
// Throws naming what is missing, or unshare's own message, so a test fails instead of skipping.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requirePrograms } from './programs';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** The nginx and MySQL versions the listeners announce, as SOURCES.md states them. */
export interface BusyboxCaptureVersions { nginxIndexHtml: string; nginx: string; mysql: string }

export function captureBusybox(v: BusyboxCaptureVersions): Map<string, string> {
  requirePrograms('the busybox capture', ['unshare', 'mount', 'ip', 'sh', 'busybox', 'python3']);
  const out = mkdtempSync(join(tmpdir(), 'busybox-capture-'));
  try {
    const runs = [
      ['-rnm', 'sh', join(root, 'scripts/busybox-capture/capture.sh'), v.nginxIndexHtml, v.nginx, v.mysql, out],
      ['-rnmu', 'sh', join(root, 'scripts/busybox-capture/shell.sh'), out],
    ];
    for (const argv of runs) {
      const r = spawnSync('unshare', argv, { cwd: root, encoding: 'utf8', timeout: 60_000 });
      if (r.status !== 0) throw new Error(`unshare ${argv.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr || r.error?.message || ''}`);
    }
    return new Map(readdirSync(out).sort().map((f) => [f, readFileSync(join(out, f), 'utf8')]));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
