// The article's Q1 decision flow, walked to its last branch: a stateful app whose Pods differ (a primary and its
// replicas) wants a StatefulSet behind a headless Service. The start is the first thing people write: a Deployment
// behind a ClusterIP.
import webClusterIP from '../scenarios/web-clusterip.yaml?raw';
import mysqlHeadless from '../scenarios/mysql-headless.yaml?raw';
import mysqlPrimaryReplica from '../scenarios/mysql-primary-replica.yaml?raw';
import mysqlMixed from '../scenarios/mysql-mixed.yaml?raw';
import { LINKS } from './lesson-kit';
import type { Chooser, Lesson } from './types';

const pod = `    metadata:
      labels:
        app: db
    spec:
      containers:
      - name: mysql
        image: mysql:8.0
        env:
        - name: MYSQL_ROOT_PASSWORD
          value: "password"
        ports:
        - containerPort: 3306
`;

const start = `# A MySQL primary with two replicas, written as a stateless app. Writes must go to the primary, by name: db-0.db.
apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  selector:
    app: db
  ports:
  - port: 3306
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: db
spec:
  replicas: 3
  selector:
    matchLabels:
      app: db
  template:
${pod}`;

const solution = `# A MySQL primary with two replicas: a StatefulSet (stable names, db-0 first) behind a headless Service.
apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  clusterIP: None
  selector:
    app: db
  ports:
  - port: 3306
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  replicas: 3
  selector:
    matchLabels:
      app: db
  template:
${pod}`;

const client = 'default/test';

/** The article's flow, question by question, with the closing advice's mixed answer as a last question. */
const chooser: Chooser = {
  first: 'stateless',
  questions: [
    {
      id: 'stateless',
      text: { en: 'Is the application stateless (any Pod can answer any request)?', 'zh-CN': '应用是无状态的吗（任何一个 Pod 都能处理任何请求）？' },
      yes: { result: 'clusterip' },
      no: { question: 'see-all' },
    },
    {
      id: 'see-all',
      text: { en: 'Must clients see every Pod (member discovery, a client that balances itself)?', 'zh-CN': '客户端需要感知所有 Pod 吗（成员发现，或客户端自己做负载均衡）？' },
      yes: { result: 'headless' },
      no: { question: 'differ' },
    },
    {
      id: 'differ',
      text: { en: 'Do the Pods differ (a primary and replicas, shards)?', 'zh-CN': '需要区分不同的 Pod 吗（主从、分片）？' },
      yes: { question: 'also-balance' },
      no: { result: 'clusterip' },
    },
    {
      id: 'also-balance',
      text: { en: 'Do some clients also just want any one of them, balanced (reads from any replica)?', 'zh-CN': '是否还有客户端只需要连任意一个、由系统做负载均衡（比如从任意从库读）？' },
      yes: { result: 'both' },
      no: { result: 'headless-statefulset' },
    },
  ],
  results: [
    {
      id: 'clusterip',
      title: { en: 'ClusterIP', 'zh-CN': 'ClusterIP' },
      why: { en: 'One stable virtual IP; the kernel on each client\'s node spreads new connections over the Pods. Clients need not know the Pods.', 'zh-CN': '一个稳定的虚拟 IP；每个客户端所在节点的内核把新连接分散到各个 Pod。客户端不需要知道有哪些 Pod。' },
      state: { yaml: webClusterIP, actions: [], client, target: 'web-service', seed: 1 },
    },
    {
      id: 'headless',
      title: { en: 'Headless Service', 'zh-CN': 'Headless Service（无头服务）' },
      why: { en: 'The name answers with every ready Pod\'s address; the client chooses and connects to the Pod directly, with no virtual IP and no rules in between.', 'zh-CN': '这个名字的应答是每个就绪 Pod 的地址；客户端自己选择并直接连接 Pod，中间没有虚拟 IP，也没有任何规则。' },
      state: { yaml: mysqlHeadless, actions: [], client, target: 'mysql-headless:3306', seed: 1 },
    },
    {
      id: 'headless-statefulset',
      title: { en: 'Headless Service + StatefulSet', 'zh-CN': 'Headless Service + StatefulSet' },
      why: { en: 'The name lists every member, and each Pod keeps a stable name (mysql-0.mysql) for the client that must reach that one.', 'zh-CN': '名字能列出所有成员，每个 Pod 还有稳定的名字（mysql-0.mysql），需要连某个特定 Pod 的客户端可以直接连它。' },
      state: { yaml: mysqlPrimaryReplica, actions: [], client, target: 'mysql-0.mysql:3306', seed: 1 },
    },
    {
      id: 'both',
      title: { en: 'Both: a headless Service and a ClusterIP', 'zh-CN': '两种都创建：无头服务加 ClusterIP' },
      why: { en: 'Writes go to mysql-0.mysql-headless by name; reads go to mysql-read and are balanced over the replicas you label.', 'zh-CN': '写操作按名字连 mysql-0.mysql-headless；读操作走 mysql-read，在你打了标签的从库之间负载均衡。' },
      state: { yaml: mysqlMixed, actions: [], client, target: 'mysql-read:3306', seed: 1 },
    },
  ],
};

export const q1Decision: Lesson = {
  id: 'q1-decision',
  section: 'faq',
  seed: ['q1-decision'],
  title: { en: 'Q1: which Service? Walk the decision flow', 'zh-CN': 'Q1：选哪种 Service？按决策流程走一遍' },
  goal: {
    en: 'Answer the article\'s questions for this database — stateless? no; clients see every member? yes; Pods differ (primary, replicas)? yes — and build what the flow recommends: `db` lists all three members and `db-0.db:3306` always reaches the same Pod, db-0.',
    'zh-CN': '针对这个数据库回答文章的问题——无状态？否；客户端需要感知所有 Pod？是；需要区分不同 Pod（主从）？是——然后搭出流程推荐的方案：`db` 列出全部三个成员，`db-0.db:3306` 始终连到同一个 Pod，即 db-0。',
  },
  prediction: {
    question: { en: 'Primary and replicas, clients must reach the primary by name. Where does the article\'s decision flow end?', 'zh-CN': '一主两从，客户端要按名字连主库。文章的决策流程最后会落到哪里？' },
    choices: [
      { id: 'headless-sts', text: { en: 'Headless Service + StatefulSet', 'zh-CN': 'Headless Service + StatefulSet' } },
      { id: 'clusterip', text: { en: 'ClusterIP', 'zh-CN': 'ClusterIP' } },
      { id: 'headless', text: { en: 'Headless Service with the Deployment', 'zh-CN': 'Headless Service 搭配 Deployment' } },
    ],
    answer: 'headless-sts',
  },
  start: { yaml: start, actions: [], client: 'default/test', target: 'db:3306', seed: 1 },
  solution: { yaml: solution, actions: [], client: 'default/test', target: 'db-0.db:3306', seed: 1 },
  hints: [
    { en: 'A Deployment\'s Pods get random names (db-7d4f…); which workload names its Pods db-0, db-1, db-2?', 'zh-CN': 'Deployment 的 Pod 名字是随机的（db-7d4f…）；哪种工作负载会把 Pod 命名为 db-0、db-1、db-2？' },
    { en: 'Change `kind: Deployment` to `kind: StatefulSet` and add `serviceName: db`.', 'zh-CN': '把 `kind: Deployment` 改成 `kind: StatefulSet`，并加上 `serviceName: db`。' },
    { en: 'Then make the Service headless: `clusterIP: None`, so `db` lists the members.', 'zh-CN': '再把 Service 改成无头服务：`clusterIP: None`，这样 `db` 就能列出所有成员。' },
  ],
  debrief: {
    text: {
      en: 'Each branch of the flow maps to something you can see: a ClusterIP gives one address and hides the members; a headless Service gives every member\'s address; a StatefulSet gives each member a stable name (`db-0.db`) that survives rescheduling and keeps pointing at the Pod with the same identity and volume. A headless Service with a Deployment lists addresses but no stable names; a StatefulSet behind a ClusterIP still gets per-Pod names from CoreDNS but no member list. Only both together meet all three answers. The flow\'s last step also hides a fourth option the article mentions later: add a ClusterIP as well, for balanced reads.',
      'zh-CN': '流程的每个分支都对应一个看得见的结果：ClusterIP 只给一个地址，把成员藏起来；无头服务给出每个成员的地址；StatefulSet 给每个成员一个稳定的名字（`db-0.db`），Pod 重新调度后名字依然指向身份和存储都相同的那个 Pod。无头服务搭配 Deployment 能列出地址，但没有稳定的名字；StatefulSet 搭配 ClusterIP 仍能从 CoreDNS 得到每个 Pod 的名字，但拿不到成员列表。只有两者一起才满足三个回答。流程的最后一步还隐含了文章后面提到的第四种做法：再加一个 ClusterIP，用来负载均衡读请求。',
    },
    links: [LINKS.statefulSetNames, LINKS.headless],
  },
  chooser,
  checks: [
    {
      id: 'primary-by-name',
      text: { en: 'db-0.db:3306 reaches the Pod db-0', 'zh-CN': 'db-0.db:3306 连到 Pod db-0' },
      check: { kind: 'requests', target: 'db-0.db:3306', expect: { outcome: 'delivered', landOn: { exactly: { pods: ['db-0'] } } } },
    },
    {
      id: 'members',
      text: { en: '`db` lists all three members', 'zh-CN': '`db` 列出全部三个成员' },
      check: { kind: 'dns', name: 'db', expect: { rcode: 'NOERROR', answers: 3, pods: { count: 3, exactly: { workload: { kind: 'StatefulSet', name: 'db' } } } } },
    },
  ],
};
