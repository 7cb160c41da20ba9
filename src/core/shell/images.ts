// Which programs a container image puts on the shell's PATH, and which shell `sh` is, by image name (registry,
// tag and digest aside). What each image has comes from how it is built:
//   busybox                 busybox's applets, ash as sh.
//   curlimages/curl         Alpine (busybox's applets, ash) plus curl (curl/curl-container's Containerfile).
//   jessie-dnsutils         Debian jessie with `dnsutils`: bind's dig, nslookup and host (bind9-host); dash as sh
//                           (kubernetes test/images/jessie-dnsutils/Dockerfile). The Kubernetes docs' DNS debugging Pod.
//   agnhost                 Alpine with bind-tools, curl, netcat-openbsd, iproute2, iperf and bash (kubernetes
//                           test/images/agnhost/Dockerfile): busybox's applets, bind's tools replacing busybox
//                           nslookup, curl; its nc and ip are not busybox's.
//   nginx                   Debian slim with curl (nginxinc/docker-nginx debian/Dockerfile), dash as sh.
// Any other image: the shell's builtins only.
import { env, hostname, nslookup as busyboxNslookup, sleep } from './busybox/system';
import { cat, echo, grep, head, wc } from './busybox/text';
import { ip, nc, ping } from './busybox/network';
import { wget } from './busybox/wget';
import { curl } from './curl/curl';
import { dig, host, nslookup as bindNslookup } from './dnsutils/bind-tools';
import type { Program } from './program';
import { imageName } from './image-names';
import type { ShellSession } from './types';


export interface ImageTools {
  /** Programs on PATH, by name. */
  programs: Readonly<Record<string, Program>>;
  /** `busybox APPLET …` runs an applet (the image has the busybox binary). */
  busybox: boolean;
  /** Programs the image has whose version the playground does not simulate (they answer with a note). */
  unmodelled: readonly string[];
}

/** The busybox applets the playground runs (the image has ~400; these are the ones the lessons use). */
const BUSYBOX_APPLETS: Record<string, Program> = {
  cat, echo: (_ctx, args) => echo(args), env, grep, head, hostname, ip, nc, nslookup: busyboxNslookup, ping, sleep, wc, wget,
};

/**
 * Debian's coreutils, grep and hostname, for the text a lesson pipes through: for these usages GNU prints the
 * lines busybox prints (their error wording may differ).
 */
const DEBIAN_BASE: Record<string, Program> = { cat, echo: BUSYBOX_APPLETS.echo!, env, grep, head, hostname, sleep, wc };

const BIND_TOOLS: Record<string, Program> = { dig, host, nslookup: bindNslookup };

const { nc: _nc, ip: _ip, ...ALPINE_WITHOUT_NC_IP } = BUSYBOX_APPLETS;

const IMAGES: Record<string, ImageTools> = {
  'busybox': { programs: BUSYBOX_APPLETS, busybox: true, unmodelled: [] },
  'curl': { programs: { ...BUSYBOX_APPLETS, curl }, busybox: true, unmodelled: [] },
  'jessie-dnsutils': { programs: { ...DEBIAN_BASE, ...BIND_TOOLS }, busybox: false, unmodelled: [] },
  'agnhost': { programs: { ...ALPINE_WITHOUT_NC_IP, ...BIND_TOOLS, curl }, busybox: true, unmodelled: ['nc', 'ip', 'iperf', 'bash'] },
  'nginx': { programs: { ...DEBIAN_BASE, curl }, busybox: false, unmodelled: [] },
};

const NO_TOOLS: ImageTools = { programs: {}, busybox: false, unmodelled: [] };

/**
 * What the session's image has. A node shell, or an image the table does not know, has only the shell's builtins.
 * @example imageTools({ image: 'registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3', pod: 'default/dnsutils' }).programs.dig !== undefined // true
 */
export function imageTools(session: Pick<ShellSession, 'image' | 'pod'>): ImageTools {
  if (session.pod === undefined) return NO_TOOLS;
  return IMAGES[imageName(session.image)] ?? NO_TOOLS;
}
