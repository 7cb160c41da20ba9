// What the kubelet puts into a Pod's container: /etc/hosts and the Service environment variables.
import { resolvConf } from '../dns/search';
import type { Cluster, Pod, Service } from '../model/types';

/**
 * The kubelet-managed /etc/hosts of a Pod on the pod network (kubelet_pods.go managedHostsFileContent): the
 * localhost lines, then the Pod's IP with `hostname.subdomain.namespace.svc.domain` and `hostname` when the
 * Pod has a subdomain (GeneratePodHostNameAndDomain), or with its hostname alone.
 */
export function hostsFile(cluster: Cluster, pod: Pod): string {
  const hostname = pod.hostname ?? pod.name;
  const domain = pod.subdomain ? `${pod.subdomain}.${pod.namespace}.svc.${cluster.clusterDomain}` : '';
  return '# Kubernetes-managed hosts file.\n'
    + '127.0.0.1\tlocalhost\n'
    + '::1\tlocalhost ip6-localhost ip6-loopback\n'
    + 'fe00::0\tip6-localnet\n'
    + 'fe00::0\tip6-mcastprefix\n'
    + 'fe00::1\tip6-allnodes\n'
    + 'fe00::2\tip6-allrouters\n'
    + (domain ? `${pod.ip}\t${hostname}.${domain}\t${hostname}\n` : `${pod.ip}\t${hostname}\n`);
}

/** The files a busybox Pod's `cat` can read without the shell having written them. */
export function podFile(cluster: Cluster, pod: Pod, path: string): string | undefined {
  switch (path) {
    case '/etc/resolv.conf': return resolvConf(cluster, pod);
    case '/etc/hosts': return hostsFile(cluster, pod);
    case '/etc/hostname': return `${pod.hostname ?? pod.name}\n`;
    default: return undefined;
  }
}

// envvars.go makeEnvVariableName: upper case, '.' and '-' to '_', a leading digit prefixed with '_'.
const envName = (s: string): string => {
  const n = s.replace(/[.-]/g, '_').toUpperCase();
  return /^[0-9]/.test(n) ? `_${n}` : n;
};

/** envvars.go FromServices for one Service: host, ports, then the Docker-link variables. */
function serviceVars(s: Service): [string, string][] {
  const prefix = envName(s.name);
  const first = s.ports[0];
  if (!first) return [];
  const out: [string, string][] = [[`${prefix}_SERVICE_HOST`, s.clusterIP], [`${prefix}_SERVICE_PORT`, String(first.port)]];
  for (const p of s.ports) if (p.name) out.push([`${prefix}_SERVICE_PORT_${envName(p.name)}`, String(p.port)]);
  s.ports.forEach((p, i) => {
    const proto = p.protocol.toLowerCase();
    const url = `${proto}://${s.clusterIP}:${p.port}`;
    if (i === 0) out.push([`${prefix}_PORT`, url]);
    const pp = `${prefix}_PORT_${p.port}_${p.protocol.toUpperCase()}`;
    out.push([pp, url], [`${pp}_PROTO`, proto], [`${pp}_PORT`, String(p.port)], [`${pp}_ADDR`, s.clusterIP]);
  });
  return out;
}

/**
 * The Service variables the kubelet gives a container (kubelet_pods.go getServiceEnvVarMap, enableServiceLinks
 * true, the default): every Service with a ClusterIP in the Pod's namespace, and `kubernetes` from `default`.
 * The kubelet collects them in a Go map, so a real container sees them in no fixed order; here they come
 * sorted by Service name, each Service's variables in FromServices order.
 */
export function serviceEnv(cluster: Cluster, pod: Pod): [string, string][] {
  const byName = new Map<string, Service>();
  for (const s of cluster.services) {
    if (!s.clusterIP || s.clusterIP === 'None') continue;
    if (s.namespace === 'default' && s.name === 'kubernetes' && !byName.has(s.name)) byName.set(s.name, s);
    else if (s.namespace === pod.namespace) byName.set(s.name, s);
  }
  return [...byName.keys()].sort().flatMap((name) => serviceVars(byName.get(name)!));
}

// The busybox image's ENV (PATH) and what the runtime and `kubectl run -it` add (HOSTNAME, HOME, TERM).
const BUSYBOX_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The shell's environment in a busybox Pod: what `env` prints and `$NAME` expands. */
export function shellEnv(cluster: Cluster, pod: Pod): [string, string][] {
  return [
    ...serviceEnv(cluster, pod),
    ['HOSTNAME', pod.hostname ?? pod.name],
    ['SHLVL', '1'],
    ['HOME', '/root'],
    ['TERM', 'xterm'],
    ['PATH', BUSYBOX_PATH],
    ['PWD', '/'],
  ];
}
