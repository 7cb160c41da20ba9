// The page's panes and controls as a learner meets them at common window sizes: what must be on screen without
// scrolling, dividers that resize and are remembered, popovers that get out of the way, the keyboard path.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

async function cutLines(page: Page, kind: 'clusterip' | 'headless'): Promise<{ cut: string[]; shown: number; sideways: number }> {
  return page.getByTestId(`terminal-${kind}`).evaluate((pre) => {
    const box = pre.getBoundingClientRect();
    const answers = [...pre.querySelectorAll<HTMLElement>('.line.answer')];
    const cut = answers.filter((l) => {
      const r = l.getBoundingClientRect();
      return r.top < box.top || r.bottom > box.bottom || r.right > box.right;
    }).map((l) => l.textContent ?? '');
    return { cut, shown: answers.length, sideways: pre.scrollWidth - pre.clientWidth };
  });
}

/** The element's box lies inside the window. */
async function insideWindow(page: Page, el: Locator) {
  const r = (await el.boundingBox())!;
  const { width, height } = page.viewportSize()!;
  expect(r.x).toBeGreaterThanOrEqual(0);
  expect(r.y).toBeGreaterThanOrEqual(0);
  expect(r.x + r.width).toBeLessThanOrEqual(width);
  expect(r.y + r.height).toBeLessThanOrEqual(height);
}

test.describe('what fits on screen', () => {
  test('1280×800: both lookups\' answers and dig\'s answer section show whole, nothing cut sideways, explanations below', async ({ playground, page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await playground.open();
    await playground.send('web-service');
    await expect(page.getByTestId('outcome')).toBeVisible({ timeout: 15_000 });
    for (const tool of ['nslookup', 'dig'] as const) {
      await page.getByTestId(`dns-tool-${tool}`).check();
      await expect(playground.terminal('headless')).toContainText(tool === 'dig' ? 'ANSWER SECTION' : 'Name:');
      const ip = await cutLines(page, 'clusterip');
      const headless = await cutLines(page, 'headless');
      expect({ tool, ip, headless }).toEqual({ tool, ip: { cut: [], shown: 1, sideways: 0 }, headless: { cut: [], shown: 3, sideways: 0 } });
      for (const kind of ['clusterip', 'headless'] as const) await insideWindow(page, page.getByTestId(`dns-summary-${kind}`));
    }
    await playground.screenshot('panes-1280-dig');
  });

  test('1920×1080: the explanations under the terminals are not cut off', async ({ playground, page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await playground.open();
    await playground.send('mysql-headless:3306');
    await expect(page.getByTestId('outcome')).toBeVisible({ timeout: 15_000 });
    const panel = page.getByTestId('terminals');
    for (const kind of ['clusterip', 'headless'] as const) {
      const summary = page.getByTestId(`dns-summary-${kind}`);
      const s = (await summary.boundingBox())!;
      const p = (await panel.boundingBox())!;
      expect(s.y + s.height).toBeLessThanOrEqual(p.y + p.height);
      expect(await cutLines(page, kind)).toMatchObject({ cut: [], sideways: 0 });
    }
  });

  test('1280×800: the graph legend shows', async ({ playground, page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await playground.open();
    await expect(page.locator('.kg-legend')).toBeVisible();
    await insideWindow(page, page.locator('.kg-legend'));
  });
});

test.describe('resizable panes', () => {
  test('dragging the terminals\' divider resizes them, and the size is remembered', async ({ playground, page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await playground.open();
    const terminals = page.getByTestId('terminals');
    const before = (await terminals.boundingBox())!.height;
    const bar = (await page.getByTestId('split-terminals').boundingBox())!;
    await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
    await page.mouse.down();
    await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2 + 80, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => Math.round((await terminals.boundingBox())!.height)).toBe(Math.round(before - 80));
    await playground.open();
    await expect.poll(async () => Math.round((await terminals.boundingBox())!.height)).toBe(Math.round(before - 80));
    // Enter on the focused divider goes back to the default.
    await page.getByTestId('split-terminals').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => Math.round((await terminals.boundingBox())!.height)).toBe(Math.round(before));
  });

  test('the editor\'s and the details panel\'s dividers move with the arrow keys and say their size', async ({ playground, page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await playground.open();
    const editor = page.getByTestId('editor-pane');
    const width = (await editor.boundingBox())!.width;
    const split = page.getByTestId('split-editor');
    await expect(split).toHaveAttribute('role', 'separator');
    await split.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Math.round((await editor.boundingBox())!.width)).toBe(Math.round(width + 32));
    await expect(split).toHaveAttribute('aria-valuenow', String(Math.round(width + 32)));
    const inspector = page.getByTestId('inspector');
    const iw = (await inspector.boundingBox())!.width;
    await page.getByTestId('split-inspector').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => Math.round((await inspector.boundingBox())!.width)).toBe(Math.round(iw + 16));
  });
});

test.describe('popovers and notices', () => {
  for (const [name, summary, body] of [
    ['What is modelled?', '[data-testid="model-info"] > summary', '.model-info-body'],
    ['Options', '[data-testid="send-options"]', '.send-more[open] .send-options'],
  ] as const) {
    test(`"${name}" closes on Escape and on a click elsewhere, and stays inside the window`, async ({ playground, page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await playground.open();
      await page.locator(summary).click();
      await expect(page.locator(body)).toBeVisible();
      await insideWindow(page, page.locator(body));
      await page.keyboard.press('Escape');
      await expect(page.locator(body)).toBeHidden();
      await page.locator(summary).click();
      await expect(page.locator(body)).toBeVisible();
      await page.getByTestId('terminals').click({ position: { x: 20, y: 60 } });
      await expect(page.locator(body)).toBeHidden();
    });
  }

  test('"What is modelled?" stays inside a phone\'s window', async ({ playground, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await playground.open();
    await page.locator('[data-testid="model-info"] > summary').click();
    await insideWindow(page, page.locator('.model-info-body'));
  });

  test('"What is modelled?" shows commands as code, not backticks', async ({ playground, page }) => {
    await playground.open();
    await page.locator('[data-testid="model-info"] > summary').click();
    const body = page.locator('.model-info-body');
    await expect(body.locator('code').filter({ hasText: '-m statistic --mode random' })).toBeVisible();
    await expect(body).not.toContainText('`');
  });

  test('the Share "Copied" notice moves nothing in the header', async ({ playground, page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await playground.open();
    const header = page.locator('.app-header');
    const watched = [header, page.getByTestId('share-button'), page.getByTestId('language-en'), page.getByTestId('undo'), page.getByTestId('scenario-picker')];
    const boxes = async () => Promise.all(watched.map(async (l) => (await l.boundingBox())!));
    const before = await boxes();
    await page.getByTestId('share-button').click();
    await expect(page.getByTestId('share-copied')).toHaveText('Copied');
    await expect(page.getByTestId('share-copied')).toBeVisible();
    expect(await boxes()).toEqual(before);
  });
});

test.describe('keyboard', () => {
  test('Tab from the page top passes through the editor without indenting it; typing makes Tab indent', async ({ playground, page }) => {
    await playground.open();
    await playground.editorReady();
    const firstLine = page.locator('[data-testid="monaco"] .view-line').first();
    const line1 = await firstLine.textContent();
    const inEditor = () => page.evaluate(() => !!document.activeElement?.closest('[data-testid="monaco"]'));
    await page.locator('body').focus();
    let presses = 0;
    while (!(await inEditor())) {
      await page.keyboard.press('Tab');
      expect(++presses, 'Tab never reached the editor').toBeLessThan(40);
    }
    await expect(page.getByTestId('editor-tab-hint')).toBeVisible();
    await page.keyboard.press('Tab');
    expect(await inEditor()).toBe(false);
    await expect(firstLine).toHaveText(line1!);
    await expect(page.getByTestId('editor-tab-hint')).toBeHidden();

    await page.keyboard.press('Shift+Tab');
    expect(await inEditor()).toBe(true);
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('x');
    await expect(page.getByTestId('editor-tab-hint')).toBeHidden();
    await page.keyboard.press('Tab');
    expect(await inEditor()).toBe(true);
  });

  test('"Reset to the scenario" is in the header, outside the Share menu', async ({ playground, page }) => {
    await playground.open();
    await playground.editorReady();
    await playground.replaceInEditor('replicas: 3', 'replicas: 5');
    await expect(page.locator('.react-flow__node[data-id^="pod:default/nginx-"]')).toHaveCount(5);
    await page.getByTestId('reset-scenario-header').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.react-flow__node[data-id^="pod:default/nginx-"]')).toHaveCount(3);
    await expect(page.getByTestId('share-panel')).toBeHidden();
  });
});

for (const locale of ['en-US', 'zh-CN']) {
  test.describe(`header in ${locale}`, () => {
    test.use({ locale, viewport: { width: 1280, height: 800 } });

    test('1280×800: the header keeps one row', async ({ playground, page }) => {
      await playground.open();
      const header = (await page.locator('.app-header').boundingBox())!;
      const share = (await page.getByTestId('share-button').boundingBox())!;
      const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
      expect(Math.abs(share.y + share.height / 2 - (title.y + title.height / 2))).toBeLessThan(8);
      expect(header.height).toBeLessThan(60);
    });
  });
}

test.describe('the packet on the graph', () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    test(`${viewport.width}×${viewport.height}: the packet's label is never cut by the graph's edge`, async ({ playground, page }) => {
      await page.setViewportSize(viewport);
      await playground.open();
      await playground.send('web-service');
      await expect(page.getByTestId('outcome')).toBeVisible({ timeout: 15_000 });
      const hops = await playground.hopChips().count();
      for (let i = 0; i < hops; i++) {
        await playground.showHop(i);
        const label = page.getByTestId('graph-packet-label');
        if ((await label.count()) === 0) continue;
        await expect.poll(async () => {
          const r = (await label.boundingBox())!;
          const panel = (await playground.graph.boundingBox())!;
          return r.x >= panel.x && r.y >= panel.y && r.x + r.width <= panel.x + panel.width && r.y + r.height <= panel.y + panel.height;
        }, { message: `hop ${i}: ${await label.textContent()}` }).toBe(true);
      }
    });
  }
});

test.describe('distribution', () => {
  test('rows show the part of the Pod name that differs; the total runs across sends, resets, and clears with the scenario', async ({ playground, page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await playground.open();
    await playground.send('web-service', 10);
    await expect(page.getByTestId('distribution-outcomes')).toHaveText('10 delivered', { timeout: 15_000 });
    await playground.send('web-service', 100);
    await expect(page.getByTestId('distribution-outcomes')).toHaveText('110 delivered', { timeout: 15_000 });
    await expect(page.getByTestId('distribution')).toContainText('Where 110 requests went');
    await expect(page.getByTestId('distribution-across')).toContainText('summed over 2 sends');
    const rows = page.getByTestId('distribution-row');
    await expect(rows).toHaveCount(3);
    const differs = await rows.locator('.differs').evaluateAll((els) => els.map((e) => ({ text: e.textContent, whole: e.scrollWidth <= e.clientWidth && e.getBoundingClientRect().width > 0 })));
    expect(differs.map((d) => d.whole)).toEqual([true, true, true]);
    expect(differs.map((d) => d.text)).toEqual(expect.arrayContaining([expect.stringMatching(/^[a-z0-9]{5}$/)]));
    expect(new Set(differs.map((d) => d.text)).size).toBe(3);

    await page.getByTestId('distribution-reset').click();
    await expect(page.getByTestId('distribution')).toBeHidden();
    await playground.send('web-service', 10);
    await expect(page.getByTestId('distribution-outcomes')).toHaveText('10 delivered', { timeout: 15_000 });
    await page.getByTestId('scenario-picker').selectOption('kafka');
    await expect(playground.graphNode('svc:default/kafka')).toBeVisible();
    await expect(page.getByTestId('distribution')).toBeHidden();
  });
});
