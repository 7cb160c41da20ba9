// Sharing, embedding and keeping work, in Chromium against the production build.
import { test as base, expect } from './fixtures';
import { seriousAxeFindings } from './pages/axe';
import { PlaygroundPage } from './pages/playground-page';
import { readFile } from 'node:fs/promises';
import { graphText, readDownload, SharePage } from './pages/share-page';
import type { Page } from '@playwright/test';

/** nginx's replicas in the default scenario's text. */
const nginxReplicas = (n: number) => (text: string) => text.replace(/(name: nginx\nspec:\n {2}replicas: )\d+/, `$1${n}`);
/** The autosave has put the edit in the saved draft. */
const draftHasNginxReplicas = async (share: SharePage, n: number) =>
  expect.poll(() => share.draftText()).toMatch(new RegExp(`name: nginx\\nspec:\\n {2}replicas: ${n}\\n`));
const nginxPods = (page: Page) => page.locator('.react-flow__node[data-id^="pod:default/nginx-"]');

const test = base.extend<{ share: SharePage }>({
  share: async ({ page }, use) => {
    await use(new SharePage(page));
  },
});

/** Everything a learner reads about the request on screen. */
async function traceText(page: Page) {
  await expect(page.getByTestId('hop-chip').first()).toBeVisible();
  return {
    hops: await page.getByTestId('hop-chip').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-kind')} ${e.getAttribute('aria-current') ?? ''} ${(e as HTMLElement).innerText.trim()}`)),
    caption: (await page.getByTestId('caption').innerText()).trim(),
  };
}

async function terminalsText(page: Page) {
  return [await page.getByTestId('terminal-clusterip').innerText(), await page.getByTestId('terminal-headless').innerText()];
}

test.describe('share a link', () => {
  test('a link opened in a fresh browser shows the same graph, terminals and trace', async ({ playground, share, page, browser }) => {
    await playground.open();
    // Warm the app client's DNS cache, replace mysql-0, ask again: the trace depends on the earlier request.
    await page.getByTestId('client-kind-app').check();
    await page.getByTestId('send-options').click();
    await page.getByTestId('opt-keepalive').uncheck();
    await playground.send('mysql-0.mysql-headless:3306');
    await expect(page.getByTestId('outcome')).toBeVisible();
    await playground.pod('mysql-0').click({ button: 'right' });
    await page.getByTestId('graph-menu').getByRole('menuitem', { name: /delete/i }).click();
    await page.getByTestId('lifecycle-finish').click();
    await playground.send('mysql-0.mysql-headless:3306');
    await playground.showHop(1);
    await page.getByTestId('dns-tool-dig').check();
    const want = { graph: await graphText(page), trace: await traceText(page), terminals: await terminalsText(page) };

    const link = await share.share();
    await expect(page.getByTestId('share-copied')).toHaveText('Copied');
    expect(link).toMatch(/#v1\.[A-Za-z0-9_-]+$/);
    expect(new URL(page.url()).hash).toBe(new URL(link).hash);

    const fresh = await browser.newContext();
    const reader = await fresh.newPage();
    await reader.goto(link);
    await expect(reader.getByTestId('cluster-graph')).toBeVisible();
    await expect.poll(() => graphText(reader)).toEqual(want.graph);
    await expect.poll(() => traceText(reader)).toEqual(want.trace);
    await expect.poll(() => terminalsText(reader)).toEqual(want.terminals);
    await expect(reader.getByTestId('link-error')).toHaveCount(0);
    await fresh.close();
  });

  test('the example link in the README opens', async ({ page }) => {
    const doc = await readFile('README.md', 'utf8');
    const example = /<http:\/\/localhost:5173\/(#v1\.[A-Za-z0-9_-]+)>/.exec(doc)?.[1];
    expect(example).toBeTruthy();
    await page.goto(`/${example}`);
    await expect(page.getByTestId('cluster-graph')).toBeVisible();
    await expect(page.getByTestId('link-error')).toHaveCount(0);
    await expect(page.getByTestId('target-input')).toHaveValue('mysql-headless:3306');
    await expect(page.getByTestId('action-count')).toContainText('1');
    await expect(page.getByTestId('hop-chip').first()).toBeVisible();
  });

  test('the default scenario fits in a link under 2,000 characters', async ({ playground, share }) => {
    await playground.open();
    const link = await share.share();
    expect(link.length).toBeLessThanOrEqual(2000);
  });

  test('back and forward step through shared states without losing the text being edited', async ({ playground, share, page }) => {
    await playground.open();
    await playground.send('web-service');
    const first = await share.share();
    await share.closeMenu();
    await playground.send('mysql-headless');
    const second = await share.share();
    await share.closeMenu();
    expect(second).not.toBe(first);
    await page.goBack();
    await expect.poll(() => page.getByTestId('target-input').inputValue()).toBe('web-service');
    await page.goForward();
    await expect.poll(() => page.getByTestId('target-input').inputValue()).toBe('mysql-headless');
    await expect(share.keptDraft()).toHaveCount(0);

    // Text edited after the last Share, then Back: the edit is kept, one click away.
    await share.editText(playground, nginxReplicas(4));
    await expect(nginxPods(page)).toHaveCount(4);
    await page.goBack();
    await expect(nginxPods(page)).toHaveCount(3);
    await expect(share.keptDraft()).toBeVisible();
    await page.getByTestId('restore-draft').click();
    await expect(nginxPods(page)).toHaveCount(4);
  });
});

test.describe('embed', () => {
  test('renders the compact view, and "Open in playground" carries the state', async ({ playground, share, page }) => {
    await playground.open();
    await playground.send('mysql-headless');
    await playground.showHop(1);
    const want = await traceText(page);
    await share.share();
    const embedUrl = await share.embedUrl();
    expect(new URL(embedUrl).searchParams.has('embed')).toBe(true);
    expect(await page.getByTestId('share-markdown').inputValue()).toMatch(/^\[Open this scenario in the Kubernetes Service Playground\]\(http.*#v1\.[A-Za-z0-9_-]+\)$/);

    await page.setViewportSize({ width: 720, height: 700 });
    await page.goto(embedUrl);
    await expect(page.getByTestId('embed-app')).toBeVisible();
    await expect(page.getByTestId('cluster-graph')).toBeVisible();
    await expect(page.getByTestId('send-1')).toBeVisible();
    await expect(page.getByTestId('terminal-clusterip')).toBeVisible();
    await expect(page.getByTestId('terminal-headless')).toBeVisible();
    await expect(page.getByTestId('editor-pane')).toHaveCount(0);
    await expect.poll(() => traceText(page)).toEqual(want);
    // Nothing scrolls sideways in a 720-px column.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(720);
    await page.screenshot({ path: 'e2e/artifacts/share-embed.png' });

    const open = page.getByTestId('open-in-playground');
    const href = await open.getAttribute('href');
    expect(href).toMatch(/#v1\./);
    expect(new URL(href!).searchParams.has('embed')).toBe(false);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(href!);
    await expect(page.getByTestId('embed-app')).toHaveCount(0);
    await expect(page.getByTestId('editor-pane')).toBeVisible();
    await expect.poll(() => traceText(page)).toEqual(want);
  });
});

test.describe('accessibility and small screens', () => {

  test('axe: no serious violation in the Share menu, the notices and the embed', async ({ playground, share, page }) => {
    await playground.open();
    await share.share();
    expect(await seriousAxeFindings(page, '[data-testid="header-actions"]')).toEqual([]);
    await page.goto('/#v9.AAAA');
    await expect(share.linkError()).toBeVisible();
    expect(await seriousAxeFindings(page, '[data-testid="share-notices"]')).toEqual([]);
    await page.goto('/?embed');
    await expect(page.getByTestId('embed-app')).toBeVisible();
    await expect(page.getByTestId('cluster-graph')).toBeVisible();
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  test('the Share menu fits a 390-px phone and works from the keyboard', async ({ playground, share, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await playground.open('/');
    await share.button.focus();
    await page.keyboard.press('Enter');
    await expect(share.panel).toBeVisible();
    const box = await share.panel.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: 'e2e/artifacts/share-menu-phone.png' });
    await page.keyboard.press('Escape');
    await expect(share.panel).toBeHidden();
  });
});

test.describe('embed in a page', () => {
  test('the iframe snippet renders in a 720-px blog column', async ({ playground, share, page }) => {
    await playground.open();
    await share.share();
    const snippet = await page.getByTestId('share-iframe').inputValue();
    expect(snippet).toMatch(/^<iframe src="http[^"]*\?embed#v1\.[A-Za-z0-9_-]+" title="[^"]+" width="720" height="900" style="border:0;max-width:100%" loading="lazy"><\/iframe>$/);
    await page.setContent(`<!doctype html><body style="margin:0"><article style="width:720px;margin:0 auto"><p>A blog post.</p>${snippet}</article></body>`);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByTestId('embed-app')).toBeVisible();
    await expect(frame.getByTestId('cluster-graph')).toBeVisible();
    await expect(frame.getByTestId('terminal-headless')).toContainText('mysql-headless');
    await frame.getByTestId('send-1').click();
    await expect(frame.getByTestId('hop-chip').first()).toBeVisible();
    const overflow = await page.frames()[1]!.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'e2e/artifacts/share-embed-in-blog.png', fullPage: true });
  });
});

test.describe('keeping work', () => {
  test('reload restores the draft', async ({ playground, share, page }) => {
    await playground.open();
    await share.editText(playground, nginxReplicas(4));
    await expect(nginxPods(page)).toHaveCount(4);
    await draftHasNginxReplicas(share, 4);
    await page.reload();
    await expect(nginxPods(page)).toHaveCount(4);
    // A new visit without a link restores it too.
    await page.goto('about:blank');
    await page.goto('/');
    await expect(nginxPods(page)).toHaveCount(4);
    expect(nginxReplicas(4)((await share.exportYaml()).text)).toBe((await share.exportYaml()).text);
  });

  test('reset to the scenario: the scenario\'s text, and the draft kept', async ({ playground, share, page }) => {
    await playground.open();
    await share.editText(playground, nginxReplicas(2));
    await expect(nginxPods(page)).toHaveCount(2);
    await draftHasNginxReplicas(share, 2);
    await page.reload();
    await expect(page.getByTestId('draft-restored')).toBeVisible();
    await page.getByTestId('reset-scenario-notice').click();
    await expect(nginxPods(page)).toHaveCount(3);
    await expect(share.keptDraft()).toBeVisible();
    await page.getByTestId('restore-draft').click();
    await expect(nginxPods(page)).toHaveCount(2);
  });

  test('opening a link keeps the learner\'s own draft, restorable', async ({ playground, share, page, browser }) => {
    // A teacher's link, made elsewhere.
    const teacher = await browser.newContext();
    const tp = await teacher.newPage();
    await tp.goto('/');
    await new SharePage(tp).editText({ setEditorText: (t) => new PlaygroundPage(tp).setEditorText(t) }, nginxReplicas(1));
    await expect(nginxPods(tp)).toHaveCount(1);
    const link = await new SharePage(tp).share();
    await teacher.close();

    // The learner's own work.
    await playground.open();
    await share.editText(playground, nginxReplicas(5));
    await expect(nginxPods(page)).toHaveCount(5);
    await draftHasNginxReplicas(share, 5);

    await page.goto(link);
    await expect(nginxPods(page)).toHaveCount(1);
    await expect(share.keptDraft()).toBeVisible();
    await page.getByTestId('restore-draft').click();
    await expect(nginxPods(page)).toHaveCount(5);
    await expect(share.keptDraft()).toHaveCount(0);
  });

  test('storage disabled (private mode) shows a notice, and the playground works', async ({ playground, share, page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    });
    await playground.open();
    await expect(share.storageNotice()).toBeVisible();
    await expect(share.storageNotice()).toHaveAttribute('data-code', 'unavailable');
    await expect(share.storageNotice()).toContainText('private mode');
    await playground.send('web-service');
    await expect(page.getByTestId('outcome')).toBeVisible();
  });

  test('storage full shows a notice', async ({ playground, share, page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () { throw new DOMException('Quota exceeded', 'QuotaExceededError'); };
    });
    await playground.open();
    await playground.send('web-service');
    await expect(share.storageNotice()).toHaveAttribute('data-code', 'quota-exceeded');
  });
});

test.describe('files', () => {
  test('exported YAML re-imports to the same cluster', async ({ playground, share, page, browser }) => {
    await playground.open();
    await share.editText(playground, nginxReplicas(2));
    await expect(nginxPods(page)).toHaveCount(2);
    const want = await graphText(page);
    const file = await share.exportYaml();
    expect(file.name).toMatch(/\.yaml$/);
    expect(nginxReplicas(2)(file.text)).toBe(file.text);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    const otherShare = new SharePage(other);
    await other.goto('/');
    await expect(other.getByTestId('cluster-graph')).toBeVisible();
    await otherShare.importYaml(file.name, file.text);
    await expect(other.getByTestId('import-notice')).toContainText(file.name);
    await expect.poll(() => graphText(other)).toEqual(want);
    expect((await otherShare.exportYaml()).text).toBe(file.text);
    await fresh.close();
  });

  test('a .yaml file dropped on the page opens', async ({ playground, page }) => {
    await playground.open();
    const yaml = (await readFile('src/scenarios/default.yaml', 'utf8')).replace(/(name: nginx\nspec:\n {2}replicas: )\d+/, '$16');
    const dt = await page.evaluateHandle((text) => {
      const d = new DataTransfer();
      d.items.add(new File([text], 'six.yaml', { type: 'application/yaml' }));
      return d;
    }, yaml);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: dt });
    await expect(page.getByTestId('drop-overlay')).toBeVisible();
    await page.dispatchEvent('body', 'drop', { dataTransfer: dt });
    await expect(page.getByTestId('drop-overlay')).toHaveCount(0);
    await expect(page.getByTestId('import-notice')).toContainText('six.yaml');
    await expect(nginxPods(page)).toHaveCount(6);
  });

  test('the output of kubectl get svc,deploy,sts -o yaml loads', async ({ playground, share, page }) => {
    const list = await readFile('src/state/testdata/kubectl-get-svc-deploy-sts.yaml', 'utf8');
    await playground.open();
    await share.importYaml('kubectl-get.yaml', list);
    await expect(page.getByTestId('import-notice')).toContainText('1 objects');
    await expect(page.getByTestId('problem-counts')).toContainText('0 errors');
    await expect(playground.graphNode('svc:default/web-service')).toBeVisible();
    await expect(playground.graphNode('svc:default/mysql-headless')).toBeVisible();
  });
});

test.describe('undo and redo', () => {
  test('take back a cluster action and a text edit, in order', async ({ playground, share, page }) => {
    await playground.open();
    await share.editText(playground, nginxReplicas(2));
    await expect(nginxPods(page)).toHaveCount(2);
    // A pause in typing makes the edit one step to undo.
    await expect(page.getByTestId('undo')).toBeEnabled();
    await playground.pod('mysql-1').click({ button: 'right' });
    await page.getByTestId('graph-menu').getByRole('menuitem', { name: /delete/i }).click();
    await expect(page.getByTestId('action-count')).toContainText('1');
    await page.getByTestId('undo').click();
    await expect(page.getByTestId('action-count')).toContainText('0');
    await expect(nginxPods(page)).toHaveCount(2);
    await page.getByTestId('undo').click();
    await expect(nginxPods(page)).toHaveCount(3);
    await page.getByTestId('redo').click();
    await expect(nginxPods(page)).toHaveCount(2);
    // Ctrl+Shift+Z outside the editor.
    await page.getByTestId('graph-panel').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ControlOrMeta+Shift+Z');
    await expect(page.getByTestId('action-count')).toContainText('1');
  });
});

test.describe('graph images', () => {
  test('SVG and PNG downloads of the graph', async ({ playground, share, page }) => {
    await playground.open();
    await share.share();
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    expect(svg.suggestedFilename()).toBe('cluster-graph.svg');
    const svgText = await readDownload(svg);
    expect(svgText).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svgText).toContain('web-service');
    // Styled by one sheet, not by attributes a strict Content-Security-Policy refuses.
    expect(svgText).not.toMatch(/\sstyle="/);
    expect(svgText).toMatch(/<style><!\[CDATA\[\.frame\{/);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    expect(png.suggestedFilename()).toBe('cluster-graph.png');
    const bytes = await readFile(await png.path());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(5000);
    await expect(page.getByTestId('image-error')).toHaveCount(0);
  });
});

test.describe('hostile links', () => {
  const cases = [
    { name: 'truncated', fragment: 'v1.nVTNbptAEH6VET40kQw2dhK5VD21l0hVZClVL6VSFhjbK8MuZZckqKrUh', text: 'incomplete' },
    { name: 'a version from the future', fragment: 'v9.AAAA', text: 'newer version' },
    { name: 'not base64', fragment: 'v1.<script>alert(1)</script>', text: 'characters' },
    { name: 'random bytes', fragment: 'v1.3q2-7wAAAP__AAEC', text: 'not a playground link' },
    { name: 'not a playground link', fragment: '<img src=x onerror=alert(1)>', text: 'not a playground link' },
  ];
  for (const c of cases) {
    test(`${c.name}: a message in the page, the playground still works, no script runs`, async ({ playground, share, page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
      await page.goto(`/#${c.fragment}`);
      await expect(share.linkError()).toBeVisible();
      await expect(share.linkError()).toContainText(c.text);
      await expect(page.getByTestId('cluster-graph')).toBeVisible();
      await playground.send('web-service');
      await expect(page.getByTestId('outcome')).toBeVisible();
      expect(dialogs).toEqual([]);
    });
  }

  test('a decompression bomb (50 MB inflated) is refused quickly', async ({ share, page }) => {
    const fragment = await page.evaluate(async () => {
      // Build the bomb in the page: deflate-raw of 50 MB of spaces inside a JSON string.
      const cs = new CompressionStream('deflate-raw');
      const w = cs.writable.getWriter();
      void w.write(new TextEncoder().encode('{"s":1,"y":"'));
      const chunk = new Uint8Array(1024 * 1024).fill(0x20);
      for (let i = 0; i < 50; i++) void w.write(chunk);
      void w.write(new TextEncoder().encode('"}'));
      void w.close();
      const bytes = new Uint8Array(await new Response(cs.readable).arrayBuffer());
      let bin = '';
      for (const b of bytes) bin += String.fromCharCode(b);
      return `v1.${btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    });
    const t0 = Date.now();
    await page.goto(`/#${fragment}`);
    await expect(share.linkError()).toContainText('unpacks to more than any playground link holds');
    expect(Date.now() - t0).toBeLessThan(10_000);
    await expect(page.getByTestId('cluster-graph')).toBeVisible();
  });

  test('markup in the YAML of a valid link stays text: the API server message shows it, nothing runs', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto('/');
    await expect(page.getByTestId('cluster-graph')).toBeVisible();
    const fragment = await page.evaluate(async () => {
      const yaml = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: "<img src=x onerror=alert(1)>"\n  labels:\n    app: "<script>alert(2)</script>"\nspec:\n  ports:\n  - port: 80\n';
      const json = JSON.stringify({ s: 1, y: yaml });
      const cs = new CompressionStream('deflate-raw');
      const w = cs.writable.getWriter();
      void w.write(new TextEncoder().encode(json));
      void w.close();
      const bytes = new Uint8Array(await new Response(cs.readable).arrayBuffer());
      let bin = '';
      for (const b of bytes) bin += String.fromCharCode(b);
      return `v1.${btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    });
    await page.goto('about:blank');
    await page.goto(`/#${fragment}`);
    await expect(page.getByTestId('problems')).toContainText('<img src=x onerror=alert(1)>');
    await expect(page.getByTestId('link-error')).toHaveCount(0);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });
});
