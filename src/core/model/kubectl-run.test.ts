// The seed's client is `kubectl run test --rm -it --image=busybox -- /bin/sh`: in nobody's YAML, started by the
// playground once the manifests are applied (loadCluster's `run`), removable and startable again (actions).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatKubectlRun } from '../kubectl/run';
import { applyActions } from './actions';
import { SEED_CLIENT } from './defaults';
import { loadCluster } from './load';
import { findPod } from './pod-ref';
import type { Cluster } from './types';

const scenario = (name: string): string => readFileSync(new URL(`../../scenarios/${name}.yaml`, import.meta.url), 'utf8');
/** The default scenario as it was when its YAML still defined the `test` Pod: what older links carry. */
const withTestPod = readFileSync(new URL('../testdata/manifests/default-scenario.yaml', import.meta.url), 'utf8');

// The seed's 场景 1, pasted as it is.
const article1 = readFileSync(new URL('../testdata/manifests/article-scenario-1.yaml', import.meta.url), 'utf8');

const podsAt = (c: Cluster) => c.pods.map((p) => `${p.namespace}/${p.name} ${p.node} ${p.ip} ${JSON.stringify(p.labels)}`);

describe('the seed client, kubectl run test', () => {
  it('runs whatever the YAML says: the pasted 场景 1 has it, labelled run=test, with no diagnostics', () => {
    const { cluster, diagnostics } = loadCluster(article1, { run: [SEED_CLIENT] });
    expect(diagnostics).toEqual([]);
    const test = findPod(cluster, 'default/test');
    expect(test).toMatchObject({ labels: { run: 'test' }, image: 'busybox', phase: 'Running', ready: true, containerPorts: [] });
    expect(test?.kubectlRun).toEqual(SEED_CLIENT);
    expect(formatKubectlRun(test!.kubectlRun!)).toBe('kubectl run test --rm -it --image=busybox -- /bin/sh');
  });

  it('is no longer in any scenario\'s YAML: every scenario gets it from `run`', () => {
    for (const name of ['default', 'web-clusterip', 'mysql-headless', 'mysql-mixed', 'kafka', 'session-affinity']) {
      expect(findPod(loadCluster(scenario(name)).cluster, 'default/test'), name).toBeUndefined();
      expect(findPod(loadCluster(scenario(name), { run: [SEED_CLIENT] }).cluster, 'default/test')?.kubectlRun, name).toEqual(SEED_CLIENT);
    }
  });

  it('an older link whose YAML defines test keeps that Pod as the client, and the same cluster as the playground runs now', () => {
    const old = loadCluster(withTestPod, { run: [SEED_CLIENT] });
    // The article's mysql StatefulSet sets no root password: the one warning, and no error.
    expect(old.diagnostics.map((d) => d.code)).toEqual(['mysql-password-missing']);
    expect(findPod(old.cluster, 'default/test')?.kubectlRun).toBeUndefined();
    // Same node and address for every Pod, the client included: links keep their traces.
    const now = loadCluster(scenario('default'), { run: [SEED_CLIENT] }).cluster;
    expect(podsAt(now)).toEqual(podsAt(old.cluster));
    expect(findPod(now, 'default/test')).toMatchObject({ node: 'node-1', ip: '10.244.1.205', kubectlRun: SEED_CLIENT });
  });

  it('can be removed and started again; starting it twice is kubectl\'s AlreadyExists', () => {
    const start = loadCluster(scenario('default'), { run: [SEED_CLIENT] }).cluster;
    const gone = applyActions(start, [{ type: 'deletePod', namespace: 'default', name: 'test' }]);
    expect(findPod(gone.cluster, 'default/test')).toBeUndefined();
    const back = applyActions(gone.cluster, [{ type: 'runPod', ...SEED_CLIENT }]);
    expect(back.diagnostics).toBeUndefined();
    // The scheduler's hash gives it the same node and address again.
    expect(findPod(back.cluster, 'default/test')).toEqual(findPod(start, 'default/test'));
    const twice = applyActions(back.cluster, [{ type: 'runPod', ...SEED_CLIENT }]);
    expect(twice.diagnostics).toEqual([{ severity: 'error', code: 'already-exists', message: 'pods "test" already exists', line: 1, column: 1 }]);
  });

  it('in a namespace that does not exist, it is kubectl\'s NotFound', () => {
    const start = loadCluster(scenario('default')).cluster;
    expect(applyActions(start, [{ type: 'runPod', namespace: 'dev', name: 'test', image: 'busybox' }]).diagnostics)
      .toEqual([{ severity: 'error', code: 'namespace-not-found', message: 'namespaces "dev" not found', line: 1, column: 1 }]);
  });

  it('actions given to loadCluster apply after it, and their errors come back apart from the manifests\'', () => {
    const r = loadCluster(scenario('default'), { run: [SEED_CLIENT], actions: [{ type: 'deletePod', namespace: 'default', name: 'nosuch' }] });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['mysql-password-missing']);
    expect(r.actionDiagnostics).toEqual([{ severity: 'error', code: 'not-found', message: 'pods "nosuch" not found', line: 1, column: 1 }]);
  });
});
