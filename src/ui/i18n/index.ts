// Every string a person reads goes through i18next. Each part of the UI keeps its words beside its code
// (en.json here for the app, graph/ and share/ their own); all are one `translation` namespace, merged the
// one way i18next offers: addResourceBundle with `deep`. Simplified Chinese adds a `zh-CN` entry to
// `bundles`. Program output (nslookup, iptables-save …) is not translated.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import graphEn from '../graph/i18n.en.json';
import shareEn from '../share/i18n.en.json';
import en from './en.json';

type Bundle = { [key: string]: string | Bundle };

const bundles: Record<string, readonly Bundle[]> = { en: [en, graphEn, shareEn] };
export const supportedLanguages = Object.keys(bundles);

function initialLanguage(): string {
  const wanted = typeof navigator !== 'undefined' ? navigator.languages ?? [navigator.language] : [];
  for (const lang of wanted) {
    if (supportedLanguages.includes(lang)) return lang;
    const base = lang.split('-')[0]!;
    if (supportedLanguages.includes(base)) return base;
  }
  return 'en';
}

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

export default i18next;
