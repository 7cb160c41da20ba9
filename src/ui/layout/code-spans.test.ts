import { describe, expect, it } from 'vitest';
import { splitCodeSpans } from './code-spans';

describe('splitCodeSpans', () => {
  it.each([
    { name: 'plain text', text: 'no code here', want: [{ code: false, text: 'no code here' }] },
    {
      name: 'two spans',
      text: 'chosen with `-m statistic --mode random`; affinity uses `-m recent`.',
      want: [
        { code: false, text: 'chosen with ' },
        { code: true, text: '-m statistic --mode random' },
        { code: false, text: '; affinity uses ' },
        { code: true, text: '-m recent' },
        { code: false, text: '.' },
      ],
    },
    { name: 'an unpaired backtick stays', text: 'a ` b', want: [{ code: false, text: 'a ` b' }] },
    { name: 'markup is text, inside or outside code', text: '<b>x</b> `<img src=x onerror=alert(1)>`', want: [{ code: false, text: '<b>x</b> ' }, { code: true, text: '<img src=x onerror=alert(1)>' }] },
    { name: 'empty span dropped', text: 'a``b', want: [{ code: false, text: 'a' }, { code: false, text: 'b' }] },
  ])('$name', ({ text, want }) => {
    expect(splitCodeSpans(text)).toEqual(want);
  });
});
