// No two modules or folders in the repository may differ only in case. On macOS's and Windows' default file
// systems `import './Caption'` then finds `caption.ts` (a module resolver tries `.ts` before `.tsx`), and the
// type-check fails there while it passes on Linux.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** A file as an import names it: its path without the last extension (`src/ui/Caption.tsx` → `src/ui/Caption`). */
const moduleName = (path: string): string => path.replace(/(?<=[^/])\.[^./]+$/, '');

/** Groups of folders, or of files as imports name them, that are one name on a case-insensitive disk. */
function caseClashes(paths: readonly string[]): string[][] {
  const byFolded = new Map<string, Set<string>>();
  const add = (name: string): void => {
    const key = name.toLowerCase();
    byFolded.set(key, (byFolded.get(key) ?? new Set<string>()).add(name));
  };
  for (const path of paths) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) add(parts.slice(0, i).join('/'));
    add(moduleName(path));
  }
  return [...byFolded.values()].filter((s) => s.size > 1).map((s) => [...s].sort());
}

function repositoryFiles(): string[] {
  let out: string;
  try {
    // Tracked files and new ones not ignored, so a clash fails before it is committed.
    out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8', cwd: new URL('..', import.meta.url) });
  } catch (e) {
    throw new Error(`this check lists the repository's files with \`git ls-files\`, which failed: ${(e as Error).message}`);
  }
  return out.split('\0').filter(Boolean);
}

describe('file names', () => {
  it.each([
    { name: 'a component beside a module of the same name', paths: ['src/ui/Caption.tsx', 'src/ui/caption.ts'], want: [['src/ui/Caption', 'src/ui/caption']] },
    { name: 'two files that differ only in case', paths: ['src/a/Notes.md', 'src/a/notes.md'], want: [['src/a/Notes', 'src/a/notes']] },
    { name: 'folders that differ in case', paths: ['src/UI/a.ts', 'src/ui/b.ts'], want: [['src/UI', 'src/ui']] },
    { name: 'a module beside its test and its styles', paths: ['src/ui/caption.ts', 'src/ui/caption.test.ts', 'src/ui/caption.css'], want: [] },
    { name: 'a dotfile', paths: ['.gitignore', '.ci/run'], want: [] },
  ])('caseClashes: $name', ({ paths, want }) => {
    expect(caseClashes(paths)).toEqual(want);
  });

  it('no two paths in the repository differ only in case', () => {
    const files = repositoryFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(caseClashes(files)).toEqual([]);
  });
});
