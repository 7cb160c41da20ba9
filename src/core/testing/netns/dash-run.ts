// Runs scripts/dash-capture (the real dash, started as `sh` on a pseudo-terminal, each session's lines typed one
// at a time; no namespace is needed, it sits here with the other real-program harnesses) into a temporary
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requirePrograms } from './programs';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** The sessions scripts/dash-capture/sessions.txt lists: each a name and the lines typed. */
export function dashSessions(): { name: string; lines: string[] }[] {
  const sessions: { name: string; lines: string[] }[] = [];
  for (const line of readFileSync(join(root, 'scripts/dash-capture/sessions.txt'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line === '') continue;
    if (line.startsWith('== ')) sessions.push({ name: line.slice(3), lines: [] });
    else sessions.at(-1)?.lines.push(line);
  }
  return sessions;
}

export function captureDash(): Map<string, string> {
  requirePrograms('the dash capture', ['dash', 'python3', 'sh']);
  const out = mkdtempSync(join(tmpdir(), 'dash-capture-'));
  try {
    const r = spawnSync('sh', [join(root, 'scripts/dash-capture/capture.sh'), out], { encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`scripts/dash-capture/capture.sh failed: ${r.stderr || r.error?.message || `status ${r.status}`}`);
    return new Map(readdirSync(out).sort().map((f) => [f, readFileSync(join(out, f), 'utf8')]));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
