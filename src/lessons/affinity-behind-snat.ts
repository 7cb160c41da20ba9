// Beyond the article: sessionAffinity: ClientIP and everything else that keys on the client's address only sees
// the address the packet carries at that point. Through a NodePort with externalTrafficPolicy: Cluster the node
// masquerades the packet, so the Pods see the node's address for every client. Planted: a shop whose Pods key
// their sessions on the client address, behind such a NodePort.
import type { Lesson } from './types';

const yaml = (policy: string) => `apiVersion: v1
kind: Service
metadata:
  name: shop
spec:
  type: NodePort
${policy}  sessionAffinity: ClientIP
  selector:
    app: shop
  ports:
  - port: 80
    targetPort: 80
    nodePort: 30080
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  replicas: 3
  selector:
    matchLabels:
      app: shop
  template:
    metadata:
      labels:
        app: shop
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
        ports:
        - containerPort: 80
`;

export const affinityBehindSnatStartYaml = yaml('');

/** node-1's address, 172.18.0.2 in the playground's conventions: both customers come in there. */
const NODE_PORT_URL = 'http://172.18.0.2:30080/';
const ALICE = 'external:203.0.113.10';
const BOB = 'external:198.51.100.7';
// The send bar sends from the seed's test Pod (a link carries only Pod clients): through a NodePort with the Cluster
// policy its source is masqueraded just like a customer's. The checks send as Alice and Bob from outside.
const base = { actions: [], client: 'default/test', target: '172.18.0.2:30080', options: { clientKind: 'busybox-wget' as const }, seed: 1 };

export const affinityBehindSnat: Lesson = {
  id: 'affinity-behind-snat',
  section: 'beyond',
  seed: [],
  title: {
    en: 'Everyone looks like the node: client addresses behind a NodePort with externalTrafficPolicy: Cluster',
    'zh-CN': '所有客户端看起来都是节点：externalTrafficPolicy: Cluster 的 NodePort 后面的客户端地址',
  },
  goal: {
    en: 'Alice (203.0.113.10) and Bob (198.51.100.7) shop through node-1\'s NodePort 30080. The shop Pods keep each customer\'s cart by the client address they see, and the carts got mixed up. Make the Pods see each customer\'s own address, with each customer still kept on one Pod.',
    'zh-CN': 'Alice（203.0.113.10）和 Bob（198.51.100.7）都通过 node-1 的 NodePort 30080 访问商店。商店的 Pod 按看到的客户端地址保存每位顾客的购物车，结果两人的购物车混在了一起。让 Pod 看到每位顾客自己的地址，同时每位顾客仍然固定在一个 Pod 上。',
  },
  prediction: {
    question: {
      en: 'Alice and Bob both send to 172.18.0.2:30080. The Service is a NodePort with the default externalTrafficPolicy (Cluster). Which source address does the shop Pod that answers see?',
      'zh-CN': 'Alice 和 Bob 都访问 172.18.0.2:30080。这是一个使用默认 externalTrafficPolicy（Cluster）的 NodePort Service。应答的商店 Pod 看到的源地址是什么？',
    },
    choices: [
      { id: 'own', text: { en: 'Each customer\'s own address', 'zh-CN': '每位顾客自己的地址' } },
      { id: 'node', text: { en: 'node-1\'s address, 172.18.0.2, for both', 'zh-CN': '两人都是 node-1 的地址 172.18.0.2' } },
      { id: 'vip', text: { en: 'The Service\'s ClusterIP', 'zh-CN': 'Service 的 ClusterIP' } },
    ],
    answer: 'node',
  },
  start: { ...base, yaml: affinityBehindSnatStartYaml },
  solution: { ...base, yaml: yaml('  externalTrafficPolicy: Local\n') },
  hints: [
    {
      en: 'Send from test to 172.18.0.2:30080 (node-1\'s NodePort) and open the last step: which source address does the Pod see? The checks send as Alice and Bob from outside the cluster, and see the same.',
      'zh-CN': '从 test 向 172.18.0.2:30080（node-1 的 NodePort）发请求，打开最后一步：Pod 看到的源地址是什么？检查项以 Alice 和 Bob 的身份从集群外发送，看到的也一样。',
    },
    {
      en: 'With externalTrafficPolicy: Cluster, node-1 may pass the packet to a Pod on another node, so it masquerades it (SNAT) to make the reply come back through node-1.',
      'zh-CN': 'externalTrafficPolicy 为 Cluster 时，node-1 可能把数据包转给其他节点上的 Pod，所以它会做地址伪装（SNAT），好让回包经过 node-1 返回。',
    },
    {
      en: 'Set `externalTrafficPolicy: Local`: each node then sends only to its own Pods and keeps the client\'s address. node-1 must have a shop Pod for that.',
      'zh-CN': '设置 `externalTrafficPolicy: Local`：每个节点只发给本节点的 Pod，并保留客户端地址。前提是 node-1 上要有商店 Pod。',
    },
  ],
  debrief: {
    text: {
      en: 'With `externalTrafficPolicy: Cluster` (the default), the node that receives a NodePort packet may send it to a Pod on any node, so kube-proxy marks it for masquerade and the packet leaves with the node\'s own address as its source: every customer who comes in through node-1 looks like 172.18.0.2 to the Pod. Anything that keys on the source address after that point collapses all clients into one — the app\'s own sessions, logs and rate limits, or a proxy in front of another Service with `sessionAffinity: ClientIP`. kube-proxy\'s own affinity for this Service is decided on node-1 before the SNAT, so it still tells Alice from Bob, but each node keeps its own memory of who went where, and a client behind a NAT or a load balancer that rewrites the source is one client to it. `externalTrafficPolicy: Local` keeps the packet on the node it arrived at and skips the SNAT, so the Pod sees the real address; the price is that a node without a ready local Pod drops the traffic (cloud load balancers avoid such nodes through the healthCheckNodePort).',
      'zh-CN': '在 `externalTrafficPolicy: Cluster`（默认值）下，收到 NodePort 数据包的节点可能把它发往任意节点上的 Pod，所以 kube-proxy 会给它打上地址伪装的标记，数据包离开时源地址换成了节点自己的地址：所有经 node-1 进来的顾客，在 Pod 看来都是 172.18.0.2。之后凡是按源地址区分客户端的东西都会把所有人当成一个人——应用自己的会话、日志和限流，或者位于另一个设置了 `sessionAffinity: ClientIP` 的 Service 前面的代理。kube-proxy 对这个 Service 的会话保持是在 node-1 上、SNAT 之前做出的，所以它仍然分得清 Alice 和 Bob；但每个节点各自记录谁去了哪里，而且位于 NAT 或改写源地址的负载均衡器后面的客户端，在它看来只是一个客户端。`externalTrafficPolicy: Local` 让数据包留在到达的节点上，不做 SNAT，Pod 就能看到真实地址；代价是没有本地就绪 Pod 的节点会丢弃流量（云负载均衡器通过 healthCheckNodePort 避开这些节点）。',
    },
    links: [
      {
        href: 'https://kubernetes.io/docs/tutorials/services/source-ip/',
        title: { en: 'Using Source IP (NodePort, externalTrafficPolicy)', 'zh-CN': '使用源 IP（NodePort、externalTrafficPolicy）' },
      },
      {
        href: 'https://kubernetes.io/docs/reference/networking/virtual-ips/#session-affinity',
        title: { en: 'Virtual IPs and Service Proxies: session affinity', 'zh-CN': '虚拟 IP 和 Service 代理：会话保持' },
      },
      {
        href: 'https://kubernetes.io/docs/concepts/services-networking/service/#traffic-policies',
        title: { en: 'Service: traffic policies', 'zh-CN': 'Service：流量策略' },
      },
    ],
  },
  checks: [
    {
      id: 'alice-seen',
      text: {
        en: 'Alice\'s requests reach one shop Pod, which sees 203.0.113.10',
        'zh-CN': 'Alice 的请求都到达同一个商店 Pod，且 Pod 看到的是 203.0.113.10',
      },
      check: { kind: 'send', from: ALICE, target: NODE_PORT_URL, count: 10, expect: { outcome: 'delivered', sourceSeen: 'client', landOn: { count: 1 } } },
    },
    {
      id: 'bob-seen',
      text: {
        en: 'Bob\'s requests reach one shop Pod, which sees 198.51.100.7',
        'zh-CN': 'Bob 的请求都到达同一个商店 Pod，且 Pod 看到的是 198.51.100.7',
      },
      check: { kind: 'send', from: BOB, target: NODE_PORT_URL, count: 10, expect: { outcome: 'delivered', sourceSeen: 'client', landOn: { count: 1 } } },
    },
  ],
};
