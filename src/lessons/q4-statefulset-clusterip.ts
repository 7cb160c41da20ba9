// The article's Q4: a StatefulSet behind a ClusterIP "cannot be reached by a stable DNS name per Pod". CoreDNS in
// fact still answers mysql-0.mysql for it; what is lost is the member list (and the Service's one name now balances).
import mysqlPrimaryReplica from '../scenarios/mysql-primary-replica.yaml?raw';
import { LINKS, edited } from './lesson-kit';
import type { Lesson } from './types';

const start = edited(mysqlPrimaryReplica, ['  clusterIP: None\n', '']);

export const q4StatefulSetClusterIP: Lesson = {
  id: 'q4-statefulset-clusterip',
  section: 'faq',
  seed: ['q4-statefulset-clusterip'],
  title: { en: 'Q4: a StatefulSet behind a ClusterIP — what you really lose', 'zh-CN': 'Q4：StatefulSet 配 ClusterIP——到底失去了什么' },
  goal: {
    en: 'The `mysql` Service is a ClusterIP. Replication peers need the member list: make `mysql` answer with all three Pods, while `mysql-0.mysql:3306` keeps reaching the primary.',
    'zh-CN': '现在 `mysql` 是一个 ClusterIP Service。做复制的成员之间需要成员列表：让 `mysql` 的应答是全部三个 Pod，同时 `mysql-0.mysql:3306` 仍然连到主库。',
  },
  prediction: {
    question: { en: '`mysql` is a ClusterIP, the StatefulSet\'s serviceName is `mysql`. What does `nslookup mysql-0.mysql` answer?', 'zh-CN': '`mysql` 是 ClusterIP，StatefulSet 的 serviceName 是 `mysql`。`nslookup mysql-0.mysql` 会得到什么？' },
    choices: [
      { id: 'pod', text: { en: 'mysql-0\'s own address', 'zh-CN': 'mysql-0 自己的地址' } },
      { id: 'nxdomain', text: { en: 'NXDOMAIN: per-Pod names need a headless Service', 'zh-CN': 'NXDOMAIN：每个 Pod 的名字需要无头服务' } },
      { id: 'vip', text: { en: 'The Service\'s virtual IP', 'zh-CN': 'Service 的虚拟 IP' } },
    ],
    answer: 'pod',
  },
  start: { yaml: start, actions: [], client: 'default/test', target: 'mysql-0.mysql:3306', seed: 1 },
  solution: { yaml: mysqlPrimaryReplica, actions: [], client: 'default/test', target: 'mysql-0.mysql:3306', seed: 1 },
  hints: [
    { en: 'Look up `mysql-0.mysql` and `mysql`: one of them may surprise you.', 'zh-CN': '分别解析 `mysql-0.mysql` 和 `mysql`：其中一个的结果可能出乎你的意料。' },
    { en: 'A ClusterIP name answers with the virtual IP only. Which kind of Service answers with its Pods?', 'zh-CN': 'ClusterIP 的名字只会应答虚拟 IP。哪种 Service 会应答它的 Pod？' },
    { en: 'Make `mysql` headless: `clusterIP: None`.', 'zh-CN': '把 `mysql` 改成无头服务：`clusterIP: None`。' },
  ],
  debrief: {
    text: {
      en: 'The article says a ClusterIP cannot give a stable DNS name to each Pod. In a real cluster it can: the StatefulSet still sets hostname and subdomain, the EndpointSlice controller still records `hostname: mysql-0` on the endpoint, and CoreDNS answers `mysql-0.mysql.default.svc.cluster.local` with mysql-0\'s address for any Service with such endpoints. The Kubernetes docs do require a headless governing Service for StatefulSets, and what you really lose without it is the member list: `mysql` answers with one virtual IP, balanced by the kernel, so peers cannot discover each other, and "connect to mysql" may land on a replica. Keep the headless Service; add a ClusterIP beside it when you want balancing.',
      'zh-CN': '文章说 ClusterIP 无法给每个 Pod 提供稳定的 DNS 名。真实集群里其实可以：StatefulSet 依然会设置 hostname 和 subdomain，EndpointSlice 控制器依然会在端点上记录 `hostname: mysql-0`，而 CoreDNS 对任何带有这类端点的 Service，都会用 mysql-0 的地址应答 `mysql-0.mysql.default.svc.cluster.local`。不过 Kubernetes 文档确实要求 StatefulSet 配一个无头的管理 Service，没有它时真正失去的是成员列表：`mysql` 只应答一个由内核负载均衡的虚拟 IP，成员之间无法互相发现，“连 mysql”也可能落到从库上。保留无头服务；需要负载均衡时，在旁边再加一个 ClusterIP。',
    },
    links: [LINKS.statefulSetNames, LINKS.corednsKubernetes],
  },
  checks: [
    {
      id: 'members',
      text: { en: '`mysql` answers with all three MySQL Pods', 'zh-CN': '`mysql` 的应答是全部三个 MySQL Pod' },
      check: { kind: 'dns', name: 'mysql', expect: { rcode: 'NOERROR', pods: { exactly: { workload: { kind: 'StatefulSet', name: 'mysql' } } } } },
    },
    {
      id: 'primary-by-name',
      text: { en: 'mysql-0.mysql:3306 reaches mysql-0', 'zh-CN': 'mysql-0.mysql:3306 连到 mysql-0' },
      check: { kind: 'requests', target: 'mysql-0.mysql:3306', expect: { outcome: 'delivered', landOn: { exactly: { pods: ['mysql-0'] } } } },
    },
  ],
};
