// Makes one TCP connection through kube-proxy's rules with the real kernel and prints the real `conntrack -L`:
// in a private network namespace (unshare -rn) made for this run, the iptables-save text is loaded with
// iptables-nft-restore, the client and endpoint addresses sit on loopback (the Service range is local, so the
// VIP routes before nat OUTPUT rewrites it), an HTTP listener answers on the endpoint and closes, and the
// client, bound to its address and port, connects to the VIP. Fails naming a missing program; never skips.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requirePrograms } from './programs';

export interface ConntrackCapture {
  rules: string;
  serviceCIDR: string;
  client: { ip: string; port: number };
  vip: { ip: string; port: number };
  endpoint: { ip: string; port: number };
}

const CLIENT = String.raw`
import socket, sys, threading, time
cip, cport, vip, vport, eip, eport = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), sys.argv[5], int(sys.argv[6])
srv = socket.socket(); srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); srv.bind((eip, eport)); srv.listen(1)
def serve():
    c, _ = srv.accept(); c.recv(1024); c.sendall(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'); c.close()
threading.Thread(target=serve, daemon=True).start()
s = socket.socket(); s.bind((cip, cport)); s.connect((vip, vport)); s.sendall(b'GET / HTTP/1.1\r\nHost: x\r\n\r\n')
while s.recv(1024): pass
s.close(); time.sleep(0.2)
`;

/**
 * The real `conntrack -L` after the connection closed: the entries, then the summary line from stderr, in the
 * order a terminal shows them (stdout to a pipe is block-buffered and would come after stderr).
 */
export function captureConntrack(c: ConntrackCapture): string {
  requirePrograms('the conntrack golden test', ['unshare', 'sh', 'ip', 'iptables-nft-restore', 'python3', 'conntrack']);
  const dir = mkdtempSync(join(tmpdir(), 'kp-conntrack-'));
  try {
    writeFileSync(join(dir, 'rules'), c.rules);
    writeFileSync(join(dir, 'client.py'), CLIENT);
    const script = `set -e
ip link set lo up
ip addr add ${c.client.ip}/32 dev lo
ip addr add ${c.endpoint.ip}/32 dev lo
ip route add local ${c.serviceCIDR} dev lo
iptables-nft-restore < "$0/rules"
python3 "$0/client.py" ${c.client.ip} ${c.client.port} ${c.vip.ip} ${c.vip.port} ${c.endpoint.ip} ${c.endpoint.port}
conntrack -L 2>"$0/stderr"
cat "$0/stderr"`;
    const r = spawnSync('unshare', ['-rn', 'sh', '-c', script, dir], { encoding: 'utf8', timeout: 60_000 });
    if (r.error || r.status !== 0) throw new Error(`the conntrack capture in 'unshare -rn' failed (status ${r.status}): ${r.error?.message ?? ''} ${r.stderr}`);
    return r.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
