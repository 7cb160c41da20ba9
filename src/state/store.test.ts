// Store logic with a scripted core: debounce, keeping the last good cluster, actions, scale, send and playback.
import { describe, expect, it, vi } from 'vitest';
import { seedCluster } from '../core/testing/seed-cluster';
import type { Diagnostic } from '../core';
import { createAppStore } from './store';
import type { CoreClient } from './worker/client';
import type { BuildResult, WorkerRequest } from './worker/protocol';

const portError: Diagnostic = { severity: 'error', code: 'invalid', message: 'spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive', line: 15, column: 5 };

function fakeCore(opts: { broken?: (source: string) => boolean } = {}) {
  const calls: WorkerRequest[] = [];
  const client: CoreClient = {
    mode: 'main-thread',
    dispose() {},
    async call(_channel, req) {
      calls.push(req);
      switch (req.op) {
        case 'build': {
          const cluster = seedCluster();
          cluster.services = cluster.services.filter((s) => !(opts.broken?.(req.input.source) && s.name === 'web-service'));
          const r: BuildResult = { cluster, diagnostics: opts.broken?.(req.input.source) ? [portError] : [], actionErrors: [], models: {} };
          return r as never;
        }
        case 'views':
          return { dns: [{ status: 'ok', text: 'A' }, { status: 'ok', text: 'B' }], resolvConf: { status: 'ok', text: 'R' }, iptables: { status: 'ok', text: 'I' }, ipvs: { status: 'ok', text: 'V' } } as never;
        case 'send':
          return {
            trace: { hops: [{ kind: 'dns-query', from: 'pod:default/test', to: 'dns:kube-dns', detail: {} }, { kind: 'deliver', from: 'x', to: 'pod:default/mysql-0', detail: {} }], outcome: 'delivered', reason: 'delivered', pod: 'default/mysql-0' },
            state: { now: 5 },
            distribution: req.count > 1 ? { 'default/mysql-0': req.count } : null,
          } as never;
        case 'scale':
          if (req.workload.name === 'gone') return { source: null, error: { code: 'workload-not-found', kind: req.workload.kind, name: 'gone' } } as never;
          return { source: req.input.source.replace('replicas: 3', `replicas: ${req.replicas}`) } as never;
      }
    },
  };
  return { client, calls };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('app store', () => {
  it('rebuilds after the debounce, once for a burst of typing', async () => {
    vi.useFakeTimers();
    const { client, calls } = fakeCore();
    const store = createAppStore({ core: client, debounceMs: 250 });
    store.getState().setSource('a');
    store.getState().setSource('ab');
    store.getState().setSource('abc');
    expect(calls.filter((c) => c.op === 'build')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(260);
    const builds = calls.filter((c) => c.op === 'build');
    expect(builds).toHaveLength(1);
    expect(builds[0]!.op === 'build' && builds[0]!.input.source).toBe('abc');
    vi.useRealTimers();
  });

  it('a broken document keeps the last good cluster, marked stale, with its errors', async () => {
    const { client } = fakeCore({ broken: (s) => s.includes('70000') });
    const store = createAppStore({ core: client });
    await store.getState().rebuild();
    const good = store.getState().cluster;
    expect(good?.services.some((s) => s.name === 'web-service')).toBe(true);
    store.getState().replaceSource('- port: 70000');
    await flush();
    await flush();
    const s = store.getState();
    expect(s.stale).toBe(true);
    expect(s.cluster).toBe(good);
    expect(s.diagnostics).toEqual([portError]);
    store.getState().replaceSource('- port: 80');
    await flush();
    await flush();
    expect(store.getState().stale).toBe(false);
    expect(store.getState().diagnostics).toEqual([]);
  });

  it('status actions accumulate and reset; scale edits the text instead', async () => {
    const { client, calls } = fakeCore();
    const store = createAppStore({ core: client });
    store.setState({ source: 'replicas: 3' });
    await store.getState().rebuild();
    store.getState().applyAction({ type: 'deletePod', namespace: 'default', name: 'mysql-1' });
    await flush();
    expect(store.getState().actions).toHaveLength(1);
    const lastBuild = calls.filter((c) => c.op === 'build').at(-1)!;
    expect(lastBuild.op === 'build' && lastBuild.input.actions).toEqual([{ type: 'deletePod', namespace: 'default', name: 'mysql-1' }]);
    store.getState().applyAction({ type: 'scale', namespace: 'default', kind: 'Deployment', name: 'nginx', replicas: 5 });
    await flush();
    await flush();
    expect(store.getState().source).toBe('replicas: 5');
    expect(store.getState().sourceRevision).toBe(1);
    expect(store.getState().actions).toHaveLength(1);
    store.getState().resetActions();
    expect(store.getState().actions).toEqual([]);
  });

  it('a scale the core refuses leaves the text and shows the code for the UI to word', async () => {
    const { client } = fakeCore();
    const store = createAppStore({ core: client });
    store.setState({ source: 'replicas: 3' });
    await store.getState().rebuild();
    await store.getState().scale({ kind: 'Deployment', namespace: 'default', name: 'gone' }, 5);
    expect(store.getState().source).toBe('replicas: 3');
    expect(store.getState().sourceRevision).toBe(0);
    expect(store.getState().actionErrors).toEqual([{ code: 'workload-not-found', kind: 'Deployment', name: 'gone' }]);
  });

  it('send keeps the trace, the client state and the seed sequence; playback steps within the trace', async () => {
    const { client, calls } = fakeCore();
    const store = createAppStore({ core: client });
    await store.getState().rebuild();
    await store.getState().send(1);
    let s = store.getState();
    expect(s.trace?.hops).toHaveLength(2);
    expect(s.playing).toBe(true);
    expect(s.clientState).toEqual({ now: 5 });
    await store.getState().send(100);
    s = store.getState();
    expect(s.distribution).toEqual({ 'default/mysql-0': 100 });
    expect(s.sent).toBe(101);
    const sends = calls.filter((c) => c.op === 'send');
    expect(sends.map((c) => c.op === 'send' && c.request.seed)).toEqual([1, 2]);
    expect(sends[1]!.op === 'send' && sends[1]!.request.state).toEqual({ now: 5 });
    store.getState().stepForward();
    store.getState().stepForward();
    expect(store.getState().activeHop).toBe(1);
    store.getState().stepBack();
    expect(store.getState().activeHop).toBe(0);
    expect(store.getState().playing).toBe(false);
  });

  it('loading a scenario resets actions, trace and selection and sets its suggested request', async () => {
    const { client } = fakeCore();
    const store = createAppStore({ core: client });
    store.setState({ actions: [{ type: 'deletePod', namespace: 'default', name: 'x' }], selection: 'pod:default/x' });
    store.getState().loadScenario('kafka');
    const s = store.getState();
    expect(s.actions).toEqual([]);
    expect(s.selection).toBeNull();
    expect(s.target).toBe('kafka:9092');
    expect(s.source).toContain('name: kafka');
  });
});
