import { describe, expect, it } from 'vitest';
import { clampSize, paneLimits, parsePaneSizes } from './pane-sizes';

describe('parsePaneSizes', () => {
  it.each([
    { name: 'nothing stored', raw: null, want: {} },
    { name: 'not JSON', raw: '{oops', want: {} },
    { name: 'not an object', raw: '42', want: {} },
    { name: 'known panes, rounded', raw: '{"editor":300.4,"terminals":420}', want: { editor: 300, terminals: 420 } },
    { name: 'unknown panes and bad values dropped', raw: '{"editor":"wide","inspector":-5,"terminals":1e9,"graph":300}', want: {} },
  ])('$name', ({ raw, want }) => {
    expect(parsePaneSizes(raw)).toEqual(want);
  });
});

describe('limits', () => {
  it('keeps the terminals from taking the graph away, and the editor under 60 % of the window', () => {
    const viewport = { width: 1280, height: 800 };
    expect(clampSize(2000, paneLimits('terminals', viewport))).toBe(540);
    expect(clampSize(10, paneLimits('terminals', viewport))).toBe(140);
    expect(clampSize(1000, paneLimits('editor', viewport))).toBe(768);
  });
});
