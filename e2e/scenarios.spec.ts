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
});
