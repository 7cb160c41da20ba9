// `kubectl get`'s human-readable tables, in kubectl's own columns (kubernetes/kubernetes
// pkg/printers/internalversion/printers.go: printPod, printService, printEndpointSlice, printDeployment,
// printStatefulSet, printReplicaSet; `-o wide` adds the Priority 1 columns), laid out as cli-runtime's
// printers.GetNewTabWriter does. Several types print one table each, a blank line between them (get.go), with
// `kind.group/` before each name; `-A` puts NAMESPACE first.
// AGE: how long before the cluster's clock the object was made (api-identity.ts says when that is).
import type { Cluster, EndpointSlice, Pod, Service, Workload } from '../model/types';
import { ageOf } from './api-identity';
import { activePods, objectsOf, type KubeObject } from './objects';
import { RESOURCES, type ResourceType } from './resources';
import { GET_TABWRITER, tabwrite } from './tabwriter';


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

/** labels.FormatLabels: sorted `k=v` pairs, `<none>` for none. */
export function formatLabels(sel: Record<string, string> | undefined): string {
  const keys = Object.keys(sel ?? {}).sort();
  return keys.length ? keys.map((k) => `${k}=${sel![k]}`).join(',') : '<none>';
}

/** metav1.FormatLabelSelector: matchLabels, then each expression (`k in (a,b)`, `!k`, `k`). */
function formatLabelSelector(w: Workload): string {
  const parts = Object.keys(w.selector).sort().map((k) => `${k}=${w.selector[k]}`);
  for (const e of w.selectorExpressions ?? []) {
    if (e.operator === 'In') parts.push(`${e.key} in (${e.values.join(',')})`);
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin (${e.values.join(',')})`);
    else if (e.operator === 'Exists') parts.push(e.key);
    else parts.push(`!${e.key}`);
  }
  return parts.length ? parts.join(',') : '<none>';
}

// printers.go formatDiscoveryPorts / formatDiscoveryEndpoints: at most 3, then "+ N more...".
function listMax3(items: string[]): string {
  if (!items.length) return '<unset>';
  const head = items.slice(0, 3).join(',');
  return items.length > 3 ? `${head} + ${items.length - 3} more...` : head;
}

const slicePorts = (e: EndpointSlice): string => listMax3(e.ports.map((p) => String(p.port)));
const sliceEndpoints = (e: EndpointSlice): string => listMax3(e.endpoints.flatMap((ep) => ep.addresses));

// printers.go layoutContainerCells: the template's container names, and their images, each joined by commas.
const templateContainer = (w: Workload): string => (w.template?.containers ?? []).map((c) => c.name).join(',');
const templateImage = (w: Workload): string => (w.template?.containers ?? []).map((c) => c.image).join(',');

interface Columns { head: string[]; wide: string[] }

const COLUMNS: Readonly<Record<ResourceType, Columns>> = {
  pods: { head: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'], wide: ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'] },
  services: { head: ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'], wide: ['SELECTOR'] },
  endpointslices: { head: ['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE'], wide: [] },
  deployments: { head: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'], wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'] },
  statefulsets: { head: ['NAME', 'READY', 'AGE'], wide: ['CONTAINERS', 'IMAGES'] },
  replicasets: { head: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'], wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'] },
};

/** One row's cells after the name: the default columns, then the wide ones. */
function cells(cluster: Cluster, o: KubeObject): { head: string[]; wide: string[] } {
  switch (o.type) {
    case 'pods': {
      const p = o.pod;
      // printPod: ready containers / containers in the spec (the model's readiness is the Pod's, for all of them).
      const n = p.containers.length;
      return { head: [`${p.ready ? n : 0}/${n}`, podStatus(p), '0', ageOf(cluster, p.createdAtSeconds)], wide: [p.ip || '<none>', p.node || '<none>', '<none>', '<none>'] };
    }
    case 'services': {
      const s = o.service;
      return { head: [s.type, s.type === 'ExternalName' ? '<none>' : s.clusterIP || '<none>', externalIP(s), servicePorts(s), ageOf(cluster)], wide: [formatLabels(s.selector)] };
    }
    case 'endpointslices':
      return { head: [o.slice.addressType, slicePorts(o.slice), sliceEndpoints(o.slice), ageOf(cluster)], wide: [] };
    case 'deployments': {
      const w = o.workload;
      const pods = activePods(cluster, w);
      const ready = pods.filter((p) => p.ready).length;
      return { head: [`${ready}/${w.replicas}`, String(pods.length), String(ready), ageOf(cluster)], wide: [templateContainer(w), templateImage(w), formatLabelSelector(w)] };
    }
    case 'statefulsets': {
      const w = o.workload;
      const ready = activePods(cluster, w).filter((p) => p.ready).length;
      return { head: [`${ready}/${w.replicas}`, ageOf(cluster)], wide: [templateContainer(w), templateImage(w)] };
    }
    case 'replicasets': {
      const w = o.replicaSet.deployment;
      const pods = activePods(cluster, w);
      const selector = formatLabels(w.podTemplateHash !== undefined ? { ...w.selector, 'pod-template-hash': w.podTemplateHash } : w.selector);
      return { head: [String(w.replicas), String(pods.length), String(pods.filter((p) => p.ready).length), ageOf(cluster)], wide: [templateContainer(w), templateImage(w), selector] };
    }
  }
}

export interface TableOptions {
  wide: boolean;
  withKind: boolean;
  withNamespace: boolean;
  /** `--show-labels`: a LABELS column last. */
  withLabels?: boolean;
}

/** One type's table: header and a row per object (the caller chose and ordered them). */
export function formatTable(cluster: Cluster, type: ResourceType, objects: readonly KubeObject[], opts: TableOptions): string {
  const cols = COLUMNS[type];
  const head = [...(opts.withNamespace ? ['NAMESPACE'] : []), ...cols.head, ...(opts.wide ? cols.wide : []), ...(opts.withLabels ? ['LABELS'] : [])];
  const rows = objects.map((o) => {
    const c = cells(cluster, o);
    const name = opts.withKind ? `${RESOURCES[type].kindGroup}/${o.name}` : o.name;
    return [...(opts.withNamespace ? [o.namespace] : []), name, ...c.head, ...(opts.wide ? c.wide : []), ...(opts.withLabels ? [formatLabels(o.labels)] : [])];
  });
  return tabwrite([head, ...rows].map((r) => `${r.join('\t')}\n`).join(''), GET_TABWRITER);
}

/**
 * `kubectl get pods,svc,endpointslices -o wide` for one namespace (default `default`), as the terminals show it.
 */
export function formatKubectlGetWide(cluster: Cluster, namespace = 'default'): string {
  const blocks: string[] = [];
  for (const type of ['pods', 'services', 'endpointslices'] as const) {
    const objects = objectsOf(cluster, type).filter((o) => o.namespace === namespace);
    if (objects.length) blocks.push(formatTable(cluster, type, objects, { wide: true, withKind: true, withNamespace: false }));
  }
  return blocks.length ? blocks.join('\n') : `No resources found in ${namespace} namespace.\n`;
}

