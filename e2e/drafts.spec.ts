// Drafts are never lost: two tabs of one browser (one context), the set-aside list after a reload.
import { test, expect } from './fixtures';
import { PlaygroundPage } from './pages/playground-page';

test.describe('drafts across tabs', () => {
  test("a tab is told when another saved its draft, neither tab's work is lost, and the set-aside list outlives a reload", async ({ context, page, playground }) => {
    await playground.open();
    await playground.editorReady();
    const pageB = await context.newPage();
    const b = new PlaygroundPage(pageB);
    await b.open();
    await b.editorReady();

    await playground.replaceInEditor('replicas: 3', 'replicas: 4');
    await expect(pageB.getByTestId('other-tab')).toBeVisible();
    await b.replaceInEditor('replicas: 3', 'replicas: 5');
    await expect(page.getByTestId('other-tab')).toBeVisible();
    // Tab B saved over tab A's own work: A's is set aside, not gone.
    await expect(pageB.getByTestId('set-aside-draft')).toHaveCount(1);
    await expect(page.getByTestId('set-aside-draft')).toHaveCount(1);

    await page.reload();
    await expect(page.getByTestId('cluster-graph')).toBeVisible();
    await page.getByTestId('set-aside').locator('summary').click();
    await expect(page.getByTestId('set-aside-draft')).toHaveCount(1);
    await expect(page.getByTestId('set-aside-draft')).toContainText("# The seed's own pair");
    await page.getByTestId('set-aside-draft').getByRole('button').click();
    await playground.editorReady();
    expect(await playground.editorText()).toContain('replicas: 4');
    // What was on screen (tab B's work, restored on reload) is set aside in its place.
    await expect(page.getByTestId('set-aside-draft')).toHaveCount(1);
    await pageB.close();
  });
});
