import { defineConfig } from 'vitest/config';
import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { earlyWorkerScript } from './src/state/worker/early-worker.ts';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';
import { offlineCache } from './scripts/offline-cache.ts';
import { editorPrefetchScript, type PrefetchFile } from './scripts/editor-prefetch.ts';
import { pickJsonPlugin } from './scripts/pick-json.ts';
import { PHONE_LAYOUT } from './src/ui/layout/phone-layout.ts';
import { pageStart } from './scripts/page-start.ts';
import { DRAFT_KEY } from './src/state/storage-keys.ts';
import { languages, languageStorageKey } from './src/ui/i18n/language.ts';
import { firstViewScript, firstViewTemplateId, loaderScript } from './src/ui/page-start.ts';

/**
 * A build-only plugin that adds tags to the built index.html, from the finished bundle and the public base path.
 * It runs after Vite's own tags ('post'), so the bundle's file names are known.
 */
function indexHtmlTags(name: string, tags: (bundle: OutputBundle, base: string, page: string) => HtmlTagDescriptor[]): Plugin {
  let base = '/';
  return {
    name,
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: { order: 'post', handler: (_html, ctx) => tags(ctx.bundle ?? {}, base, ctx.path) },
  };
}

/** The core, the lessons and the state are pure: importing a module of theirs does nothing but define it. */
const pureLayers = (id: string): boolean => !/\/src\/(core|lessons|state)\//.test(id);

/** Starts the core worker from index.html, before the app's script has loaded (src/state/worker/early-worker.ts). */
const startCoreWorkerEarly = () => indexHtmlTags('start-core-worker-early', (bundle, base) => {
  const worker = Object.keys(bundle).find((name) => /(^|\/)core\.worker-[\w-]+\.js$/.test(name));
  if (!worker) throw new Error('start-core-worker-early: the core worker is missing from the build');
  return [{ tag: 'script', children: earlyWorkerScript(base + worker), injectTo: 'head' }];
});

/**
 * The editor's chunk (Monaco, 3.5 MB, and its stylesheet) runs only after the first graph is painted
 * (src/ui/editor/load-order.ts). A prefetch hint downloads it meanwhile at idle priority on a desktop, so the
 * learner's network does not hold the editor back; a phone skips it (scripts/editor-prefetch.ts says why). A
 * modulepreload would also compile it at once, and that compile competed for the two cores with the app's own
 * script and the core worker and made the graph later.
 * The bundler may put part of Monaco in a chunk the editor's chunk imports (one it shares with Monaco's own
 * lazy parts): every chunk the editor imports that the page does not already load is prefetched too.
 */
const prefetchEditorChunk = () => indexHtmlTags('prefetch-editor-chunk', (bundle, base, page) => {
  // The light lesson embed has no editor: it must not download one.
  if (page.endsWith('/lesson-embed.html')) return [];
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const editor = chunks.find((c) => c.isDynamicEntry && c.facadeModuleId?.endsWith('/src/ui/editor/MonacoEditor.tsx'));
  const entry = chunks.find((c) => c.isEntry && c.facadeModuleId?.endsWith('/index.html'));
  if (!editor || !entry) throw new Error('prefetch-editor-chunk: the MonacoEditor chunk or the page entry is missing from the build');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (from: string) => {
    const seen = new Set<string>([from]);
    for (const name of seen) for (const dep of byName.get(name)?.imports ?? []) seen.add(dep);
    return seen;
  };
  const page_ = closure(entry.fileName);
  const editorFiles = [...closure(editor.fileName)].filter((name) => !page_.has(name));
  const css = editorFiles.flatMap((name) => [...(byName.get(name)?.viteMetadata?.importedCss ?? [])]);
  const files: PrefetchFile[] = [
    ...editorFiles.map((href) => ({ href: base + href, as: 'script' as const })),
    ...css.map((href) => ({ href: base + href, as: 'style' as const })),
  ];
  return [{ tag: 'script', children: editorPrefetchScript(files, PHONE_LAYOUT), injectTo: 'head' }];
});

export default defineConfig({
  plugins: [react(), pickJsonPlugin(), startCoreWorkerEarly(), prefetchEditorChunk(),
    pageStart({
      languages,
      firstViewModule: '/src/ui/first-view.tsx',
      loaderScript: (files) => loaderScript({ ...files, languageStorageKey, firstView: { phoneQuery: PHONE_LAYOUT, draftKey: DRAFT_KEY } }),
      firstViewScript: firstViewScript(),
      templateId: firstViewTemplateId,
    }),
    contentSecurityPolicy(), offlineCache()],
  resolve: {
    alias: [
      // monaco-editor 0.5x's `exports` map hides its esm/ files: monaco-yaml's worker (via monaco-worker-manager)
      // imports monaco's worker by that path, and src/ui/editor/monaco-lean.ts picks single contributions.
      {
        find: /^monaco-editor\/esm\/vs\/editor\/editor\.worker$/,
        replacement: fileURLToPath(new URL('./node_modules/monaco-editor/esm/vs/editor/editor.worker.js', import.meta.url)),
      },
      // monaco-yaml's language worker gets its worker server through this module; ours gates what the language
      // service is given (src/ui/editor/yaml-worker-server.ts).
      {
        find: /^monaco-worker-manager\/worker$/,
        replacement: fileURLToPath(new URL('./src/ui/editor/yaml-worker-server.ts', import.meta.url)),
      },
      {
        find: /^monaco-editor\/esm\/(.*)$/,
        replacement: fileURLToPath(new URL('./node_modules/monaco-editor/esm/', import.meta.url)) + '$1',
      },
    ],
  },
  // The core worker's bundle gets the same tree-shaking of the pure core as the page's (below): without it every
  // module behind the core's face sat in the worker's first chunk, the shell's programs and kubectl's printers too,
  // though they load only with the first line typed (state/worker/shell-lines.ts).
  worker: { format: 'es', rolldownOptions: { treeshake: { moduleSideEffects: pureLayers } } },
  // The dev server pre-bundles dependencies from what it finds by crawling index.html; the workers are started with
  // `new Worker(…)` / `?worker`, which the crawl does not follow, so their dependencies (monaco-yaml's worker) were
  // found only when the editor loaded, and the first `npm start` reloaded the page once to use them.
  optimizeDeps: { entries: ['index.html', 'src/**/*.worker.ts'] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    // The core is pure (docs/architecture.md: no DOM, nothing registered on import), so a module of it that the page does not
    // use can be left out: the UI takes a few helpers from its public face, and without this the bundler kept
    // every module behind that face in the page's first script (130 KB, compiled before the graph appears).
    // The lessons are pure too (data and checkLesson): the catalogue the page loads for the panel or a lesson link
    // then leaves out the checker and what only it reaches (the shell runner, kubectl), which run in the core worker.
    // The state is pure as well (its store is made on first use): a module the page's state face names but the page
    // does not use stays out, as the link writer does until the light lesson embed loads it (state/link-writer.ts).
    // The bundler still places a module by every import that reaches it, used or not: a helper the page needs sits in
    // a leaf module of the core (docs/architecture.md), so that importing it does not reach the simulation.
    rolldownOptions: {
      treeshake: { moduleSideEffects: pureLayers, manualPureFunctions: ['memo', 'forwardRef', 'createContext'] },
      // The playground, and the light lesson embed for blog posts (no editor, no shell terminal).
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        'lesson-embed': fileURLToPath(new URL('./lesson-embed.html', import.meta.url)),
      },
      // Each lesson is a chunk of its own (src/lessons/load.ts: the embed loads only the one it shows), and most start
      // from one of the seed's scenarios, which both pages import too: the bundler would give each scenario text a
      // chunk of its own, by the set of chunks that reach it. One chunk keeps them together, as before the split.
      output: { codeSplitting: { groups: [{ name: 'scenarios', test: /\/src\/scenarios\// }] } },
      // The lessons' face lists every lesson statically for Node (lessons:verify, the tests); the page never uses that
      // list, so it is left out and each lesson stays the chunk load.ts imports, as the bundler warns it might not be
      // (e2e/first-load.spec.ts would see the whole catalogue come back). The warning for those imports only is dropped.
      onLog(level, log, handler) {
        if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && /src\/lessons\/[\w-]+\.ts is dynamically imported by src\/lessons\/load\.ts /.test(log.message)) return;
        handler(level, log);
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
