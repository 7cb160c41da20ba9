// Lessons end to end as a learner walks them: predict, act (in the editor, with the graph's menu), watch the checks
// turn green by themselves, open the debrief; a lesson link; progress that survives a reload.
import { test, expect } from './fixtures';
import { seriousAxeFindings } from './pages/axe';
import { LessonsPage } from './pages/lessons-page';

test.describe('lessons in Chinese', () => {
  test.use({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });

  test('mixed-read: labelling the replicas from the graph menu turns the checks green; the debrief sets the prediction beside the answer', async ({ playground, page }) => {
    const lessons = new LessonsPage(page);
    await playground.open();
    await lessons.openPanel();
    await expect(lessons.panel).toContainText('混合使用：两种 Service 同时存在');
    await lessons.openLesson('mixed-read');
    await expect(page.getByTestId('lesson-goal')).toContainText('让 `mysql-read:3306` 只落到从库');
    // Nothing to check before the prediction is committed.
    await expect(page.getByTestId('lesson-checks')).toHaveCount(0);
    await lessons.predict('two');
    await lessons.expectPassed(false);
    await expect(lessons.check('reads-reach-replicas')).toHaveAttribute('data-passed', 'false');
    await expect(lessons.verdict).toContainText('还没完成');

    await page.getByTestId('lesson-hint').click();
    await expect(page.getByTestId('lesson-hints').locator('li')).toHaveCount(1);

    for (const pod of ['mysql-1', 'mysql-2']) {
      await playground.pod(pod).click({ button: 'right' });
      await page.getByTestId('graph-menu').getByRole('menuitem', { name: '标签…' }).click();
      await page.getByTestId('label-input').fill('role=replica');
      await page.getByTestId('label-submit').click();
    }
    await lessons.expectPassed(true);
    await expect(lessons.check('reads-reach-replicas')).toHaveAttribute('data-passed', 'true');
    await expect(lessons.check('reads-reach-replicas')).toContainText(/请求到达了 mysql-1 ×\d+, mysql-2 ×\d+/);
    const debrief = await lessons.openDebrief();
    await expect(debrief.getByTestId('debrief-yours')).toHaveText('两个：mysql-1 和 mysql-2');
    await expect(debrief.getByTestId('debrief-answer')).toHaveText('一个也没有');
    await expect(debrief.getByTestId('debrief-verdict')).toHaveText('你的预测和实际结果不一样，下面解释了原因。');
    await expect(debrief.getByRole('link').first()).toHaveAttribute('href', /^https:\/\/kubernetes\.io\//);

    // Back in the list, the lesson counts as solved.
    await page.getByTestId('lessons-all').click();
    await expect(page.getByTestId('lesson-mixed-read')).toHaveAttribute('data-status', 'solved');
  });

  test('clusterip-rules: scaling nginx from the graph menu gives web-service three endpoint chains; the solution of another lesson plays on screen', async ({ playground, page }) => {
    const lessons = new LessonsPage(page);
    await playground.open();
    await lessons.openPanel();
    await lessons.openLesson('clusterip-rules');
    await lessons.predict('kernel');
    await lessons.expectPassed(false);
    const nginx = page.locator('.react-flow__node[data-id^="pod:default/nginx-"]');
    await expect(nginx).toHaveCount(1);
    for (const replicas of [2, 3]) {
      await nginx.first().click({ button: 'right' });
      await page.getByTestId('graph-menu').getByRole('menuitem', { name: `将 nginx 扩容到 ${replicas}` }).click();
      await expect(nginx).toHaveCount(replicas);
    }
    await lessons.expectPassed(true);
    await expect(lessons.check('three-sep')).toHaveAttribute('data-passed', 'true');
    const debrief = await lessons.openDebrief();
    await expect(debrief.getByTestId('debrief-verdict')).toHaveText('你的预测是对的。');

    // "Show the solution" changes the screen: mixed-read's labels appear as the learner's own changes.
    await page.getByTestId('lessons-all').click();
    await lessons.openLesson('mixed-read');
    await lessons.predict('none');
    await lessons.expectPassed(false);
    await page.getByTestId('lesson-solution').click();
    await expect(page.getByTestId('action-count')).toContainText('2');
    await lessons.expectPassed(true);
    await page.getByTestId('lessons-all').click();
    await expect(page.getByTestId('lesson-mixed-read')).toHaveAttribute('data-status', 'withSolution');
    await expect(page.getByTestId('lesson-clusterip-rules')).toHaveAttribute('data-status', 'solved');
  });
});

test.describe('lessons in English', () => {
  test.use({ locale: 'en-US', viewport: { width: 1280, height: 800 } });

  test('clusterip-target-port: fixing targetPort in the editor turns the check green', async ({ playground, page }) => {
    const lessons = new LessonsPage(page);
    await playground.open();
    await playground.editorReady();
    await lessons.openPanel();
    await lessons.openLesson('clusterip-target-port');
    await lessons.predict('answer');
    await lessons.expectPassed(false);
    await expect(lessons.check('answered')).toHaveAttribute('data-passed', 'false');
    await playground.replaceInEditor('targetPort: 80    # Pod 端口', 'targetPort: 8080  # Pod 端口');
    await lessons.expectPassed(true);
    await expect(lessons.check('answered')).toContainText('Seen: requests reached');
    const debrief = await lessons.openDebrief();
    await expect(debrief.getByTestId('debrief-answer')).toHaveText('Connection refused');
    await expect(debrief.getByTestId('debrief-verdict')).toHaveText('Your prediction differs from what happened: the explanation below says why.');
  });

  test('progress survives a reload: the open lesson, the committed prediction and the hints come back', async ({ playground, page }) => {
    const lessons = new LessonsPage(page);
    await playground.open();
    await lessons.openPanel();
    await lessons.openLesson('mixed-read');
    await lessons.predict('none');
    await page.getByTestId('lesson-hint').click();
    await page.getByTestId('lesson-hint').click();
    await expect(page.getByTestId('lesson-hints').locator('li')).toHaveCount(2);
    await page.reload();
    await expect(page.locator('[data-testid="lesson-view"][data-lesson="mixed-read"]')).toBeVisible();
    await expect(page.getByTestId('lesson-prediction-done')).toHaveText('You predicted: None');
    await expect(page.getByTestId('lesson-hints').locator('li')).toHaveCount(2);
    await lessons.expectPassed(false);
    await page.getByTestId('lessons-all').click();
    await expect(page.getByTestId('lesson-mixed-read')).toHaveAttribute('data-status', 'started');
  });

  test('the share menu copies a lesson link; it opens the lesson in the receiver\'s language, over the sender\'s work', async ({ playground, page, browser }) => {
    const lessons = new LessonsPage(page);
    await playground.open();
    await lessons.openPanel();
    await lessons.openLesson('mixed-read');
    await lessons.predict('none');
    await playground.pod('mysql-1').click({ button: 'right' });
    await page.getByTestId('graph-menu').getByRole('menuitem', { name: /labels/i }).click();
    await page.getByTestId('label-input').fill('role=replica');
    await page.getByTestId('label-submit').click();
    await expect(page.getByTestId('action-count')).toContainText('1 change');
    await page.getByTestId('share-button').click();
    const start = await page.getByTestId('share-lesson-link').inputValue();
    const withWork = await page.getByTestId('share-lesson-work-link').inputValue();
    expect(start).toMatch(/#lesson=mixed-read$/);
    expect(withWork).toMatch(/#lesson=mixed-read&v1\./);

    // A reader whose browser speaks Chinese.
    const zh = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    const reader = await zh.newPage();
    await reader.goto(withWork.replace(/^https?:\/\/[^/]+/, ''));
    await expect(reader.locator('[data-testid="lesson-view"][data-lesson="mixed-read"]')).toBeVisible();
    await expect(reader.getByTestId('lesson-goal')).toContainText('只落到从库');
    await expect(reader.getByTestId('action-count')).toContainText('1');
    const fresh = await zh.newPage();
    await fresh.goto(start.replace(/^https?:\/\/[^/]+/, ''));
    await expect(fresh.locator('[data-testid="lesson-view"][data-lesson="mixed-read"]')).toBeVisible();
    await expect(fresh.getByTestId('lesson-title')).toHaveText('一个 StatefulSet 配两个 Service：写走 mysql-0，读走从库');
    await zh.close();
  });

  test('a link to a lesson this build does not have says so', async ({ playground, page }) => {
    await playground.open('/#lesson=no-such-lesson');
    await expect(page.getByTestId('unknown-lesson')).toContainText('no-such-lesson');
  });
});

test.describe('the light lesson embed', () => {
  test.use({ locale: 'zh-CN', viewport: { width: 720, height: 900 } });

  test('shows the lesson\'s graph, its step\'s caption and output without the editor, and opens in the playground with the state', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname);
    });
    // Still pictures: axe reads contrast under a packet label mid-flight against whatever it passes over.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/lesson-embed.html#lesson=mixed-read');
    await expect(page.getByTestId('lesson-embed')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('一个 StatefulSet 配两个 Service：写走 mysql-0，读走从库');
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    // The lesson's request was sent once: its step is on screen in words, with the lookup the terminal printed.
    await expect(page.locator('[data-testid="caption"]:not([data-step="-1"])')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('lesson-embed-output')).toContainText('mysql-read.default.svc.cluster.local');
    const open = page.getByTestId('open-in-playground');
    await expect(open).toHaveAttribute('href', /\/#lesson=mixed-read&v1\./);
    expect(scripts.filter((s) => /MonacoEditor|ShellTerminal/.test(s))).toEqual([]);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.goto(((await open.getAttribute('href')) ?? '').replace(/^https?:\/\/[^/]+/, ''));
    await expect(page.locator('[data-testid="lesson-view"][data-lesson="mixed-read"]')).toBeVisible();
  });
});
