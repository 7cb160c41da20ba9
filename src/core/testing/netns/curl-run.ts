// Runs scripts/curl-capture (the real curl in a pseudo-terminal, against listeners that answer as the seed's
// nginx and MySQL Pods, in an `unshare -rnm` namespace made for the run; nothing leaves it) into a temporary
// directory and returns each transcript by file name. Throws naming what is missing, or unshare's own message,
// so a test fails instead of skipping.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BusyboxCaptureVersions } from './busybox-run';
import { requirePrograms } from './programs';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

export function captureCurl(v: BusyboxCaptureVersions): Map<string, string> {
  requirePrograms('the curl capture', ['unshare', 'mount', 'ip', 'sh', 'curl', 'script', 'python3']);
  const out = mkdtempSync(join(tmpdir(), 'curl-capture-'));
  try {
    const argv = ['-rnm', 'sh', join(root, 'scripts/curl-capture/capture.sh'), v.nginxIndexHtml, v.nginx, v.mysql, out];
    const r = spawnSync('unshare', argv, { cwd: root, encoding: 'utf8', timeout: 90_000 });
    if (r.status !== 0) throw new Error(`unshare ${argv.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr || r.error?.message || ''}`);
    return new Map(readdirSync(out).sort().map((f) => [f, readFileSync(join(out, f), 'utf8')]));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
