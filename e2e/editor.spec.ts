import { test, expect } from './fixtures';

test.describe('editor', () => {
  test('port: 70000 puts a marker on that line with the API server message and keeps the last graph', async ({ playground, page }) => {
    await playground.open();
    await playground.editorReady();
    await playground.goToLine(15);
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('70000');
    const message = 'spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive';
    const problem = page.getByTestId('problem').filter({ hasText: message });
    await expect(problem).toBeVisible();
    await expect(problem).toContainText('line 15, col 5');
    await expect(page.getByTestId('problem-counts')).toContainText('1 error,');
    // The marker sits on line 15 in the editor.
    await expect(page.locator('[data-testid="monaco"] .squiggly-error')).toHaveCount(1);
    // The last good graph stays, marked stale: web-service is still drawn.
    await expect(page.getByTestId('graph-panel')).toHaveAttribute('data-stale', 'true');
    await expect(playground.graphNode('svc:default/web-service')).toBeVisible();
    await expect(page.getByTestId('stale-note')).toBeVisible();
    await playground.screenshot('05-port-70000');
    // The problems list jumps to the line.
    await page.keyboard.press('ControlOrMeta+Home');
    await problem.getByRole('button').click();
    await expect(page.locator('[data-testid="monaco"] .current-line ~ *').first()).toBeAttached();
    await expect(page.locator('[data-testid="monaco"] .view-line').filter({ hasText: 'port: 70000' })).toBeVisible();
    // Fixing it clears the marker and the stale mark.
    await page.keyboard.press('End');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('80');
    await expect(page.getByTestId('problem-counts')).toContainText('0 errors');
    await expect(page.getByTestId('graph-panel')).toHaveAttribute('data-stale', 'false');
  });

  test("a learner warning reads in the UI's words in the list and on the editor's marker", async ({ playground, page }) => {
    await playground.open();
    await playground.editorReady();
    await playground.replaceInEditor('targetPort: 80', 'targetPort: http');
    const message = 'no selected Pod declares a TCP container port named "http", so port 80 has no endpoints';
    const problem = page.getByTestId('problem').filter({ hasText: message });
    await expect(problem).toBeVisible();
    await expect(problem).toContainText('line 16, col 5');
    await expect(page.getByTestId('problem-counts')).toContainText('0 errors, 1 warning');
    // The marker sits on line 16, and hovering it shows the same words.
    await playground.goToLine(16);
    const marker = page.locator('[data-testid="monaco"] .squiggly-warning');
    await expect(marker).toHaveCount(1);
    await marker.hover({ force: true });
    await expect(page.locator('.monaco-hover').filter({ hasText: message })).toBeVisible({ timeout: 15_000 });
  });

  test('completion and hover docs come from the Kubernetes schema', async ({ playground, page }) => {
    await playground.open();
    await playground.editorReady();
    await playground.goToLine(16); // "    targetPort: 80"
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await page.locator('[data-testid="monaco"] .view-line').filter({ hasText: 'targetPort: 80' }).locator('span', { hasText: 'targetPort' }).first().hover();
    await expect(page.locator('.monaco-hover').filter({ hasText: 'Number or name of the port to access on the pods' })).toBeVisible({ timeout: 15_000 });
    // Completion offers the fields of a ServicePort from the schema.
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ControlOrMeta+Space');
    await expect(page.locator('.suggest-widget')).toContainText('protocol', { timeout: 15_000 });
  });
});
