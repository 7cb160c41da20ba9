// Beyond the article: busybox's nslookup searches the resolv.conf list only for a name without any dot, while the
// C library behind wget searches every name with fewer than ndots (5) dots. Planted: `nslookup web-service.default`,
// NXDOMAIN, right next to `wget web-service.default`, which works.
import webClusterIP from '../scenarios/web-clusterip.yaml?raw';
import type { Lesson } from './types';

const base = { yaml: webClusterIP, actions: [], client: 'default/test', target: 'web-service.default', options: { clientKind: 'busybox-wget' as const }, seed: 1 };
const tried = ['nslookup web-service.default', 'wget -q -O- http://web-service.default'];

export const busyboxNslookupDots: Lesson = {
  id: 'busybox-nslookup-dots',
  section: 'beyond',
  seed: [],
  title: {
    en: 'nslookup says NXDOMAIN, wget connects: busybox nslookup and the C library search differently',
    'zh-CN': 'nslookup 报 NXDOMAIN，wget 却能连上：busybox nslookup 与 C 库的搜索方式不同',
  },
  goal: {
    en: 'In the shell, `nslookup web-service.default` prints NXDOMAIN, yet `wget http://web-service.default` gets the nginx page. Make an nslookup in the shell find web-service and exit with status 0.',
    'zh-CN': '在 Shell 里，`nslookup web-service.default` 输出 NXDOMAIN，而 `wget http://web-service.default` 却拿到了 nginx 页面。让 Shell 里的一次 nslookup 查到 web-service，并以状态码 0 退出。',
  },
  prediction: {
    question: {
      en: 'Which names does busybox `nslookup web-service.default` send to CoreDNS?',
      'zh-CN': 'busybox 的 `nslookup web-service.default` 会向 CoreDNS 查询哪些名字？',
    },
    choices: [
      { id: 'searched', text: { en: 'web-service.default.default.svc.cluster.local, then web-service.default.svc.cluster.local …, like wget', 'zh-CN': '先查 web-service.default.default.svc.cluster.local，再查 web-service.default.svc.cluster.local ……，和 wget 一样' } },
      { id: 'as-is', text: { en: 'Only web-service.default, as written (for A and for AAAA)', 'zh-CN': '只查原样的 web-service.default（A 和 AAAA 各一次）' } },
      { id: 'fqdn', text: { en: 'Only web-service.default.svc.cluster.local', 'zh-CN': '只查 web-service.default.svc.cluster.local' } },
    ],
    answer: 'as-is',
  },
  start: { ...base, shell: tried },
  solution: { ...base, shell: [...tried, 'nslookup web-service.default.svc.cluster.local'] },
  hints: [
    {
      en: 'Send a request to web-service.default and open its DNS step: which names did the C library ask? Compare them with the name in nslookup\'s NXDOMAIN line.',
      'zh-CN': '向 web-service.default 发一个请求，打开它的 DNS 步骤：C 库查询了哪些名字？再和 nslookup 那行 NXDOMAIN 里的名字对比。',
    },
    {
      en: 'busybox nslookup appends the search domains only to a name with no dot at all. `web-service.default` has one, so it is asked exactly as written — and there is no such name.',
      'zh-CN': 'busybox nslookup 只给完全不带点的名字拼搜索域。`web-service.default` 带了一个点，就原样去查——而这个名字并不存在。',
    },
    {
      en: 'Give nslookup the whole name: `nslookup web-service.default.svc.cluster.local`. (`nslookup web-service` prints the address too, but exits 1 because of the NXDOMAIN answers for the other search domains.)',
      'zh-CN': '给 nslookup 完整的名字：`nslookup web-service.default.svc.cluster.local`。（`nslookup web-service` 也能打印出地址，但其余搜索域的 NXDOMAIN 会让它以 1 退出。）',
    },
  ],
  debrief: {
    text: {
      en: 'Two resolvers live in this busybox Pod. wget calls the C library, which follows resolv.conf: with fewer than ndots:5 dots a name is tried with each search domain first, so `web-service.default` becomes web-service.default.svc.cluster.local on the second try. busybox\'s own nslookup applet (since 1.29) builds its queries itself and appends the search list only to a name that contains no dot; `web-service.default` is sent as written and CoreDNS answers NXDOMAIN, twice (A and AAAA). The Kubernetes DNS debugging page pins `busybox:1.28` for this reason — its older nslookup went through the C library. nslookup also exits 1 when any answer was an error, so even `nslookup web-service`, which prints the address, fails a script. To test what applications see, use a full name in nslookup, `dig +search`, or simply the application\'s own client (wget, curl).',
      'zh-CN': '这个 busybox Pod 里有两套解析器。wget 调用的是 C 库，它遵守 resolv.conf：点数少于 ndots:5 的名字会先拼上搜索域去查，所以 `web-service.default` 在第二次尝试时就变成了 web-service.default.svc.cluster.local。而 busybox 自带的 nslookup（1.29 起）自己构造查询，只给完全不带点的名字拼搜索域；`web-service.default` 被原样发出，CoreDNS 回答 NXDOMAIN，A 和 AAAA 各一次。Kubernetes 的 DNS 调试文档固定使用 `busybox:1.28` 正是这个原因——那时的 nslookup 还是通过 C 库解析。另外，只要有一个应答是错误，nslookup 就以 1 退出，所以即使 `nslookup web-service` 打印出了地址，在脚本里也算失败。想测试应用看到的结果，就在 nslookup 里写完整的名字、用 `dig +search`，或者直接用应用自己的客户端（wget、curl）。',
    },
    links: [
      {
        href: 'https://kubernetes.io/docs/tasks/administer-cluster/dns-debugging-resolution/',
        title: { en: 'Debugging DNS Resolution (why the docs use busybox:1.28)', 'zh-CN': '调试 DNS 问题（文档为何使用 busybox:1.28）' },
      },
      {
        href: 'https://github.com/mirror/busybox/blob/master/networking/nslookup.c',
        title: { en: 'busybox networking/nslookup.c: add_query_with_search', 'zh-CN': 'busybox networking/nslookup.c：add_query_with_search' },
      },
    ],
  },
  checks: [
    {
      id: 'nslookup-succeeds',
      text: {
        en: 'An nslookup in the shell finds its name and exits with status 0',
        'zh-CN': 'Shell 里有一次 nslookup 查到了名字，并以状态码 0 退出',
      },
      check: { kind: 'shell', program: 'nslookup', expect: { exitCode: 0 } },
    },
  ],
};
