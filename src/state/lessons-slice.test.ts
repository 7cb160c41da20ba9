// A lesson from its start to its debrief through the store, with the real core on the main thread: its start state
// on screen, its check failing and then passing by itself after the learner's own action, the solution played as
// visible actions, and progress kept in storage.
import { describe, expect, it } from 'vitest';
import { lessons } from '../lessons';
import { LESSON_PROGRESS_KEY } from './lesson-progress';
import { createAppStore } from './store';
import { linkWriter } from './link-writer';
import { createTestCore } from './testing/test-core';

const mixedRead = lessons.find((l) => l.id === 'mixed-read')!;

function memoryStorage() {
  const m = new Map<string, string>();
  return { m, storage: { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) } };
}

async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(cond()).toBe(true);
}

describe('the lessons slice', () => {
  it('opens a lesson over its start, judges it in the core worker, and marks it solved by the learner\'s own labels', async () => {
    const test = createTestCore();
    const store = createAppStore({ links: linkWriter, core: test.core, debounceMs: 0 });
    const { m, storage } = memoryStorage();
    store.getState().startLessons(storage);
    expect(await store.getState().openLesson('mixed-read', { fromStart: true })).toBe(true);
    const s = store.getState();
    expect(s.source).toBe(mixedRead.start.yaml);
    expect(s.target).toBe('mysql-read:3306');
    expect(s.lessonCheck?.passed).toBe(false);
    expect(s.lessonCheck?.items.find((i) => i.id === 'reads-reach-replicas')?.passed).toBe(false);
    expect(test.calls.checkLesson.at(-1)?.lesson.id).toBe('mixed-read');

    s.commitPrediction('none');
    for (const name of ['mysql-1', 'mysql-2']) {
      store.getState().applyAction({ type: 'labelPod', namespace: 'default', name, key: 'role', value: 'replica' });
      await store.getState().rebuild();
    }
    await until(() => store.getState().lessonCheck?.passed === true);
    expect(store.getState().lessonProgress['mixed-read']).toMatchObject({ prediction: 'none', solved: true, solutionShown: false });
    expect(JSON.parse(m.get(LESSON_PROGRESS_KEY)!)).toMatchObject({ open: 'mixed-read', lessons: { 'mixed-read': { solved: true } } });
  });

  it('plays the solution as the learner\'s actions, then the check passes', async () => {
    const store = createAppStore({ links: linkWriter, core: createTestCore().core, debounceMs: 0 });
    await store.getState().openLesson('mixed-read', { fromStart: true });
    expect(store.getState().actions).toEqual([]);
    await store.getState().showSolution();
    expect(store.getState().actions).toEqual(mixedRead.solution.actions);
    // Each action is its own step: one undo takes back the last label only.
    expect(store.getState().history.past.length).toBeGreaterThanOrEqual(2);
    expect(store.getState().lessonCheck?.passed).toBe(true);
    expect(store.getState().lessonProgress['mixed-read']).toMatchObject({ solved: true, solutionShown: true });
  });

  it('hints open one at a time and stop at the last', async () => {
    const store = createAppStore({ links: linkWriter, core: createTestCore().core, debounceMs: 0 });
    await store.getState().openLesson('mixed-read', { fromStart: false });
    for (let i = 0; i < mixedRead.hints.length + 2; i++) store.getState().showHint();
    expect(store.getState().lessonProgress['mixed-read']?.hints).toBe(mixedRead.hints.length);
  });

  it('an unknown lesson is a notice, not a crash', async () => {
    const store = createAppStore({ links: linkWriter, core: createTestCore().core, debounceMs: 0 });
    expect(await store.getState().openLesson('no-such-lesson', { fromStart: true })).toBe(false);
    expect(store.getState().notices.unknownLesson).toBe('no-such-lesson');
    expect(store.getState().lessonId).toBeNull();
  });
});
