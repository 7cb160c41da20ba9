// Defaults as the API server applies them, on the smallest manifests that are valid.

import { describe, expect, it } from 'vitest';
import { loadCluster } from './load';

const svc = (spec: string): string => `apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n${spec}`;

describe('Service defaults', () => {
  it.each([
    {
      name: 'a bare port: ClusterIP, TCP, targetPort = port, affinity None, internal policy Cluster, no external policy',
      manifest: svc('  selector:\n    app: a\n  ports:\n  - port: 8080\n'),
      want: { namespace: 'default', type: 'ClusterIP', headless: false, ports: [{ name: '', protocol: 'TCP', port: 8080, targetPort: 8080 }], sessionAffinity: 'None', publishNotReadyAddresses: false, internalTrafficPolicy: 'Cluster', externalIPs: [] },
    },
    { name: 'targetPort 0 means "same as port"', manifest: svc('  ports:\n  - port: 53\n    protocol: UDP\n    targetPort: 0\n'), want: { ports: [{ name: '', protocol: 'UDP', port: 53, targetPort: 53 }] } },
    { name: 'NodePort: externalTrafficPolicy Cluster', manifest: svc('  type: NodePort\n  ports:\n  - port: 80\n'), want: { type: 'NodePort', externalTrafficPolicy: 'Cluster' } },
    { name: 'headless without ports is valid', manifest: svc('  clusterIP: None\n  selector:\n    app: a\n'), want: { clusterIP: 'None', headless: true, ports: [] } },
  ])('$name', ({ manifest, want }) => {
    const { cluster, diagnostics } = loadCluster(manifest);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const s = cluster.services.find((x) => x.name === 's');
    expect(s).toMatchObject(want);
    if (s?.type === 'ClusterIP') expect(s.externalTrafficPolicy).toBeUndefined();
  });

  it('NodePorts are allocated in 30000-32767, deterministically and without duplicates', () => {
    const text = Array.from({ length: 30 }, (_, i) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: np${i}\nspec:\n  type: NodePort\n  ports:\n  - port: 80\n    name: http\n  - port: 443\n    name: https\n`).join('---\n');
    const a = loadCluster(text).cluster.services.flatMap((s) => s.ports.map((p) => p.nodePort)).filter((p) => p !== undefined);
    expect(a).toHaveLength(60);
    expect(new Set(a).size).toBe(60);
    for (const p of a) expect(p).toBeGreaterThanOrEqual(30000);
    for (const p of a) expect(p).toBeLessThanOrEqual(32767);
    expect(loadCluster(text).cluster.services.flatMap((s) => s.ports.map((p) => p.nodePort)).filter((p) => p !== undefined)).toEqual(a);
  });

  it('cluster IPs never take 10.96.0.1 or 10.96.0.10 and are unique', () => {
    const text = Array.from({ length: 200 }, (_, i) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: s${i}\nspec:\n  ports:\n  - port: 80\n`).join('---\n');
    const ips = loadCluster(text).cluster.services.filter((s) => !s.system).map((s) => s.clusterIP);
    expect(new Set(ips).size).toBe(200);
    expect(ips).not.toContain('10.96.0.1');
    expect(ips).not.toContain('10.96.0.10');
  });
});

describe('workload defaults', () => {
  const workload = (kind: string): string => `apiVersion: apps/v1\nkind: ${kind}\nmetadata:\n  name: w\nspec:\n  selector:\n    matchLabels:\n      app: w\n  template:\n    metadata:\n      labels:\n        app: w\n    spec:\n      containers:\n      - name: c\n        image: nginx\n        ports:\n        - containerPort: 80\n`;
  it.each([
    { kind: 'Deployment', want: { replicas: 1 } },
    { kind: 'StatefulSet', want: { replicas: 1, podManagementPolicy: 'OrderedReady' } },
  ])('$kind', ({ kind, want }) => {
    const { cluster, diagnostics } = loadCluster(workload(kind));
    expect(diagnostics).toEqual([]);
    expect(cluster.workloads.find((w) => w.name === 'w')).toMatchObject(want);
    const pod = cluster.pods.find((p) => p.owner?.workload?.name === 'w');
    expect(pod?.containerPorts).toEqual([{ container: 'c', containerPort: 80, protocol: 'TCP' }]);
    expect(pod?.namespace).toBe('default');
    expect(pod?.ip).toMatch(/^10\.244\.[123]\.(\d+)$/);
    const last = Number(pod?.ip.split('.')[3]);
    expect(last).toBeGreaterThanOrEqual(2);
    expect(last).toBeLessThanOrEqual(254);
  });
});
