import { test, expect } from './fixtures';

test.describe('terminals', () => {
  test('dig instead of nslookup, same difference: one VIP against three Pod IPs', async ({ playground, page }) => {
    await playground.open();
    await page.getByTestId('dns-tool-dig').check();
    const clusterIP = playground.terminal('clusterip');
    await expect(clusterIP).toContainText('dig +search web-service');
    await expect(clusterIP).toContainText(';; ANSWER SECTION:');
    await expect(clusterIP).toContainText(/web-service\.default\.svc\.cluster\.local\.\s+30\s+IN\s+A\s+10\.96\.100\.50/);
    await expect(page.getByTestId('dns-count-clusterip')).toHaveText('1 address: the VIP');
    await expect(page.getByTestId('dns-count-headless')).toHaveText('3 addresses: Pod IPs');
    await expect(playground.terminal('headless').locator('.answer-headless')).toHaveCount(3);
  });

  test('any name can be looked up on either side: a StatefulSet Pod has its own name', async ({ playground, page }) => {
    await playground.open();
    const name = page.getByTestId('dns-name-headless');
    // busybox nslookup does not search a name that has a dot (the real one answers NXDOMAIN), so the full name.
    await name.fill('mysql-0.mysql-headless.default.svc.cluster.local');
    await name.press('Enter');
    await expect(playground.terminal('headless')).toContainText('nslookup mysql-0.mysql-headless.default.svc.cluster.local');
    await expect(playground.terminal('headless')).toContainText('Name:\tmysql-0.mysql-headless.default.svc.cluster.local\nAddress: 10.244.1.5');
    await expect(page.getByTestId('dns-count-headless')).toHaveText('1 address: a Pod IP');
    // With the dot and no search, busybox finds nothing: as the real one does.
    await name.fill('mysql-0.mysql-headless');
    await name.press('Enter');
    await expect(playground.terminal('headless')).toContainText("** server can't find mysql-0.mysql-headless: NXDOMAIN");
    await expect(page.getByTestId('dns-summary-headless')).toContainText('does not try the search list for a name with a dot');
  });

  test('each tab prints what the program prints', async ({ playground, page }) => {
    await playground.open();
    await playground.openTab('iptables');
    const ipt = page.getByTestId('terminal-iptables');
    await expect(ipt).toContainText('*nat');
    await expect(ipt).toContainText('-A KUBE-SERVICES -d 10.96.100.50/32 -p tcp -m comment --comment "default/web-service cluster IP"');
    await expect(ipt).toContainText('COMMIT');
    // The rules of another node.
    await page.getByTestId('rules-node').selectOption('node-3');
    await expect(ipt).toContainText('# node-3');

    await playground.openTab('ipvs');
    // The node runs iptables mode: the real ipvsadm prints its headings over an empty table.
    await expect(page.getByTestId('terminal-ipvs')).toContainText('IP Virtual Server version 1.2.1 (size=4096)');
    await expect(page.getByTestId('terminal-ipvs')).not.toContainText('TCP  10.96.100.50:80 rr');

    await playground.openTab('resolv');
    await expect(page.getByTestId('terminal-resolv')).toContainText('search default.svc.cluster.local svc.cluster.local cluster.local');
    await expect(page.getByTestId('terminal-resolv')).toContainText('nameserver 10.96.0.10');
    await expect(page.getByTestId('terminal-resolv')).toContainText('options ndots:5');

    await playground.openTab('slices');
    const headless = page.getByTestId('endpointslices').locator('table.slice-headless').filter({ hasText: 'mysql-headless' });
    await expect(headless.locator('tbody tr')).toHaveCount(3);
    await expect(headless).toContainText('mysql-0');

    await playground.openTab('kubectl');
    const kubectl = page.getByTestId('terminal-kubectl');
    await expect(kubectl).toContainText('NAME                     TYPE        CLUSTER-IP     EXTERNAL-IP   PORT(S)    AGE   SELECTOR');
    await expect(kubectl).toContainText(/service\/mysql-headless\s+ClusterIP\s+None\s+<none>\s+3306\/TCP/);
    await expect(kubectl).toContainText(/pod\/mysql-1\s+1\/1\s+Running\s+0\s+0s\s+10\.244\.2\.8/);
    await playground.screenshot('10-kubectl');
    // Tabs are operable with the arrow keys.
    await page.getByTestId('tab-kubectl').focus();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('tab-slices')).toHaveAttribute('aria-selected', 'true');
  });

  test('IPVS mode: the node forwards by its virtual server instead of DNAT chains', async ({ playground, page }) => {
    await playground.open();
    await page.getByTestId('opt-proxy-ipvs').check();
    await playground.send('web-service');
    await expect(page.getByTestId('outcome')).toContainText('Delivered to default/nginx-', { timeout: 15_000 });
    expect(await playground.hopKinds()).toContain('ipvs');
    await playground.showHop(3);
    await expect(playground.caption).toContainText('IPVS mode');
  });
});

test.describe('stale DNS', () => {
  test('a warm cache still points at a replaced StatefulSet Pod', async ({ playground, page }) => {
    await playground.open();
    // A long-running app caches answers for their TTL (busybox wget, the default, asks every time); no keep-alive,
    // so the second request looks the name up (in the cache) again.
    await page.getByTestId('client-kind-app').check();
    await page.getByTestId('send-options').click();
    await page.getByTestId('opt-keepalive').uncheck();
    await playground.send('mysql-1.mysql-headless:3306');
    await expect(page.getByTestId('outcome')).toContainText('Delivered to default/mysql-1', { timeout: 15_000 });
    await playground.graphNode('pod:default/mysql-1').click();
    await page.getByTestId('action-delete').click();
    await page.getByTestId('lifecycle-finish').click();
    await expect(page.getByTestId('selection')).not.toContainText('10.244.2.8');
    await playground.send('mysql-1.mysql-headless:3306');
    await expect(page.getByTestId('outcome')).toBeVisible({ timeout: 15_000 });
    const kinds = await playground.hopKinds();
    expect(kinds[0]).toBe('dns-cache-hit');
    await playground.showHop(0);
    await expect(playground.caption).toContainText('cached answer');
    await expect(playground.caption).toContainText('10.244.2.8');
    await playground.screenshot('11-stale-dns');
    // Forgetting the cache asks CoreDNS again and finds the new address.
    await page.getByTestId('reset-client').click();
    await playground.send('mysql-1.mysql-headless:3306');
    await expect(page.getByTestId('outcome')).toContainText('Delivered to default/mysql-1', { timeout: 15_000 });
    expect((await playground.hopKinds())[0]).toBe('dns-query');
  });
});

test.describe('keyboard actions', () => {
  test('R toggles readiness of the selected Pod; the reset restores it', async ({ playground, page }) => {
    await playground.open();
    await playground.graphNode('pod:default/mysql-2').click();
    await page.getByTestId('player').click({ position: { x: 600, y: 10 } });
    await page.keyboard.press('r');
    await expect(page.getByTestId('action-count')).toContainText('1 change');
    await expect(page.getByTestId('dns-count-headless')).toHaveText('2 addresses: Pod IPs');
    await expect(playground.terminal('headless')).not.toContainText('Address: 10.244.3.12');
    await page.getByTestId('reset-actions').click();
    await expect(page.getByTestId('dns-count-headless')).toHaveText('3 addresses: Pod IPs');
  });
});
