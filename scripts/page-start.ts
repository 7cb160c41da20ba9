// A build-only Vite plugin for the playground's index.html (src/ui/page-start.ts has the scripts and says why):
// - the app's scripts and the language's words are requested by an inline loader instead of by tags, so that where
//   the first view shows they start once it is painted;
// - the first view, rendered by the app's own modules through Vite's SSR loader (src/ui/first-view.tsx), fills
//   <div id="root"> in the first language and a <template> in each other, with the script that keeps one.
// The view is inert: nothing in it can be clicked or typed into before the app's first render replaces it.
import { createServer, type Plugin, type Rollup } from 'vite';

/** The screen the view is rendered for: Lighthouse's phone. Only the pane sizes read it, and a phone's layout ignores them. */
const PHONE = { innerWidth: 412, innerHeight: 823 };

/** Each language's first view, rendered by `module`'s `renderFirstView(lang)`. */
async function renderViews(module: string, languages: readonly string[]): Promise<Record<string, string>> {
  const server = await createServer({ server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'warn' });
  const globals = globalThis as { window?: unknown };
  try {
    const { renderFirstView } = await server.ssrLoadModule(module) as { renderFirstView: (lang: string) => Promise<string> };
    // The render reads the window's size (usePaneSizes). The window is made for it alone, once the modules have
    // loaded, so no module takes the build for a browser.
    globals.window = PHONE;
    const views: Record<string, string> = {};
    for (const lang of languages) views[lang] = await renderFirstView(lang);
    return views;
  } finally {
    delete globals.window;
    await server.close();
  }
}

/** The view as the HTML holds it: hidden until the first view's script has chosen it (page-start.ts), and inert. */
const inert = (html: string) => `<div class="first-view" hidden inert aria-busy="true">${html}</div>`;

function wordsChunks(bundle: Rollup.OutputBundle, base: string, languages: readonly string[]): Record<string, string> {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  return Object.fromEntries(languages.map((lang) => {
    const chunk = chunks.find((c) => c.isDynamicEntry && c.facadeModuleId?.endsWith(`/src/ui/i18n/bundles-${lang}.ts`));
    if (!chunk) throw new Error(`page-start: the ${lang} words' chunk is missing from the build`);
    return [lang, base + chunk.fileName];
  }));
}

export interface PageStartOptions {
  /** The app's languages, the first one the HTML's own. */
  languages: readonly string[];
  /** The module that renders the first view: its `renderFirstView(lang)`, as HTML. */
  firstViewModule: string;
  /** The loader script, given where the words, the entry and its modules are (src/ui/page-start.ts). */
  loaderScript: (files: { words: Record<string, string>; entry: string; preloads: readonly string[] }) => string;
  /** The first view's script, and the id of the <template> holding a language's view. */
  firstViewScript: string;
  templateId: (lang: string) => string;
}

export function pageStart(options: PageStartOptions): Plugin {
  let base = '/';
  return {
    name: 'page-start',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        // The light lesson embed starts its own way (src/ui/i18n/embed.ts loads its smaller words).
        if (ctx.path.endsWith('/lesson-embed.html')) return html;
        const entryTag = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
        const entry = entryTag.exec(html)?.[1];
        if (!entry) throw new Error('page-start: index.html has no module script');
        const preloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]!);
        const root = '<div id="root"></div>';
        if (!html.includes(root)) throw new Error('page-start: index.html has no empty <div id="root">');
        const loader = options.loaderScript({ words: wordsChunks(ctx.bundle ?? {}, base, options.languages), entry, preloads });
        const views = await renderViews(options.firstViewModule, options.languages);
        const [first, ...others] = options.languages;
        const templates = others.map((lang) => `<template id="${options.templateId(lang)}">${inert(views[lang]!)}</template>`).join('');
        return html
          .replace(/\s*<link rel="modulepreload" crossorigin href="[^"]+">/g, '')
          .replace(entryTag, () => `<script>${loader}</script>`)
          .replace(root, () => `<div id="root">${inert(views[first!]!)}</div>${templates}<script>${options.firstViewScript}</script>`);
      },
    },
  };
}
