import { test, expect } from './fixtures';

test.describe('default scenario', () => {
  test('loads the seed pair: graph, problems, both DNS terminals with the seed answers', async ({ playground, page }) => {
    await playground.open();
    await expect(playground.graphNode('svc:default/web-service')).toBeVisible();
    await expect(playground.graphNode('svc:default/mysql-headless')).toBeVisible();
    for (const pod of ['mysql-0', 'mysql-1', 'mysql-2', 'test']) await expect(playground.graphNode(`pod:default/${pod}`)).toBeVisible();
    await expect(page.getByTestId('problem-counts')).toContainText('0 errors');

    const clusterIP = playground.terminal('clusterip');
    await expect(clusterIP).toContainText('nslookup web-service');
    await expect(clusterIP).toContainText('Name:\tweb-service.default.svc.cluster.local');
    await expect(clusterIP).toContainText('Address: 10.96.100.50');
    const headless = playground.terminal('headless');
    await expect(headless).toContainText('nslookup mysql-headless');
    for (const ip of ['10.244.1.5', '10.244.2.8', '10.244.3.12']) await expect(headless).toContainText(`Address: ${ip}`);
    // The difference, highlighted: one VIP versus one address per Pod.
    await expect(clusterIP.locator('.answer-clusterip')).toHaveCount(1);
    await expect(headless.locator('.answer-headless')).toHaveCount(3);
    await expect(page.getByTestId('dns-summary-headless')).toContainText('3 addresses');
    await playground.editorReady();
    await playground.screenshot('01-default');
  });
});
