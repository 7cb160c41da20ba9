import { test, expect } from './fixtures';

test.describe('send request', () => {
  test('web-service: Client → DNS → VIP → node rules → Pod, caption names the chain and probability', async ({ playground, page }) => {
    await playground.open();
    await playground.send('web-service');
    // It plays by itself, hop by hop, to the end.
    await expect(page.getByTestId('step-count')).toHaveText('Step 1 of 5:');
    await expect(page.getByTestId('step-count')).toHaveText('Step 5 of 5:', { timeout: 15_000 });
    expect(await playground.hopKinds()).toEqual(['dns-query', 'dns-answer', 'connect', 'dnat', 'deliver']);
    // Hop by hop, as a learner steps through it.
    await playground.showHop(0);
    await expect(playground.caption).toContainText('asks the cluster DNS');
    await playground.showHop(1);
    await expect(playground.caption).toContainText('ONE address');
    await expect(playground.caption).toContainText('10.96.100.50');
    await playground.showHop(2);
    await expect(playground.caption).toContainText('10.96.100.50:80');
    await playground.showHop(3);
    await expect(playground.caption).toContainText('kube-proxy wrote these rules; the kernel on node-');
    await expect(playground.caption).toContainText(/10\.96\.100\.50:80 → 10\.244\.\d+\.\d+:80/);
    await expect(playground.caption).toContainText(/KUBE-SVC-[A-Z0-9]{16}/);
    await expect(playground.caption).toContainText(/(probability 0\.\d{11})|(last rule)/);
    await expect(page.getByTestId('rule-steps')).toContainText('-j KUBE-SEP-');
    await playground.screenshot('02-clusterip-dnat');
    await playground.showHop(4);
    await expect(page.getByTestId('outcome')).toContainText(/Delivered to default\/nginx-/);
    // The keyboard steps too.
    await page.getByTestId('inspector').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press(',');
    await expect(page.getByTestId('step-count')).toHaveText('Step 4 of 5:');
    // The iptables tab highlights the chains this request used.
    await playground.openTab('iptables');
    await expect(page.getByTestId('terminal-iptables').locator('.used-jump').first()).toBeVisible();
  });

  test('mysql-headless: three A records, the client picks, no VIP hop', async ({ playground, page }) => {
    await playground.open();
    await playground.send('mysql-headless:3306');
    await expect(page.getByTestId('step-count')).toHaveText('Step 5 of 5:', { timeout: 15_000 });
    const kinds = await playground.hopKinds();
    expect(kinds).toEqual(['dns-query', 'dns-answer', 'client-pick', 'connect', 'deliver']);
    expect(kinds).not.toContain('dnat');
    await playground.showHop(1);
    await expect(playground.caption).toContainText('3 A records');
    for (const ip of ['10.244.1.5', '10.244.2.8', '10.244.3.12']) await expect(playground.caption).toContainText(ip);
    await playground.showHop(2);
    await expect(playground.caption).toContainText('the client itself picks');
    await playground.screenshot('03-headless-pick');
    await playground.showHop(4);
    await expect(page.getByTestId('outcome')).toContainText(/Delivered to default\/mysql-[012]/);
  });

  test('mysql-0.mysql-headless:3306 reaches mysql-0', async ({ playground, page }) => {
    await playground.open();
    await playground.send('mysql-0.mysql-headless:3306');
    await expect(page.getByTestId('outcome')).toContainText('Delivered to default/mysql-0', { timeout: 15_000 });
    await playground.showHop(1);
    await expect(playground.caption).toContainText('10.244.1.5');
    expect(await playground.hopKinds()).not.toContain('dnat');
  });

  test('a target the client cannot use says why, though no packet left', async ({ playground, page }) => {
    await playground.open();
    await playground.send('http://web-service:99999/');
    await expect(page.getByTestId('outcome')).toHaveText('Not a valid target. The target is not a URL, name:port or IP:port the client can use.');
    await expect(playground.hopChips()).toHaveCount(0);
  });

  test('100 requests spread over the ready Pods only', async ({ playground, page }) => {
    await playground.open();
    // Make one nginx Pod not ready, from the inspector.
    const nginx = page.locator('.react-flow__node[data-id^="pod:default/nginx-"]');
    await expect(nginx).toHaveCount(3);
    const notReadyId = (await nginx.first().getAttribute('data-id'))!;
    const notReady = notReadyId.split('/').pop()!;
    await nginx.first().click();
    await page.getByTestId('action-ready').click();
    await expect(page.getByTestId('action-count')).toContainText('1 change');
    await playground.send('web-service', 100);
    const rows = page.getByTestId('distribution-row');
    await expect(rows).toHaveCount(2);
    const pods = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-pod')));
    expect(pods).not.toContain(notReady);
    for (const p of pods) expect(p).toMatch(/^nginx-/);
    await expect(page.getByTestId('distribution')).toContainText('Where 100 requests went');
    await expect(page.getByTestId('distribution-outcomes')).toHaveText('100 delivered');
    await playground.screenshot('04-distribution');
    // Reset the cluster state: all three take traffic again.
    await page.getByTestId('reset-actions').click();
    await expect(page.getByTestId('action-count')).toContainText('0 changes');
    await playground.send('web-service', 100);
    await expect(rows).toHaveCount(3);
  });
});
