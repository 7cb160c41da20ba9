// What kubectl prints, and does, when a shell it attached ends. Apart from the laptop's kubectl (kubectl.ts), which
// reaches the whole kubectl command, so the page's shell state can word an ending without loading it.
import { containerName } from '../kubectl/objects';
import type { ClusterAction } from '../model/actions';
import { findPod, parsePodRef } from '../model/pod-ref';
import type { Cluster } from '../model/types';

/**
 * What kubectl prints, and does, when the shell it attached (`kubectl run -it`, `kubectl exec -it`) exits:
 * attach.go reattachMessage for `run`, then `--rm`'s deletion (the menu's delete). `exec` prints nothing.
 * @example
 * kubectlAttachEnded(cluster, { kind: 'open-shell', pod: 'default/test2', rm: true }).output;
 * // "Session ended, resume using 'kubectl attach test2 -c test2 -n default -i -t' command\npod \"test2\" deleted from default namespace\n"
 */
export function kubectlAttachEnded(cluster: Cluster, effect: { pod: string; rm: boolean }): { output: string; actions: ClusterAction[] } {
  const { namespace, name } = parsePodRef(effect.pod);
  const pod = findPod(cluster, effect.pod);
  // The Pod went while the shell was open (deleted from the graph): kubectl's stream just ends.
  if (!pod) return { output: '', actions: [] };
  const container = containerName(pod);
  let output = `Session ended, resume using 'kubectl attach ${name} -c ${container} -n ${namespace} -i -t' command\n`;
  const actions: ClusterAction[] = [];
  if (effect.rm) {
    output += `pod "${name}" deleted from ${namespace} namespace\n`;
    actions.push({ type: 'terminatePod', namespace, name });
  }
  return { output, actions };
}
