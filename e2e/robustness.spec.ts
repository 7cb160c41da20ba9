// Failures a visitor must not pay for: a worker that cannot load, a download that drops text.
import { test as base, expect } from './fixtures';
import { readDownload, SharePage } from './pages/share-page';

const test = base.extend<{ share: SharePage }>({
  share: async ({ page }, use) => {
    await use(new SharePage(page));
  },
});

test.describe('the core worker fails to load', () => {
  test('the cluster is built on the main thread at once: graph and terminals appear without an edit', async ({ playground, page }) => {
    await page.route(/core\.worker[^/]*\.js/, (route) => route.abort('failed'));
    await page.goto('/');
    await expect(playground.graphNode('svc:default/web-service')).toBeVisible();
    await expect(playground.graphNode('pod:default/mysql-0')).toBeVisible();
    await expect(playground.terminal('clusterip')).toContainText('Address: 10.96.100.50');
    await expect(page.getByText(/Worker error/)).toHaveCount(0);
    // Later commands run there too.
    await playground.send('web-service');
    await expect(page.getByTestId('outcome')).toBeVisible({ timeout: 15_000 });
  });
});

test.describe('download .yaml', () => {
  test('after opening an export with actions and editing below its block, the download is exactly the editor text', async ({ playground, share, page }) => {
    await playground.open();
    await playground.graphNode('pod:default/mysql-1').click();
    await page.getByTestId('action-delete').click();
    await expect(page.getByTestId('action-count')).toContainText('1 change');
    await share.share();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-yaml-actions').click()]);
    const withActions = await readDownload(download);
    expect(withActions).toContain('# kubectl delete pod mysql-1');

    await share.importYaml('with-actions.yaml', withActions);
    await expect(page.getByTestId('import-notice')).toContainText('with-actions.yaml');
    await share.closeMenu();
    const added = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: added-below\nspec:\n  selector:\n    app: nginx\n  ports:\n  - port: 80\n';
    const edited = `${withActions}---\n${added}`;
    await playground.setEditorText(edited);
    await expect(playground.graphNode('svc:default/added-below')).toBeVisible();

    const file = await share.exportYaml();
    expect(file.text).toBe(edited);
  });
});

test.describe('a long session', () => {
  test('the timing marks the app makes do not pile up: one of each name after many edits', async ({ playground, page }) => {
    await playground.open();
    for (const replicas of [4, 5, 6, 7]) {
      await playground.replaceInEditor(`replicas: ${replicas - 1}\n  selector:\n    matchLabels:\n      app: nginx`, `replicas: ${replicas}\n  selector:\n    matchLabels:\n      app: nginx`);
      await expect(page.locator('.react-flow__node[data-id^="pod:default/nginx-"]')).toHaveCount(replicas);
    }
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('ksp:graph-painted').length)).toBe(1);
    const counts = await page.evaluate(() => {
      const n: Record<string, number> = {};
      for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('ksp:')) n[m.name] = (n[m.name] ?? 0) + 1;
      return n;
    });
    expect(counts).toEqual({ 'ksp:rebuild-start': 1, 'ksp:cluster-set': 1, 'ksp:graph-committed': 1, 'ksp:graph-painted': 1 });
  });
});

test.describe("the editor's chunk fails to load", () => {
  test('the editor falls back to a plain textarea with a retry; the graph and edits keep working, and the retry brings Monaco', async ({ playground, page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let failing = true;
    await page.route(/\/assets\/MonacoEditor-[\w-]+\.js$/, (route) => (failing ? route.abort('failed') : route.continue()));
    await playground.open();
    await expect(page.getByTestId('editor-load-failed')).toContainText('did not load');
    await expect(playground.graphNode('svc:default/web-service')).toBeVisible();

    // The plain editor edits the manifests: a new Service reaches the graph.
    const fallback = page.getByTestId('editor-fallback');
    await fallback.press('ControlOrMeta+End');
    await fallback.pressSequentially('---\napiVersion: v1\nkind: Service\nmetadata:\n  name: typed-plain\nspec:\n  selector:\n    app: nginx\n  ports:\n  - port: 80\n');
    await expect(playground.graphNode('svc:default/typed-plain')).toBeVisible();
    await playground.send('web-service');
    await expect(page.getByTestId('outcome')).toBeVisible({ timeout: 15_000 });

    failing = false;
    await page.getByTestId('editor-load-retry').click();
    await playground.editorReady();
    await expect(page.getByTestId('editor-load-failed')).toHaveCount(0);
    // Monaco holds what was typed while it was missing.
    expect(await playground.editorText()).toContain('name: typed-plain');
    expect(errors).toEqual([]);
  });
});
