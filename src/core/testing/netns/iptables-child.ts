// Runs inside a private network namespace (`unshare -rn`, started by iptables-run.ts): loads iptables-save text
// with the real iptables-nft-restore, puts addresses on the namespace's own loopback, listens on each
// endpoint, opens real TCP connections and prints what happened as JSON. Nothing leaves the namespace:
// its only interfaces are lo and a device that nobody reads.
import { readFileSync, writeFileSync } from 'node:fs';
import type { NetnsConfig, NetnsProbeResult, NetnsResult } from './iptables-run';
import { listen, runProbes, sh } from './tcp';

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

// Packets from outside the node: a tun device (no process but this one reads it) stands for the wire. We write a
// TCP SYN from an external address into it — so it enters through PREROUTING like traffic from another machine —
// and read back what the kernel sends: a SYN-ACK (delivered), a RST, an ICMP error (REJECT) or nothing (DROP).
const TUNPROBE_PY = `import fcntl, json, os, select, socket, struct, subprocess, sys, time
TUNSETIFF = 0x400454ca
IFF_TUN, IFF_NO_PI = 0x0001, 0x1000
cfg = json.loads(sys.argv[1])
fd = os.open('/dev/net/tun', os.O_RDWR)
fcntl.ioctl(fd, TUNSETIFF, struct.pack('16sH', b'kp-ext', IFF_TUN | IFF_NO_PI))
subprocess.run(['ip', 'link', 'set', 'kp-ext', 'up'], check=True)
subprocess.run(['ip', 'route', 'add', cfg['clientNet'], 'dev', 'kp-ext'], check=True)
for r in cfg.get('routes', []):
    subprocess.run(['ip', 'route', 'add', r, 'dev', 'kp-ext'], check=True)
for k in ['net/ipv4/conf/all/rp_filter', 'net/ipv4/conf/kp-ext/rp_filter']:
    try:
        open('/proc/sys/' + k, 'w').write('0')
    except OSError:
        pass

def csum(b):
    if len(b) % 2: b += b'\\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    while s >> 16: s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff

def syn(src, dst, sport, dport):
    tcp = struct.pack('!HHIIBBHHH', sport, dport, 1000, 0, 5 << 4, 0x02, 64240, 0, 0)
    pseudo = socket.inet_aton(src) + socket.inet_aton(dst) + struct.pack('!BBH', 0, 6, len(tcp))
    tcp = tcp[:16] + struct.pack('!H', csum(pseudo + tcp)) + tcp[18:]
    ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(tcp), 1, 0, 64, 6, 0, socket.inet_aton(src), socket.inet_aton(dst))
    ip = ip[:10] + struct.pack('!H', csum(ip)) + ip[12:]
    return ip + tcp

def classify(pkt, sport):
    if len(pkt) < 20 or pkt[0] >> 4 != 4: return None
    ihl = (pkt[0] & 15) * 4
    proto = pkt[9]
    if proto == 6:
        dport = struct.unpack('!H', pkt[ihl + 2:ihl + 4])[0]
        if dport != sport:
            own = struct.unpack('!H', pkt[ihl:ihl + 2])[0] == sport and pkt[ihl + 13] == 0x02
            return 'FORWARDED' if own else None
        flags = pkt[ihl + 13]
        src = socket.inet_ntoa(pkt[12:16])
        sp = struct.unpack('!H', pkt[ihl:ihl + 2])[0]
        if flags & 0x12 == 0x12: return 'SYNACK %s:%d' % (src, sp)
        if flags & 0x04: return 'RST'
    if proto == 1:
        t, c = pkt[ihl], pkt[ihl + 1]
        inner = pkt[ihl + 8:]
        iihl = (inner[0] & 15) * 4
        isport = struct.unpack('!H', inner[iihl:iihl + 2])[0]
        if isport != sport: return None
        return 'ICMP %d/%d' % (t, c)
    return None

out = []
sport = 40000
for p in cfg['probes']:
    res = []
    for _ in range(p['count']):
        sport += 1
        os.write(fd, syn(p['src'], p['dst'], sport, p['dport']))
        deadline = time.time() + p.get('timeout', 0.5)
        got = 'NOTHING'
        while time.time() < deadline:
            r, _, _ = select.select([fd], [], [], max(0, deadline - time.time()))
            if not r: break
            c = classify(os.read(fd, 65535), sport)
            if c: got = c; break
        res.append(got)
    out.append({'id': p['id'], 'results': res})
print(json.dumps(out))
`;

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
