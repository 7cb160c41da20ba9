// The seed's own examples, loaded as a learner would paste them.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCIDR, parseIPv4, cidrContains } from '../util/ip';
import { applyAction } from './actions';
import { loadCluster } from './load';
import type { Cluster } from './types';

const manifest = (name: string): string => readFileSync(new URL(`../testdata/manifests/${name}.yaml`, import.meta.url), 'utf8');

const svc = (c: Cluster, name: string) => c.services.find((s) => s.namespace === 'default' && s.name === name);
const endpoints = (c: Cluster, service: string) => c.endpointSlices.filter((s) => s.service === service).flatMap((s) => s.endpoints);
const serviceCIDR = parseCIDR('10.96.0.0/12');

describe('seed scenarios', () => {
  it('web-service + nginx: a cluster IP from the dynamic band and three ready endpoints on 80', () => {
    const { cluster, diagnostics } = loadCluster(manifest('web-clusterip'));
    expect(diagnostics).toEqual([]);
    const web = svc(cluster, 'web-service');
    const ip = parseIPv4(web?.clusterIP ?? '') ?? 0;
    expect(serviceCIDR && cidrContains(serviceCIDR, ip)).toBe(true);
    // KEP-3070: dynamic allocation avoids the static band 10.96.0.0–10.96.0.255.
    expect(ip).toBeGreaterThanOrEqual(parseIPv4('10.96.1.0') ?? 0);
    expect(web?.headless).toBe(false);
    const eps = endpoints(cluster, 'web-service');
    expect(eps).toHaveLength(3);
    expect(eps.every((e) => e.conditions.ready && e.conditions.serving && !e.conditions.terminating)).toBe(true);
    expect(cluster.endpointSlices.find((s) => s.service === 'web-service')?.ports).toEqual([{ name: '', protocol: 'TCP', port: 80 }]);
    // Replicas spread over the three nodes.
    expect(new Set(cluster.pods.filter((p) => p.owner?.workload?.name === 'nginx').map((p) => p.node)).size).toBe(3);
  });

  it('mysql-headless + mysql StatefulSet: ordinal Pods with hostname, subdomain and published hostnames', () => {
    const { cluster, diagnostics } = loadCluster(manifest('mysql-headless'));
    expect(diagnostics.map((d) => d.code)).toEqual(['mysql-password-missing']);
    expect(svc(cluster, 'mysql-headless')).toMatchObject({ clusterIP: 'None', headless: true });
    const pods = cluster.pods.filter((p) => p.owner?.kind === 'StatefulSet');
    expect(pods.map((p) => [p.name, p.hostname, p.subdomain])).toEqual([
      ['mysql-0', 'mysql-0', 'mysql-headless'],
      ['mysql-1', 'mysql-1', 'mysql-headless'],
      ['mysql-2', 'mysql-2', 'mysql-headless'],
    ]);
    const slice = cluster.endpointSlices.find((s) => s.service === 'mysql-headless');
    expect(slice?.name).toMatch(/^mysql-headless-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(slice?.endpoints.map((e) => e.hostname)).toEqual(['mysql-0', 'mysql-1', 'mysql-2']);
    for (const p of pods) {
      const node = cluster.nodes.find((n) => n.name === p.node);
      const cidr = parseCIDR(node?.podCIDR ?? '');
      expect(cidr && cidrContains(cidr, parseIPv4(p.ip) ?? 0)).toBe(true);
      expect(p.ip.endsWith('.0') || p.ip.endsWith('.1')).toBe(false);
    }
  });

  it('mixed mysql-headless + mysql-read: the read Service selects nothing until a Pod is labelled role=replica', () => {
    const { cluster, diagnostics } = loadCluster(manifest('mysql-mixed'));
    // Besides the mysql container's missing root password (image-warnings.test.ts).
    expect(diagnostics.filter((d) => d.code !== 'mysql-password-missing')).toEqual([
      {
        severity: 'warning',
        code: 'selector-matches-nothing',
        selector: { app: 'mysql', role: 'replica' },
        namespace: 'default',
        path: 'spec.selector',
        object: 'Service/default/mysql-read',
        line: 20,
        column: 3,
      },
    ]);
    expect(endpoints(cluster, 'mysql-read')).toEqual([]);
    expect(endpoints(cluster, 'mysql-headless')).toHaveLength(3);
    const labelled = applyAction(cluster, { type: 'labelPod', namespace: 'default', name: 'mysql-1', key: 'role', value: 'replica' }).cluster;
    expect(endpoints(labelled, 'mysql-read').map((e) => e.targetRef?.name)).toEqual(['mysql-1']);
  });

  it.each([
    { name: 'kafka', ports: [{ name: '', protocol: 'TCP', port: 9092, targetPort: 9092 }] },
    { name: 'elasticsearch', ports: [{ name: 'http', protocol: 'TCP', port: 9200, targetPort: 9200 }, { name: 'transport', protocol: 'TCP', port: 9300, targetPort: 9300 }] },
    { name: 'redis-cluster', ports: [{ name: 'client', protocol: 'TCP', port: 6379, targetPort: 6379 }, { name: 'gossip', protocol: 'TCP', port: 16379, targetPort: 16379 }] },
  ])('headless $name keeps its ports and gets an empty placeholder slice', ({ name, ports }) => {
    const { cluster } = loadCluster(manifest('headless-clusters'));
    expect(svc(cluster, name)).toMatchObject({ clusterIP: 'None', headless: true, ports });
    const slices = cluster.endpointSlices.filter((s) => s.service === name);
    expect(slices).toHaveLength(1);
    expect(slices[0]).toMatchObject({ endpoints: [], ports: [] });
  });

  it.each([
    { name: 'ClientIP with the seed timeout', tweak: (s: string) => s, want: { sessionAffinity: 'ClientIP', sessionAffinityTimeoutSeconds: 10800 } },
    { name: 'ClientIP without config gets the default 10800', tweak: (s: string) => s.replace(/ {2}sessionAffinityConfig:\n {4}clientIP:\n {6}timeoutSeconds: 10800\n/, ''), want: { sessionAffinity: 'ClientIP', sessionAffinityTimeoutSeconds: 10800 } },
    { name: 'ClientIP with one hour', tweak: (s: string) => s.replace('10800', '3600'), want: { sessionAffinity: 'ClientIP', sessionAffinityTimeoutSeconds: 3600 } },
    { name: 'None by default', tweak: (s: string) => s.replace(/ {2}sessionAffinity: ClientIP\n {2}sessionAffinityConfig:\n {4}clientIP:\n {6}timeoutSeconds: 10800\n/, ''), want: { sessionAffinity: 'None' } },
  ])('session affinity: $name', ({ tweak, want }) => {
    const { cluster } = loadCluster(tweak(manifest('session-affinity')));
    const s = svc(cluster, 'my-service');
    expect(s).toMatchObject(want);
    if (want.sessionAffinity === 'None') expect(s?.sessionAffinityTimeoutSeconds).toBeUndefined();
  });

  it('kubectl get -o yaml List: server fields tolerated, named targetPort resolved per Pod', () => {
    const { cluster, diagnostics } = loadCluster(manifest('kubectl-get-list'));
    expect(diagnostics).toEqual([]);
    expect(svc(cluster, 'web')).toMatchObject({ clusterIP: '10.96.45.12', ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 'http' }] });
    const slice = cluster.endpointSlices.find((s) => s.service === 'web');
    expect(slice?.ports).toEqual([{ name: 'http', protocol: 'TCP', port: 8080 }]);
    expect(slice?.endpoints).toHaveLength(2);
    const dep = cluster.workloads.find((w) => w.name === 'web');
    expect(dep?.replicasPosition).toEqual({ line: 46, column: 5 });
  });

  it('system objects: kube-dns with its CoreDNS endpoints and default/kubernetes on node-1:6443', () => {
    const { cluster } = loadCluster('');
    const dns = cluster.services.find((s) => s.name === 'kube-dns');
    expect(dns).toMatchObject({
      namespace: 'kube-system',
      clusterIP: '10.96.0.10',
      ports: [
        { name: 'dns', protocol: 'UDP', port: 53, targetPort: 53 },
        { name: 'dns-tcp', protocol: 'TCP', port: 53, targetPort: 53 },
        { name: 'metrics', protocol: 'TCP', port: 9153, targetPort: 9153 },
      ],
      system: true,
    });
    const coredns = cluster.pods.filter((p) => p.namespace === 'kube-system');
    expect(coredns).toHaveLength(2);
    for (const p of coredns) {
      expect(p.name).toMatch(/^coredns-[bcdfghjklmnpqrstvwxz2456789]{6,10}-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
      expect(p).toMatchObject({ system: true, labels: { 'k8s-app': 'kube-dns' } });
    }
    expect(endpoints(cluster, 'kube-dns')).toHaveLength(2);
    const k = cluster.endpointSlices.find((s) => s.name === 'kubernetes');
    expect(k).toMatchObject({ namespace: 'default', service: 'kubernetes', ports: [{ name: 'https', protocol: 'TCP', port: 6443 }] });
    expect(k?.endpoints[0]?.addresses).toEqual(['172.18.0.2']);
    expect(cluster.services.find((s) => s.name === 'kubernetes')).toMatchObject({ clusterIP: '10.96.0.1', ports: [{ name: 'https', port: 443, targetPort: 6443 }] });
    expect(cluster.namespaces).toEqual(['default', 'kube-node-lease', 'kube-public', 'kube-system']);
  });

  it.each([
    { nodes: 1, want: [['node-1', '172.18.0.2', '10.244.1.0/24']] },
    { nodes: 5, want: [1, 2, 3, 4, 5].map((i) => [`node-${i}`, `172.18.0.${i + 1}`, `10.244.${i}.0/24`]) },
  ])('options.nodes = $nodes', ({ nodes, want }) => {
    expect(loadCluster('', { nodes }).cluster.nodes.map((n) => [n.name, n.ip, n.podCIDR])).toEqual(want);
  });

  it('options.clusterDomain', () => {
    expect(loadCluster('', { clusterDomain: 'example.org' }).cluster.clusterDomain).toBe('example.org');
    expect(loadCluster('').cluster.clusterDomain).toBe('cluster.local');
  });
});
