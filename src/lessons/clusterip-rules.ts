// The article's "kube-proxy 负载均衡": the picture shows kube-proxy in the middle, but the kernel on the client's
// node does the balancing, with rules kube-proxy wrote — iptables, nftables or IPVS.
import webClusterIP from '../scenarios/web-clusterip.yaml?raw';
import { LINKS, edited, scale } from './lesson-kit';
import type { Lesson } from './types';

const start = edited(webClusterIP, ['  replicas: 3\n', '  replicas: 1\n']);
const nginxPods = { workload: { kind: 'Deployment', name: 'nginx' } } as const;

export const clusterIPRules: Lesson = {
  id: 'clusterip-rules',
  section: 'clusterip',
  seed: ['clusterip-lb'],
  title: { en: 'Who balances a ClusterIP: the rules on the client\'s node', 'zh-CN': 'ClusterIP 的负载均衡是谁做的：客户端节点上的规则' },
  goal: {
    en: 'web-service has one nginx Pod. Give it three, so that the rules on the client\'s node spread requests over three endpoints — in iptables, nftables and IPVS mode alike.',
    'zh-CN': 'web-service 后面现在只有一个 nginx Pod。把它变成三个，让客户端所在节点上的规则把请求分散到三个端点上——iptables、nftables、IPVS 三种模式都要如此。',
  },
  prediction: {
    question: { en: 'When test sends to web-service, what picks the nginx Pod?', 'zh-CN': 'test 向 web-service 发请求时，是谁选出了具体的 nginx Pod？' },
    choices: [
      { id: 'kernel', text: { en: 'The kernel on test\'s node, with rules kube-proxy wrote', 'zh-CN': 'test 所在节点的内核，按 kube-proxy 写好的规则' } },
      { id: 'kube-proxy', text: { en: 'The kube-proxy process, which forwards each request', 'zh-CN': 'kube-proxy 进程，由它转发每个请求' } },
      { id: 'coredns', text: { en: 'CoreDNS, by answering with a different Pod each time', 'zh-CN': 'CoreDNS，每次应答一个不同的 Pod' } },
    ],
    answer: 'kernel',
  },
  start: { yaml: start, actions: [], client: 'default/test', target: 'web-service', seed: 1 },
  solution: { yaml: start, actions: [scale('Deployment', 'nginx', 3)], client: 'default/test', target: 'web-service', seed: 1 },
  hints: [
    { en: 'Scale nginx to 3 (graph menu or `replicas:`), then open the rules tab for the client\'s node.', 'zh-CN': '把 nginx 扩容到 3（拓扑图菜单或 `replicas:`），然后打开客户端节点的规则标签页。' },
    { en: 'In iptables mode, count the KUBE-SEP chains web-service\'s KUBE-SVC chain jumps to, and their `--probability`.', 'zh-CN': 'iptables 模式下，数一数 web-service 的 KUBE-SVC 链跳到了几条 KUBE-SEP 链，再看它们的 `--probability`。' },
    { en: 'Switch the proxy mode to nftables and to IPVS and send ×100 each time: the spread stays.', 'zh-CN': '把代理模式切到 nftables、再切到 IPVS，每次发 ×100：请求依然是分散的。' },
  ],
  debrief: {
    text: {
      en: 'The article draws kube-proxy between the client and the Pods, but no request passes through the kube-proxy process. It watches Services and EndpointSlices and programs the kernel of every node: in iptables mode a KUBE-SVC chain that jumps to one KUBE-SEP chain per endpoint with `-m statistic --mode random --probability` 1/3, then 1/2, then the rest; in nftables mode one `numgen random mod 3` map; in IPVS mode a virtual server with round-robin real servers. The packet leaving test is rewritten (DNAT) by the kernel on test\'s own node, once per connection, and conntrack keeps the rest of that connection on the same Pod.',
      'zh-CN': '文章把 kube-proxy 画在客户端和 Pod 之间，但其实没有任何请求会经过 kube-proxy 进程。它监听 Service 和 EndpointSlice，然后去配置每个节点的内核：iptables 模式下是一条 KUBE-SVC 链，按每个端点跳到一条 KUBE-SEP 链，用 `-m statistic --mode random --probability` 依次取 1/3、1/2 和剩下的全部；nftables 模式下是一个 `numgen random mod 3` 映射；IPVS 模式下是一个虚拟服务器加上轮询的真实服务器。从 test 发出的数据包，由 test 所在节点的内核改写目的地址（DNAT），每个连接只选一次，之后 conntrack 让这个连接一直落在同一个 Pod 上。',
    },
    links: [LINKS.virtualIPs, LINKS.iptablesProxier],
  },
  checks: [
    {
      id: 'three-sep',
      text: { en: 'iptables: web-service\'s chain spreads over three endpoint chains', 'zh-CN': 'iptables：web-service 的链分到三条端点链上' },
      check: { kind: 'rules', service: 'web-service', expect: { clusterIP: true, endpoints: 3 } },
    },
    {
      id: 'spread-iptables',
      text: { en: 'In iptables mode requests land on all three Pods', 'zh-CN': 'iptables 模式下请求落在全部三个 Pod 上' },
      check: { kind: 'requests', target: 'web-service', proxyMode: 'iptables', expect: { outcome: 'delivered', landOn: { count: 3, exactly: nginxPods } } },
    },
    {
      id: 'spread-nftables',
      text: { en: 'In nftables mode too', 'zh-CN': 'nftables 模式下也一样' },
      check: { kind: 'requests', target: 'web-service', proxyMode: 'nftables', expect: { outcome: 'delivered', landOn: { count: 3, exactly: nginxPods } } },
    },
    {
      id: 'spread-ipvs',
      text: { en: 'And in IPVS mode', 'zh-CN': 'IPVS 模式下同样如此' },
      check: { kind: 'requests', target: 'web-service', proxyMode: 'ipvs', expect: { outcome: 'delivered', landOn: { count: 3, exactly: nginxPods } } },
    },
  ],
};
