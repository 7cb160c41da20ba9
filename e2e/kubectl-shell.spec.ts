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
    expect(pods).toMatch(/\ntest +1\/1 +Running +0 +0s +10\.244\.\d+\.\d+ +node-\d +<none> +<none>\n/);
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

  test('get -o yaml prints the Service as the API server returns it; -o json the same, with a List for a type', async ({ page, playground }) => {
    await playground.open('/?lang=en');
    const shell = new ShellPage(page);
    await shell.ready();
    await shell.expand();
    await shell.choosePlace('Your laptop (kubectl)', '$');
    // A learner reads the top with head and picks lines with grep, as on a real laptop.
    const top = await shell.run('kubectl get svc web-service -o yaml | head -n 4');
    expect(top).toContain('$ kubectl get svc web-service -o yaml | head -n 4\napiVersion: v1\nkind: Service\nmetadata:\n  creationTimestamp: "2026-01-01T00:00:00Z"\n# kubectl get -o yaml: the uids');
    const yaml = await shell.run('kubectl get svc web-service -o yaml');
    expect(yaml).toContain('\nspec:\n  clusterIP: 10.96.100.50\n  clusterIPs:\n  - 10.96.100.50\n  internalTrafficPolicy: Cluster\n  ipFamilies:\n  - IPv4\n  ipFamilyPolicy: SingleStack\n');
    expect(yaml).toContain('\n  sessionAffinity: None\n  type: ClusterIP\nstatus:\n  loadBalancer: {}\n');
    expect(yaml).toContain('uids, resourceVersions and times are made up');
    expect(yaml).not.toContain('managedFields');
    expect(await shell.run('kubectl get pods -o yaml | grep -c imagePullPolicy')).toContain('$ kubectl get pods -o yaml | grep -c imagePullPolicy\n7\n#');
    const json = await shell.run('kubectl get deploy -o json | head -n 7');
    expect(json).toContain('$ kubectl get deploy -o json | head -n 7\n{\n    "apiVersion": "v1",\n    "items": [\n        {\n            "apiVersion": "apps/v1",\n            "kind": "Deployment",\n            "metadata": {\n# kubectl get -o json: the uids');
    expect(await shell.run('kubectl get deploy -o json')).toMatch(/\n {4}"kind": "List",\n {4}"metadata": \{\n {8}"resourceVersion": ""\n {4}\}\n\}\n/);
  });
});
