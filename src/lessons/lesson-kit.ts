// Small builders the lesson files share: a scenario's text with a planted change, the cluster actions a learner's
// clicks make, and the links debriefs cite most. They only make plain data.
import type { ClusterAction } from '../core';
import type { DebriefLink } from './types';

/**
 * `text` with each `[from, to]` replaced once. A `from` the text no longer holds leaves it unchanged, and
 * lessons:verify then reports the lesson (its start passes, or its solution fails), so a scenario edit cannot
 * silently break a lesson.
 */
export function edited(text: string, ...edits: [from: string, to: string][]): string {
  return edits.reduce((t, [from, to]) => t.replace(from, () => to), text);
}

/** `kubectl label pod NAME KEY=VALUE`, as the graph's label menu makes it. */
export const labelPod = (name: string, key: string, value: string): ClusterAction => ({ type: 'labelPod', namespace: 'default', name, key, value });

/** `kubectl scale`, as the graph's scale menu makes it. */
export const scale = (kind: 'Deployment' | 'StatefulSet', name: string, replicas: number): ClusterAction => ({ type: 'scale', namespace: 'default', kind, name, replicas });

export const LINKS = {
  service: { href: 'https://kubernetes.io/docs/concepts/services-networking/service/', title: { en: 'Kubernetes docs: Service', 'zh-CN': 'Kubernetes 文档：Service' } },
  headless: { href: 'https://kubernetes.io/docs/concepts/services-networking/service/#headless-services', title: { en: 'Kubernetes docs: Headless Services', 'zh-CN': 'Kubernetes 文档：Headless Service' } },
  multiPort: { href: 'https://kubernetes.io/docs/concepts/services-networking/service/#multi-port-services', title: { en: 'Kubernetes docs: multi-port Services', 'zh-CN': 'Kubernetes 文档：多端口 Service' } },
  dns: { href: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/', title: { en: 'Kubernetes docs: DNS for Services and Pods', 'zh-CN': 'Kubernetes 文档：Service 与 Pod 的 DNS' } },
  srv: { href: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#srv-records', title: { en: 'Kubernetes docs: SRV records', 'zh-CN': 'Kubernetes 文档：SRV 记录' } },
  virtualIPs: { href: 'https://kubernetes.io/docs/reference/networking/virtual-ips/', title: { en: 'Kubernetes docs: Virtual IPs and Service Proxies', 'zh-CN': 'Kubernetes 文档：虚拟 IP 和 Service 代理' } },
  affinity: { href: 'https://kubernetes.io/docs/reference/networking/virtual-ips/#session-affinity', title: { en: 'Kubernetes docs: session affinity', 'zh-CN': 'Kubernetes 文档：会话保持' } },
  statefulSetNames: { href: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#stable-network-id', title: { en: 'Kubernetes docs: StatefulSet stable network ID', 'zh-CN': 'Kubernetes 文档：StatefulSet 的稳定网络标识' } },
  debugService: { href: 'https://kubernetes.io/docs/tasks/debug/debug-application/debug-service/', title: { en: 'Kubernetes docs: Debug Services', 'zh-CN': 'Kubernetes 文档：调试 Service' } },
  debugDns: { href: 'https://kubernetes.io/docs/tasks/administer-cluster/dns-debugging-resolution/', title: { en: 'Kubernetes docs: Debugging DNS Resolution', 'zh-CN': 'Kubernetes 文档：调试 DNS 问题' } },
  corednsKubernetes: { href: 'https://coredns.io/plugins/kubernetes/', title: { en: 'CoreDNS: the kubernetes plugin', 'zh-CN': 'CoreDNS：kubernetes 插件' } },
  corednsLoadbalance: { href: 'https://coredns.io/plugins/loadbalance/', title: { en: 'CoreDNS: the loadbalance plugin', 'zh-CN': 'CoreDNS：loadbalance 插件' } },
  iptablesProxier: { href: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/proxy/iptables/proxier.go', title: { en: 'kube-proxy source: the iptables proxier', 'zh-CN': 'kube-proxy 源码：iptables 模式' } },
  busyboxWget: { href: 'https://git.busybox.net/busybox/tree/networking/wget.c', title: { en: 'busybox source: wget.c', 'zh-CN': 'busybox 源码：wget.c' } },
} satisfies Record<string, DebriefLink>;
