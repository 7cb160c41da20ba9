// Validated objects → Cluster: system objects, Service addresses, the Pods the controllers create,
// scheduling, Pod IPs, EndpointSlices, and the learner warnings that need the whole cluster.

import { formatIPv4 } from '../util/ip';
import { goStringSlice, invalid, type FieldError } from '../validate/field';
import {
  BUILTIN_NAMESPACES,
  CLUSTER_POD_CIDR,
  DEFAULT_CLUSTER_DOMAIN,
  DNS_SERVICE_IP,
  NODE_PORT_MAX,
  NODE_PORT_MIN,
  POD_IPS_ANNOTATION,
  SERVICE_CIDR,
} from './defaults';
import { deriveEndpointSlices } from './endpoint-slices';
import { mirrorEndpoints } from './endpoints-mirroring';
import { PodIndex } from './pod-index';
import { loadBalancerAllocator, nodePortAllocator, serviceCIDR, serviceIPAllocator } from './ipam';
import { podTemplateHashOf, replicaSetName } from './naming';
import type { ContainerIn, EndpointSliceIn, EndpointsIn, NamespaceIn, ObjectSource, PodIn, ServiceIn, WorkloadIn } from '../validate/objects';
import { fieldDiagnostic, objectPosition, sourcePath, warningAt } from './report';
import type { Origins } from './origins';
import { nodeForIP, placePods, spreader, spreadIndex, type Placement } from './scheduler';
import { corednsWorkload, kubeDnsService, kubernetesService, kubernetesSlice, makeNodes } from './system';
import type { Cluster, ClusterNode, EndpointSlice, Pod, PodContainer, PodTemplate, Service, Workload } from './types';
import type { ContainerPort } from '../types/api';
import type { Diagnostic } from '../types/diagnostic';
import { addWarnings } from './warnings';
import { sortPods } from './pod-order';
import { podFactory } from './workload-pods';
import { cidrContains, parseIPv4 } from '../util/ip';

/** The valid objects of the manifests, grouped by kind: what a cluster is built from. */
export interface ObjectsByKind {
  namespaces: NamespaceIn[];
  services: ServiceIn[];
  pods: PodIn[];
  workloads: WorkloadIn[];
  slices: EndpointSliceIn[];
  endpoints: EndpointsIn[];
}

export interface BuildOptions {
  clusterDomain: string;
  nodes: number;
}

function ref(kind: string, ns: string, name: string): string {
  return ns ? `${kind}/${ns}/${name}` : `${kind}/${name}`;
}

/** `settle` changes the built cluster before the learner warnings are worked out (loadCluster's run and actions). */
export function buildCluster(input: ObjectsByKind, options: BuildOptions, diags: Diagnostic[], settle?: (built: Cluster) => Cluster): Cluster {
  const nodes = makeNodes(options.nodes);
  const origins: Origins = { services: new Map(), workloads: new Map(), pods: new Map() };

  const services = allocateServices(input.services, diags, origins);
  const userWorkloads = input.workloads.map((wi) => {
    const w = withHash(toWorkload(wi, nodes, diags));
    origins.workloads.set(w, wi);
    return w;
  });
  const workloads = [withHash(corednsWorkload()), ...userWorkloads];

  const pods = buildPods(input.pods, workloads, nodes, diags, origins);

  const fixedSlices: EndpointSlice[] = [kubernetesSlice(nodes[0]?.ip ?? '')];
  const servicesByKey = input.slices.length + input.endpoints.length > 0 ? new Map(services.map((s) => [`${s.namespace}/${s.name}`, s])) : new Map<string, Service>();
  for (const s of input.slices) {
    const slice = toUserSlice(s, servicesByKey, diags);
    if (slice) fixedSlices.push(slice);
  }
  // Mirrored slices are fixed like the user's: Pod changes never touch them.
  for (const e of input.endpoints) {
    const mirrored = mirrorEndpoints(e, servicesByKey);
    if ('skipped' in mirrored) diags.push(warningAt(e.source, ref('Endpoints', e.meta.namespace, e.meta.name), 'metadata.name', mirrored.skipped));
    else for (const slice of mirrored.slices) fixedSlices.push(slice);
  }
  const index = new PodIndex(pods);
  const endpointSlices = deriveEndpointSlices(services, pods, fixedSlices, index);

  const namespaces = [...new Set([...BUILTIN_NAMESPACES, ...input.namespaces.map((n) => n.meta.name)])].sort();
  const cluster: Cluster = {
    clusterDomain: options.clusterDomain || DEFAULT_CLUSTER_DOMAIN,
    nodes,
    namespaces,
    pods,
    services,
    endpointSlices,
    workloads,
    dnsServiceIP: DNS_SERVICE_IP,
    podCIDR: CLUSTER_POD_CIDR,
    serviceCIDR: SERVICE_CIDR,
  };
  if (!settle) {
    addWarnings(cluster, origins, diags, index);
    return cluster;
  }
  // Actions never replace a Service object and keep every workload's selector and serviceName, which is all the
  // warnings read of the origins; the Pods are the settled cluster's.
  const settled = settle(cluster);
  addWarnings(settled, origins, diags);
  return settled;
}

/** Cluster IPs, nodePorts and LoadBalancer IPs, as the registry allocates them on create. */
function allocateServices(input: ServiceIn[], diags: Diagnostic[], origins: Origins): Service[] {
  const ips = serviceIPAllocator();
  const nodePorts = nodePortAllocator();
  const lbs = loadBalancerAllocator();
  const cidr = serviceCIDR();
  const out: Service[] = [kubernetesService(), kubeDnsService()];
  const accepted: { svc: ServiceIn; ip: string }[] = [];
  // Explicit addresses first, in document order: the second claim of an address fails.
  for (const svc of input) {
    const object = ref('Service', svc.meta.namespace, svc.meta.name);
    const errs: FieldError[] = [];
    let ip = svc.clusterIP;
    let reserved: number | undefined;
    if (ip !== '' && ip !== 'None' && svc.type !== 'ExternalName') {
      const n = parseIPv4(ip);
      const value = goStringSlice([ip]);
      if (n === undefined || !ips.contains(n) || !cidrContains(cidr, n)) {
        errs.push({ ...invalid('spec.clusterIPs', value, `failed to allocate IP ${ip}: provided IP is not in the valid range. The range of valid IPs is ${SERVICE_CIDR}`), at: 'spec.clusterIP' });
      } else if (!ips.reserve(n)) {
        errs.push({ ...invalid('spec.clusterIPs', value, `failed to allocate IP ${ip}: provided IP is already allocated`), at: 'spec.clusterIP' });
      } else reserved = n;
    }
    const takenPorts: number[] = [];
    svc.ports.forEach((p, i) => {
      if (p.nodePort === 0 || svc.type === 'ClusterIP' || svc.type === 'ExternalName' || errs.length > 0) return;
      if (p.nodePort < NODE_PORT_MIN || p.nodePort > NODE_PORT_MAX) {
        errs.push(invalid(`spec.ports[${i}].nodePort`, p.nodePort, `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_MIN}-${NODE_PORT_MAX}`));
      } else if (!nodePorts.reserve(p.nodePort)) {
        errs.push(invalid(`spec.ports[${i}].nodePort`, p.nodePort, 'provided port is already allocated'));
      } else takenPorts.push(p.nodePort);
    });
    if (errs.length > 0) {
      if (reserved !== undefined) ips.release(reserved);
      for (const p of takenPorts) nodePorts.release(p);
      for (const e of errs) diags.push(fieldDiagnostic(svc.source, object, e));
      continue;
    }
    if (svc.type === 'ExternalName') ip = '';
    accepted.push({ svc, ip });
  }
  for (const { svc, ip: wanted } of accepted) {
    let ip = wanted;
    if (ip === '' && svc.type !== 'ExternalName') {
      const n = ips.allocate(['service', svc.meta.namespace, svc.meta.name]);
      ip = n === undefined ? '' : formatIPv4(n);
    }
    const external = svc.type === 'NodePort' || svc.type === 'LoadBalancer';
    const ports = svc.ports.map((p, i) => {
      const out: Service['ports'][number] = { name: p.name, protocol: p.protocol, port: p.port, targetPort: p.targetPort };
      if (external) {
        const np = p.nodePort !== 0 ? p.nodePort : nodePorts.allocate(['nodeport', svc.meta.namespace, svc.meta.name, i]);
        if (np !== undefined) out.nodePort = np;
      }
      if (p.appProtocol !== undefined) out.appProtocol = p.appProtocol;
      return out;
    });
    // Optional fields are assigned after the literal rather than spread into it: a literal with spreads
    // in it becomes a slow dictionary-mode object in V8, and every DNS and kube-proxy lookup reads these.
    const service: Service = {
      namespace: svc.meta.namespace,
      name: svc.meta.name,
      type: svc.type,
      clusterIP: ip,
      headless: ip === 'None',
      ports,
      sessionAffinity: svc.sessionAffinity,
      publishNotReadyAddresses: svc.publishNotReadyAddresses,
      internalTrafficPolicy: svc.internalTrafficPolicy,
      // The decoded object's own fresh arrays and maps: nothing else holds them, so no copy is needed.
      externalIPs: svc.externalIPs,
      labels: svc.meta.labels,
      source: objectPosition(svc.source),
    };
    if (svc.selector && Object.keys(svc.selector).length > 0) service.selector = svc.selector;
    if (svc.sessionAffinityTimeoutSeconds !== undefined) service.sessionAffinityTimeoutSeconds = svc.sessionAffinityTimeoutSeconds;
    if (svc.type === 'ExternalName') service.externalName = svc.externalName;
    if (svc.externalTrafficPolicy !== undefined) service.externalTrafficPolicy = svc.externalTrafficPolicy;
    if (svc.loadBalancerIP) service.loadBalancerIP = svc.loadBalancerIP;
    // The API server allocates a healthCheckNodePort for LoadBalancer Services with
    // externalTrafficPolicy Local (kube-proxy answers load-balancer health checks on it).
    if (svc.type === 'LoadBalancer' && svc.externalTrafficPolicy === 'Local') {
      const hc = nodePorts.allocate(['healthcheck', svc.meta.namespace, svc.meta.name]);
      if (hc !== undefined) service.healthCheckNodePort = hc;
    }
    if (svc.type === 'LoadBalancer') {
      const lb = svc.loadBalancerIP ? parseIPv4(svc.loadBalancerIP) : undefined;
      const n = lb !== undefined && lbs.reserve(lb) ? lb : lbs.allocate(['lb', svc.meta.namespace, svc.meta.name]);
      if (n !== undefined) service.loadBalancerIngressIP = formatIPv4(n);
    }
    origins.services.set(service, svc);
    out.push(service);
  }
  return out;
}

/** Every container's ports in one list (the decoded port objects themselves, fresh for this load). */
function containerPortsOf(containers: ContainerIn[]): ContainerPort[] {
  return containers.length === 1 ? (containers[0] as ContainerIn).ports : containers.flatMap((c) => c.ports);
}

/** The containers' names and images, in the spec's order. */
function podContainersOf(containers: ContainerIn[]): PodContainer[] {
  return containers.map((c) => ({ name: c.name, image: c.image }));
}

function toWorkload(w: WorkloadIn, nodes: ClusterNode[], diags: Diagnostic[]): Workload {
  const spec = w.template.spec;
  // The decoded WorkloadIn's maps and ports are fresh and used by nothing else: shared, not copied.
  const labels = w.template.labels;
  const template: PodTemplate = { labels, containerPorts: containerPortsOf(spec.containers), containers: podContainersOf(spec.containers) };
  const image = spec.containers[0]?.image;
  if (image) template.image = image;
  if (spec.hostname) template.hostname = spec.hostname;
  if (spec.subdomain) template.subdomain = spec.subdomain;
  const workload: Workload = {
    kind: w.kind,
    namespace: w.meta.namespace,
    name: w.meta.name,
    replicas: w.replicas,
    selector: w.selector?.matchLabels ?? {},
    templateLabels: labels,
    source: objectPosition(w.source),
    template,
  };
  if (w.selector && w.selector.matchExpressions.length > 0) {
    workload.selectorExpressions = w.selector.matchExpressions.map((e) => ({ ...e, operator: e.operator as 'In' })) ;
  }
  const rp = w.source.positions.exact(sourcePath(w.source, 'spec.replicas'));
  if (rp) workload.replicasPosition = { line: rp.line, column: rp.column };
  else {
    // Only needed to insert `replicas:` when the manifest has none.
    const sp = w.source.positions.exact(sourcePath(w.source, 'spec'));
    if (sp) workload.specPosition = { line: sp.line, column: sp.column };
  }
  if (w.serviceName) workload.serviceName = w.serviceName;
  if (w.kind === 'StatefulSet') workload.podManagementPolicy = (w.podManagementPolicy === 'Parallel' ? 'Parallel' : 'OrderedReady');
  const pins = w.meta.annotations[POD_IPS_ANNOTATION];
  if (pins !== undefined) {
    const list = pins.split(',').map((s) => s.trim()).filter((s) => s !== '');
    const good: string[] = [];
    for (const ip of list) {
      if (parseIPv4(ip) === undefined || nodeForIP(nodes, ip) < 0) {
        diags.push(
          warningAt(w.source, ref(w.kind, w.meta.namespace, w.meta.name), `metadata.annotations.${POD_IPS_ANNOTATION}`,
            { code: 'pod-ip-pin-invalid', ip, podCIDRs: nodes.map((n) => n.podCIDR), pinnedBy: 'annotation' }),
        );
        good.push('');
      } else good.push(ip);
    }
    workload.pinnedPodIPs = good;
  }
  return workload;
}

/**
 * Deployment: pod-template-hash and ReplicaSet name; StatefulSet: the controller-revision hash. Sets
 * them on `w`, which must be a workload just made (not yet shared): a copy by spread with more keys
 * would be a slow dictionary-mode object.
 */
function withHash(w: Workload): Workload {
  // Our own objects, built with a fixed key order and sorted labels, so their JSON text is canonical. The
  // containers' list is left out: the hash names every Pod a link's actions refer to, and it is the one it was
  // before the model kept containers (their first image is in the template as it always was).
  const { containers: _containers, ...hashed } = w.template ?? { containers: undefined };
  const hash = podTemplateHashOf([w.kind, w.template ? hashed : w.templateLabels]);
  w.podTemplateHash = hash;
  if (w.kind === 'Deployment') {
    w.replicaSet = replicaSetName(w.name, hash);
    w.nextPodSerial = w.nextPodSerial ?? w.replicas;
  }
  return w;
}

function buildPods(input: PodIn[], workloads: Workload[], nodes: ClusterNode[], diags: Diagnostic[], origins: Origins): Pod[] {
  const barePlans: Placement[] = [];
  const names = new Set<string>();
  for (const p of input) {
    const pod: Pod = {
      namespace: p.meta.namespace,
      name: p.meta.name,
      labels: p.meta.labels,
      node: '',
      ip: '',
      phase: 'Pending',
      ready: p.status.ready ?? true,
      terminating: p.terminating,
      containerPorts: containerPortsOf(p.spec.containers),
      containers: podContainersOf(p.spec.containers),
      source: objectPosition(p.source),
    };
    if (p.spec.containers[0]?.image) pod.image = p.spec.containers[0].image;
    if (p.spec.hostname) pod.hostname = p.spec.hostname;
    if (p.spec.subdomain) pod.subdomain = p.spec.subdomain;
    names.add(`${pod.namespace}/${pod.name}`);
    origins.pods.set(`${pod.namespace}/${pod.name}`, p.source);
    const byNode = p.spec.nodeName ? nodes.findIndex((n) => n.name === p.spec.nodeName) : -1;
    const plan: Placement = { pod, preferred: byNode >= 0 ? byNode : spreadIndex(nodes.length, 0, pod.namespace, 'Pod', pod.name) };
    if (p.status.podIP) {
      if (nodeForIP(nodes, p.status.podIP) < 0) {
        diags.push(warningAt(p.source, ref('Pod', pod.namespace, pod.name), 'status.podIP',
          { code: 'pod-ip-pin-invalid', ip: p.status.podIP, podCIDRs: nodes.map((n) => n.podCIDR), pinnedBy: 'status' }));
      } else plan.pinnedIP = p.status.podIP;
    }
    barePlans.push(plan);
  }
  const ownerSources = new Map<object, ObjectSource>();
  // The cluster's own Pods (CoreDNS) were running before anything was applied: they are placed first,
  // then the manifest's Pods, then its workloads' replicas, each in source order.
  const systemPlans: Placement[] = [];
  const replicaPlans: Placement[] = [];
  for (const w of workloads) {
    const wi = origins.workloads.get(w);
    const make = podFactory(w);
    const spread = spreader(w.namespace, w.kind, w.name);
    const pins = w.pinnedPodIPs;
    const out = wi ? replicaPlans : systemPlans;
    for (let i = 0; i < w.replicas; i++) {
      const pod = make(i);
      if (!wi) pod.system = true;
      // The replicas share one owner object: their source is found through it, without a name.
      else if (i === 0 && pod.owner?.workload) ownerSources.set(pod.owner.workload, wi.source);
      // Generated names cannot collide with each other (hash vs ordinal suffixes); only a Pod the
      // manifest names itself can take a replica's name.
      if (names.size > 0 && names.has(`${pod.namespace}/${pod.name}`)) {
        if (wi) diags.push(warningAt(wi.source, ref(w.kind, w.namespace, w.name), 'metadata.name',
          { code: 'pod-name-conflict', pod: pod.name, kind: w.kind, workload: w.name, replica: i }));
        continue;
      }
      // workload-pods.ts workloadPlacement, with the spread hashed once per workload.
      const plan: Placement = { pod, preferred: spread(i) % nodes.length };
      const pinned = pins?.[i];
      if (pinned) plan.pinnedIP = pinned;
      out.push(plan);
    }
  }
  // Where a Pod's object is in the source, for its diagnostics (most loads have none).
  let workloadSources: Map<string, ObjectSource> | undefined;
  const sourceOf = (pod: Pod): ObjectSource | undefined => {
    const owner = pod.owner?.workload;
    if (!owner) return origins.pods.get(`${pod.namespace}/${pod.name}`);
    const known = ownerSources.get(owner);
    if (known) return known;
    workloadSources ??= new Map([...origins.workloads].map(([w, wi]) => [ref(w.kind, w.namespace, w.name), wi.source]));
    return workloadSources.get(ref(owner.kind, pod.namespace, owner.name));
  };
  const plans = systemPlans.concat(barePlans, replicaPlans);
  const placed = placePods(nodes, [], plans);
  for (const { pod, ip } of placed.pinConflicts) {
    const src = sourceOf(pod);
    if (src) {
      const owner = pod.owner?.workload;
      const path = owner ? `metadata.annotations.${POD_IPS_ANNOTATION}` : 'status.podIP';
      diags.push(warningAt(src, owner ? ref(owner.kind, pod.namespace, owner.name) : ref('Pod', pod.namespace, pod.name), path,
        { code: 'pod-ip-conflict', ip, pod: pod.name }));
    }
  }
  // One warning per owner, like the scheduler's FailedScheduling event repeated for each Pod.
  type PendingGroup = { src: ObjectSource; object: string; path: string; names: string[]; message: string };
  const pending = new Map<string, PendingGroup>();
  // A workload's replicas share one owner object: its group is looked up by name once, not per Pod.
  const byOwner = new Map<object, { namespace: string; entry: PendingGroup }>();
  for (const { pod, message } of placed.unschedulable) {
    const owner = pod.owner?.workload;
    const known = owner ? byOwner.get(owner) : undefined;
    if (known && known.namespace === pod.namespace) {
      known.entry.names.push(pod.name);
      continue;
    }
    const src = sourceOf(pod);
    if (!src) continue;
    const object = owner ? ref(owner.kind, pod.namespace, owner.name) : ref('Pod', pod.namespace, pod.name);
    const entry = pending.get(object) ?? { src, object, path: owner ? 'spec.replicas' : 'metadata.name', names: [], message };
    entry.names.push(pod.name);
    pending.set(object, entry);
    if (owner) byOwner.set(owner, { namespace: pod.namespace, entry });
  }
  for (const e of pending.values()) {
    diags.push(warningAt(e.src, e.object, e.path, { code: 'pod-unschedulable', count: e.names.length, pods: e.names.slice(0, 3), reason: e.message }));
  }
  return sortPods(placed.pods);
}

function toUserSlice(s: EndpointSliceIn, services: Map<string, Service>, diags: Diagnostic[]): EndpointSlice | undefined {
  const object = ref('EndpointSlice', s.meta.namespace, s.meta.name);
  const service = s.meta.labels['kubernetes.io/service-name'];
  if (s.addressType !== 'IPv4') {
    diags.push(warningAt(s.source, object, 'addressType', { code: 'not-simulated', addressType: s.addressType }));
    return undefined;
  }
  if (!service) {
    diags.push(warningAt(s.source, object, 'metadata.labels', { code: 'slice-without-service' }));
    return undefined;
  }
  const svc = services.get(`${s.meta.namespace}/${service}`);
  if (!svc) {
    diags.push(warningAt(s.source, object, 'metadata.labels', { code: 'slice-service-missing', service, namespace: s.meta.namespace }));
  } else if (svc.selector) {
    diags.push(warningAt(s.source, object, 'metadata.labels', { code: 'slice-for-selector-service', service }));
  }
  return {
    namespace: s.meta.namespace,
    name: s.meta.name,
    service,
    addressType: 'IPv4',
    endpoints: s.endpoints.map((e) => {
      // Unset conditions: ready is "unknown", which consumers treat as ready; serving follows ready.
      const ready = e.conditions.ready ?? true;
      return {
        addresses: [...e.addresses],
        conditions: { ready, serving: e.conditions.serving ?? ready, terminating: e.conditions.terminating ?? false },
        ...(e.hostname ? { hostname: e.hostname } : {}),
        ...(e.nodeName ? { nodeName: e.nodeName } : {}),
        ...(e.targetRef && e.targetRef.kind === 'Pod' ? { targetRef: { kind: 'Pod' as const, namespace: e.targetRef.namespace, name: e.targetRef.name } } : {}),
      };
    }),
    // A port with no number means "all ports" upstream; the playground needs a number, so those are left out.
    ports: s.ports.filter((p) => p.port !== undefined).map((p) => ({ name: p.name, protocol: p.protocol, port: p.port as number })),
    managedBy: 'user',
    source: objectPosition(s.source),
  };
}

