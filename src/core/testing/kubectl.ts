// kubectl typed against a cluster, for tests: what it printed on each stream, its exit status, and what it handed
// back (cluster actions, a command to exec, notes by code).
import { runKubectl } from '../kubectl/command';
import type { Cluster } from '../model/types';

/**
 * @example kubectlOn(cluster)('get pods').stdout.split('\n')[0] // 'NAME   READY   STATUS …'
 */
export function kubectlOn(cluster: Cluster) {
  return (line: string) => {
    const r = runKubectl(cluster, line.split(' ').filter(Boolean));
    const text = (fd: 1 | 2) => r.chunks.filter((c) => c.fd === fd).map((c) => c.text).join('');
    return { stdout: text(1), stderr: text(2), status: r.status, actions: r.actions, exec: r.exec, notes: r.notes.map((n) => n.code) };
  };
}
