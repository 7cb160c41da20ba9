// Image names: the ones the playground offers by name, and which shell an image's `sh` is. Apart from the images'
// program tables (images.ts), which reach every program, so the page can offer a Pod of one, and tell which grammar
// a shell's lines were typed in, without loading them.
import type { ShellDialect } from './parse';
import type { ShellSession } from './types';

/** The image of the Kubernetes docs' DNS debugging Pod (`kubectl run dnsutils --image=… -- sleep infinity`). */
export const DNSUTILS_IMAGE = 'registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3';

/** The image's name without registry, tag or digest: `docker.io/library/nginx:1.27` → `nginx`. */
export function imageName(image: string | undefined): string {
  const noDigest = (image ?? '').split('@')[0]!;
  const last = noDigest.split('/').pop() ?? '';
  return last.split(':')[0]!;
}

/** Images built on Debian, whose `sh` is dash (see images.ts for how each image is built); the rest run ash. */
const DASH_IMAGES: ReadonlySet<string> = new Set(['jessie-dnsutils', 'nginx']);

/**
 * Which `sh` the session's shell is: Debian's dash or busybox's ash (a node shell and unknown images: ash). They
 * word errors differently, prompt differently, and dash keeps reading an unterminated quote on the next line.
 * @example imageShell({ pod: 'default/web', image: 'nginx:1.27' }) // 'dash'
 */
export function imageShell(session: Pick<ShellSession, 'pod'> & { image?: string }): ShellDialect {
  return session.pod !== undefined && DASH_IMAGES.has(imageName(session.image)) ? 'dash' : 'ash';
}
