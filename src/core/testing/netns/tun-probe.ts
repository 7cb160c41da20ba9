// Shared by the iptables and nftables namespace children (run inside `unshare -rn`, never on the host).
// Packets from outside the node: a tun device (no process but this one reads it) stands for the wire. We write a
// TCP SYN from an external address into it — so it enters through PREROUTING like traffic from another machine —
// and read back what the kernel sends: a SYN-ACK (delivered), a RST, an ICMP error (REJECT) or nothing (DROP).
export const TUNPROBE_PY = `import fcntl, json, os, select, socket, struct, subprocess, sys, time
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
