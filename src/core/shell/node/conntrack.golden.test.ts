// `conntrack -L` on the node against the real conntrack: the client Pod's requests, made through our iptables rules
// in a private network namespace, leave the entries the real program prints; ours, from the shell's tracked flows,
// must print the same. Each Service keeps one endpoint so the kernel's random pick and ours are the same Pod. Timing
// is no issue: the real listing runs within the first second, as ours does (119 s left for TCP, 29 for UDP).
import { describe, expect, it } from 'vitest';
import { resolvConf } from '../../dns/search';
import type { Cluster } from '../../model/types';
import { iptablesSave } from '../../proxy/iptables';
import { captureConntrack } from '../../testing/netns/conntrack-run';
import { normaliseVolatile } from '../../testing/netns/volatile';
import { seedCluster } from '../../testing/seed-cluster';
import { runCommand } from '../run';
import { newShellSession } from '../session';
import type { ShellSession } from '../types';

/** The seed with web-service down to its endpoint on node-2, the client's node, and kube-dns to its CoreDNS Pod on node-1. */
function oneEndpointCluster(): Cluster {
  const c = seedCluster();
  const keep: Record<string, string> = { 'web-service': '10.244.2.4', 'kube-dns': '10.244.1.2' };
  return {
    ...c,
    endpointSlices: c.endpointSlices.map((s) => (keep[s.service] ? { ...s, endpoints: s.endpoints.filter((e) => e.addresses[0] === keep[s.service]) } : s)),
  };
}

const cluster = oneEndpointCluster();
const rules = iptablesSave(cluster, { node: 'node-2', nfacct: false });
const inPod = (line: string): ShellSession => runCommand(cluster, newShellSession(cluster, { pod: 'default/test' }), line).session;
const onNode2 = (pod: ShellSession): string => {
  const node = { ...newShellSession(cluster, { node: 'node-2' }), observed: { connections: pod.tracked!, ipvsConns: {}, now: pod.client.now } };
  return runCommand(cluster, node, 'conntrack -L').output;
};

describe('conntrack -L on the client\'s node, against the real conntrack', () => {
  it('a wget to a ClusterIP: the TCP connection, DNATed on node-2 to the endpoint, in TIME_WAIT', () => {
    const pod = inPod('wget -q -O /dev/null http://10.96.100.50/');
    const conn = pod.tracked![0]!;
    expect(conn).toMatchObject({ protocol: 'tcp', node: 'node-2', orig: { dst: '10.96.100.50', dport: 80 }, reply: { src: '10.244.2.4', sport: 80 }, state: 'TIME_WAIT' });
    const real = captureConntrack({
      rules, serviceCIDR: cluster.serviceCIDR,
      client: { ip: conn.orig.src, port: conn.orig.sport }, vip: { ip: conn.orig.dst, port: conn.orig.dport }, endpoint: { ip: conn.reply.src, port: conn.reply.sport },
    });
    expect(onNode2(pod)).toBe(real);
  });

  it('a wget to a Service\'s name: its lookup is a UDP flow to the kube-dns VIP, DNATed to CoreDNS, with 30 s to live', () => {
    const pod = inPod('wget -q -O /dev/null http://web-service/');
    const [lookup, conn] = pod.tracked!;
    expect([lookup?.protocol, conn?.protocol]).toEqual(['udp', 'tcp']);
    const real = captureConntrack({
      exchange: 'dns', rules, serviceCIDR: cluster.serviceCIDR,
      client: { ip: lookup!.orig.src, port: lookup!.orig.sport }, vip: { ip: cluster.dnsServiceIP, port: 53 }, endpoint: { ip: '10.244.1.2', port: 53 },
    });
    const [realLine, summary] = real.split('\n');
    expect(realLine).toMatch(/^udp {6}17 29 /);
    const ours = onNode2(pod).split('\n');
    expect(ours[0]).toBe(realLine);
    expect(ours.at(-2)).toBe(summary!.replace('1 flow', '2 flow'));
  });

  it('busybox nslookup: one UDP flow for all its questions, as the real busybox nslookup leaves (ports normalised)', () => {
    const pod = inPod('nslookup web-service');
    const real = captureConntrack({
      exchange: { program: ['busybox', 'nslookup', 'web-service'], resolvConf: resolvConf(cluster, 'default/test') },
      rules, serviceCIDR: cluster.serviceCIDR,
      client: { ip: '10.244.2.9', port: 0 }, vip: { ip: cluster.dnsServiceIP, port: 53 }, endpoint: { ip: '10.244.1.2', port: 53 },
    });
    expect(real).toContain('1 flow entries');
    expect(normaliseVolatile(onNode2(pod))).toBe(normaliseVolatile(real));
  });
});
