// Beyond the article: a clustered database's members must find each other BEFORE they are Ready (they become
// Ready only once they have joined). CoreDNS publishes only ready endpoints, so the governing headless Service
// needs `publishNotReadyAddresses: true` — and the client-facing Service must not have it. Planted: three etcd
// members, Running but not Ready, whose peer names answer NXDOMAIN.
import type { Lesson } from './types';

const yaml = (publish: string) => `apiVersion: v1
kind: Service
metadata:
  name: etcd
spec:
  clusterIP: None
${publish}  selector:
    app: etcd
  ports:
  - name: peer
    port: 2380
---
apiVersion: v1
kind: Service
metadata:
  name: etcd-client
spec:
  selector:
    app: etcd
  ports:
  - name: client
    port: 2379
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: etcd
spec:
  serviceName: etcd
  replicas: 3
  podManagementPolicy: Parallel
  selector:
    matchLabels:
      app: etcd
  template:
    metadata:
      labels:
        app: etcd
    spec:
      containers:
      - name: etcd
        image: registry.k8s.io/etcd:3.5.17-0
        ports:
        - name: client
          containerPort: 2379
        - name: peer
          containerPort: 2380
`;

export const publishNotReadyStartYaml = yaml('');

/** The members are up but have not formed the cluster yet, so none passes its readiness probe. */
const notReady = ['etcd-0', 'etcd-1', 'etcd-2'].map((name) => ({ type: 'setPodReady', namespace: 'default', name, ready: false }) as const);
const base = { actions: notReady, client: 'default/test', target: 'etcd-client:2379', options: { clientKind: 'busybox-wget' as const }, seed: 1 };
const members = { workload: { kind: 'StatefulSet', name: 'etcd' } } as const;

export const publishNotReady: Lesson = {
  id: 'publish-not-ready',
  section: 'beyond',
  seed: [],
  title: {
    en: 'Peers must meet before they are Ready: publishNotReadyAddresses on the governing Service',
    'zh-CN': '成员要先互相找到才能就绪：在管理 StatefulSet 的无头服务上设置 publishNotReadyAddresses',
  },
  goal: {
    en: 'The three etcd members are Running but not Ready: each becomes Ready only after it has joined the others, and they find each other by DNS. Let etcd-0 resolve `etcd` and `etcd-1.etcd` now, while clients of `etcd-client` are still kept away from members that are not Ready.',
    'zh-CN': '三个 etcd 成员都在运行，但都未就绪：每个成员要先加入其他成员才会就绪，而它们靠 DNS 互相发现。让 etcd-0 现在就能解析 `etcd` 和 `etcd-1.etcd`，同时 `etcd-client` 的客户端仍然不会被发往未就绪的成员。',
  },
  prediction: {
    question: {
      en: 'etcd-1 is Running but not Ready. What does etcd-0 get when it looks up `etcd-1.etcd`?',
      'zh-CN': 'etcd-1 在运行但未就绪。etcd-0 解析 `etcd-1.etcd` 会得到什么？',
    },
    choices: [
      { id: 'address', text: { en: 'etcd-1\'s address: the name exists as soon as the Pod has an IP', 'zh-CN': 'etcd-1 的地址：Pod 一有 IP，这个名字就存在' } },
      { id: 'nxdomain', text: { en: 'NXDOMAIN: CoreDNS publishes only Ready endpoints', 'zh-CN': 'NXDOMAIN：CoreDNS 只发布就绪的端点' } },
      { id: 'clusterip', text: { en: 'The ClusterIP of etcd-client', 'zh-CN': 'etcd-client 的 ClusterIP' } },
    ],
    answer: 'nxdomain',
  },
  start: { ...base, yaml: publishNotReadyStartYaml },
  solution: { ...base, yaml: yaml('  publishNotReadyAddresses: true\n') },
  hints: [
    {
      en: 'Look up `etcd-1.etcd` in the shell (same namespace, same answer as from etcd-0): NXDOMAIN. Marking the members Ready would be cheating — they cannot become Ready before they meet.',
      'zh-CN': '在 Shell 里解析 `etcd-1.etcd`（同一个命名空间，和从 etcd-0 查的结果一样）：NXDOMAIN。直接把成员标记为就绪是作弊——它们在互相找到之前不可能就绪。',
    },
    {
      en: 'A Service can ask for its not-ready endpoints to be published too. Which of the two Services is the one the members use to find each other?',
      'zh-CN': 'Service 可以要求把未就绪的端点也发布出来。两个 Service 里，成员之间互相发现用的是哪一个？',
    },
    {
      en: 'Add `publishNotReadyAddresses: true` to the headless Service `etcd` (the StatefulSet\'s serviceName) — and only to it.',
      'zh-CN': '在无头服务 `etcd`（StatefulSet 的 serviceName）上加 `publishNotReadyAddresses: true`——只加在它上面。',
    },
  ],
  debrief: {
    text: {
      en: 'CoreDNS answers a headless Service and its per-Pod names only from ready endpoints, so members that are Running but not Ready are invisible — and a cluster whose members become Ready only after they have found each other never forms. `publishNotReadyAddresses: true` makes the EndpointSlice controller mark every endpoint of that Service ready whatever the Pod\'s condition, so DNS publishes them and the members can meet. Put it only on the governing headless Service, which the peers use. On a Service for clients it would also make kube-proxy send traffic to members that cannot serve yet, which is exactly what readiness is for. `podManagementPolicy: Parallel` belongs with it: the default OrderedReady would not even start etcd-1 before etcd-0 is Ready. The Kubernetes API reference describes the field this way: its primary use case is setting up peer discovery for stateful sets.',
      'zh-CN': 'CoreDNS 只用就绪的端点来回答无头服务及其单个 Pod 的名字，所以在运行但未就绪的成员是“隐形”的——如果成员要先互相找到才能就绪，这个集群就永远组不起来。`publishNotReadyAddresses: true` 让 EndpointSlice 控制器不管 Pod 是否就绪，都把这个 Service 的端点标记为就绪，于是 DNS 会发布它们，成员之间就能互相发现。只把它加在成员互相发现用的那个无头服务（StatefulSet 的 serviceName）上。如果加在面向客户端的 Service 上，kube-proxy 也会把流量发往还不能提供服务的成员，而就绪探针正是为了防止这种情况。`podManagementPolicy: Parallel` 也要配合使用：默认的 OrderedReady 在 etcd-0 就绪之前根本不会启动 etcd-1。Kubernetes API 参考里对这个字段的说明是：它的主要用途就是为 StatefulSet 建立成员发现。',
    },
    links: [
      {
        href: 'https://kubernetes.io/docs/reference/kubernetes-api/service-resources/service-v1/#ServiceSpec',
        title: { en: 'Service API reference: publishNotReadyAddresses', 'zh-CN': 'Service API 参考：publishNotReadyAddresses' },
      },
      {
        href: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#pod-management-policies',
        title: { en: 'StatefulSets: Pod management policies', 'zh-CN': 'StatefulSet：Pod 管理策略' },
      },
    ],
  },
  checks: [
    {
      id: 'peers-listed',
      text: {
        en: 'From etcd-0, `etcd` answers all three members',
        'zh-CN': '从 etcd-0 解析 `etcd`，应答里是全部三个成员',
      },
      check: { kind: 'dns', from: 'etcd-0', name: 'etcd', expect: { rcode: 'NOERROR', pods: { exactly: members } } },
    },
    {
      id: 'peer-name',
      text: {
        en: 'From etcd-0, `etcd-1.etcd` answers etcd-1',
        'zh-CN': '从 etcd-0 解析 `etcd-1.etcd`，应答是 etcd-1',
      },
      check: { kind: 'dns', from: 'etcd-0', name: 'etcd-1.etcd', expect: { rcode: 'NOERROR', pods: { exactly: { pods: ['etcd-1'] } } } },
    },
    {
      id: 'clients-kept-away',
      text: {
        en: 'etcd-client still has no ready endpoint while no member is Ready',
        'zh-CN': '在没有成员就绪之前，etcd-client 仍然没有就绪的端点',
      },
      check: { kind: 'endpoints', service: 'etcd-client', expect: { count: 0 } },
    },
  ],
};
