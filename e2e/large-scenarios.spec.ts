// Large valid scenarios never block the page (the core accepts them, so the page must stay usable): 5,000
// documents pasted, a link holding 4,588 Services, a 1 MB `kind: List` dropped on the page. The graph summarises
// them, files are parsed in the worker, and no task holds the main thread for over 200 ms; a click while the
// page is busy is answered at once.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { bigKubectlList, manyServices, manyServicesLink, SERVICES_AT_DOCUMENT_CAP } from './large-scenarios';
import { clickLatency, longestTask, longTasks, observeLongTasks, quietFor, resetLongTasks } from './long-tasks';

/** The budget: no task over 200 ms while typing, sending or opening. */
const LONGEST_TASK_MS = 200;

/** Records what was measured beside the result (the JSON reporter shows it; README's numbers come from it). */
function note(measured: Record<string, number>) {
  for (const [type, ms] of Object.entries(measured)) test.info().annotations.push({ type, description: `${ms.toFixed(0)} ms` });
}

/** Records every long task since the reset, in order (start and length), to tell which step a long one was. */
async function noteTasks(page: Page) {
  const tasks = await longTasks(page);
  test.info().annotations.push({ type: 'tasks', description: tasks.map((t) => `+${t.start.toFixed(0)}: ${t.duration.toFixed(0)}`).join(', ') });
}

/** Waits until the summary card of the Service row counts `hidden` Services, then until the page is quiet. */
async function settled(page: Page, hidden: number) {
  await expect(page.locator('[data-testid="graph-summary"][data-hidden]').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.locator(`.react-flow__node[data-id="summary:services"] [data-hidden="${hidden}"]`)).toBeVisible({ timeout: 60_000 });
  // Monaco tokenizes a large text in the background after it is shown: wait until no long task has run for 2 s.
  await expect.poll(() => quietFor(page), { timeout: 60_000, intervals: [250] }).toBeGreaterThan(2000);
}

/** A click on the send options, answered by the next frame: how long it took. */
const clickOptions = (page: Page) => clickLatency(page, () => page.getByTestId('send-options').click());

test.describe('large scenarios never block the page', () => {
  test.beforeEach(async ({ page }) => {
    // Building 5,000 documents takes the worker seconds on a busy machine; the budget under test is the page's.
    test.setTimeout(180_000);
    await observeLongTasks(page);
  });

  test('5,000 documents pasted (4,998 Services): graph summarised, no long task, a click answered', async ({ playground, page }) => {
    await playground.open();
    await playground.editorReady();
    const text = manyServices(SERVICES_AT_DOCUMENT_CAP);
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await playground.focusEditor();
    await expect.poll(() => quietFor(page), { timeout: 30_000, intervals: [250] }).toBeGreaterThan(1000);
    await resetLongTasks(page);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    const whileBuilding = await clickOptions(page);
    // kube-dns and the first 11 of the learner's 4,998 Services by name are drawn; the card counts the rest.
    await settled(page, SERVICES_AT_DOCUMENT_CAP + 1 - 12);
    await expect(page.getByTestId('graph-summary').first()).toContainText('more Services not drawn');
    await expect(playground.graphNode('svc:default/mysql-headless')).toBeVisible();
    await expect(playground.graphNode('svc:default/svc-0009')).toBeVisible();
    await expect(playground.graphNode('svc:default/web-service')).toHaveCount(0);
    const after = await clickOptions(page);
    const longest = await longestTask(page);
    // The editor took the whole paste in (by pieces), not only the graph. (Copying it out is not measured.)
    note({ longest, whileBuilding, after });
    await noteTasks(page);
    expect(await playground.editorText()).toBe(text);
    expect(longest).toBeLessThanOrEqual(LONGEST_TASK_MS);
    expect(whileBuilding).toBeLessThanOrEqual(LONGEST_TASK_MS);
    expect(after).toBeLessThanOrEqual(LONGEST_TASK_MS);
  });

  test('a link holding 4,588 Services opens with no long task', async ({ playground, page }) => {
    const link = manyServicesLink(4588);
    expect(link.length).toBeLessThan(25_000);
    await page.goto(`/${link}`);
    await settled(page, 4588 + 1 - 12);
    // The client's path is drawn: the client, kube-dns and the CoreDNS Pods.
    await expect(playground.graphNode('pod:default/test')).toBeVisible();
    await expect(playground.graphNode('dns:kube-dns')).toBeVisible();
    const click = await clickOptions(page);
    // From the page's first script on: opening the link is what is measured.
    const longest = await longestTask(page);
    note({ longest, click });
    await noteTasks(page);
    expect(longest).toBeLessThanOrEqual(LONGEST_TASK_MS);
    expect(click).toBeLessThanOrEqual(LONGEST_TASK_MS);
  });

  test('a 1 MB kind: List dropped on the page is read in the worker, with no long task', async ({ playground, page }) => {
    const list = bigKubectlList();
    expect(list.length).toBeGreaterThan(990_000);
    const services = list.match(/^ {2}kind: Service$/gm)!.length;
    await playground.open();
    await playground.editorReady();
    const dt = await page.evaluateHandle((text) => {
      const d = new DataTransfer();
      d.items.add(new File([text], 'cluster.yaml', { type: 'application/yaml' }));
      return d;
    }, list);
    await expect.poll(() => quietFor(page), { timeout: 30_000, intervals: [250] }).toBeGreaterThan(1000);
    await resetLongTasks(page);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: dt });
    await page.dispatchEvent('body', 'drop', { dataTransfer: dt });
    const whileReading = await clickOptions(page);
    await expect(page.getByTestId('import-notice')).toBeVisible({ timeout: 60_000 });
    // The List's Services but default/kubernetes (the playground's own), and kube-dns; 12 drawn.
    await settled(page, services - 1 + 1 - 12);
    const longest = await longestTask(page);
    note({ longest, whileReading });
    await noteTasks(page);
    // The editor holds the whole import (by pieces): every Service but the playground's own default/kubernetes.
    expect((await playground.editorText()).match(/^kind: Service$/gm)).toHaveLength(services - 1);
    expect(longest).toBeLessThanOrEqual(LONGEST_TASK_MS);
    expect(whileReading).toBeLessThanOrEqual(LONGEST_TASK_MS);
  });
});
