// The shell in the article's client Pod: a learner types the article's Q3 commands and reads what busybox prints.
import { decodeShareFragment } from '../src/state/codecs';
import { expect, test } from './fixtures';
import { SharePage } from './pages/share-page';
import { ShellPage } from './pages/shell-page';

test.describe('the shell in the client Pod', () => {
  test('opens with a prompt and a hint; the article\'s Q3 commands print what busybox prints', async ({ page, playground }) => {
    await playground.open('/?lang=en');
    const shell = new ShellPage(page);
    await expect(shell.dock).toContainText('Shell in Pod test');
    await shell.ready();
    expect(await shell.text()).toContain('Try nslookup web-service');

    await shell.expand();
    expect(await shell.run('nslookup web-service')).toMatch(/Name:\s+web-service\.default\.svc\.cluster\.local\nAddress: 10\.96\.100\.50/);

    const headless = await shell.run('nslookup mysql-headless');
    expect(headless.split('\n').filter((l) => /^Address: 10\.244\./.test(l))).toHaveLength(3);

    const mysql = await shell.run('wget -O- http://mysql-0.mysql-headless:3306');
    expect(mysql).toBe('/ # wget -O- http://mysql-0.mysql-headless:3306\nConnecting to mysql-0.mysql-headless:3306 (10.244.1.5:3306)\nwget: bad header line: 8.0.46\n# wget: MySQL does not speak HTTP, hence the error. It is the proof: the name resolved and the port answered.\n/ #');
    // The request is animated on the graph like a sent one: its hops are listed.
    await expect(playground.hopChips().first()).toBeVisible();
    expect(await playground.hopKinds()).toContain('deliver');
  });

  test("the article's Q3 loop, typed line by line at ash's `> ` prompt, reaches the three MySQL Pods", async ({ page, playground }) => {
    await playground.open('/?lang=en');
    const shell = new ShellPage(page);
    await shell.ready();
    await shell.expand();
    await shell.focus();
    await page.keyboard.press('Control+l');
    await expect.poll(() => shell.text()).toBe('/ #');
    for (const line of ['for i in 0 1 2; do', '  echo "Testing mysql-$i"', '  wget -O- http://mysql-$i.mysql-headless:3306']) {
      await page.keyboard.type(line);
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await shell.text()).split('\n').at(-1)).toBe('>');
    }
    await page.keyboard.type('done');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await shell.text()).split('\n').at(-1)).toBe('/ #');
    const screen = await shell.text();
    expect(screen.startsWith('/ # for i in 0 1 2; do\n>   echo "Testing mysql-$i"\n>   wget -O- http://mysql-$i.mysql-headless:3306\n> done\nTesting mysql-0\n')).toBe(true);
    expect(screen.split('\n').filter((l) => l === 'wget: bad header line: 8.0.46')).toHaveLength(3);
    expect(screen).toContain('Connecting to mysql-2.mysql-headless:3306 (10.244.3.12:3306)');

    // Ctrl+C at `> ` drops the unfinished loop: the next line runs on its own.
    await page.keyboard.type('for i in a; do');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await shell.text()).split('\n').at(-1)).toBe('>');
    await page.keyboard.press('Control+C');
    await expect.poll(async () => (await shell.text()).split('\n').slice(-2)).toEqual(['> ^C', '/ #']);
    expect(await shell.run('echo after')).toBe('/ # echo after\nafter\n/ #');

    // A link keeps the loop's lines one by one and leaves out the dropped one; opening it replays the same screen.
    const link = await new SharePage(page).share();
    const opened = decodeShareFragment(new URL(link).hash);
    expect(opened.ok && opened.value.shell).toEqual(['for i in 0 1 2; do', '  echo "Testing mysql-$i"', '  wget -O- http://mysql-$i.mysql-headless:3306', 'done', 'echo after']);
    await page.goto('about:blank');
    await page.goto(link);
    await shell.ready();
    await shell.expand();
    await expect.poll(async () => (await shell.text()).split('\n').filter((l) => l === 'wget: bad header line: 8.0.46')).toHaveLength(3);
    expect(await shell.text()).toContain('>   wget -O- http://mysql-$i.mysql-headless:3306\n> done\nTesting mysql-0\n');
  });

  test('↑ brings back a line, Tab completes a DNS name, Ctrl+C abandons a line, clear empties the screen', async ({ page, playground }) => {
    await playground.open('/?lang=en');
    const shell = new ShellPage(page);
    await shell.ready();
    await shell.run('echo one');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => shell.text()).toBe('/ # echo one\none\n/ # echo one\none\n/ #');

    await page.keyboard.type('nslookup mysql-0.');
    await page.keyboard.press('Tab');
    await expect.poll(() => shell.text()).toMatch(/^\/ # nslookup mysql-0\.mysql-headless$/m);
    await page.keyboard.press('Control+C');
    await expect.poll(() => shell.text()).toMatch(/^\/ # nslookup mysql-0\.mysql-headless\^C\n\/ #$/m);

    await page.getByTestId('shell-clear').click();
    await expect.poll(() => shell.text()).toBe('/ #');
  });

  test('a Chinese page words the panel in Chinese and keeps the program output in English', async ({ page, playground }) => {
    await playground.open('/?lang=zh-CN');
    const shell = new ShellPage(page);
    await expect(shell.dock).toContainText('Pod test 中的 Shell');
    await shell.ready();
    expect(await shell.text()).toContain('试试 nslookup web-service');
    const text = await shell.run('wget -O- http://mysql-0.mysql-headless:3306');
    expect(text).toContain('wget: bad header line: 8.0.46');
    expect(text).toContain('名称已解析');
  });

  test('the lines typed travel in a share link and replay exactly', async ({ page, playground }) => {
    await playground.open('/?lang=en');
    const shell = new ShellPage(page);
    await shell.ready();
    await shell.expand();
    const addresses = (text: string) => text.split('\n').filter((l) => l.startsWith('Address: 10.244.'));
    const first = addresses(await shell.run('sleep 2; nslookup mysql-headless'));
    expect(first).toHaveLength(3);
    await shell.run('echo $?');
    const link = await new SharePage(page).share();
    const opened = decodeShareFragment(new URL(link).hash);
    expect(opened.ok && opened.value.shell).toEqual(['sleep 2; nslookup mysql-headless', 'echo $?']);
    await page.goto('about:blank');
    await page.goto(link);
    await shell.ready();
    await shell.expand();
    // The same lines from a new shell: CoreDNS's shuffle comes out in the same order, and $? is nslookup's.
    const replayed = await shell.text();
    expect(replayed).toContain('/ # sleep 2; nslookup mysql-headless\n');
    expect(addresses(replayed)).toEqual(first);
    expect(replayed).toMatch(/\/ # echo \$\?\n1\n\/ #$/);
  });
});
