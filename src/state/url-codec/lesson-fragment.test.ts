import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isLessonId, lessonFragment, splitLessonFragment } from './lesson-fragment';

describe('lesson links', () => {
  it.each([
    ['#lesson=clusterip-dns', { lesson: 'clusterip-dns', share: '' }],
    ['lesson=mixed-read&v1.abc_-', { lesson: 'mixed-read', share: 'v1.abc_-' }],
    ['#v1.abc', { lesson: null, share: 'v1.abc' }],
    ['', { lesson: null, share: '' }],
    ['#lesson=%3Cscript%3E&v1.abc', { lesson: '<script>', share: 'v1.abc' }],
    ['#lesson=%E0%A4%A', { lesson: '%E0%A4%A', share: '' }],
    ['#lesson=', { lesson: '', share: '' }],
    [`#lesson=${'a'.repeat(100)}`, { lesson: 'a'.repeat(63), share: '' }],
  ])('%s', (hash, want) => {
    expect(splitLessonFragment(hash)).toEqual(want);
  });

  it.each(['clusterip-dns', 'q4-statefulset-clusterip', 'a1'])('%s is a lesson id', (id) => expect(isLessonId(id)).toBe(true));
  it.each(['', 'Upper', 'a--b', '-a', 'a_b', '<b>', 'x'.repeat(64)])('%s is not', (id) => expect(isLessonId(id)).toBe(false));

  it('a lesson fragment splits back into what made it', () => {
    fc.assert(fc.property(
      fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/),
      fc.option(fc.stringMatching(/^v1\.[A-Za-z0-9_-]{1,40}$/), { nil: undefined }),
      (id, share) => {
        expect(isLessonId(id)).toBe(true);
        expect(splitLessonFragment(`#${lessonFragment(id, share)}`)).toEqual({ lesson: id, share: share ?? '' });
      },
    ));
  });
});
