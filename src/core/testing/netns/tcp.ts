// What both namespace children do inside `unshare -rn`: run a program (a missing one fails with its package's
// name), listen on each endpoint address, and open real TCP connections.
import { execFileSync } from 'node:child_process';
import { connect, createServer, type Server } from 'node:net';
import type { NetnsProbe, NetnsProbeResult } from './iptables-run';
import { isProgram, missingProgramMessage } from './programs';

export function sh(cmd: string, args: string[], input?: string): string {
  try {
    return execFileSync(cmd, args, { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 256 << 20 });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') throw new Error(isProgram(cmd) ? missingProgramMessage(cmd) : `needs \`${cmd}\` — not found on PATH`);
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

/** One server per listener, answering every connection with its reply. */
export async function listen(listeners: Array<{ ip: string; port: number; reply: string }>): Promise<Server[]> {
  const servers: Server[] = [];
  for (const l of listeners) {
    const srv = createServer((s) => { s.end(l.reply); });
    await new Promise<void>((res, rej) => { srv.once('error', rej); srv.listen(l.port, l.ip, () => res()); });
    servers.push(srv);
  }
  return servers;
}

/** Each probe's connections (20 at a time, or one by one when `sequential`), and what each got. */
export async function runProbes(probes: NetnsProbe[]): Promise<NetnsProbeResult[]> {
  const out: NetnsProbeResult[] = [];
  for (const p of probes) {
    if (p.pauseMs) await new Promise((res) => setTimeout(res, p.pauseMs));
    const results: string[] = [];
    const width = p.sequential ? 1 : 20;
    for (let i = 0; i < p.count; i += width) {
      const batch = Array.from({ length: Math.min(width, p.count - i) }, () => probeOnce(p.host, p.port, p.localAddress, p.timeoutMs ?? 2000));
      results.push(...(await Promise.all(batch)));
    }
    out.push({ id: p.id, results });
  }
  return out;
}
