// The article's first YAML: a ClusterIP Service with `port: 80` and `targetPort: 8080`. The planted mistake is the
// commonest one with that pair: targetPort set to the Service's port instead of the port the container listens on.
import seedBasics from '../scenarios/seed-basics.yaml?raw';
import { LINKS, edited } from './lesson-kit';
import type { Lesson } from './types';

const start = edited(seedBasics, ['targetPort: 8080  # Pod 端口', 'targetPort: 80    # Pod 端口']);

export const clusterIPTargetPort: Lesson = {
  id: 'clusterip-target-port',
  section: 'clusterip',
  seed: ['clusterip-yaml'],
  title: { en: 'port and targetPort: where the Pod really listens', 'zh-CN': 'port 与 targetPort：Pod 到底在哪个端口监听' },
  goal: {
    en: 'The web Pods (http-echo) listen on 8080. Make `wget my-web-service` — port 80 on the Service — get an answer from them.',
    'zh-CN': 'web 的 Pod（http-echo）监听 8080 端口。让 `wget my-web-service`（访问 Service 的 80 端口）能拿到它们的响应。',
  },
  prediction: {
    question: {
      en: 'my-web-service says `port: 80`, `targetPort: 80`, and the Pods listen on 8080. What does `wget my-web-service` print?',
      'zh-CN': 'my-web-service 写的是 `port: 80`、`targetPort: 80`，而 Pod 监听的是 8080。`wget my-web-service` 会输出什么？',
    },
    choices: [
      { id: 'refused', text: { en: 'Connection refused', 'zh-CN': 'Connection refused（连接被拒绝）' } },
      { id: 'answer', text: { en: 'hello — kube-proxy finds the right port', 'zh-CN': 'hello——kube-proxy 会自己找到正确的端口' } },
      { id: 'nxdomain', text: { en: 'bad address: the name does not resolve', 'zh-CN': 'bad address：域名解析不出来' } },
    ],
    answer: 'refused',
  },
  start: { yaml: start, actions: [], client: 'default/test', target: 'my-web-service', seed: 1 },
  solution: { yaml: seedBasics, actions: [], client: 'default/test', target: 'my-web-service', seed: 1 },
  hints: [
    { en: 'Send once and read the last step: the name resolved and the rules rewrote the address, so which port did the Pod get?', 'zh-CN': '发一次请求，看最后一步：域名解析成功了，规则也改写了目的地址，那 Pod 收到的是哪个端口？' },
    { en: '`port` is what clients dial on the virtual IP; `targetPort` is where the Pod listens. Compare it with the container\'s `containerPort`.', 'zh-CN': '`port` 是客户端访问虚拟 IP 用的端口，`targetPort` 才是 Pod 监听的端口。拿它和容器的 `containerPort` 对一下。' },
    { en: 'Set `targetPort: 8080` (or name the container port `http` and write `targetPort: http`).', 'zh-CN': '把 `targetPort` 改成 8080（或者给容器端口起名 `http`，再写 `targetPort: http`）。' },
  ],
  debrief: {
    text: {
      en: 'The name resolved to the virtual IP and the client\'s node rewrote the destination to a Pod — to port 80, because that is what targetPort said. Nothing listens there, so the Pod\'s kernel answered with a reset and busybox wget printed "Connection refused". kube-proxy copies targetPort into its DNAT rules as written; it never looks at which ports the container opens (containerPort is informational). targetPort defaults to port, which is why the article can omit it when both are 80. A named targetPort (`targetPort: http`) is looked up in each Pod\'s container ports, so Pods may even listen on different numbers.',
      'zh-CN': '域名解析到了虚拟 IP，客户端所在节点也把目的地址改写成了某个 Pod——但端口是 80，因为 targetPort 就是这么写的。那个端口上没有进程监听，Pod 的内核直接回了 RST，busybox wget 就打印出 “Connection refused”。kube-proxy 原样把 targetPort 写进 DNAT 规则，从不去看容器实际打开了哪些端口（containerPort 只是说明性的字段）。targetPort 不写时默认等于 port，所以文章在两者都是 80 时可以省略它。写成端口名（`targetPort: http`）时，会按每个 Pod 的容器端口去查，不同 Pod 甚至可以监听不同的端口号。',
    },
    links: [LINKS.service, LINKS.debugService],
  },
  checks: [
    {
      id: 'answered',
      text: { en: 'Requests to my-web-service are answered by the web Pods', 'zh-CN': '发往 my-web-service 的请求由 web 的 Pod 应答' },
      check: { kind: 'requests', target: 'my-web-service', expect: { outcome: 'delivered', landOn: { exactly: { workload: { kind: 'Deployment', name: 'web' } } } } },
    },
    {
      id: 'still-port-80',
      text: { en: 'Clients still dial port 80: the Service\'s port is unchanged', 'zh-CN': '客户端仍然访问 80 端口：Service 的 port 没有变' },
      check: { kind: 'requests', target: 'my-web-service:80', expect: { outcome: 'delivered' } },
    },
  ],
};
