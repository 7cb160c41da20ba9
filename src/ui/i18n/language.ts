// Which language the playground speaks: `?lang=` in the address wins, then the learner's own choice (the header
// switch, remembered in localStorage), then the language a shared link was made in (a suggestion), then the
// browser's languages. Only Simplified Chinese is offered besides
// English, so Traditional Chinese tags (zh-TW, zh-Hant) fall through to English rather than to a script the
// reader may not read.

export const languages = ['en', 'zh-CN'] as const;
export type Language = (typeof languages)[number];

/** The localStorage key holding the language the learner picked with the header switch. */
export const languageStorageKey = 'k8s-service-playground.lang';

/** A BCP 47 tag as one of ours: `zh`, `zh-CN`, `zh-Hans(-…)`, `zh-SG` are Simplified Chinese; `en(-…)` English. */
export function parseLanguage(tag: string | null | undefined): Language | undefined {
  const t = tag?.trim().toLowerCase();
  if (!t) return undefined;
  if (t === 'zh' || t === 'zh-cn' || t === 'zh-sg' || t === 'zh-hans' || t.startsWith('zh-hans-')) return 'zh-CN';
  if (t === 'en' || t.startsWith('en-')) return 'en';
  return undefined;
}

/** The first of the browser's preferred languages we speak; English when none is. */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lang = parseLanguage(tag);
    if (lang) return lang;
  }
  return 'en';
}

export interface LanguageSources {
  /** The page address's query string (`?lang=zh-CN`). */
  search: string;
  /** What the header switch stored, if anything. */
  stored: string | null;
  /** navigator.languages. */
  preferred: readonly string[];
  /** The language the opened share link was made in, if it says. */
  suggested?: string | null;
}

/** `?lang=` wins over the stored choice, which wins over a link's suggestion, which wins over the browser's languages. */
export function chooseLanguage({ search, stored, preferred, suggested }: LanguageSources): Language {
  return parseLanguage(new URLSearchParams(search).get('lang')) ?? parseLanguage(stored) ?? parseLanguage(suggested) ?? languageFromBrowser(preferred);
}

/** localStorage can be missing or throw (private mode, blocked site data): the choice then lasts for the tab. */
export function readStoredLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(languageStorageKey) ?? null;
  } catch {
    return null;
  }
}

export function storeLanguage(lang: Language): void {
  try {
    globalThis.localStorage?.setItem(languageStorageKey, lang);
  } catch {
    // Not remembered: the switch still works for this visit.
  }
}
