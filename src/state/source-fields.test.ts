// A new source (a scenario, a link) clears what belonged to the old text and keeps the learner's settings,
// whichever way it arrives: both go through resetForSource and the one table in source-fields.ts.
import { describe, expect, it } from 'vitest';
import { SAVED_FIELDS } from './source-fields';
import { createAppStore } from './store';
import { linkWriter } from './link-writer';
import { createTestCore } from './testing/test-core';

async function busyStore() {
  const store = createAppStore({ links: linkWriter, core: createTestCore().core, debounceMs: 0 });
  await store.getState().rebuild();
  const s = store.getState();
  s.applyAction({ type: 'deletePod', namespace: 'default', name: 'mysql-0' });
  s.select('pod:default/web-1');
  s.setRulesNode('node-2');
  s.setCompareNames(['a', 'b']);
  s.setDnsTool('dig');
  s.setTerminalTab('iptables');
  s.setSpeed(2);
  s.setEditorCollapsed(true);
  await store.getState().send(10);
  store.getState().setActiveHop(1);
  const s1 = store.getState();
  expect(s1).toMatchObject({ activeHop: 1, selection: 'pod:default/web-1', rulesNode: 'node-2', distributionCount: 10 });
  expect([s1.trace, s1.outcomes, s1.distribution, s1.clientState].every((x) => x != null)).toBe(true);
  expect(s1.actions).toHaveLength(1);
  return store;
}

const cleared = { trace: null, activeHop: 0, playing: false, distribution: null, distributionCount: 0, outcomes: null, clientState: undefined, selection: null, rulesNode: null, compareNames: null, actions: [], actionErrors: [], stale: false };
const kept = { dnsTool: 'dig', terminalTab: 'iptables', speed: 2, editorCollapsed: true, sent: 10 };

describe('a new source', () => {
  it('from a scenario: the old text\'s trace, selection and actions go; settings stay', async () => {
    const store = await busyStore();
    const revision = store.getState().sourceRevision;
    store.getState().loadScenario('default');
    expect(store.getState()).toMatchObject({ ...cleared, ...kept, cluster: null, sourceRevision: revision + 1 });
  });

  it('from a link: the same, and the link sets what it carries', async () => {
    const store = await busyStore();
    const opening = store.getState().openShareState({ yaml: 'kind: Service\n', actions: [], seed: 7 });
    // Before the rebuild the link asks for, everything of the old text is gone.
    expect(store.getState()).toMatchObject({ ...cleared, ...kept, sent: 0, seed: 7, source: 'kind: Service\n', cluster: null });
    await opening;
  });

  it('the draft autosaves on the fields a link carries, not on playback', () => {
    expect(SAVED_FIELDS).toEqual(expect.arrayContaining(['source', 'actions', 'client', 'target', 'options', 'nodes', 'sent', 'dnsTool', 'terminalTab']));
    expect(SAVED_FIELDS).not.toContain('activeHop');
    expect(SAVED_FIELDS).not.toContain('playing');
  });
});
