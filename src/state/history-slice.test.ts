// Undo and redo through the store: text replaced from outside, typing after a pause, and cluster actions as
// one timeline; opening a link starts it over.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { canRedo, canUndo, MAX_UNDO, TYPING_PAUSE_MS } from './history-slice';
import { createAppStore } from './store';
import { linkWriter } from './link-writer';
import { createTestCore } from './testing/test-core';

const newStore = () => createAppStore({ links: linkWriter, core: createTestCore().core, debounceMs: 0 });
const del = (name: string) => ({ type: 'deletePod' as const, namespace: 'default', name });
const screen = (store: ReturnType<typeof newStore>) => ({ source: store.getState().source, actions: store.getState().actions.map((a) => ('name' in a ? a.name : a.type)) });

afterEach(() => {
  vi.useRealTimers();
});

describe('history', () => {
  it('steps back and forth over text replaced from outside and cluster actions alike', () => {
    const store = newStore();
    const start = store.getState().source;
    store.getState().replaceSource('ab');
    store.getState().applyAction(del('mysql-1'));
    store.getState().replaceSource('abc');
    const { undo, redo } = store.getState();
    undo();
    expect(screen(store)).toEqual({ source: 'ab', actions: ['mysql-1'] });
    undo();
    expect(screen(store)).toEqual({ source: 'ab', actions: [] });
    redo();
    expect(screen(store)).toEqual({ source: 'ab', actions: ['mysql-1'] });
    undo();
    undo();
    expect(screen(store)).toEqual({ source: start, actions: [] });
    expect(canUndo(store.getState())).toBe(false);
    undo();
    expect(screen(store)).toEqual({ source: start, actions: [] });
    expect(canRedo(store.getState())).toBe(true);
  });

  it('an undo that changes the text makes the editor reload it (sourceRevision), and is itself no new step', () => {
    const store = newStore();
    store.getState().replaceSource('ab');
    const revision = store.getState().sourceRevision;
    store.getState().undo();
    expect(store.getState().sourceRevision).toBe(revision + 1);
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().history.future).toHaveLength(1);
  });

  it('a new change after undo drops the redo branch', () => {
    const store = newStore();
    store.getState().replaceSource('b');
    store.getState().undo();
    store.getState().replaceSource('c');
    expect(canRedo(store.getState())).toBe(false);
    store.getState().redo();
    expect(store.getState().source).toBe('c');
  });

  it('ignores a state equal to the one on screen (equal actions made anew)', () => {
    const store = newStore();
    store.getState().applyAction(del('x'));
    store.setState({ actions: [del('x')] });
    expect(store.getState().history.past).toHaveLength(1);
  });

  it('typing is one step after a pause; Undo during the pause takes back what was typed', () => {
    vi.useFakeTimers();
    const store = newStore();
    const start = store.getState().source;
    for (const text of ['a', 'ab', 'abc']) store.getState().setSource(text);
    expect(canUndo(store.getState())).toBe(false);
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    expect(canUndo(store.getState())).toBe(true);
    store.getState().setSource('abcd');
    store.getState().undo();
    expect(store.getState().source).toBe('abc');
    store.getState().undo();
    expect(store.getState().source).toBe(start);
  });

  it(`keeps the last ${MAX_UNDO} steps`, () => {
    const store = newStore();
    for (let i = 1; i <= MAX_UNDO + 20; i++) store.getState().replaceSource(String(i));
    let steps = 0;
    while (canUndo(store.getState())) {
      store.getState().undo();
      steps++;
    }
    expect(steps).toBe(MAX_UNDO);
    expect(store.getState().source).toBe('20');
  });

  it('opening a link starts over from it', async () => {
    const store = newStore();
    const yaml = `${store.getState().source}# from a link\n`;
    store.getState().replaceSource('b');
    await store.getState().openShareState({ yaml, actions: [del('mysql-0')], seed: 1 });
    expect(canUndo(store.getState())).toBe(false);
    expect(store.getState().history.present).toMatchObject({ source: yaml, actions: [del('mysql-0')] });
  });

  it('a scenario switch right after typing, before the pause ends it, still keeps the typing as a step', () => {
    const store = newStore();
    store.getState().setSource('typed, no pause yet');
    store.getState().switchScenario('kafka');
    store.getState().undo();
    expect(store.getState()).toMatchObject({ scenarioId: 'default', source: 'typed, no pause yet' });
  });

  it('undoing a scenario switch puts back the text, the picker and the target as they were; redo takes them again', () => {
    const store = newStore();
    store.getState().replaceSource('my edit');
    store.getState().setTarget('mysql-headless:3306');
    store.getState().switchScenario('kafka');
    const kafka = { scenarioId: 'kafka', source: store.getState().source, target: store.getState().target, client: store.getState().client };
    expect(kafka.source).not.toBe('my edit');
    store.getState().undo();
    expect(store.getState()).toMatchObject({ scenarioId: 'default', source: 'my edit', target: 'mysql-headless:3306' });
    store.getState().redo();
    expect(store.getState()).toMatchObject(kafka);
  });
});
