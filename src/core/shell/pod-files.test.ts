// The kubelet's /etc/hosts, against kubernetes/kubernetes pkg/kubelet/kubelet_pods_test.go
// TestManagedHostsFileContent (its first two cases' expected files, verbatim).
import { describe, expect, it } from 'vitest';
import { testPod } from '../testing/objects';
import { seedCluster } from '../testing/seed-cluster';
import { hostsFile } from './pod-files';

const HEADER = '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n';

describe('hostsFile', () => {
  const cluster = { ...seedCluster(), clusterDomain: 'cluster.local' };
  it('a Pod without a subdomain: its IP and hostname', () => {
    const pod = testPod({ namespace: 'default', name: 'podFoo', node: 'node-1', ip: '123.45.67.89' });
    expect(hostsFile(cluster, pod)).toBe(`${HEADER}123.45.67.89\tpodFoo\n`);
  });
  it('a Pod with a subdomain: hostname.domain, then hostname', () => {
    // Upstream passes the domain whole ("domainFoo"); the kubelet builds it as subdomain.namespace.svc.clusterDomain.
    const pod = testPod({ namespace: 'default', name: 'x', hostname: 'podFoo', subdomain: 'sub', node: 'node-1', ip: '203.0.113.1' });
    expect(hostsFile(cluster, pod)).toBe(`${HEADER}203.0.113.1\tpodFoo.sub.default.svc.cluster.local\tpodFoo\n`);
  });
});
