import { test, expect } from './fixtures';

const delivered: [string, RegExp][] = [
  ['web-clusterip', /Delivered to default\/nginx-/],
  ['mysql-headless', /Delivered to default\/mysql-[012]/],
  ['mysql-primary-replica', /Delivered to default\/mysql-0/],
  ['kafka', /Delivered to default\/kafka-[012]/],
  ['elasticsearch', /Delivered to default\/elasticsearch-[012]/],
  ['redis-cluster', /Delivered to default\/redis-[0-5]/],
  ['session-affinity', /Delivered to default\/web-/],
  ['seed-basics', /Delivered to default\/web-/],
];

test.describe('scenarios from the seed', () => {
  for (const [id, want] of delivered) {
    test(`${id}: loads without errors and its suggested request is delivered`, async ({ playground, page }) => {
      await playground.open();
      await page.getByTestId('scenario-picker').selectOption(id);
      await expect(page.getByTestId('problem-counts')).toContainText('0 errors');
      await page.getByTestId('send-1').click();
      await expect(page.getByTestId('outcome')).toContainText(want, { timeout: 15_000 });
    });
  }

  test('sessionAffinity ClientIP: 100 requests from one client land on one Pod', async ({ playground, page }) => {
    await playground.open();
    await page.getByTestId('scenario-picker').selectOption('session-affinity');
    await page.getByTestId('send-100').click();
    await expect(page.getByTestId('distribution-row')).toHaveCount(1);
    await expect(page.getByTestId('distribution-outcomes')).toHaveText('100 delivered');
  });

  test('mysql-read has no endpoints until replicas are labelled role=replica', async ({ playground, page }) => {
    await playground.open();
    await page.getByTestId('scenario-picker').selectOption('mysql-mixed');
    await expect(page.getByTestId('problem-counts')).toContainText('1 warning');
    await page.getByTestId('send-1').click();
    await expect(page.getByTestId('outcome')).toContainText('Refused', { timeout: 15_000 });
    for (const pod of ['mysql-1', 'mysql-2']) {
      await playground.graphNode(`pod:default/${pod}`).click();
      await page.getByTestId('action-label').click();
      await page.getByTestId('label-input').fill('role=replica');
      await page.getByTestId('label-submit').click();
    }
    await expect(page.getByTestId('action-count')).toContainText('2 changes');
    await page.getByTestId('send-100').click();
    const pods = await page.getByTestId('distribution-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-pod')));
    expect(pods.sort()).toEqual(['mysql-1', 'mysql-2']);
    await playground.screenshot('14-mysql-read-labelled');
  });

  test('switching scenario keeps the edits one click away, and Undo puts back the picker, the target and the text', async ({ playground, page }) => {
    await playground.open();
    await playground.editorReady();
    await playground.replaceInEditor('replicas: 3', 'replicas: 2');
    await page.getByTestId('target-input').fill('mysql-headless:3306');
    await page.getByTestId('scenario-picker').selectOption('kafka');
    await expect(page.getByTestId('kept-draft')).toBeVisible();
    await expect(page.getByTestId('target-input')).not.toHaveValue('mysql-headless:3306');
    // Undo: the picker, the target and the text come back together.
    await page.getByTestId('undo').click();
    await expect(page.getByTestId('scenario-picker')).toHaveValue('default');
    await expect(page.getByTestId('target-input')).toHaveValue('mysql-headless:3306');
    expect(await playground.editorText()).toContain('replicas: 2');
    // Or, from the other scenario, the one-click way back.
    await page.getByTestId('scenario-picker').selectOption('redis-cluster');
    await page.getByTestId('restore-draft').click();
    await expect(page.getByTestId('kept-draft')).toHaveCount(0);
    expect(await playground.editorText()).toContain('replicas: 2');
  });
});
