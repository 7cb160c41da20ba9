// Where each object build made came from in the source: build fills it in, and the warning pass reads
// it to put a warning on the line that caused it.

import type { ObjectSource, ServiceIn, WorkloadIn } from '../validate/objects';
import type { Service, Workload } from './types';

export interface Origins {
  services: Map<Service, ServiceIn>;
  workloads: Map<Workload, WorkloadIn>;
  /** `namespace/name` of each Pod the manifests name themselves. */
  pods: Map<string, ObjectSource>;
}
