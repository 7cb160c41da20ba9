import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCluster } from './load';

const defaultScenario = readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8');

describe('loadCluster on the default scenario', () => {
  const { cluster, diagnostics } = loadCluster(defaultScenario);

  it("has one diagnostic: the article's mysql container would not start without a root password option", () => {
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'mysql-password-missing',
        container: 'mysql',
        image: 'mysql:8.0',
        entrypointError: 'Database is uninitialized and password option is not specified',
        object: 'StatefulSet/default/mysql',
        path: 'spec.template.spec.containers[0].image',
        line: 70,
        column: 9,
        endLine: 70,
        endColumn: 25,
      },
    ]);
  });

  it('builds three nodes with kind-style addresses', () => {
    expect(cluster.nodes).toEqual([
      { name: 'node-1', ip: '172.18.0.2', podCIDR: '10.244.1.0/24' },
      { name: 'node-2', ip: '172.18.0.3', podCIDR: '10.244.2.0/24' },
      { name: 'node-3', ip: '172.18.0.4', podCIDR: '10.244.3.0/24' },
    ]);
  });

  it('keeps the seed addresses', () => {
    const web = cluster.services.find((s) => s.name === 'web-service');
    expect(web?.clusterIP).toBe('10.96.100.50');
    expect(web?.ports).toEqual([{ name: '', protocol: 'TCP', port: 80, targetPort: 80 }]);
    const mysql = cluster.pods.filter((p) => p.owner?.name === 'mysql').map((p) => [p.name, p.ip, p.node, p.hostname, p.subdomain]);
    expect(mysql).toEqual([
      ['mysql-0', '10.244.1.5', 'node-1', 'mysql-0', 'mysql-headless'],
      ['mysql-1', '10.244.2.8', 'node-2', 'mysql-1', 'mysql-headless'],
      ['mysql-2', '10.244.3.12', 'node-3', 'mysql-2', 'mysql-headless'],
    ]);
  });

  it('has the system Services', () => {
    const dns = cluster.services.find((s) => s.namespace === 'kube-system' && s.name === 'kube-dns');
    expect(dns?.clusterIP).toBe('10.96.0.10');
    expect(cluster.dnsServiceIP).toBe('10.96.0.10');
    expect(cluster.services.find((s) => s.name === 'kubernetes')?.clusterIP).toBe('10.96.0.1');
  });

  it('names Deployment Pods like the ReplicaSet controller', () => {
    const nginx = cluster.pods.filter((p) => p.owner?.workload?.name === 'nginx');
    expect(nginx).toHaveLength(3);
    for (const p of nginx) expect(p.name).toMatch(/^nginx-[bcdfghjklmnpqrstvwxz2456789]{6,10}-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });

  it('derives the headless slice with hostnames', () => {
    const slice = cluster.endpointSlices.find((s) => s.service === 'mysql-headless');
    expect(slice?.endpoints.map((e) => e.hostname)).toEqual(['mysql-0', 'mysql-1', 'mysql-2']);
    expect(slice?.ports).toEqual([{ name: 'mysql', protocol: 'TCP', port: 3306 }]);
  });

  it('is deterministic', () => {
    expect(loadCluster(defaultScenario)).toEqual(loadCluster(defaultScenario));
  });
});
