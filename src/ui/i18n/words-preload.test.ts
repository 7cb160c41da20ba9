import { describe, expect, it } from 'vitest';
import { chooseLanguage, languageStorageKey } from './language';
import { wordsPreloadScript } from './words-preload';

const chunks = { en: '/assets/bundles-en-abc.js', 'zh-CN': '/assets/bundles-zh-CN-def.js' };

interface Visit { search?: string; hash?: string; stored?: string | null; preferred?: string[]; storageThrows?: boolean }

/** Runs the inline script against a page with `visit`'s address, storage and browser languages; the links it added. */
function preloaded(visit: Visit): { rel: string; href: string; crossOrigin: string }[] {
  const added: { rel: string; href: string; crossOrigin: string }[] = [];
  const document = {
    createElement: () => ({ rel: '', href: '', crossOrigin: '' }),
    head: { appendChild: (l: { rel: string; href: string; crossOrigin: string }) => void added.push(l) },
  };
  const localStorage = {
    getItem: (key: string) => {
      if (visit.storageThrows) throw new Error('blocked');
      return key === languageStorageKey ? visit.stored ?? null : null;
    },
  };
  const location = { search: visit.search ?? '', hash: visit.hash ?? '' };
  const navigator = { languages: visit.preferred ?? ['en-US'], language: visit.preferred?.[0] ?? 'en-US' };
  new Function('document', 'localStorage', 'location', 'navigator', wordsPreloadScript(chunks, languageStorageKey))(document, localStorage, location, navigator);
  return added;
}

describe('wordsPreloadScript', () => {
  const visits: Visit[] = [
    {},
    { preferred: ['zh-CN', 'en'] },
    { preferred: ['zh-TW', 'fr'] },
    { preferred: ['fr', 'zh-Hans-SG'] },
    { preferred: ['de'] },
    { search: '?lang=zh-CN' },
    { search: '?lang=en', preferred: ['zh'] },
    { search: '?lang=fr', stored: 'zh-CN' },
    { stored: 'zh-CN' },
    { stored: 'en', preferred: ['zh-CN'] },
    { stored: 'zh-CN', storageThrows: true },
    { search: '?lang=zh-cn&embed', hash: '#v1.abc' },
    { stored: 'en', hash: '#v1.abc' },
  ];

  it('requests the chunk of the language the app chooses, as a module preload', () => {
    for (const v of visits) {
      const lang = chooseLanguage({ search: v.search ?? '', stored: v.storageThrows ? null : v.stored ?? null, preferred: v.preferred ?? ['en-US'] });
      expect(preloaded(v), JSON.stringify(v)).toEqual([{ rel: 'modulepreload', href: chunks[lang], crossOrigin: '' }]);
    }
  });

  it('requests nothing when a share link in the address may decide the language', () => {
    // Nothing stronger than the link's own language: the app decodes the link and loads the words itself.
    expect(preloaded({ hash: '#v1.abc', preferred: ['zh-CN'] })).toEqual([]);
    expect(preloaded({ hash: '#v1.abc' })).toEqual([]);
  });

  it('requests the browser language with a fragment that is not a share link', () => {
    expect(preloaded({ hash: '#lesson=mixed-read', preferred: ['zh-CN'] })).toEqual([{ rel: 'modulepreload', href: chunks['zh-CN'], crossOrigin: '' }]);
  });
});
