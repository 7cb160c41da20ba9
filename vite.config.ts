import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { earlyWorkerScript } from './src/state/worker/early-worker';

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

export default defineConfig({
  plugins: [react(), startCoreWorkerEarly()],
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
