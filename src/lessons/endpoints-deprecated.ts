// Beyond the article: v1 Endpoints is deprecated since 1.33 (KEP-4974) in favour of EndpointSlice, and nothing
// on the data path reads it any more: kube-proxy and CoreDNS read EndpointSlices, and a hand-written Endpoints
// reaches them only through the EndpointSlice mirroring controller, which mirrors it only for a Service of the
// same name WITHOUT a selector. Planted: an old manifest's Service that kept `selector: app: legacy-db` (no
// Pod has it) next to a hand-written Endpoints for a VM, so the Endpoints is ignored and connections are refused.
import type { Lesson } from './types';

const SERVICE = (selector: string) => `# A PostgreSQL server outside the cluster, on a VM at 192.168.50.10, as an old manifest wired it.
apiVersion: v1
kind: Service
metadata:
  name: legacy-db
spec:
${selector}  ports:
  - name: postgres
    port: 5432
    targetPort: 5432
---
`;

const LEGACY_ENDPOINTS = `apiVersion: v1
kind: Endpoints
metadata:
  name: legacy-db
subsets:
- addresses:
  - ip: 192.168.50.10
  ports:
  - name: postgres
    port: 5432
`;

export const LEGACY_SELECTOR = '  selector:\n    app: legacy-db\n';

const SLICE = `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: legacy-db-1
  labels:
    kubernetes.io/service-name: legacy-db
addressType: IPv4
ports:
- name: postgres
  port: 5432
endpoints:
- addresses:
  - 192.168.50.10
`;

export const endpointsStartYaml = SERVICE(LEGACY_SELECTOR) + LEGACY_ENDPOINTS;
export const endpointsSliceYaml = SERVICE('') + SLICE;

const base = { actions: [], client: 'default/test', target: 'legacy-db:5432', options: { clientKind: 'busybox-wget' as const }, seed: 1 };

export const endpointsDeprecated: Lesson = {
  id: 'endpoints-deprecated',
  section: 'beyond',
  seed: [],
  title: {
    en: 'Endpoints is deprecated (1.33): kube-proxy reads EndpointSlices',
    'zh-CN': 'Endpoints 自 1.33 起已弃用：kube-proxy 读的是 EndpointSlice',
  },
  goal: {
    en: 'An old manifest points legacy-db at the PostgreSQL server on 192.168.50.10:5432 with a hand-written v1 Endpoints, and the API server warns that Endpoints is deprecated. Connections to legacy-db:5432 are refused. Make them go to 192.168.50.10:5432 — preferably the way that does not use the deprecated API.',
    'zh-CN': '一份老清单用手写的 v1 Endpoints 把 legacy-db 指向 192.168.50.10:5432 上的 PostgreSQL，API 服务器还警告 Endpoints 已弃用。连接 legacy-db:5432 被拒绝。让连接发往 192.168.50.10:5432，最好用不依赖已弃用 API 的写法。',
  },
  prediction: {
    question: {
      en: 'The Service legacy-db has the selector app: legacy-db, which no Pod matches, and an Endpoints of the same name lists 192.168.50.10:5432. What does a connection to legacy-db:5432 get?',
      'zh-CN': 'Service legacy-db 的选择器是 app: legacy-db，没有任何 Pod 匹配；同名的 Endpoints 里写着 192.168.50.10:5432。连接 legacy-db:5432 会怎样？',
    },
    choices: [
      { id: 'vm', text: { en: 'It reaches 192.168.50.10:5432: a Service\'s endpoints are its Endpoints object', 'zh-CN': '连到 192.168.50.10:5432：Service 的端点就是它的 Endpoints 对象' } },
      { id: 'refused', text: { en: 'Connection refused: with a selector, the hand-written Endpoints never becomes an EndpointSlice, and kube-proxy reads only EndpointSlices', 'zh-CN': '连接被拒绝：Service 有选择器，手写的 Endpoints 不会变成 EndpointSlice，而 kube-proxy 只读 EndpointSlice' } },
      { id: 'rejected', text: { en: 'kubectl apply fails: a deprecated kind cannot be created', 'zh-CN': 'kubectl apply 失败：已弃用的类型不能再创建' } },
    ],
    answer: 'refused',
  },
  start: { ...base, yaml: endpointsStartYaml },
  solution: { ...base, yaml: endpointsSliceYaml },
  hints: [
    {
      en: 'Read the problems list: one is the API server\'s own warning about the Endpoints, and one is about the Service\'s selector. Which component would have to turn this Endpoints into something kube-proxy reads?',
      'zh-CN': '看看问题列表：一条是 API 服务器对 Endpoints 的警告，另一条是关于 Service 的选择器。要让 kube-proxy 用上这个 Endpoints，得由哪个组件把它转成 kube-proxy 读的东西？',
    },
    {
      en: 'kube-proxy and CoreDNS read EndpointSlices only. The EndpointSlice mirroring controller copies a hand-written Endpoints into an EndpointSlice, but only for a Service of the same name without a selector; with a selector, the Endpoints controller owns the Endpoints.',
      'zh-CN': 'kube-proxy 和 CoreDNS 只读 EndpointSlice。EndpointSlice 镜像控制器会把手写的 Endpoints 复制成 EndpointSlice，但只针对没有选择器的同名 Service；Service 有选择器时，Endpoints 归 Endpoints 控制器管。',
    },
    {
      en: 'Remove the Service\'s selector. Better still, replace the Endpoints with an EndpointSlice labelled kubernetes.io/service-name: legacy-db, with the port named postgres and the address 192.168.50.10.',
      'zh-CN': '删掉 Service 的选择器。更好的做法是把 Endpoints 换成一个带 kubernetes.io/service-name: legacy-db 标签的 EndpointSlice，端口名 postgres，地址 192.168.50.10。',
    },
  ],
  debrief: {
    text: {
      en: 'Since Kubernetes 1.33 the v1 Endpoints API is deprecated, and every read or write of one draws the API server\'s warning, which kubectl prints as "Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice". The object still works — deprecated does not mean removed — but nothing on the data path reads it: kube-proxy and CoreDNS read EndpointSlices only. A hand-written Endpoints reaches them through the EndpointSlice mirroring controller, which copies it into slices labelled `endpointslice.kubernetes.io/managed-by: endpointslicemirroring-controller.k8s.io`, and only when a Service of the same name exists, has no selector, and the Endpoints carries neither the `endpointslice.kubernetes.io/skip-mirror: "true"` label nor a leader-election annotation. Here the Service kept a selector from an old manifest, so the Endpoints controller owned the Endpoints (in a real cluster it would soon rewrite it from the matching Pods — none), the mirroring controller skipped it, and the Service had no endpoints: the rules rejected the connection. Removing the selector lets mirroring do its job; writing the EndpointSlice yourself drops the deprecated API altogether, and is what KEP-4974 asks for, since a later release may let clusters turn the Endpoints controllers off.',
      'zh-CN': '从 Kubernetes 1.33 起，v1 Endpoints API 已弃用，每次读写 Endpoints，API 服务器都会返回警告，kubectl 打印为 “Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice”。对象本身仍然可用——弃用不等于删除——但数据路径上已经没有组件读它了：kube-proxy 和 CoreDNS 只读 EndpointSlice。手写的 Endpoints 要经过 EndpointSlice 镜像控制器才能被它们用上：这个控制器把它复制成带 `endpointslice.kubernetes.io/managed-by: endpointslicemirroring-controller.k8s.io` 标签的 EndpointSlice，前提是存在同名的 Service、这个 Service 没有选择器，而且 Endpoints 上既没有 `endpointslice.kubernetes.io/skip-mirror: "true"` 标签，也没有 leader 选举注解。这里的 Service 从老清单里带着一个选择器，于是 Endpoints 归 Endpoints 控制器管（在真实集群里它很快会按匹配的 Pod 重写这个 Endpoints——而匹配的 Pod 一个也没有），镜像控制器跳过了它，Service 没有端点，节点上的规则就拒绝了连接。删掉选择器，镜像控制器就能正常工作；直接写 EndpointSlice 则彻底不用已弃用的 API，这也是 KEP-4974 建议的做法，因为以后的版本可能允许集群关闭 Endpoints 相关的控制器。',
    },
    links: [
      {
        href: 'https://kubernetes.io/blog/2025/04/24/endpoints-deprecation/',
        title: { en: 'Kubernetes v1.33: Continuing the transition from Endpoints to EndpointSlices', 'zh-CN': 'Kubernetes v1.33：继续从 Endpoints 迁移到 EndpointSlice' },
      },
      {
        href: 'https://github.com/kubernetes/enhancements/blob/master/keps/sig-network/4974-deprecate-endpoints/README.md',
        title: { en: 'KEP-4974: Deprecate v1.Endpoints', 'zh-CN': 'KEP-4974：弃用 v1.Endpoints' },
      },
      {
        href: 'https://kubernetes.io/docs/concepts/services-networking/endpoint-slices/',
        title: { en: 'Kubernetes docs: EndpointSlices (mirroring)', 'zh-CN': 'Kubernetes 文档：EndpointSlice（镜像）' },
      },
      {
        href: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/controller/endpointslicemirroring/endpointslicemirroring_controller.go',
        title: { en: 'The EndpointSlice mirroring controller: when it mirrors', 'zh-CN': 'EndpointSlice 镜像控制器源码：什么时候会镜像' },
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
