// The article's "混合使用" section: mysql-headless for per-Pod names, mysql-read for balanced reads. Its
// mysql-read selects `role: replica`, a label nothing puts on the Pods, so it starts with no endpoints.
import mysqlMixed from '../scenarios/mysql-mixed.yaml?raw';
import { labelPod } from './lesson-kit';
import type { Lesson } from './types';

const labelReplica = (name: string) => labelPod(name, 'role', 'replica');

export const mixedRead: Lesson = {
  id: 'mixed-read',
  section: 'mixed',
  seed: ['mixed-read'],
  title: {
    en: 'Two Services for one StatefulSet: writes to mysql-0, reads to the replicas',
    'zh-CN': '一个 StatefulSet 配两个 Service：写走 mysql-0，读走从库',
  },
  goal: {
    en: 'Make `mysql-read:3306` reach exactly the replicas, mysql-1 and mysql-2 — never the primary mysql-0 — while `mysql-0.mysql-headless` still reaches the primary.',
    'zh-CN': '让 `mysql-read:3306` 只落到从库 mysql-1 和 mysql-2 上，绝不落到主库 mysql-0；同时 `mysql-0.mysql-headless` 仍然连到主库。',
  },
  prediction: {
    question: {
      en: 'mysql-read selects `app: mysql` and `role: replica`. Before you change anything: how many Pods are behind it?',
      'zh-CN': 'mysql-read 的选择器是 `app: mysql` 加 `role: replica`。什么都不改的话，它后面有几个 Pod？',
    },
    choices: [
      { id: 'none', text: { en: 'None', 'zh-CN': '一个也没有' } },
      { id: 'two', text: { en: 'Two: mysql-1 and mysql-2', 'zh-CN': '两个：mysql-1 和 mysql-2' } },
      { id: 'three', text: { en: 'All three', 'zh-CN': '全部三个' } },
    ],
    answer: 'none',
  },
  start: { yaml: mysqlMixed, actions: [], client: 'default/test', target: 'mysql-read:3306', seed: 1 },
  solution: {
    yaml: mysqlMixed,
    actions: [labelReplica('mysql-1'), labelReplica('mysql-2')],
    client: 'default/test',
    target: 'mysql-read:3306',
    seed: 1,
  },
  hints: [
    {
      en: 'Send to `mysql-read:3306` and look at the Service in the graph: which Pods carry the label `role=replica`?',
      'zh-CN': '向 `mysql-read:3306` 发请求，再看拓扑图里的这个 Service：哪些 Pod 带着 `role=replica` 标签？',
    },
    {
      en: 'The StatefulSet gives all three Pods the same template labels, so the template cannot tell the primary from the replicas. Label the Pods themselves.',
      'zh-CN': 'StatefulSet 给三个 Pod 打的都是同一份模板标签，模板分不出主从，所以要给 Pod 本身打标签。',
    },
    {
      en: 'Right-click mysql-1 in the graph (or select it and press L) and add `role=replica`; then do the same for mysql-2. That is `kubectl label pod mysql-1 role=replica`.',
      'zh-CN': '在拓扑图里右键 mysql-1（或选中后按 L），加上 `role=replica`，再对 mysql-2 做一遍。等价于 `kubectl label pod mysql-1 role=replica`。',
    },
  ],
  debrief: {
    text: {
      en: 'A Service selects Pods by their labels, all of them ANDed, and a StatefulSet stamps the same template labels on every Pod. So `role: replica` matches no Pod until something labels the replicas one by one — in production an operator or the replication tooling does it, and relabels when the primary fails over. Put `role: replica` in the template instead and mysql-0 gets it too: reads would land on the primary. The Kubernetes tutorial\'s own mysql-read selects every MySQL Pod, primary included, because the primary can serve reads as well. Selectors are equality only, so "every Pod but mysql-0" cannot be written as a selector; each StatefulSet Pod does carry `statefulset.kubernetes.io/pod-name` and `apps.kubernetes.io/pod-index` labels, which can pick out one Pod.',
      'zh-CN': 'Service 按标签选 Pod，选择器里的所有条件同时满足才算匹配；而 StatefulSet 给每个 Pod 打的都是同一份模板标签。所以在有人逐个给从库打上 `role: replica` 之前，这个选择器一个 Pod 也选不中——生产环境里通常由 Operator 或复制管理工具来打，主库切换后再重新打。如果把 `role: replica` 写进模板，mysql-0 也会带上，读请求就会落到主库上。Kubernetes 官方教程里的 mysql-read 其实选中全部 MySQL Pod（包括主库），因为主库也能处理读请求。选择器只支持等值匹配，写不出“除了 mysql-0 以外的 Pod”；不过每个 StatefulSet Pod 都带有 `statefulset.kubernetes.io/pod-name` 和 `apps.kubernetes.io/pod-index` 标签，可以用来单独选中某一个 Pod。',
    },
    links: [
      {
        href: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors',
        title: { en: 'Labels and Selectors: label selectors', 'zh-CN': '标签和选择器：标签选择器' },
      },
      {
        href: 'https://kubernetes.io/docs/tasks/run-application/run-replicated-stateful-application/',
        title: { en: 'Run a Replicated Stateful Application (the MySQL tutorial)', 'zh-CN': '运行一个有状态的多副本应用（MySQL 教程）' },
      },
      {
        href: 'https://kubernetes.io/docs/reference/labels-annotations-taints/#statefulset-kubernetes-io-pod-name',
        title: { en: 'Well-known labels: statefulset.kubernetes.io/pod-name', 'zh-CN': '常用标签：statefulset.kubernetes.io/pod-name' },
      },
    ],
  },
  checks: [
    {
      id: 'reads-reach-replicas',
      text: {
        en: 'Requests to mysql-read:3306 land on mysql-1 and mysql-2, and only there',
        'zh-CN': '发往 mysql-read:3306 的请求落在 mysql-1 和 mysql-2 上，且只落在这两个 Pod 上',
      },
      check: { kind: 'requests', target: 'mysql-read:3306', expect: { outcome: 'delivered', landOn: { exactly: { pods: ['mysql-1', 'mysql-2'] } } } },
    },
    {
      id: 'writes-reach-primary',
      text: {
        en: 'mysql-0.mysql-headless:3306 still reaches the primary, mysql-0',
        'zh-CN': 'mysql-0.mysql-headless:3306 仍然连到主库 mysql-0',
      },
      check: { kind: 'requests', target: 'mysql-0.mysql-headless:3306', expect: { outcome: 'delivered', landOn: { exactly: { pods: ['mysql-0'] } } } },
    },
    {
      id: 'headless-lists-all',
      text: {
        en: 'The headless Service still answers with every MySQL Pod',
        'zh-CN': '无头服务的 DNS 应答里仍然是全部 MySQL Pod',
      },
      check: { kind: 'dns', name: 'mysql-headless', expect: { rcode: 'NOERROR', pods: { exactly: { workload: { kind: 'StatefulSet', name: 'mysql' } } } } },
    },
  ],
};
