import { describe, expect, it } from 'vitest';
import { scenarioBasicCluster } from '../testing/proxy-clusters';
import { seedCluster } from '../testing/seed-cluster';
import { sendRequests } from '../traffic/send-many';
import { ipvsadm, ipvsadmStats } from './ipvs';

// No real capture exists (no ip_vs module on this machine): the expected text follows ipvsadm.c's format strings.
describe('ipvsadm -Ln', () => {
  it("prints the seed's virtual servers as ipvsadm's format strings do", () => {
    expect(ipvsadm(seedCluster(), { node: 'node-2' })).toBe([
      'IP Virtual Server version 1.2.1 (size=4096)',
      'Prot LocalAddress:Port Scheduler Flags',
      '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn',
      'TCP  10.96.0.1:443 rr',
      '  -> 172.18.0.2:6443              Masq    1      0          0         ',
      'TCP  10.96.0.10:53 rr',
      '  -> 10.244.1.2:53                Masq    1      0          0         ',
      '  -> 10.244.2.2:53                Masq    1      0          0         ',
      'TCP  10.96.0.10:9153 rr',
      '  -> 10.244.1.2:9153              Masq    1      0          0         ',
      '  -> 10.244.2.2:9153              Masq    1      0          0         ',
      'TCP  10.96.100.50:80 rr',
      '  -> 10.244.1.7:80                Masq    1      0          0         ',
      '  -> 10.244.2.4:80                Masq    1      0          0         ',
      '  -> 10.244.3.6:80                Masq    1      0          0         ',
      'UDP  10.96.0.10:53 rr',
      '  -> 10.244.1.2:53                Masq    1      0          0         ',
      '  -> 10.244.2.2:53                Masq    1      0          0         ',
      '',
    ].join('\n'));
  });

  it('persistent for ClientIP affinity, NodePorts on the node IP (sorted before 10.x by libipvs), empty Services kept', () => {
    const lines = ipvsadm(scenarioBasicCluster(), { node: 'node-1' }).split('\n');
    expect(lines).toContain('TCP  10.96.200.1:80 rr persistent 10800');
    expect(lines[3]).toBe('TCP  172.18.0.3:30080 rr');
    const empty = lines.indexOf('TCP  10.96.0.99:80 rr');
    expect(lines[empty + 1]!.startsWith('  ->')).toBe(false);
    expect(lines.some((l) => l.includes('web-headless'))).toBe(false);
  });
});

describe('ipvsadm on a node that does not run IPVS mode', () => {
  it('prints the headings over an empty table: kube-proxy in iptables or nftables mode creates no virtual servers', () => {
    expect(ipvsadm(seedCluster(), { node: 'node-2', ipvsMode: false })).toBe([
      'IP Virtual Server version 1.2.1 (size=4096)',
      'Prot LocalAddress:Port Scheduler Flags',
      '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn',
      '',
    ].join('\n'));
  });
});

// Layout from ipvsadm.c's FMT_STATS format strings, the same as published captures of `ipvsadm -Ln --stats`
// (`TCP  172.168.2.33:80                   353     2387        0   425447        0`).
describe('ipvsadm -Ln --stats', () => {
  it('counts the connections each virtual server and real server took; packets and bytes stay 0', () => {
    const c = seedCluster();
    const { state } = sendRequests(c, { from: 'default/test', url: 'http://web-service/', seed: 3, options: { proxyMode: 'ipvs', dnsCache: false } }, 6);
    const lines = ipvsadmStats(c, state.ipvsConns, { node: 'node-2' }).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'IP Virtual Server version 1.2.1 (size=4096)',
      'Prot LocalAddress:Port               Conns   InPkts  OutPkts  InBytes OutBytes',
      '  -> RemoteAddress:Port',
    ]);
    const at = lines.indexOf('TCP  10.96.100.50:80                     6        0        0        0        0');
    expect(at).toBeGreaterThan(2);
    expect(lines.slice(at + 1, at + 4)).toEqual([
      '  -> 10.244.1.7:80                       2        0        0        0        0',
      '  -> 10.244.2.4:80                       2        0        0        0        0',
      '  -> 10.244.3.6:80                       2        0        0        0        0',
    ]);
    // The six DNS queries went through the kube-dns UDP virtual server, round robin over both CoreDNS Pods.
    expect(lines).toContain('UDP  10.96.0.10:53                       6        0        0        0        0');
    expect(ipvsadmStats(c, {}, { node: 'node-2' })).not.toMatch(/ [1-9]\d* +0 +0 +0 +0$/m);
  });
});
