// After the first visit the playground works with the network off, and it can be installed. (How a new build
// takes over without mixing files is src/offline-cache.test.ts: a browser test cannot redeploy the server.)
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });

/** Waits until the page's service worker is active: the whole build is in its cache by then. */
async function serviceWorkerActive(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none'), { timeout: 30_000 })
    .toBe('activated');
}

test('a second visit works offline: graph, terminals and the editor', async ({ playground, page, context }) => {
  await playground.open();
  await serviceWorkerActive(page);

  await context.setOffline(true);
  await page.reload();
  await expect(playground.graphNode('svc:default/web-service')).toBeVisible();
  await expect(playground.terminal('clusterip')).toContainText('Address: 10.96.100.50');
  await playground.editorReady();
  await playground.send('web-service');
  await expect(page.getByTestId('outcome')).toBeVisible({ timeout: 15_000 });
  // A share link opened offline is the same page.
  await page.goto('/?lang=zh-CN');
  await expect(page.getByTestId('cluster-graph')).toBeVisible();
});

test('the app can be installed: a manifest with icons, no installability errors', async ({ playground, page }) => {
  await playground.open();
  await serviceWorkerActive(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
  // Playwright's contexts are incognito, where Chromium never installs apps; every other reason would show.
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
  const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as { name: string; icons: { src: string; sizes: string }[] };
  expect(manifest.name).toBe('Kubernetes Service Playground');
  for (const icon of manifest.icons) expect((await page.request.get(`/${icon.src}`)).ok()).toBe(true);
});
