// What Tab completes in a shell: the programs on the image's PATH for the first word, and for the others the
// names a learner types to reach something in the cluster — Services and Pods by name and by every DNS name
// CoreDNS answers for them from the shell's namespace (short, `name.ns`, `name.ns.svc`, the FQDN; a headless
// Service's Pods as `hostname.service`).
import type { Cluster } from '../model/types';
import { parsePodRef } from '../model/pod-ref';
import { shellProgramNames } from './run';
import type { ShellSession } from './types';

export interface ShellWords {
  /** Programs and builtins the shell finds, sorted. */
  commands: string[];
  /** Names for arguments, sorted, each once. */
  names: string[];
}

/**
 * What Tab can complete in `session`.
 * @example shellWords(cluster, session).names.includes('mysql-0.mysql-headless') // true in the seed
 */
export function shellWords(cluster: Cluster, session: ShellSession): ShellWords {
  const ns = session.pod !== undefined ? parsePodRef(session.pod).namespace : 'default';
  const domain = cluster.clusterDomain;
  const names = new Set<string>();
  const dnsNames = (name: string, namespace: string) => {
    if (namespace === ns) names.add(name);
    names.add(`${name}.${namespace}`);
    names.add(`${name}.${namespace}.svc`);
    names.add(`${name}.${namespace}.svc.${domain}`);
  };
  for (const svc of cluster.services) {
    dnsNames(svc.name, svc.namespace);
    if (!svc.headless) continue;
    for (const pod of cluster.pods) {
      if (pod.namespace === svc.namespace && pod.subdomain === svc.name && pod.hostname) dnsNames(`${pod.hostname}.${svc.name}`, svc.namespace);
    }
  }
  for (const pod of cluster.pods) if (!pod.system && pod.namespace === ns) names.add(pod.name);
  return { commands: shellProgramNames(session), names: [...names].sort() };
}
