// The programs on the learner's laptop, outside the cluster: kubectl and what it needs.
import { kubectl } from './kubectl';
import type { PlaceProgram } from './program';
import { runCommand } from './run';

export const LAPTOP_PROGRAMS: Readonly<Record<string, PlaceProgram>> = {
  // `kubectl exec` runs its command through the same runner, in the Pod's own shell.
  kubectl: (ctx, args) => kubectl(ctx.cluster, args, runCommand),
};
