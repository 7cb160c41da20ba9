// Time in the playground: a deleted Pod's lifecycle played step by step (the graph, EndpointSlices, DNS terminals
// and traces follow each step), the client that sends (busybox wget per request vs a long-running app), and the
// simulated clock moved past the DNS TTL.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from './fixtures';
import { SharePage } from './pages/share-page';
import type { Page } from '@playwright/test';

const test = base.extend<{ share: SharePage }>({
  share: async ({ page }, use) => {
    await use(new SharePage(page));
  },
});

/** The EndpointSlices tab's row for an address in mysql-headless's slice: its ready, serving, terminating cells. */
async function headlessConditions(page: Page, address: string): Promise<string[] | null> {
  const table = page.getByTestId('endpointslices').locator('table').filter({ hasText: 'mysql-headless' });
  const row = table.locator('tbody tr').filter({ hasText: address });
  if ((await row.count()) === 0) return null;
  return (await row.first().locator('td').allInnerTexts()).slice(1, 4);
}

test.describe('a Pod deleted step by step', () => {
  test('mysql-1 goes Terminating → Pending → ContainerCreating → Running, not Ready → Ready, and everything on screen follows', async ({ playground, page }) => {
    await playground.open();
    const mysql1 = playground.graphNode('pod:default/mysql-1');
    const card = mysql1.getByTestId('graph-pod');
    const stage = page.getByTestId('lifecycle-pod').filter({ hasText: 'mysql-1' });
    await mysql1.click();
    await page.getByTestId('action-delete').click();

    // Terminating: the old address stays in the slice as ready false, serving true, terminating true; DNS drops it.
    await expect(stage).toHaveAttribute('data-stage', 'terminating');
    await expect(stage).toContainText('mysql-1.mysql-headless → NXDOMAIN');
    await expect(card).toHaveAttribute('data-state', 'terminating');
    await expect(playground.terminal('headless')).not.toContainText('10.244.2.8');
    await playground.send('mysql-1.mysql-headless:3306');
    await expect(page.getByTestId('outcome')).toContainText('NXDOMAIN', { timeout: 15_000 });
    await playground.openTab('slices');
    await expect.poll(() => headlessConditions(page, '10.244.2.8')).toEqual(['false', 'true', 'true']);
    await playground.screenshot('time-01-terminating');

    // The old Pod is gone; the StatefulSet's new mysql-1 is Pending, on no node, with no endpoint.
    await page.getByTestId('lifecycle-next').click();
    await expect(stage).toHaveAttribute('data-stage', 'scheduling');
    await expect(card).toHaveAttribute('data-state', 'pending');
    await expect.poll(() => headlessConditions(page, '10.244.2.8')).toBeNull();
    await expect(page.getByTestId('endpointslices').locator('table').filter({ hasText: 'mysql-headless' }).locator('tbody tr')).toHaveCount(2);

    // ContainerCreating: bound, with its sandbox's new IP, listed not ready and not serving.
    await page.getByTestId('lifecycle-next').click();
    await expect(stage).toHaveAttribute('data-stage', 'container-creating');
    await expect(card).toHaveAttribute('data-state', 'creating');
    const newIP = (await card.locator('.kg-ip').innerText()).trim();
    expect(newIP).toMatch(/^10\.244\.\d+\.\d+$/);
    expect(newIP).not.toBe('10.244.2.8');
    await expect.poll(() => headlessConditions(page, newIP)).toEqual(['false', 'false', 'false']);
    await expect(stage).toContainText('NXDOMAIN');

    // Running, not Ready: still out of DNS.
    await page.getByTestId('lifecycle-next').click();
    await expect(stage).toHaveAttribute('data-stage', 'starting');
    await expect(card).toHaveAttribute('data-state', 'not-ready');
    await playground.send('mysql-1.mysql-headless:3306');
    await expect(page.getByTestId('outcome')).toContainText('NXDOMAIN', { timeout: 15_000 });

    // Ready: in the slice, in DNS, and the request reaches the new mysql-1.
    await page.getByTestId('lifecycle-next').click();
    await expect(page.getByTestId('lifecycle')).toHaveCount(0);
    await expect(card).toHaveAttribute('data-state', 'ready');
    await expect.poll(() => headlessConditions(page, newIP)).toEqual(['true', 'true', 'false']);
    await playground.openTab('dns');
    await expect(playground.terminal('headless')).toContainText(newIP);
    await playground.send('mysql-1.mysql-headless:3306');
    await expect(page.getByTestId('outcome')).toContainText('Delivered to default/mysql-1', { timeout: 15_000 });
    await expect(page.getByTestId('action-count')).toContainText('5 changes');
  });

  test('axe finds nothing serious with the app client, the clock moved and a deletion in progress, in Chinese', async ({ playground, page }) => {
    await playground.open('/?lang=zh-CN');
    await page.getByTestId('client-kind-app').check();
    await playground.send('mysql-headless:3306');
    await expect(page.getByTestId('outcome')).toBeVisible({ timeout: 15_000 });
    await page.getByTestId('clock-30').click();
    await playground.graphNode('pod:default/mysql-1').click();
    await page.getByTestId('action-delete').click();
    await expect(page.getByTestId('lifecycle-pod')).toContainText('CoreDNS 只用就绪的端点应答');
    const results = await new AxeBuilder({ page }).include('[data-testid="send-bar"]').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  });

  test('a link opened mid-way shows the same stage', async ({ playground, share, page, browser }) => {
    await playground.open();
    await playground.pod('mysql-1').click({ button: 'right' });
    await page.getByTestId('graph-menu').getByRole('menuitem', { name: /delete/i }).click();
    await page.getByTestId('lifecycle-next').click();
    await page.getByTestId('lifecycle-next').click();
    await expect(page.getByTestId('lifecycle-pod')).toHaveAttribute('data-stage', 'container-creating');
    // The kubelet has made the Pod's sandbox, so it has its IP: the panel names it and the graph shows it once its
    // deferred render has caught up.
    const ip = /\((10\.244\.\d+\.\d+)\)/.exec(await page.getByTestId('lifecycle-pod').innerText())?.[1];
    expect(ip, 'the sandbox IP in the lifecycle panel').toBeTruthy();
    await expect(playground.graphNode('pod:default/mysql-1').locator('.kg-ip')).toHaveText(ip!);
    const link = await share.share();
    const reader = await (await browser.newContext()).newPage();
    await reader.goto(link);
    await expect(reader.getByTestId('lifecycle-pod')).toHaveAttribute('data-stage', 'container-creating');
    await expect(reader.locator('.react-flow__node[data-id="pod:default/mysql-1"] .kg-ip')).toHaveText(ip!);
  });
});

test.describe('the client that sends', () => {
  test('busybox wget spreads ×10 over the Pods; the long-running app sticks to one and says why', async ({ playground, page }) => {
    await playground.open();
    await expect(page.getByTestId('client-kind-busybox-wget')).toBeChecked();
    await expect(page.getByTestId('client-why')).toContainText('new wget process');
    await playground.send('mysql-headless:3306', 10);
    await expect(page.getByTestId('distribution-outcomes')).toHaveText('10 delivered');
    expect(await page.getByTestId('distribution-row').count()).toBeGreaterThan(1);

    await page.getByTestId('client-kind-app').check();
    await expect(page.getByTestId('client-why')).toContainText('stick to the Pod it reached first');
    await page.getByTestId('reset-client').click();
    await playground.send('mysql-headless:3306', 10);
    await expect(page.getByTestId('distribution-outcomes')).toHaveText('10 delivered');
    await expect(page.getByTestId('distribution-row')).toHaveCount(1);
    await expect(page.getByTestId('client-memory')).toContainText('DNS cache: mysql-headless');
    await playground.screenshot('time-02-app-sticks');
  });

  test('moving the clock past the DNS TTL makes the app ask CoreDNS again', async ({ playground, page }) => {
    await playground.open();
    await page.getByTestId('client-kind-app').check();
    await page.getByTestId('send-options').click();
    await page.getByTestId('opt-keepalive').uncheck();
    await playground.send('mysql-headless:3306');
    await expect(page.getByTestId('outcome')).toBeVisible({ timeout: 15_000 });
    await playground.send('mysql-headless:3306');
    await expect.poll(() => playground.hopKinds()).toContain('dns-cache-hit');
    await expect(page.getByTestId('clock-time')).toHaveText('0:00:02');
    await page.getByTestId('clock-30').click();
    await expect(page.getByTestId('clock-time')).toHaveText('0:00:32');
    await expect(page.getByTestId('client-memory')).toContainText('expired');
    await playground.send('mysql-headless:3306');
    await expect.poll(async () => (await playground.hopKinds())[0]).toBe('dns-query');
  });

  test('sessionAffinity: 100 requests stick; past the 10800 s timeout the node no longer remembers the client', async ({ playground, page }) => {
    await playground.open();
    await page.getByTestId('scenario-picker').selectOption('session-affinity');
    await page.getByTestId('send-100').click();
    await expect(page.getByTestId('distribution-outcomes')).toHaveText('100 delivered');
    await expect(page.getByTestId('distribution-row')).toHaveCount(1);
    await expect(page.getByTestId('client-memory')).toContainText('last saw this client 1 s ago');
    await page.getByTestId('clock-10800').click();
    await expect(page.getByTestId('clock-time')).toHaveText('3:01:40');
    await expect(page.getByTestId('client-memory')).toContainText('last saw this client 10801 s ago');
  });
});
