// Every string a person reads goes through i18next (issue 6). English now; a `zh-CN.json` beside en.json and
// one line in `resources` add Simplified Chinese. Program output (nslookup, iptables-save …) is not translated.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import graphEn from '../graph/i18n.en.json';

type Tree = { [key: string]: string | Tree };

/** The graph keeps its strings beside its code (src/ui/graph/i18n.en.json); merge them under one namespace. */
export function mergeTrees(a: Tree, b: Tree): Tree {
  const out: Tree = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] = prev && typeof prev === 'object' && typeof v === 'object' ? mergeTrees(prev, v) : v;
  }
  return out;
}

export const resources = { en: { translation: mergeTrees(en as Tree, graphEn as Tree) } };
export const supportedLanguages = Object.keys(resources);

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
  resources,
  lng: initialLanguage(),
  fallbackLng: 'en',
  // React escapes text itself; every value is rendered as a React text node, never as HTML.
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

export default i18next;
