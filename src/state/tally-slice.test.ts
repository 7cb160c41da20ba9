// The running total against the real core: it sums sends to one target, starts over for another target or on
// reset, and a new scenario clears it.
import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { linkWriter } from './link-writer';
import { createTestCore } from './testing/test-core';

const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

describe('tally', () => {
  it('sums the sends to one target, restarts for another, resets, and clears with a new scenario', async () => {
    const { core } = createTestCore();
    const store = createAppStore({ links: linkWriter, core });
    await store.getState().rebuild();
    store.getState().setTarget('web-service');
    await store.getState().send(10);
    await store.getState().send(100);
    let t = store.getState().tally!;
    expect({ sends: t.sends, requests: t.requests, hits: total(t.hits), delivered: t.outcomes.delivered }).toEqual({ sends: 2, requests: 110, hits: 110, delivered: 110 });
    expect(Object.keys(t.hits).every((id) => id.startsWith('default/nginx-'))).toBe(true);

    store.getState().setTarget('mysql-headless:3306');
    await store.getState().send(10);
    t = store.getState().tally!;
    expect({ target: t.target, requests: t.requests }).toEqual({ target: 'mysql-headless:3306', requests: 10 });

    store.getState().resetTally();
    expect(store.getState().tally).toBeNull();
    await store.getState().send(10);
    expect(store.getState().tally?.requests).toBe(10);

    // Another client program (a long-running app instead of busybox wget) is another experiment.
    store.getState().setOption('clientKind', 'app');
    expect(store.getState().tally).toBeNull();
    await store.getState().send(10);
    expect(store.getState().tally?.requests).toBe(10);
    await store.getState().loadScenario('kafka');
    expect(store.getState().tally).toBeNull();
  });
});
