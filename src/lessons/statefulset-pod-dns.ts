// The article's per-Pod names (`mysql-0.mysql-headless…`) and scenario 2 (a headless `mysql` with mysql-0 as the
// primary). The planted mistake: the StatefulSet's serviceName names a Service that does not exist, so no Pod gets
// a name under `mysql`.
import mysqlPrimaryReplica from '../scenarios/mysql-primary-replica.yaml?raw';
import { LINKS, edited } from './lesson-kit';
import type { Lesson } from './types';

const start = edited(mysqlPrimaryReplica, ['  serviceName: mysql\n', '  serviceName: mysql-headless\n']);

export const statefulSetPodDns: Lesson = {
  id: 'statefulset-pod-dns',
  section: 'headless',
  seed: ['statefulset-pod-dns', 'scenario-mysql'],
  title: { en: 'mysql-0.mysql: a name for each StatefulSet Pod', 'zh-CN': 'mysql-0.mysql：StatefulSet 每个 Pod 都有自己的名字' },
  goal: {
    en: 'Writes go to the primary by name: make `mysql-0.mysql:3306` reach mysql-0, and `mysql-1.mysql`, `mysql-2.mysql` their own Pods, as the article\'s scenario 2 does.',
    'zh-CN': '写操作按名字直连主库：让 `mysql-0.mysql:3306` 连到 mysql-0，`mysql-1.mysql`、`mysql-2.mysql` 也各自连到对应的 Pod，就像文章场景 2 那样。',
  },
  prediction: {
    question: { en: 'The headless Service is `mysql`, but the StatefulSet says `serviceName: mysql-headless`. What does `nslookup mysql-0.mysql` answer?', 'zh-CN': '无头服务叫 `mysql`，但 StatefulSet 写的是 `serviceName: mysql-headless`。`nslookup mysql-0.mysql` 会得到什么？' },
    choices: [
      { id: 'nxdomain', text: { en: 'NXDOMAIN: the Pod has no name under mysql', 'zh-CN': 'NXDOMAIN：这个 Pod 在 mysql 下面没有名字' } },
      { id: 'pod', text: { en: 'mysql-0\'s address: the selector matches it', 'zh-CN': 'mysql-0 的地址：选择器能匹配到它' } },
      { id: 'all', text: { en: 'All three Pods\' addresses', 'zh-CN': '三个 Pod 的地址' } },
    ],
    answer: 'nxdomain',
  },
  start: { yaml: start, actions: [], client: 'default/test', target: 'mysql-0.mysql:3306', seed: 1 },
  solution: { yaml: mysqlPrimaryReplica, actions: [], client: 'default/test', target: 'mysql-0.mysql:3306', seed: 1 },
  hints: [
    { en: '`nslookup mysql` lists all three Pods, yet `mysql-0.mysql` is not found. What gives a Pod its own name?', 'zh-CN': '`nslookup mysql` 能列出三个 Pod，`mysql-0.mysql` 却找不到。是什么让 Pod 拥有自己的名字？' },
    { en: 'A StatefulSet sets each Pod\'s hostname (mysql-0) and subdomain — the subdomain is its `serviceName`.', 'zh-CN': 'StatefulSet 会给每个 Pod 设置 hostname（mysql-0）和 subdomain，而 subdomain 就是它的 `serviceName`。' },
    { en: 'Make `serviceName` name the headless Service: `serviceName: mysql`.', 'zh-CN': '让 `serviceName` 指向这个无头服务：`serviceName: mysql`。' },
  ],
  debrief: {
    text: {
      en: 'Each StatefulSet Pod gets `hostname: <set>-<ordinal>` and `subdomain: <serviceName>`. The EndpointSlice controller copies the hostname into the endpoint only when the subdomain equals the Service\'s name, and CoreDNS answers `mysql-0.mysql.default.svc.cluster.local` from that endpoint hostname. With serviceName pointing elsewhere, the Pods are still selected (so `mysql` lists them) but none has a name under it. The article\'s `mysql -h mysql-0.mysql …` needs a mysql client; the busybox test Pod has none (`sh: mysql: not found`), so send to `mysql-0.mysql:3306` instead. Note that serviceName is immutable on a real StatefulSet: you would re-create it.',
      'zh-CN': 'StatefulSet 的每个 Pod 都会被设置 `hostname: <名字>-<序号>` 和 `subdomain: <serviceName>`。只有 subdomain 与 Service 名字相同时，EndpointSlice 控制器才会把 hostname 写进端点，CoreDNS 正是根据端点上的 hostname 来应答 `mysql-0.mysql.default.svc.cluster.local`。serviceName 指向别处时，Pod 仍然被选择器选中（所以 `mysql` 能列出它们），但在它下面没有任何 Pod 的名字。文章里的 `mysql -h mysql-0.mysql …` 需要 mysql 客户端，busybox 测试 Pod 里没有（`sh: mysql: not found`），所以这里改为向 `mysql-0.mysql:3306` 发请求。另外，真实集群里 StatefulSet 的 serviceName 是不可修改的，需要重建。',
    },
    links: [LINKS.statefulSetNames, LINKS.dns],
  },
  checks: [
    {
      id: 'primary-by-name',
      text: { en: 'mysql-0.mysql:3306 reaches mysql-0', 'zh-CN': 'mysql-0.mysql:3306 连到 mysql-0' },
      check: { kind: 'requests', target: 'mysql-0.mysql:3306', expect: { outcome: 'delivered', landOn: { exactly: { pods: ['mysql-0'] } } } },
    },
    {
      id: 'replica-names',
      text: { en: 'mysql-1.mysql and the full name of mysql-2 resolve to their own Pods', 'zh-CN': 'mysql-1.mysql 和 mysql-2 的完整域名都解析到各自的 Pod' },
      check: { kind: 'command', lines: ['nslookup mysql-1.mysql', 'nslookup mysql-2.mysql.default.svc.cluster.local'], expect: { exitCode: 0 } },
    },
    {
      id: 'replica-2',
      text: { en: 'mysql-2.mysql.default.svc.cluster.local answers with mysql-2 only', 'zh-CN': 'mysql-2.mysql.default.svc.cluster.local 的应答只有 mysql-2' },
      check: { kind: 'dns', name: 'mysql-2.mysql.default.svc.cluster.local', expect: { rcode: 'NOERROR', pods: { exactly: { pods: ['mysql-2'] } } } },
    },
    {
      id: 'members',
      text: { en: '`mysql` still lists all three members', 'zh-CN': '`mysql` 仍然列出全部三个成员' },
      check: { kind: 'dns', name: 'mysql', expect: { rcode: 'NOERROR', pods: { exactly: { workload: { kind: 'StatefulSet', name: 'mysql' } } } } },
    },
  ],
};
