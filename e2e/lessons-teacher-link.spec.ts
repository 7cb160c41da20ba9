// A teacher's own lesson travels in a link: the teacher builds it in the Lessons panel from what the cluster does,
// copies its link, and fresh pages (a Chinese reader, an English one) open it in the panel, do the task on the graph
// and watch its check turn green by itself. A hostile link is refused with its reason, and its words stay text.
import { deflateRawSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { seriousAxeFindings } from './pages/axe';
import { LessonsPage } from './pages/lessons-page';

const nginx = (page: Page) => page.locator('.react-flow__node[data-id^="pod:default/nginx-"]');
const pathOf = (url: string): string => url.replace(/^https?:\/\/[^/]+/, '');
/** A v1 link from raw JSON, past the encoder's checks: what a hostile author can make. */
const rawLink = (wire: unknown): string => `/#v1.${deflateRawSync(Buffer.from(JSON.stringify(wire))).toString('base64url')}`;

async function freshReader(browser: Browser, locale: string): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
  return context.newPage();
}

test.describe('a teacher\'s own lesson from a link', () => {
  test.use({ locale: 'en-US', viewport: { width: 1280, height: 800 } });

  test('the teacher copies a lesson link; readers in Chinese and English do the task and its check turns green', async ({ playground, page, browser }) => {
    // The teacher: the default scenario, nginx scaled from 3 to 2 on the graph, and the endpoints that leaves picked.
    await playground.open();
    await expect(nginx(page)).toHaveCount(3);
    await nginx(page).first().click({ button: 'right' });
    await page.getByTestId('graph-menu').getByRole('menuitem', { name: 'Scale nginx to 2' }).click();
    await expect(nginx(page)).toHaveCount(2);
    const lessons = new LessonsPage(page);
    await lessons.openPanel();
    await page.getByTestId('lesson-export').locator('summary').click();
    await page.getByTestId('export-id').fill('two-web-pods');
    await page.getByTestId('export-title-en').fill('Two web Pods');
    await page.getByTestId('export-goal-en').fill('Leave web-service with exactly two nginx Pods behind it.');
    await page.getByTestId('export-question-en').fill('Will web-service still answer with fewer Pods?');
    await page.getByTestId('export-answer-yes').check();
    // Only English written: enough for a link (the file still wants both languages).
    await page.getByTestId('export-link-copy').click();
    await expect(page.getByTestId('export-error')).toHaveText('Pick at least one check.');
    const endpoints = page.getByTestId('export-check-endpoints-default-web-service');
    await expect(endpoints.locator('xpath=..')).toContainText('web-service has exactly these ready endpoints: nginx-');
    await endpoints.check();
    await page.getByTestId('export-link-copy').click();
    await expect(page.getByTestId('export-error')).toHaveCount(0);
    await expect(page.getByTestId('export-link-status')).toBeVisible();
    const url = await page.getByTestId('export-link').inputValue();
    expect(url).toMatch(/^http:\/\/[^/]+\/#v1\.[A-Za-z0-9_-]+$/);
    expect(await seriousAxeFindings(page, '[data-testid="lessons-panel"]')).toEqual([]);

    // A reader whose browser speaks Chinese: the lesson opens in the panel over its start (nginx at 3).
    const zh = await freshReader(browser, 'zh-CN');
    const zhLessons = new LessonsPage(zh);
    await zh.goto(pathOf(url));
    const view = zh.locator('[data-testid="lesson-view"][data-lesson^="link-"][data-lesson$="-two-web-pods"]');
    await expect(view).toBeVisible();
    await expect(nginx(zh)).toHaveCount(3);
    await expect(zh.getByTestId('lesson-title')).toHaveText('Two web Pods');
    await expect(zh.getByTestId('lesson-title')).toHaveAttribute('lang', 'en');
    await expect(zh.getByTestId('lesson-written-in')).toHaveText('老师只用英文写了这节课，下面按原文显示。');
    await expect(zh.getByTestId('lesson-goal')).toHaveText('Leave web-service with exactly two nginx Pods behind it.');
    await zhLessons.predict('yes');
    await zhLessons.expectPassed(false);
    // The check's words were made in both languages by the export.
    await expect(zhLessons.check('endpoints-default-web-service')).toContainText('web-service 的就绪端点正好是：');
    await expect(zh.getByTestId('lesson-no-solution')).toBeVisible();
    expect(await seriousAxeFindings(zh, '[data-testid="lessons-panel"]')).toEqual([]);
    await nginx(zh).first().click({ button: 'right' });
    await zh.getByTestId('graph-menu').getByRole('menuitem', { name: '将 nginx 缩容到 2' }).click();
    await zhLessons.expectPassed(true);
    await expect(zhLessons.check('endpoints-default-web-service')).toHaveAttribute('data-passed', 'true');
    const debrief = await zhLessons.openDebrief();
    await expect(debrief.getByTestId('debrief-verdict')).toHaveText('你的预测是对的。');
    // A reload keeps the lesson, solved.
    await zh.reload();
    await expect(view).toBeVisible();
    await zhLessons.expectPassed(true);
    await zh.context().close();

    // A reader in English: the lesson as written, no note about languages; scaled to 1 is a near miss, 2 passes.
    const en = await freshReader(browser, 'en-US');
    const enLessons = new LessonsPage(en);
    await en.goto(pathOf(url));
    await expect(en.locator('[data-testid="lesson-view"][data-lesson$="-two-web-pods"]')).toBeVisible();
    await expect(en.getByTestId('lesson-written-in')).toHaveCount(0);
    await enLessons.predict('yes');
    await enLessons.expectPassed(false);
    for (const replicas of [2, 1]) {
      await nginx(en).first().click({ button: 'right' });
      await en.getByTestId('graph-menu').getByRole('menuitem', { name: `Scale nginx to ${replicas}` }).click();
      await expect(nginx(en)).toHaveCount(replicas);
      await enLessons.expectPassed(replicas === 2);
    }
    await en.context().close();
  });

  test('a link whose lesson has a check this page cannot run is refused, saying why; a lesson\'s markup stays text', async ({ playground, page }) => {
    const check = ['endpoints-default-web-service', { e: 'web-service has no ready endpoint' }, 'e', 'web-service', []];
    await playground.open(rawLink({ s: 1, y: 'kind: Service # not opened\n', l: { i: 'x', g: { e: 'g' }, q: { e: 'q' }, c: [['a', { e: 't' }, 'dns', 'web', 0]] } }));
    await expect(page.getByRole('alert').filter({ hasText: 'lesson.checks[0].kind' })).toContainText('a lesson check this playground cannot run');
    await expect(page.getByTestId('lesson-view')).toHaveCount(0);

    const markup = '<img src=x onerror="document.title=\'pwned\'">';
    await page.goto(rawLink({ s: 1, y: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web-service\nspec:\n  ports:\n  - port: 80\n', l: { i: 'x', n: { e: markup }, g: { e: markup }, q: { e: '?' }, c: [check] } }));
    await expect(page.getByTestId('lesson-title')).toHaveText(markup);
    await expect(page.getByTestId('lessons-panel').locator('img')).toHaveCount(0);
    expect(await page.title()).not.toBe('pwned');
  });
});
