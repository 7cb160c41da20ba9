import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [react()],
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
