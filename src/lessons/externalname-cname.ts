// Beyond the article: an ExternalName Service is a CNAME in CoreDNS, nothing more — no ClusterIP, no rules, no
// port mapping, no proxy. Its target is a complete DNS name: no search list applies to it. Planted: an alias
// `db` for the `mysql` Service of namespace `data`, written as the short name `mysql`.
import type { Lesson } from './types';

const yaml = (target: string) => `apiVersion: v1
kind: Namespace
metadata:
  name: data
---
apiVersion: v1
kind: Service
metadata:
  name: mysql
  namespace: data
spec:
  selector:
    app: mysql
  ports:
  - name: mysql
    port: 3306
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: mysql
  namespace: data
spec:
  replicas: 1
  selector:
    matchLabels:
      app: mysql
  template:
    metadata:
      labels:
        app: mysql
    spec:
      containers:
      - name: mysql
        image: mysql:8.0
        env:
        - name: MYSQL_ROOT_PASSWORD
          value: password
        ports:
        - containerPort: 3306
---
# The applications in default connect to "db".
apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  type: ExternalName
  externalName: ${target}
  ports:
  - port: 3306
`;

export const externalNameStartYaml = yaml('mysql');

const base = { actions: [], client: 'default/test', target: 'db:3306', options: { clientKind: 'busybox-wget' as const }, seed: 1 };

export const externalNameCname: Lesson = {
  id: 'externalname-cname',
  section: 'beyond',
  seed: [],
  title: {
    en: 'ExternalName is a CNAME, not a proxy',
    'zh-CN': 'ExternalName 只是一条 CNAME，不是代理',
  },
  goal: {
    en: 'Applications in `default` connect to `db`, an ExternalName Service meant to lead to the `mysql` Service of namespace `data`. Looking up `db` finds no address. Make `db` resolve to data/mysql\'s ClusterIP.',
    'zh-CN': '`default` 命名空间里的应用连接 `db`，这是一个 ExternalName Service，本意是指向 `data` 命名空间的 `mysql` Service。可是解析 `db` 得不到任何地址。让 `db` 解析到 data/mysql 的 ClusterIP。',
  },
  prediction: {
    question: {
      en: '`db` is `type: ExternalName` with `externalName: mysql`. What does CoreDNS answer when the test Pod looks up `db`?',
      'zh-CN': '`db` 是 `type: ExternalName`，`externalName: mysql`。test Pod 解析 `db` 时，CoreDNS 会怎么应答？',
    },
    choices: [
      { id: 'clusterip', text: { en: 'A ClusterIP of db\'s own, which kube-proxy forwards to mysql', 'zh-CN': 'db 自己的 ClusterIP，由 kube-proxy 转发给 mysql' } },
      { id: 'cname', text: { en: 'A CNAME to `mysql.` — a name that resolves nowhere', 'zh-CN': '一条指向 `mysql.` 的 CNAME——这个名字在哪儿都解析不了' } },
      { id: 'searched', text: { en: 'data/mysql\'s ClusterIP: the search list completes `mysql`', 'zh-CN': 'data/mysql 的 ClusterIP：搜索域会把 `mysql` 补全' } },
    ],
    answer: 'cname',
  },
  start: { ...base, yaml: externalNameStartYaml },
  solution: { ...base, yaml: yaml('mysql.data.svc.cluster.local') },
  hints: [
    {
      en: 'Run `nslookup db` in the shell, or look at the DNS step of a request to db:3306: what record comes back, and what does it point to?',
      'zh-CN': '在 Shell 里运行 `nslookup db`，或者查看发往 db:3306 的请求的 DNS 步骤：返回的是什么记录，指向哪里？',
    },
    {
      en: 'A CNAME\'s target is taken as a complete name. The Pod\'s search list applies to the name it asked, `db`, never to the target: `mysql` means the top-level name `mysql.`.',
      'zh-CN': 'CNAME 的目标被当作完整的名字。Pod 的搜索域只作用于它查询的名字 `db`，不会作用于目标：`mysql` 的意思是顶级名字 `mysql.`。',
    },
    {
      en: 'Write the full name: `externalName: mysql.data.svc.cluster.local`. (`mysql.data` is no better: it is not completed either.)',
      'zh-CN': '写完整的名字：`externalName: mysql.data.svc.cluster.local`。（写成 `mysql.data` 也不行：它同样不会被补全。）',
    },
  ],
  debrief: {
    text: {
      en: 'For an ExternalName Service CoreDNS answers a CNAME to `spec.externalName`, and that is all there is: no ClusterIP, no kube-proxy rules, no port mapping (the `ports` list changes nothing; the client connects to whatever port it asked for), no proxy, and the client\'s HTTP Host header and TLS name still say `db`. The CNAME\'s target is an absolute name: the search list of the Pod that asked is applied only to the name it asked, so `mysql` and `mysql.data` point to names that do not exist. With the full name, CoreDNS, which is authoritative for cluster.local, follows the CNAME itself and returns data/mysql\'s ClusterIP in the same answer; a target outside the cluster is resolved by the upstream servers. (The playground follows the CNAME in DNS but stops a request at the CNAME: it does not simulate where a connection to the target goes next.)',
      'zh-CN': '对 ExternalName Service，CoreDNS 只返回一条指向 `spec.externalName` 的 CNAME，仅此而已：没有 ClusterIP，没有 kube-proxy 规则，没有端口映射（`ports` 列表不起任何作用；客户端请求哪个端口就连哪个端口），没有代理，客户端的 HTTP Host 头和 TLS 名字仍然是 `db`。CNAME 的目标是绝对名字：发起查询的 Pod 的搜索域只作用于它查询的那个名字，所以 `mysql` 和 `mysql.data` 指向的都是不存在的名字。写成完整名字后，对 cluster.local 有权威的 CoreDNS 会自己跟随这条 CNAME，在同一个应答里返回 data/mysql 的 ClusterIP；集群外的目标则由上游服务器解析。（演练场在 DNS 中会跟随 CNAME，但请求到 CNAME 就停止了：它不模拟之后连向目标的连接。）',
    },
    links: [
      {
        href: 'https://kubernetes.io/docs/concepts/services-networking/service/#externalname',
        title: { en: 'Service: type ExternalName', 'zh-CN': 'Service：ExternalName 类型' },
      },
      {
        href: 'https://coredns.io/plugins/kubernetes/',
        title: { en: 'CoreDNS kubernetes plugin', 'zh-CN': 'CoreDNS kubernetes 插件' },
      },
    ],
  },
  checks: [
    {
      id: 'db-resolves',
      text: {
        en: '`db` resolves to data/mysql\'s ClusterIP',
        'zh-CN': '`db` 解析到 data/mysql 的 ClusterIP',
      },
      check: { kind: 'dns', name: 'db', expect: { rcode: 'NOERROR', serviceIP: 'data/mysql' } },
    },
  ],
};
