// Learner warnings: cross-object mistakes `kubectl apply` accepts silently and that make a Service
// fail at run time. Plain words, severity 'warning', at the field's line; never an API error.

import type { Origins } from './build';
import { findPort, selectedPods } from './endpoint-slices';
import { PodIndex } from './pod-index';
import { warningAt } from './report';
import type { Cluster, Diagnostic, Pod, Workload } from './types';

function showSelector(sel: Record<string, string>): string {
  return Object.keys(sel)
    .sort()
    .map((k) => `${k}=${sel[k]}`)
    .join(',');
}

function ownedBy(pod: Pod, w: Workload): boolean {
  return pod.owner?.workload?.kind === w.kind && pod.owner.workload.name === w.name && pod.namespace === w.namespace;
}

export function addWarnings(cluster: Cluster, origins: Origins, diags: Diagnostic[], index = new PodIndex(cluster.pods)): void {
  for (const [svc, src] of origins.services) {
    const object = `Service/${svc.namespace}/${svc.name}`;
    if (svc.type === 'ExternalName' || !svc.selector) continue;
    const pods = selectedPods(svc, index);
    if (pods.length === 0) {
      diags.push(
        warningAt(src.source, object, 'spec.selector', 'selector-matches-nothing',
          `selector ${showSelector(svc.selector)} matches no Pod in namespace ${svc.namespace}, so the Service has no endpoints`),
      );
      continue;
    }
    svc.ports.forEach((sp, i) => {
      if (typeof sp.targetPort !== 'string') return;
      if (pods.some((p) => findPort(p, sp) !== undefined)) return;
      diags.push(
        warningAt(src.source, object, `spec.ports[${i}].targetPort`, 'target-port-unresolved',
          `no selected Pod declares a ${sp.protocol} container port named "${sp.targetPort}", so port ${sp.port} has no endpoints`),
      );
    });
  }
  for (const [w, src] of origins.workloads) {
    const object = `${w.kind}/${w.namespace}/${w.name}`;
    if (w.kind === 'StatefulSet' && w.serviceName) {
      const svc = cluster.services.find((s) => s.namespace === w.namespace && s.name === w.serviceName);
      if (!svc) {
        diags.push(
          warningAt(src.source, object, 'spec.serviceName', 'statefulset-service-missing',
            `serviceName "${w.serviceName}" names no Service in namespace ${w.namespace}, so the Pods get no per-Pod DNS names (${w.name}-0.${w.serviceName}.${w.namespace}.svc.${cluster.clusterDomain} does not resolve)`),
        );
      } else if (!svc.headless) {
        diags.push(
          warningAt(src.source, object, 'spec.serviceName', 'statefulset-service-not-headless',
            `Service "${w.serviceName}" is not headless (it has a cluster IP), so the Pods get no per-Pod DNS names; set clusterIP: None on it`),
        );
      }
    }
    if (w.kind === 'Deployment') {
      if (Object.keys(w.selector).length + (w.selectorExpressions?.length ?? 0) === 0) continue;
      const others = index.select(w.namespace, w.selector, w.selectorExpressions ?? []).filter((p) => !ownedBy(p, w));
      if (others.length > 0) {
        const owners = [...new Set(others.map((p) => (p.owner?.workload ? `${p.owner.workload.kind} ${p.owner.workload.name}` : `Pod ${p.name}`)))];
        diags.push(
          warningAt(src.source, object, 'spec.selector', 'selector-overlap',
            `this selector also matches Pods of ${owners.join(', ')}; the Deployment's ReplicaSet may count or adopt them, and Services with the same selector send traffic to them too`),
        );
      }
    }
  }
}
