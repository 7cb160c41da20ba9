// Each object as the API server returns it to `kubectl get -o yaml|json`: what the model knows of it, with the
// fields the API server's defaulting (pkg/apis/core/v1/defaults.go, pkg/apis/apps/v1/defaults.go), its admission
// plugins (ServiceAccount: the token volume; DefaultTolerationSeconds: the two NoExecute tolerations), the
// Service IP allocator (clusterIPs, ipFamilies, ipFamilyPolicy) and the controllers (status, ownerReferences,
// generateName, the EndpointSlice labels) fill in. managedFields are left out, as kubectl hides them unless
// --show-managed-fields. What the playground has to invent (uids, times, generated suffixes) comes from
// api-identity.ts. The model keeps no more of a Pod spec than image, ports, hostname and subdomain; a field a
// manifest sets beyond those (env, command, resources) is not printed.
import type { ContainerPort } from '../types/api';
import type { Cluster, Endpoint, EndpointSlice, Pod, PodContainer, PodTemplate, Service, Workload } from '../model/types';
import { apiTime, clusterNow, controllerRevision, createdAt, objectUid, resourceVersion, tokenVolumeName } from './api-identity';
import type { JsonObject, JsonValue } from './json-value';
import { activePods, containerName, type KubeObject, type ReplicaSetObject } from './objects';

const TOKEN_MOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';

function meta(kind: string, namespace: string, name: string, extra: JsonObject = {}): JsonObject {
  return {
    creationTimestamp: createdAt(), name, namespace,
    resourceVersion: resourceVersion(kind, namespace, name), uid: objectUid(kind, namespace, name), ...extra,
  };
}

const withLabels = (labels: Record<string, string> | undefined): JsonObject => (labels && Object.keys(labels).length ? { labels: { ...labels } } : {});

function ownerRef(apiVersion: string, kind: string, namespace: string, name: string): JsonObject {
  return { apiVersion, blockOwnerDeletion: true, controller: true, kind, name, uid: objectUid(kind, namespace, name) };
}

/** An image reference's tag ('' without one) and whether it names a digest. */
function imageParts(image: string): { tag: string; digest: boolean } {
  if (image.includes('@')) return { tag: '', digest: true };
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  return { tag: colon < 0 ? '' : image.slice(colon + 1), digest: false };
}

/** defaults.go SetDefaults_Container: Always for `:latest` or no tag, else IfNotPresent. */
export function imagePullPolicy(image: string): 'Always' | 'IfNotPresent' {
  const { tag, digest } = imageParts(image);
  return !digest && (tag === '' || tag === 'latest') ? 'Always' : 'IfNotPresent';
}

/** The image as the runtime reports it in containerStatuses: docker.io/library/ and :latest made explicit. */
export function normalisedImage(image: string): string {
  const slash = image.indexOf('/');
  const first = slash < 0 ? '' : image.slice(0, slash);
  const domain = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const full = domain ? image : slash < 0 ? `docker.io/library/${image}` : `docker.io/${image}`;
  const { tag, digest } = imageParts(full);
  return digest || tag ? full : `${full}:latest`;
}

function ports(list: readonly ContainerPort[]): JsonObject {
  if (!list.length) return {};
  return { ports: list.map((p) => ({ containerPort: p.containerPort, ...(p.name ? { name: p.name } : {}), protocol: p.protocol })) };
}

/** One container as defaulting leaves it; `tokenVolume`: the ServiceAccount admission's mount (Pods, not templates). */
function container(name: string, image: string, containerPorts: readonly ContainerPort[], extra: JsonObject, tokenVolume?: string): JsonObject {
  return {
    image, imagePullPolicy: imagePullPolicy(image), name, ...ports(containerPorts), resources: {},
    terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', ...extra,
    ...(tokenVolume ? { volumeMounts: [{ mountPath: TOKEN_MOUNT, name: tokenVolume, readOnly: true }] } : {}),
  };
}

/** defaults.go SetDefaults_PodSpec: what a Pod spec or a template's spec has without being asked. */
const POD_SPEC_DEFAULTS: JsonObject = { dnsPolicy: 'ClusterFirst', restartPolicy: 'Always', schedulerName: 'default-scheduler', securityContext: {}, terminationGracePeriodSeconds: 30 };

/** DefaultTolerationSeconds admission: tolerate not-ready and unreachable nodes for 300 s. */
const DEFAULT_TOLERATIONS: JsonValue[] = ['not-ready', 'unreachable'].map((t) => ({ effect: 'NoExecute', key: `node.kubernetes.io/${t}`, operator: 'Exists', tolerationSeconds: 300 }));

/** The ServiceAccount admission's projected volume: the token, the cluster CA and the namespace. */
function tokenVolume(name: string): JsonObject {
  return {
    name,
    projected: {
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
        { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
      ],
    },
  };
}

function condition(type: string, status: boolean, time: string, why?: { reason: string; message?: string }): JsonObject {
  return { lastProbeTime: null, lastTransitionTime: time, ...(why?.message ? { message: why.message } : {}), ...(why ? { reason: why.reason } : {}), status: status ? 'True' : 'False', type };
}

function podStatus(cluster: Cluster, pod: Pod, containers: readonly PodContainer[], volume: string): JsonObject {
  const t = createdAt(pod.createdAtSeconds);
  const hostIP = cluster.nodes.find((n) => n.name === pod.node)?.ip;
  if (!pod.node) {
    // Not bound: the scheduler's PodScheduled=False (a Pod it has not tried yet has no condition at all).
    const conditions: JsonObject = pod.lifecycle === 'Scheduling' ? {} : { conditions: [condition('PodScheduled', false, t, { reason: 'Unschedulable' })] };
    return { ...conditions, phase: 'Pending', qosClass: 'BestEffort' };
  }
  const creating = pod.lifecycle === 'ContainerCreating';
  const notReady = { reason: 'ContainersNotReady', message: `containers with unready status: [${containers.map((c) => c.name).join(' ')}]` };
  const state: JsonObject = creating ? { waiting: { reason: 'ContainerCreating' } } : { running: { startedAt: t } };
  return {
    conditions: [
      condition('PodReadyToStartContainers', true, t), condition('Initialized', true, t),
      condition('Ready', pod.ready, t, pod.ready ? undefined : notReady), condition('ContainersReady', pod.ready, t, pod.ready ? undefined : notReady),
      condition('PodScheduled', true, t),
    ],
    containerStatuses: containers.map(({ name, image }) => ({
      image: normalisedImage(image), ...(creating ? { imageID: '' } : {}), lastState: {}, name, ready: pod.ready, restartCount: 0, started: !creating, state,
      volumeMounts: [{ mountPath: TOKEN_MOUNT, name: volume, readOnly: true, recursiveReadOnly: 'Disabled' }],
    })),
    ...(hostIP ? { hostIP, hostIPs: [{ ip: hostIP }] } : {}),
    phase: pod.phase,
    ...(pod.ip ? { podIP: pod.ip, podIPs: [{ ip: pod.ip }] } : {}),
    qosClass: 'BestEffort', startTime: t,
  };
}

function podObject(cluster: Cluster, pod: Pod): JsonObject {
  const owner = pod.owner;
  const containers: readonly PodContainer[] = pod.containers.length ? pod.containers : [{ name: containerName(pod), image: pod.image ?? '' }];
  const volume = tokenVolumeName(pod.namespace, pod.name);
  // kubectl run.go createPod for `run -it` (the model keeps no flags of a run; every one it starts is the
  // seed's kind): stdin held open for the attached terminal, and getRestartPolicy's OnFailure for an
  // interactive run without --restart.
  const attach: JsonObject = pod.kubectlRun ? { stdin: true, stdinOnce: true, tty: true } : {};
  const ownerMeta: JsonObject = owner?.kind === 'ReplicaSet'
    ? { generateName: `${owner.name}-`, ownerReferences: [ownerRef('apps/v1', 'ReplicaSet', pod.namespace, owner.name)] }
    : owner?.kind === 'StatefulSet' ? { generateName: `${owner.name}-`, ownerReferences: [ownerRef('apps/v1', 'StatefulSet', pod.namespace, owner.name)] } : {};
  const terminating: JsonObject = pod.terminating ? { deletionGracePeriodSeconds: 30, deletionTimestamp: apiTime(clusterNow(cluster) + 30_000) } : {};
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: meta('Pod', pod.namespace, pod.name, { creationTimestamp: createdAt(pod.createdAtSeconds), ...withLabels(pod.labels), ...ownerMeta, ...terminating }),
    spec: {
      containers: containers.map((c) => container(c.name, c.image, pod.containerPorts.filter((p) => p.container === c.name), attach, volume)),
      ...POD_SPEC_DEFAULTS,
      ...(pod.kubectlRun ? { restartPolicy: 'OnFailure' } : {}),
      enableServiceLinks: true,
      ...(pod.hostname !== undefined ? { hostname: pod.hostname } : {}),
      ...(pod.node ? { nodeName: pod.node } : {}),
      preemptionPolicy: 'PreemptLowerPriority', priority: 0,
      serviceAccount: 'default', serviceAccountName: 'default',
      ...(pod.subdomain !== undefined ? { subdomain: pod.subdomain } : {}),
      tolerations: DEFAULT_TOLERATIONS,
      volumes: [tokenVolume(volume)],
    },
    status: podStatus(cluster, pod, containers, volume),
  };
}

function serviceObject(s: Service): JsonObject {
  const external = s.type === 'ExternalName';
  const nodePorts = s.type === 'NodePort' || s.type === 'LoadBalancer';
  const specPorts = s.ports.map((p) => ({
    ...(p.appProtocol ? { appProtocol: p.appProtocol } : {}), ...(p.name ? { name: p.name } : {}),
    ...(p.nodePort !== undefined ? { nodePort: p.nodePort } : {}), port: p.port, protocol: p.protocol, targetPort: p.targetPort,
  }));
  // The IP allocator: one family on this single-stack cluster; a headless Service without a selector is
  // RequireDualStack (it may have endpoints of either family), every other SingleStack.
  const ips: JsonObject = external ? {} : {
    clusterIP: s.clusterIP, clusterIPs: [s.clusterIP], ipFamilies: ['IPv4'],
    ipFamilyPolicy: s.headless && !s.selector ? 'RequireDualStack' : 'SingleStack',
  };
  const ingress: JsonObject = s.type === 'LoadBalancer' && s.loadBalancerIngressIP ? { ingress: [{ ip: s.loadBalancerIngressIP, ipMode: 'VIP' }] } : {};
  return {
    apiVersion: 'v1', kind: 'Service',
    metadata: meta('Service', s.namespace, s.name, withLabels(s.labels)),
    spec: {
      ...(s.type === 'LoadBalancer' ? { allocateLoadBalancerNodePorts: true } : {}),
      ...ips,
      ...(s.externalIPs.length ? { externalIPs: [...s.externalIPs] } : {}),
      ...(external && s.externalName !== undefined ? { externalName: s.externalName } : {}),
      ...(nodePorts ? { externalTrafficPolicy: s.externalTrafficPolicy ?? 'Cluster' } : {}),
      ...(s.healthCheckNodePort !== undefined ? { healthCheckNodePort: s.healthCheckNodePort } : {}),
      ...(external ? {} : { internalTrafficPolicy: s.internalTrafficPolicy }),
      ...(s.loadBalancerIP ? { loadBalancerIP: s.loadBalancerIP } : {}),
      ...(s.loadBalancerSourceRanges?.length ? { loadBalancerSourceRanges: [...s.loadBalancerSourceRanges] } : {}),
      ...(specPorts.length ? { ports: specPorts } : {}),
      ...(s.publishNotReadyAddresses ? { publishNotReadyAddresses: true } : {}),
      ...(s.selector ? { selector: { ...s.selector } } : {}),
      sessionAffinity: s.sessionAffinity,
      ...(s.sessionAffinity === 'ClientIP' ? { sessionAffinityConfig: { clientIP: { timeoutSeconds: s.sessionAffinityTimeoutSeconds ?? 10800 } } } : {}),
      type: s.type,
    },
    status: { loadBalancer: ingress },
  };
}

function endpointObject(e: Endpoint): JsonObject {
  return {
    addresses: [...e.addresses],
    conditions: { ...e.conditions },
    ...(e.hostname !== undefined ? { hostname: e.hostname } : {}),
    ...(e.nodeName !== undefined ? { nodeName: e.nodeName } : {}),
    ...(e.targetRef ? { targetRef: { kind: 'Pod', name: e.targetRef.name, namespace: e.targetRef.namespace, uid: objectUid('Pod', e.targetRef.namespace, e.targetRef.name) } } : {}),
  };
}

function sliceObject(cluster: Cluster, e: EndpointSlice): JsonObject {
  const service = cluster.services.find((s) => s.namespace === e.namespace && s.name === e.service);
  const controlled = e.managedBy !== 'user' && e.managedBy !== '';
  // The EndpointSlice controller (endpointslice reconciler): the Service's labels, its own two, `headless` for a
  // headless Service; generateName from the Service, the Service as owner, the trigger-time annotation.
  const labels: Record<string, string> = controlled
    ? { ...(service?.labels ?? {}), 'endpointslice.kubernetes.io/managed-by': e.managedBy, 'kubernetes.io/service-name': e.service, ...(service?.headless ? { 'service.kubernetes.io/headless': '' } : {}) }
    : { ...(e.managedBy ? { 'endpointslice.kubernetes.io/managed-by': e.managedBy } : {}), 'kubernetes.io/service-name': e.service };
  const controller: JsonObject = controlled && service
    ? { annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': createdAt() }, generateName: `${e.service}-`, generation: 1, ownerReferences: [ownerRef('v1', 'Service', e.namespace, e.service)] }
    : { generation: 1 };
  return {
    addressType: e.addressType, apiVersion: 'discovery.k8s.io/v1',
    endpoints: e.endpoints.length ? e.endpoints.map(endpointObject) : null,
    kind: 'EndpointSlice',
    metadata: meta('EndpointSlice', e.namespace, e.name, { ...withLabels(labels), ...controller }),
    ports: e.ports.length ? e.ports.map((p) => ({ name: p.name, port: p.port, protocol: p.protocol })) : null,
  };
}

/** A workload's pod template as defaulting leaves it. */
function template(w: Workload, t: PodTemplate | undefined, extraLabels: Record<string, string> = {}): JsonObject {
  const containers: readonly PodContainer[] = t?.containers.length ? t.containers : [{ name: t?.containerPorts[0]?.container ?? w.name, image: t?.image ?? '' }];
  return {
    metadata: { creationTimestamp: null, labels: { ...(t?.labels ?? w.templateLabels), ...extraLabels } },
    spec: {
      containers: containers.map((c) => container(c.name, c.image, (t?.containerPorts ?? []).filter((p) => p.container === c.name), {})),
      ...POD_SPEC_DEFAULTS,
      ...(t?.hostname !== undefined ? { hostname: t.hostname } : {}),
      ...(t?.subdomain !== undefined ? { subdomain: t.subdomain } : {}),
    },
  };
}

function selector(w: Workload, extra: Record<string, string> = {}): JsonObject {
  const labels = { ...w.selector, ...extra };
  return {
    ...(w.selectorExpressions?.length ? { matchExpressions: w.selectorExpressions.map((e) => ({ key: e.key, operator: e.operator, ...(e.values.length ? { values: [...e.values] } : {}) })) } : {}),
    ...(Object.keys(labels).length ? { matchLabels: labels } : {}),
  };
}

/** The counts a status reports; apps/v1 leaves zero counts out (omitempty). */
const counts = (c: Record<string, number>): JsonObject => Object.fromEntries(Object.entries(c).filter(([, n]) => n !== 0));

function deploymentObject(cluster: Cluster, w: Workload): JsonObject {
  const pods = activePods(cluster, w);
  const ready = pods.filter((p) => p.ready).length;
  const rs = w.replicaSet ?? w.name;
  const t = createdAt();
  const available = ready >= w.replicas;
  // deployment controller sync.go / progress.go: the Available and Progressing conditions and their words.
  const conditions = [
    { lastTransitionTime: t, lastUpdateTime: t, message: available ? 'Deployment has minimum availability.' : 'Deployment does not have minimum availability.', reason: available ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable', status: available ? 'True' : 'False', type: 'Available' },
    { lastTransitionTime: t, lastUpdateTime: t, message: available ? `ReplicaSet "${rs}" has successfully progressed.` : `ReplicaSet "${rs}" is progressing.`, reason: available ? 'NewReplicaSetAvailable' : 'ReplicaSetUpdated', status: 'True', type: 'Progressing' },
  ];
  return {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: meta('Deployment', w.namespace, w.name, { annotations: { 'deployment.kubernetes.io/revision': '1' }, generation: 1 }),
    spec: {
      progressDeadlineSeconds: 600, replicas: w.replicas, revisionHistoryLimit: 10, selector: selector(w),
      strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' }, type: 'RollingUpdate' },
      template: template(w, w.template),
    },
    status: { ...counts({ availableReplicas: ready }), conditions, observedGeneration: 1, ...counts({ readyReplicas: ready, replicas: pods.length, updatedReplicas: pods.length }) },
  };
}

function replicaSetObject(cluster: Cluster, r: ReplicaSetObject): JsonObject {
  const w = r.deployment;
  const pods = activePods(cluster, w);
  const ready = pods.filter((p) => p.ready).length;
  const hash: Record<string, string> = w.podTemplateHash !== undefined ? { 'pod-template-hash': w.podTemplateHash } : {};
  return {
    apiVersion: 'apps/v1', kind: 'ReplicaSet',
    metadata: meta('ReplicaSet', r.namespace, r.name, {
      annotations: { 'deployment.kubernetes.io/desired-replicas': String(w.replicas), 'deployment.kubernetes.io/max-replicas': String(w.replicas + Math.ceil(w.replicas / 4)), 'deployment.kubernetes.io/revision': '1' },
      generation: 1, ...withLabels(r.labels), ownerReferences: [ownerRef('apps/v1', 'Deployment', w.namespace, w.name)],
    }),
    spec: { replicas: w.replicas, selector: selector(w, hash), template: template(w, w.template, hash) },
    status: { ...counts({ availableReplicas: ready, fullyLabeledReplicas: pods.length }), observedGeneration: 1, ...counts({ readyReplicas: ready }), replicas: pods.length },
  };
}

function statefulSetObject(cluster: Cluster, w: Workload): JsonObject {
  const pods = activePods(cluster, w);
  const ready = pods.filter((p) => p.ready).length;
  const revision = controllerRevision(w.namespace, w.name);
  return {
    apiVersion: 'apps/v1', kind: 'StatefulSet',
    metadata: meta('StatefulSet', w.namespace, w.name, { generation: 1 }),
    spec: {
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
      podManagementPolicy: w.podManagementPolicy ?? 'OrderedReady', replicas: w.replicas, revisionHistoryLimit: 10,
      selector: selector(w), serviceName: w.serviceName ?? '', template: template(w, w.template),
      updateStrategy: { rollingUpdate: { partition: 0 }, type: 'RollingUpdate' },
    },
    status: {
      availableReplicas: ready, collisionCount: 0, ...counts({ currentReplicas: pods.length }), currentRevision: revision, observedGeneration: 1,
      ...counts({ readyReplicas: ready }), replicas: pods.length, updateRevision: revision, ...counts({ updatedReplicas: pods.length }),
    },
  };
}

/** The object as `kubectl get -o yaml|json` receives it from the API server. */
export function apiObject(cluster: Cluster, o: KubeObject): JsonObject {
  switch (o.type) {
    case 'pods': return podObject(cluster, o.pod);
    case 'services': return serviceObject(o.service);
    case 'endpointslices': return sliceObject(cluster, o.slice);
    case 'deployments': return deploymentObject(cluster, o.workload);
    case 'statefulsets': return statefulSetObject(cluster, o.workload);
    case 'replicasets': return replicaSetObject(cluster, o.replicaSet);
  }
}

/** get.go printGeneric: several objects (or none, or a type without a name) travel as a `kind: List`. */
export function apiList(items: JsonObject[]): JsonObject {
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}
