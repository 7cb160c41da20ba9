import { describe, expect, it } from 'vitest';
import { shiftIntoView } from './popovers';

describe('shiftIntoView', () => {
  it.each([
    { name: 'inside: stays', left: 100, right: 600, width: 1280, want: 0 },
    { name: 'past the right edge: moves left by the overhang plus the margin', left: 813, right: 1333, width: 1280, want: -61 },
    { name: 'past the left edge: moves right', left: -20, right: 300, width: 1280, want: 28 },
    { name: 'wider than the window: the left edge stays in', left: 100, right: 500, width: 390, want: -92 },
  ])('$name', ({ left, right, width, want }) => {
    expect(shiftIntoView(left, right, width)).toBe(want);
  });
});
