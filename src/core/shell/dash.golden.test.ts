// A Debian image's shell is dash, not busybox's ash: its prompt `# ` and its messages numbered with the line
// they were read on. testdata/golden/dash holds screens of the real dash (scripts/dash-capture: started as `sh`
// on a pseudo-terminal, the lines typed one at a time); our shell in the nginx Pod must draw the same screen.
// The real dash is asked again on every run, so the goldens cannot drift from the program.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureDash, dashSessions } from '../testing/netns/dash-run';
import { seedCluster } from '../testing/seed-cluster';
import { DNSUTILS_IMAGE } from './image-names';
import { runCommand } from './run';
import { newShellSession, shellPrompt } from './session';
import type { ShellSession } from './types';

const dir = join(__dirname, '../testdata/golden/dash');

/** The screen a terminal shows for `lines` typed into `session`: prompt, the line, what it printed; the last prompt. */
function screen(session: ShellSession, lines: readonly string[]): string {
  const cluster = seedCluster();
  let s = session;
  let text = '';
  for (const line of lines) {
    text += `${shellPrompt(s)}${line}\n`;
    const r = runCommand(cluster, s, line);
    text += r.output;
    s = r.session;
  }
  return text + shellPrompt(s);
}

const nginxPod = () => newShellSession(seedCluster(), { pod: 'default/nginx-5c7588df-2kx8j' });

describe('the shell of a Debian image is dash', () => {
  it.each(dashSessions())('$name: the screen the real dash drew', ({ name, lines }) => {
    expect(screen(nginxPod(), lines)).toBe(readFileSync(join(dir, `${name}.txt`), 'utf8'));
  });

  it('jessie-dnsutils is dash too; busybox, curl and agnhost are ash', () => {
    const cluster = seedCluster();
    const at = (image: string) => newShellSession(cluster, { pod: 'default/test', image });
    expect(screen(at(DNSUTILS_IMAGE), ['xyz'])).toBe(readFileSync(join(dir, 'not-found.txt'), 'utf8').split('\n').slice(0, 2).join('\n') + '\n# ');
    for (const image of ['busybox', 'curlimages/curl:8.11.1', 'registry.k8s.io/e2e-test-images/agnhost:2.53']) {
      expect(screen(at(image), ['xyz'])).toBe('/ # xyz\nsh: xyz: not found\n/ # ');
    }
  });
});

describe('the real dash draws the stored screens', () => {
  it('every session, byte for byte', () => {
    const real = captureDash();
    const files = dashSessions().map((s) => `${s.name}.txt`).sort();
    expect([...real.keys()]).toEqual(files);
    for (const f of files) expect({ f, text: real.get(f) }).toEqual({ f, text: readFileSync(join(dir, f), 'utf8') });
  }, 120_000);
});
