// Beyond the article: "kube-proxy forwards my request". It does not: it only writes rules, and the kernel on the
// client's own node applies them. Planted: `internalTrafficPolicy: Local` with the only nginx Pod on node-2 and
// the client on node-1, so node-1's rules have no endpoint and drop the request although node-2's kube-proxy
// knows the Pod well.
import type { Lesson } from './types';

const yaml = (policy: string, replicas: number) => `apiVersion: v1
kind: Service
metadata:
  name: web-service
spec:
  clusterIP: 10.96.100.50
${policy}  selector:
    app: nginx
  ports:
  - port: 80
    targetPort: 80
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
        ports:
        - containerPort: 80
`;

/** One nginx Pod (the scheduler puts it on node-2) behind a node-local Service. */
export const kubeProxyDataPathStartYaml = yaml('  internalTrafficPolicy: Local\n', 1);

const state = { actions: [], client: 'default/test', target: 'web-service', options: { clientKind: 'busybox-wget' as const }, seed: 1 };

export const kubeProxyDataPath: Lesson = {
  id: 'kube-proxy-data-path',
  section: 'beyond',
  seed: [],
  title: {
    en: 'kube-proxy is not on the path: the client\'s own node rewrites the packet',
    'zh-CN': 'kube-proxy 不在数据路径上：改写数据包的是客户端所在的节点',
  },
  goal: {
    en: 'The client `test` runs on node-1; the only nginx Pod runs on node-2, whose kube-proxy is healthy. Make requests from test to web-service reach nginx.',
    'zh-CN': '客户端 `test` 运行在 node-1 上；唯一的 nginx Pod 运行在 node-2 上，node-2 的 kube-proxy 一切正常。让 test 发往 web-service 的请求到达 nginx。',
  },
  prediction: {
    question: {
      en: 'web-service has `internalTrafficPolicy: Local`. test (node-1) sends to web-service; the only endpoint is on node-2. What happens to the request?',
      'zh-CN': 'web-service 设置了 `internalTrafficPolicy: Local`。test（node-1）向 web-service 发请求，唯一的端点在 node-2 上。这个请求会怎样？',
    },
    choices: [
      { id: 'forwarded', text: { en: 'node-2\'s kube-proxy receives it and hands it to the Pod', 'zh-CN': 'node-2 的 kube-proxy 收到它，再转给 Pod' } },
      { id: 'dropped', text: { en: 'node-1\'s kernel finds no endpoint in node-1\'s rules and drops it', 'zh-CN': 'node-1 的内核在 node-1 的规则里找不到端点，把它丢弃' } },
      { id: 'dns', text: { en: 'CoreDNS answers with the Pod\'s IP instead, so it still arrives', 'zh-CN': 'CoreDNS 改为返回 Pod 的 IP，所以请求照样能到' } },
    ],
    answer: 'dropped',
  },
  start: { yaml: kubeProxyDataPathStartYaml, ...state },
  solution: { yaml: yaml('', 1), ...state },
  hints: [
    {
      en: 'Send one request and step through it: on which node do the rules rewrite (or drop) the packet? Is kube-proxy one of the steps?',
      'zh-CN': '发一个请求，逐步查看：是在哪个节点上，规则改写（或丢弃）了数据包？kube-proxy 是其中一步吗？',
    },
    {
      en: 'Open node-1\'s rules (iptables-save): for web-service, node-1 has just one DROP rule, commented "has no local endpoints". Compare node-2\'s rules — the packet never gets there.',
      'zh-CN': '打开 node-1 的规则（iptables-save）：关于 web-service，node-1 上只有一条 DROP 规则，注释是“has no local endpoints”。再对比 node-2 的规则——数据包根本到不了那里。',
    },
    {
      en: '`internalTrafficPolicy: Local` limits each node to its own endpoints. Either drop that line (back to Cluster), or give node-1 an nginx Pod of its own.',
      'zh-CN': '`internalTrafficPolicy: Local` 让每个节点只用本节点的端点。要么删掉这一行（恢复为 Cluster），要么让 node-1 上也有一个 nginx Pod。',
    },
  ],
  debrief: {
    text: {
      en: 'kube-proxy is a controller, not a proxy on the path: on every node it watches Services and EndpointSlices and writes rules (iptables, nftables or IPVS) into that node\'s kernel. A request from test leaves the Pod, enters node-1\'s kernel, and node-1\'s rules pick an endpoint and rewrite the destination (DNAT) right there; the packet then goes straight to the Pod\'s node. No kube-proxy process ever touches it — which is also why connections keep working for a while if kube-proxy crashes. So what a node can do is exactly what its own rules say. With `internalTrafficPolicy: Local`, kube-proxy writes on each node only the endpoints on that node; node-1 has none, so node-1 drops the request, and node-2, which has the Pod, never sees it. The same happens in every proxy mode. Removing the policy (Cluster, the default) lets node-1 send to any node; scaling nginx until a Pod runs on node-1 also works, because then node-1\'s rules have a local endpoint.',
      'zh-CN': 'kube-proxy 是一个控制器，而不是路径上的代理：它在每个节点上监听 Service 和 EndpointSlice，把规则（iptables、nftables 或 IPVS）写进这个节点的内核。test 发出的请求离开 Pod、进入 node-1 的内核，由 node-1 的规则当场选出端点并改写目的地址（DNAT），之后数据包直接发往 Pod 所在的节点。整个过程没有任何 kube-proxy 进程经手——这也是 kube-proxy 崩溃后，连接在一段时间内仍然正常的原因。所以一个节点能做什么，完全取决于它自己的规则。设置 `internalTrafficPolicy: Local` 后，kube-proxy 在每个节点上只写入本节点的端点；node-1 上一个也没有，于是 node-1 丢弃了请求，而有 Pod 的 node-2 根本看不到它。三种代理模式都是如此。去掉这个策略（恢复默认的 Cluster），node-1 就能发往任意节点；把 nginx 扩容到 node-1 上也有 Pod 同样可行，因为那时 node-1 的规则里有了本地端点。',
    },
    links: [
      {
        href: 'https://kubernetes.io/docs/reference/networking/virtual-ips/',
        title: { en: 'Virtual IPs and Service Proxies', 'zh-CN': '虚拟 IP 和 Service 代理' },
      },
      {
        href: 'https://kubernetes.io/docs/concepts/services-networking/service-traffic-policy/',
        title: { en: 'Service Internal Traffic Policy', 'zh-CN': 'Service 内部流量策略' },
      },
    ],
  },
  checks: [
    {
      id: 'requests-delivered',
      text: {
        en: 'Requests from test to web-service reach an nginx Pod',
        'zh-CN': 'test 发往 web-service 的请求到达某个 nginx Pod',
      },
      check: { kind: 'requests', target: 'web-service', expect: { outcome: 'delivered' } },
    },
  ],
};
