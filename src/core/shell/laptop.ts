// The programs on the learner's laptop, outside the cluster: kubectl and what it needs, and the text tools a
// learner pipes its output through (`kubectl get svc x -o yaml | grep clusterIP`); for these uses GNU's print
// the lines busybox's do, as on a node.
import { cat, grep, head, wc } from './busybox/text';
import { kubectl } from './kubectl';
import type { PlaceProgram } from './program';
import { runCommand } from './run';

export const LAPTOP_PROGRAMS: Readonly<Record<string, PlaceProgram>> = {
  // `kubectl exec` runs its command through the same runner, in the Pod's own shell.
  kubectl: (ctx, args) => kubectl(ctx.cluster, args, runCommand),
  cat, grep, head, wc,
};
