// axe on every panel, tab, menu and dialog a learner can open, in English and in Simplified Chinese: the
// serious and critical findings stay at zero. Each step names where it ran, so a failure says which screen.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { seriousAxeFindings } from './pages/axe';
import type { PlaygroundPage } from './pages/playground-page';

type Findings = Record<string, string[]>;

async function check(page: Page, where: string, found: Findings, include?: string) {
  const bad = await seriousAxeFindings(page, include);
  if (bad.length) found[where] = bad;
}

/** Sends and goes straight to the request's last step: the screen a finished playback leaves, without waiting
 * for every hop's animation to play. */
async function sendToEnd(playground: PlaygroundPage, page: Page, target: string) {
  await playground.send(target);
  await expect(playground.hopChips().first()).toBeVisible({ timeout: 15_000 });
  await playground.showHop(await playground.hopChips().count() - 1);
  await expect(page.getByTestId('outcome')).toBeVisible();
}

async function sweepTabs(playground: PlaygroundPage, page: Page): Promise<Findings> {
  const found: Findings = {};
  await playground.open();
  await playground.editorReady();
  await check(page, 'first screen', found);
  await sendToEnd(playground, page, 'web-service');
  // Every terminal tab there is (a new tab is swept without editing this test), and both DNS tools.
  const tabs = page.getByTestId('terminals').getByRole('tab');
  const ids = await tabs.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
  expect(ids.length).toBeGreaterThanOrEqual(6);
  for (const id of ids) {
    await page.getByTestId(id).click();
    await expect(page.getByTestId(id)).toHaveAttribute('aria-selected', 'true');
    await check(page, `terminal tab ${id}`, found, '[data-testid="terminals"]');
  }
  await page.getByTestId(ids[0]!).click();
  await page.getByTestId('dns-tool-dig').check();
  await check(page, 'dig', found, '[data-testid="terminals"]');
  return found;
}

async function sweepInspector(playground: PlaygroundPage, page: Page): Promise<Findings> {
  const found: Findings = {};
  await playground.open();
  await sendToEnd(playground, page, 'web-service');
  const chips = await playground.hopChips().count();
  for (let i = 0; i < chips; i++) {
    await playground.showHop(i);
    await check(page, `hop ${i}`, found, '[data-testid="inspector"]');
  }
  await playground.send('mysql-headless:3306', 100);
  await expect(page.getByTestId('distribution')).toBeVisible({ timeout: 15_000 });
  await check(page, 'distribution', found);
  await playground.graphNode('pod:default/mysql-1').click();
  await expect(page.getByTestId('selection')).toContainText('mysql-1');
  await check(page, 'selected Pod', found, '[data-testid="inspector"]');
  await playground.graphNode('svc:default/web-service').click();
  await check(page, 'selected Service', found, '[data-testid="inspector"]');
  return found;
}

async function sweepMenus(playground: PlaygroundPage, page: Page): Promise<Findings> {
  const found: Findings = {};
  await playground.open();
  await playground.pod('mysql-2').click({ button: 'right' });
  await expect(page.getByTestId('graph-menu')).toBeVisible();
  await check(page, 'graph context menu', found, '[data-testid="graph-panel"]');
  // Its items under the pointer take the hover colour: "Delete Pod" keeps its red readable there too.
  await page.getByTestId('graph-menu').locator('button.danger').hover();
  await check(page, 'graph context menu, Delete Pod under the pointer', found, '[data-testid="graph-panel"]');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('graph-menu')).toBeHidden();

  await page.getByTestId('model-info').locator('summary').click();
  await check(page, 'What is modelled', found, '[data-testid="model-info"]');
  await page.keyboard.press('Escape');

  await page.getByTestId('send-options').click();
  await check(page, 'send options', found, '[data-testid="send-bar"]');
  await page.keyboard.press('Escape');

  await page.getByTestId('share-button').click();
  await expect(page.getByTestId('share-panel')).toBeVisible();
  await check(page, 'share menu', found, '[data-testid="header-actions"]');
  await page.keyboard.press('Escape');

  await page.getByTestId('editor-collapse').click();
  await check(page, 'editor folded', found);
  return found;
}

async function sweepElsewhere(playground: PlaygroundPage, page: Page): Promise<Findings> {
  const found: Findings = {};
  await page.setViewportSize({ width: 390, height: 844 });
  await playground.open();
  await check(page, 'phone graph', found);
  await page.getByTestId('mobile-tab-editor').click();
  await playground.editorReady();
  await check(page, 'phone editor', found);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/#v9.AAAA');
  await expect(page.getByTestId('link-error')).toBeVisible();
  await check(page, 'bad link', found);
  await page.goto('/?embed');
  await expect(page.getByTestId('embed-app')).toBeVisible();
  await expect(page.getByTestId('cluster-graph')).toBeVisible();
  await check(page, 'embed', found);
  return found;
}

async function sweepLessons(playground: PlaygroundPage, page: Page): Promise<Findings> {
  const found: Findings = {};
  await playground.open();
  await page.getByTestId('lessons-button').click();
  await expect(page.getByTestId('lesson-list')).toBeVisible();
  await check(page, 'lessons list', found, '[data-testid="lessons-panel"]');
  await page.getByTestId('lesson-export').locator('summary').click();
  await check(page, 'teacher export', found, '[data-testid="lessons-panel"]');
  await page.getByTestId('lesson-mixed-read').click();
  await expect(page.getByTestId('lesson-prediction')).toBeVisible();
  await check(page, 'lesson prediction', found, '[data-testid="lessons-panel"]');
  await page.getByTestId('prediction-none').check();
  await page.getByTestId('commit-prediction').click();
  await page.getByTestId('lesson-hint').click();
  await expect(page.getByTestId('lesson-verdict')).toHaveAttribute('data-passed', 'false', { timeout: 20_000 });
  await check(page, 'lesson checks and hint', found, '[data-testid="lessons-panel"]');
  await page.getByTestId('lesson-solution').click();
  await expect(page.getByTestId('lesson-verdict')).toHaveAttribute('data-passed', 'true', { timeout: 20_000 });
  await page.getByTestId('lesson-debrief-open').click();
  await check(page, 'lesson debrief', found, '[data-testid="lessons-panel"]');
  await page.getByTestId('lessons-all').click();
  await page.getByTestId('lesson-clusterip-rules').click();
  await expect(page.getByTestId('lesson-confirm')).toBeVisible();
  await check(page, 'lesson confirm', found);
  await page.getByTestId('lesson-confirm-open').click();
  await page.setViewportSize({ width: 390, height: 844 });
  await check(page, 'lessons on the phone', found);
  return found;
}

for (const locale of ['en-US', 'zh-CN']) {
  test.describe(`axe in ${locale}`, () => {
    test.use({ locale, viewport: { width: 1280, height: 800 } });

    test('no serious or critical finding on the first screen and in every terminal tab', async ({ playground, page }) => {
      expect(await sweepTabs(playground, page)).toEqual({});
    });

    test('no serious or critical finding in any hop\'s details, the distribution or a selection', async ({ playground, page }) => {
      expect(await sweepInspector(playground, page)).toEqual({});
    });

    test('no serious or critical finding in the menus and popovers', async ({ playground, page }) => {
      expect(await sweepMenus(playground, page)).toEqual({});
    });

    test('no serious or critical finding on the phone, the bad-link notice or the embed', async ({ playground, page }) => {
      expect(await sweepElsewhere(playground, page)).toEqual({});
    });

    test('no serious or critical finding in the Lessons panel: list, export, prediction, checks, debrief, confirm, phone', async ({ playground, page }) => {
      test.slow();
      expect(await sweepLessons(playground, page)).toEqual({});
    });
  });
}

// The packet's label flies over the graph and flashes when the rules rewrite its destination: its colours must pass
// at every frame, not only where a playback comes to rest. The flash is held still and stepped through its whole
// length, in both colour schemes.
test.describe('axe on the packet in flight', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the packet label passes contrast mid-flight and at every frame of the DNAT flash', async ({ playground, page }) => {
    const found: Findings = {};
    const label = '[data-testid="graph-packet-label"]';
    await playground.open();
    // Hold the rules' DNAT flash still as soon as it starts (the DNS query's, earlier, is the same flash).
    await page.evaluate(() => {
      const hold = () => {
        const atRules = /^(dnat|ipvs)$/.test(document.querySelector<HTMLElement>('[data-testid="graph-packet"]')?.dataset.hop ?? '');
        const flash = atRules ? document.getAnimations().find((a) => (a as CSSAnimation).animationName === 'kg-flip') : undefined;
        if (!flash) { requestAnimationFrame(hold); return; }
        flash.pause();
        (window as unknown as { heldFlash: Animation }).heldFlash = flash;
      };
      requestAnimationFrame(hold);
    });
    await page.getByTestId('speed').selectOption('0.5');
    await playground.send('web-service');
    await expect(page.getByTestId('graph-packet')).toHaveAttribute('data-hop', 'connect', { timeout: 15_000 });
    await check(page, 'label flying to the rules', found, label);
    await page.waitForFunction(() => 'heldFlash' in window, undefined, { timeout: 15_000 });
    await playground.pause();
    await expect(page.getByTestId('graph-packet')).toHaveAttribute('data-hop', /^(dnat|ipvs)$/);
    const length = await page.evaluate(() => Number((window as unknown as { heldFlash: Animation }).heldFlash.effect?.getTiming().duration));
    expect(length).toBeGreaterThan(0);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (let at = 0; at <= length; at += length / 6) {
        await page.evaluate((t) => { (window as unknown as { heldFlash: Animation }).heldFlash.currentTime = t; }, Math.min(at, length - 1));
        await check(page, `${scheme} flash at ${Math.round(at)} ms`, found, label);
      }
    }
    expect(found).toEqual({});
  });
});
