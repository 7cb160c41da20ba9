// Beyond the article: `options ndots:5` and the search list. A name with fewer than five dots is tried with each
// search domain first, so the "fully qualified" web-service.default.svc.cluster.local (four dots) costs three
// NXDOMAIN round trips before the real answer, and `wget example.com` four names. Planted: that full name.
import webClusterIP from '../scenarios/web-clusterip.yaml?raw';
import type { Lesson } from './types';

const base = { yaml: webClusterIP, actions: [], client: 'default/test', options: { clientKind: 'busybox-wget' as const }, seed: 1 };

export const ndotsSearchList: Lesson = {
  id: 'ndots-search-list',
  section: 'beyond',
  seed: [],
  title: {
    en: 'ndots:5 and the search list: how many DNS queries one wget sends',
    'zh-CN': 'ndots:5 与搜索域列表：一次 wget 会发出多少个 DNS 查询',
  },
  goal: {
    en: 'A teammate wrote the "full" name `web-service.default.svc.cluster.local` to save DNS lookups. Reach web-service by name with a single DNS query.',
    'zh-CN': '同事为了省掉 DNS 查询，写了“完整”的名字 `web-service.default.svc.cluster.local`。请用名字访问 web-service，并且只发出一个 DNS 查询。',
  },
  prediction: {
    question: {
      en: 'The Pod\'s /etc/resolv.conf has three search domains and `options ndots:5`. How many A queries does `wget http://web-service.default.svc.cluster.local` send before it connects?',
      'zh-CN': 'Pod 的 /etc/resolv.conf 里有三个搜索域和 `options ndots:5`。`wget http://web-service.default.svc.cluster.local` 在建立连接前会发出几个 A 查询？',
    },
    choices: [
      { id: 'one', text: { en: 'One: the name is already complete', 'zh-CN': '一个：名字已经是完整的' } },
      { id: 'two', text: { en: 'Two', 'zh-CN': '两个' } },
      { id: 'four', text: { en: 'Four: three search domains first, then the name as written', 'zh-CN': '四个：先试三个搜索域，最后才试原名' } },
    ],
    answer: 'four',
  },
  start: { ...base, target: 'web-service.default.svc.cluster.local' },
  solution: { ...base, target: 'web-service.default.svc.cluster.local.' },
  hints: [
    {
      en: 'Send one request and open its DNS step: which names were asked, and what came back for each?',
      'zh-CN': '发一个请求，打开它的 DNS 步骤：查询了哪些名字，每个的应答是什么？',
    },
    {
      en: 'The name has four dots, fewer than ndots:5, so the resolver treats it as relative and appends each search domain first. Only a trailing dot says "this name is complete".',
      'zh-CN': '这个名字只有四个点，少于 ndots:5，解析器会把它当成相对名字，先逐个拼上搜索域。只有末尾加一个点，才表示“这是完整的名字”。',
    },
    {
      en: 'Try `web-service.default.svc.cluster.local.` (with the final dot), or simply `web-service`, which the first search domain completes.',
      'zh-CN': '试试 `web-service.default.svc.cluster.local.`（末尾带点），或者干脆用 `web-service`——第一个搜索域就能把它补全。',
    },
  ],
  debrief: {
    text: {
      en: 'The kubelet writes each Pod\'s /etc/resolv.conf with `search <namespace>.svc.cluster.local svc.cluster.local cluster.local` and `options ndots:5`. A name with fewer than five dots is tried with each search domain appended first and as written last. So `web-service.default.svc.cluster.local` (four dots) costs three NXDOMAIN answers before the fourth query succeeds, and `wget example.com` asks for example.com.default.svc.cluster.local, example.com.svc.cluster.local and example.com.cluster.local before example.com itself — four names, and a glibc client asks each for A and AAAA, so eight queries. (The playground has no internet, so example.com ends in NXDOMAIN here; the count is the same.) The short name `web-service` needs one query, because the first search domain completes it; a trailing dot (`web-service.default.svc.cluster.local.`) marks a name as complete and skips the search. For external names in busy Pods, a trailing dot or a lower `ndots` in the Pod\'s `dnsConfig` removes the wasted queries; CoreDNS\'s `autopath` plugin is the server-side answer.',
      'zh-CN': 'kubelet 为每个 Pod 生成的 /etc/resolv.conf 里有 `search <命名空间>.svc.cluster.local svc.cluster.local cluster.local` 和 `options ndots:5`。点数少于 5 的名字，会先依次拼上每个搜索域去查，最后才查原名。所以 `web-service.default.svc.cluster.local`（四个点）要先收到三个 NXDOMAIN，第四个查询才成功；`wget example.com` 则会先查 example.com.default.svc.cluster.local、example.com.svc.cluster.local、example.com.cluster.local，最后才查 example.com——四个名字，而 glibc 客户端对每个名字都会查 A 和 AAAA，一共八个查询。（演练场没有外网，这里 example.com 最终是 NXDOMAIN，但查询次数一样。）短名字 `web-service` 只需一个查询，因为第一个搜索域就把它补全了；末尾加点（`web-service.default.svc.cluster.local.`）表示名字已完整，直接跳过搜索。对于访问外部域名很频繁的 Pod，末尾加点或在 Pod 的 `dnsConfig` 里调低 `ndots` 都能省掉这些无用的查询；服务端的办法是 CoreDNS 的 `autopath` 插件。',
    },
    links: [
      {
        href: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#namespaces-of-services',
        title: { en: 'DNS for Services and Pods: the search list in resolv.conf', 'zh-CN': 'Service 与 Pod 的 DNS：resolv.conf 中的搜索域' },
      },
      {
        href: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-dns-config',
        title: { en: 'Pod\'s DNS Config (dnsConfig, ndots)', 'zh-CN': 'Pod 的 DNS 配置（dnsConfig、ndots）' },
      },
      {
        href: 'https://coredns.io/plugins/autopath/',
        title: { en: 'CoreDNS autopath plugin', 'zh-CN': 'CoreDNS autopath 插件' },
      },
    ],
  },
  checks: [
    {
      id: 'one-query',
      text: {
        en: 'The client\'s request finds web-service by name with one DNS query and reaches nginx',
        'zh-CN': '客户端的请求只用一个 DNS 查询就按名字找到 web-service，并到达 nginx',
      },
      check: { kind: 'send', count: 1, expect: { outcome: 'delivered', via: 'web-service', dnsQueries: 1 } },
    },
  ],
};
