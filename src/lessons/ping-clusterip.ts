// Beyond the article: "ping web-service works, so the Service works" (and its twin, "ping fails, so it is
// broken"). In IPVS mode every node carries each ClusterIP on its kube-ipvs0 interface and answers the echo
// itself, endpoints or not; in iptables and nftables mode nothing answers it. Planted: a selector that matches
// no Pod, in IPVS mode, where ping still answers.
import type { Lesson } from './types';

const service = (app: string) => `apiVersion: v1
kind: Service
metadata:
  name: web-service
spec:
  clusterIP: 10.96.100.50
  selector:
    app: ${app}
  ports:
  - port: 80
    targetPort: 80
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx
spec:
  replicas: 3
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

/** The Service as the teammate left it: `app: web`, a label no Pod carries. */
export const pingClusterIPStartYaml = service('web');

const shell = ['ping -c 3 web-service', 'wget -q -O- http://web-service'];

export const pingClusterIP: Lesson = {
  id: 'ping-clusterip',
  section: 'beyond',
  seed: [],
  title: {
    en: 'ping answers, yet the Service is broken: what ping to a ClusterIP proves in each proxy mode',
    'zh-CN': 'ping 得通，Service 却是坏的：在各种代理模式下 ping ClusterIP 能说明什么',
  },
  goal: {
    en: 'This cluster runs kube-proxy in IPVS mode. `ping web-service` gets replies, but `wget -q -O- http://web-service` is refused. Make requests to web-service reach the nginx Pods.',
    'zh-CN': '这个集群的 kube-proxy 运行在 IPVS 模式。`ping web-service` 有回应，`wget -q -O- http://web-service` 却被拒绝。让发往 web-service 的请求到达 nginx Pod。',
  },
  prediction: {
    question: {
      en: 'The shell shows `ping web-service` getting three replies. What do those replies tell you about the nginx Pods behind web-service?',
      'zh-CN': 'Shell 里 `ping web-service` 收到了三个回应。这些回应能说明 web-service 后面的 nginx Pod 怎么样吗？',
    },
    choices: [
      { id: 'pods-up', text: { en: 'They are up: a Pod answered the ping', 'zh-CN': '它们正常：是某个 Pod 回应了 ping' } },
      { id: 'nothing', text: { en: 'Nothing: the client\'s own node answers for the ClusterIP, with or without Pods', 'zh-CN': '什么也说明不了：回应 ClusterIP 的是客户端所在的节点，有没有 Pod 都一样' } },
      { id: 'endpoints', text: { en: 'The Service has endpoints, but the port is wrong', 'zh-CN': 'Service 有端点，只是端口不对' } },
    ],
    answer: 'nothing',
  },
  start: {
    yaml: pingClusterIPStartYaml,
    actions: [],
    client: 'default/test',
    target: 'web-service',
    options: { proxyMode: 'ipvs', clientKind: 'busybox-wget' },
    seed: 1,
    shell,
  },
  solution: {
    yaml: service('nginx'),
    actions: [],
    client: 'default/test',
    target: 'web-service',
    options: { proxyMode: 'ipvs', clientKind: 'busybox-wget' },
    seed: 1,
    shell,
  },
  hints: [
    {
      en: 'Switch the proxy mode to iptables and run `ping -c 3 web-service` again. Then compare what `wget` gets in both modes.',
      'zh-CN': '把代理模式切到 iptables，再运行一次 `ping -c 3 web-service`，然后对比两种模式下 `wget` 的结果。',
    },
    {
      en: '`wget` is refused: kube-proxy has no endpoint for web-service. Which Pods does its selector pick?',
      'zh-CN': '`wget` 被拒绝，说明 kube-proxy 没有 web-service 的端点。它的选择器选中了哪些 Pod？',
    },
    {
      en: 'The Service selects `app: web`, but the nginx Pods are labelled `app: nginx`. Make the two agree.',
      'zh-CN': 'Service 选的是 `app: web`，而 nginx Pod 的标签是 `app: nginx`。让两边一致即可。',
    },
  ],
  debrief: {
    text: {
      en: 'A ClusterIP is not a machine, so what answers a ping depends on how kube-proxy implements it. In IPVS mode kube-proxy adds every ClusterIP to a dummy interface, kube-ipvs0, on every node; the node\'s kernel then owns the address and answers ICMP echo itself — whether or not the Service has a single endpoint. In iptables mode the ClusterIP is no interface\'s address and kube-proxy\'s rules match only the Service\'s TCP, UDP or SCTP ports, so the echo is routed on and nobody answers: a healthy Service "fails" ping. nftables mode rejects it: kube-proxy\'s `cluster-ips-check` chain rejects anything sent to a ClusterIP that is not one of its Service ports ("Reject traffic to invalid ports of ClusterIPs"), and ping, which waits for an echo reply, sees none. ping tests neither the Service nor its Pods in any mode. Test the port the Service serves (`wget`, `nc`, `curl`) and look at its endpoints: here the selector `app: web` matched no Pod, so kube-proxy had no endpoint and rejected the connection.',
      'zh-CN': 'ClusterIP 并不是一台机器，所以谁来回应 ping，取决于 kube-proxy 怎么实现它。IPVS 模式下，kube-proxy 会把每个 ClusterIP 加到每个节点的虚拟网卡 kube-ipvs0 上，于是节点内核自己拥有这个地址，直接回应 ICMP echo——不管 Service 有没有端点。iptables 模式下，ClusterIP 不属于任何网卡，kube-proxy 的规则只匹配 Service 的 TCP、UDP 或 SCTP 端口，ping 包被原样路由出去，没有人回应：一个健康的 Service 也会“ping 不通”。nftables 模式下会被拒绝：kube-proxy 的 `cluster-ips-check` 链会拒绝发往 ClusterIP、但不是其 Service 端口的一切流量（"Reject traffic to invalid ports of ClusterIPs"），而 ping 只等 echo 回应，所以什么也收不到。无论哪种模式，ping 既测不了 Service，也测不了它后面的 Pod。要测就测 Service 提供服务的端口（`wget`、`nc`、`curl`），再看它的端点：这里的选择器 `app: web` 一个 Pod 也没选中，kube-proxy 没有端点，于是拒绝了连接。',
    },
    links: [
      {
        href: 'https://kubernetes.io/docs/reference/networking/virtual-ips/',
        title: { en: 'Virtual IPs and Service Proxies (proxy modes)', 'zh-CN': '虚拟 IP 和 Service 代理（代理模式）' },
      },
      {
        href: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/proxy/ipvs/README.md',
        title: { en: 'kube-proxy IPVS mode README: the kube-ipvs0 dummy interface', 'zh-CN': 'kube-proxy IPVS 模式说明：虚拟网卡 kube-ipvs0' },
      },
      {
        href: 'https://kubernetes.io/docs/tasks/debug/debug-application/debug-service/',
        title: { en: 'Debug Services: does the Service have any endpoints?', 'zh-CN': '调试 Service：Service 有端点吗？' },
      },
    ],
  },
  checks: [
    {
      id: 'requests-reach-nginx',
      text: {
        en: 'Requests to web-service reach the nginx Pods',
        'zh-CN': '发往 web-service 的请求到达 nginx Pod',
      },
      check: { kind: 'requests', target: 'web-service', expect: { outcome: 'delivered', landOn: { exactly: { workload: { kind: 'Deployment', name: 'nginx' } } } } },
    },
    {
      id: 'endpoints-are-nginx',
      text: {
        en: 'web-service\'s endpoints are the three nginx Pods',
        'zh-CN': 'web-service 的端点是那三个 nginx Pod',
      },
      check: { kind: 'endpoints', service: 'web-service', expect: { exactly: { workload: { kind: 'Deployment', name: 'nginx' } } } },
    },
  ],
};
