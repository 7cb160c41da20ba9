import { describe, expect, it } from 'vitest';
import { MAX_UNDO, UndoHistory } from './undo-history';

type A = { type: string; name: string };
const e = (source: string, ...names: string[]) => ({ source, actions: names.map((name) => ({ type: 'deletePod', name })) });

describe('UndoHistory', () => {
  it('steps back and forth over text edits and cluster actions alike', () => {
    const h = new UndoHistory<A>(e('a'));
    h.record(e('ab'));
    h.record(e('ab', 'mysql-1'));
    h.record(e('abc', 'mysql-1'));
    expect(h.undo()).toEqual(e('ab', 'mysql-1'));
    expect(h.undo()).toEqual(e('ab'));
    expect(h.redo()).toEqual(e('ab', 'mysql-1'));
    expect(h.undo()).toEqual(e('ab'));
    expect(h.undo()).toEqual(e('a'));
    expect(h.undo()).toBeUndefined();
    expect(h.canRedo).toBe(true);
  });

  it('a new change after undo drops the redo branch', () => {
    const h = new UndoHistory<A>(e('a'));
    h.record(e('b'));
    h.undo();
    h.record(e('c'));
    expect(h.canRedo).toBe(false);
    expect(h.redo()).toBeUndefined();
    expect(h.undo()).toEqual(e('a'));
  });

  it('ignores a state equal to the current one (a rebuild, equal actions made anew)', () => {
    const h = new UndoHistory<A>(e('a', 'x'));
    h.record(e('a', 'x'));
    expect(h.canUndo).toBe(false);
  });

  it(`keeps the last ${MAX_UNDO} steps`, () => {
    const h = new UndoHistory<A>(e('0'));
    for (let i = 1; i <= MAX_UNDO + 20; i++) h.record(e(String(i)));
    let steps = 0;
    while (h.undo()) steps++;
    expect(steps).toBe(MAX_UNDO);
  });

  it('reset starts over', () => {
    const h = new UndoHistory<A>(e('a'));
    h.record(e('b'));
    h.reset(e('link'));
    expect(h.canUndo).toBe(false);
  });
});
