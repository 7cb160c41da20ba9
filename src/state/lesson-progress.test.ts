import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyProgress, LESSON_PROGRESS_KEY, loadProgress, parseProgress, saveProgress } from './lesson-progress';

describe('lesson progress in localStorage', () => {
  it('round-trips what it saved', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) };
    const data = { open: 'clusterip-dns', lessons: { 'clusterip-dns': { prediction: '1', hints: 2, solved: true, solutionShown: false } } };
    expect(saveProgress(storage, data)).toBe(true);
    expect(store.has(LESSON_PROGRESS_KEY)).toBe(true);
    expect(loadProgress(storage)).toEqual(data);
  });

  it.each([
    ['not JSON', '{'],
    ['an array', '[]'],
    ['null', 'null'],
  ])('reads %s as no progress', (_name, raw) => {
    expect(parseProgress(raw)).toEqual(emptyProgress);
  });

  it('drops ids and fields no lesson could have', () => {
    const raw = JSON.stringify({ open: '<b>', lessons: { '__proto__': { solved: true }, 'Bad Id': { solved: true }, ok: { hints: -1, solved: 'yes', prediction: 3 } } });
    expect(parseProgress(raw)).toEqual({ open: null, lessons: { ok: { hints: 0, solved: false, solutionShown: false } } });
  });

  it('keeps a teacher\'s lesson link only when it is one of our links under a lesson id, and not too long', () => {
    const linked = { key: 'link-0123abcd-my-lesson', fragment: 'v1.abc' };
    expect(parseProgress(JSON.stringify({ open: linked.key, lessons: {}, linked })).linked).toEqual(linked);
    for (const bad of [
      { key: 'Link!', fragment: 'v1.abc' },
      { key: linked.key, fragment: 'javascript:alert(1)' },
      { key: linked.key, fragment: `v1.${'a'.repeat(256 * 1024)}` },
      { key: linked.key },
      'v1.abc',
    ]) expect(parseProgress(JSON.stringify({ open: null, lessons: {}, linked: bad })).linked).toBe(undefined);
  });

  it('blocked storage is no progress, and saving says it failed', () => {
    const blocked = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
    expect(loadProgress(blocked)).toEqual(emptyProgress);
    expect(saveProgress(blocked, emptyProgress)).toBe(false);
    expect(saveProgress(null, emptyProgress)).toBe(false);
  });

  it('never throws on any stored string', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      expect(() => parseProgress(s)).not.toThrow();
    }));
    fc.assert(fc.property(fc.json(), (s) => {
      expect(() => parseProgress(s)).not.toThrow();
    }));
  });
});
