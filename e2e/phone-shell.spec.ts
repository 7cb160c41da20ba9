// On a phone the folded shell takes a row of its own in the page: it covers no part of the graph, the send bar,
// the player or the terminals, as a button floating at the window's corner did.
import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';

const overlap = async (a: Locator, b: Locator): Promise<boolean> => {
  const [p, q] = [(await a.boundingBox())!, (await b.boundingBox())!];
  return p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
};

for (const lang of ['en', 'zh-CN']) {
  test(`phone (${lang}): the folded shell covers nothing and still opens`, async ({ playground, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await playground.open(`/?lang=${lang}`);
    await playground.send('web-service');
    await expect(page.getByTestId('outcome')).toBeVisible({ timeout: 15_000 });
    const dock = page.getByTestId('shell-dock');
    await expect(dock).toHaveClass(/closed/);
    for (const id of ['graph-panel', 'send-bar', 'player', 'terminals']) {
      expect(await overlap(dock, page.getByTestId(id)), `the folded shell over ${id}`).toBe(false);
    }
    // In the page's flow: scrolled to, it is itself at its centre, with nothing over it.
    const toggle = page.getByTestId('shell-toggle');
    await toggle.scrollIntoViewIfNeeded();
    const box = (await toggle.boundingBox())!;
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-testid="shell-toggle"]') !== null,
      { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    expect(hit).toBe(true);
    await toggle.click();
    await expect(dock).not.toHaveClass(/closed/);
  });
}
