// Every string a person reads goes through i18next. Each part of the UI keeps its words beside its code
// (en.json and zh-CN.json here for the app, graph/, share/, time/ and lessons/ their own); all are one `translation` namespace,
// merged the one way i18next offers: addResourceBundle with `deep`. Program output (nslookup, iptables-save …)
// is not translated. glossary.md fixes how each Kubernetes term is written in Chinese.
// The playground's words: each language's bundles are a chunk of their own (bundles-en.ts, bundles-zh-CN.ts), so a
// page loads the language it speaks, and the other only when the header switch asks for it (start.ts).
import i18next from 'i18next';
import { startWords } from './start';

export const { i18nReady, loadLanguage, switchLanguage } = startWords({
  en: () => import('./bundles-en'),
  'zh-CN': () => import('./bundles-zh-CN'),
});

export default i18next;
