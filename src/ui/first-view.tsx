// The playground's first view as HTML, for the build to put in index.html (scripts/page-start.ts): a phone paints
// the page's frame (header, tabs, send bar, "Building the cluster…") from the HTML alone, about a second before the
// scripts have loaded on a slow network; the app's first render then replaces it. This is what the app itself
// renders before its first build: the store's initial state (zustand renders it on a server), in a phone's layout
// (the editor's tab is not the open one).
import i18next from 'i18next';
import { renderToString } from 'react-dom/server';
import { App } from './App';
import { i18nReady, loadLanguage } from './i18n';
import type { Language } from './i18n/language';

export async function renderFirstView(lang: Language): Promise<string> {
  await i18nReady;
  await loadLanguage(lang);
  await i18next.changeLanguage(lang);
  return renderToString(<App />);
}
