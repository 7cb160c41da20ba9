// Every string a person reads goes through i18next. Each part of the UI keeps its words beside its code
// (en.json and zh-CN.json here for the app, graph/, share/, time/ and lessons/ their own); all are one `translation` namespace,
// merged the one way i18next offers: addResourceBundle with `deep`. Program output (nslookup, iptables-save …)
// is not translated. glossary.md fixes how each Kubernetes term is written in Chinese.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import graphEn from '../graph/i18n.en.json';
import graphZh from '../graph/i18n.zh-CN.json';
import lessonsEn from '../lessons/i18n.en.json';
import lessonsZh from '../lessons/i18n.zh-CN.json';
import shareEn from '../share/i18n.en.json';
import shareZh from '../share/i18n.zh-CN.json';
import timeEn from '../time/i18n.en.json';
import timeZh from '../time/i18n.zh-CN.json';
import { decodeShareFragment } from '../../state';
import en from './en.json';
import { chooseLanguage, readStoredLanguage, storeLanguage, type Language } from './language';
import zh from './zh-CN.json';

type Bundle = { [key: string]: string | Bundle };

export const bundles: Readonly<Record<Language, readonly Bundle[]>> = { en: [en, graphEn, shareEn, timeEn, lessonsEn], 'zh-CN': [zh, graphZh, shareZh, timeZh, lessonsZh] };

/** The language a share link in the address was made in; the share session decodes the same link again to open it. */
function linkLanguage(hash: string): string | undefined {
  if (!hash.startsWith('#v')) return undefined;
  const r = decodeShareFragment(hash);
  return r.ok ? r.value.language : undefined;
}

function initialLanguage(): Language {
  if (typeof window === 'undefined') return 'en';
  return chooseLanguage({
    search: window.location.search,
    stored: readStoredLanguage(),
    preferred: navigator.languages ?? [navigator.language],
    suggested: linkLanguage(window.location.hash),
  });
}

// <html lang> follows the language: screen readers pick their voice by it, and browsers their CJK font and
// line breaking.
i18next.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});

void i18next.use(initReactI18next).init({
  // Given (even empty), resources make init synchronous, so the bundles below land before the first render.
  resources: {},
  lng: initialLanguage(),
  fallbackLng: 'en',
  // React escapes text itself; every value is rendered as a React text node, never as HTML.
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});
for (const [lng, list] of Object.entries(bundles)) {
  for (const bundle of list) i18next.addResourceBundle(lng, 'translation', bundle, true, false);
}

/** The header switch: the whole UI re-renders in the new language (the store is untouched) and it is remembered. */
export function switchLanguage(lang: Language): void {
  storeLanguage(lang);
  void i18next.changeLanguage(lang);
}

export default i18next;
