// kubectl on the learner's laptop: the shell dock's laptop place lists the Pods as kubectl prints them, a delete
// changes the graph as the menu's delete does, and `kubectl run … --rm -it … -- sh` lands in the new Pod's shell.
import { expect, test } from './fixtures';
import { ShellPage } from './pages/shell-page';

test.describe('kubectl in the laptop\'s shell', () => {
  test('get pods -o wide, delete a web Pod, then run a busybox Pod and get its prompt', async ({ page, playground }) => {
    await playground.open('/?lang=en');
    const shell = new ShellPage(page);
    await shell.ready();
    await shell.expand();
    await shell.choosePlace('Your laptop (kubectl)', '$');
    await expect(shell.dock).toContainText('Shell on your laptop');

    const pods = await shell.run('kubectl get pods -o wide');
    // The header is wider than the screen: xterm wraps its end onto the next row.
    expect(pods).toMatch(/\$ kubectl get pods -o wide\nNAME +READY +STATUS +RESTARTS +AGE +IP +NODE +NOMINATED NODE +READINESS G/);
    expect(pods).toMatch(/\ntest +1\/1 +Running +0 +<unknown> +10\.244\.\d+\.\d+ +node-\d +<none> +<none>\n/);
    const web = /^(nginx-\S+) +1\/1 +Running/m.exec(pods)?.[1];
    expect(web).toBeTruthy();

    const card = page.getByTestId('graph-pod').filter({ has: page.locator(`.kg-name[title="default/${web}"]`) });
    await expect(card).toHaveAttribute('data-state', 'ready');
    expect(await shell.run(`kubectl delete pod ${web}`)).toContain(`pod "${web}" deleted from default namespace`);
    // The menu's delete: the Pod is Terminating on the graph and its ReplicaSet is making the replacement.
    await expect(card).toHaveAttribute('data-state', 'terminating');
    await expect(page.getByTestId('graph-pod').and(page.locator('[data-state="pending"]'))).toHaveCount(1);

    await shell.focus();
    await page.keyboard.type('kubectl run test2 --rm -it --image=busybox -- sh');
    await page.keyboard.press('Enter');
    shell.prompt = '/ #';
    await expect.poll(async () => (await shell.text()).split('\n').at(-1)).toBe('/ #');
    await expect(shell.dock).toContainText('Shell in Pod test2');
    expect(await shell.run('hostname')).toBe('/ # hostname\ntest2\n/ #');
    await expect(page.getByTestId('graph-pod').filter({ has: page.locator('.kg-name[title="default/test2"]') })).toBeVisible();
  });
});
