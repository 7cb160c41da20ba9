// Layering is a lint error (STYLE.md): imports flow core <- state <- ui.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiLibraries = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', '@xyflow/*', 'monaco-editor', 'monaco-editor/*', 'monaco-yaml', 'i18next', 'react-i18next', 'elkjs', 'elkjs/*'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'e2e/artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Test fixtures (src/core/testing/*.ts) are pure too; only the unshare harness in src/core/testing/netns runs programs.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts', 'src/core/testing/netns/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [],
        patterns: [
          { group: uiLibraries, message: 'src/core is pure: no React, DOM libraries or zustand (STYLE.md).' },
          { group: ['node:*', 'fs', 'path', 'child_process', 'os', 'crypto', 'dgram', 'net'], message: 'src/core runs in a Web Worker: no Node built-ins.' },
          { group: ['**/state', '**/state/**', '**/ui', '**/ui/**'], message: 'src/core may not import state or ui (core <- state <- ui).' },
        ],
      }],
    },
  },
  {
    files: ['src/core/**/*.test.ts', 'src/core/testing/netns/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: uiLibraries, message: 'core tests stay pure too.' },
        { group: ['**/state', '**/state/**', '**/ui', '**/ui/**'], message: 'src/core may not import state or ui (core <- state <- ui).' },
      ] }],
    },
  },
  {
    // Node tools (npm run dns, the benchmarks): they drive the core and may use its test fixtures, never state or ui.
    files: ['scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/src/state', '**/src/state/**', '**/src/ui', '**/src/ui/**'], message: 'scripts use the core, not state or ui.' },
      ] }],
    },
  },
  {
    files: ['src/state/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/ui', '**/ui/**'], message: 'src/state may not import ui (core <- state <- ui).' },
        { group: ['@xyflow/*', 'monaco-editor', 'monaco-editor/*', 'react-dom', 'react-dom/*'], message: 'src/state holds no view code.' },
      ] }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
);
