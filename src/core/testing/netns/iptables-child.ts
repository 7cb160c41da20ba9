// Runs inside a private network namespace (`unshare -rn`, started by iptables-run.ts): loads iptables-save text
// with the real iptables-nft-restore, puts addresses on the namespace's own loopback, listens on each
// endpoint, opens real TCP connections and prints what happened as JSON. Nothing leaves the namespace:
// its only interfaces are lo and a device that nobody reads.
import { readFileSync, writeFileSync } from 'node:fs';
import type { NetnsConfig, NetnsProbeResult, NetnsResult } from './iptables-run';
import { listen, runProbes, sh } from './tcp';
import { TUNPROBE_PY } from './tun-probe';

// kube-proxy's nfacct counters (pkg/proxy/metrics/metrics.go): proxier.go creates them at start-up and writes
// `-m nfacct --nfacct-name` matches only for counters it could create; on current nodes it can. We create them
// as it does, so the kernel loads the same rules kube-proxy writes.
const NFACCT_COUNTERS = ['ct_state_invalid_dropped_pkts', 'localhost_nps_accepted_pkts'];

function createNfacctCounters(): void {
  for (const name of NFACCT_COUNTERS) {
    try {
      sh('nfacct', ['add', name]);
    } catch (e) {
      throw new Error(`kube-proxy's nfacct counter ${name} could not be created in the namespace, so its -m nfacct rules cannot load `
        + '(it needs a kernel with CONFIG_NETFILTER_NETLINK_ACCT and CONFIG_NETFILTER_XT_MATCH_NFACCT, iptables\' libxt_nfacct from '
        + `package iptables, and the nfacct program from package nfacct): ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

/**
 * iptables-nft-restore sends one netlink batch per COMMIT; in an unprivileged user namespace the socket buffer
 * cannot be forced up, and a 2,000-Pod ruleset (2,000+ chains) fails with "Message too long". So each table is
 * loaded in pieces of at most `maxLines` lines — chain declarations first, then the `-A` lines in order — all
 * but the table's first with --noflush, which creates the declared chains and appends the rules in order. The kernel
 * ends up holding exactly the same chains and rules in the same order.
 */
function restoreInChunks(text: string, maxLines = 250): void {
  const pieces: Array<{ text: string; flush: boolean }> = [];
  let table = '';
  let lines: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('*')) table = line.slice(1);
    else if (line.startsWith(':') || line.startsWith('-A')) lines.push(line);
    else if (line === 'COMMIT') {
      // The first piece of each table flushes it (replacing whatever was loaded before), the rest append.
      for (let i = 0; i < lines.length || i === 0; i += maxLines) pieces.push({ text: [`*${table}`, ...lines.slice(i, i + maxLines), 'COMMIT', ''].join('\n'), flush: i === 0 });
      lines = [];
    }
  }
  for (const p of pieces) sh('iptables-nft-restore', p.flush ? [] : ['--noflush'], p.text);
}

async function main(): Promise<void> {
  const config = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as NetnsConfig;
  sh('ip', ['link', 'set', 'lo', 'up']);
  for (const a of config.addresses) sh('ip', ['addr', 'add', `${a}/32`, 'dev', 'lo']);
  // A VIP is no interface's address (iptables mode): route the Service CIDR into a device nobody reads (a tun
  // device with no process attached, else an empty bridge), where packets vanish as a VIP:port without a rule
  // does in a cluster. DNATed packets are rerouted to the Pod IP on lo first. (Routing the CIDR onto lo itself
  // also swallows packets, but then the kernel does not send REJECT's ICMP error.)
  try { sh('ip', ['tuntap', 'add', 'dev', 'kp-void', 'mode', 'tun']); } catch { sh('ip', ['link', 'add', 'kp-void', 'type', 'bridge']); }
  sh('ip', ['link', 'set', 'kp-void', 'up']);
  for (const r of config.voidRoutes) sh('ip', ['route', 'add', r, 'dev', 'kp-void']);
  createNfacctCounters();
  const save = (): string => sh('iptables-nft-save', []).split('\n').filter((l) => !l.startsWith('# ')).join('\n');
  restoreInChunks(config.rules);
  const saved = save();

  const servers = await listen(config.listeners);
  const probes = await runProbes(config.probes);
  // With forwarding on, a packet for an address that is not ours goes through filter FORWARD (KUBE-PROXY-FIREWALL).
  if (config.externalProbes?.ipForward) writeFileSync('/proc/sys/net/ipv4/ip_forward', '1');
  const external: NetnsProbeResult[] = config.externalProbes
    ? JSON.parse(sh('python3', ['-c', TUNPROBE_PY, JSON.stringify(config.externalProbes)])) as NetnsProbeResult[]
    : [];
  for (const s of servers) s.close();
  const roundTrips: string[] = [];
  for (const rules of config.roundTrips ?? []) {
    restoreInChunks(rules);
    roundTrips.push(save());
  }
  const payloads: string[] = [];
  for (const { jumps, payload } of config.kubeProxyPayloads ?? []) {
    sh('iptables-nft-restore', [], '*filter\nCOMMIT\n*nat\nCOMMIT\n'); // empty tables, no chains of ours
    for (const args of jumps) sh('iptables-nft', args);
    sh('iptables-nft-restore', ['--noflush'], payload);
    payloads.push(save());
  }
  const out: NetnsResult = { saved, probes, roundTrips, external, payloads };
  process.stdout.write(JSON.stringify(out));
}

main().catch((e: unknown) => {
  process.stderr.write(String(e instanceof Error ? e.stack ?? e.message : e));
  process.exit(1);
});
