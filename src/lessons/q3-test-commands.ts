// The article's Q3 test commands, run in the busybox Pod: nslookup of the headless name, then wget to each MySQL Pod
// on 3306. wget speaks HTTP; MySQL speaks first with its own greeting, and what busybox prints is worth reading.
import defaultYaml from '../scenarios/default.yaml?raw';
import { LINKS } from './lesson-kit';
import type { Lesson } from './types';

const mysqlPods = { workload: { kind: 'StatefulSet', name: 'mysql' } } as const;

export const q3TestCommands: Lesson = {
  id: 'q3-test-commands',
  section: 'faq',
  seed: ['q3-test-commands'],
  title: { en: 'Q3: testing a headless Service from busybox', 'zh-CN': 'Q3：用 busybox 测试无头服务' },
  goal: {
    en: 'In the test Pod\'s shell, run the article\'s commands: `nslookup mysql-headless.default.svc.cluster.local`, then `wget -O- http://mysql-N.mysql-headless:3306` for N = 0, 1 and 2, and read what each prints.',
    'zh-CN': '在 test Pod 的 Shell 里执行文章的命令：先 `nslookup mysql-headless.default.svc.cluster.local`，再对 N = 0、1、2 分别执行 `wget -O- http://mysql-N.mysql-headless:3306`，读一读每条命令的输出。',
  },
  prediction: {
    question: { en: 'What does `wget -O- http://mysql-0.mysql-headless:3306` print?', 'zh-CN': '`wget -O- http://mysql-0.mysql-headless:3306` 会输出什么？' },
    choices: [
      { id: 'bad-header', text: { en: 'It connects, then `wget: bad header line: …` with MySQL\'s version', 'zh-CN': '能连上，然后输出带 MySQL 版本号的 `wget: bad header line: …`' } },
      { id: 'refused', text: { en: 'Connection refused', 'zh-CN': 'Connection refused（连接被拒绝）' } },
      { id: 'page', text: { en: 'A page from MySQL', 'zh-CN': 'MySQL 返回的一个页面' } },
    ],
    answer: 'bad-header',
  },
  start: { yaml: defaultYaml, actions: [], client: 'default/test', target: 'mysql-headless:3306', seed: 1 },
  solution: {
    yaml: defaultYaml, actions: [], client: 'default/test', target: 'mysql-headless:3306', seed: 1,
    shell: [
      'nslookup mysql-headless.default.svc.cluster.local',
      // The article's loop, typed line by line as at the shell's `> ` prompt.
      'for i in 0 1 2; do',
      '  echo "Testing mysql-$i"',
      '  wget -O- http://mysql-$i.mysql-headless:3306',
      'done',
    ],
  },
  hints: [
    { en: 'Open the shell panel and type the nslookup line; the full name means no search list is walked.', 'zh-CN': '打开 Shell 面板，输入那条 nslookup 命令；用完整域名就不会按搜索域列表逐个尝试。' },
    { en: 'Then the wget to mysql-0.mysql-headless:3306. Use ↑ to recall it and change the number.', 'zh-CN': '然后执行到 mysql-0.mysql-headless:3306 的 wget。按 ↑ 调出上一条命令，改一下序号。' },
    { en: 'The article\'s `for i in 0 1 2; do … done` loop runs the same three wgets.', 'zh-CN': '文章里的 `for i in 0 1 2; do … done` 循环执行的就是这三条 wget。' },
  ],
  debrief: {
    text: {
      en: 'The full name (it has dots, and ends in the cluster domain) is looked up once, and lists the three Pod addresses: exit status 0. Each wget connects — "Connecting to mysql-0.mysql-headless:3306 (10.244.…:3306)" proves the name and the Pod are right — and then fails with "wget: bad header line": MySQL talks first, sending its handshake (protocol 10 and its version), which is not an HTTP status line. For a port test, that failure is the success. `nc -zv` or a real `mysql` client tests it more plainly; the busybox image has `nc` but no mysql client.',
      'zh-CN': '完整域名（带点，并以集群域名结尾）只查询一次，列出三个 Pod 的地址，退出码为 0。每条 wget 都能连上——“Connecting to mysql-0.mysql-headless:3306 (10.244.…:3306)” 说明名字和 Pod 都是对的——随后报 “wget: bad header line”：MySQL 是先说话的一方，它先发出握手包（协议版本 10 和自己的版本号），这不是 HTTP 状态行。对于端口测试来说，这个失败恰恰说明连通了。用 `nc -zv` 或真正的 `mysql` 客户端测试更直观；busybox 镜像里有 `nc`，但没有 mysql 客户端。',
    },
    links: [LINKS.debugDns, LINKS.busyboxWget],
  },
  checks: [
    {
      id: 'lookup',
      text: { en: 'nslookup of the full headless name succeeded (exit status 0)', 'zh-CN': '对无头服务完整域名的 nslookup 成功（退出码 0）' },
      check: { kind: 'shell', program: 'nslookup', expect: { exitCode: 0 } },
    },
    {
      id: 'each-pod',
      text: { en: 'wget reached mysql-0, mysql-1 and mysql-2, each by its own name', 'zh-CN': 'wget 按各自的名字分别连到了 mysql-0、mysql-1 和 mysql-2' },
      check: { kind: 'shell', program: 'wget', expect: { together: { exactly: mysqlPods } } },
    },
  ],
};
