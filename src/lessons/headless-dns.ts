// The article's headless YAML: `clusterIP: None` makes the name answer with the Pods' own addresses. The start
// has the line missing, so my-headless-service is an ordinary ClusterIP Service.
import seedBasics from '../scenarios/seed-basics.yaml?raw';
import { LINKS, edited } from './lesson-kit';
import type { Lesson } from './types';

const start = edited(seedBasics, ['  clusterIP: None  # 🔑 关键:设置为 None\n', '']);
const databasePods = { workload: { kind: 'StatefulSet', name: 'database' } } as const;

export const headlessDns: Lesson = {
  id: 'headless-dns',
  section: 'headless',
  seed: ['headless-yaml-dns'],
  title: { en: 'clusterIP: None — the name answers with the Pods', 'zh-CN': 'clusterIP: None——域名直接解析到 Pod' },
  goal: {
    en: 'Make `nslookup my-headless-service` print the address of every database Pod instead of one virtual IP.',
    'zh-CN': '让 `nslookup my-headless-service` 打印出每个 database Pod 的地址，而不是一个虚拟 IP。',
  },
  prediction: {
    question: { en: 'Once my-headless-service is headless, what does a request to `my-headless-service:3306` meet on the client\'s node?', 'zh-CN': 'my-headless-service 变成无头服务之后，发往 `my-headless-service:3306` 的请求在客户端节点上会遇到什么？' },
    choices: [
      { id: 'no-rules', text: { en: 'No Service rules: it goes straight to the Pod address the client picked', 'zh-CN': '没有任何 Service 规则：直接发往客户端自己选的 Pod 地址' } },
      { id: 'dnat', text: { en: 'kube-proxy\'s DNAT, as for a ClusterIP', 'zh-CN': '和 ClusterIP 一样，经过 kube-proxy 的 DNAT' } },
      { id: 'refused', text: { en: 'A REJECT: headless Services take no traffic', 'zh-CN': '被 REJECT：无头服务不接收流量' } },
    ],
    answer: 'no-rules',
  },
  start: { yaml: start, actions: [], client: 'default/test', target: 'my-headless-service:3306', seed: 1 },
  solution: { yaml: seedBasics, actions: [], client: 'default/test', target: 'my-headless-service:3306', seed: 1 },
  hints: [
    { en: 'Look the name up now: one address, and it is in the Service range (10.96.0.0/12).', 'zh-CN': '先解析一下：只有一个地址，而且在 Service 网段（10.96.0.0/12）里。' },
    { en: 'A headless Service is one without a cluster IP — and "without" has its own spelling.', 'zh-CN': '无头服务就是没有 cluster IP 的 Service，而“没有”有专门的写法。' },
    { en: 'Add `clusterIP: None` to my-headless-service\'s spec.', 'zh-CN': '在 my-headless-service 的 spec 里加上 `clusterIP: None`。' },
  ],
  debrief: {
    text: {
      en: 'With `clusterIP: None` the API server allocates no virtual IP, kube-proxy writes no rules for the Service, and CoreDNS answers the name with one A record per ready endpoint, shuffled by its `loadbalance` plugin. The client gets every address and chooses; the packet goes to that Pod unchanged. `clusterIP` cannot be changed on a live Service — the API server refuses the update — so in a real cluster you delete and re-create it; the editor here simply re-applies the whole text.',
      'zh-CN': '写上 `clusterIP: None` 后，API Server 不分配虚拟 IP，kube-proxy 不为这个 Service 写任何规则，CoreDNS 对这个名字按每个就绪端点返回一条 A 记录，并由 `loadbalance` 插件打乱顺序。客户端拿到全部地址后自己挑一个，数据包原样发往那个 Pod。注意 `clusterIP` 在已存在的 Service 上是不能修改的——API Server 会拒绝更新——真实集群里要删掉重建；这里的编辑器每次都是整体重新应用全文。',
    },
    links: [LINKS.headless, LINKS.dns],
  },
  checks: [
    {
      id: 'pod-addresses',
      text: { en: 'my-headless-service answers with every database Pod\'s address', 'zh-CN': 'my-headless-service 的应答是每个 database Pod 的地址' },
      check: { kind: 'dns', name: 'my-headless-service', expect: { rcode: 'NOERROR', pods: { exactly: databasePods } } },
    },
    {
      id: 'no-vip-rules',
      text: { en: 'No virtual IP rules for it on the client\'s node', 'zh-CN': '客户端节点上没有它的虚拟 IP 规则' },
      check: { kind: 'rules', service: 'my-headless-service', expect: { clusterIP: false } },
    },
    {
      id: 'still-reached',
      text: { en: 'my-headless-service:3306 still reaches a database Pod', 'zh-CN': 'my-headless-service:3306 仍然能连到 database Pod' },
      check: { kind: 'requests', target: 'my-headless-service:3306', expect: { outcome: 'delivered', landOn: { within: databasePods } } },
    },
  ],
};
