// Layering is a lint error (STYLE.md): imports flow core <- state <- ui.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import path from 'node:path';

const uiLibraries = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', '@xyflow/*', 'monaco-editor', 'monaco-editor/*', 'monaco-yaml', 'i18next', 'react-i18next', 'elkjs', 'elkjs/*'];

// Test fixtures (src/core/testing/*.ts) are pure core too; only the unshare harness in testing/netns runs programs.
const coreTests = ['src/core/**/*.test.ts', 'src/core/testing/netns/**'];
const corePure = [
  { group: uiLibraries, message: 'src/core is pure: no React, DOM libraries or zustand (STYLE.md).' },
  { group: ['node:*', 'fs', 'path', 'child_process', 'os', 'crypto', 'dgram', 'net'], message: 'src/core runs in a Web Worker: no Node built-ins.' },
  { group: ['**/state', '**/state/**', '**/ui', '**/ui/**'], message: 'src/core may not import state or ui (core <- state <- ui).' },
];

// Inside the core, layers run one way: types and util at the bottom, then manifest -> validate -> model ->
// dns / proxy / kubectl -> traffic -> shell. A layer imports only the layers before it; tests may drive the whole pipeline.
const coreLayerOrder = [
  ['types', []],
  ['util', []],
  ['manifest', ['types', 'util']],
  ['validate', ['types', 'util', 'manifest']],
  ['model', ['types', 'util', 'manifest', 'validate']],
  ['dns', ['types', 'util', 'manifest', 'validate', 'model']],
  ['proxy', ['types', 'util', 'manifest', 'validate', 'model']],
  ['kubectl', ['types', 'util', 'manifest', 'validate', 'model']],
  ['traffic', ['types', 'util', 'manifest', 'validate', 'model', 'dns', 'proxy', 'kubectl']],
  ['shell', ['types', 'util', 'manifest', 'validate', 'model', 'dns', 'proxy', 'kubectl', 'traffic']],
];
const coreFolders = [...coreLayerOrder.map(([layer]) => layer), 'testing'];
const coreLayers = coreLayerOrder.map(([layer, below]) => ({
  files: [`src/core/${layer}/**/*.ts`],
  ignores: coreTests,
  rules: {
    'no-restricted-imports': ['error', {
      paths: ['..', '../index'].map((name) => ({ name, message: 'Inside the core, import the module itself, not the public face.' })),
      patterns: [
        ...corePure,
        {
          group: coreFolders.filter((f) => f !== layer && !below.includes(f)).flatMap((f) => [`../${f}`, `../${f}/**`, `**/core/${f}/**`]),
          message: `src/core/${layer} may import only ${below.length ? below.join(', ') : 'nothing else in the core'} (layers run types/util -> manifest -> validate -> model -> dns/proxy/kubectl -> traffic -> shell).`,
        },
      ],
    }],
  },
}));

// Public faces. Outside src/core, code imports only src/core/index.ts; tests and tools may also import the
// fixtures' face, src/core/testing/index.ts. Outside src/state, code imports only src/state/index.ts; e2e page
// objects use src/state/codecs.ts (the link and draft formats, loadable in plain Node). A deeper import fails.
const coreFace = (tests) => ({
  group: ['**/core/**', '!**/core/index', ...(tests ? ['!**/core/testing', '!**/core/testing/index'] : [])],
  message: `Outside src/core, import only src/core/index.ts${tests ? ' or the fixtures in src/core/testing/index.ts' : ''}.`,
});
const stateFace = (extra = []) => ({
  group: ['**/state/**', '!**/state/index', ...extra.map((e) => `!**/state/${e}`)],
  message: `Outside src/state, import only src/state/index.ts${extra.length ? ` (or ${extra.join(', ')})` : ''}.`,
});
const noUi = { group: ['**/ui', '**/ui/**'], message: 'Imports flow core <- state <- ui: ui is the top.' };
const noViewCode = { group: ['@xyflow/*', 'monaco-editor', 'monaco-editor/*', 'react', 'react/*', 'react-dom', 'react-dom/*', 'react-i18next', 'i18next'], message: 'src/state holds no view code.' };
// zustand's main entry is its React binding; the store is built with zustand/vanilla and ui owns the hook.
const noReactStore = { name: 'zustand', message: 'src/state is framework-free: import zustand/vanilla (the React hook lives in ui/use-app-store.ts).' };
const testFiles = ['**/*.test.ts', '**/*.test.tsx', 'src/**/testing/**'];
const restrict = (patterns, paths = []) => ({ 'no-restricted-imports': ['error', { paths, patterns }] });
const faceRules = [
  { files: ['src/state/**/*.ts'], ignores: testFiles, rules: restrict([noUi, noViewCode, coreFace(false)], [noReactStore]) },
  { files: ['src/state/**/*.test.ts', 'src/state/testing/**'], rules: restrict([noUi, noViewCode, coreFace(true)], [noReactStore]) },
  { files: ['src/ui/**/*.{ts,tsx}'], ignores: testFiles, rules: restrict([coreFace(false), stateFace()]) },
  { files: ['src/ui/**/*.test.{ts,tsx}'], rules: restrict([coreFace(true), stateFace(['testing', 'testing/index'])]) },
  { files: ['src/*.{ts,tsx}'], ignores: testFiles, rules: restrict([coreFace(false), stateFace()]) },
  // Node tools (npm run dns, the benchmarks) drive the core and may use its fixtures, never state or ui.
  { files: ['scripts/**/*.ts'], rules: restrict([coreFace(true), { group: ['**/src/state', '**/src/state/**', '**/src/ui', '**/src/ui/**'], message: 'scripts use the core, not state or ui.' }]) },
  { files: ['e2e/**/*.ts'], rules: restrict([coreFace(false), stateFace(['codecs']), noUi]) },
];

// src/lessons is reached only through its face, src/lessons/index.ts: by ui, scripts and e2e, and by src/state (the
// lesson slice, and the core worker's checkLesson command, so a check runs in the worker that already builds the
// clusters); the core never imports it. Lessons import the core's face and, from state, only the ShareState type
// (src/state/codecs.ts): a type, erased at build, so the two layers share one contract and no code.
// A path rule rather than a glob, because `../lessons/…` from src/ui/graph means src/ui/lessons, not src/lessons.
const lessonsDir = path.resolve('src/lessons');
const lessonsFace = path.join(lessonsDir, 'index');
const lessonsRule = {
  meta: { type: 'problem', schema: [{ type: 'object', properties: { face: { type: 'boolean' } }, additionalProperties: false }] },
  create(context) {
    const face = context.options[0]?.face ?? false;
    const check = (node) => {
      const spec = node.source.type === 'Literal' ? node.source.value : undefined;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path.resolve(path.dirname(context.filename), spec).replace(/\.tsx?$/, '');
      if (target !== lessonsDir && !target.startsWith(lessonsDir + path.sep)) return;
      if (face && (target === lessonsDir || target === lessonsFace)) return;
      context.report({
        node: node.source,
        message: face ? 'Outside src/lessons, import only src/lessons/index.ts.' : 'src/core may not import src/lessons.',
      });
    };
    // A dynamic import() (the lesson catalogue loads on first use) is held to the same rule.
    return { ImportDeclaration: check, ImportExpression: check };
  },
};
const lessonsPlugin = { rules: { face: lessonsRule } };
const lessonsOnlyCodecs = 'src/lessons imports only the state\'s link types, src/state/codecs.ts.';
const lessonsInside = [
  { group: ['**/state/**', '!**/state/codecs'], message: lessonsOnlyCodecs },
  { regex: '(^|/)state(/index)?$', message: lessonsOnlyCodecs },
];
const lessonsRules = [
  { files: ['src/core/**/*.ts'], plugins: { lessons: lessonsPlugin }, rules: { 'lessons/face': ['error', { face: false }] } },
  { files: ['src/state/**/*.ts', 'src/ui/**/*.{ts,tsx}', 'src/*.{ts,tsx}', 'scripts/**/*.ts', 'e2e/**/*.ts'], plugins: { lessons: lessonsPlugin }, rules: { 'lessons/face': ['error', { face: true }] } },
  { files: ['src/lessons/**/*.ts'], ignores: testFiles, rules: restrict([coreFace(false), ...lessonsInside, noUi, noViewCode]) },
  { files: ['src/lessons/**/*.test.ts'], rules: restrict([coreFace(true), ...lessonsInside, noUi, noViewCode]) },
];

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
    files: ['src/core/**/*.ts'],
    ignores: coreTests,
    rules: { 'no-restricted-imports': ['error', { paths: [], patterns: corePure }] },
  },
  ...coreLayers,
  {
    files: ['src/core/**/*.test.ts', 'src/core/testing/netns/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: uiLibraries, message: 'core tests stay pure too.' },
        { group: ['**/state', '**/state/**', '**/ui', '**/ui/**'], message: 'src/core may not import state or ui (core <- state <- ui).' },
      ] }],
    },
  },
  ...faceRules,
  ...lessonsRules,
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
);
