// The article's scenario 1, done as the article does it: from a busybox Pod, `nslookup web-service` and
// `wget -q -O- http://web-service`. The check reads what the learner ran in the client's shell.
import webClusterIP from '../scenarios/web-clusterip.yaml?raw';
import { LINKS } from './lesson-kit';
import type { Lesson } from './types';

const nginxPods = { workload: { kind: 'Deployment', name: 'nginx' } } as const;

export const scenarioWeb: Lesson = {
  id: 'scenario-web',
  section: 'demo',
  seed: ['scenario-web'],
  title: { en: 'Scenario 1: nginx behind web-service, tested from busybox', 'zh-CN': '场景 1：web-service 后面的 nginx，用 busybox 测试' },
  goal: {
    en: 'In the test Pod\'s shell, run the article\'s two commands: `nslookup web-service`, then `wget -q -O- http://web-service`, and get nginx\'s welcome page.',
    'zh-CN': '在 test Pod 的 Shell 里执行文章中的两条命令：先 `nslookup web-service`，再 `wget -q -O- http://web-service`，拿到 nginx 的欢迎页。',
  },
  prediction: {
    question: { en: 'web-service found its address. What exit status does busybox `nslookup web-service` end with (`echo $?`)?', 'zh-CN': 'web-service 的地址解析出来了。busybox 的 `nslookup web-service` 退出码是多少（`echo $?`）？' },
    choices: [
      { id: 'one', text: { en: '1', 'zh-CN': '1' } },
      { id: 'zero', text: { en: '0', 'zh-CN': '0' } },
    ],
    answer: 'one',
  },
  start: { yaml: webClusterIP, actions: [], client: 'default/test', target: 'web-service', seed: 1 },
  solution: {
    yaml: webClusterIP, actions: [], client: 'default/test', target: 'web-service', seed: 1,
    shell: ['nslookup web-service', 'echo $?', 'wget -q -O- http://web-service'],
  },
  hints: [
    { en: 'Open the shell panel: it is `kubectl run test --rm -it --image=busybox -- /bin/sh` already running.', 'zh-CN': '打开 Shell 面板：那就是已经在运行的 `kubectl run test --rm -it --image=busybox -- /bin/sh`。' },
    { en: 'Type `nslookup web-service`, then `echo $?` to see its exit status.', 'zh-CN': '输入 `nslookup web-service`，再用 `echo $?` 看它的退出码。' },
    { en: 'Then `wget -q -O- http://web-service`: `-q` hides the progress, `-O-` writes the page to the terminal.', 'zh-CN': '然后执行 `wget -q -O- http://web-service`：`-q` 不显示进度，`-O-` 把页面输出到终端。' },
  ],
  debrief: {
    text: {
      en: 'nslookup printed one address, the Service\'s virtual IP, as the article says. It also printed `** server can\'t find web-service.svc.cluster.local: NXDOMAIN` lines and exited 1: busybox walks the whole search list from /etc/resolv.conf, A and AAAA for each, and any reply with an error rcode sets its exit status to 1, even when another name resolved. Read the answer, not the exit status. wget connected to the virtual IP; the kernel on test\'s node rewrote it to one nginx Pod, which sent the page. Send ×100 in the send bar to see the spread over all three.',
      'zh-CN': 'nslookup 打印出一个地址，也就是 Service 的虚拟 IP，和文章说的一样。它还打印了几行 `** server can\'t find web-service.svc.cluster.local: NXDOMAIN`，并以 1 退出：busybox 会按 /etc/resolv.conf 里的搜索域列表逐个查询（每个都查 A 和 AAAA），只要有一个应答带错误 rcode，退出码就是 1，哪怕另一个名字已经解析成功。所以要看应答内容，别只看退出码。wget 连的是虚拟 IP，test 所在节点的内核把它改写成某个 nginx Pod，由这个 Pod 返回页面。在发送栏里发 ×100，就能看到请求分散到全部三个 Pod 上。',
    },
    links: [LINKS.debugDns, LINKS.busyboxWget],
  },
  checks: [
    {
      id: 'looked-up',
      text: { en: 'You ran nslookup in the test Pod', 'zh-CN': '在 test Pod 里执行了 nslookup' },
      check: { kind: 'shell', program: 'nslookup', expect: {} },
    },
    {
      id: 'page',
      text: { en: 'wget got the page from an nginx Pod (exit status 0)', 'zh-CN': 'wget 从某个 nginx Pod 拿到了页面（退出码 0）' },
      check: { kind: 'shell', program: 'wget', expect: { exitCode: 0, reached: { count: 1, within: nginxPods } } },
    },
    {
      id: 'one-vip',
      text: { en: 'web-service resolves to its one virtual IP', 'zh-CN': 'web-service 解析到它唯一的虚拟 IP' },
      check: { kind: 'dns', name: 'web-service', expect: { serviceIP: 'web-service' } },
    },
    {
      id: 'spread',
      text: { en: 'Requests spread over the three nginx Pods', 'zh-CN': '请求分散到三个 nginx Pod 上' },
      check: { kind: 'requests', target: 'web-service', expect: { outcome: 'delivered', landOn: { exactly: nginxPods } } },
    },
  ],
};
