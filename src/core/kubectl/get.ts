// `kubectl get pods,svc,endpointslices -o wide` for the default namespace, in kubectl's own columns
// (kubernetes/kubernetes pkg/printers/internalversion/printers.go: printPod, printService, printEndpointSlice;
// columns laid out by text/tabwriter with padding 3, as cli-runtime's printers.GetNewTabWriter does).
// AGE is `<unknown>`: kubectl prints that for an object without a creationTimestamp, which is what these are.
import type { Cluster, EndpointSlice, Pod, Service } from '../model/types';

function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows
    .map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]! + 3))).join(''))
    .join('\n');
}

const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function podStatus(p: Pod): string {
  if (p.terminating) return 'Terminating';
  // printPod shows a waiting container's reason in place of the phase: the kubelet's is ContainerCreating.
  if (p.lifecycle === 'ContainerCreating') return 'ContainerCreating';
  return p.phase;
}

function servicePorts(s: Service): string {
  if (!s.ports.length) return '<none>';
  return s.ports.map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol}`).join(',');
}

function externalIP(s: Service): string {
  if (s.type === 'ExternalName') return s.externalName ?? '<none>';
  const ips = [...s.externalIPs];
  if (s.type === 'LoadBalancer') {
    if (s.loadBalancerIngressIP) ips.push(s.loadBalancerIngressIP);
    else if (!ips.length) return '<pending>';
  }
  return ips.length ? ips.join(',') : '<none>';
}

function selector(s: Service): string {
  const sel = s.selector ?? {};
  const keys = Object.keys(sel).sort();
  return keys.length ? keys.map((k) => `${k}=${sel[k]}`).join(',') : '<none>';
}

// printers.go formatDiscoveryPorts / formatDiscoveryEndpoints: at most 3, then "+ N more...".
function listMax3(items: string[]): string {
  if (!items.length) return '<unset>';
  const head = items.slice(0, 3).join(',');
  return items.length > 3 ? `${head} + ${items.length - 3} more...` : head;
}

function slicePorts(e: EndpointSlice): string {
  return listMax3(e.ports.map((p) => String(p.port)));
}

function sliceEndpoints(e: EndpointSlice): string {
  return listMax3(e.endpoints.flatMap((ep) => ep.addresses));
}

export function formatKubectlGetWide(cluster: Cluster, namespace = 'default'): string {
  const pods = cluster.pods.filter((p) => p.namespace === namespace).sort(byName);
  const services = cluster.services.filter((s) => s.namespace === namespace).sort(byName);
  const slices = cluster.endpointSlices.filter((s) => s.namespace === namespace).sort(byName);
  const blocks: string[] = [];
  if (pods.length) {
    blocks.push(table([
      ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'],
      ...pods.map((p) => [`pod/${p.name}`, `${p.ready ? 1 : 0}/1`, podStatus(p), '0', '<unknown>', p.ip || '<none>', p.node || '<none>', '<none>', '<none>']),
    ]));
  }
  if (services.length) {
    blocks.push(table([
      ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE', 'SELECTOR'],
      ...services.map((s) => [`service/${s.name}`, s.type, s.type === 'ExternalName' ? '<none>' : s.clusterIP || '<none>', externalIP(s), servicePorts(s), '<unknown>', selector(s)]),
    ]));
  }
  if (slices.length) {
    blocks.push(table([
      ['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE'],
      ...slices.map((e) => [`endpointslice.discovery.k8s.io/${e.name}`, e.addressType, slicePorts(e), sliceEndpoints(e), '<unknown>']),
    ]));
  }
  return blocks.length ? blocks.join('\n\n') + '\n' : `No resources found in ${namespace} namespace.\n`;
}
