import { test, expect } from './fixtures';
import { seriousAxeFindings } from './pages/axe';

test.describe('layout and accessibility', () => {
  test('phone: the editor and the graph are two tabs', async ({ playground, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await playground.open();
    await expect(page.getByTestId('mobile-tab-graph')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('editor-pane')).toBeHidden();
    await expect(page.getByTestId('send-bar')).toBeVisible();
    await playground.send('web-service');
    await expect(page.getByTestId('outcome')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByTestId('terminal-headless')).toContainText('10.244.3.12');
    await playground.screenshot('08-phone-graph');
    await page.getByTestId('mobile-tab-editor').click();
    await expect(page.getByTestId('editor-pane')).toBeVisible();
    await expect(page.getByTestId('graph-panel')).toBeHidden();
    await playground.editorReady();
    await playground.screenshot('09-phone-editor');
    // No horizontal scrolling of the page itself.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('desktop: the editor folds away to give the graph the room, and comes back', async ({ playground, page }) => {
    await playground.open();
    const before = (await page.getByTestId('graph-panel').boundingBox())!.width;
    await page.getByTestId('editor-collapse').click();
    await expect(page.getByTestId('editor-expand')).toBeVisible();
    await expect.poll(async () => (await page.getByTestId('graph-panel').boundingBox())!.width).toBeGreaterThan(before + 200);
    await playground.screenshot('12-editor-folded');
    await page.getByTestId('editor-expand').click();
    await expect(page.getByTestId('editor-collapse')).toBeVisible();
  });

  test('reduced motion: the request steps from hop to hop, with the same captions', async ({ playground, page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await playground.open();
    await playground.send('web-service');
    await expect(page.getByTestId('step-count')).toHaveText('Step 5 of 5:', { timeout: 15_000 });
    await playground.showHop(3);
    await expect(playground.caption).toContainText('kube-proxy wrote these rules');
  });

  test('dark colour scheme', async ({ playground, page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await playground.open();
    await playground.editorReady();
    await playground.send('mysql-headless:3306');
    await expect(page.getByTestId('outcome')).toBeVisible({ timeout: 15_000 });
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(14, 17, 22)');
    await playground.screenshot('13-dark');
  });

  test('axe finds no serious or critical violation on the main screen', async ({ playground, page }) => {
    await playground.open();
    await playground.editorReady();
    await playground.send('web-service');
    await expect(page.getByTestId('outcome')).toBeVisible({ timeout: 15_000 });
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  test('keyboard: scenario, target and send without a mouse', async ({ playground, page }) => {
    await playground.open();
    await page.getByTestId('target-input').focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('mysql-headless:3306');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('outcome')).toBeVisible({ timeout: 15_000 });
    await page.getByTestId('scenario-picker').focus();
    await page.getByTestId('scenario-picker').selectOption('kafka');
    await expect(playground.graphNode('svc:default/kafka')).toBeVisible();
    await expect(page.getByTestId('target-input')).toHaveValue('kafka:9092');
    await page.getByTestId('target-input').press('Enter');
    await expect(page.getByTestId('outcome')).toContainText(/Delivered to default\/kafka-[012]/, { timeout: 15_000 });
  });
});
