// A learner whose browser speaks Chinese reads the playground in Chinese; what real programs print stays English.
import { test, expect } from './fixtures';
import { seriousAxeFindings } from './pages/axe';
import { SharePage } from './pages/share-page';

test.describe('Simplified Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('a zh-CN browser gets the header, send bar and ClusterIP captions in Chinese, nslookup verbatim', async ({ playground, page }) => {
    await playground.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Kubernetes Service 演练场/);
    await expect(page.getByTestId('language-zh-CN')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('send-bar')).toContainText('目标（名称、名称:端口或 IP:端口）');
    await expect(page.getByTestId('send-options')).toHaveText('选项');
    await expect(page.getByTestId('send-1')).toHaveText('发送');
    // busybox nslookup prints English whatever the page's language.
    await expect(playground.terminal('clusterip')).toContainText(/Name:\s+web-service\.default\.svc\.cluster\.local\s+Address: 10\.96\.100\.50/);
    await expect(page.getByTestId('dns-count-clusterip')).toHaveText('1 个地址：虚拟 IP');

    await playground.send('web-service');
    await expect(page.getByTestId('step-count')).toHaveText('第 5 步，共 5 步：', { timeout: 15_000 });
    await playground.showHop(0);
    await expect(playground.caption).toContainText('向集群 DNS（kube-dns，');
    await playground.showHop(1);
    await expect(playground.caption).toContainText('只返回一个地址：Service 的虚拟 IP 10.96.100.50');
    await playground.showHop(3);
    await expect(playground.caption).toContainText(/规则由 kube-proxy 写入；node-\S+ 的内核把目的地址 10\.96\.100\.50:80 改写为 10\.244\.\d+\.\d+:80/);
    // Chain names are names: they stay as iptables spells them.
    await expect(playground.caption).toContainText(/KUBE-SVC-[A-Z0-9]{16}/);
    await playground.showHop(4);
    await expect(page.getByTestId('outcome')).toContainText(/已送达 default\/nginx-/);
  });

  test('the problems list speaks Chinese; the switch flips to English and back without losing the edit', async ({ playground, page }) => {
    await playground.open();
    await playground.editorReady();
    await playground.replaceInEditor('targetPort: 80', 'targetPort: http');
    const zhProblem = page.getByTestId('problem').filter({ hasText: '被选中的 Pod 都没有声明名为“http”的 TCP 容器端口，所以端口 80 没有端点' });
    await expect(zhProblem).toContainText('第 16 行，第 5 列');
    await expect(page.getByTestId('problem-counts')).toContainText('0 个错误，2 个警告');

    await page.getByTestId('language-en').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('problem').filter({ hasText: 'no selected Pod declares a TCP container port named "http"' })).toContainText('line 16, col 5');
    await expect(page.getByTestId('problem-counts')).toContainText('0 errors, 2 warnings');
    expect(await playground.editorText()).toContain('targetPort: http');

    await page.getByTestId('language-zh-CN').click();
    await expect(zhProblem).toBeVisible();
    expect(await playground.editorText()).toContain('targetPort: http');
  });

  test('the choice is remembered, and ?lang wins over it', async ({ playground, page }) => {
    await playground.open();
    await page.getByTestId('language-en').click();
    await expect(page.getByTestId('send-1')).toHaveText('Send');
    await playground.open('/');
    await expect(page.getByTestId('language-en')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('send-1')).toHaveText('Send');
    await playground.open('/?lang=zh-CN');
    await expect(page.getByTestId('send-1')).toHaveText('发送');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('the headless path, a Pod deleted from the graph menu, the share menu and the embed all read in Chinese', async ({ playground, page }) => {
    const share = new SharePage(page);
    await playground.open();
    await playground.send('mysql-headless:3306');
    await expect(page.getByTestId('outcome')).toContainText(/已送达 default\/mysql-\d/, { timeout: 15_000 });
    await playground.showHop(1);
    await expect(playground.caption).toContainText(/无头服务：CoreDNS 为 mysql-headless\S* 返回 3 条 A 记录，对应每个就绪 Pod/);
    await playground.showHop(2);
    await expect(playground.caption).toContainText('没有虚拟 IP，也没有 kube-proxy 规则：由客户端自己挑选地址');

    await playground.graphNode('pod:default/mysql-1').click({ button: 'right' });
    await page.getByTestId('graph-menu').getByRole('menuitem', { name: '删除 Pod' }).click();
    await expect(page.getByTestId('action-count')).toHaveText('运行中的集群有 1 处改动（不在 YAML 里）。');
    await expect(page.getByTestId('lifecycle')).toContainText('Terminating');

    await share.share();
    await expect(page.getByTestId('share-panel')).toContainText('分享这个场景');
    await expect(page.getByTestId('share-markdown')).toHaveValue(/^\[在 Kubernetes Service 演练场中打开这个场景\]\(http.*#v1\.[A-Za-z0-9_-]+\)$/);
    const embedUrl = await share.embedUrl();
    await page.goto(embedUrl);
    await expect(page.getByTestId('embed-app')).toBeVisible();
    await expect(page.getByTestId('open-in-playground')).toHaveText(/在演练场中打开/);
    await expect(page.getByTestId('send-1')).toHaveText('发送');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('axe finds nothing serious in Chinese', async ({ playground, page }) => {
    await playground.open();
    await playground.editorReady();
    await playground.send('web-service');
    await expect(page.getByTestId('outcome')).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    expect(await seriousAxeFindings(page)).toEqual([]);
  });
});

test.describe('English', () => {
  test.use({ locale: 'en-US' });

  test('an English browser gets English, and ?lang=zh-CN switches it', async ({ playground, page }) => {
    await playground.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('send-1')).toHaveText('Send');
    await playground.open('/?lang=zh-CN');
    await expect(page.getByTestId('send-1')).toHaveText('发送');
  });
});

test.describe('a shared link suggests its language', () => {
  test.use({ locale: 'zh-CN' });

  test('a link made in Chinese opens in Chinese for an English browser, unless the reader chose English', async ({ playground, page, browser, baseURL }) => {
    await playground.open();
    await page.getByTestId('share-button').click();
    const link = await page.getByTestId('share-link').inputValue();
    const path = link.slice(link.indexOf('/#'));

    const reader = await browser.newContext({ locale: 'en-US', baseURL });
    const tab = await reader.newPage();
    await tab.goto(path);
    await expect(tab.getByTestId('send-1')).toHaveText('发送');
    await expect(tab.locator('html')).toHaveAttribute('lang', 'zh-CN');
    // ?lang wins over the suggestion.
    await tab.goto(`/?lang=en${path.slice(1)}`);
    await expect(tab.getByTestId('send-1')).toHaveText('Send');
    // So does the reader's own choice, remembered from the switch.
    await tab.goto('/');
    await tab.getByTestId('language-en').click();
    await tab.goto(path);
    await tab.reload();
    await expect(tab.getByTestId('cluster-graph')).toBeVisible();
    await expect(tab.getByTestId('send-1')).toHaveText('Send');
    await reader.close();
  });
});
