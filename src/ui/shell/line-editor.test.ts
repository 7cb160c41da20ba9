// The prompt's line editing, key by key as xterm sends the keys.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyInput, emptyLine, type LineEvent, type LineState } from './line-editor';

/** Types `keys` one after another, returning the line (or the last event that was not an edit). */
function type(keys: string[], history: string[] = [], start: LineState = emptyLine): { line: LineState; last: LineEvent } {
  let line = start;
  let last: LineEvent = { kind: 'none' };
  for (const k of keys) {
    last = applyInput(line, k, history);
    if (last.kind === 'edit') line = last.line;
  }
  return { line, last };
}

describe('applyInput', () => {
  it('inserts at the cursor and deletes before it', () => {
    expect(type(['nslookp', '\x1b[D', 'u', '\x1b[F', ' web']).line).toMatchObject({ text: 'nslookup web', cursor: 12 });
    expect(type(['abc', '\x1b[D', '\x7f']).line).toMatchObject({ text: 'ac', cursor: 1 });
    expect(type(['abc', '\x01', '\x1b[3~']).line).toMatchObject({ text: 'bc', cursor: 0 });
  });
  it('Ctrl+U, Ctrl+K and Ctrl+W cut as ash does', () => {
    expect(type(['wget -O- x', '\x1b[D', '\x15']).line).toMatchObject({ text: 'x', cursor: 0 });
    expect(type(['wget -O- x', '\x01', '\x0b']).line).toMatchObject({ text: '', cursor: 0 });
    expect(type(['wget -O- x', '\x17']).line).toMatchObject({ text: 'wget -O- ', cursor: 9 });
  });
  it('↑ and ↓ walk the history and come back to the line being typed', () => {
    const history = ['nslookup web-service', 'nslookup mysql-headless'];
    expect(type(['ec', '\x1b[A'], history).line.text).toBe('nslookup mysql-headless');
    expect(type(['ec', '\x1b[A', '\x1b[A', '\x1b[A'], history).line.text).toBe('nslookup web-service');
    expect(type(['ec', '\x1b[A', '\x1b[A', '\x1b[B', '\x1b[B'], history).line).toMatchObject({ text: 'ec', cursor: 2 });
  });
  it('Enter submits the whole line wherever the cursor is', () => {
    expect(type(['echo hi', '\x01', '\r']).last).toEqual({ kind: 'submit', line: 'echo hi', rest: '' });
  });
  it('a paste of several lines submits the first and hands back the rest', () => {
    expect(applyInput(emptyLine, 'nslookup web-service\r\nnslookup mysql-headless\r\n', [])).toEqual({
      kind: 'submit', line: 'nslookup web-service', rest: 'nslookup mysql-headless\r\n',
    });
  });
  it('Ctrl+C, Ctrl+L and Tab are the terminal\'s to act on', () => {
    expect(applyInput(emptyLine, '\x03', []).kind).toBe('interrupt');
    expect(applyInput(emptyLine, '\x0c', []).kind).toBe('clear-screen');
    expect(applyInput(emptyLine, '\t', []).kind).toBe('complete');
  });
  it('never puts a control character into the line, whatever is pasted', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (data) => {
      const ev = applyInput(emptyLine, data, ['x']);
      const text = ev.kind === 'edit' ? ev.line.text : ev.kind === 'submit' ? ev.line : '';
      expect([...text].some((c) => c < ' ' || (c >= '\x7f' && c <= '\x9f'))).toBe(false);
      if (ev.kind === 'edit') expect(ev.line.cursor).toBeLessThanOrEqual(ev.line.text.length);
    }));
  });
});
