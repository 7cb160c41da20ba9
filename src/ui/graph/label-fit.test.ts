import { describe, expect, it } from 'vitest';
import { fitLabel } from './label-fit';

describe('fitLabel', () => {
  it.each([
    { name: 'mid-panel: centred above', x: 400, y: 200, want: { dx: 0, below: false } },
    { name: 'at the left edge: moved right to the margin', x: 10, y: 200, want: { dx: 44, below: false } },
    { name: 'at the right edge: moved left', x: 790, y: 200, want: { dx: -44, below: false } },
    { name: 'at the top edge: below the packet', x: 400, y: 20, want: { dx: 0, below: true } },
  ])('$name', ({ x, y, want }) => {
    expect(fitLabel(x, y, 100, 20, 800, 300)).toEqual(want);
  });
});
