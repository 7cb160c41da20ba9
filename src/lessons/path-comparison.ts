// The article's "流量路径差异": ClusterIP traffic is rewritten by the rules on the client's node; headless traffic
// goes to the Pod address the client chose. The learner adds the graph's "headless copy" of web-service and
// compares the two paths to the same Pods.
import defaultYaml from '../scenarios/default.yaml?raw';
import { LINKS } from './lesson-kit';
import type { Lesson } from './types';

/**
 * What the graph's "Add a headless copy" of web-service appends to the default scenario (the core's
 * addHeadlessCopy; path-comparison.test.ts holds the two equal). Written out, the lesson stays plain data: making
 * it at import built the cluster, and brought the core's loader to every page that loads this lesson.
 */
export const HEADLESS_COPY = `---
# A headless copy of web-service for the same Pods: its name answers with each Pod's own address.
apiVersion: v1
kind: Service
metadata:
  name: web-service-headless
spec:
  clusterIP: None
  selector:
    app: nginx
  ports:
  - port: 80
`;

const nginxPods = { workload: { kind: 'Deployment', name: 'nginx' } } as const;

export const pathComparison: Lesson = {
  id: 'path-comparison',
  section: 'comparison',
  seed: ['path-comparison'],
  title: { en: 'Two paths to the same Pods: through the rules, or straight there', 'zh-CN': '通往同一组 Pod 的两条路：经过规则，或者直达' },
  goal: {
    en: 'Add a headless copy of web-service, named web-service-headless, for the same nginx Pods; then send to both and compare the steps.',
    'zh-CN': '给 web-service 加一个无头副本 web-service-headless，选中同一组 nginx Pod；然后分别发请求，对比每一步。',
  },
  prediction: {
    question: { en: 'A request to web-service-headless: where is its destination address rewritten?', 'zh-CN': '发往 web-service-headless 的请求，目的地址在哪里被改写？' },
    choices: [
      { id: 'nowhere', text: { en: 'Nowhere: the client already dials a Pod address', 'zh-CN': '哪里都不改写：客户端连的本来就是 Pod 地址' } },
      { id: 'client-node', text: { en: 'On the client\'s node, as for web-service', 'zh-CN': '和 web-service 一样，在客户端所在节点' } },
      { id: 'pod-node', text: { en: 'On the Pod\'s node', 'zh-CN': '在 Pod 所在节点' } },
    ],
    answer: 'nowhere',
  },
  start: { yaml: defaultYaml, actions: [], client: 'default/test', target: 'web-service', seed: 1 },
  solution: { yaml: defaultYaml + HEADLESS_COPY, actions: [], client: 'default/test', target: 'web-service-headless', seed: 1 },
  hints: [
    { en: 'Right-click web-service in the graph: "Add a headless copy" writes the Service for you.', 'zh-CN': '在拓扑图里右键 web-service：“添加无头副本”会帮你写好这个 Service。' },
    { en: 'Or copy web-service in the editor, rename it web-service-headless, and set `clusterIP: None` (drop the pinned address).', 'zh-CN': '也可以在编辑器里复制 web-service，改名为 web-service-headless，写上 `clusterIP: None`（去掉固定的地址）。' },
    { en: 'Send to each and open the steps: look for the DNAT step.', 'zh-CN': '分别发请求并展开每一步：找找 DNAT 那一步。' },
  ],
  debrief: {
    text: {
      en: 'Through web-service: DNS gives the virtual IP, the kernel on test\'s node matches KUBE-SERVICES and rewrites the destination to one Pod (DNAT), and conntrack undoes it on the reply. Through web-service-headless: DNS gives every Pod address, the client takes one (busybox wget the first; CoreDNS\'s loadbalance plugin shuffles the order, so it varies), and the packet leaves with the Pod address unchanged; no Service rule matches. The article says kube-proxy picks the Pod "at random": in iptables mode it is random per connection, in IPVS mode round-robin, and the pick happens in the kernel, not in kube-proxy.',
      'zh-CN': '走 web-service：DNS 给出虚拟 IP，test 所在节点的内核匹配 KUBE-SERVICES，把目的地址改写成某个 Pod（DNAT），回包时 conntrack 再改回来。走 web-service-headless：DNS 给出全部 Pod 地址，客户端自己取一个（busybox wget 取第一个；CoreDNS 的 loadbalance 插件会打乱顺序，所以每次可能不同），数据包带着 Pod 地址原样发出，不匹配任何 Service 规则。文章说 kube-proxy “随机选择一个 Pod”：iptables 模式下是按连接随机，IPVS 模式下是轮询，而且选择发生在内核里，不在 kube-proxy 里。',
    },
    links: [LINKS.virtualIPs, LINKS.headless],
  },
  checks: [
    {
      id: 'headless-answers-pods',
      text: { en: 'web-service-headless answers with the nginx Pods\' addresses', 'zh-CN': 'web-service-headless 的应答是 nginx Pod 的地址' },
      check: { kind: 'dns', name: 'web-service-headless', expect: { rcode: 'NOERROR', pods: { exactly: nginxPods } } },
    },
    {
      id: 'headless-no-rules',
      text: { en: 'No Service rules exist for web-service-headless', 'zh-CN': 'web-service-headless 没有任何 Service 规则' },
      check: { kind: 'rules', service: 'web-service-headless', expect: { clusterIP: false } },
    },
    {
      id: 'headless-reaches-nginx',
      text: { en: 'Requests to web-service-headless reach nginx Pods', 'zh-CN': '发往 web-service-headless 的请求能到达 nginx Pod' },
      check: { kind: 'requests', target: 'web-service-headless', expect: { outcome: 'delivered', landOn: { within: nginxPods } } },
    },
    {
      id: 'clusterip-unchanged',
      text: { en: 'web-service still has its virtual IP rules, over three Pods', 'zh-CN': 'web-service 的虚拟 IP 规则还在，分到三个 Pod' },
      check: { kind: 'rules', service: 'web-service', expect: { clusterIP: true, endpoints: 3 } },
    },
  ],
};
