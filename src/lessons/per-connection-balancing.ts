// Beyond the article: "a ClusterIP balances my requests". It balances connections: the rules pick a Pod for the
// first packet of a connection and conntrack sends the rest of it to the same Pod. Planted: a long-running app
// with keep-alive on, whose requests all ride one connection to one Pod.
import webClusterIP from '../scenarios/web-clusterip.yaml?raw';
import type { Lesson } from './types';

const base = { yaml: webClusterIP, actions: [], client: 'default/test', target: 'web-service', seed: 1 };

export const perConnectionBalancing: Lesson = {
  id: 'per-connection-balancing',
  section: 'beyond',
  seed: [],
  title: {
    en: 'Balanced per connection, not per request: keep-alive sticks to one Pod',
    'zh-CN': '按连接均衡，而不是按请求：长连接（keep-alive）会粘在一个 Pod 上',
  },
  goal: {
    en: 'A long-running app sends its requests to web-service over a kept-alive connection, and one nginx Pod gets them all. Make 30 requests from the client spread over all three nginx Pods.',
    'zh-CN': '一个常驻应用通过长连接（keep-alive）向 web-service 发请求，结果全部落在同一个 nginx Pod 上。让客户端的 30 个请求分散到全部三个 nginx Pod。',
  },
  prediction: {
    question: {
      en: 'The app opens one connection to web-service and keeps it alive. Which Pod answers its 2nd request — and its 30th?',
      'zh-CN': '应用向 web-service 建立一条连接并保持不断。它的第 2 个请求由哪个 Pod 应答？第 30 个呢？',
    },
    choices: [
      { id: 'same', text: { en: 'The same Pod as the 1st, every time', 'zh-CN': '每次都是应答第 1 个请求的那个 Pod' } },
      { id: 'next', text: { en: 'The next Pod in turn, round-robin', 'zh-CN': '依次轮到下一个 Pod（轮询）' } },
      { id: 'random', text: { en: 'A random Pod for each request', 'zh-CN': '每个请求随机一个 Pod' } },
    ],
    answer: 'same',
  },
  start: { ...base, options: { clientKind: 'app', keepAlive: true, count: 30 } },
  solution: { ...base, options: { clientKind: 'app', keepAlive: false, count: 30 } },
  hints: [
    {
      en: 'Send 30 requests and step through the 2nd one: does it meet the Service\'s rules at all?',
      'zh-CN': '发 30 个请求，逐步查看第 2 个：它还会经过 Service 的规则吗？',
    },
    {
      en: 'The rules choose a Pod only for a new connection; every later packet of that connection follows the conntrack entry. More replicas do not help while there is one connection.',
      'zh-CN': '规则只在新建连接时选一次 Pod，这条连接后续的数据包都按 conntrack 记录走。只要还是一条连接，加再多副本也没用。',
    },
    {
      en: 'Give each request its own connection: turn keep-alive off for the app, or send with busybox wget, which starts a new process and a new connection every time.',
      'zh-CN': '让每个请求用自己的连接：关掉应用的长连接，或者改用 busybox wget 发送——它每次都是新进程、新连接。',
    },
  ],
  debrief: {
    text: {
      en: 'kube-proxy\'s rules run for the first packet of a connection: in iptables mode the `statistic --mode random` rules pick an endpoint and DNAT to it, and conntrack remembers the choice, so every later packet of that connection goes to the same Pod without meeting the rules again (nftables mode relies on the same conntrack; IPVS keeps its own connection table to the same effect). HTTP keep-alive, HTTP/2 and gRPC send many requests over one long connection, so one client sticks to one Pod however many replicas there are; scaling up does not spread an existing connection. New connections spread: busybox wget opens one per request. For long-lived protocols in real clusters the fixes are on the client or in front of the Pods: client-side balancing over the Pod addresses of a headless Service (gRPC\'s round_robin keeps a connection per address — the playground\'s app keeps one connection per name and does not model that), servers that close connections after a while (a maximum connection age), or an L7 proxy or service mesh that balances each request.',
      'zh-CN': 'kube-proxy 的规则只对连接的第一个数据包生效：iptables 模式下由 `statistic --mode random` 规则选出端点并做 DNAT，conntrack 记住这个选择，这条连接之后的数据包不再经过规则，直接发往同一个 Pod（nftables 模式同样依靠 conntrack；IPVS 用它自己的连接表，效果相同）。HTTP keep-alive、HTTP/2 和 gRPC 都在一条长连接上发很多请求，所以一个客户端会一直粘在一个 Pod 上，副本再多也一样；扩容不会把已有的连接分散开。新连接才会被分散：busybox wget 每个请求都新建连接。在真实集群里，长连接协议要在客户端或 Pod 前面解决：通过无头服务拿到 Pod 地址、在客户端做负载均衡（gRPC 的 round_robin 为每个地址各建一条连接——演练场里的常驻应用每个名字只建一条连接，没有模拟这一点），让服务端定期关闭连接（最大连接时长），或者用按请求均衡的七层代理或服务网格。',
    },
    links: [
      {
        href: 'https://kubernetes.io/docs/reference/networking/virtual-ips/',
        title: { en: 'Virtual IPs and Service Proxies', 'zh-CN': '虚拟 IP 和 Service 代理' },
      },
      {
        href: 'https://kubernetes.io/blog/2018/11/07/grpc-load-balancing-on-kubernetes-without-tears/',
        title: { en: 'gRPC Load Balancing on Kubernetes without Tears', 'zh-CN': '在 Kubernetes 上轻松实现 gRPC 负载均衡（英文博客）' },
      },
    ],
  },
  checks: [
    {
      id: 'spread-over-all',
      text: {
        en: '30 requests from the client, sent as the send bar is set, land on all three nginx Pods',
        'zh-CN': '按发送栏当前的设置，客户端的 30 个请求落在全部三个 nginx Pod 上',
      },
      check: { kind: 'send', count: 30, expect: { outcome: 'delivered', landOn: { exactly: { workload: { kind: 'Deployment', name: 'nginx' } } } } },
    },
  ],
};
