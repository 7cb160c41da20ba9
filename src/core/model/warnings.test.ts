// Learner warnings: cross-object mistakes `kubectl apply` accepts. Each is a warning at the field's own
// line: a note (a code and its values) that the UI words (ui/diagnostic-text.test.ts has the sentences).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCluster } from './load';
import type { Diagnostic } from '../types/diagnostic';

const manifest = (name: string): string => readFileSync(new URL(`../testdata/manifests/${name}.yaml`, import.meta.url), 'utf8');
const defaultScenario = manifest('default-scenario');
const web = manifest('web-clusterip');
const mysql = manifest('mysql-headless');

function tweak(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`tweak did not apply: ${String(from)}`);
  return out;
}

/** A diagnostic without its severity, path, object and end: the code, its values, and where it points. */
type Want = Record<string, unknown>;

function noteOf({ severity: _s, path: _p, object: _o, endLine: _el, endColumn: _ec, ...rest }: Diagnostic): Want {
  return rest;
}

const cases: { name: string; manifest: string; want: Want[] }[] = [
  {
    name: 'selector matches no Pod',
    manifest: tweak(web, '    app: nginx\n  ports', '    app: ngnix\n  ports'),
    want: [{ code: 'selector-matches-nothing', selector: { app: 'ngnix' }, namespace: 'default', line: 8, column: 3 }],
  },
  {
    name: 'named targetPort that no selected Pod declares',
    manifest: tweak(web, 'targetPort: 80', 'targetPort: http'),
    want: [{ code: 'target-port-unresolved', protocol: 'TCP', targetPort: 'http', port: 80, line: 12, column: 5 }],
  },
  {
    name: 'StatefulSet serviceName names no Service',
    manifest: tweak(mysql, 'serviceName: mysql-headless', 'serviceName: mysql'),
    want: [
      {
        code: 'statefulset-service-missing',
        serviceName: 'mysql',
        namespace: 'default',
        podName: 'mysql-0.mysql.default.svc.cluster.local',
        line: 19,
        column: 3,
      },
    ],
  },
  {
    name: 'StatefulSet serviceName names a Service that is not headless',
    manifest: tweak(mysql, '  clusterIP: None\n', ''),
    want: [
      {
        code: 'statefulset-service-not-headless',
        serviceName: 'mysql-headless',
        podName: 'mysql-0.mysql-headless.default.svc.cluster.local',
        line: 18,
        column: 3,
      },
    ],
  },
  {
    name: "Deployment selector that also catches the StatefulSet's Pods",
    manifest: `${defaultScenario}---\n${tweak(tweak(web.split('---')[1] ?? '', /app: nginx/g, 'app: mysql'), 'name: nginx\n', 'name: mysql-tools\n')}`,
    want: [
      {
        code: 'selector-overlap',
        owners: [{ kind: 'StatefulSet', name: 'mysql' }],
        line: 96,
        column: 3,
      },
    ],
  },
  {
    name: 'a kind the playground does not simulate',
    manifest: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: b\n---\n${web}`,
    want: [{ code: 'kind-not-simulated', kind: 'ConfigMap', line: 2, column: 1 }],
  },
  {
    name: 'replicas beyond the cap are clamped, and Pods beyond 110 per node stay Pending',
    manifest: tweak(web, 'replicas: 3', 'replicas: 1000000000'),
    want: [
      { code: 'replicas-clamped', kind: 'Deployment', replicas: 1000000000, max: 1000, line: 19, column: 3 },
      {
        code: 'pod-unschedulable',
        count: 672,
        pods: [expect.stringMatching(/^nginx-\w+-\w+$/), expect.stringMatching(/^nginx-\w+-\w+$/), expect.stringMatching(/^nginx-\w+-\w+$/)],
        reason: '0/3 nodes are available: 3 Too many pods.',
        line: 19,
        column: 3,
      },
    ],
  },
  {
    name: 'a pinned Pod IP outside every node range',
    manifest: tweak(defaultScenario, '10.244.1.5,', '10.1.1.5,'),
    want: [
      {
        code: 'pod-ip-pin-invalid',
        ip: '10.1.1.5',
        podCIDRs: ['10.244.1.0/24', '10.244.2.0/24', '10.244.3.0/24'],
        pinnedBy: 'annotation',
        line: 57,
        column: 5,
      },
    ],
  },
];

describe('learner warnings', () => {
  it.each(cases)('$name', ({ manifest: text, want }) => {
    const { diagnostics } = loadCluster(text);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // The seed's mysql container has no root password option: image-warnings.test.ts covers that warning.
    expect(diagnostics.filter((d) => d.code !== 'mysql-password-missing').map(noteOf)).toEqual(want);
    for (const d of diagnostics.filter((x) => x.code !== 'mysql-password-missing')) {
      expect(d.severity).toBe('warning');
      // A note the UI words, never a real program's message such as an API server error.
      expect(d.message).toBeUndefined();
    }
  });
});

describe('endpoint conditions', () => {
  const notReadyPod = `apiVersion: v1
kind: Pod
metadata:
  name: db-0
  labels:
    app: db
spec:
  hostname: db-0
  subdomain: db
  containers:
  - name: db
    image: postgres
status:
  conditions:
  - type: Ready
    status: "False"
---
apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  clusterIP: None
  selector:
    app: db
  ports:
  - port: 5432
`;
  it.each([
    { name: 'a not-ready Pod is neither ready nor serving', manifest: notReadyPod, want: { ready: false, serving: false, terminating: false } },
    {
      name: 'publishNotReadyAddresses makes it ready (but not serving)',
      manifest: notReadyPod.replace('  clusterIP: None\n', '  clusterIP: None\n  publishNotReadyAddresses: true\n'),
      want: { ready: true, serving: false, terminating: false },
    },
  ])('$name', ({ manifest: text, want }) => {
    const { cluster } = loadCluster(text);
    const ep = cluster.endpointSlices.find((s) => s.service === 'db')?.endpoints[0];
    expect(ep?.conditions).toEqual(want);
    expect(ep?.hostname).toBe('db-0');
  });

  it('a Pod being deleted (deletionTimestamp) is terminating: not ready, still serving', () => {
    const text = notReadyPod.replace('  name: db-0\n', '  name: db-0\n  deletionTimestamp: "2024-03-07T08:00:00Z"\n').replace('status: "False"', 'status: "True"');
    const ep = loadCluster(text).cluster.endpointSlices.find((s) => s.service === 'db')?.endpoints[0];
    expect(ep?.conditions).toEqual({ ready: false, serving: true, terminating: true });
  });

  it('LoadBalancer with externalTrafficPolicy Local gets a healthCheckNodePort', () => {
    const text = tweak(web, 'type: ClusterIP', 'type: LoadBalancer\n  externalTrafficPolicy: Local');
    const s = loadCluster(text).cluster.services.find((x) => x.name === 'web-service');
    expect(s?.externalTrafficPolicy).toBe('Local');
    expect(s?.healthCheckNodePort).toBeGreaterThanOrEqual(30000);
    expect(s?.healthCheckNodePort).not.toBe(s?.ports[0]?.nodePort);
  });

  it('a Pod with status.podIP keeps it', () => {
    const { cluster, diagnostics } = loadCluster(notReadyPod.replace('status:\n', 'status:\n  podIP: 10.244.2.44\n'));
    expect(diagnostics).toEqual([]);
    expect(cluster.pods.find((p) => p.name === 'db-0')).toMatchObject({ ip: '10.244.2.44', node: 'node-2', ready: false });
  });

  it('hostname is published only when the subdomain names the Service', () => {
    const { cluster } = loadCluster(notReadyPod.replace('subdomain: db', 'subdomain: other'));
    expect(cluster.endpointSlices.find((s) => s.service === 'db')?.endpoints[0]?.hostname).toBeUndefined();
  });

  it('a Pod without the named port goes into a slice without that port (getEndpointPorts)', () => {
    const text = `${notReadyPod.replace('- port: 5432', '- port: 5432\n    targetPort: pg\n    name: pg')}---
apiVersion: v1
kind: Pod
metadata:
  name: db-1
  labels:
    app: db
spec:
  containers:
  - name: db
    image: postgres
    ports:
    - name: pg
      containerPort: 5433
`;
    const slices = loadCluster(text).cluster.endpointSlices.filter((s) => s.service === 'db').sort((a, b) => a.ports.length - b.ports.length);
    expect(slices.map((s) => [s.ports, s.endpoints.map((e) => e.targetRef?.name)])).toEqual([
      [[], ['db-0']],
      [[{ name: 'pg', protocol: 'TCP', port: 5433 }], ['db-1']],
    ]);
  });

  it('ExternalName Services get no slices and no cluster IP', () => {
    const { cluster, diagnostics } = loadCluster('apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  type: ExternalName\n  externalName: db.example.com\n');
    expect(diagnostics).toEqual([]);
    expect(cluster.services.find((s) => s.name === 'db')).toMatchObject({ type: 'ExternalName', clusterIP: '', externalName: 'db.example.com' });
    expect(cluster.endpointSlices.filter((s) => s.service === 'db')).toEqual([]);
  });

  it('NodePort and LoadBalancer get node ports in range, Cluster traffic policy and a pretend LB IP', () => {
    const text = tweak(web, 'type: ClusterIP', 'type: LoadBalancer');
    const s = loadCluster(text).cluster.services.find((x) => x.name === 'web-service');
    expect(s?.externalTrafficPolicy).toBe('Cluster');
    expect(s?.ports[0]?.nodePort).toBeGreaterThanOrEqual(30000);
    expect(s?.ports[0]?.nodePort).toBeLessThanOrEqual(32767);
    expect(s?.loadBalancerIngressIP).toMatch(/^172\.18\.255\.(2[0-4]\d|25[0-5])$/);
  });

  it('a selector-less Service takes a user EndpointSlice', () => {
    const text = `apiVersion: v1
kind: Service
metadata:
  name: external-db
spec:
  ports:
  - port: 5432
    name: pg
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: external-db-1
  labels:
    kubernetes.io/service-name: external-db
addressType: IPv4
ports:
- name: pg
  port: 5432
endpoints:
- addresses: ["192.168.10.20"]
  conditions:
    ready: true
`;
    const { cluster, diagnostics } = loadCluster(text);
    expect(diagnostics).toEqual([]);
    expect(cluster.endpointSlices.filter((s) => s.service === 'external-db')).toEqual([
      {
        namespace: 'default',
        name: 'external-db-1',
        service: 'external-db',
        addressType: 'IPv4',
        endpoints: [{ addresses: ['192.168.10.20'], conditions: { ready: true, serving: true, terminating: false } }],
        ports: [{ name: 'pg', protocol: 'TCP', port: 5432 }],
        managedBy: 'user',
        source: { line: 10, column: 1 },
      },
    ]);
  });
});

describe('learner warnings follow the cluster after actions', () => {
  const mixed = manifest('mysql-mixed');
  const label = (name: string) => ({ type: 'labelPod' as const, namespace: 'default', name, key: 'role', value: 'replica' });
  const codes = (r: { diagnostics: Diagnostic[] }) => r.diagnostics.map((d) => `${d.code} ${d.object ?? ''}`);

  // The article's mysql StatefulSet sets no root password; that warning stays whatever the labels.
  const password = 'mysql-password-missing StatefulSet/default/mysql';

  it('labelling mysql-1 and mysql-2 role=replica gives mysql-read its endpoints and clears its warning', () => {
    expect(codes(loadCluster(mixed))).toEqual(['selector-matches-nothing Service/default/mysql-read', password]);
    expect(codes(loadCluster(mixed, { actions: [label('mysql-1')] }))).toEqual([password]);
    expect(codes(loadCluster(mixed, { actions: [label('mysql-1'), label('mysql-2')] }))).toEqual([password]);
  });

  it('taking the label away again brings the warning back, at the same line', () => {
    const before = loadCluster(mixed).diagnostics;
    const after = loadCluster(mixed, { actions: [label('mysql-1'), { type: 'unlabelPod', namespace: 'default', name: 'mysql-1', key: 'role' }] });
    expect(after.diagnostics).toEqual(before);
  });
});
