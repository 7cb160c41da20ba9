// Beyond the article: readiness decides both the DNS answers and kube-proxy's endpoints. A Pod that is Running but
// not Ready leaves the headless Service's A records, its own per-Pod name and every Service's rules, yet keeps
// running. Planted: a lagging replica, mysql-2, still in rotation; the task is to take it out without deleting it.
import type { Lesson } from './types';

export const readinessYaml = `apiVersion: v1
kind: Service
metadata:
  name: mysql
spec:
  clusterIP: None
  selector:
    app: mysql
  ports:
  - name: mysql
    port: 3306
---
apiVersion: v1
kind: Service
metadata:
  name: mysql-read
spec:
  selector:
    app: mysql
  ports:
  - name: mysql
    port: 3306
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: mysql
  annotations:
    playground.k8s.io/pod-ips: 10.244.1.5,10.244.2.8,10.244.3.12
spec:
  serviceName: mysql
  replicas: 3
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
`;

const base = { yaml: readinessYaml, client: 'default/test', target: 'mysql-read:3306', options: { clientKind: 'busybox-wget' as const }, seed: 1 };
const healthy = { pods: ['mysql-0', 'mysql-1'] };

export const readinessDnsRules: Lesson = {
  id: 'readiness-dns-rules',
  section: 'beyond',
  seed: [],
  title: {
    en: 'Not Ready means out of DNS and out of the rules — while the Pod keeps running',
    'zh-CN': '未就绪就意味着离开 DNS、离开规则——而 Pod 仍在运行',
  },
  goal: {
    en: 'mysql-2 lags behind in replication and serves stale reads. Take it out of the headless Service\'s answers and out of mysql-read\'s rotation without deleting it (the DBA wants to inspect it).',
    'zh-CN': 'mysql-2 复制延迟，读出来的是旧数据。把它从无头服务的 DNS 应答和 mysql-read 的轮转中移出去，但不要删除它（DBA 还要进去排查）。',
  },
  prediction: {
    question: {
      en: 'mysql-2 starts failing its readiness probe but keeps running. What does the headless Service `mysql` answer?',
      'zh-CN': 'mysql-2 的就绪探针开始失败，但进程还在运行。无头服务 `mysql` 的 DNS 应答会是什么？',
    },
    choices: [
      { id: 'three', text: { en: 'Still three addresses: DNS does not care about readiness', 'zh-CN': '仍然是三个地址：DNS 不管是否就绪' } },
      { id: 'two', text: { en: 'Two addresses: mysql-2 is left out', 'zh-CN': '两个地址：mysql-2 被去掉了' } },
      { id: 'nxdomain', text: { en: 'NXDOMAIN until every Pod is Ready again', 'zh-CN': 'NXDOMAIN，直到所有 Pod 重新就绪' } },
    ],
    answer: 'two',
  },
  start: { ...base, actions: [] },
  solution: { ...base, actions: [{ type: 'setPodReady', namespace: 'default', name: 'mysql-2', ready: false }] },
  hints: [
    {
      en: 'Deleting mysql-2 does not help: the StatefulSet creates it again under the same name, Ready, and it is back in rotation.',
      'zh-CN': '删除 mysql-2 没用：StatefulSet 会用同一个名字重新创建它，就绪之后又回到轮转里。',
    },
    {
      en: 'Both the DNS answers and kube-proxy\'s rules are built from the Service\'s EndpointSlices. What makes an endpoint count there?',
      'zh-CN': 'DNS 应答和 kube-proxy 的规则都来自 Service 的 EndpointSlice。什么决定了一个端点在那里算数？',
    },
    {
      en: 'Mark mysql-2 not ready (right-click it in the graph — a failing readiness probe does the same), then look again at `nslookup mysql` and at the requests to mysql-read.',
      'zh-CN': '把 mysql-2 标记为未就绪（在拓扑图里右键它——就绪探针失败时效果相同），再看 `nslookup mysql` 和发往 mysql-read 的请求。',
    },
  ],
  debrief: {
    text: {
      en: 'The EndpointSlice controller copies each Pod\'s Ready condition into its endpoint (`conditions.ready`). CoreDNS publishes only ready endpoints: the headless Service\'s A records and per-Pod names like mysql-2.mysql leave with them (mysql-2.mysql now answers NXDOMAIN). kube-proxy writes rules only for ready endpoints too, so mysql-read stops choosing mysql-2. The Pod itself keeps running and keeps its IP: `kubectl exec` still works, and clients that cached the old DNS answer or hold an open connection can still reach it until the TTL runs out or the connection closes. Deleting the Pod would not have done it: the StatefulSet re-creates mysql-2 at once. Taking the `app: mysql` label off also takes it out of both Services, at the price of the StatefulSet no longer owning it. In real clusters a readiness probe that checks replication lag does this automatically.',
      'zh-CN': 'EndpointSlice 控制器会把每个 Pod 的 Ready 状态写进它的端点（`conditions.ready`）。CoreDNS 只发布就绪的端点：无头服务的 A 记录和 mysql-2.mysql 这样的单个 Pod 名字都会随之消失（mysql-2.mysql 现在返回 NXDOMAIN）。kube-proxy 也只为就绪的端点写规则，所以 mysql-read 不再选中 mysql-2。Pod 本身继续运行，IP 也不变：`kubectl exec` 照样能进去；缓存了旧 DNS 应答或还握着连接的客户端，在 TTL 过期或连接关闭之前仍然可能连到它。删除 Pod 达不到目的：StatefulSet 会立刻重建 mysql-2。去掉它的 `app: mysql` 标签也能让它离开两个 Service，代价是 StatefulSet 不再管理它。在真实集群里，由检查复制延迟的就绪探针自动完成这件事。',
    },
    links: [
      {
        href: 'https://kubernetes.io/docs/concepts/services-networking/endpoint-slices/#conditions',
        title: { en: 'EndpointSlices: conditions (ready, serving, terminating)', 'zh-CN': 'EndpointSlice：状况（ready、serving、terminating）' },
      },
      {
        href: 'https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/',
        title: { en: 'Liveness, Readiness, and Startup Probes', 'zh-CN': '存活、就绪和启动探针' },
      },
      {
        href: 'https://coredns.io/plugins/kubernetes/',
        title: { en: 'CoreDNS kubernetes plugin', 'zh-CN': 'CoreDNS kubernetes 插件' },
      },
    ],
  },
  checks: [
    {
      id: 'dns-without-mysql-2',
      text: {
        en: 'The headless Service `mysql` answers mysql-0 and mysql-1 only',
        'zh-CN': '无头服务 `mysql` 的应答里只有 mysql-0 和 mysql-1',
      },
      check: { kind: 'dns', name: 'mysql', expect: { rcode: 'NOERROR', pods: { exactly: healthy } } },
    },
    {
      id: 'reads-without-mysql-2',
      text: {
        en: 'Requests to mysql-read:3306 land on mysql-0 and mysql-1 only',
        'zh-CN': '发往 mysql-read:3306 的请求只落在 mysql-0 和 mysql-1 上',
      },
      check: { kind: 'requests', target: 'mysql-read:3306', expect: { outcome: 'delivered', landOn: { exactly: healthy } } },
    },
    {
      id: 'mysql-2-still-running',
      text: {
        en: 'mysql-2 still exists: a shell still opens in it',
        'zh-CN': 'mysql-2 仍然存在：还能在里面打开 Shell',
      },
      check: { kind: 'command', from: 'mysql-2', lines: ['true'], expect: { exitCode: 0 } },
    },
  ],
};
