// `kubectl describe service|pod NAME`, in kubectl's layout (kubernetes/kubectl pkg/describe/describe.go:
// describeService, describePod, describeContainers, formatEndpointSlices, printLabelsMultiline,
// printTolerationsMultilineWithIndent, DescribeEvents), through the same tabwriter (tabbedString: padding 2).
// What the model has no value for — container and image IDs — is left out rather than made up (the kubectl
// program says so in a note); start times are the creation times api-identity.ts invents for `-o yaml` too. Events: the playground
// keeps none, which kubectl prints as `<none>`, as it does once a real cluster's events expire (1 h); kubectl
// leaves the line out when it describes several objects or names them by prefix (`events` false).
import type { Cluster, Pod, Service } from '../model/types';
import { CLUSTER_START, humanDuration, rfc1123z, tokenVolumeName } from './api-identity';
import { formatLabels } from './get';
import { DESCRIBE_TABWRITER, tabwrite } from './tabwriter';

/** describe.go printLabelsMultiline: sorted, one per line under the first; `<none>` for none. */
function labelLines(title: string, labels: Record<string, string>): string {
  const keys = Object.keys(labels).sort();
  if (!keys.length) return `${title}:\t<none>\n`;
  return keys.map((k, i) => `${i === 0 ? `${title}:` : ''}\t${k}=${labels[k]}\n`).join('');
}

/** formatEndpointSlices for one port name: ready endpoints' `ip:port`, at most 3, then "+ N more...". */
function endpointsFor(cluster: Cluster, s: Service, portName: string): string {
  const slices = cluster.endpointSlices.filter((e) => e.namespace === s.namespace && e.service === s.name);
  if (!slices.length) return '<none>';
  const list: string[] = [];
  let count = 0;
  for (const slice of slices) {
    const ports = slice.ports.length ? slice.ports.filter((p) => p.name === portName) : [undefined];
    for (const port of ports) {
      for (const ep of slice.endpoints) {
        if (!ep.conditions.ready) continue;
        if (list.length < 3) list.push(port ? `${ep.addresses[0]}:${port.port}` : ep.addresses[0]!);
        count++;
      }
    }
  }
  return count > 3 ? `${list.join(',')} + ${count - 3} more...` : list.join(',');
}

/**
 * `kubectl describe service NAME`.
 * @example formatDescribeService(cluster, svc).split('\n')[0] // 'Name:                     web-service'
 */
export function formatDescribeService(cluster: Cluster, s: Service, events = true): string {
  const external = s.type === 'ExternalName';
  let t = `Name:\t${s.name}\nNamespace:\t${s.namespace}\n`;
  t += labelLines('Labels', s.labels);
  t += 'Annotations:\t<none>\n';
  t += `Selector:\t${formatLabels(s.selector)}\n`;
  t += `Type:\t${s.type}\n`;
  // The API server defaults ipFamilyPolicy and ipFamilies for every type but ExternalName (single-stack IPv4 here).
  if (!external) t += 'IP Family Policy:\tSingleStack\n';
  t += `IP Families:\t${external ? '<none>' : 'IPv4'}\n`;
  t += `IP:\t${external ? '' : s.clusterIP}\n`;
  t += `IPs:\t${external ? '<none>' : s.clusterIP}\n`;
  if (s.externalIPs.length) t += `External IPs:\t${s.externalIPs.join(',')}\n`;
  if (s.loadBalancerIP) t += `Desired LoadBalancer IP:\t${s.loadBalancerIP}\n`;
  if (s.externalName) t += `External Name:\t${s.externalName}\n`;
  // The API server defaults an ingress IP's ipMode to VIP (SetDefaults_Service), which buildIngressString shows.
  if (s.loadBalancerIngressIP) t += `LoadBalancer Ingress:\t${s.loadBalancerIngressIP} (VIP)\n`;
  for (const p of s.ports) {
    const name = p.name || '<unset>';
    t += `Port:\t${name}\t${p.port}/${p.protocol}\n`;
    t += `TargetPort:\t${p.targetPort}/${p.protocol}\n`;
    if (p.appProtocol) t += `AppProtocol:\t${p.appProtocol}\n`;
    if (p.nodePort) t += `NodePort:\t${name}\t${p.nodePort}/${p.protocol}\n`;
    t += `Endpoints:\t${endpointsFor(cluster, s, p.name)}\n`;
  }
  t += `Session Affinity:\t${s.sessionAffinity}\n`;
  if (s.externalTrafficPolicy) t += `External Traffic Policy:\t${s.externalTrafficPolicy}\n`;
  if (!external) t += `Internal Traffic Policy:\t${s.internalTrafficPolicy}\n`;
  if (s.healthCheckNodePort) t += `HealthCheck NodePort:\t${s.healthCheckNodePort}\n`;
  if (s.loadBalancerSourceRanges?.length) t += `LoadBalancer Source Ranges:\t${s.loadBalancerSourceRanges.join(',')}\n`;
  if (events) t += 'Events:\t<none>\n';
  return tabwrite(t, DESCRIBE_TABWRITER);
}

type Condition = [string, boolean];

/** The Pod's conditions in the order the kubelet reports them (status_manager / kubelet_pods.go generateAPIPodStatus). */
function conditions(p: Pod): Condition[] {
  if (p.node === '') return [['PodScheduled', false]];
  const running = p.phase === 'Running';
  return [['PodReadyToStartContainers', true], ['Initialized', true], ['Ready', running && p.ready], ['ContainersReady', running && p.ready], ['PodScheduled', true]];
}

/**
 * `kubectl describe pod NAME`, without the lines the model has no value for (see the file's head).
 * @example formatDescribePod(cluster, pod).includes('Controlled By:  ReplicaSet/') // for a Deployment's Pod
 */
export function formatDescribePod(cluster: Cluster, p: Pod, events = true): string {
  const node = cluster.nodes.find((n) => n.name === p.node);
  const volume = tokenVolumeName(p.namespace, p.name);
  // The kubelet's start of the Pod, and of its containers: when the Pod was made (the model keeps no later time).
  const started = rfc1123z(CLUSTER_START + (p.createdAtSeconds ?? 0) * 1000);
  let t = `Name:\t${p.name}\nNamespace:\t${p.namespace}\nPriority:\t0\nService Account:\tdefault\n`;
  t += `Node:\t${p.node ? `${p.node}/${node?.ip ?? ''}` : '<none>'}\n`;
  if (p.node) t += `Start Time:\t${started}\n`;
  t += labelLines('Labels', p.labels);
  t += 'Annotations:\t<none>\n';
  // translateTimestampSince(deletionTimestamp): the deletion is due at the end of the 30 s grace period, in the
  // future, and HumanDuration of a negative span says <invalid>, as real clusters print it while a Pod terminates.
  t += p.terminating ? `Status:\tTerminating (lasts ${humanDuration(-30)})\nTermination Grace Period:\t30s\n` : `Status:\t${p.phase}\n`;
  t += `IP:\t${p.ip}\n`;
  t += p.ip ? `IPs:\n  IP:\t${p.ip}\n` : 'IPs:\t<none>\n';
  if (p.owner) t += `Controlled By:\t${p.owner.kind}/${p.owner.name}\n`;
  // describe.go describeContainers: one block per container of the spec, in its order, each with its own ports.
  t += 'Containers:\n';
  for (const container of p.containers) {
    const own = p.containerPorts.filter((c) => c.container === container.name);
    t += `  ${container.name}:\n`;
    t += `    Image:\t${container.image}\n`;
    const ports = own.map((c) => `${c.containerPort}/${c.protocol}${c.name ? ` (${c.name})` : ''}`);
    const hostPorts = own.map((c) => `0/${c.protocol}${c.name ? ` (${c.name})` : ''}`);
    t += ports.length > 1 ? `    Ports:\t${ports.join(', ')}\n` : `    Port:\t${ports[0] ?? '<none>'}\n`;
    t += hostPorts.length > 1 ? `    Host Ports:\t${hostPorts.join(', ')}\n` : `    Host Port:\t${hostPorts[0] ?? '<none>'}\n`;
    if (p.kubectlRun) t += '    Args:\n      /bin/sh\n';
    if (p.node !== '') {
      if (p.lifecycle === 'ContainerCreating' && !(p.phase === 'Running' && !p.terminating)) t += '    State:\tWaiting\n      Reason:\tContainerCreating\n';
      else t += `    State:\tRunning\n      Started:\t${started}\n`;
      t += `    Ready:\t${p.phase === 'Running' && p.ready ? 'True' : 'False'}\n    Restart Count:\t0\n`;
    }
    t += '    Environment:\t<none>\n';
    t += `    Mounts:\n      /var/run/secrets/kubernetes.io/serviceaccount from ${volume} (ro)\n`;
  }
  t += 'Conditions:\n  Type\tStatus\n';
  for (const [type, status] of conditions(p)) t += `  ${type} \t${status ? 'True' : 'False'} \n`;
  t += `Volumes:\n  ${volume}:\n`;
  t += '    Type:\tProjected (a volume that contains injected data from multiple sources)\n';
  t += '    TokenExpirationSeconds:\t3607\n    ConfigMapName:\tkube-root-ca.crt\n    Optional:\tfalse\n    DownwardAPI:\ttrue\n';
  t += 'QoS Class:\tBestEffort\nNode-Selectors:\t<none>\n';
  t += 'Tolerations:\tnode.kubernetes.io/not-ready:NoExecute op=Exists for 300s\n\tnode.kubernetes.io/unreachable:NoExecute op=Exists for 300s\n';
  if (events) t += 'Events:\t<none>\n';
  return tabwrite(t, DESCRIBE_TABWRITER);
}
