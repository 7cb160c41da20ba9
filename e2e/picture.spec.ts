// What the animation draws is what the simulation knows: the packet goes from the client Pod into its node's
// rules, is rewritten there and goes on to a Pod. A Service is never on its path; it lights up beside it as the
// object the rules were written from.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seriousAxeFindings } from './pages/axe';

interface Box { id: string; x: number; y: number; w: number; h: number }

/** Every drawn element (not the node groups) and the request trail's legs, in the graph's own coordinates. */
async function picture(page: Page): Promise<{ boxes: Box[]; legs: Array<{ id: string; from: [number, number]; to: [number, number] }> }> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
      .filter((el) => !el.classList.contains('react-flow__node-nodeGroup'))
      .map((el) => {
        const m = /translate\(([-\d.]+)px, ?([-\d.]+)px\)/.exec(el.style.transform)!;
        return { id: el.dataset.id!, x: Number(m[1]), y: Number(m[2]), w: el.offsetWidth, h: el.offsetHeight };
      });
    const legs = [...document.querySelectorAll<SVGGElement>('.react-flow__edge[data-id^="trail:"]')].map((g) => {
      const d = g.querySelector('path')!.getAttribute('d')!;
      const n = d.match(/-?[\d.]+/g)!.map(Number);
      return { id: g.dataset.id!, from: [n[0]!, n[1]!] as [number, number], to: [n[2]!, n[3]!] as [number, number] };
    });
    return { boxes, legs };
  });
}

/** The elements a point of the trail lies on (a border point belongs to the element it leaves or enters). */
const on = (boxes: Box[], [x, y]: [number, number]) =>
  boxes.filter((b) => x >= b.x - 1.5 && x <= b.x + b.w + 1.5 && y >= b.y - 1.5 && y <= b.y + b.h + 1.5).map((b) => b.id);
const isService = (id: string) => id.startsWith('svc:') || id.startsWith('dns:');

async function expectTrailAvoidsServices(page: Page, legs: number) {
  await expect(page.locator('.react-flow__edge[data-id^="trail:"]')).toHaveCount(legs);
  const { boxes, legs: drawn } = await picture(page);
  for (const leg of drawn) {
    for (const end of [leg.from, leg.to]) {
      const ids = on(boxes, end);
      expect(ids.length, `${leg.id} ends on a drawn element`).toBeGreaterThan(0);
      expect(ids.filter(isService), `${leg.id} touches a Service`).toEqual([]);
    }
  }
  return { boxes, legs: drawn };
}

test.describe('the packet never visits a Service', () => {
  test('ClusterIP: Pod → its node\'s rules (DNAT) → Pod; the DNS query via those rules to a CoreDNS Pod and back', async ({ playground, page }) => {
    await playground.open();
    await playground.send('web-service');
    await expect(page.getByTestId('step-count')).toHaveText('Step 5 of 5:', { timeout: 15_000 });
    const clientRules = 'node-rules:node-1';
    await expect(playground.graphNode(clientRules)).toContainText("client's node");

    // The DNS query: to node-1's rules, where kube-dns's rules DNAT it, then on to a CoreDNS Pod.
    await playground.showHop(0);
    const dns = await expectTrailAvoidsServices(page, 2);
    const [toRules, toCoredns] = dns.legs;
    expect(on(dns.boxes, toRules!.to)).toContain(clientRules);
    expect(on(dns.boxes, toCoredns!.to).some((id) => id.startsWith('coredns:kube-system/'))).toBe(true);
    await expect(playground.graphNode('dns:kube-dns').getByTestId('rule-source')).toHaveText('rules from here');
    await expect(page.getByTestId('graph-packet')).toContainText(/10\.96\.0\.10:53/); // struck through: the VIP it was sent to
    await expect(page.getByTestId('graph-packet').locator('.kg-packet-label')).toContainText(/10\.244\.\d+\.\d+:53 · DNS\?/);

    // The answer comes back from that Pod, through node-1 (conntrack gives it the VIP as its source again).
    await playground.showHop(1);
    const answer = await expectTrailAvoidsServices(page, 4);
    expect(on(answer.boxes, answer.legs[2]!.from)).toEqual(on(dns.boxes, toCoredns!.to));

    // Connect: into node-1's rules, not up to the Service; the Service is marked as where those rules come from.
    await playground.showHop(2);
    const connect = await expectTrailAvoidsServices(page, 5);
    expect(on(connect.boxes, connect.legs[4]!.to)).toContain(clientRules);
    await expect(playground.graphNode('svc:default/web-service').getByTestId('rule-source')).toBeVisible();
    await expect(playground.graphNode('dns:kube-dns').getByTestId('rule-source')).toHaveCount(0);

    // DNAT happens on node-1's rules, where the packet is; then it goes to the Pod.
    await playground.showHop(3);
    await expectTrailAvoidsServices(page, 5);
    await expect(page.getByTestId('graph-packet')).toHaveAttribute('data-hop', 'dnat');
    await playground.showHop(4);
    const deliver = await expectTrailAvoidsServices(page, 6);
    expect(on(deliver.boxes, deliver.legs[5]!.from)).toContain(clientRules);
    expect(on(deliver.boxes, deliver.legs[5]!.to).some((id) => id.startsWith('pod:default/nginx-'))).toBe(true);
    await expect(page.locator('[data-testid="rule-source"]')).toHaveCount(0);
  });

  test('headless: the client picks in place and connects through its node\'s rules straight to the Pod', async ({ playground, page }) => {
    await playground.open();
    await playground.send('mysql-headless:3306');
    await expect(page.getByTestId('step-count')).toHaveText('Step 5 of 5:', { timeout: 15_000 });
    await playground.showHop(2);
    await expectTrailAvoidsServices(page, 4); // the pick draws nothing: it happens inside the client
    await playground.showHop(4);
    const { boxes, legs } = await expectTrailAvoidsServices(page, 6);
    expect(on(boxes, legs[5]!.to).some((id) => id.startsWith('pod:default/mysql-'))).toBe(true);
  });

  test('IPVS mode draws the same true path', async ({ playground, page }) => {
    await playground.open();
    await page.getByTestId('opt-proxy-ipvs').check();
    await playground.send('web-service');
    await expect(page.getByTestId('step-count')).toHaveText('Step 5 of 5:', { timeout: 15_000 });
    expect(await playground.hopKinds()).toEqual(['dns-query', 'dns-answer', 'connect', 'ipvs', 'deliver']);
    await playground.showHop(4);
    await expectTrailAvoidsServices(page, 6);
  });
});

test('the DNAT step explains the probability chain: each rule takes a share of what is left, each Pod 1/3', async ({ playground, page }) => {
  await playground.open();
  await playground.send('web-service');
  await expect(page.getByTestId('step-count')).toHaveText('Step 5 of 5:', { timeout: 15_000 });
  await playground.showHop(3);
  const choice = page.getByTestId('endpoint-choice');
  await expect(choice).toContainText(/How KUBE-SVC-[A-Z0-9]{16} picks among 3 endpoints/);
  const rows = choice.getByTestId('choice-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Rule 1 --probability 0.33333333349 ≈ 1/3');
  await expect(rows.nth(0)).toContainText('1/3 of all new connections = 1/3 of all');
  await expect(rows.nth(1)).toContainText('≈ 1/2');
  await expect(rows.nth(1)).toContainText('1/2 of the 2/3 the rules above leave = 1/3 of all');
  await expect(rows.nth(2)).toContainText('no condition');
  await expect(rows.nth(2)).toContainText('all of the 1/3 the rules above leave = 1/3 of all');
  await expect(choice.locator('[data-testid="choice-row"][aria-current="step"]')).toHaveCount(1);
  await expect(choice.locator('[aria-current="step"]')).toContainText('this connection');
  await expect(page.getByTestId('choice-summary')).toHaveText(/^Each of the 3 Pods gets 1\/3 of new connections\./);
  // The caption says the same in a sentence: a rule's probability is a share of what is left.
  await expect(playground.caption).toContainText(/(rule [12] of 3 matched with probability 0\.\d{11}: 1\/[23] of the connections the rules before it leave, which is 1\/3 of all)|(the last rule, rule 3 of 3, which has no condition)/);
});

test('the step panel speaks words, the raw values one click away', async ({ playground, page }) => {
  await playground.open();
  await playground.send('web-service');
  await expect(page.getByTestId('step-count')).toHaveText('Step 5 of 5:', { timeout: 15_000 });
  const detail = page.getByTestId('hop-detail');
  await playground.showHop(0);
  await expect(detail.getByTestId('detail-service').locator('dd')).toHaveText('Service kube-system/kube-dns');
  await playground.showHop(1);
  await expect(detail.getByTestId('detail-why')).toContainText('a ClusterIP Service: its one virtual IP');
  await playground.showHop(3);
  await expect(detail.getByTestId('detail-choice')).toContainText(/a random rule \(-m statistic\) matched|the last rule, which has no condition/);
  await playground.showHop(4);
  await expect(detail.getByTestId('detail-assumedListening')).toContainText('no: the Pod declares this port');
  await expect(detail.locator('.detail-table')).not.toContainText(/svc:|pod:default|node-rules:|clusterip-vip|\bfalse\b|\btrue\b/);
  // The raw data, on demand.
  const raw = page.getByTestId('hop-raw');
  await expect(raw.locator('pre')).toBeHidden();
  await raw.locator('summary').click();
  await expect(raw.locator('pre')).toContainText('"assumedListening": false');
  await expect(raw.locator('pre')).toContainText('"to": "pod:default/nginx-');
});

test('the step panel in Chinese', async ({ playground, page }) => {
  const detail = page.getByTestId('hop-detail');
  await playground.open('/?lang=zh-CN');
  await playground.send('web-service');
  await expect(page.getByTestId('step-count')).toHaveText(/第 5 步/, { timeout: 15_000 });
  await playground.showHop(1);
  await expect(detail.getByTestId('detail-why')).toContainText('ClusterIP Service：返回它唯一的虚拟 IP');
  await expect(page.getByTestId('hop-raw').locator('summary')).toHaveText('原始数据（模拟器记录的样子）');
});

test('real output noise is explained once, beside the output, only when it is there', async ({ playground, page }) => {
  await playground.open();
  const notes = page.getByTestId('output-notes');
  // busybox: four NXDOMAIN lines under a lookup that worked, in each terminal; one sentence for both.
  await expect(playground.terminal('clusterip')).toContainText("** server can't find web-service.svc.cluster.local: NXDOMAIN");
  await expect(notes.locator('li')).toHaveCount(1);
  await expect(page.getByTestId('output-note-search-nxdomain')).toHaveText(
    "The 4 “** server can't find … NXDOMAIN” lines are not a failure: busybox nslookup sends the short name with every search domain of /etc/resolv.conf at once, as A and AAAA queries (6 in all), and prints every reply. web-service.default.svc.cluster.local exists; web-service.svc.cluster.local, web-service.cluster.local do not. (Any NXDOMAIN reply also makes busybox exit with status 1.)");
  // dig: its mDNS and recursion warnings, quoted as printed.
  await page.getByTestId('dns-tool-dig').check();
  await expect(playground.terminal('clusterip')).toContainText(';; WARNING: .local is reserved for Multicast DNS');
  await expect(page.getByTestId('output-note-mdns-local')).toContainText('“;; WARNING: .local is reserved for Multicast DNS”: dig warns about every name under .local, which RFC 6762 reserves for multicast DNS.');
  await expect(page.getByTestId('output-note-recursion-not-available')).toContainText('CoreDNS answers cluster names itself, authoritatively (aa)');
  await expect(page.getByTestId('output-note-search-nxdomain')).toHaveCount(0);
  // Full names: busybox sends them as they are, nothing to explain.
  await page.getByTestId('dns-tool-nslookup').check();
  for (const [kind, name] of [['clusterip', 'web-service.default.svc.cluster.local'], ['headless', 'mysql-headless.default.svc.cluster.local']] as const) {
    await page.getByTestId(`dns-name-${kind}`).fill(name);
    await page.getByTestId(`dns-name-${kind}`).press('Enter');
  }
  await expect(playground.terminal('headless')).toContainText('nslookup mysql-headless.default.svc.cluster.local');
  await expect(playground.terminal('clusterip')).not.toContainText("can't find");
  await expect(notes).toHaveCount(0);
});

test('the notes in Chinese', async ({ playground, page }) => {
  await playground.open('/?lang=zh-CN');
  await expect(page.getByTestId('output-note-search-nxdomain')).toContainText('这 4 行 “** server can\'t find … NXDOMAIN” 并不表示失败');
  await page.getByTestId('dns-tool-dig').check();
  await expect(page.getByTestId('output-note-mdns-local')).toContainText('“;; WARNING: .local is reserved for Multicast DNS”：dig 对 .local 下的每个名字都会发出这条警告');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe: nothing serious on the DNAT step with its chain, the Service marked and the raw data open (${colorScheme})`, async ({ playground, page }) => {
    await page.emulateMedia({ colorScheme });
    await playground.open();
    await playground.send('web-service');
    await expect(page.getByTestId('step-count')).toHaveText('Step 5 of 5:', { timeout: 15_000 });
    await playground.showHop(3);
    await expect(page.getByTestId('rule-source')).toBeVisible();
    await expect(page.getByTestId('endpoint-choice')).toBeVisible();
    await page.getByTestId('hop-raw').locator('summary').click();
    await expect(page.getByTestId('output-notes')).toBeVisible();
    // The editor has its own checks (layout.spec.ts); this one is about the step, the graph and the notes.
    expect(await seriousAxeFindings(page, undefined, '[data-testid="monaco"]')).toEqual([]);
  });
}
