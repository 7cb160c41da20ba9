// A 1 KB "billion laughs" manifest must not freeze the page: the core refuses it, and the editor's YAML
// language worker must not expand it either (its reply once held the main thread for seconds).
import { test, expect } from './fixtures';
import { aliasBomb } from './large-scenarios';
import { countYamlWorkerRequests, longestTask, observeLongTasks, resetLongTasks, yamlWorkerRequests } from './long-tasks';

test.describe('an alias bomb in the editor', () => {
  for (const { name, text } of [
    { name: '10^6 nodes', text: aliasBomb(6, false) },
    { name: '10^7 nodes inside a kind: List', text: aliasBomb(7, true) },
  ]) {
    test(`${name}: refused with its message, and no task blocks the page for over 200 ms`, async ({ playground, page }) => {
      await observeLongTasks(page);
      await countYamlWorkerRequests(page, 'doValidation');
      await playground.open();
      await playground.editorReady();
      const original = await playground.editorText();
      // The language service answers for the seed text first: it is running.
      await expect.poll(() => yamlWorkerRequests(page), { timeout: 20_000 }).toBeGreaterThan(0);

      await resetLongTasks(page);
      const asked = await yamlWorkerRequests(page);
      await playground.setEditorText(text);
      await expect(playground.problems).toContainText('alias bomb');
      // The language worker was asked to validate the bomb…
      await expect.poll(() => yamlWorkerRequests(page), { timeout: 20_000 }).toBeGreaterThan(asked);

      // …and has answered it: it works one request at a time, so a hover on the next text comes after it.
      await playground.setEditorText(original);
      await expect(playground.graphNode('svc:default/web-service')).toBeVisible();
      await playground.goToLine(16); // "    targetPort: 80", scrolled into view
      await page.locator('[data-testid="monaco"] .view-line').filter({ hasText: 'targetPort: 80' }).locator('span', { hasText: 'targetPort' }).first().hover();
      await expect(page.locator('.monaco-hover').filter({ hasText: 'Number or name of the port to access on the pods' })).toBeVisible({ timeout: 30_000 });

      expect(await longestTask(page)).toBeLessThanOrEqual(200);
    });
  }
});
