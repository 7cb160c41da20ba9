// Opening a shell: where it runs, with which image, and a fresh client (clock at 0, nothing cached).
import { findPod, parsePodRef } from '../model/pod-ref';
import type { Cluster } from '../model/types';
import { imageShell } from './image-names';
import { initialClientState } from '../traffic/client-state';
import type { ShellAt, ShellSession } from './types';

/**
 * A new shell in a Pod (as `kubectl run test --rm -it --image=busybox` or `kubectl exec -it POD -- sh` opens
 * one) or on a node. The image defaults to the Pod's own.
 * @example
 * const s = newShellSession(cluster, { pod: 'default/test' });
 * s.image; // 'busybox'
 * s.client.now; // 0
 */
export function newShellSession(cluster: Cluster, at: ShellAt): ShellSession {
  const ref = at.pod !== undefined ? parsePodRef(at.pod) : undefined;
  const pod = at.pod !== undefined ? findPod(cluster, at.pod) : undefined;
  return {
    ...(ref ? { pod: `${ref.namespace}/${ref.name}` } : {}),
    ...(at.node !== undefined ? { node: at.node } : {}),
    ...(at.laptop ? { laptop: true } : {}),
    image: at.image ?? pod?.image ?? '',
    ...(at.proxyMode ? { proxyMode: at.proxyMode } : {}),
    client: initialClientState(),
    status: 0,
    exited: false,
    files: {},
  };
}

/** PS2, the prompt of a line that continues an unfinished command (ash's and bash's default). */
export const CONTINUATION_PROMPT = '> ';

/**
 * The prompt the shell shows: busybox ash's `/ # ` in a Pod (its default PS1 `\w \$ `), dash's `# ` in a Pod whose
 * image's sh is dash (dash var.c: PS1 is `# ` for root, and it expands no `\w`), bash's `root@NODE:/# ` on a node
 * (kind's `docker exec -it NODE bash`), `$ ` on the laptop; PS2 `> ` while a command waits for more lines.
 * @example shellPrompt(newShellSession(cluster, { node: 'node-1' })) // 'root@node-1:/# '
 * @example shellPrompt(newShellSession(cluster, { pod: 'default/dnsutils' })) // '# ' (jessie-dnsutils: dash)
 */
export function shellPrompt(session: Pick<ShellSession, 'node' | 'laptop' | 'pending' | 'pod'> & { image?: string }): string {
  if (session.pending !== undefined) return CONTINUATION_PROMPT;
  if (session.node !== undefined) return `root@${session.node}:/# `;
  if (session.laptop) return '$ ';
  return imageShell(session) === 'dash' ? '# ' : '/ # ';
}
