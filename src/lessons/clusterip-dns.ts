// The article's "DNS 解析行为" for ClusterIP: the name answers with the Service's one virtual IP, however many
// Pods are behind it. The learner scales the Deployment and sees the answer stay one address.
import webClusterIP from '../scenarios/web-clusterip.yaml?raw';
import { LINKS, scale } from './lesson-kit';
import type { Lesson } from './types';

export const clusterIPDns: Lesson = {
  id: 'clusterip-dns',
  section: 'clusterip',
  seed: ['clusterip-dns'],
  title: { en: 'One name, one virtual IP, however many Pods', 'zh-CN': '一个名字、一个虚拟 IP，不管后面有多少 Pod' },
  goal: {
    en: 'Scale the nginx Deployment to 5 replicas, then look up web-service: the answer must still be the Service\'s one virtual IP, with all 5 Pods behind it.',
    'zh-CN': '把 nginx 这个 Deployment 扩容到 5 个副本，然后解析 web-service：应答仍然只有 Service 的那一个虚拟 IP，而它后面是全部 5 个 Pod。',
  },
  prediction: {
    question: { en: 'After scaling nginx to 5, how many addresses does `nslookup web-service` print?', 'zh-CN': 'nginx 扩容到 5 个之后，`nslookup web-service` 会打印几个地址？' },
    choices: [
      { id: 'one', text: { en: 'One: the Service\'s virtual IP', 'zh-CN': '一个：Service 的虚拟 IP' } },
      { id: 'five', text: { en: 'Five: one per Pod', 'zh-CN': '五个：每个 Pod 一个' } },
      { id: 'six', text: { en: 'Six: the virtual IP and the five Pods', 'zh-CN': '六个：虚拟 IP 加上五个 Pod' } },
    ],
    answer: 'one',
  },
  start: { yaml: webClusterIP, actions: [], client: 'default/test', target: 'web-service', seed: 1 },
  solution: { yaml: webClusterIP, actions: [scale('Deployment', 'nginx', 5)], client: 'default/test', target: 'web-service', seed: 1 },
  hints: [
    { en: 'Right-click the nginx Deployment in the graph and scale it, or change `replicas:` in the editor.', 'zh-CN': '在拓扑图里右键 nginx 这个 Deployment 进行扩缩容，或者在编辑器里改 `replicas:`。' },
    { en: 'Watch the DNS terminal while you scale: does the answer change?', 'zh-CN': '扩容时盯着 DNS 终端：应答有没有变化？' },
  ],
  debrief: {
    text: {
      en: 'For a ClusterIP Service CoreDNS answers the A record with the Service\'s clusterIP and nothing else — it never lists the Pods. The Pods are the Service\'s endpoints (its EndpointSlices), and only kube-proxy reads those: it rewrites the rules on every node when you scale. So clients keep one stable address while Pods come and go; what changes is where the rules send each new connection. busybox nslookup also prints the names it tried through the search list and their NXDOMAIN lines; those are not errors.',
      'zh-CN': '对于 ClusterIP 类型的 Service，CoreDNS 的 A 记录应答里只有 Service 的 clusterIP，从来不会列出 Pod。Pod 是这个 Service 的端点（记录在 EndpointSlice 里），只有 kube-proxy 会读它们：扩缩容时它会改写每个节点上的规则。所以 Pod 来来去去，客户端拿到的始终是同一个稳定地址；变化的只是规则把每个新连接转发到哪里。busybox nslookup 还会打印它按搜索域列表尝试过的名字和对应的 NXDOMAIN，那些不是错误。',
    },
    links: [LINKS.dns, LINKS.corednsKubernetes],
  },
  checks: [
    {
      id: 'one-vip',
      text: { en: 'web-service answers with exactly its virtual IP', 'zh-CN': 'web-service 的 DNS 应答恰好是它的虚拟 IP' },
      check: { kind: 'dns', name: 'web-service', expect: { rcode: 'NOERROR', serviceIP: 'web-service' } },
    },
    {
      id: 'five-endpoints',
      text: { en: 'Five ready nginx Pods are behind it', 'zh-CN': '它后面有 5 个就绪的 nginx Pod' },
      check: { kind: 'endpoints', service: 'web-service', expect: { count: 5, exactly: { workload: { kind: 'Deployment', name: 'nginx' } } } },
    },
  ],
};
