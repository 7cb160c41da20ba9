// The article's use-case table: stateless web apps want a ClusterIP, not a headless Service. The start puts nginx
// behind a headless web-service; a long-running client that caches DNS then sends everything to one Pod.
import webClusterIP from '../scenarios/web-clusterip.yaml?raw';
import { LINKS, edited } from './lesson-kit';
import type { Lesson } from './types';

const start = edited(webClusterIP, ['  type: ClusterIP\n', '  clusterIP: None\n']);
const nginxPods = { workload: { kind: 'Deployment', name: 'nginx' } } as const;

export const useCaseTable: Lesson = {
  id: 'use-case-table',
  section: 'comparison',
  seed: ['use-case-table'],
  title: { en: 'A stateless web app behind a headless Service', 'zh-CN': '无状态 Web 应用放在无头服务后面会怎样' },
  goal: {
    en: 'A long-running app (it caches DNS answers, one new connection per request) calls web-service. Make its requests spread over all three nginx Pods.',
    'zh-CN': '一个常驻应用（会缓存 DNS 应答，每个请求新建一个连接）调用 web-service。让它的请求分散到全部三个 nginx Pod 上。',
  },
  prediction: {
    question: { en: 'web-service is headless. The app caches the answer for its 30 s TTL and uses the first address. Where do its next 20 requests (one a second) go?', 'zh-CN': 'web-service 是无头服务。应用会按 30 秒的 TTL 缓存应答，并使用第一个地址。它接下来的 20 个请求（每秒一个）会去哪里？' },
    choices: [
      { id: 'one', text: { en: 'All to one Pod', 'zh-CN': '全部落到同一个 Pod' } },
      { id: 'spread', text: { en: 'Spread over the three', 'zh-CN': '分散到三个 Pod' } },
      { id: 'fail', text: { en: 'They fail: nothing balances them', 'zh-CN': '全部失败：没有负载均衡' } },
    ],
    answer: 'one',
  },
  start: { yaml: start, actions: [], client: 'default/test', target: 'web-service', seed: 1, options: { clientKind: 'app', keepAlive: false } },
  solution: { yaml: webClusterIP, actions: [], client: 'default/test', target: 'web-service', seed: 1, options: { clientKind: 'app', keepAlive: false } },
  hints: [
    { en: 'Send ×10 with the long-running app as the client, then look at where the requests went and why.', 'zh-CN': '把客户端设为常驻应用，发 ×10，看看请求去了哪里、为什么。' },
    { en: 'The table\'s first row: stateless applications — which Service type does it recommend?', 'zh-CN': '看表格第一行“无状态应用”：推荐哪种 Service？' },
    { en: 'Make web-service a ClusterIP Service again: remove `clusterIP: None`.', 'zh-CN': '把 web-service 改回 ClusterIP：去掉 `clusterIP: None`。' },
  ],
  debrief: {
    text: {
      en: 'Behind a headless Service the choice of Pod is the client\'s, and most clients choose badly for balancing: they cache the answer for its TTL and use the first address, so every request in that window goes to one Pod. Behind a ClusterIP the client only knows the virtual IP, and the kernel on its node picks a Pod for each new connection. That is the table\'s point: stateless apps → ClusterIP; headless is for clients that want to know the members. It also shows the table\'s limit: a kept-alive connection (HTTP keep-alive, gRPC) stays on one Pod even through a ClusterIP, since the pick is per connection.',
      'zh-CN': '在无头服务后面，选哪个 Pod 由客户端决定，而大多数客户端在负载均衡上都选得不好：它们按 TTL 缓存应答，并使用第一个地址，于是这段时间里的所有请求都落到同一个 Pod。在 ClusterIP 后面，客户端只知道虚拟 IP，由它所在节点的内核为每个新连接挑选 Pod。这正是表格想说的：无状态应用用 ClusterIP；无头服务适合需要知道所有成员的客户端。同时也能看出表格的局限：长连接（HTTP keep-alive、gRPC）即使经过 ClusterIP 也会一直落在同一个 Pod 上，因为选择是按连接进行的。',
    },
    links: [LINKS.service, LINKS.virtualIPs],
  },
  checks: [
    {
      id: 'app-spreads',
      text: { en: 'The caching app\'s requests land on all three nginx Pods', 'zh-CN': '会缓存 DNS 的应用，请求落在全部三个 nginx Pod 上' },
      check: { kind: 'requests', target: 'web-service', client: 'app', keepAlive: false, count: 20, expect: { outcome: 'delivered', landOn: { exactly: nginxPods } } },
    },
    {
      id: 'one-address',
      text: { en: 'web-service resolves to one virtual IP', 'zh-CN': 'web-service 解析到一个虚拟 IP' },
      check: { kind: 'dns', name: 'web-service', expect: { serviceIP: 'web-service' } },
    },
  ],
};
