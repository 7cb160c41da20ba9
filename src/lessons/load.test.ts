import { describe, expect, it } from 'vitest';
import { lessons, loadLesson, loadLessons } from './index';

describe('loading lessons one module at a time', () => {
  it('loads the very lessons `lessons` lists, in its order', async () => {
    const loaded = await loadLessons();
    expect(loaded.map((l) => l.id)).toEqual(lessons.map((l) => l.id));
    loaded.forEach((l, i) => expect(l).toBe(lessons[i]));
  });

  it('loads each lesson by its id alone', async () => {
    for (const lesson of lessons) expect(await loadLesson(lesson.id)).toBe(lesson);
  });

  it.each(['no-such-lesson', 'toString', '__proto__', ''])('has no lesson %j', async (id) => {
    expect(await loadLesson(id)).toBeUndefined();
  });
});
