// On a phone the editor is a tab of its own: Monaco's 3.5 MB of script loads when that tab is opened, not
// while the learner looks at the graph.
import { test, expect } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('the editor loads when its tab is opened, not at start', async ({ playground, page }) => {
  const monacoScripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' && /\/assets\/MonacoEditor-[\w-]+\.js$/.test(r.url())) monacoScripts.push(r.url());
  });
  await playground.open();
  // Long enough for the editor to have started on a wide screen (it starts two frames after the first graph).
  await playground.send('web-service');
  await expect(page.getByTestId('outcome')).toBeVisible({ timeout: 15_000 });
  expect(monacoScripts).toEqual([]);
  await expect(page.locator('[data-testid="monaco"]')).toHaveCount(0);

  await page.getByTestId('mobile-tab-editor').click();
  await expect(page.locator('[data-testid="monaco"] .view-lines')).toBeVisible({ timeout: 20_000 });
  expect(monacoScripts).toHaveLength(1);
});
