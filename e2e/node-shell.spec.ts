// A shell on a node, opened from the graph: a learner looks at the rules kube-proxy wrote there and at the
// lookup and connection the client Pod's wget left in conntrack; the dock keeps one shell per place.
import { expect, test } from './fixtures';
import { ShellPage } from './pages/shell-page';

test.describe('the shell on a node', () => {
  test('opens from a node\'s rules menu and shows its iptables rules and the client\'s connection', async ({ page, playground }) => {
    await playground.open('/?lang=en');
    const shell = new ShellPage(page);
    await shell.ready();
    await shell.expand();
    await shell.run('wget -q -O /dev/null http://web-service/');

    // The client's node: its rules DNATed the request, so its conntrack table holds the connection.
    const rulesBox = page.locator('.react-flow__node:has(.kg-rules.client-node)');
    const node = (await rulesBox.getAttribute('data-id'))!.replace('node-rules:', '');
    await rulesBox.click({ button: 'right' });
    await page.getByTestId('graph-menu').getByRole('menuitem', { name: `Open a shell on ${node}` }).click();
    await expect(shell.dock).toContainText(`Shell on node ${node}`);
    shell.prompt = `root@${node}:/#`;
    await expect.poll(async () => (await shell.text()).split('\n').at(-1)).toBe(shell.prompt);
    expect(await shell.text()).toContain(`You are root on ${node}.`);

    // The rules scroll past and wrap at the screen's width: read the rows as one text.
    const rules = (await shell.run('iptables-save -t nat | grep KUBE-SVC')).replace(/\n/g, '');
    expect(rules).toMatch(/-A KUBE-SVC-[A-Z0-9]{16} -m comment --comment "default\/web-service -> 10\.244\.\d+\.\d+:80" .*-j KUBE-SEP-[A-Z0-9]{16}/);
    expect(rules.endsWith(shell.prompt)).toBe(true);

    const ct = (await shell.run('conntrack -L')).replace(/\n/g, '');
    expect(ct.startsWith(`${shell.prompt} conntrack -L`)).toBe(true);
    // wget's lookup (UDP to the kube-dns VIP, DNATed to a CoreDNS Pod), then its connection.
    expect(ct).toMatch(new RegExp('conntrack -Ludp {6}17 [12]\\d src=(10\\.244\\.\\d+\\.\\d+) dst=10\\.96\\.0\\.10 sport=(\\d+) dport=53 src=10\\.244\\.\\d+\\.\\d+ dst=\\1 sport=53 dport=\\2 mark=0 use=1'
      + 'tcp {6}6 1\\d\\d TIME_WAIT src=\\1 dst=10\\.96\\.100\\.50 sport=32768 dport=80 src=10\\.244\\.\\d+\\.\\d+ dst=\\1 sport=80 dport=32768 \\[ASSURED\\] mark=0 use=1'
      + 'conntrack v1\\.4\\.7 \\(conntrack-tools\\): 2 flow entries have been shown\\.'));

    // Each place keeps its shell: back in the client Pod, its transcript is there.
    await shell.choosePlace('Pod test (the client)', '/ #');
    expect(await shell.text()).toContain('/ # wget -q -O /dev/null http://web-service/');
    await expect(shell.dock).toContainText('Shell in Pod test');
  });

  test('the picker opens a node shell; in Chinese the panel speaks Chinese and the programs stay English', async ({ page, playground }) => {
    await playground.open('/?lang=zh-CN');
    const shell = new ShellPage(page);
    await shell.ready();
    await shell.choosePlace('节点 node-1', 'root@node-1:/#');
    await expect(shell.dock).toContainText('节点 node-1 上的 Shell');
    expect(await shell.text()).toContain('你正以 root 身份登录在 node-1 上');
    expect(await shell.run('hostname')).toBe('root@node-1:/# hostname\nnode-1\nroot@node-1:/#');
    expect(await shell.run('curl web-service')).toContain('bash: curl: command not found');
  });
});
