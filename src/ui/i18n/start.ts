// The one i18next instance, started with the words a page loads: the playground every bundle (index.ts), the light
// lesson embed only its own (embed.ts). Each language's words are a chunk of their own, loaded for the language the
// page speaks and for the other only when the header switch asks for it.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { decodeShareFragment, readAddressLink } from '../../state';
import { chooseLanguage, readStoredLanguage, storeLanguage, type Language } from './language';

type Bundle = { [key: string]: string | Bundle };

/** Each language's bundles, as a chunk to load. */
export type BundleLoaders = Readonly<Record<Language, () => Promise<{ bundles: readonly Bundle[] }>>>;

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

export interface Words {
  /** Settles when the first language's words are in: the entry points render after it, so no key shows as itself. */
  i18nReady: Promise<void>;
  /** Loads a language's bundles into i18next, once; a failed load (offline, a redeploy) is tried again next time. */
  loadLanguage(lang: Language): Promise<void>;
  /** The header switch: the whole UI re-renders in the new language (the store is untouched) and it is remembered. */
  switchLanguage(lang: Language): void;
}

/** Starts i18next in the page's language, loading that language's bundles from `loaders`. A page starts it once. */
export function startWords(loaders: BundleLoaders): Words {
  const loading = new Map<Language, Promise<void>>();
  function loadLanguage(lang: Language): Promise<void> {
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

  return {
    i18nReady: startLanguage().then(loadLanguage),
    loadLanguage,
    switchLanguage(lang) {
      storeLanguage(lang);
      // The words first, then the switch: the page never re-renders in a language whose words are still loading.
      void loadLanguage(lang).then(() => i18next.changeLanguage(lang), () => undefined);
    },
  };
}

export default i18next;
