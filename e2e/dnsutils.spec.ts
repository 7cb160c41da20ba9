// The image decides the programs: the Kubernetes docs' dnsutils Pod, started with one click from the shell dock,
// has bind's dig; an nginx Pod has curl and answers with nginx's own headers. A learner types and reads the screen.
import { expect, test } from './fixtures';
import { ShellPage } from './pages/shell-page';

test.describe('programs by image', () => {
  test('one click starts the dnsutils Pod; its dig +short answers the ClusterIP', async ({ page, playground }) => {
    await playground.open('/?lang=en');
    const shell = new ShellPage(page);
    await shell.ready();
    await page.getByTestId('shell-dnsutils').click();
    await expect(shell.dock).toContainText('Shell in Pod dnsutils');
    // jessie-dnsutils is Debian: its sh is dash, whose prompt for root is `# `.
    shell.prompt = '#';
    await expect(page.getByTestId('client-select')).toHaveValue('default/dnsutils');
    await expect.poll(() => shell.text()).toContain('Try dig +short web-service.default.svc.cluster.local');
    const out = await shell.run('dig +short web-service.default.svc.cluster.local');
    expect(out).toBe('# dig +short web-service.default.svc.cluster.local\n10.96.100.50\n#');
    // Debian's dash, not busybox: no wget here, and dash numbers its message with the line it read.
    expect(await shell.run('wget -O- http://web-service/')).toBe('# wget -O- http://web-service/\nsh: 2: wget: not found\n#');
    // The button is gone once the shell is in the dnsutils Pod.
    await expect(page.getByTestId('shell-dnsutils')).toHaveCount(0);
  });

  test('in an nginx Pod, curl -sI http://web-service prints nginx\'s status line and headers', async ({ page, playground }) => {
    await playground.open('/?lang=en');
    const shell = new ShellPage(page);
    await shell.ready();
    const select = page.getByTestId('client-select');
    const nginx = await select.locator('option', { hasText: 'nginx' }).first().getAttribute('value');
    expect(nginx).toMatch(/^default\/nginx-/);
    await select.selectOption(nginx!);
    await expect(shell.dock).toContainText(`Shell in Pod ${nginx!.slice('default/'.length)}`);
    shell.prompt = '#';
    await expect.poll(() => shell.text()).toContain('Try curl -sI http://web-service');
    await shell.expand();
    const out = (await shell.run('curl -sI http://web-service')).split('\n');
    expect(out.slice(0, 3)).toEqual(['# curl -sI http://web-service', 'HTTP/1.1 200 OK', 'Server: nginx/1.31.5']);
    expect(out).toContain('Content-Type: text/html');
    expect(out).toContain('Connection: keep-alive');
  });

  test('a Chinese page words the button and the hint in Chinese; the program output stays English', async ({ page, playground }) => {
    await playground.open('/?lang=zh-CN');
    const shell = new ShellPage(page);
    await shell.ready();
    await page.getByTestId('shell-dnsutils').click();
    shell.prompt = '#';
    await expect.poll(() => shell.text()).toContain('试试 dig +short web-service.default.svc.cluster.local');
    expect(await shell.run('host web-service')).toContain('web-service.default.svc.cluster.local has address 10.96.100.50');
  });
});
