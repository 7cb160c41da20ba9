// The light lesson embed loads its own words, a few groups of the playground's (bundles-embed-en.ts). Every key that
// a component the embed renders names must be among them, in both languages, or the reader would see the key itself.
// The components are found by following the embed's imports from its entry, and their keys read from their text:
// a literal key (`'graph.pod.ready'`) must be a word, a key's literal start before a value (`hop.reject.${…}`) a group.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundles as playgroundEn } from './bundles-en';
import { bundles as embedEn } from './bundles-embed-en';
import { bundles as embedZh } from './bundles-embed-zh-CN';
import { bundles as playgroundZh } from './bundles-zh-CN';

type Bundle = { [key: string]: string | Bundle };

const src = resolve(import.meta.dirname, '../..');
const ui = join(src, 'ui');

/** The embed's own modules under src/ui, by their static imports from src/lesson-embed.tsx. */
function embedModules(): string[] {
  const seen = new Set<string>([join(src, 'lesson-embed.tsx')]);
  for (const file of seen) {
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^import\s[^;]*?from\s+'(\.[^']+)'|^import\s+'(\.[^']+)'/gm)) {
      if (!spec) continue;
      const base = resolve(dirname(file), spec);
      const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => /\.tsx?$/.test(p) && existsSync(p));
      if (found?.startsWith(ui + '/')) seen.add(found);
    }
  }
  return [...seen];
}

const lookup = (bundles: readonly Bundle[], key: string): string | Bundle | undefined => {
  for (const bundle of bundles) {
    let at: string | Bundle | undefined = bundle;
    for (const part of key.split('.')) at = typeof at === 'object' ? at[part] : undefined;
    if (at !== undefined) return at;
  }
  return undefined;
};

/** A word, or its plural forms (`_one`, `_other`). */
const hasWord = (bundles: readonly Bundle[], key: string) =>
  typeof lookup(bundles, key) === 'string' || typeof lookup(bundles, `${key}_other`) === 'string';

const groups = [...new Set(playgroundEn.flatMap((b) => Object.keys(b)))];
const keyPattern = new RegExp(`['"\`]((?:${groups.join('|')})\\.[\\w.-]*?)(['"\`]|\\$\\{)`, 'g');

/** The keys the embed's modules name: whole keys, and the literal starts of keys made with a value. */
function namedKeys(): { words: string[]; groups: string[] } {
  const words = new Set<string>();
  const starts = new Set<string>();
  for (const file of embedModules()) {
    for (const [, key, end] of readFileSync(file, 'utf8').matchAll(keyPattern)) {
      if (end === '${') starts.add(key!.replace(/\.$/, ''));
      else words.add(key!);
    }
  }
  return { words: [...words].sort(), groups: [...starts].sort() };
}

describe('the light lesson embed\'s words', () => {
  const named = namedKeys();

  it('finds the embed\'s components and the keys they name', () => {
    const files = embedModules().map((f) => f.slice(src.length + 1));
    expect(files).toEqual(expect.arrayContaining(['ui/lessons/LessonEmbedApp.tsx', 'ui/traffic/HopCaption.tsx', 'ui/graph/ClusterGraph.tsx']));
    expect(named.words).toEqual(expect.arrayContaining(['lessons.embed.noStep', 'share.openInPlayground', 'graph.pod.ready', 'hop.dnat.random']));
    expect(named.groups).toEqual(expect.arrayContaining(['hop.reject', 'graph.svc']));
  });

  it.each([
    ['en', embedEn, playgroundEn],
    ['zh-CN', embedZh, playgroundZh],
  ] as const)('has every key the embed names in %s, worded as in the playground', (_, embed, playground) => {
    expect(named.words.filter((k) => hasWord(playground, k) && !hasWord(embed, k))).toEqual([]);
    expect(named.groups.filter((k) => typeof lookup(embed, k) !== 'object')).toEqual([]);
    for (const k of [...named.words, ...named.groups]) expect(lookup(embed, k)).toEqual(lookup(playground, k));
  });

  it('is a fraction of the playground\'s words', () => {
    const size = (b: readonly Bundle[]) => JSON.stringify(b).length;
    expect(size(embedEn)).toBeLessThan(size(playgroundEn) / 3);
  });
});
