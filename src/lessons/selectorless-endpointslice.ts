// Beyond the article: a Service without a selector gets its endpoints from EndpointSlices you write yourself. No
// controller checks them: the slice must carry the kubernetes.io/service-name label, and kube-proxy pairs its
// ports with the Service's ports BY NAME. Planted: an unnamed slice port under a Service port named `postgres`.
import type { Lesson } from './types';

const yaml = (slicePort: string) => `# A PostgreSQL server outside the cluster, on a VM at 192.168.50.10.
apiVersion: v1
kind: Service
metadata:
  name: legacy-db
spec:
  ports:
  - name: postgres
    port: 5432
    targetPort: 5432
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: legacy-db-1
  labels:
    kubernetes.io/service-name: legacy-db
addressType: IPv4
ports:
${slicePort}endpoints:
- addresses:
  - 192.168.50.10
`;

export const selectorlessStartYaml = yaml('- port: 5432\n');

const base = { actions: [], client: 'default/test', target: 'legacy-db:5432', options: { clientKind: 'busybox-wget' as const }, seed: 1 };

export const selectorlessEndpointSlice: Lesson = {
  id: 'selectorless-endpointslice',
  section: 'beyond',
  seed: [],
  title: {
    en: 'A Service without a selector: endpoints you write yourself in an EndpointSlice',
    'zh-CN': '没有选择器的 Service：自己在 EndpointSlice 里写端点',
  },
  goal: {
    en: 'legacy-db should lead to the PostgreSQL server on 192.168.50.10:5432, outside the cluster. An EndpointSlice names that address, yet connections to legacy-db:5432 are refused. Make them go to 192.168.50.10:5432.',
    'zh-CN': 'legacy-db 应该指向集群外 192.168.50.10:5432 上的 PostgreSQL。EndpointSlice 里已经写了这个地址，可连接 legacy-db:5432 还是被拒绝。让连接发往 192.168.50.10:5432。',
  },
  prediction: {
    question: {
      en: 'The Service\'s port is named `postgres`; the EndpointSlice\'s port 5432 has no name. What does a connection to legacy-db:5432 get?',
      'zh-CN': 'Service 的端口名叫 `postgres`，EndpointSlice 里的 5432 端口没有名字。连接 legacy-db:5432 会怎样？',
    },
    choices: [
      { id: 'connects', text: { en: 'It reaches 192.168.50.10:5432: the port numbers match', 'zh-CN': '连到 192.168.50.10:5432：端口号是一致的' } },
      { id: 'refused', text: { en: 'Connection refused: kube-proxy finds no endpoint for the port named postgres', 'zh-CN': '连接被拒绝：kube-proxy 找不到名为 postgres 的端口的端点' } },
      { id: 'nxdomain', text: { en: 'NXDOMAIN: a Service without a selector has no DNS name', 'zh-CN': 'NXDOMAIN：没有选择器的 Service 没有 DNS 名字' } },
    ],
    answer: 'refused',
  },
  start: { ...base, yaml: selectorlessStartYaml },
  solution: { ...base, yaml: yaml('- name: postgres\n  port: 5432\n') },
  hints: [
    {
      en: 'Send to legacy-db:5432 and open the step where it ends: what does the REJECT rule\'s comment say about the Service?',
      'zh-CN': '向 legacy-db:5432 发请求，打开它结束的那一步：REJECT 规则的注释是怎么说这个 Service 的？',
    },
    {
      en: '"has no endpoints": kube-proxy did find the slice (it has the service-name label), but matched no port. It pairs a Service port and a slice port by their names.',
      'zh-CN': '“has no endpoints”：kube-proxy 找到了这个 EndpointSlice（它带着 service-name 标签），但没有匹配上端口。它是按名字把 Service 的端口和 EndpointSlice 的端口配对的。',
    },
    {
      en: 'Give the slice\'s port the same name as the Service\'s: `name: postgres` (or leave both unnamed).',
      'zh-CN': '给 EndpointSlice 的端口起和 Service 端口相同的名字：`name: postgres`（或者两边都不命名）。',
    },
  ],
  debrief: {
    text: {
      en: 'A Service without a selector gets no endpoints from any controller; it gets them from EndpointSlices that carry the label `kubernetes.io/service-name: <service>`, which you write and keep up to date yourself (nothing checks that the address answers, and `conditions.ready` left out counts as ready). kube-proxy groups endpoints by service port name — the key is namespace/service:portName — so a slice port must have exactly the name of the Service port it serves: an unnamed port serves only an unnamed Service port. With no endpoint for `postgres`, the node\'s rules reject the connection ("has no endpoints"). DNS was never the problem: a selector-less Service has a ClusterIP and a DNS name like any other. This is how a Service can lead to a database outside the cluster, a Service in another namespace or cluster, or a backend you are migrating. For a target that is a DNS name rather than an address, ExternalName is the other tool.',
      'zh-CN': '没有选择器的 Service 不会从任何控制器得到端点；它的端点来自带有 `kubernetes.io/service-name: <service>` 标签的 EndpointSlice，这些 EndpointSlice 要你自己编写、自己维护（没有人检查这个地址是否真的能应答，不写 `conditions.ready` 就当作就绪）。kube-proxy 按 Service 端口名对端点分组——键的形式是 `namespace/service:portName`——所以 EndpointSlice 的端口名必须和它所服务的 Service 端口名完全一致：不带名字的端口只能对应不带名字的 Service 端口。`postgres` 没有端点，节点上的规则就拒绝连接（“has no endpoints”）。问题从来不在 DNS：没有选择器的 Service 和其他 Service 一样有 ClusterIP 和 DNS 名字。用这种方式，可以让 Service 指向集群外的数据库、其他命名空间或其他集群里的 Service，或者正在迁移的后端。如果目标是一个域名而不是地址，应该用 ExternalName。',
    },
    links: [
      {
        href: 'https://kubernetes.io/docs/concepts/services-networking/service/#services-without-selectors',
        title: { en: 'Service: Services without selectors', 'zh-CN': 'Service：没有选择器的 Service' },
      },
      {
        href: 'https://kubernetes.io/docs/concepts/services-networking/endpoint-slices/',
        title: { en: 'EndpointSlices', 'zh-CN': 'EndpointSlice' },
      },
      {
        href: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/proxy/endpointslicecache.go',
        title: { en: 'kube-proxy endpointslicecache.go: endpoints keyed by service port name', 'zh-CN': 'kube-proxy endpointslicecache.go：按 Service 端口名组织端点' },
      },
    ],
  },
  checks: [
    {
      id: 'dnat-to-vm',
      text: {
        en: 'Connections to legacy-db:5432 are rewritten to 192.168.50.10:5432',
        'zh-CN': '到 legacy-db:5432 的连接被改写到 192.168.50.10:5432',
      },
      check: { kind: 'send', target: 'legacy-db:5432', count: 5, expect: { via: 'legacy-db', dnatTo: '192.168.50.10:5432' } },
    },
  ],
};
