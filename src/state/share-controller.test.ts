import { describe, expect, it } from 'vitest';
import { seedCluster } from '../core/testing/seed-cluster';
import { attachShareController, toShareAction } from './share-controller';
import { createAppStore } from './store';
import { decodeShareFragment, encodeShareState } from './url-codec';
import type { CoreClient } from './worker/client';
import type { WorkerRequest } from './worker/protocol';

/** A core whose trace is a pure function of everything that must travel in a link: the request seed, the
 *  client's state from earlier sends, the actions applied, the text and the target. */
function fakeCore(): CoreClient {
  const call = async (_channel: string, req: WorkerRequest): Promise<unknown> => {
    switch (req.op) {
      case 'build': return { cluster: seedCluster(), diagnostics: [], actionErrors: [], models: {} };
      case 'views': return { dns: [{ status: 'ok', text: 'a' }, { status: 'ok', text: 'b' }], resolvConf: { status: 'ok', text: 'r' }, iptables: { status: 'ok', text: 'i' }, ipvs: { status: 'ok', text: 'v' } };
      case 'send': {
        const prior = (req.request.state as number | undefined) ?? 0;
        const to = `seed=${req.request.seed} prior=${prior} actions=${req.input.actions.length} text=${req.input.source.length} url=${req.request.url} ka=${req.request.options?.keepAlive}`;
        return {
          trace: { hops: [{ kind: 'dns-query', from: 'pod:default/test', to: 'dns' }, { kind: 'deliver', from: 'dns', to }], outcome: 'delivered' },
          state: prior + req.count, distribution: null,
        };
      }
      case 'scale': return { source: null, error: 'no' };
    }
  };
  return { call: call as CoreClient['call'], mode: 'main-thread', dispose() {} };
}

const newStore = () => createAppStore({ core: fakeCore(), debounceMs: 0 });

describe('share controller', () => {
  it('a link reopens the same text, actions, options, view and trace (send log replayed)', async () => {
    const author = newStore();
    const share = attachShareController(author);
    const a = author.getState();
    a.replaceSource('kind: Service # edited\n');
    await a.rebuild();
    a.setTarget('mysql-0.mysql-headless:3306');
    a.setOption('keepAlive', true);
    await author.getState().send(1);
    author.getState().applyAction({ type: 'deletePod', namespace: 'default', name: 'mysql-0' });
    await author.getState().rebuild();
    author.getState().setTarget('web-service');
    await author.getState().send(10);
    author.getState().setActiveHop(1);
    author.getState().setDnsTool('dig');
    author.getState().setTerminalTab('iptables');
    const want = author.getState();

    const snap = share.snapshot();
    const link = encodeShareState(snap);
    if (!link.ok) throw new Error(JSON.stringify(link.error));
    const opened = decodeShareFragment(link.value);
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    expect(opened.value.sends).toEqual([{ count: 1, afterActions: 0, target: 'mysql-0.mysql-headless:3306' }, { count: 10, afterActions: 1 }]);

    const reader = newStore();
    const readerShare = attachShareController(reader);
    await readerShare.open(opened.value);
    const got = reader.getState();
    expect(got.source).toBe(want.source);
    expect(got.actions).toEqual(want.actions);
    expect(got.target).toBe('web-service');
    expect(got.options).toEqual(want.options);
    expect(got.trace).toEqual(want.trace);
    expect(got.clientState).toEqual(want.clientState);
    expect(got.activeHop).toBe(1);
    expect(got.dnsTool).toBe('dig');
    expect(got.terminalTab).toBe('iptables');
    // And sharing again from the reader gives the same link.
    expect(encodeShareState(readerShare.snapshot())).toEqual(link);
  });

  it('a client reset starts a new log whose seed continues the sequence', async () => {
    const store = newStore();
    const share = attachShareController(store);
    await store.getState().rebuild();
    await store.getState().send(10);
    store.getState().resetClientState();
    await store.getState().send(1);
    const snap = share.snapshot();
    expect(snap.seed).toBe(store.getState().seed + 10);
    expect(snap.sends).toEqual([{ count: 1, afterActions: 0 }]);
    const reader = newStore();
    await attachShareController(reader).open(snap);
    expect(reader.getState().trace).toEqual(store.getState().trace);
  });

  it.each([
    { a: { type: 'deletePod', namespace: 'default', name: 'x' }, want: { type: 'deletePod', namespace: 'default', name: 'x' } },
    { a: { type: 'setPodReady', namespace: 'default', name: 'x', ready: 'yes' }, want: undefined },
    { a: { type: 'future', namespace: 'default', name: 'x' }, want: undefined },
    { a: { type: 'scale', namespace: 'default', name: 'web', kind: 'Deployment', replicas: 2 }, want: { type: 'scale', namespace: 'default', name: 'web', kind: 'Deployment', replicas: 2 } },
  ])('toShareAction $a.type', ({ a, want }) => {
    expect(toShareAction(a)).toEqual(want);
  });
});
