// What a first visit downloads before it shows something: the playground's JavaScript until the graph appears
// (the page's scripts and the core worker that builds the graph), and the light lesson embed's until its step's
// caption shows, in either language. Sizes are the built files gzipped at level 9, as `npm run bench:ui` counts them; the editor's chunks,
// only prefetched at idle priority (by index.html's inline script, on a desktop) and run after the graph, are not counted.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { editorPrefetchScripts } from '../scripts/editor-prefetch';

const dist = join(import.meta.dirname, '..', 'dist');

/** The paths of the scripts the page (and its workers) requested from the site, in order, while `until` runs. */
async function scriptsWhile(page: Page, until: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const note = (url: string) => {
    const u = new URL(url);
    if (u.hostname === 'localhost' && u.pathname.endsWith('.js') && !seen.includes(u.pathname)) seen.push(u.pathname);
  };
  page.on('request', (r) => note(r.url()));
  await until();
  page.removeAllListeners('request');
  return seen;
}

const gzipKB = (paths: readonly string[]) =>
  paths.reduce((sum, p) => sum + gzipSync(readFileSync(join(dist, p)), { level: 9 }).length, 0) / 1024;

/** The scripts index.html prefetches for the editor. */
const editorPrefetch = () => editorPrefetchScripts(readFileSync(join(dist, 'index.html'), 'utf8'));

/**
 * The scripts the workers load: each worker's entry and every chunk it imports, at once or later (the core worker
 * loads the shell's programs and the lessons' checks on first use). The workers are built apart from the page, so
 * their chunks are theirs; the page's requests include them because the browser reports a worker's fetches there.
 */
function workerScripts(): Set<string> {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(`/assets/${file}`)) return;
    found.add(`/assets/${file}`);
    for (const m of readFileSync(join(dist, 'assets', file), 'utf8').matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) visit(m[1]!);
  };
  for (const file of readdirSync(join(dist, 'assets'))) if (/\.worker-[\w-]+\.js$/.test(file)) visit(file);
  return found;
}

const named = (paths: readonly string[], chunk: string) => paths.some((p) => p.split('/').pop()!.startsWith(`${chunk}-`));

test('the playground shows its graph after at most 350 KB of JavaScript, without the Lessons panel or the other language', async ({ page }) => {
  const scripts = await scriptsWhile(page, async () => {
    await page.goto('/?lang=en');
    await page.locator('.react-flow__node').first().waitFor();
  });
  const prefetched = editorPrefetch();
  expect(prefetched.some((p) => named([p], 'MonacoEditor'))).toBe(true);
  const counted = scripts.filter((p) => !prefetched.includes(p));
  const kb = gzipKB(counted);
  expect(kb, `scripts before the graph: ${counted.join(', ')}`).toBeLessThanOrEqual(350);
  expect(named(scripts, 'core.worker'), 'the core worker is counted').toBe(true);
  expect(named(scripts, 'bundles-en')).toBe(true);
  expect(named(scripts, 'bundles-zh-CN')).toBe(false);
  expect(named(scripts, 'LessonsPanel')).toBe(false);
  expect(named(scripts, 'ShellTerminal')).toBe(false);

  // The panel's code comes when the panel is opened.
  const later = await scriptsWhile(page, async () => {
    await page.getByTestId('lessons-button').click();
    await expect(page.getByTestId('lessons-panel')).toBeVisible();
  });
  expect(named(later, 'LessonsPanel')).toBe(true);
});

test('a Chinese page loads the Chinese words only, and the switch fetches English before it shows it', async ({ page }) => {
  const scripts = await scriptsWhile(page, async () => {
    await page.goto('/?lang=zh-CN');
    await expect(page.getByTestId('lessons-button')).toHaveText('课程');
  });
  expect(named(scripts, 'bundles-zh-CN')).toBe(true);
  expect(named(scripts, 'bundles-en')).toBe(false);

  const later = await scriptsWhile(page, async () => {
    await page.getByTestId('language-en').click();
    await expect(page.getByTestId('lessons-button')).toHaveText('Lessons');
  });
  expect(named(later, 'bundles-en')).toBe(true);
});

/**
 * The scripts the page fetched until its step's caption showed: the page's own resource timing, cut at the moment a
 * mutation observer saw the caption (the link writer loads when the page is idle after it, which a request listener
 * stopped from the test would count or not by a race).
 */
async function scriptsUntilStep(page: Page, url: string): Promise<string[]> {
  await page.addInitScript(() => {
    const shown = () => document.querySelector('[data-testid="caption"]:not([data-step="-1"])') !== null;
    new MutationObserver((_, observer) => {
      if (!shown()) return;
      document.documentElement.dataset.stepShownAt = String(performance.now());
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto(url);
  await page.locator('html[data-step-shown-at]').waitFor({ state: 'attached' });
  await page.locator('.react-flow__node').first().waitFor();
  return page.evaluate(() => {
    const at = Number(document.documentElement.dataset.stepShownAt);
    return performance.getEntriesByType('resource')
      .filter((e) => e.startTime <= at && new URL(e.name).pathname.endsWith('.js'))
      .map((e) => new URL(e.name).pathname);
  });
}

for (const lang of ['en', 'zh-CN'] as const) {
  test(`the light lesson embed (${lang}) shows its step after at most 200 KB of JavaScript, without the editor, the shell terminal or the lesson checker`, async ({ page }) => {
    const scripts = await scriptsUntilStep(page, `/lesson-embed.html?lang=${lang}#lesson=mixed-read`);
    const inWorkers = workerScripts();
    const pageScripts = scripts.filter((p) => !inWorkers.has(p));
    for (const chunk of ['MonacoEditor', 'ShellTerminal', 'LessonsPanel', 'handle', `bundles-${lang === 'en' ? 'zh-CN' : 'en'}`, 'link-writer']) {
      expect(named(pageScripts, chunk), `${chunk} loaded: ${pageScripts.join(', ')}`).toBe(false);
    }
    // The budget: the embed loads its one lesson (src/lessons/load.ts) and its own words (src/ui/i18n/embed.ts).
    expect(gzipKB(pageScripts), `the embed's scripts: ${pageScripts.join(', ')}`).toBeLessThanOrEqual(200);
    expect(named(pageScripts, `bundles-embed-${lang}`), 'its words are the embed\'s own').toBe(true);
    expect(named(pageScripts, 'mixed-read'), 'the lesson shown is a chunk of its own').toBe(true);
    for (const chunk of ['path-comparison', 'kafka']) expect(named(pageScripts, chunk), `${chunk} loaded`).toBe(false);
    // Then the link writer comes, and "Open in playground" carries the state on screen, the send included.
    await expect(page.getByTestId('open-in-playground')).toHaveAttribute('href', /#lesson=mixed-read&v1\./);
  });
}
