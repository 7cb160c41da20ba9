// On a phone the editor is a tab of its own: Monaco's 3.5 MB of script is neither run nor downloaded while the
// learner looks at the graph; it loads when that tab is opened. A desktop prefetches it while the graph loads.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Every request for one of the editor's chunks (Monaco's code and its stylesheets), as `type url`, prefetches included. */
function editorRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/(MonacoEditor|editor\.api|editor)-[\w-]+\.(js|css)$/.test(r.url())) seen.push(`${r.resourceType()} ${new URL(r.url()).pathname}`);
  });
  return seen;
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the editor loads when its tab is opened, not at start', async ({ playground, page }) => {
    const editor = editorRequests(page);
    await playground.open();
    // Long enough for the editor to have started on a wide screen (it starts two frames after the first graph).
    await playground.send('web-service');
    await expect(page.getByTestId('outcome')).toBeVisible({ timeout: 15_000 });
    expect(editor, 'nothing of the editor is downloaded before its tab opens').toEqual([]);
    await expect(page.locator('[data-testid="monaco"]')).toHaveCount(0);

    await page.getByTestId('mobile-tab-editor').click();
    await expect(page.locator('[data-testid="monaco"] .view-lines')).toBeVisible({ timeout: 20_000 });
    expect(editor.filter((r) => /^script .*\/MonacoEditor-/.test(r))).toHaveLength(1);
  });
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the editor is prefetched while the graph loads', async ({ playground, page }) => {
    const editor = editorRequests(page);
    await playground.open();
    await expect.poll(() => editor.filter((r) => /\/MonacoEditor-[\w-]+\.js$/.test(r)).length).toBeGreaterThan(0);
    await expect(page.locator('[data-testid="monaco"] .view-lines')).toBeVisible({ timeout: 20_000 });
  });
});
