// Every string a person reads goes through i18next. Each part of the UI keeps its words beside its code
// (en.json and zh-CN.json here for the app, graph/, share/, time/ and lessons/ their own); all are one `translation` namespace,
// merged the one way i18next offers: addResourceBundle with `deep`. Program output (nslookup, iptables-save …)
// is not translated. glossary.md fixes how each Kubernetes term is written in Chinese.
// Each language's bundles are a chunk of their own (bundles-en.ts, bundles-zh-CN.ts): a page loads the language it
// speaks, and the other only when the header switch asks for it.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { decodeShareFragment, readAddressLink } from '../../state';
import { chooseLanguage, readStoredLanguage, storeLanguage, type Language } from './language';

type Bundle = { [key: string]: string | Bundle };

const loaders: Readonly<Record<Language, () => Promise<{ bundles: readonly Bundle[] }>>> = {
  en: () => import('./bundles-en'),
  'zh-CN': () => import('./bundles-zh-CN'),
};

const loading = new Map<Language, Promise<void>>();

/** Loads a language's bundles into i18next, once; a failed load (offline, a redeploy) is tried again next time. */
export function loadLanguage(lang: Language): Promise<void> {
  let p = loading.get(lang);
  if (!p) {
    p = loaders[lang]().then(({ bundles }) => {
      for (const bundle of bundles) i18next.addResourceBundle(lang, 'translation', bundle, true, false);
    });
    p.catch(() => loading.delete(lang));
    loading.set(lang, p);
  }
  return p;
}

/** The language a share link in the address was made in (read by then: readAddressLink); the share session opens the
 *  same link. */
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

/** The first language, with i18next set to speak it: a link in the address is read first (its language is a suggestion). */
async function startLanguage(): Promise<Language> {
  if (typeof window !== 'undefined') await readAddressLink(window.location);
  const lang = initialLanguage();
  void i18next.use(initReactI18next).init({
    // Given (even empty), resources make init synchronous; the language's bundles arrive with loadLanguage.
    resources: {},
    lng: lang,
    fallbackLng: 'en',
    // React escapes text itself; every value is rendered as a React text node, never as HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  return lang;
}

/** Settles when the first language's words are in: the entry points render after it, so no key shows as itself. */
export const i18nReady: Promise<void> = startLanguage().then(loadLanguage);

/** The header switch: the whole UI re-renders in the new language (the store is untouched) and it is remembered. */
export function switchLanguage(lang: Language): void {
  storeLanguage(lang);
  // The words first, then the switch: the page never re-renders in a language whose words are still loading.
  void loadLanguage(lang).then(() => i18next.changeLanguage(lang), () => undefined);
}

export default i18next;
