// Learner warnings: cross-object mistakes `kubectl apply` accepts silently and that make a Service
// fail at run time. Plain words, severity 'warning', at the field's line; never an API error.

import type { Origins } from './origins';
import { findPort, selectedPods } from './endpoint-slices';
import { PodIndex } from './pod-index';
import { warningAt } from './report';
import type { Cluster, Pod, ServicePort, Workload } from './types';
import type { Diagnostic } from '../types/diagnostic';

function showSelector(sel: Record<string, string>): string {
  return Object.keys(sel)
    .sort()
    .map((k) => `${k}=${sel[k]}`)
    .join(',');
}

function ownedBy(pod: Pod, w: Workload): boolean {
  return pod.owner?.workload?.kind === w.kind && pod.owner.workload.name === w.name && pod.namespace === w.namespace;
}

function resolvesOnAny(pods: readonly Pod[], sp: ServicePort): boolean {
  for (const p of pods) if (findPort(p, sp) !== undefined) return true;
  return false;
}

export function addWarnings(cluster: Cluster, origins: Origins, diags: Diagnostic[], index = new PodIndex(cluster.pods)): void {
  // Object names and messages are made only for a warning given: this runs for every Service and workload.
  origins.services.forEach((src, svc) => {
    if (svc.type === 'ExternalName' || !svc.selector) return;
    const pods = selectedPods(svc, index);
    if (pods.length === 0) {
      diags.push(
        warningAt(src.source, `Service/${svc.namespace}/${svc.name}`, 'spec.selector', 'selector-matches-nothing',
          `selector ${showSelector(svc.selector)} matches no Pod in namespace ${svc.namespace}, so the Service has no endpoints`),
      );
      return;
    }
    for (let i = 0; i < svc.ports.length; i++) {
      const sp = svc.ports[i] as (typeof svc.ports)[number];
      if (typeof sp.targetPort !== 'string' || resolvesOnAny(pods, sp)) continue;
      diags.push(
        warningAt(src.source, `Service/${svc.namespace}/${svc.name}`, `spec.ports[${i}].targetPort`, 'target-port-unresolved',
          `no selected Pod declares a ${sp.protocol} container port named "${sp.targetPort}", so port ${sp.port} has no endpoints`),
      );
    }
  });
  for (const [w, src] of origins.workloads) {
    if (w.kind === 'StatefulSet' && w.serviceName) {
      const svc = cluster.services.find((s) => s.namespace === w.namespace && s.name === w.serviceName);
      if (!svc) {
        diags.push(
          warningAt(src.source, `${w.kind}/${w.namespace}/${w.name}`, 'spec.serviceName', 'statefulset-service-missing',
            `serviceName "${w.serviceName}" names no Service in namespace ${w.namespace}, so the Pods get no per-Pod DNS names (${w.name}-0.${w.serviceName}.${w.namespace}.svc.${cluster.clusterDomain} does not resolve)`),
        );
      } else if (!svc.headless) {
        diags.push(
          warningAt(src.source, `${w.kind}/${w.namespace}/${w.name}`, 'spec.serviceName', 'statefulset-service-not-headless',
            // kubernetes/dns docs/specification.md defines per-endpoint A records only for headless Services, but
            // CoreDNS's kubernetes plugin answers them for a ClusterIP Service too (findServices:
            // `svc.Headless() || r.endpoint != ""`), and the EndpointSlice controller publishes the hostname
            // either way (ShouldSetHostname has no headless check); dns/coredns.ts models this as
            // endpoint-name-on-clusterip. What a ClusterIP Service really costs a StatefulSet is discovery.
            `Service "${w.serviceName}" is not headless (it has a cluster IP). The Kubernetes DNS specification promises per-Pod names such as ${w.name}-0.${w.serviceName}.${w.namespace}.svc.${cluster.clusterDomain} only for headless Services: CoreDNS answers them anyway, other DNS providers need not. And the Service's own name resolves to one virtual IP, not to the Pods' addresses, so clients cannot discover the members. Set clusterIP: None on it`),
        );
      }
    }
    if (w.kind === 'Deployment') {
      if (Object.keys(w.selector).length + (w.selectorExpressions?.length ?? 0) === 0) continue;
      let others: Pod[] | undefined;
      for (const p of index.select(w.namespace, w.selector, w.selectorExpressions ?? [])) if (!ownedBy(p, w)) (others ??= []).push(p);
      if (others) {
        const owners = [...new Set(others.map((p) => (p.owner?.workload ? `${p.owner.workload.kind} ${p.owner.workload.name}` : `Pod ${p.name}`)))];
        diags.push(
          warningAt(src.source, `${w.kind}/${w.namespace}/${w.name}`, 'spec.selector', 'selector-overlap',
            `this selector also matches Pods of ${owners.join(', ')}; the Deployment's ReplicaSet may count or adopt them, and Services with the same selector send traffic to them too`),
        );
      }
    }
  }
}
