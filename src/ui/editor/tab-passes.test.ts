import { describe, expect, it } from 'vitest';
import { isEditingKey } from './tab-passes';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('isEditingKey', () => {
  it.each([
    { name: 'a letter', e: key('a'), want: true },
    { name: 'a space', e: key(' '), want: true },
    { name: 'Enter', e: key('Enter'), want: true },
    { name: 'Backspace', e: key('Backspace'), want: true },
    { name: 'paste', e: key('v', { ctrlKey: true }), want: true },
    { name: 'Tab: moving on', e: key('Tab'), want: false },
    { name: 'Shift alone', e: key('Shift'), want: false },
    { name: 'an arrow: reading', e: key('ArrowDown'), want: false },
    { name: 'copy: reading', e: key('c', { ctrlKey: true }), want: false },
    { name: 'Ctrl+M: the mode switch itself', e: key('m', { ctrlKey: true }), want: false },
  ])('$name', ({ e, want }) => {
    expect(isEditingKey(e)).toBe(want);
  });
});
