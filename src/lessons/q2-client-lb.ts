// The article's Q2: "headless has no load balancing — what then?" Its answers are client-side balancing, DNS round
// robin ("some DNS clients rotate"), and a ClusterIP beside it. The lesson shows which clients rotate and which stick,
// and has the learner add the ClusterIP for a client that sticks.
import mysqlPrimaryReplica from '../scenarios/mysql-primary-replica.yaml?raw';
import { LINKS } from './lesson-kit';
import type { Lesson } from './types';

const mysqlRead = `---
apiVersion: v1
kind: Service
metadata:
  name: mysql-read
spec:
  selector:
    app: mysql
  ports:
  - port: 3306
`;
const mysqlPods = { workload: { kind: 'StatefulSet', name: 'mysql' } } as const;

export const q2ClientLb: Lesson = {
  id: 'q2-client-lb',
  section: 'faq',
  seed: ['q2-client-lb'],
  title: { en: 'Q2: who balances behind a headless Service?', 'zh-CN': 'Q2：无头服务后面，谁来做负载均衡？' },
  goal: {
    en: 'busybox wget already spreads over the three MySQL Pods through the headless `mysql`; a long-running app that caches DNS does not. Add a ClusterIP Service `mysql-read` (port 3306, all MySQL Pods) so that the app\'s requests spread too.',
    'zh-CN': '通过无头服务 `mysql`，busybox wget 已经能分散到三个 MySQL Pod 上，而会缓存 DNS 的常驻应用却不会。添加一个 ClusterIP Service `mysql-read`（端口 3306，选中全部 MySQL Pod），让应用的请求也能分散开。',
  },
  prediction: {
    question: { en: 'Sixty busybox wget requests to `mysql:3306`, each a new process taking the first address. Where do they land?', 'zh-CN': '60 个 busybox wget 请求发往 `mysql:3306`，每次都是新进程，取第一个地址。它们会落在哪里？' },
    choices: [
      { id: 'spread', text: { en: 'Spread over the three: CoreDNS shuffles the answer each time', 'zh-CN': '分散到三个 Pod：CoreDNS 每次都会打乱应答顺序' } },
      { id: 'first', text: { en: 'All on one Pod: always the first address', 'zh-CN': '全部落到一个 Pod：永远是第一个地址' } },
      { id: 'rr', text: { en: 'Strict turns: busybox rotates through the list', 'zh-CN': '严格轮流：busybox 会依次轮换地址' } },
    ],
    answer: 'spread',
  },
  start: { yaml: mysqlPrimaryReplica, actions: [], client: 'default/test', target: 'mysql:3306', seed: 1, options: { clientKind: 'app', keepAlive: false } },
  solution: { yaml: mysqlPrimaryReplica + mysqlRead, actions: [], client: 'default/test', target: 'mysql-read:3306', seed: 1, options: { clientKind: 'app', keepAlive: false } },
  hints: [
    { en: 'Send ×10 to mysql:3306 once as busybox wget and once as the long-running app, and compare the spread.', 'zh-CN': '向 mysql:3306 分别以 busybox wget 和常驻应用的身份发 ×10，对比请求的分布。' },
    { en: 'The article\'s third answer: create a ClusterIP Service for the same Pods as well.', 'zh-CN': '文章的第三个方案：为同一组 Pod 再创建一个 ClusterIP Service。' },
    { en: 'Add a Service `mysql-read` with `selector: {app: mysql}` and `port: 3306`, no `clusterIP: None`.', 'zh-CN': '添加 Service `mysql-read`，`selector` 为 `app: mysql`，`port: 3306`，不要写 `clusterIP: None`。' },
  ],
  debrief: {
    text: {
      en: 'busybox wget spreads only because CoreDNS\'s `loadbalance` plugin shuffles the A records in every answer and wget starts afresh each time, taking the first. A long-running app (a JVM, Go with a caching resolver, anything behind nscd) resolves once, caches for the TTL (30 s here) and reuses the first address — everything lands on one Pod until the cache expires, and a kept-alive connection sticks even longer. That is "DNS round robin" in practice: it depends on the client. Real client-side balancing (Kafka, Cassandra and MySQL drivers) reads all the addresses and balances itself; the simple fix is a ClusterIP beside the headless Service, where the kernel picks per connection.',
      'zh-CN': 'busybox wget 之所以能分散，只是因为 CoreDNS 的 `loadbalance` 插件在每次应答中打乱 A 记录，而 wget 每次都是新进程、取第一个地址。常驻应用（JVM、带缓存解析器的 Go 程序、nscd 后面的任何程序）只解析一次，在 TTL（这里是 30 秒）内缓存，并一直用第一个地址——缓存过期前全部落到一个 Pod，长连接更是一直不换。这就是“DNS 轮询”的实际情况：效果取决于客户端。真正的客户端负载均衡（Kafka、Cassandra、MySQL 驱动）会读取全部地址自己做均衡；简单的办法是在无头服务旁边再加一个 ClusterIP，由内核按连接挑选 Pod。',
    },
    links: [LINKS.corednsLoadbalance, LINKS.virtualIPs],
  },
  checks: [
    {
      id: 'app-spreads',
      text: { en: 'The caching app\'s requests to mysql-read:3306 land on all three MySQL Pods', 'zh-CN': '缓存 DNS 的应用发往 mysql-read:3306 的请求落在全部三个 MySQL Pod 上' },
      check: { kind: 'requests', target: 'mysql-read:3306', client: 'app', keepAlive: false, count: 20, expect: { outcome: 'delivered', landOn: { exactly: mysqlPods } } },
    },
    {
      id: 'wget-rotates',
      text: { en: 'busybox wget to the headless mysql:3306 still spreads', 'zh-CN': 'busybox wget 发往无头服务 mysql:3306 仍然是分散的' },
      check: { kind: 'requests', target: 'mysql:3306', client: 'busybox-wget', expect: { outcome: 'delivered', landOn: { exactly: mysqlPods } } },
    },
    {
      id: 'names-kept',
      text: { en: 'mysql-0.mysql still reaches the primary', 'zh-CN': 'mysql-0.mysql 仍然连到主库' },
      check: { kind: 'requests', target: 'mysql-0.mysql:3306', expect: { outcome: 'delivered', landOn: { exactly: { pods: ['mysql-0'] } } } },
    },
  ],
};
