import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      // monaco-yaml's worker (via monaco-worker-manager) imports monaco's worker by its pre-0.50 path, which
      // monaco-editor 0.5x's `exports` map no longer resolves.
      {
        find: /^monaco-editor\/esm\/vs\/editor\/editor\.worker(\.js)?$/,
        replacement: fileURLToPath(new URL('./node_modules/monaco-editor/esm/vs/editor/editor.worker.js', import.meta.url)),
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
