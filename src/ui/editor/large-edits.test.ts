import { describe, expect, it } from 'vitest';
import { PIECE_CHARS, positionAfter, splitIntoPieces } from './large-edits';

describe('splitIntoPieces', () => {
  it('cuts a large text after line breaks, never between \\r and \\n, and loses nothing', () => {
    const line = 'kind: Service # a line of a large text\r\n';
    const text = line.repeat(Math.ceil((3 * PIECE_CHARS) / line.length));
    const pieces = splitIntoPieces(text);
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeGreaterThan(3);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(PIECE_CHARS);
      expect(p.endsWith('\r\n')).toBe(true);
    }
  });

  it('cuts a line longer than a piece where it must, and keeps a short text whole', () => {
    const text = 'x'.repeat(PIECE_CHARS + 10);
    expect(splitIntoPieces(text).map((p) => p.length)).toEqual([PIECE_CHARS, 10]);
    expect(splitIntoPieces('a: 1\n')).toEqual(['a: 1\n']);
  });
});

describe('positionAfter', () => {
  it.each([
    { name: 'within a line', start: { lineNumber: 3, column: 5 }, piece: 'abc', want: { lineNumber: 3, column: 8 } },
    { name: 'LF', start: { lineNumber: 3, column: 5 }, piece: 'a\nbc', want: { lineNumber: 4, column: 3 } },
    // A pasted \r\n is one line break, whatever the model writes it as.
    { name: 'CRLF', start: { lineNumber: 1, column: 1 }, piece: 'a\r\nb\r\n', want: { lineNumber: 3, column: 1 } },
    { name: 'a lone CR', start: { lineNumber: 1, column: 1 }, piece: 'a\rb', want: { lineNumber: 2, column: 2 } },
  ])('$name', ({ start, piece, want }) => {
    expect(positionAfter(start, piece)).toEqual(want);
  });
});
