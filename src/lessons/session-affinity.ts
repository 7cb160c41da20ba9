// The article's `sessionAffinity: ClientIP` example. The start leaves it out; with it, kube-proxy's rules remember
// the client's address and send it to the same Pod until the timeout.
import sessionAffinity from '../scenarios/session-affinity.yaml?raw';
import { LINKS, edited } from './lesson-kit';
import type { Lesson } from './types';

const start = edited(sessionAffinity, [
  '  sessionAffinity: ClientIP  # 可选:会话保持(同一客户端固定到同一 Pod)\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 10800   # 会话超时时间\n',
  '',
]);

export const sessionAffinityLesson: Lesson = {
  id: 'session-affinity',
  section: 'clusterip',
  seed: ['session-affinity'],
  title: { en: 'Session affinity: the same client, the same Pod', 'zh-CN': '会话保持：同一个客户端，固定同一个 Pod' },
  goal: {
    en: 'Every request from test to my-service — each a new busybox wget, a new connection — must land on the same Pod, while all three web Pods stay behind the Service.',
    'zh-CN': '让 test 发往 my-service 的每个请求（每次都是新的 busybox wget、新的连接）都落在同一个 Pod 上，同时 Service 后面仍然保留全部三个 web Pod。',
  },
  prediction: {
    question: { en: 'With `sessionAffinity: ClientIP`, what does kube-proxy remember a client by?', 'zh-CN': '配置 `sessionAffinity: ClientIP` 之后，kube-proxy 靠什么认出同一个客户端？' },
    choices: [
      { id: 'ip', text: { en: 'Its source IP address', 'zh-CN': '源 IP 地址' } },
      { id: 'cookie', text: { en: 'An HTTP cookie', 'zh-CN': 'HTTP Cookie' } },
      { id: 'connection', text: { en: 'Its TCP connection', 'zh-CN': 'TCP 连接' } },
    ],
    answer: 'ip',
  },
  start: { yaml: start, actions: [], client: 'default/test', target: 'my-service', seed: 1 },
  solution: { yaml: sessionAffinity, actions: [], client: 'default/test', target: 'my-service', seed: 1 },
  hints: [
    { en: 'Send ×10 first: where do the requests go now?', 'zh-CN': '先发 ×10：现在请求都去了哪里？' },
    { en: 'The field belongs in the Service\'s spec, beside `type` and `selector`.', 'zh-CN': '这个字段写在 Service 的 spec 里，和 `type`、`selector` 并列。' },
    { en: 'Add `sessionAffinity: ClientIP` to my-service (optionally `sessionAffinityConfig.clientIP.timeoutSeconds`).', 'zh-CN': '给 my-service 加上 `sessionAffinity: ClientIP`（可以再配 `sessionAffinityConfig.clientIP.timeoutSeconds`）。' },
  ],
  debrief: {
    text: {
      en: 'With ClientIP affinity kube-proxy adds `-m recent` rules: the first connection from an address picks a Pod at random and records the address in that endpoint\'s list; later connections from the same address within timeoutSeconds (default 10800, three hours) skip the random choice. It keys on the source IP only — no cookie, no notion of a user — so every client behind one SNAT address (a NodePort with externalTrafficPolicy: Cluster, a proxy, a NAT gateway) shares one Pod. Scaling to one replica would also "stick", but that is not affinity: the rules show the difference.',
      'zh-CN': '开启 ClientIP 会话保持后，kube-proxy 会加上 `-m recent` 规则：某个地址的第一个连接随机选一个 Pod，并把这个地址记进该端点的列表；同一地址在 timeoutSeconds（默认 10800 秒，即三小时）内的后续连接就不再随机选择。它只认源 IP——没有 Cookie，也没有“用户”的概念——所以经过同一个 SNAT 地址的所有客户端（externalTrafficPolicy: Cluster 的 NodePort、代理、NAT 网关）都会落到同一个 Pod。缩容到一个副本看起来也是“固定”的，但那不是会话保持，规则里能看出区别。',
    },
    links: [LINKS.affinity, LINKS.iptablesProxier],
  },
  checks: [
    {
      id: 'sticks',
      text: { en: 'All of test\'s requests land on one Pod', 'zh-CN': 'test 的所有请求都落在同一个 Pod 上' },
      check: { kind: 'requests', target: 'my-service', expect: { outcome: 'delivered', landOn: { count: 1 } } },
    },
    {
      id: 'three-behind',
      text: { en: 'Three web Pods are still behind my-service', 'zh-CN': 'my-service 后面仍然有三个 web Pod' },
      check: { kind: 'endpoints', service: 'my-service', expect: { count: 3 } },
    },
    {
      id: 'recent-rules',
      text: { en: 'The node\'s rules remember clients (`-m recent`)', 'zh-CN': '节点上的规则会记住客户端（`-m recent`）' },
      check: { kind: 'rules', service: 'my-service', expect: { sessionAffinity: true } },
    },
  ],
};
