// Beyond the article: "a headless Service gives every Pod a DNS name". Only Pods with a hostname (and a subdomain
// naming the Service) get one; a Deployment's Pods have none, so behind a headless Service they are reachable
// by the Service name (all of them) and by IP-derived names only. Planted: peers configured as web-0.web and
// web-1.web in front of a Deployment.
import type { Lesson } from './types';

const service = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  clusterIP: None
  selector:
    app: web
  ports:
  - name: http
    port: 80
`;

const workload = (kind: 'Deployment' | 'StatefulSet') => `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: web
spec:
${kind === 'StatefulSet' ? '  serviceName: web\n' : ''}  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
        ports:
        - containerPort: 80
`;

export const deploymentHeadlessStartYaml = `${service}---\n${workload('Deployment')}`;

const base = { actions: [], client: 'default/test', target: 'web-0.web', options: { clientKind: 'busybox-wget' as const }, seed: 1 };

export const deploymentHeadlessNames: Lesson = {
  id: 'deployment-headless-names',
  section: 'beyond',
  seed: [],
  title: {
    en: 'A Deployment behind a headless Service: no DNS name per Pod name',
    'zh-CN': 'Deployment 配无头服务：没有按 Pod 名字的 DNS 记录',
  },
  goal: {
    en: 'The two web replicas find each other as `web-0.web` and `web-1.web`, but they run as a Deployment and both names answer NXDOMAIN. Make each name resolve to exactly one Pod of its own.',
    'zh-CN': '两个 web 副本按 `web-0.web` 和 `web-1.web` 互相访问，但它们是用 Deployment 跑的，两个名字都返回 NXDOMAIN。让每个名字都解析到属于它自己的那一个 Pod。',
  },
  prediction: {
    question: {
      en: 'The Deployment\'s Pods are called web-<hash>-<random>, behind the headless Service `web`. Which of these names resolves?',
      'zh-CN': 'Deployment 的 Pod 名字形如 web-<哈希>-<随机串>，前面是无头服务 `web`。下面哪个名字能解析？',
    },
    choices: [
      { id: 'pod-name', text: { en: '<pod name>.web, e.g. web-7cf44d8594-2gcnn.web', 'zh-CN': '<Pod 名字>.web，例如 web-7cf44d8594-2gcnn.web' } },
      { id: 'ip-name', text: { en: 'A name made from the Pod\'s IP, e.g. 10-244-3-4.web', 'zh-CN': '由 Pod IP 构成的名字，例如 10-244-3-4.web' } },
      { id: 'both', text: { en: 'Both', 'zh-CN': '两个都能' } },
    ],
    answer: 'ip-name',
  },
  start: { ...base, yaml: deploymentHeadlessStartYaml },
  solution: { ...base, yaml: `${service}---\n${workload('StatefulSet')}` },
  hints: [
    {
      en: 'Look up `web` and then one Pod\'s name followed by `.web`: which answers, and which is NXDOMAIN?',
      'zh-CN': '先解析 `web`，再解析某个 Pod 的名字加 `.web`：哪个有应答，哪个是 NXDOMAIN？',
    },
    {
      en: 'CoreDNS makes a per-Pod name only from an endpoint\'s hostname, and the EndpointSlice controller sets one only for a Pod with `hostname` and a `subdomain` equal to the Service\'s name. A Deployment\'s template gives every replica the same hostname, if any.',
      'zh-CN': 'CoreDNS 只根据端点的 hostname 生成单个 Pod 的名字，而 EndpointSlice 控制器只为设置了 `hostname`、且 `subdomain` 等于 Service 名字的 Pod 填写它。Deployment 的模板即使写了 hostname，所有副本也都是同一个。',
    },
    {
      en: 'A StatefulSet gives each Pod a stable name (web-0, web-1) and, with `serviceName: web`, the hostname and subdomain that make `web-0.web` exist.',
      'zh-CN': 'StatefulSet 给每个 Pod 一个稳定的名字（web-0、web-1），再配上 `serviceName: web`，就有了让 `web-0.web` 存在的 hostname 和 subdomain。',
    },
  ],
  debrief: {
    text: {
      en: 'A headless Service gets one A record per ready endpoint under its own name, plus a name per endpoint that has a hostname: `<hostname>.<service>.<namespace>.svc.cluster.local`. The Pod\'s name plays no part. The EndpointSlice controller copies a hostname into the endpoint only when the Pod sets `spec.hostname` and its `spec.subdomain` equals the Service\'s name; the Kubernetes DNS page says it plainly: a Pod with no hostname but with a subdomain only gets the Service-wide record. A Deployment\'s Pods have random names and share one template, so they get no per-Pod name (with `hostname` in the template they would all share one name, answering every replica). CoreDNS still answers IP-derived names such as 10-244-3-4.web.default.svc.cluster.local for any endpoint, but they change whenever the Pod is re-created. A StatefulSet sets hostname = Pod name and subdomain = serviceName for each Pod, so web-0.web and web-1.web exist and keep pointing to "the Pod with that ordinal", even after it is re-created with a new IP.',
      'zh-CN': '无头服务会在自己的名字下为每个就绪端点生成一条 A 记录，另外再为每个带有 hostname 的端点生成一个名字：`<hostname>.<service>.<命名空间>.svc.cluster.local`。Pod 的名字本身不起作用。只有当 Pod 设置了 `spec.hostname`、并且 `spec.subdomain` 等于 Service 的名字时，EndpointSlice 控制器才会把 hostname 写进端点；Kubernetes 的 DNS 文档说得很清楚：只设置了 subdomain 而没有 hostname 的 Pod，只会得到 Service 整体的那条记录。Deployment 的 Pod 名字是随机的，又共用一份模板，所以没有单个 Pod 的名字（在模板里写 `hostname` 的话，所有副本会共用同一个名字，解析出全部副本）。对任何端点，CoreDNS 仍然会应答由 IP 构成的名字，例如 10-244-3-4.web.default.svc.cluster.local，但 Pod 一重建它就变了。StatefulSet 给每个 Pod 设置 hostname = Pod 名字、subdomain = serviceName，所以 web-0.web 和 web-1.web 都存在，而且始终指向“那个序号的 Pod”，即使它带着新 IP 被重建也一样。',
    },
    links: [
      {
        href: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-hostname-and-subdomain-field',
        title: { en: 'DNS for Services and Pods: Pod\'s hostname and subdomain fields', 'zh-CN': 'Service 与 Pod 的 DNS：Pod 的 hostname 和 subdomain 字段' },
      },
      {
        href: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#stable-network-id',
        title: { en: 'StatefulSets: stable network ID', 'zh-CN': 'StatefulSet：稳定的网络标识' },
      },
      {
        href: 'https://github.com/kubernetes/dns/blob/master/docs/specification.md',
        title: { en: 'Kubernetes DNS-Based Service Discovery specification', 'zh-CN': 'Kubernetes 基于 DNS 的服务发现规范' },
      },
    ],
  },
  checks: [
    {
      id: 'web-0',
      text: { en: '`web-0.web` answers one Pod, web-0', 'zh-CN': '`web-0.web` 只解析到一个 Pod：web-0' },
      check: { kind: 'dns', name: 'web-0.web', expect: { rcode: 'NOERROR', pods: { exactly: { pods: ['web-0'] } } } },
    },
    {
      id: 'web-1',
      text: { en: '`web-1.web` answers one Pod, web-1', 'zh-CN': '`web-1.web` 只解析到一个 Pod：web-1' },
      check: { kind: 'dns', name: 'web-1.web', expect: { rcode: 'NOERROR', pods: { exactly: { pods: ['web-1'] } } } },
    },
  ],
};
