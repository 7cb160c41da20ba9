// The article's Elasticsearch example: two named ports, http 9200 and transport 9300. The start leaves the names
// out, which the API server refuses for a Service with more than one port; the names are also what SRV asks by.
import elasticsearchYaml from '../scenarios/elasticsearch.yaml?raw';
import { LINKS, edited } from './lesson-kit';
import type { Lesson } from './types';

const start = edited(elasticsearchYaml, ['  - port: 9200\n    name: http\n  - port: 9300\n    name: transport\n', '  - port: 9200\n  - port: 9300\n']);
const nodes = { workload: { kind: 'StatefulSet', name: 'elasticsearch' } } as const;

export const elasticsearch: Lesson = {
  id: 'elasticsearch',
  section: 'use-cases',
  seed: ['elasticsearch'],
  title: { en: 'Elasticsearch: two named ports, found through SRV', 'zh-CN': 'Elasticsearch：两个具名端口，用 SRV 发现' },
  goal: {
    en: 'Nodes find each other\'s transport port by DNS: make the SRV lookups `_transport._tcp.elasticsearch` and `_http._tcp.elasticsearch` list all three nodes.',
    'zh-CN': '节点之间靠 DNS 找到彼此的 transport 端口：让 SRV 查询 `_transport._tcp.elasticsearch` 和 `_http._tcp.elasticsearch` 都列出全部三个节点。',
  },
  prediction: {
    question: { en: 'The Service lists ports 9200 and 9300 without names. What happens when it is applied?', 'zh-CN': '这个 Service 列了 9200 和 9300 两个端口，但都没有名字。应用时会发生什么？' },
    choices: [
      { id: 'refused', text: { en: 'The API server refuses it: each port of a multi-port Service needs a name', 'zh-CN': 'API Server 拒绝：多端口 Service 的每个端口都必须有名字' } },
      { id: 'works', text: { en: 'It works; only SRV lookups need names', 'zh-CN': '可以创建，只是 SRV 查询需要名字' } },
      { id: 'first', text: { en: 'Only the first port is kept', 'zh-CN': '只保留第一个端口' } },
    ],
    answer: 'refused',
  },
  start: { yaml: start, actions: [], client: 'default/test', target: 'elasticsearch:9200', seed: 1 },
  solution: { yaml: elasticsearchYaml, actions: [], client: 'default/test', target: 'elasticsearch:9200', seed: 1 },
  hints: [
    { en: 'Read the editor\'s error on the Service\'s ports: it is the API server\'s own message.', 'zh-CN': '看编辑器在 Service 端口处给出的错误：那是 API Server 的原话。' },
    { en: 'An SRV name is `_<port name>._<protocol>.<service>`: the port names must be exactly what the lookups ask for.', 'zh-CN': 'SRV 名字的格式是 `_<端口名>._<协议>.<service>`：端口名必须和查询里的一模一样。' },
    { en: 'Name them: `name: http` on 9200 and `name: transport` on 9300.', 'zh-CN': '给它们起名：9200 写 `name: http`，9300 写 `name: transport`。' },
  ],
  debrief: {
    text: {
      en: 'With more than one port, every port of a Service must have a unique name (`spec.ports[0].name: Required value` otherwise), so the whole Service is refused and the names resolve to nothing. For a headless Service CoreDNS answers `_transport._tcp.elasticsearch.default.svc.cluster.local` with one SRV record per ready Pod — `0 33 9300 elasticsearch-0.elasticsearch.default.svc.cluster.local.` — so a client learns host and port together. Elasticsearch itself usually takes its seed hosts from `discovery.seed_hosts` (often the headless name) rather than SRV, but the per-Pod names are the same.',
      'zh-CN': 'Service 有多个端口时，每个端口都必须有唯一的名字（否则报 `spec.ports[0].name: Required value`），于是整个 Service 被拒绝，这些名字也就解析不出任何东西。对于无头服务，CoreDNS 对 `_transport._tcp.elasticsearch.default.svc.cluster.local` 按每个就绪 Pod 返回一条 SRV 记录，例如 `0 33 9300 elasticsearch-0.elasticsearch.default.svc.cluster.local.`，客户端一次就拿到主机名和端口。Elasticsearch 自己通常通过 `discovery.seed_hosts`（常常就是这个无头服务的名字）获取种子节点，而不是查 SRV，但用到的每个 Pod 的名字是一样的。',
    },
    links: [LINKS.multiPort, LINKS.srv],
  },
  checks: [
    {
      id: 'transport-srv',
      text: { en: '_transport._tcp.elasticsearch lists all three nodes', 'zh-CN': '_transport._tcp.elasticsearch 列出全部三个节点' },
      check: { kind: 'dns', name: '_transport._tcp.elasticsearch', type: 'SRV', expect: { rcode: 'NOERROR', pods: { exactly: nodes } } },
    },
    {
      id: 'http-srv',
      text: { en: '_http._tcp.elasticsearch lists all three nodes', 'zh-CN': '_http._tcp.elasticsearch 列出全部三个节点' },
      check: { kind: 'dns', name: '_http._tcp.elasticsearch', type: 'SRV', expect: { rcode: 'NOERROR', pods: { exactly: nodes } } },
    },
  ],
};
