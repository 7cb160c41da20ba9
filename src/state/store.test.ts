// Store logic against the real core on the main thread: debounce, keeping the last good cluster, actions, scale,
// send and playback, and that later commands name the cluster's revision instead of sending the text again.
import { describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '../scenarios';
import { createAppStore } from './store';
import { linkWriter } from './link-writer';
import { createTestCore } from './testing/test-core';

const portError = {
  severity: 'error', message: 'spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive',
  path: 'spec.ports[0].port', object: 'Service/default/web-service', code: 'invalid', line: 15, column: 5, endLine: 15, endColumn: 16,
};
const brokenPort = defaultScenario.source.replace('- port: 80', '- port: 70000');

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('app store', () => {
  it('rebuilds after the debounce, once for a burst of typing', async () => {
    vi.useFakeTimers();
    const { core, calls } = createTestCore();
    const store = createAppStore({ links: linkWriter, core, debounceMs: 250 });
    store.getState().setSource('a');
    store.getState().setSource('ab');
    store.getState().setSource('abc');
    expect(calls.build).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(260);
    expect(calls.build).toHaveLength(1);
    expect(calls.build[0]!.recipe.source).toBe('abc');
    vi.useRealTimers();
  });

  it('a broken document keeps the last good cluster, marked stale, with its errors', async () => {
    const { core } = createTestCore();
    const store = createAppStore({ links: linkWriter, core });
    await store.getState().rebuild();
    const good = store.getState().cluster;
    expect(good?.services.some((s) => s.name === 'web-service')).toBe(true);
    store.getState().replaceSource(brokenPort);
    await flush();
    await flush();
    const s = store.getState();
    expect(s.stale).toBe(true);
    expect(s.cluster).toBe(good);
    expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([portError]);
    store.getState().replaceSource(defaultScenario.source);
    await flush();
    await flush();
    expect(store.getState().stale).toBe(false);
    expect(store.getState().diagnostics.map((d) => d.code)).toEqual(['mysql-password-missing']);
  });

  it('status actions accumulate and reset; scale edits the text instead', async () => {
    const { core, calls } = createTestCore();
    const store = createAppStore({ links: linkWriter, core });
    await store.getState().rebuild();
    store.getState().applyAction({ type: 'deletePod', namespace: 'default', name: 'mysql-1' });
    await flush();
    expect(store.getState().actions).toHaveLength(1);
    expect(calls.build.at(-1)!.recipe.actions).toEqual([{ type: 'deletePod', namespace: 'default', name: 'mysql-1' }]);
    store.getState().applyAction({ type: 'scale', namespace: 'default', kind: 'Deployment', name: 'nginx', replicas: 5 });
    await flush();
    await flush();
    // The nginx Deployment's `replicas: 3` is the first in the text; the StatefulSet's stays.
    expect(store.getState().source).toBe(defaultScenario.source.replace('replicas: 3', 'replicas: 5'));
    expect(store.getState().sourceRevision).toBe(1);
    expect(store.getState().actions).toHaveLength(1);
    store.getState().resetActions();
    expect(store.getState().actions).toEqual([]);
  });

  it('a scale the core refuses leaves the text and shows the code for the UI to word', async () => {
    const { core } = createTestCore();
    const store = createAppStore({ links: linkWriter, core });
    await store.getState().rebuild();
    await store.getState().scale({ kind: 'Deployment', namespace: 'default', name: 'gone' }, 5);
    expect(store.getState().source).toBe(defaultScenario.source);
    expect(store.getState().sourceRevision).toBe(0);
    expect(store.getState().actionErrors).toEqual([{ code: 'workload-not-found', kind: 'Deployment', name: 'gone' }]);
  });

  it('a scale edits the text on screen, even one typed after the last build', async () => {
    const { core } = createTestCore();
    const store = createAppStore({ links: linkWriter, core, debounceMs: 10_000 });
    await store.getState().rebuild();
    const typed = `${defaultScenario.source}# typed\n`;
    store.getState().setSource(typed);
    await store.getState().scale({ kind: 'StatefulSet', namespace: 'default', name: 'mysql' }, 1);
    expect(store.getState().source).toBe(`${defaultScenario.source.replace(/replicas: 3(?![\s\S]*replicas: 3)/, 'replicas: 1')}# typed\n`);
  });

  it('send keeps the trace, the client state and the seed sequence; playback steps within the trace', async () => {
    const { core, calls } = createTestCore();
    const store = createAppStore({ links: linkWriter, core });
    await store.getState().rebuild();
    await store.getState().send(1);
    let s = store.getState();
    const hops = s.trace!.hops.length;
    expect(s.trace?.outcome).toBe('delivered');
    expect(hops).toBeGreaterThan(2);
    expect(s.playing).toBe(true);
    // The default client is the article's busybox wget: a new process per request, nothing cached.
    expect(s.clientState?.dnsCache).toEqual({});
    expect(s.clientState?.now).toBe(1);
    expect(calls.send[0]!.request.options).toMatchObject({ client: 'busybox-wget' });
    const afterOne = s.clientState;
    await store.getState().send(100);
    s = store.getState();
    const nginx = s.cluster!.pods.filter((p) => p.name.startsWith('nginx-')).map((p) => `${p.namespace}/${p.name}`);
    expect(Object.keys(s.distribution!).sort()).toEqual(nginx.sort());
    expect(Object.values(s.distribution!).reduce((a, b) => a + b, 0)).toBe(100);
    expect(s.sent).toBe(101);
    expect(calls.send.map((c) => c.request.seed)).toEqual([1, 2]);
    expect(calls.send[1]!.request.state).toEqual(afterOne);
    store.getState().stepForward();
    store.getState().stepForward();
    expect(store.getState().activeHop).toBe(2);
    store.getState().stepBack();
    expect(store.getState().activeHop).toBe(1);
    expect(store.getState().playing).toBe(false);
    store.getState().setActiveHop(hops + 5);
    store.getState().stepForward();
    expect(store.getState().activeHop).toBe(store.getState().trace!.hops.length - 1);
  });

  it('one trip builds the cluster and prints its terminals; later commands name its revision, not the text', async () => {
    const { core, calls } = createTestCore();
    const store = createAppStore({ links: linkWriter, core });
    await store.getState().rebuild();
    expect(calls.views).toHaveLength(0);
    const s = store.getState();
    expect(s.views?.dns[0]).toMatchObject({ status: 'ok', answers: [{ type: 'A', data: '10.96.100.50' }] });
    expect(s.views?.iptables).toMatchObject({ status: 'ok', text: expect.stringContaining('KUBE-SERVICES') });
    await store.getState().send(1);
    store.getState().setDnsTool('dig');
    await flush();
    expect(store.getState().views?.dns[0]).toMatchObject({ status: 'ok', text: expect.stringContaining('<<>> DiG') });
    const revision = s.builtFrom!.revision;
    for (const c of [...calls.send, ...calls.views]) {
      expect(c.revision).toBe(revision);
      expect(c).not.toHaveProperty('recipe.source');
    }
  });

  it('a core that lost its clusters (a fresh worker after an overrun) gets the recipe again, unseen by the learner', async () => {
    const { core, calls, restart } = createTestCore();
    const store = createAppStore({ links: linkWriter, core });
    await store.getState().rebuild();
    store.getState().applyAction({ type: 'deletePod', namespace: 'default', name: 'mysql-1' });
    await flush();
    const built = store.getState().builtFrom!;
    restart();
    await store.getState().send(1);
    expect(store.getState().trafficError).toBeNull();
    expect(store.getState().trace?.outcome).toBe('delivered');
    // Asked with the revision alone, then once more with the recipe it was built from, actions included.
    expect(calls.send.map((c) => c.recipe)).toEqual([undefined, { source: built.source, nodes: built.nodes, actions: built.actions, kubernetesVersion: built.kubernetesVersion }]);
    store.getState().setDnsTool('dig');
    await flush();
    expect(calls.views.map((c) => c.recipe)).toEqual([undefined]);
    expect(store.getState().views?.dns[0]).toMatchObject({ status: 'ok', text: expect.stringContaining('<<>> DiG') });
  });

  it('terminals changed while a cluster is built show what was chosen, for the new cluster', async () => {
    const { core } = createTestCore();
    const store = createAppStore({ links: linkWriter, core });
    const building = store.getState().rebuild();
    store.getState().setDnsTool('dig');
    await building;
    await flush();
    expect(store.getState().views?.dns[1]).toMatchObject({ status: 'ok', text: expect.stringContaining('<<>> DiG') });
  });

  it('the Kubernetes minor chosen in Options is the one the cluster is built under, and choosing another builds again', async () => {
    const { core, calls } = createTestCore();
    const store = createAppStore({ links: linkWriter, core });
    await store.getState().rebuild();
    expect(calls.build.at(-1)!.recipe.kubernetesVersion).toBe('1.35');
    store.getState().setKubernetesVersion('1.37');
    await flush();
    await flush();
    expect(calls.build.map((c) => c.recipe.kubernetesVersion)).toEqual(['1.35', '1.37']);
    expect(store.getState().builtFrom?.kubernetesVersion).toBe('1.37');
    store.getState().setKubernetesVersion('1.37');
    await flush();
    expect(calls.build).toHaveLength(2);
  });

  it('loading a scenario resets actions, trace and selection and sets its suggested request', async () => {
    const { core } = createTestCore();
    const store = createAppStore({ links: linkWriter, core });
    store.setState({ actions: [{ type: 'deletePod', namespace: 'default', name: 'x' }], selection: 'pod:default/x' });
    store.getState().loadScenario('kafka');
    const s = store.getState();
    expect(s.actions).toEqual([]);
    expect(s.selection).toBeNull();
    expect(s.target).toBe('kafka:9092');
    expect(s.source).toContain('name: kafka');
  });
});
