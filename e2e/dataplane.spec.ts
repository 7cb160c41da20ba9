import { test as base, expect } from './fixtures';
import { SharePage } from './pages/share-page';
import type { Locator } from '@playwright/test';

const test = base.extend<{ share: SharePage }>({
  share: async ({ page }, use) => {
    await use(new SharePage(page));
  },
});

/** Whether a line sits inside its scrolled terminal's visible box. */
async function inView(terminal: Locator, line: Locator): Promise<boolean> {
  const [t, l] = await Promise.all([terminal.boundingBox(), line.boundingBox()]);
  return !!t && !!l && l.y >= t.y - 1 && l.y + l.height <= t.y + t.height + 1;
}

test.describe('the rules a request matched', () => {
  test('iptables: the KUBE-SERVICES jump, the one statistic rule taken and the DNAT light up, scrolled into view', async ({ playground, page }) => {
    await playground.open();
    await playground.openTab('iptables');
    await playground.send('web-service');
    await expect(page.getByTestId('outcome')).toContainText('Delivered to default/nginx-', { timeout: 15_000 });
    const nat = page.getByTestId('terminal-iptables');
    await expect(nat).toContainText('iptables-save -t nat');
    await expect(nat).not.toContainText('*filter');
    const decisive = nat.locator('.line.used-jump');
    await expect(decisive).toHaveCount(3);
    await expect(decisive.filter({ hasText: /^-A KUBE-SERVICES -d 10\.96\.100\.50\/32 .*-j KUBE-SVC-/ })).toHaveCount(1);
    await expect(decisive.filter({ hasText: /-j DNAT --to-destination 10\.244\./ })).toHaveCount(1);
    // Not whole chains and not other Services: a handful of lines, none of kube-dns's.
    expect(await nat.locator('.line.used').count()).toBeLessThanOrEqual(8);
    await expect(nat.locator('.line.used', { hasText: 'kube-dns' })).toHaveCount(0);
    await expect(page.getByTestId('matched-note')).toContainText('rules the last request matched on node-');
    // The deciding rules sit far down the table: the terminal scrolled to the first of them.
    await expect.poll(() => inView(nat, decisive.first())).toBe(true);
    expect(await nat.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  });

  test('nftables: the service-ips element, the numgen vmap and the endpoint chain\'s dnat light up', async ({ playground, page }) => {
    await playground.open();
    await page.getByTestId('opt-proxy-nftables').check();
    await playground.openTab('iptables');
    await expect(page.getByTestId('tab-iptables')).toHaveText('nft list ruleset');
    await expect(page.getByTestId('tab-filter')).toHaveCount(0);
    await playground.send('web-service');
    await expect(page.getByTestId('outcome')).toContainText('Delivered to default/nginx-', { timeout: 15_000 });
    const nft = page.getByTestId('terminal-nft');
    await expect(nft).toContainText('table ip kube-proxy {');
    const decisive = nft.locator('.line.used-jump');
    await expect(decisive).toHaveCount(4);
    await expect(decisive.filter({ hasText: /10\.96\.100\.50 \. tcp \. 80 : goto service-/ })).toHaveCount(1);
    await expect(decisive.filter({ hasText: /numgen random mod 3 vmap/ })).toHaveCount(1);
    await expect(decisive.filter({ hasText: /dnat to 10\.244\./ })).toHaveCount(1);
    await expect.poll(() => inView(nft, decisive.first())).toBe(true);
    expect(await nft.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  });
});

test.describe('what each rules tab prints', () => {
  test('iptables-save -t filter on its own tab, with the reject for a Service without endpoints', async ({ playground, page }) => {
    await playground.open();
    await playground.openTab('filter');
    const filter = page.getByTestId('terminal-filter');
    await expect(filter).toContainText('iptables-save -t filter');
    await expect(filter).toContainText('*filter');
    await expect(filter).toContainText('-A KUBE-FORWARD -m conntrack --ctstate INVALID');
    await expect(filter).not.toContainText('*nat');
  });

  test('ipvsadm: an empty table in iptables mode, said why; in IPVS mode the real path and counters that move', async ({ playground, page }) => {
    await playground.open();
    await playground.openTab('ipvs');
    await expect(page.getByTestId('terminal-ipvs')).toContainText('  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn');
    await expect(page.getByTestId('terminal-ipvs')).not.toContainText('TCP  ');
    await expect(page.getByTestId('ipvs-note')).toContainText('creates no IPVS virtual servers');
    await page.getByTestId('opt-proxy-ipvs').check();
    await expect(page.getByTestId('terminal-ipvs')).toContainText('TCP  10.96.100.50:80 rr');
    await expect(page.getByTestId('ipvs-note')).toContainText('kube-ipvs0');
    await expect(page.getByTestId('ipvs-note')).toContainText('LOCAL_IN');
    const stats = page.getByTestId('terminal-ipvs-stats');
    await expect(stats).toContainText(/TCP {2}10\.96\.100\.50:80 +0 +0/);
    await playground.send('web-service', 10);
    await expect(stats).toContainText(/TCP {2}10\.96\.100\.50:80 +10 +0/, { timeout: 15_000 });
  });
});

test('nftables mode travels in a share link', async ({ playground, share, page, browser }) => {
  await playground.open();
  await page.getByTestId('opt-proxy-nftables').check();
  const link = await share.share();
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(link);
  await expect(reader.getByTestId('cluster-graph')).toBeVisible();
  await expect(reader.getByTestId('opt-proxy-nftables')).toBeChecked();
  await expect(reader.getByTestId('tab-iptables')).toHaveText('nft list ruleset');
});

test('the Kubernetes version sets the default mode, shows kube-proxy\'s startup messages and travels in a link', async ({ playground, share, page, browser }) => {
  await playground.open();
  await playground.openTab('iptables');
  await expect(page.getByTestId('k8s-version')).toHaveValue('1.35');
  await expect(page.getByTestId('kube-proxy-log')).toContainText('"Using iptables Proxier"');
  await page.getByTestId('opt-proxy-ipvs').check();
  await expect(page.getByTestId('kube-proxy-log')).toContainText(
    "\"The ipvs proxier is now deprecated and may be removed in a future release. Please use 'nftables' instead.\"");
  // 1.34 did not deprecate IPVS yet; choosing a version puts kube-proxy in that version's default mode.
  await page.getByTestId('k8s-version').selectOption('1.34');
  await expect(page.getByTestId('opt-proxy-iptables')).toBeChecked();
  await page.getByTestId('opt-proxy-ipvs').check();
  await expect(page.getByTestId('kube-proxy-log')).not.toContainText('deprecated');
  await page.getByTestId('k8s-version').selectOption('1.37');
  await expect(page.getByTestId('kube-proxy-note-unset-mode-warning')).toContainText('leaves mode unset');
  await expect(page.getByTestId('mode-about')).toContainText('-m statistic');

  const link = await share.share();
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(link);
  await expect(reader.getByTestId('cluster-graph')).toBeVisible();
  await reader.getByTestId('tab-iptables').click();
  await expect(reader.getByTestId('k8s-version')).toHaveValue('1.37');
});

test('the two-mode view puts the same request through iptables and nftables: different rules, same outcome', async ({ playground, share, page, browser }) => {
  await playground.open();
  await playground.openTab('iptables');
  await page.getByTestId('mode-compare').check();
  await playground.send('web-service');
  await expect(page.getByTestId('outcome')).toContainText('Delivered to default/nginx-', { timeout: 15_000 });
  const ipt = page.getByTestId('mode-side-iptables');
  const nft = page.getByTestId('mode-side-nftables');
  await expect(ipt.locator('.line')).toHaveCount(3);
  await expect(ipt).toContainText('-j DNAT --to-destination 10.244.');
  await expect(nft).toContainText('numgen random mod 3 vmap');
  await expect(nft).toContainText('vmap @service-ips');
  await expect(page.getByTestId('mode-outcome-iptables')).toContainText('Delivered to default/nginx-');
  await expect(page.getByTestId('mode-outcome-nftables')).toContainText('Delivered to default/nginx-');
  await expect(page.getByTestId('mode-compare-view')).toContainText('the dataplane changed, the Service did not');

  const link = await share.share();
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(link);
  await reader.getByTestId('tab-iptables').click();
  await expect(reader.getByTestId('mode-compare')).toBeChecked();
  await expect(reader.getByTestId('mode-outcome-nftables')).toContainText('Delivered to default/nginx-', { timeout: 15_000 });
});
