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
  clusterIPGeneralCluster, externalTrafficPolicyCluster, internalExternalMasqueradeCluster, internalTrafficPolicyCluster, loadBalancerCluster,
  nodePortsCluster, noEndpointsRejectCluster, PROXIER_TEST_NODE_IPS, terminatingEndpointsCluster, type TestEndpoint,
} from '../testing/proxier-test-clusters';
import { iptablesSave } from './iptables';
import { parseIptablesSave } from './parse';

const client = PROXIER_TEST.externalClient;
const blocked = PROXIER_TEST.externalClientBlocked;
const node = PROXIER_TEST.nodeIP;
const here = PROXIER_TEST.nodeName;

/** An endpoint of the terminating-endpoints tests: Ready, Serving, Terminating as the test sets them. */
const ep = (ip: string, nodeName: string, ready: boolean, serving: boolean, terminating: boolean): TestEndpoint => ({ ip, nodeName, ready, serving, terminating });

// TestTerminatingEndpointsTrafficPolicyLocal / ...Cluster: each case's flows, then "after endpoints deleted".
const terminating = (policy: 'Local' | 'Cluster', cases: Array<{ name: string; endpoints: TestEndpoint[]; pod: string; external: string; externalMasq: boolean }>) =>
  cases.flatMap((tc) => [
    { test: `TestTerminatingEndpointsTrafficPolicy${policy} "${tc.name}"`, cluster: () => terminatingEndpointsCluster(policy, tc.endpoints), cases: [
      { name: tc.pod === 'REJECT' ? 'pod to clusterIP, no usable endpoints' : 'pod to clusterIP', sourceIP: '10.0.0.2', destIP: '172.30.1.1', destPort: 80, output: tc.pod, masq: false },
      { name: 'external to LB', sourceIP: client, destIP: '1.2.3.4', destPort: 80, output: tc.external, masq: tc.externalMasq },
    ] },
    { test: `TestTerminatingEndpointsTrafficPolicy${policy} "${tc.name}", then its EndpointSlice deleted`, cluster: () => terminatingEndpointsCluster(policy, []), cases: [
      { name: 'pod to clusterIP after endpoints deleted', sourceIP: '10.0.0.2', destIP: '172.30.1.1', destPort: 80, output: 'REJECT' },
      { name: 'external to LB after endpoints deleted', sourceIP: client, destIP: '1.2.3.4', destPort: 80, output: 'REJECT' },
    ] },
  ]);

// TestInternalExternalMasquerade's flowTests ("base": working LocalTrafficDetector, no masqueradeAll).
const masqueradeFlows: PacketFlowCase[] = [
  { name: 'pod to ClusterIP', sourceIP: '10.0.0.2', destIP: '172.30.0.41', destPort: 80, output: '10.180.0.1:80, 10.180.1.1:80', masq: false },
  { name: 'pod to NodePort', sourceIP: '10.0.0.2', destIP: node, destPort: 3001, output: '10.180.0.1:80, 10.180.1.1:80', masq: true },
  { name: 'pod to LB', sourceIP: '10.0.0.2', destIP: '1.2.3.4', destPort: 80, output: '10.180.0.1:80, 10.180.1.1:80', masq: true },
  { name: 'node to ClusterIP', sourceIP: node, destIP: '172.30.0.41', destPort: 80, output: '10.180.0.1:80, 10.180.1.1:80', masq: true },
  { name: 'node to NodePort', sourceIP: node, destIP: node, destPort: 3001, output: '10.180.0.1:80, 10.180.1.1:80', masq: true },
  { name: 'localhost to NodePort', sourceIP: '127.0.0.1', destIP: '127.0.0.1', destPort: 3001, output: '10.180.0.1:80, 10.180.1.1:80', masq: true },
  { name: 'node to LB', sourceIP: node, destIP: '1.2.3.4', destPort: 80, output: '10.180.0.1:80, 10.180.1.1:80', masq: true },
  { name: 'external to ClusterIP', sourceIP: client, destIP: '172.30.0.41', destPort: 80, output: '10.180.0.1:80, 10.180.1.1:80', masq: true },
  { name: 'external to NodePort', sourceIP: client, destIP: node, destPort: 3001, output: '10.180.0.1:80, 10.180.1.1:80', masq: true },
  { name: 'external to LB', sourceIP: client, destIP: '1.2.3.4', destPort: 80, output: '10.180.0.1:80, 10.180.1.1:80', masq: true },
  { name: 'pod to ClusterIP with eTP:Local', sourceIP: '10.0.0.2', destIP: '172.30.0.42', destPort: 80, output: '10.180.0.2:80, 10.180.1.2:80', masq: false },
  { name: 'pod to NodePort with eTP:Local', sourceIP: '10.0.0.2', destIP: node, destPort: 3002, output: '10.180.0.2:80, 10.180.1.2:80', masq: false },
  { name: 'pod to LB with eTP:Local', sourceIP: '10.0.0.2', destIP: '5.6.7.8', destPort: 80, output: '10.180.0.2:80, 10.180.1.2:80', masq: false },
  { name: 'node to ClusterIP with eTP:Local', sourceIP: node, destIP: '172.30.0.42', destPort: 80, output: '10.180.0.2:80, 10.180.1.2:80', masq: true },
  { name: 'node to NodePort with eTP:Local', sourceIP: node, destIP: node, destPort: 3001, output: '10.180.0.1:80, 10.180.1.1:80', masq: true },
  { name: 'localhost to NodePort with eTP:Local', sourceIP: '127.0.0.1', destIP: '127.0.0.1', destPort: 3002, output: '10.180.0.2:80, 10.180.1.2:80', masq: true },
  { name: 'node to LB with eTP:Local', sourceIP: node, destIP: '5.6.7.8', destPort: 80, output: '10.180.0.2:80, 10.180.1.2:80', masq: true },
  { name: 'external to ClusterIP with eTP:Local', sourceIP: client, destIP: '172.30.0.42', destPort: 80, output: '10.180.0.2:80, 10.180.1.2:80', masq: true },
  { name: 'external to NodePort with eTP:Local', sourceIP: client, destIP: node, destPort: 3002, output: '10.180.0.2:80', masq: false },
  { name: 'external to LB with eTP:Local', sourceIP: client, destIP: '5.6.7.8', destPort: 80, output: '10.180.0.2:80', masq: false },
  { name: 'pod to ClusterIP with iTP:Local', sourceIP: '10.0.0.2', destIP: '172.30.0.43', destPort: 80, output: '10.180.0.3:80', masq: false },
  { name: 'pod to NodePort with iTP:Local', sourceIP: '10.0.0.2', destIP: node, destPort: 3003, output: '10.180.0.3:80, 10.180.1.3:80', masq: true },
  { name: 'pod to LB with iTP:Local', sourceIP: '10.0.0.2', destIP: '9.10.11.12', destPort: 80, output: '10.180.0.3:80, 10.180.1.3:80', masq: true },
  { name: 'node to ClusterIP with iTP:Local', sourceIP: node, destIP: '172.30.0.43', destPort: 80, output: '10.180.0.3:80', masq: true },
  { name: 'node to NodePort with iTP:Local', sourceIP: node, destIP: node, destPort: 3003, output: '10.180.0.3:80, 10.180.1.3:80', masq: true },
  { name: 'localhost to NodePort with iTP:Local', sourceIP: '127.0.0.1', destIP: '127.0.0.1', destPort: 3003, output: '10.180.0.3:80, 10.180.1.3:80', masq: true },
  { name: 'node to LB with iTP:Local', sourceIP: node, destIP: '9.10.11.12', destPort: 80, output: '10.180.0.3:80, 10.180.1.3:80', masq: true },
  { name: 'external to ClusterIP with iTP:Local', sourceIP: client, destIP: '172.30.0.43', destPort: 80, output: '10.180.0.3:80', masq: true },
  { name: 'external to NodePort with iTP:Local', sourceIP: client, destIP: node, destPort: 3003, output: '10.180.0.3:80, 10.180.1.3:80', masq: true },
  { name: 'external to LB with iTP:Local', sourceIP: client, destIP: '9.10.11.12', destPort: 80, output: '10.180.0.3:80, 10.180.1.3:80', masq: true },
];
// The "masqueradeAll" case's overrides.
const masqueradeAllOverrides: Record<string, Partial<PacketFlowCase>> = {
  'pod to ClusterIP': { masq: true }, 'pod to ClusterIP with eTP:Local': { masq: true }, 'pod to ClusterIP with iTP:Local': { masq: true },
};

const suites: Array<{ test: string; cluster: () => Cluster; masqueradeAll?: boolean; cases: PacketFlowCase[] }> = [
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
  ...terminating('Local', [
    { name: 'ready endpoints exist', endpoints: [ep('10.0.1.1', here, true, true, false), ep('10.0.1.2', here, true, true, false), ep('10.0.1.3', here, false, true, true),
      ep('10.0.1.4', here, false, false, true), ep('10.0.1.5', 'node-1', true, true, false)],
    pod: '10.0.1.1:80, 10.0.1.2:80, 10.0.1.5:80', external: '10.0.1.1:80, 10.0.1.2:80', externalMasq: false },
    { name: 'only terminating endpoints exist', endpoints: [ep('10.0.1.2', here, false, true, true), ep('10.0.1.3', here, false, true, true),
      ep('10.0.1.4', here, false, false, true), ep('10.0.1.5', 'node-1', true, true, false)],
    pod: '10.0.1.5:80', external: '10.0.1.2:80, 10.0.1.3:80', externalMasq: false },
    { name: 'terminating endpoints on remote node', endpoints: [ep('10.0.1.5', 'node-1', false, true, true)], pod: '10.0.1.5:80', external: 'DROP', externalMasq: false },
    { name: 'no usable endpoints on any node', endpoints: [ep('10.0.1.5', here, false, false, true), ep('10.0.1.5', 'node-1', false, false, true)],
      pod: 'REJECT', external: 'REJECT', externalMasq: false },
  ]),
  ...terminating('Cluster', [
    { name: 'ready endpoints exist', endpoints: [ep('10.0.1.1', here, true, true, false), ep('10.0.1.2', here, true, true, false),
      ep('10.0.1.3', 'another-node', false, true, true), ep('10.0.1.4', 'another-node', false, false, true), ep('10.0.1.5', 'another-node', true, true, false)],
    pod: '10.0.1.1:80, 10.0.1.2:80, 10.0.1.5:80', external: '10.0.1.1:80, 10.0.1.2:80, 10.0.1.5:80', externalMasq: true },
    { name: 'only terminating endpoints exist', endpoints: [ep('10.0.1.2', here, false, true, true), ep('10.0.1.3', here, false, true, true),
      ep('10.0.1.4', 'another-node', false, false, true), ep('10.0.1.5', 'another-node', false, true, true)],
    pod: '10.0.1.2:80, 10.0.1.3:80, 10.0.1.5:80', external: '10.0.1.2:80, 10.0.1.3:80, 10.0.1.5:80', externalMasq: true },
    { name: 'terminating endpoints on remote node', endpoints: [ep('10.0.1.5', 'node-1', false, true, true)], pod: '10.0.1.5:80', external: '10.0.1.5:80', externalMasq: true },
    { name: 'no usable endpoints on any node', endpoints: [ep('10.0.1.5', here, false, false, true), ep('10.0.1.5', 'node-1', false, false, true)],
      pod: 'REJECT', external: 'REJECT', externalMasq: false },
  ]),
  { test: 'TestInternalExternalMasquerade "base"', cluster: internalExternalMasqueradeCluster, cases: masqueradeFlows },
  { test: 'TestInternalExternalMasquerade "masqueradeAll"', cluster: internalExternalMasqueradeCluster, masqueradeAll: true,
    cases: masqueradeFlows.map((c) => ({ ...c, ...masqueradeAllOverrides[c.name] })) },
];

for (const suite of suites) {
  describe(`kube-proxy proxier_test.go ${suite.test}`, () => {
    // NewFakeProxier: pod CIDR 10.0.0.0/8, no --random-fully (the fake iptables lacks it).
    const tables = parseIptablesSave(iptablesSave(suite.cluster(), { node: PROXIER_TEST.nodeName, randomFully: false, masqueradeAll: suite.masqueradeAll ?? false }));
    it.each(suite.cases)('$name', (c) => {
      const got = tracePacket(tables, c, PROXIER_TEST_NODE_IPS);
      expect({ output: got.output, masq: got.masq }, `matched:\n${got.matches.join('\n')}`).toEqual({ output: c.output, masq: c.masq ?? false });
    });
  });
}
