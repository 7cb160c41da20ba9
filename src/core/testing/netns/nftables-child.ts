// Runs inside a private network namespace (`unshare -rn`, started by nftables-run.ts): loads nft input with the
// real `nft -f`, reads it back with `nft list ruleset`, puts addresses on the namespace's own loopback, listens on
// each endpoint and opens real TCP connections. Nothing leaves the namespace: its only interfaces are lo and a
// device nobody reads. Connections from a local socket take the output path (filter-output-pre-dnat, nat-output,
// filter-output), which kube-proxy's table covers as it covers the prerouting path for Pods.
import { readFileSync } from 'node:fs';
import type { NftNetnsConfig, NftNetnsResult } from './nftables-run';
import type { NetnsProbeResult } from './iptables-run';
import { listen, runProbes, sh } from './tcp';
import { TUNPROBE_PY } from './tun-probe';

/**
 * nft sends one netlink batch per input; in an unprivileged user namespace the socket buffer cannot be raised, and
 * a 2,000-Pod table fails with "Message too long". So a listing is loaded in pieces of at most `maxBlocks` sets,
 * maps or chains: first every object declared empty (a map element or a vmap names chains that must exist), then
 * the objects again with their elements and rules, which nft adds to the existing ones. The kernel ends up with the
 * same objects, created in the same order, holding the same rules in the same order.
 */
function listingInPieces(text: string, maxBlocks = 200): string[] {
  const lines = text.split('\n');
  const head = lines.slice(0, 2).join('\n'); // `table ip kube-proxy {` and its comment
  const blocks = lines.slice(2, -2).join('\n').split('\n\n');
  const declaration = (b: string): string => b.split('\n').filter((l, i, all) => i === 0 || i === all.length - 1
    || /^\t\t(type|comment|size|flags|timeout) /.test(l)).join('\n');
  const pieces: string[] = [];
  for (const form of [declaration, (b: string) => b]) {
    for (let i = 0; i < blocks.length; i += maxBlocks) pieces.push(`${head}\n${blocks.slice(i, i + maxBlocks).map(form).join('\n')}\n}\n`);
  }
  return pieces;
}

async function main(): Promise<void> {
  const config = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as NftNetnsConfig;
  sh('ip', ['link', 'set', 'lo', 'up']);
  for (const a of config.addresses) sh('ip', ['addr', 'add', `${a}/32`, 'dev', 'lo']);
  // A Service IP is no interface's address: without a route, connect() fails before netfilter sees the packet.
  // Route the Service CIDR into a tun device nobody reads, so undecided packets vanish as they would in a cluster.
  sh('ip', ['tuntap', 'add', 'dev', 'kp-void', 'mode', 'tun']);
  sh('ip', ['link', 'set', 'kp-void', 'up']);
  for (const r of config.voidRoutes) sh('ip', ['route', 'add', r, 'dev', 'kp-void']);
  const listed: string[] = [];
  const load = (text: string): void => {
    sh('nft', ['flush', 'ruleset']);
    for (const piece of text.startsWith('table ') ? listingInPieces(text) : [text]) sh('nft', ['-f', '-'], piece);
    listed.push(sh('nft', ['list', 'ruleset']));
  };
  const [first, ...rest] = config.loads;
  if (first !== undefined) load(first);
  const servers = await listen(config.listeners);
  const probes = await runProbes(config.probes);
  const external: NetnsProbeResult[] = config.externalProbes
    ? JSON.parse(sh('python3', ['-c', TUNPROBE_PY, JSON.stringify(config.externalProbes)])) as NetnsProbeResult[]
    : [];
  for (const s of servers) s.close();
  for (const text of rest) load(text);
  const out: NftNetnsResult = { listed, probes, external };
  process.stdout.write(JSON.stringify(out));
}

main().catch((e: unknown) => {
  process.stderr.write(String(e instanceof Error ? e.stack ?? e.message : e));
  process.exit(1);
});
