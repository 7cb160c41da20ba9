// `conntrack -L` on the node against the real conntrack: the client Pod's wget to a ClusterIP, made through our
// iptables rules in a private network namespace, leaves the entry the real program prints; ours, from the shell's
// tracked connection, must print the same. The Service keeps one endpoint so the kernel's random pick and ours
// are the same Pod. Timing is no issue: the real listing runs within the first second, as ours does (119 s left).
import { describe, expect, it } from 'vitest';
import type { Cluster } from '../../model/types';
import { iptablesSave } from '../../proxy/iptables';
import { captureConntrack } from '../../testing/netns/conntrack-run';
import { seedCluster } from '../../testing/seed-cluster';
import { runCommand } from '../run';
import { newShellSession } from '../session';

/** The seed with web-service down to its endpoint on node-2, the client's node. */
function oneEndpointCluster(): Cluster {
  const c = seedCluster();
  return {
    ...c,
    endpointSlices: c.endpointSlices.map((s) => (s.service === 'web-service' ? { ...s, endpoints: s.endpoints.filter((e) => e.addresses[0] === '10.244.2.4') } : s)),
  };
}

describe('conntrack -L on the client\'s node, against the real conntrack', () => {
  const cluster = oneEndpointCluster();
  const pod = runCommand(cluster, newShellSession(cluster, { pod: 'default/test' }), 'wget -q -O /dev/null http://10.96.100.50/').session;
  const conn = pod.tracked![0]!;

  it('the wget made one connection, DNATed on node-2 to the endpoint', () => {
    expect(conn).toMatchObject({ node: 'node-2', orig: { dst: '10.96.100.50', dport: 80 }, reply: { src: '10.244.2.4', sport: 80 }, state: 'TIME_WAIT' });
  });

  it('prints what the real conntrack prints for that connection', () => {
    const real = captureConntrack({
      rules: iptablesSave(cluster, { node: 'node-2', nfacct: false }), serviceCIDR: cluster.serviceCIDR,
      client: { ip: conn.orig.src, port: conn.orig.sport }, vip: { ip: conn.orig.dst, port: conn.orig.dport }, endpoint: { ip: conn.reply.src, port: conn.reply.sport },
    });
    const node = { ...newShellSession(cluster, { node: 'node-2' }), observed: { connections: pod.tracked!, ipvsConns: {}, now: pod.client.now } };
    expect(runCommand(cluster, node, 'conntrack -L').output).toBe(real);
  });
});
