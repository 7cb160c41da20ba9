// Learner warnings: cross-object mistakes `kubectl apply` accepts silently and that make a Service
// fail at run time. Notes (a code and its values) the UI words, severity 'warning', at the field's line;
// never an API error.

import type { Origins } from './origins';
import { findPort, selectedPods } from './endpoint-slices';
import { PodIndex } from './pod-index';
import { warningAt } from './report';
import type { Cluster, Pod, Service, ServicePort, Workload } from './types';
import type { Diagnostic, OwnerName } from '../types/diagnostic';

function ownedBy(pod: Pod, w: Workload): boolean {
  return pod.owner?.workload?.kind === w.kind && pod.owner.workload.name === w.name && pod.namespace === w.namespace;
}

function resolvesOnAny(pods: readonly Pod[], sp: ServicePort): boolean {
  for (const p of pods) if (findPort(p, sp) !== undefined) return true;
  return false;
}

export function addWarnings(cluster: Cluster, origins: Origins, diags: Diagnostic[], index = new PodIndex(cluster.pods)): void {
  // Object names and notes are made only for a warning given: this runs for every Service and workload.
  origins.services.forEach((src, svc) => {
    if (svc.type === 'ExternalName' || !svc.selector) return;
    const pods = selectedPods(svc, index);
    if (pods.length === 0) {
      diags.push(
        warningAt(src.source, `Service/${svc.namespace}/${svc.name}`, 'spec.selector',
          { code: 'selector-matches-nothing', selector: svc.selector, namespace: svc.namespace }),
      );
      return;
    }
    for (let i = 0; i < svc.ports.length; i++) {
      const sp = svc.ports[i] as (typeof svc.ports)[number];
      if (typeof sp.targetPort !== 'string' || resolvesOnAny(pods, sp)) continue;
      diags.push(
        warningAt(src.source, `Service/${svc.namespace}/${svc.name}`, `spec.ports[${i}].targetPort`,
          { code: 'target-port-unresolved', protocol: sp.protocol, targetPort: sp.targetPort, port: sp.port }),
      );
    }
  });
  // namespace → name → Service (the first of a name, as a search of the list would find), made on first use.
  let byName: Map<string, Map<string, Service>> | undefined;
  const serviceNamed = (namespace: string, name: string): Service | undefined => {
    if (!byName) {
      byName = new Map();
      for (const s of cluster.services) {
        let names = byName.get(s.namespace);
        if (!names) byName.set(s.namespace, (names = new Map()));
        if (!names.has(s.name)) names.set(s.name, s);
      }
    }
    return byName.get(namespace)?.get(name);
  };
  for (const [w, src] of origins.workloads) {
    if (w.kind === 'StatefulSet' && w.serviceName) {
      const podName = (): string => `${w.name}-0.${w.serviceName}.${w.namespace}.svc.${cluster.clusterDomain}`;
      const svc = serviceNamed(w.namespace, w.serviceName);
      if (!svc) {
        diags.push(
          warningAt(src.source, `${w.kind}/${w.namespace}/${w.name}`, 'spec.serviceName',
            { code: 'statefulset-service-missing', serviceName: w.serviceName, namespace: w.namespace, podName: podName() }),
        );
      } else if (!svc.headless) {
        diags.push(
          warningAt(src.source, `${w.kind}/${w.namespace}/${w.name}`, 'spec.serviceName',
            // kubernetes/dns docs/specification.md defines per-endpoint A records only for headless Services, but
            // CoreDNS's kubernetes plugin answers them for a ClusterIP Service too (findServices:
            // `svc.Headless() || r.endpoint != ""`), and the EndpointSlice controller publishes the hostname
            // either way (ShouldSetHostname has no headless check); dns/coredns.ts models this as
            // endpoint-name-on-clusterip. What a ClusterIP Service really costs a StatefulSet is discovery.
            { code: 'statefulset-service-not-headless', serviceName: w.serviceName, podName: podName() }),
        );
      }
    }
    if (w.kind === 'Deployment') {
      if (Object.keys(w.selector).length + (w.selectorExpressions?.length ?? 0) === 0) continue;
      let others: Pod[] | undefined;
      for (const p of index.select(w.namespace, w.selector, w.selectorExpressions ?? [])) if (!ownedBy(p, w)) (others ??= []).push(p);
      if (others) {
        const owners = new Map<string, OwnerName>();
        for (const p of others) {
          const owner = p.owner?.workload ? { kind: p.owner.workload.kind, name: p.owner.workload.name } : { kind: 'Pod', name: p.name };
          owners.set(`${owner.kind} ${owner.name}`, owner);
        }
        diags.push(warningAt(src.source, `${w.kind}/${w.namespace}/${w.name}`, 'spec.selector', { code: 'selector-overlap', owners: [...owners.values()] }));
      }
    }
  }
}
