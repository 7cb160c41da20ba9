// A learner's first sends: the seed's own YAML pasted in, the seed's client (`kubectl run test`), a bare headless
// name, a scenario without a headless Service, and warnings after cluster actions. Nothing fails without a word.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

// The seed's 场景 1, as a learner copies it from the article (no client Pod, no headless Service): the core's
// manifest fixture, read as a file (e2e imports nothing from the core but its face).
const ARTICLE_1 = readFileSync(new URL('../src/core/testdata/manifests/article-scenario-1.yaml', import.meta.url), 'utf8');

const sendCheck = (page: Page) => page.getByTestId('send-check');

test.describe('the first send', () => {
  test('pasting the article\'s 场景 1 keeps the kubectl run client, the lookups and Send working', async ({ playground, page }) => {
    await playground.open();
    await playground.setEditorText(ARTICLE_1);
    await expect(playground.graphNode('svc:default/mysql-headless')).toHaveCount(0);
    // The client is the seed's `kubectl run test`, whatever the YAML says, and reads as that command.
    await expect(playground.graphNode('pod:default/test').getByTestId('graph-pod-run')).toHaveText('kubectl run');
    await expect(page.getByTestId('client-select').locator('option:checked')).toHaveText('kubectl run test');
    await expect(page.getByTestId('client-select')).toHaveAttribute('title', 'kubectl run test --rm -it --image=busybox -- /bin/sh');
    // The DNS terminals look up from it; with no headless Service, HEADLESS says so instead of asking another name.
    await expect(playground.terminal('clusterip')).toContainText('Name:\tweb-service.default.svc.cluster.local'.replace('\t', '   '));
    await expect(page.getByTestId('terminals')).not.toContainText('not found');
    await expect(page.getByTestId('dns-no-headless')).toContainText('There is no headless Service in this scenario');
    await expect(playground.terminal('headless')).toHaveCount(0);
    await playground.send('web-service');
    await expect(page.getByTestId('outcome')).toContainText('Delivered to default/nginx-', { timeout: 15_000 });
  });

  test('the client can be removed and started again; without it, Send says why and offers kubectl run', async ({ playground, page }) => {
    await playground.open();
    await playground.pod('test').click({ button: 'right' });
    await page.getByTestId('graph-menu').getByRole('menuitem', { name: /delete/i }).click();
    // The deletion plays step by step: while the Pod is Terminating nothing is sent from it, and it says so.
    await expect(sendCheck(page)).toContainText('default/test is Terminating: nothing can be sent from it.');
    await expect(page.getByTestId('send-1')).toBeDisabled();
    await page.getByTestId('lifecycle-finish').click();
    await expect(playground.graphNode('pod:default/test')).toHaveCount(0);
    await expect(sendCheck(page)).toContainText('There is no Pod default/test to send from.');
    await expect(page.getByTestId('send-1')).toBeDisabled();
    await expect(page.getByTestId('dns-no-client')).toContainText('There is no Pod default/test to run nslookup in.');
    await expect(page.getByTestId('terminals')).not.toContainText('not found');
    await page.getByTestId('run-client').click();
    await expect(playground.graphNode('pod:default/test')).toBeVisible();
    await expect(sendCheck(page)).toBeHidden();
    await expect(playground.terminal('headless')).toContainText('Address: 10.244.1.5');
    await page.getByTestId('send-1').click();
    await expect(page.getByTestId('outcome')).toContainText('Delivered to default/nginx-', { timeout: 15_000 });
    // Both steps are the learner's: undo takes the restart back.
    await page.getByTestId('undo').click();
    await expect(playground.graphNode('pod:default/test')).toHaveCount(0);
  });

  test('in Chinese too, the missing client is said beside Send', async ({ playground, page }) => {
    await playground.open('/?lang=zh-CN');
    await playground.pod('test').click({ button: 'right' });
    await page.getByTestId('graph-menu').getByRole('menuitem').last().click();
    await expect(sendCheck(page)).toContainText('default/test 正在终止中，无法从它发起请求。');
    await page.getByTestId('lifecycle-finish').click();
    await expect(sendCheck(page)).toContainText('没有可以发起请求的 Pod default/test。');
    await expect(page.getByTestId('run-client')).toHaveText('kubectl run test --rm -it --image=busybox -- /bin/sh');
  });

  test('a bare headless name means port 80: said before the send, and after the refusal with the port the Pods have', async ({ playground, page }) => {
    await playground.open();
    const options = await page.locator('datalist option').evaluateAll((els) => els.map((e) => e.getAttribute('value')));
    expect(options).toContain('mysql-headless:3306');
    expect(options).not.toContain('mysql-headless');
    await page.getByTestId('target-input').fill('mysql-headless');
    await expect(sendCheck(page)).toHaveText(
      'Nothing will answer: mysql-headless is headless: its name gives the Pods\' own addresses, and they listen on 3306, not 80. Use mysql-headless:3306');
    await page.getByTestId('send-1').click();
    await expect(page.getByTestId('outcome')).toContainText('Refused', { timeout: 15_000 });
    await expect(sendCheck(page)).toContainText('Connection refused: mysql-headless is headless');
    await expect(sendCheck(page)).toContainText('they listen on 3306, not 80.');
    await page.getByTestId('use-port').click();
    await expect(page.getByTestId('target-input')).toHaveValue('mysql-headless:3306');
    await expect(sendCheck(page)).toBeHidden();
    await page.getByTestId('send-1').click();
    await expect(page.getByTestId('outcome')).toContainText('Delivered to default/mysql-', { timeout: 15_000 });
  });

  test('a ClusterIP Service on a port it lacks times out, and the sentence names its port', async ({ playground, page }) => {
    await playground.open('/?lang=zh-CN');
    await page.getByTestId('target-input').fill('web-service:3306');
    await page.getByTestId('send-1').click();
    await expect(sendCheck(page)).toContainText('超时：web-service 的端口是 80，不是 3306。', { timeout: 15_000 });
  });

  test('a Service whose targetPort the Pods do not declare: the refusal names the port the Pod listens on', async ({ playground, page }) => {
    await playground.open();
    const yaml = ARTICLE_1.replace('targetPort: 80', 'targetPort: 8080').replace('image: nginx:latest', 'image: nginx:latest\n        ports:\n        - containerPort: 80');
    await playground.setEditorText(yaml);
    await expect(playground.graphNode('svc:default/mysql-headless')).toHaveCount(0);
    await playground.send('web-service');
    await expect(page.getByTestId('outcome')).toContainText('Refused', { timeout: 15_000 });
    await expect(sendCheck(page)).toHaveText(/^Connection refused: nginx-[a-z0-9-]+ listens on port 80, not 8080\.$/);
  });

  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }, { width: 1920, height: 1080 }]) {
    test(`the whole wget command is in view at ${viewport.width}×${viewport.height}`, async ({ playground, page }) => {
      await page.setViewportSize(viewport);
      await playground.open();
      const prefix = page.getByTestId('send-cmd-prefix');
      const input = page.getByTestId('target-input');
      for (const target of ['web-service', 'mysql-headless:3306', 'mysql-0.mysql-headless:3306', 'mysql-2.mysql-headless.default.svc.cluster.local:3306']) {
        await input.fill(target);
        await expect(prefix).toHaveText('wget -qO- http://');
        await expect(prefix).toBeInViewport({ ratio: 1 });
        await expect(input).toBeInViewport({ ratio: 1 });
        // The target is not cut inside its box either.
        expect(await input.evaluate((e: HTMLInputElement) => e.scrollWidth <= e.clientWidth), target).toBe(true);
        // The prefix reads before the target: left of it, or on the line above it on a phone.
        const [p, i] = [(await prefix.boundingBox())!, (await input.boundingBox())!];
        expect(p.x + p.width <= i.x + 1 || p.y + p.height <= i.y + 1, 'the prefix reads before the target').toBe(true);
      }
    });
  }

  test('no headless Service: HEADLESS says so, and one click adds a headless copy to the YAML (undo takes it back)', async ({ playground, page }) => {
    await playground.open();
    await playground.editorReady();
    await page.getByTestId('scenario-picker').selectOption('web-clusterip');
    await expect(page.getByTestId('dns-no-headless')).toContainText('There is no headless Service in this scenario');
    await page.getByTestId('add-headless-copy').click();
    await expect(playground.graphNode('svc:default/web-service-headless')).toBeVisible();
    // It is in the editor's text, where the learner can read and change it.
    expect(await playground.editorText()).toContain('  name: web-service-headless\nspec:\n  clusterIP: None\n  selector:\n    app: nginx\n');
    await expect(page.getByTestId('dns-name-headless')).toHaveValue('web-service-headless');
    await expect(playground.terminal('headless').locator('.answer-headless')).toHaveCount(3);
    await expect(page.getByTestId('problem-counts')).toContainText('0 errors, 0 warnings');
    await page.getByTestId('undo').click();
    await expect(playground.graphNode('svc:default/web-service-headless')).toHaveCount(0);
    await expect(page.getByTestId('dns-no-headless')).toBeVisible();
  });

  test('warnings follow the cluster after actions: labelled replicas clear "mysql-read has no endpoints"', async ({ playground, page }) => {
    await playground.open();
    await page.getByTestId('scenario-picker').selectOption('mysql-mixed');
    await expect(page.getByTestId('problem-counts')).toContainText('1 warning');
    const warning = page.getByTestId('problem').filter({ hasText: 'matches no Pod' });
    await expect(warning).toHaveCount(1);
    for (const pod of ['mysql-1', 'mysql-2']) {
      await playground.graphNode(`pod:default/${pod}`).click();
      await page.getByTestId('action-label').click();
      await page.getByTestId('label-input').fill('role=replica');
      await page.getByTestId('label-submit').click();
    }
    await expect(page.getByTestId('action-count')).toContainText('2 changes');
    await expect(page.getByTestId('problem-counts')).toContainText('0 warnings');
    await expect(warning).toHaveCount(0);
    await expect(playground.graphNode('svc:default/mysql-read')).toContainText('2/2');
    // Undoing a label brings it back only when no replica is left selected.
    await page.getByTestId('undo').click();
    await page.getByTestId('undo').click();
    await expect(warning).toHaveCount(1);
  });
});
