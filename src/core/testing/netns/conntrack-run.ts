// Makes one exchange through kube-proxy's rules with the real kernel and prints the real `conntrack -L`: in a private
// network namespace (unshare -rn) made for this run, the iptables-save text is loaded with iptables-nft-restore, the
// client and endpoint addresses sit on loopback (the Service range is local, so the VIP routes before nat OUTPUT
// rewrites it), and the client, bound to its address and port, talks to the VIP: a TCP connection to an HTTP
// listener that answers and closes, or a DNS lookup over UDP to a listener on the endpoint that answers every
// question: an A and an AAAA question from one socket (as a stub resolver asks), or a real program's lookup (busybox
// nslookup, with the Pod's resolv.conf bind-mounted in a private mount namespace, `unshare -rnm`; the Service
// range's route names the client as the source, as a Pod's own address is). Fails naming a missing program; never
// skips.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requirePrograms } from './programs';

export interface ConntrackCapture {
  /**
   * 'http' (the default): a TCP connection; 'dns': a UDP lookup from the client's address and port; or a real
   * program's lookups, run with `resolvConf` as /etc/resolv.conf (the kernel picks its ports).
   */
  exchange?: 'http' | 'dns' | { program: string[]; resolvConf: string };
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

const DNS_CLIENT = String.raw`
import socket, struct, subprocess, sys, threading, time
cip, cport, vip, vport, eip, eport, program = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), sys.argv[5], int(sys.argv[6]), sys.argv[7:]
srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); srv.bind((eip, eport))
def serve():
    while True:
        q, peer = srv.recvfrom(512)
        srv.sendto(q[:2] + bytes([q[2] | 0x80, 0x80]) + q[4:], peer)
threading.Thread(target=serve, daemon=True).start()
if program:
    subprocess.run(program, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=30)
else:
    name = b''.join(bytes([len(l)]) + l for l in b'web-service.default.svc.cluster.local'.split(b'.')) + b'\x00'
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind((cip, cport)); s.connect((vip, vport)); s.settimeout(1)
    for i, qtype in enumerate((1, 28)): s.send(struct.pack('>HHHHHH', 0x4711 + i, 0x0100, 1, 0, 0, 0) + name + struct.pack('>HH', qtype, 1))
    for _ in range(2): s.recv(512)
    s.close()
time.sleep(0.2)
`;

/**
 * The real `conntrack -L` after the exchange: the entries, then the summary line from stderr, in the
 * order a terminal shows them (stdout to a pipe is block-buffered and would come after stderr).
 */
export function captureConntrack(c: ConntrackCapture): string {
  requirePrograms('the conntrack golden test', ['unshare', 'sh', 'ip', 'iptables-nft-restore', 'python3', 'conntrack']);
  const dir = mkdtempSync(join(tmpdir(), 'kp-conntrack-'));
  try {
    writeFileSync(join(dir, 'rules'), c.rules);
    const exchange = c.exchange ?? 'http';
    writeFileSync(join(dir, 'client.py'), exchange === 'http' ? CLIENT : DNS_CLIENT);
    const program = typeof exchange === 'object' ? exchange.program : [];
    if (typeof exchange === 'object') {
      requirePrograms('the conntrack golden test', ['mount', 'busybox']);
      writeFileSync(join(dir, 'resolv.conf'), exchange.resolvConf);
    }
    const script = `set -e
ip link set lo up
ip addr add ${c.client.ip}/32 dev lo
ip addr add ${c.endpoint.ip}/32 dev lo
ip route add local ${c.serviceCIDR} dev lo src ${c.client.ip}
if [ -f "$0/resolv.conf" ]; then mount --bind "$0/resolv.conf" /etc/resolv.conf; fi
iptables-nft-restore < "$0/rules"
python3 "$0/client.py" ${c.client.ip} ${c.client.port} ${c.vip.ip} ${c.vip.port} ${c.endpoint.ip} ${c.endpoint.port} "$@"
conntrack -L 2>"$0/stderr"
cat "$0/stderr"`;
    const r = spawnSync('unshare', ['-rnm', 'sh', '-c', script, dir, ...program], { encoding: 'utf8', timeout: 60_000 });
    if (r.error || r.status !== 0) throw new Error(`the conntrack capture in 'unshare -rnm' failed (status ${r.status}): ${r.error?.message ?? ''} ${r.stderr}`);
    return r.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
