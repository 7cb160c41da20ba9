// base64url without padding: one accepted text per byte string, so a link cut inside its last character is
// never read as a shorter, different payload.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from './base64url';

describe('base64url', () => {
  it.each([
    { name: 'one byte', text: 'AA', want: [0] },
    { name: 'two bytes', text: 'AAA', want: [0, 0] },
    { name: 'three bytes', text: '_-_-', want: [0xff, 0xef, 0xfe] },
    { name: 'nothing', text: '', want: [] },
  ])('decodes $name', ({ text, want }) => {
    expect([...decodeBase64url(text)!]).toEqual(want);
  });

  it.each([
    { name: 'unused low 4 bits set (one byte)', text: 'AB' },
    { name: 'all unused bits set (one byte)', text: 'AP' },
    { name: 'unused low 2 bits set (two bytes)', text: 'AAB' },
    { name: 'padding', text: 'AA==' },
    { name: 'standard base64 characters', text: 'A+/A' },
    { name: 'an impossible length', text: 'AAAAA' },
  ])('rejects $name', ({ text }) => {
    expect(decodeBase64url(text)).toBeUndefined();
  });

  it('round-trips any bytes, and the text it makes is the only one accepted for them', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
      const text = encodeBase64url(bytes);
      expect([...decodeBase64url(text)!]).toEqual([...bytes]);
      if (text.length % 4 !== 0) {
        // Every other last character that decodes must give other bytes.
        for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') {
          const other = `${text.slice(0, -1)}${c}`;
          if (other === text) continue;
          const d = decodeBase64url(other);
          if (d) expect([...d]).not.toEqual([...bytes]);
        }
      }
    }), { numRuns: 200 });
  });
});
