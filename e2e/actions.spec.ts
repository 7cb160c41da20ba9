import { test, expect } from './fixtures';

test.describe('cluster actions', () => {
  test('deleting mysql-1 gives it a new IP and keeps its name', async ({ playground, page }) => {
    await playground.open();
    await playground.graphNode('pod:default/mysql-1').click();
    const selection = page.getByTestId('selection');
    await expect(selection).toContainText('mysql-1');
    await expect(selection).toContainText('10.244.2.8');
    await page.getByTestId('action-delete').click();
    await expect(page.getByTestId('action-count')).toContainText('1 change');
    // The deletion plays step by step (time.spec.ts follows each step); here straight to Ready.
    await page.getByTestId('lifecycle-finish').click();
    await expect(page.getByTestId('action-count')).toContainText('5 changes');
    await expect(playground.graphNode('pod:default/mysql-1')).toBeVisible();
    await expect(selection).not.toContainText('10.244.2.8');
    await expect(selection).toContainText(/10\.244\.\d+\.\d+/);
    // The headless terminal shows the new address, still under the same per-Pod name.
    await expect(playground.terminal('headless')).not.toContainText('10.244.2.8');
    await playground.send('mysql-1.mysql-headless:3306');
    await expect(page.getByTestId('outcome')).toContainText('Delivered to default/mysql-1', { timeout: 15_000 });
    await playground.screenshot('06-mysql-1-replaced');
  });

  test('"Labels…" in the graph\'s context menu opens the label dialog; a new label moves the Pod into a selector', async ({ playground, page }) => {
    await playground.open();
    await page.getByTestId('scenario-picker').selectOption('mysql-mixed');
    await playground.pod('mysql-2').click({ button: 'right' });
    await page.getByTestId('graph-menu').getByRole('menuitem', { name: /labels/i }).click();
    await expect(page.getByTestId('label-dialog')).toContainText('mysql-2');
    await page.getByTestId('label-input').fill('role=replica');
    await page.getByTestId('label-submit').click();
    await expect(page.getByTestId('action-count')).toContainText('1 change');
    await page.getByTestId('target-input').fill('mysql-read:3306');
    await page.getByTestId('send-10').click();
    await expect(page.getByTestId('distribution-outcomes')).toHaveText('10 delivered');
    const pods = await page.getByTestId('distribution-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-pod')));
    expect(pods).toEqual(['mysql-2']);
  });

  test('scaling nginx to 5 updates the graph and the editor', async ({ playground, page }) => {
    await playground.open();
    await playground.editorReady();
    const nginx = page.locator('.react-flow__node[data-id^="pod:default/nginx-"]');
    await expect(nginx).toHaveCount(3);
    await nginx.first().click();
    await page.getByTestId('scale-up').click();
    await expect(page.getByTestId('replicas')).toHaveText('4');
    await page.getByTestId('scale-up').click();
    await expect(page.getByTestId('replicas')).toHaveText('5');
    await expect(nginx).toHaveCount(5);
    await expect(page.locator('[data-testid="monaco"] .view-line').filter({ hasText: 'replicas: 5' })).toHaveCount(1);
    await expect(page.getByTestId('terminal-clusterip')).toContainText('10.96.100.50');
    await playground.openTab('slices');
    await expect(page.getByTestId('endpointslices').locator('table').filter({ hasText: 'web-service' }).locator('tbody tr')).toHaveCount(5);
    await playground.screenshot('07-scaled');
  });
});
