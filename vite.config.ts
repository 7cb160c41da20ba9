import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { earlyWorkerScript } from './src/state/worker/early-worker.ts';

/** Starts the core worker from index.html, before the app's script has loaded (src/state/worker/early-worker.ts). */
function startCoreWorkerEarly(): Plugin {
  let base = '/';
  return {
    name: 'start-core-worker-early',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const worker = Object.keys(ctx.bundle ?? {}).find((name) => /(^|\/)core\.worker-[\w-]+\.js$/.test(name));
        if (!worker) throw new Error('start-core-worker-early: the core worker is missing from the build');
        return [{ tag: 'script', children: earlyWorkerScript(base + worker), injectTo: 'head' }];
      },
    },
  };
}

/**
 * The editor's chunk (Monaco, 3.5 MB) is evaluated only after the first graph is painted
 * (src/ui/editor/load-order.ts); announcing it in index.html lets the browser download and compile it
 * meanwhile, at low priority so the app's own script comes first.
 */
function preloadEditorChunk(): Plugin {
  let base = '/';
  return {
    name: 'preload-editor-chunk',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.isDynamicEntry && c.facadeModuleId?.endsWith('/src/ui/editor/MonacoEditor.tsx'),
        );
        if (!chunk || chunk.type !== 'chunk') throw new Error('preload-editor-chunk: the MonacoEditor chunk is missing');
        const css = [...(chunk.viteMetadata?.importedCss ?? [])];
        return [
          { tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: base + chunk.fileName, fetchpriority: 'low' }, injectTo: 'head' },
          ...css.map((href) => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: base + href, fetchpriority: 'low' }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), startCoreWorkerEarly(), preloadEditorChunk()],
  resolve: {
    alias: [
      // monaco-editor 0.5x's `exports` map hides its esm/ files: monaco-yaml's worker (via monaco-worker-manager)
      // imports monaco's worker by that path, and src/ui/editor/monaco-lean.ts picks single contributions.
      {
        find: /^monaco-editor\/esm\/vs\/editor\/editor\.worker$/,
        replacement: fileURLToPath(new URL('./node_modules/monaco-editor/esm/vs/editor/editor.worker.js', import.meta.url)),
      },
      {
        find: /^monaco-editor\/esm\/(.*)$/,
        replacement: fileURLToPath(new URL('./node_modules/monaco-editor/esm/', import.meta.url)) + '$1',
      },
    ],
  },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
