// The optional top-level `L` key: the language a link was made in, carried as a suggestion. Links without it
// decode as before (the frozen examples in v1.test.ts); an unknown language opens the link without one.
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareState } from '.';
import { encodeBase64url } from './base64url';

const base = { yaml: 'apiVersion: v1\nkind: Service\n', actions: [], seed: 7 };
const raw = (json: unknown) => `v1.${encodeBase64url(deflateSync(strToU8(JSON.stringify(json)), { level: 9 }))}`;

describe('link language', () => {
  it('round-trips zh-CN and en', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const r = encodeShareState({ ...base, language });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const back = decodeShareFragment(r.value);
      expect(back.ok && back.value.language).toBe(language);
    }
  });

  it('is absent from a link made without it', () => {
    const r = encodeShareState(base);
    const back = r.ok ? decodeShareFragment(r.value) : undefined;
    expect(back?.ok && 'language' in back.value).toBe(false);
  });

  it.each([['fr'], [42], [null]])('an unknown language %j is ignored, the link still opens', (L) => {
    const back = decodeShareFragment(raw({ s: 1, y: 'x: 1\n', L }));
    expect(back.ok).toBe(true);
    expect(back.ok && back.value.language).toBeUndefined();
  });
});
