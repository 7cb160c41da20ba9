// Element ids shared with the core's traffic traces (Hop.from / Hop.to), so a hop maps onto a graph element
// without a lookup table. Node groups and edges are graph-only ids.

export const DNS_ID = 'dns:kube-dns';
export const EXTERNAL_ID = 'external';
export const PENDING_ID = 'pending';

export const podId = (namespace: string, name: string): string => `pod:${namespace}/${name}`;
export const corednsId = (namespace: string, name: string): string => `coredns:${namespace}/${name}`;
export const svcId = (namespace: string, name: string): string => `svc:${namespace}/${name}`;
export const rulesId = (node: string): string => `node-rules:${node}`;
export const nodeGroupId = (node: string): string => `node:${node}`;

/** The client Pod prop is `ns/name`; hops name it `pod:ns/name`. */
export const clientPodId = (clientPod: string | undefined): string | undefined =>
  clientPod ? (clientPod.startsWith('pod:') ? clientPod : `pod:${clientPod}`) : undefined;

/**
 * The graph element a trace id names. The traffic simulation names the kube-dns VIP `svc:kube-system/kube-dns`
 * and a CoreDNS Pod it connects to directly `pod:kube-system/…`; the graph's ids for those are `dns:kube-dns` and
 * `coredns:…`. Both spellings resolve to the same element.
 */
export function resolveElementId(id: string, has: (id: string) => boolean): string | undefined {
  if (has(id)) return id;
  const alias = id === 'svc:kube-system/kube-dns' ? DNS_ID
    : id === DNS_ID ? 'svc:kube-system/kube-dns'
      : id.startsWith('pod:') ? `coredns:${id.slice(4)}`
        : id.startsWith('coredns:') ? `pod:${id.slice(8)}`
          : undefined;
  return alias && has(alias) ? alias : undefined;
}
