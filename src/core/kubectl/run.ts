// The seed's client: `kubectl run test --rm -it --image=busybox -- /bin/sh`. The learner types that command, not
// YAML, so the playground starts it (loadCluster's `run`) and shows the command it stands for.
import type { KubectlRun } from '../model/types';

/** The command line that starts `run`, as the learner would type it (`-n` only outside the default namespace). */
export function formatKubectlRun(run: KubectlRun): string {
  const ns = run.namespace === 'default' ? '' : ` -n ${run.namespace}`;
  return `kubectl run ${run.name}${ns} --rm -it --image=${run.image} -- /bin/sh`;
}
