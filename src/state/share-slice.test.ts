import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenarios';
import { createAppStore } from './store';
import { linkWriter } from './link-writer';
import { createTestCore, type TestCore } from './testing/test-core';
import { decodeShareFragment, encodeShareState } from './url-codec';

/** A store on the real core; the test core records what every send was asked, on which recipe. */
function newStore() {
  const test = createTestCore();
  return { store: createAppStore({ links: linkWriter, core: test.core, debounceMs: 0 }), test };
}

/** Everything a trace is a function of: the request (seed, client state, URL, options), the count, and the
 *  cluster's recipe (text, node count, actions). A reader must ask the core exactly what the author asked. */
const sendsAsked = (t: TestCore) => t.calls.send.map((c) => {
  const recipe = t.recipeOf(c.revision);
  return { request: c.request, count: c.count, recipe: recipe && { source: recipe.source, nodes: recipe.nodes, actions: recipe.actions } };
});

describe('share state', () => {
  it('a link reopens the same text, actions, options, view and trace (send log replayed)', async () => {
    const { store: author, test: authorCore } = newStore();
    const a = author.getState();
    a.replaceSource(`${defaultScenario.source}# edited\n`);
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

    const snap = author.getState().shareState();
    const link = encodeShareState(snap);
    if (!link.ok) throw new Error(JSON.stringify(link.error));
    const opened = decodeShareFragment(link.value);
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    expect(opened.value.sends).toEqual([{ count: 1, afterActions: 0, target: 'mysql-0.mysql-headless:3306' }, { count: 10, afterActions: 1 }]);

    const { store: reader, test: readerCore } = newStore();
    await reader.getState().openShareState(opened.value);
    const got = reader.getState();
    expect(sendsAsked(readerCore)).toEqual(sendsAsked(authorCore));
    expect(got.source).toBe(want.source);
    expect(got.actions).toEqual(want.actions);
    expect(got.target).toBe('web-service');
    expect(got.options).toEqual(want.options);
    expect(got.trace).toEqual(want.trace);
    expect(got.trace?.outcome).toBe('delivered');
    expect(got.clientState).toEqual(want.clientState);
    expect(got.activeHop).toBe(1);
    expect(got.dnsTool).toBe('dig');
    expect(got.terminalTab).toBe('iptables');
    // And sharing again from the reader gives the same link.
    expect(encodeShareState(reader.getState().shareState())).toEqual(link);
  });

  it('a client reset starts a new log whose seed continues the sequence', async () => {
    const { store, test } = newStore();
    await store.getState().rebuild();
    await store.getState().send(10);
    store.getState().resetClientState();
    await store.getState().send(1);
    const snap = store.getState().shareState();
    expect(snap.seed).toBe(store.getState().seed + 10);
    expect(snap.sends).toEqual([{ count: 1, afterActions: 0 }]);
    const { store: reader, test: readerCore } = newStore();
    await reader.getState().openShareState(snap);
    expect(reader.getState().trace).toEqual(store.getState().trace);
    expect(sendsAsked(readerCore)).toEqual(sendsAsked(test).slice(1));
  });

  it('a send made after an action that is then undone counts as made before it', async () => {
    const { store } = newStore();
    await store.getState().rebuild();
    store.getState().applyAction({ type: 'deletePod', namespace: 'default', name: 'mysql-0' });
    await store.getState().rebuild();
    await store.getState().send(1);
    expect(store.getState().shareState().sends).toEqual([{ count: 1, afterActions: 1 }]);
    store.getState().undo();
    expect(store.getState().actions).toEqual([]);
    expect(store.getState().shareState().sends).toEqual([{ count: 1, afterActions: 0 }]);
    expect(store.getState().sendLog.sends).toEqual([{ count: 1, afterActions: 0, target: store.getState().target }]);
  });

  it('a link replays the app client, a deletion played step by step and the clock moved on, to the same stale-then-fresh trace', async () => {
    const { store: author, test: authorCore } = newStore();
    const a = author.getState();
    await a.rebuild();
    a.setOption('clientKind', 'app');
    a.setTarget('mysql-1.mysql-headless:3306');
    await author.getState().send(1);
    for (const action of [
      { type: 'terminatePod', namespace: 'default', name: 'mysql-1' },
      { type: 'lifecycleStep' }, { type: 'lifecycleStep' }, { type: 'lifecycleStep' }, { type: 'lifecycleStep' },
    ] as const) author.getState().applyAction(action);
    await author.getState().rebuild();
    // Within the TTL the app still uses the cached, gone address.
    await author.getState().send(1);
    expect(author.getState().trace?.hops[0]?.kind).toBe('dns-cache-hit');
    author.getState().applyAction({ type: 'advanceClock', seconds: 31 });
    await author.getState().rebuild();
    await author.getState().send(1);
    expect(author.getState().trace?.hops[0]?.kind).toBe('dns-query');
    expect(author.getState().trace?.outcome).toBe('delivered');

    const link = encodeShareState(author.getState().shareState());
    if (!link.ok) throw new Error(JSON.stringify(link.error));
    const opened = decodeShareFragment(link.value);
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    expect(opened.value.options?.clientKind).toBe('app');
    const { store: reader, test: readerCore } = newStore();
    await reader.getState().openShareState(opened.value);
    expect(sendsAsked(readerCore)).toEqual(sendsAsked(authorCore));
    expect(reader.getState().trace).toEqual(author.getState().trace);
    expect(reader.getState().cluster?.clockSeconds).toBe(31);
  });

  it('a link from before client kinds meant a client that caches DNS answers: it opens with the app client', async () => {
    const { store } = newStore();
    await store.getState().openShareState({ yaml: defaultScenario.source, actions: [], seed: 1, options: { keepAlive: false, strategy: 'first', proxyMode: 'iptables' } });
    expect(store.getState().options).toMatchObject({ clientKind: 'app', keepAlive: false });
    await store.getState().openShareState({ yaml: defaultScenario.source, actions: [], seed: 1, options: { clientKind: 'busybox-wget' } });
    expect(store.getState().options.clientKind).toBe('busybox-wget');
  });
});

describe('a store without its link writer (the light lesson embed until it loads)', () => {
  it('writes no link until it is given the writer, then writes the state on screen, lines included', async () => {
    const test = createTestCore();
    const store = createAppStore({ core: test.core, debounceMs: 0 });
    await store.getState().rebuild();
    await store.getState().openLesson('mixed-read', { fromStart: true });
    store.getState().setTarget('mysql-read');
    await store.getState().send(1);
    await store.getState().replayShell(['nslookup mysql-read']);
    const s = store.getState();
    expect(s.writesLinks).toBe(false);
    expect(s.shareLink()).toBe(null);
    expect(s.lessonLink('mixed-read', { withState: true })).toBe(null);
    // A lesson from its start needs no encoder.
    expect(s.lessonLink('mixed-read', { withState: false })?.fragment).toBe('lesson=mixed-read');
    // The shell's lines are all kept: a page without the writer has only lines that came from a link.
    expect(s.shareState().shell).toEqual(['nslookup mysql-read']);

    store.getState().writeLinksWith(linkWriter);
    const after = store.getState();
    expect(after.writesLinks).toBe(true);
    const link = after.lessonLink('mixed-read', { withState: true });
    expect(link?.fragment).toMatch(/^lesson=mixed-read&v1\./);
    const opened = decodeShareFragment(after.shareLink()!.fragment);
    expect(opened.ok && opened.value.target).toBe('mysql-read');
    expect(opened.ok && opened.value.shell).toEqual(['nslookup mysql-read']);
    expect(opened.ok && opened.value.sends).toEqual([{ count: 1, afterActions: 0 }]);
  });
});
