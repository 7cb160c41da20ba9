import { describe, expect, it } from 'vitest';
import { LESSON_SECTION_TITLES, lessonFromLink, lessons, loadCatalogue, loadLesson, loadLessonFromLink, loadLessons } from './index';

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

describe('the Lessons panel\'s catalogue', () => {
  it('has every lesson, the sections\' titles and the reader of a teacher\'s lesson link', async () => {
    const { lessons: listed, sectionTitles, fromLink } = await loadCatalogue();
    expect(listed).toEqual(lessons);
    expect(sectionTitles).toBe(LESSON_SECTION_TITLES);
    expect(fromLink).toBe(lessonFromLink);
    expect(await loadLessonFromLink()).toBe(lessonFromLink);
  });
});
