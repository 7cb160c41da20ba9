// kube-proxy's own packet-flow expectations against our rules: the runPacketFlowTests cases of
// kubernetes/kubernetes pkg/proxy/iptables/proxier_test.go, each over the Services of its test
// (testing/proxier-test-clusters.ts), traced through our iptablesSave text by a port of upstream's tracePacket.
// Names, addresses and expected outputs are the test's, verbatim (its constants written out: testNodeIP
// 192.168.0.2, testNodeIPAlt 192.168.1.2, testExternalClient 203.0.113.2, testExternalClientBlocked 203.0.113.130).
import { describe, expect, it } from 'vitest';
import type { Cluster } from '../model/types';
import { PROXIER_TEST } from '../testing/conventions';
import { tracePacket, type PacketFlowCase } from '../testing/packet-flow';
import {
  clusterIPGeneralCluster, externalTrafficPolicyCluster, internalTrafficPolicyCluster, loadBalancerCluster, nodePortsCluster, noEndpointsRejectCluster,
  PROXIER_TEST_NODE_IPS,
} from '../testing/proxier-test-clusters';
import { iptablesSave } from './iptables';
import { parseIptablesSave } from './parse';

const client = PROXIER_TEST.externalClient;
const blocked = PROXIER_TEST.externalClientBlocked;
const node = PROXIER_TEST.nodeIP;
const here = PROXIER_TEST.nodeName;

const suites: Array<{ test: string; cluster: () => Cluster; cases: PacketFlowCase[] }> = [
  { test: 'TestNoEndpointsReject', cluster: noEndpointsRejectCluster, cases: [
    { name: 'pod to cluster IP with no endpoints', sourceIP: '10.0.0.2', destIP: '172.30.0.41', destPort: 80, output: 'REJECT' },
    { name: 'external to external IP with no endpoints', sourceIP: client, destIP: '192.168.99.11', destPort: 80, output: 'REJECT' },
    { name: 'pod to NodePort with no endpoints', sourceIP: '10.0.0.2', destIP: node, destPort: 3001, output: 'REJECT' },
    { name: 'external to NodePort with no endpoints', sourceIP: client, destIP: node, destPort: 3001, output: 'REJECT' },
    { name: 'pod to LoadBalancer IP with no endpoints', sourceIP: '10.0.0.2', destIP: '1.2.3.4', destPort: 80, output: 'REJECT' },
    { name: 'external to LoadBalancer IP with no endpoints', sourceIP: client, destIP: '1.2.3.4', destPort: 80, output: 'REJECT' },
  ] },
  { test: 'TestClusterIPGeneral', cluster: clusterIPGeneralCluster, cases: [
    { name: 'simple clusterIP', sourceIP: '10.180.0.2', destIP: '172.30.0.41', destPort: 80, output: '10.180.0.1:80', masq: false },
    { name: 'hairpin to cluster IP', sourceIP: '10.180.0.1', destIP: '172.30.0.41', destPort: 80, output: '10.180.0.1:80', masq: true },
    { name: 'clusterIP with multiple endpoints', sourceIP: '10.180.0.2', destIP: '172.30.0.42', destPort: 80, output: '10.180.0.1:80, 10.180.2.1:80', masq: false },
    { name: 'clusterIP with TargetPort', sourceIP: '10.180.0.2', destIP: '172.30.0.42', destPort: 443, output: '10.180.0.1:8443, 10.180.2.1:8443', masq: false },
    { name: 'clusterIP with TCP, UDP, and SCTP on same port (TCP)', sourceIP: '10.180.0.2', protocol: 'TCP', destIP: '172.30.0.42', destPort: 53,
      output: '10.180.0.1:5353, 10.180.2.1:5353', masq: false },
    { name: 'clusterIP with TCP, UDP, and SCTP on same port (UDP)', sourceIP: '10.180.0.2', protocol: 'UDP', destIP: '172.30.0.42', destPort: 53,
      output: '10.180.0.1:53, 10.180.2.1:53', masq: false },
    { name: 'clusterIP with TCP, UDP, and SCTP on same port (SCTP)', sourceIP: '10.180.0.2', protocol: 'SCTP', destIP: '172.30.0.42', destPort: 53,
      output: '10.180.0.1:53, 10.180.2.1:53', masq: false },
    { name: 'TCP-only port does not match UDP traffic', sourceIP: '10.180.0.2', protocol: 'UDP', destIP: '172.30.0.42', destPort: 80, output: '' },
    { name: "svc1 does not accept svc2's ports", sourceIP: '10.180.0.2', destIP: '172.30.0.41', destPort: 443, output: '' },
  ] },
  // The test's cases for its second LoadBalancer IP (5.6.7.8) are left out with it.
  { test: 'TestLoadBalancer', cluster: loadBalancerCluster, cases: [
    { name: 'pod to cluster IP', sourceIP: '10.0.0.2', destIP: '172.30.0.41', destPort: 80, output: '10.180.0.1:80', masq: false },
    { name: 'external to nodePort', sourceIP: client, destIP: node, destPort: 3001, output: '10.180.0.1:80', masq: true },
    { name: 'nodePort bypasses LoadBalancerSourceRanges', sourceIP: blocked, destIP: node, destPort: 3001, output: '10.180.0.1:80', masq: true },
    { name: 'accepted external to LB1', sourceIP: client, destIP: '1.2.3.4', destPort: 80, output: '10.180.0.1:80', masq: true },
    { name: 'blocked external to LB1', sourceIP: blocked, destIP: '1.2.3.4', destPort: 80, output: 'DROP' },
    { name: 'pod to LB1 (blocked by LoadBalancerSourceRanges)', sourceIP: '10.0.0.2', destIP: '1.2.3.4', destPort: 80, output: 'DROP' },
    { name: 'node to LB1 (allowed by LoadBalancerSourceRanges)', sourceIP: node, destIP: '1.2.3.4', destPort: 80, output: '10.180.0.1:80', masq: true },
    { name: 'same node to LB1, SNATted to LB1 (implicitly allowed)', sourceIP: '1.2.3.4', destIP: '1.2.3.4', destPort: 80, output: '10.180.0.1:80', masq: true },
  ] },
  { test: 'TestNodePorts "ipv4, localhost-nodeports enabled"', cluster: nodePortsCluster, cases: [
    { name: 'pod to cluster IP', sourceIP: '10.0.0.2', destIP: '172.30.0.41', destPort: 80, output: '10.180.0.1:80, 10.180.2.1:80', masq: false },
    { name: 'external to nodePort', sourceIP: client, destIP: node, destPort: 3001, output: '10.180.0.1:80, 10.180.2.1:80', masq: true },
    { name: 'node to nodePort', sourceIP: node, destIP: node, destPort: 3001, output: '10.180.0.1:80, 10.180.2.1:80', masq: true },
    { name: 'localhost to nodePort gets masqueraded', sourceIP: '127.0.0.1', destIP: '127.0.0.1', destPort: 3001, output: '10.180.0.1:80, 10.180.2.1:80', masq: true },
    { name: 'external to nodePort on secondary IP', sourceIP: client, destIP: '192.168.1.2', destPort: 3001, output: '10.180.0.1:80, 10.180.2.1:80', masq: true },
  ] },
  { test: 'TestExternalTrafficPolicyLocal', cluster: () => externalTrafficPolicyCluster('Local'), cases: [
    { name: 'pod to cluster IP hits both endpoints, unmasqueraded', sourceIP: '10.0.0.2', destIP: '172.30.0.41', destPort: 80, output: '10.180.0.1:80, 10.180.2.1:80', masq: false },
    { name: 'pod to external IP hits both endpoints, unmasqueraded', sourceIP: '10.0.0.2', destIP: '192.168.99.11', destPort: 80, output: '10.180.0.1:80, 10.180.2.1:80', masq: false },
    { name: 'external to external IP hits only local endpoint, unmasqueraded', sourceIP: client, destIP: '192.168.99.11', destPort: 80, output: '10.180.2.1:80', masq: false },
    { name: 'pod to LB IP hits only both endpoints, unmasqueraded', sourceIP: '10.0.0.2', destIP: '1.2.3.4', destPort: 80, output: '10.180.0.1:80, 10.180.2.1:80', masq: false },
    { name: 'external to LB IP hits only local endpoint, unmasqueraded', sourceIP: client, destIP: '1.2.3.4', destPort: 80, output: '10.180.2.1:80', masq: false },
    { name: 'pod to NodePort hits both endpoints, unmasqueraded', sourceIP: '10.0.0.2', destIP: node, destPort: 3001, output: '10.180.0.1:80, 10.180.2.1:80', masq: false },
    { name: 'external to NodePort hits only local endpoint, unmasqueraded', sourceIP: client, destIP: node, destPort: 3001, output: '10.180.2.1:80', masq: false },
  ] },
  { test: 'TestExternalTrafficPolicyCluster', cluster: () => externalTrafficPolicyCluster('Cluster'), cases: [
    { name: 'pod to cluster IP hits both endpoints, unmasqueraded', sourceIP: '10.0.0.2', destIP: '172.30.0.41', destPort: 80, output: '10.180.0.1:80, 10.180.2.1:80', masq: false },
    { name: 'pod to external IP hits both endpoints, masqueraded', sourceIP: '10.0.0.2', destIP: '192.168.99.11', destPort: 80, output: '10.180.0.1:80, 10.180.2.1:80', masq: true },
    { name: 'external to external IP hits both endpoints, masqueraded', sourceIP: client, destIP: '192.168.99.11', destPort: 80, output: '10.180.0.1:80, 10.180.2.1:80', masq: true },
    { name: 'pod to LB IP hits both endpoints, masqueraded', sourceIP: '10.0.0.2', destIP: '1.2.3.4', destPort: 80, output: '10.180.0.1:80, 10.180.2.1:80', masq: true },
    { name: 'external to LB IP hits both endpoints, masqueraded', sourceIP: client, destIP: '1.2.3.4', destPort: 80, output: '10.180.0.1:80, 10.180.2.1:80', masq: true },
    { name: 'pod to NodePort hits both endpoints, masqueraded', sourceIP: '10.0.0.2', destIP: node, destPort: 3001, output: '10.180.0.1:80, 10.180.2.1:80', masq: true },
    { name: 'external to NodePort hits both endpoints, masqueraded', sourceIP: client, destIP: node, destPort: 3001, output: '10.180.0.1:80, 10.180.2.1:80', masq: true },
  ] },
  ...([
    { name: 'internalTrafficPolicy is cluster', policy: 'Cluster' as const, nodes: [here, 'node1', 'node2'],
      flow: { name: 'pod to ClusterIP hits all endpoints', output: '10.0.1.1:80, 10.0.1.2:80, 10.0.1.3:80' } },
    { name: 'internalTrafficPolicy is local and there is one local endpoint', policy: 'Local' as const, nodes: [here, 'node1', 'node2'],
      flow: { name: 'pod to ClusterIP hits only local endpoint', output: '10.0.1.1:80' } },
    { name: 'internalTrafficPolicy is local and there are multiple local endpoints', policy: 'Local' as const, nodes: [here, here, 'node2'],
      flow: { name: 'pod to ClusterIP hits all local endpoints', output: '10.0.1.1:80, 10.0.1.2:80' } },
    { name: 'internalTrafficPolicy is local and there are no local endpoints', policy: 'Local' as const, nodes: ['node0', 'node1', 'node2'],
      flow: { name: 'no endpoints', output: 'DROP' } },
  ].flatMap((tc) => [
    { test: `TestInternalTrafficPolicy "${tc.name}"`,
      cluster: () => internalTrafficPolicyCluster(tc.policy, tc.nodes.map((nodeName, i) => ({ ip: `10.0.1.${i + 1}`, nodeName }))),
      cases: [{ ...tc.flow, sourceIP: '10.0.0.2', destIP: '172.30.1.1', destPort: 80, masq: false }] },
    { test: `TestInternalTrafficPolicy "${tc.name}", then its EndpointSlice deleted`, cluster: () => internalTrafficPolicyCluster(tc.policy, []),
      cases: [{ name: 'endpoints deleted', sourceIP: '10.0.0.2', destIP: '172.30.1.1', destPort: 80, output: 'REJECT' }] },
  ])),
];

for (const suite of suites) {
  describe(`kube-proxy proxier_test.go ${suite.test}`, () => {
    // NewFakeProxier: pod CIDR 10.0.0.0/8, no --random-fully (the fake iptables lacks it).
    const tables = parseIptablesSave(iptablesSave(suite.cluster(), { node: PROXIER_TEST.nodeName, randomFully: false }));
    it.each(suite.cases)('$name', (c) => {
      const got = tracePacket(tables, c, PROXIER_TEST_NODE_IPS);
      expect({ output: got.output, masq: got.masq }, `matched:\n${got.matches.join('\n')}`).toEqual({ output: c.output, masq: c.masq ?? false });
    });
  });
}
