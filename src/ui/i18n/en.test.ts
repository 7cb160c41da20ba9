// Every hop kind and reason code the core can produce has its words, as i18next resolves them. The lists come from
// the typed wording tables (ui/traffic/wording.ts), which the compiler checks against the core's unions.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { hopKindNames, hopSentences, reasonWords } from '../traffic/wording';
import en from './en.json';

const t = i18next.createInstance();
beforeAll(() => t.init({ resources: { en: { translation: en } }, lng: 'en', interpolation: { escapeValue: false }, showSupportNotice: false }));

describe('en.json', () => {
  it.each(Object.keys(hopKindNames))('names and explains the hop kind %s', (kind) => {
    expect(t.exists(`hopKind.${kind}`)).toBe(true);
    expect(t.exists(`hop.${kind}`)).toBe(true);
  });
  it('names the hop kinds in the table only', () => {
    expect(Object.keys(hopSentences).filter((k) => k !== 'unknown').sort()).toEqual(Object.keys(hopKindNames).sort());
  });
  it.each(Object.keys(reasonWords))('words the reason code %s', (code) => {
    expect(t.exists(`reason.${code}`)).toBe(true);
  });
  it.each(['overrun', 'workloadNotFound', 'invalidReplicas', 'noSpec', 'replicasLineChanged', 'specLineChanged'])('words the error code %s', (code) => {
    expect((en.errors as Record<string, string>)[code]).toBeTruthy();
  });
  it.each(['delivered', 'refused', 'nxdomain', 'timeout', 'external', 'invalid'])('words the outcome %s', (o) => {
    expect((en.outcome as Record<string, unknown>)[o]).toBeTruthy();
  });
});
