// On a phone's first visit the page paints the playground's frame from its HTML (src/ui/page-start.ts) and asks for
// the app's scripts once that is on screen; the app's first render replaces it. Elsewhere the HTML shows nothing.
// The app's entry script is held back here, so what the HTML alone shows can be looked at.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Holds the app's entry script until the returned function is called. */
async function holdApp(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => { release = resolve; });
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const firstView = (page: Page) => page.locator('#root > .first-view');

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the first visit paints the header, the send bar and "Building the cluster…" before the app\'s scripts are asked for', async ({ page }) => {
    const release = await holdApp(page);
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    await expect(firstView(page)).toBeVisible();
    await expect(firstView(page).getByRole('heading', { level: 1 })).toHaveText(/Kubernetes Service Playground/);
    await expect(firstView(page).getByText('Building the cluster…')).toBeVisible();
    await expect(firstView(page).getByText(/Each request is a new wget process/)).toBeVisible();
    // Nothing is known of the client before the first build: its name, not "not running".
    await expect(firstView(page).getByTestId('client-select')).toHaveText('default/test');
    // Nothing in it answers before the app does.
    await expect(firstView(page)).toHaveAttribute('inert', '');
    await expect(page.locator('template')).toHaveCount(0);
    release();
    await expect(page.getByTestId('cluster-graph')).toBeVisible();
    await expect(firstView(page)).toHaveCount(0);
    await expect(page.getByTestId('send-1')).toBeEnabled();
    // Resource timing starts when the browser asked, before the route held the answer back.
    const order = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
      script: performance.getEntriesByType('resource').filter((e) => /\/assets\/index-[\w-]+\.js$/.test(e.name)).map((e) => e.startTime)[0] ?? -1,
    }));
    expect(order.script, 'the entry script is requested after the first paint').toBeGreaterThanOrEqual(order.paint);
  });

  test('a Chinese browser gets the first view in Chinese', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'zh-CN' });
    const page = await context.newPage();
    const release = await holdApp(page);
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    await expect(firstView(page).getByRole('heading', { level: 1 })).toHaveText(/Kubernetes Service 演练场/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('template')).toHaveCount(0);
    release();
    await expect(page.getByTestId('cluster-graph')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Kubernetes Service 演练场/);
    await context.close();
  });

  test('a saved draft or an embed opens without it: the app starts from something else', async ({ page, playground }) => {
    await playground.open('/');
    // The first visit saved the learner's draft.
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).some((k) => k.endsWith(':draft')))).toBe(true);
    const release = await holdApp(page);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await expect(page.locator('html')).toHaveAttribute('data-first-view', '');
    await expect(firstView(page)).toHaveCount(0);
    release();
    await expect(page.getByTestId('cluster-graph')).toBeVisible();

    await page.evaluate(() => localStorage.clear());
    await page.goto('/?embed', { waitUntil: 'domcontentloaded' });
    await expect(page.locator('html')).toHaveAttribute('data-first-view', '');
    await expect(firstView(page)).toHaveCount(0);
  });
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the HTML shows no first view (the panes are sized from the window) and asks for the app at once', async ({ page }) => {
    const release = await holdApp(page);
    const requested = page.waitForRequest(/\/assets\/index-[\w-]+\.js$/);
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    await requested;
    await expect(page.locator('html')).toHaveAttribute('data-first-view', '');
    await expect(page.locator('#root')).toBeEmpty();
    await expect(page.locator('template')).toHaveCount(0);
    release();
    await expect(page.getByTestId('cluster-graph')).toBeVisible();
  });
});
