// Runs inside a private network namespace (`unshare -rn`, started by netns-run.ts): loads iptables-save text
// with the real iptables-nft-restore, puts addresses on the namespace's own loopback, listens on each
// endpoint, opens real TCP connections and prints what happened as JSON. Nothing leaves the namespace:
// its only interfaces are lo and a device that nobody reads.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import type { NetnsConfig, NetnsProbeResult, NetnsResult } from './netns-run';

const NFACCT_PY = `
import socket, struct, sys
s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 12)
for seq, name in enumerate(sys.argv[1:]):
    nm = name.encode() + b'\\0'
    attr = struct.pack('HH', 4 + len(nm), 1) + nm + b'\\0' * ((4 - len(nm) % 4) % 4)
    payload = struct.pack('BBH', 0, 0, 0) + attr
    s.send(struct.pack('IHHII', 16 + len(payload), (7 << 8) | 0, 0x1 | 0x4 | 0x400 | 0x200, seq + 1, 0) + payload)
    r = s.recv(4096)
    if struct.unpack('i', r[16:20])[0] != 0:
        sys.exit('nfacct ' + name)
`;

function sh(cmd: string, args: string[], input?: string): string {
  try {
    return execFileSync(cmd, args, { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 256 << 20 });
  } catch (e) {
    const err = e as { stderr?: string };
    throw new Error(`${cmd} ${args.join(' ')}: ${err.stderr ?? String(e)}`);
  }
}

function probeOnce(host: string, port: number, localAddress: string | undefined, timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    let done = false;
    const finish = (r: string): void => { if (!done) { done = true; sock.destroy(); resolve(r); } };
    const sock = connect({ host, port, ...(localAddress ? { localAddress } : {}) });
    sock.setTimeout(timeoutMs, () => finish('TIMEOUT'));
    sock.on('data', (d) => { data += d.toString(); });
    sock.on('end', () => finish(data === '' ? 'EMPTY' : data));
    sock.on('error', (e: NodeJS.ErrnoException) => finish(e.code ?? 'ERROR'));
  });
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
  if (config.nfacct) sh('python3', ['-c', NFACCT_PY, 'ct_state_invalid_dropped_pkts', 'localhost_nps_accepted_pkts']);
  const save = (): string => sh('iptables-nft-save', []).split('\n').filter((l) => !l.startsWith('# ')).join('\n');
  restoreInChunks(config.rules);
  const saved = save();

  const servers: Server[] = [];
  for (const l of config.listeners) {
    const srv = createServer((s) => { s.end(l.reply); });
    await new Promise<void>((res, rej) => { srv.once('error', rej); srv.listen(l.port, l.ip, () => res()); });
    servers.push(srv);
  }
  const probes: NetnsProbeResult[] = [];
  for (const p of config.probes) {
    const results: string[] = [];
    const width = p.sequential ? 1 : 20;
    for (let i = 0; i < p.count; i += width) {
      const batch = Array.from({ length: Math.min(width, p.count - i) }, () => probeOnce(p.host, p.port, p.localAddress, p.timeoutMs ?? 2000));
      results.push(...(await Promise.all(batch)));
    }
    probes.push({ id: p.id, results });
  }
  for (const s of servers) s.close();
  const roundTrips: string[] = [];
  for (const rules of config.roundTrips ?? []) {
    restoreInChunks(rules);
    roundTrips.push(save());
  }
  const out: NetnsResult = { saved, probes, roundTrips };
  process.stdout.write(JSON.stringify(out));
}

main().catch((e: unknown) => {
  process.stderr.write(String(e instanceof Error ? e.stack ?? e.message : e));
  process.exit(1);
});
