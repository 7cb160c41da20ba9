// The layering is enforced by the lint (eslint.config.js): each case lints one import as if it stood in the
// named file, and a wrong import must be an error there. Cases that must pass keep the rules from over-reaching.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import * as x from '${specifier}';\nexport const y = x;\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'lessons/face').map((m) => m.message);
}

const cases: { file: string; imports: string; allowed: boolean }[] = [
  // The core's face.
  { file: 'src/ui/graph/to-flow.ts', imports: '../../core', allowed: true },
  { file: 'src/ui/graph/to-flow.ts', imports: '../../core/index', allowed: true },
  { file: 'src/ui/graph/to-flow.ts', imports: '../../core/model/build', allowed: false },
  { file: 'src/ui/graph/to-flow.ts', imports: '../../core/util/sha256', allowed: false },
  { file: 'src/ui/graph/to-flow.ts', imports: '../../core/testing', allowed: false },
  { file: 'src/ui/graph/to-flow.test.ts', imports: '../../core/testing', allowed: true },
  { file: 'src/ui/graph/to-flow.test.ts', imports: '../../core/testing/seed-cluster', allowed: false },
  { file: 'src/state/worker/handle.ts', imports: '../../core/model/load', allowed: false },
  { file: 'src/state/worker/handle.ts', imports: '../../core', allowed: true },
  { file: 'scripts/bench.ts', imports: '../src/core/model/load', allowed: false },
  { file: 'scripts/bench.ts', imports: '../src/core/testing/index', allowed: true },
  // The state's face.
  { file: 'src/ui/panels/GraphPanel.tsx', imports: '../../state', allowed: true },
  { file: 'src/ui/panels/GraphPanel.tsx', imports: '../../state/store', allowed: false },
  { file: 'src/ui/panels/GraphPanel.tsx', imports: '../../state/url-codec', allowed: false },
  { file: 'src/ui/share/ShareMenu.test.ts', imports: '../../state/testing', allowed: true },
  { file: 'e2e/pages/share-page.ts', imports: '../../src/state/codecs', allowed: true },
  { file: 'e2e/pages/share-page.ts', imports: '../../src/state/storage', allowed: false },
  // Layers run one way, and state holds no view code.
  { file: 'src/state/store.ts', imports: '../ui/App', allowed: false },
  { file: 'src/state/store.ts', imports: 'react', allowed: false },
  { file: 'src/state/store.ts', imports: 'zustand', allowed: false },
  { file: 'src/state/store.ts', imports: 'zustand/vanilla', allowed: true },
  { file: 'src/core/model/build.ts', imports: '../../state', allowed: false },
  { file: 'src/core/model/build.ts', imports: 'react', allowed: false },
  { file: 'src/core/validate/service.ts', imports: '../model/build', allowed: false },
  { file: 'src/core/manifest/parse.ts', imports: '../validate/field', allowed: false },
  { file: 'src/core/traffic/send.ts', imports: '../proxy/iptables', allowed: true },
  // Lessons sit between state and ui: the core's face and the state's link types in, their own face out.
  { file: 'src/lessons/check.ts', imports: '../core', allowed: true },
  { file: 'src/lessons/check.ts', imports: '../core/model/load', allowed: false },
  { file: 'src/lessons/types.ts', imports: '../state/codecs', allowed: true },
  { file: 'src/lessons/types.ts', imports: '../state', allowed: false },
  { file: 'src/lessons/types.ts', imports: '../state/url-codec/share-state', allowed: false },
  { file: 'src/lessons/check.ts', imports: '../ui/App', allowed: false },
  { file: 'src/lessons/check.ts', imports: 'react', allowed: false },
  { file: 'src/lessons/mixed-read.ts', imports: '../scenarios/mysql-mixed.yaml?raw', allowed: true },
  { file: 'src/lessons/check.test.ts', imports: '../core/testing', allowed: true },
  { file: 'src/ui/lessons/LessonsPanel.tsx', imports: '../../lessons', allowed: true },
  { file: 'src/ui/lessons/LessonsPanel.tsx', imports: '../../lessons/index', allowed: true },
  { file: 'src/ui/lessons/LessonsPanel.tsx', imports: '../../lessons/outcomes', allowed: false },
  { file: 'src/ui/lessons/LessonsPanel.tsx', imports: './LessonList', allowed: true },
  { file: 'src/ui/Playground.tsx', imports: './lessons/LessonsPanel', allowed: true },
  { file: 'src/ui/Playground.tsx', imports: '../lessons/mixed-read', allowed: false },
  { file: 'scripts/lessons-verify.ts', imports: '../src/lessons', allowed: true },
  { file: 'scripts/lessons-verify.ts', imports: '../src/lessons/check', allowed: false },
  { file: 'src/state/lessons-slice.ts', imports: '../lessons', allowed: true },
  { file: 'src/state/worker/handle.ts', imports: '../../lessons/check', allowed: false },
  { file: 'src/core/model/build.ts', imports: '../../lessons', allowed: false },
];

describe('import boundaries', () => {
  it.each(cases)('$file importing $imports: allowed=$allowed', async ({ file, imports, allowed }) => {
    const errors = await importErrors(file, imports);
    if (allowed) expect(errors).toEqual([]);
    else expect(errors.length).toBeGreaterThan(0);
  }, 30_000);
});
