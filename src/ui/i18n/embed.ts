// The light lesson embed's words: only what its graph, step caption and header say, a chunk per language
// (bundles-embed-en.ts, bundles-embed-zh-CN.ts) a fraction of the playground's. embed-words.test.ts holds every key
// the embed's components name to be there, in both languages.
import { startWords } from './start';

export const { i18nReady } = startWords({
  en: () => import('./bundles-embed-en'),
  'zh-CN': () => import('./bundles-embed-zh-CN'),
});
