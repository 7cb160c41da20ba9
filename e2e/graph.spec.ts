// The cluster graph as a learner reads it: the running total drawn on the Pods, and a phone's graph zoomed to
// the client's path with text large enough to read.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Requests per Pod as the badges on the graph's Pods say them. */
const badgeCounts = (page: Page) => page.locator('.react-flow__node').evaluateAll((nodes) => Object.fromEntries(nodes.flatMap((n) => {
  const badge = n.querySelector('[data-testid="graph-pod-hits"]');
  const id = n.getAttribute('data-id') ?? '';
  return badge ? [[id.slice(id.lastIndexOf('/') + 1), Number(badge.getAttribute('data-count'))]] : [];
})));

/** Requests per Pod as the Distribution panel's rows say them. */
const rowCounts = (page: Page) => page.getByTestId('distribution-row').evaluateAll((rows) => Object.fromEntries(rows.map((r) => [
  r.getAttribute('data-pod') ?? '', Number.parseInt(r.querySelector('.bar-value')?.textContent ?? '', 10),
])));

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

test.describe('hits on the graph', () => {
  test('ten requests to web-service: the Pods\' badges add up to 10, match the Distribution panel, and go with the reset', async ({ playground, page }) => {
    await playground.open();
    await expect(page.getByTestId('graph-pod-hits')).toHaveCount(0);
    await playground.send('web-service', 10);
    await expect(page.getByTestId('distribution-outcomes')).toHaveText('10 delivered', { timeout: 15_000 });
    const rows = await rowCounts(page);
    expect(sum(rows)).toBe(10);
    const badges = await badgeCounts(page);
    expect(badges).toEqual(rows);
    for (const name of Object.keys(badges)) expect(name).toMatch(/^nginx-/);
    // The badge reads whole and names its Pod and the total for a screen reader.
    const [first, n] = Object.entries(badges)[0]!;
    const badge = playground.pod(first).getByTestId('graph-pod-hits');
    await expect(badge).toHaveText(n === 1 ? '1 hit' : `${n} hits`);
    await expect(badge).toHaveAccessibleName(`${first}: ${n} of 10 requests`);
    expect(await badge.evaluate((b) => b.scrollWidth <= b.clientWidth)).toBe(true);
    await expect(playground.pod(first)).toHaveAttribute('aria-label', new RegExp(`answered ${n} of 10 requests in the running total$`));

    // A second send adds to the total on the graph as in the panel.
    await playground.send('web-service', 10);
    await expect(page.getByTestId('distribution-outcomes')).toHaveText('20 delivered', { timeout: 15_000 });
    expect(sum(await badgeCounts(page))).toBe(20);
    expect(await badgeCounts(page)).toEqual(await rowCounts(page));

    await page.getByTestId('distribution-reset').click();
    await expect(page.getByTestId('graph-pod-hits')).toHaveCount(0);
  });

  test('a new scenario clears the badges; in Chinese they read in Chinese', async ({ playground, page }) => {
    await playground.open('/?lang=zh-CN');
    await playground.send('web-service', 10);
    await expect(page.getByTestId('distribution')).toBeVisible({ timeout: 15_000 });
    const badges = await badgeCounts(page);
    expect(sum(badges)).toBe(10);
    const [first, n] = Object.entries(badges)[0]!;
    await expect(playground.pod(first).getByTestId('graph-pod-hits')).toHaveText(`${n} 次`);
    await expect(playground.pod(first).getByTestId('graph-pod-hits')).toHaveAccessibleName(`${first}：10 个请求中的 ${n} 个`);
    await page.getByTestId('scenario-picker').selectOption('web-clusterip');
    await expect(playground.graphNode('svc:default/mysql-headless')).toHaveCount(0);
    await expect(page.getByTestId('graph-pod-hits')).toHaveCount(0);
  });
});

/** The smallest on-screen size of the Pods' and Services' names: their CSS font size times the graph's zoom. */
const smallestLabel = (page: Page) => page.locator('[data-testid="graph-panel"]').evaluate((panel) => {
  const viewport = panel.querySelector<HTMLElement>('.react-flow__viewport')!;
  const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
  const box = panel.getBoundingClientRect();
  const shown = [...panel.querySelectorAll<HTMLElement>('.kg-pod .kg-name, .kg-svc .kg-name')].filter((l) => {
    const r = l.getBoundingClientRect();
    return r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;
  });
  // The transform is what the eye gets: a label's box on screen is its layout height times the zoom.
  const sizes = shown.map((l) => ({ css: Number.parseFloat(getComputedStyle(l).fontSize) * zoom, box: l.getBoundingClientRect().height / l.offsetHeight * Number.parseFloat(getComputedStyle(l).fontSize) }));
  return { zoom, shown: shown.length, css: Math.min(...sizes.map((s) => s.css)), box: Math.min(...sizes.map((s) => s.box)) };
});

const inPanel = async (page: Page, node: ReturnType<Page['locator']>) => {
  const [n, p] = [(await node.boundingBox())!, (await page.getByTestId('graph-panel').boundingBox())!];
  return n.x >= p.x && n.y >= p.y && n.x + n.width <= p.x + p.width && n.y + n.height <= p.y + p.height;
};

test.describe('the phone\'s graph', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('390×844: the graph frames the client\'s path with names of 11 px or more, after load and after a send; fit-all still shows everything', async ({ playground, page }) => {
    await playground.open();
    await page.getByTestId('mobile-tab-graph').click();
    const client = playground.pod('test');
    await expect.poll(async () => (await smallestLabel(page)).css).toBeGreaterThanOrEqual(11);
    let label = await smallestLabel(page);
    expect(label.shown).toBeGreaterThan(0);
    // The zoom read from the transform is the one on screen (offsetHeight is whole pixels: within half a pixel).
    expect(label.box).toBeCloseTo(label.css, 0);
    expect(await inPanel(page, client)).toBe(true);
    // A Pod behind the target is framed too.
    await expect.poll(async () => inPanel(page, playground.pod('nginx-5cd48bb5b9-qmldf'))).toBe(true);

    await page.getByTestId('send-1').click();
    await expect(page.getByTestId('outcome')).toBeVisible({ timeout: 15_000 });
    label = await smallestLabel(page);
    expect(label.css).toBeGreaterThanOrEqual(11);
    expect(await inPanel(page, client)).toBe(true);

    // The learner can still see the whole cluster: the fit button zooms out until every node is inside.
    await page.getByRole('button', { name: 'Fit the whole cluster in view' }).click();
    await expect.poll(async () => (await smallestLabel(page)).zoom).toBeLessThan(label.zoom);
    for (const id of ['dns:kube-dns', 'svc:default/web-service', 'node:node-3']) await expect.poll(async () => inPanel(page, playground.graphNode(id))).toBe(true);
  });
});

/** The distinct rows the send bar's controls sit on (tops within a few pixels are one row). */
const controlRows = (page: Page) => page.getByTestId('send-bar').evaluate((bar) => {
  const controls = ['[data-testid="client-select"]', '[data-testid="target-input"]', '[data-testid="send-100"]', '[data-testid="send-options"]',
    '[role="radiogroup"]', '.client-kind', '.sim-clock'].map((s) => bar.querySelector<HTMLElement>(s)!);
  const middles = controls.map((c) => { const r = c.getBoundingClientRect(); return r.top + r.height / 2; }).sort((a, b) => a - b);
  return middles.filter((m, i) => i === 0 || m - middles[i - 1]! > 8).length;
});

for (const lang of ['en', 'zh-CN']) {
  test(`1280×800 (${lang}): the send bar's controls take two rows; after a send the page fits the window, the DNS answers and the graph in it`, async ({ playground, page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await playground.open(`/?lang=${lang}`);
    expect(await controlRows(page)).toBe(2);
    await page.getByTestId('send-10').click();
    await expect(page.getByTestId('outcome')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByTestId('distribution')).toBeVisible();
    const main = page.locator('.col-main');
    expect(await main.evaluate((m) => m.scrollHeight - m.clientHeight)).toBeLessThanOrEqual(0);
    const graph = (await page.getByTestId('graph-panel').boundingBox())!;
    expect(graph.height).toBeGreaterThanOrEqual(225);
    const terminals = (await page.getByTestId('terminals').boundingBox())!;
    expect(terminals.y + terminals.height).toBeLessThanOrEqual(800);
    await expect(playground.terminal('headless').locator('.answer-headless')).toHaveCount(3);
  });
}

// A 1280×800 desktop's graph panel is about three times as wide as it is tall: the whole cluster is fitted by its
// height, so the picture's rows are kept short and its names large enough to read at the zoom that gives.
test.describe('the desktop\'s graph', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('1280×800: the whole default cluster is in view with names of 9 px or more, and 7.5 px or more once the step strip shows after a send', async ({ playground, page }) => {
    await playground.open();
    const whole = ['dns:kube-dns', 'svc:default/mysql-headless', 'svc:default/web-service', 'node:node-1', 'node:node-3'];
    await expect.poll(async () => (await smallestLabel(page)).css).toBeGreaterThanOrEqual(9);
    for (const id of whole) await expect.poll(async () => inPanel(page, playground.graphNode(id))).toBe(true);
    await page.getByTestId('send-1').click();
    await expect(page.getByTestId('outcome')).toBeVisible({ timeout: 15_000 });
    await expect.poll(async () => (await smallestLabel(page)).css).toBeGreaterThanOrEqual(7.5);
    for (const id of whole) await expect.poll(async () => inPanel(page, playground.graphNode(id))).toBe(true);
    expect(await inPanel(page, playground.pod('test'))).toBe(true);
  });
});
