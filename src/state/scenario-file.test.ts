import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { load, loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadCluster } from '../core';
import { exportScenarioYaml, formatActionAsKubectl, MAX_IMPORT_BYTES, scenarioFileName } from './scenario-file';
import { importScenarioText } from './scenario-import';
import type { ClusterAction } from './url-codec';

const defaultYaml = readFileSync(new URL('../scenarios/default.yaml', import.meta.url), 'utf8');
const kubectlList = readFileSync(new URL('./testdata/kubectl-get-svc-deploy-sts.yaml', import.meta.url), 'utf8');

const actions: ClusterAction[] = [
  { type: 'scale', namespace: 'default', kind: 'Deployment', name: 'nginx', replicas: 5 },
  { type: 'deletePod', namespace: 'default', name: 'mysql-1' },
  { type: 'setPodReady', namespace: 'default', name: 'mysql-2', ready: false },
  { type: 'labelPod', namespace: 'shop', name: 'test', key: 'tier', value: 'client' },
  { type: 'unlabelPod', namespace: 'default', name: 'test', key: 'run' },
];

describe('export', () => {
  it('is the editor text itself, so export → import gives the same text', () => {
    const file = exportScenarioYaml(defaultYaml);
    expect(file).toBe(defaultYaml);
    expect(importScenarioText(file)).toEqual({ ok: true, value: { yaml: defaultYaml, converted: false, dropped: [] } });
  });

  it('round-trips any text that is not a List (fast-check)', () => {
    // eslint-disable-next-line no-control-regex -- the control characters import refuses as binary
    const binary = /[\u0000-\u0008\u000e-\u001f]/;
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }).filter((s) => s.trim() !== '' && !binary.test(s) && !s.startsWith('\uFEFF')), (text) => {
      const file = exportScenarioYaml(text);
      const back = importScenarioText(file);
      if (/^kind:\s*["']?List/m.test(file)) return; // a List is rewritten by design
      expect(back).toEqual({ ok: true, value: { yaml: file, converted: false, dropped: [] } });
      expect(exportScenarioYaml(file)).toBe(file);
    }), { numRuns: 300 });
  });

  it('appends the actions as kubectl commands in comments, which kubectl apply ignores', () => {
    const file = exportScenarioYaml(defaultYaml, actions);
    expect(file.startsWith(defaultYaml)).toBe(true);
    expect(file.slice(defaultYaml.length)).toBe([
      '',
      '# --- Cluster actions done in the playground (run these after kubectl apply -f) ---',
      '# kubectl scale deployment/nginx --replicas=5',
      '# kubectl delete pod mysql-1',
      '# Pod mysql-2 marked not Ready (its readiness probe fails)',
      '# kubectl label pod test -n shop tier=client --overwrite',
      '# kubectl label pod test run-',
      '',
    ].join('\n'));
    // Same objects as without actions: the block is comments only.
    expect(loadAll(file)).toEqual(loadAll(defaultYaml));
    // Exporting the exported text again with actions does not stack a second block.
    expect(exportScenarioYaml(file, actions)).toBe(file);
  });

  it('without actions is exactly the editor text, even one that holds an earlier export\'s actions block', () => {
    const opened = exportScenarioYaml(defaultYaml, actions);
    expect(exportScenarioYaml(opened)).toBe(opened);
    // Edited after it was opened: a document added below the block is kept, by both downloads.
    const edited = `${opened}---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: added\n`;
    expect(exportScenarioYaml(edited)).toBe(edited);
    const again = exportScenarioYaml(edited, actions.slice(0, 1));
    expect(again.startsWith(edited)).toBe(true);
    expect(again.slice(edited.length)).toBe('\n# --- Cluster actions done in the playground (run these after kubectl apply -f) ---\n# kubectl scale deployment/nginx --replicas=5\n');
  });

  it('with new actions, replaces an earlier block left at the end, keeping the text above it', () => {
    const opened = exportScenarioYaml(defaultYaml, actions);
    expect(exportScenarioYaml(opened, actions.slice(1, 2))).toBe(`${defaultYaml}\n# --- Cluster actions done in the playground (run these after kubectl apply -f) ---\n# kubectl delete pod mysql-1\n`);
  });

  it('adds a final newline', () => {
    expect(exportScenarioYaml('a: 1')).toBe('a: 1\n');
    expect(exportScenarioYaml('')).toBe('');
  });

  it.each([
    { id: undefined, want: 'k8s-service-playground.yaml' },
    { id: 'mysql-headless', want: 'mysql-headless.yaml' },
    { id: '../../etc/passwd', want: 'etc-passwd.yaml' },
    { id: '<script>', want: 'script.yaml' },
  ])('file name for $id', ({ id, want }) => {
    expect(scenarioFileName(id)).toBe(want);
  });

  it('formats each action', () => {
    expect(formatActionAsKubectl({ type: 'scale', namespace: 'db', kind: 'StatefulSet', name: 'mysql', replicas: 0 }))
      .toBe('kubectl scale statefulset/mysql -n db --replicas=0');
    expect(formatActionAsKubectl({ type: 'runPod', namespace: 'default', name: 'test', image: 'busybox' }))
      .toBe('kubectl run test --rm -it --image=busybox -- /bin/sh');
  });
});

describe('import', () => {
  it('unpacks kubectl get svc,deploy,sts -o yaml into clean documents', () => {
    const r = importScenarioText(kubectlList);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.converted).toBe(true);
    expect(r.value.dropped).toEqual([{ kind: 'Service', namespace: 'default', name: 'kubernetes', reason: 'system' }]);
    const docs = loadAll(r.value.yaml) as Record<string, unknown>[];
    expect(docs.map((d) => `${String(d.kind)}/${String((d.metadata as { name: string }).name)}`))
      .toEqual(['Service/mysql-headless', 'Service/web-service', 'Deployment/nginx', 'StatefulSet/mysql']);
    expect(r.value.yaml).not.toMatch(/uid:|resourceVersion|creationTimestamp|last-applied|managedFields|clusterIPs|ipFamil|^status:|revision:/m);
    expect(docs[1]).toEqual({
      apiVersion: 'v1', kind: 'Service', metadata: { name: 'web-service', namespace: 'default' },
      spec: { clusterIP: '10.96.100.50', internalTrafficPolicy: 'Cluster', ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }], selector: { app: 'nginx' }, sessionAffinity: 'None', type: 'ClusterIP' },
    });
    // Re-importing the converted text keeps it: it is plain multi-document YAML now.
    expect(importScenarioText(r.value.yaml)).toEqual({ ok: true, value: { yaml: r.value.yaml, converted: false, dropped: [] } });
  });

  it('loads in the core without errors, as the same Services and workloads as the scenario it came from', () => {
    // As pasted, the List repeats the cluster's own default/kubernetes Service, which the API server
    // (and so the core) refuses as a duplicate VIP.
    expect(loadCluster(kubectlList).diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([expect.stringMatching(/provided IP is already allocated/)]);
    const r = importScenarioText(kubectlList);
    if (!r.ok) throw new Error('import');
    const imported = loadCluster(r.value.yaml);
    // Only the warning the default scenario has too: its mysql container lacks a root password option.
    expect(imported.diagnostics.map((d) => d.code)).toEqual(['mysql-password-missing']);
    const original = loadCluster(defaultYaml).cluster;
    const svc = (c: typeof original) => c.services.map((x) => `${x.namespace}/${x.name} ${x.clusterIP} ${x.ports.map((p) => `${p.port}->${p.targetPort}`).join(',')}`).sort();
    expect(svc(imported.cluster)).toEqual(svc(original));
    const pods = (c: typeof original) => c.pods.filter((p) => p.owner?.workload?.kind === 'Deployment').map((p) => `${p.name} ${p.ip}`).sort();
    expect(pods(imported.cluster)).toEqual(pods(original));
  });

  it('exported YAML re-imports to the same cluster', () => {
    const file = exportScenarioYaml(defaultYaml, actions);
    const r = importScenarioText(file);
    if (!r.ok) throw new Error('import');
    expect(loadCluster(r.value.yaml)).toEqual(loadCluster(defaultYaml));
  });

  it('drops ReplicaSets, their Pods and controller EndpointSlices (kubectl get all), keeps a bare Pod\'s IP and Ready condition', () => {
    const list = `apiVersion: v1
kind: List
items:
- apiVersion: apps/v1
  kind: ReplicaSet
  metadata: { name: nginx-5c7588df, namespace: default, ownerReferences: [{ kind: Deployment, name: nginx }] }
- apiVersion: v1
  kind: Pod
  metadata: { name: nginx-5c7588df-2kx8j, ownerReferences: [{ kind: ReplicaSet, name: nginx-5c7588df }] }
- apiVersion: discovery.k8s.io/v1
  kind: EndpointSlice
  metadata: { name: web-8fz2m, labels: { endpointslice.kubernetes.io/managed-by: endpointslice-controller.k8s.io } }
- apiVersion: v1
  kind: Pod
  metadata: { name: coredns-7db6d8ff4d-4x9tq, namespace: kube-system }
- apiVersion: v1
  kind: Pod
  metadata: { name: test, labels: { run: test } }
  spec: { nodeName: minikube, containers: [{ name: test, image: busybox }] }
  status:
    phase: Running
    podIP: 10.244.2.9
    hostIP: 192.168.49.2
    conditions:
    - { type: Initialized, status: "True" }
    - { type: Ready, status: "True" }
- apiVersion: v1
  kind: Service
  metadata: { name: far }
  spec: { clusterIP: 172.20.4.9, ports: [{ port: 80 }] }
`;
    const r = importScenarioText(list);
    if (!r.ok) throw new Error('import');
    expect(r.value.dropped.map((d) => `${d.kind}/${d.name}:${d.reason}`)).toEqual([
      'ReplicaSet/nginx-5c7588df:owned', 'Pod/nginx-5c7588df-2kx8j:owned', 'EndpointSlice/web-8fz2m:owned', 'Pod/coredns-7db6d8ff4d-4x9tq:system',
    ]);
    expect(loadAll(r.value.yaml)).toEqual([
      { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'test', labels: { run: 'test' } }, spec: { containers: [{ name: 'test', image: 'busybox' }] },
        status: { podIP: '10.244.2.9', conditions: [{ type: 'Ready', status: 'True' }] } },
      // A VIP outside the playground's 10.96.0.0/12 is dropped so the cluster picks one.
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 'far' }, spec: { ports: [{ port: 80 }] } },
    ]);
  });

  it.each([
    { name: 'empty', text: '  \n', want: { code: 'empty' } },
    { name: 'binary', text: 'PK\u0003\u0004zip', want: { code: 'not-text' } },
    { name: 'NUL', text: 'kind: Service\u0000', want: { code: 'not-text' } },
    { name: 'over 1 MB', text: 'a'.repeat(MAX_IMPORT_BYTES + 1), want: { code: 'too-large', limit: MAX_IMPORT_BYTES } },
  ])('refuses $name', ({ text, want }) => {
    expect(importScenarioText(text)).toEqual({ ok: false, error: want });
  });

  it('keeps broken YAML as text (the editor shows the error at its line)', () => {
    const broken = 'kind: List\nitems:\n  - a: [\n';
    expect(importScenarioText(broken)).toEqual({ ok: true, value: { yaml: broken, converted: false, dropped: [] } });
  });

  it('strips a byte-order mark', () => {
    expect(importScenarioText('\uFEFFkind: Service\n')).toMatchObject({ ok: true, value: { yaml: 'kind: Service\n' } });
  });

  it('leaves an alias bomb alone instead of walking it', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) lines.push(`a${i}: &a${i} [*a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}]`);
    const bomb = `kind: List\nitems: []\n${lines.join('\n')}\n`;
    const t0 = performance.now();
    expect(importScenarioText(bomb)).toMatchObject({ ok: true, value: { converted: false } });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(load(bomb)).toBeTruthy();
  });
});
