// The article's Redis Cluster example: a client port and a gossip (cluster bus) port. The start's Service lists only
// the client port. Direct Pod traffic on 16379 works anyway — a headless Service does not filter ports — but the
// gossip port has no SRV record until the Service names it.
import redisYaml from '../scenarios/redis-cluster.yaml?raw';
import { LINKS, edited } from './lesson-kit';
import type { Lesson } from './types';

const start = edited(redisYaml, ['  - port: 16379\n    name: gossip\n', '']);
const nodes = { workload: { kind: 'StatefulSet', name: 'redis' } } as const;

export const redis: Lesson = {
  id: 'redis',
  section: 'use-cases',
  seed: ['redis'],
  title: { en: 'Redis Cluster: the client port and the gossip port', 'zh-CN': 'Redis Cluster：客户端端口和 gossip 端口' },
  goal: {
    en: 'Publish the cluster bus: make `_gossip._tcp.redis-cluster` list all six nodes on 16379, with `_client._tcp.redis-cluster` still listing them on 6379.',
    'zh-CN': '把集群总线端口也公布出来：让 `_gossip._tcp.redis-cluster` 列出全部六个节点的 16379 端口，同时 `_client._tcp.redis-cluster` 仍然列出它们的 6379 端口。',
  },
  prediction: {
    question: { en: 'The Service lists only port 6379. Does `redis-3.redis-cluster:16379` connect?', 'zh-CN': 'Service 只列了 6379 端口。`redis-3.redis-cluster:16379` 能连上吗？' },
    choices: [
      { id: 'yes', text: { en: 'Yes: the name is the Pod\'s address, and nothing filters ports', 'zh-CN': '能：这个名字就是 Pod 的地址，没有任何东西过滤端口' } },
      { id: 'no', text: { en: 'No: the Service does not expose 16379', 'zh-CN': '不能：Service 没有暴露 16379' } },
    ],
    answer: 'yes',
  },
  start: { yaml: start, actions: [], client: 'default/test', target: 'redis-3.redis-cluster:16379', seed: 1 },
  solution: { yaml: redisYaml, actions: [], client: 'default/test', target: 'redis-3.redis-cluster:16379', seed: 1 },
  hints: [
    { en: 'Send to redis-3.redis-cluster:16379 first: it connects. Then try `nslookup -type=SRV _gossip._tcp.redis-cluster`.', 'zh-CN': '先向 redis-3.redis-cluster:16379 发请求：能连上。再试试 `nslookup -type=SRV _gossip._tcp.redis-cluster`。' },
    { en: 'SRV records exist only for ports the Service lists, by their names.', 'zh-CN': '只有 Service 里列出的端口才有 SRV 记录，按端口名查询。' },
    { en: 'Add `- port: 16379` with `name: gossip` to the Service\'s ports.', 'zh-CN': '在 Service 的 ports 里加上 `- port: 16379`，并写 `name: gossip`。' },
  ],
  debrief: {
    text: {
      en: 'A headless Service has no virtual IP and no rules, so its port list filters nothing: `redis-3.redis-cluster` is redis-3\'s own address, and any port the container listens on answers. What the port list does decide is the EndpointSlice\'s ports and therefore the SRV records: `_gossip._tcp.redis-cluster` exists only once the Service names a `gossip` port. In practice Redis nodes learn each other\'s bus port from the cluster protocol (client port + 10000), and clients learn the node addresses from CLUSTER SLOTS — the headless names give them something stable to start from.',
      'zh-CN': '无头服务没有虚拟 IP，也没有规则，所以它的端口列表什么都不过滤：`redis-3.redis-cluster` 就是 redis-3 自己的地址，容器监听的任何端口都能连。端口列表真正决定的是 EndpointSlice 里的端口，进而决定 SRV 记录：只有 Service 里写了名为 `gossip` 的端口，`_gossip._tcp.redis-cluster` 才存在。实际中 Redis 节点是通过集群协议得知彼此的总线端口（客户端端口 + 10000），客户端则通过 CLUSTER SLOTS 得到各节点地址——无头服务的名字给了它们一个稳定的起点。',
    },
    links: [LINKS.srv, LINKS.headless],
  },
  checks: [
    {
      id: 'gossip-srv',
      text: { en: '_gossip._tcp.redis-cluster lists all six nodes', 'zh-CN': '_gossip._tcp.redis-cluster 列出全部六个节点' },
      check: { kind: 'dns', name: '_gossip._tcp.redis-cluster', type: 'SRV', expect: { rcode: 'NOERROR', answers: 6, pods: { exactly: nodes } } },
    },
    {
      id: 'client-srv',
      text: { en: '_client._tcp.redis-cluster still lists them', 'zh-CN': '_client._tcp.redis-cluster 仍然列出它们' },
      check: { kind: 'dns', name: '_client._tcp.redis-cluster', type: 'SRV', expect: { rcode: 'NOERROR', pods: { exactly: nodes } } },
    },
    {
      id: 'bus-direct',
      text: { en: 'redis-3.redis-cluster:16379 reaches redis-3', 'zh-CN': 'redis-3.redis-cluster:16379 连到 redis-3' },
      check: { kind: 'requests', target: 'redis-3.redis-cluster:16379', expect: { outcome: 'delivered', landOn: { exactly: { pods: ['redis-3'] } } } },
    },
  ],
};
