// The article's Kafka example: clients bootstrap from `kafka` and then talk to each broker by name. The planted
// mistake is a selector that matches no broker, so the headless name has nothing to answer.
import kafkaYaml from '../scenarios/kafka.yaml?raw';
import { LINKS, edited } from './lesson-kit';
import type { Lesson } from './types';

const start = edited(kafkaYaml, ['  selector:\n    app: kafka\n', '  selector:\n    app: kafka-broker\n']);
const brokers = { workload: { kind: 'StatefulSet', name: 'kafka' } } as const;

export const kafka: Lesson = {
  id: 'kafka',
  section: 'use-cases',
  seed: ['kafka'],
  title: { en: 'Kafka: every broker by its own name', 'zh-CN': 'Kafka：每个 broker 都有自己的名字' },
  goal: {
    en: 'A Kafka client bootstraps from `kafka:9092`, then connects to each broker it learns about. Make `kafka` list all three brokers and `kafka-2.kafka:9092` reach kafka-2.',
    'zh-CN': 'Kafka 客户端先通过 `kafka:9092` 引导，再逐个连接它得知的 broker。让 `kafka` 列出全部三个 broker，并让 `kafka-2.kafka:9092` 连到 kafka-2。',
  },
  prediction: {
    question: { en: 'The Service selects `app: kafka-broker`; the brokers are labelled `app: kafka`. What does `nslookup kafka` answer?', 'zh-CN': 'Service 选择的是 `app: kafka-broker`，而 broker 的标签是 `app: kafka`。`nslookup kafka` 会得到什么？' },
    choices: [
      { id: 'nxdomain', text: { en: 'NXDOMAIN: a headless name with no ready endpoints has no records', 'zh-CN': 'NXDOMAIN：没有就绪端点的无头服务名字没有记录' } },
      { id: 'vip', text: { en: 'A virtual IP with nothing behind it', 'zh-CN': '一个后面什么都没有的虚拟 IP' } },
      { id: 'brokers', text: { en: 'The three brokers, found through the StatefulSet', 'zh-CN': '三个 broker，通过 StatefulSet 找到' } },
    ],
    answer: 'nxdomain',
  },
  start: { yaml: start, actions: [], client: 'default/test', target: 'kafka:9092', seed: 1 },
  solution: { yaml: kafkaYaml, actions: [], client: 'default/test', target: 'kafka:9092', seed: 1 },
  hints: [
    { en: 'Look at the Service in the graph: which Pods does it connect to?', 'zh-CN': '看拓扑图里的这个 Service：它连到了哪些 Pod？' },
    { en: 'Compare the Service\'s `selector` with the labels in the StatefulSet\'s Pod template.', 'zh-CN': '对比 Service 的 `selector` 和 StatefulSet Pod 模板里的标签。' },
    { en: 'Make them agree: `selector: {app: kafka}` on the Service.', 'zh-CN': '让两者一致：把 Service 的选择器改成 `app: kafka`。' },
  ],
  debrief: {
    text: {
      en: 'A headless Service\'s records come from its endpoints, and its endpoints from its selector. With no Pod selected, CoreDNS answers NXDOMAIN for `kafka` and for `kafka-0.kafka` alike, even though the StatefulSet names `kafka` as its serviceName: serviceName gives the Pods their subdomain, it does not select them. A real Kafka client connects to the bootstrap address, asks for the cluster metadata, and then dials each broker at the address the broker advertises (`advertised.listeners`), typically `kafka-0.kafka.default.svc.cluster.local:9092` — which is why each broker needs its own stable name.',
      'zh-CN': '无头服务的 DNS 记录来自它的端点，端点又来自它的选择器。一个 Pod 都没选中时，CoreDNS 对 `kafka` 和 `kafka-0.kafka` 都会返回 NXDOMAIN，尽管 StatefulSet 的 serviceName 写的就是 `kafka`：serviceName 只决定 Pod 的 subdomain，并不负责选中 Pod。真实的 Kafka 客户端先连引导地址，获取集群元数据，再按每个 broker 对外公布的地址（`advertised.listeners`）逐个连接，通常就是 `kafka-0.kafka.default.svc.cluster.local:9092` 这样的名字——所以每个 broker 都需要一个稳定的名字。',
    },
    links: [LINKS.headless, LINKS.statefulSetNames],
  },
  checks: [
    {
      id: 'brokers-listed',
      text: { en: '`kafka` answers with all three brokers', 'zh-CN': '`kafka` 的应答是全部三个 broker' },
      check: { kind: 'dns', name: 'kafka', expect: { rcode: 'NOERROR', pods: { exactly: brokers } } },
    },
    {
      id: 'broker-by-name',
      text: { en: 'kafka-2.kafka:9092 reaches kafka-2', 'zh-CN': 'kafka-2.kafka:9092 连到 kafka-2' },
      check: { kind: 'requests', target: 'kafka-2.kafka:9092', expect: { outcome: 'delivered', landOn: { exactly: { pods: ['kafka-2'] } } } },
    },
  ],
};
