// A scenario as a file: export the editor's YAML as a multi-document file for `kubectl apply -f` (importing one is
// scenario-import.ts, which the core worker runs, so the page does not load a YAML parser). Pure: the UI writes the
// files.
import { formatKubectlRun, MAX_SOURCE_BYTES } from '../core';
import type { ClusterAction } from './url-codec';

/** Same cap as the core's source limit (core manifest/limits.ts MAX_SOURCE_BYTES): a larger file
 *  could not load anyway. */
export const MAX_IMPORT_BYTES = MAX_SOURCE_BYTES;

const ACTIONS_HEADER = '# --- Cluster actions done in the playground (run these after kubectl apply -f) ---';

/** The kubectl command that does what a playground action does. */
export function formatActionAsKubectl(a: ClusterAction): string {
  const ns = 'namespace' in a && a.namespace !== 'default' ? ` -n ${a.namespace}` : '';
  switch (a.type) {
    case 'scale': return `kubectl scale ${a.kind.toLowerCase()}/${a.name}${ns} --replicas=${a.replicas}`;
    case 'deletePod': return `kubectl delete pod ${a.name}${ns}`;
    // Readiness is the kubelet's to report: no kubectl verb sets it.
    case 'setPodReady': return `# Pod ${a.name}${ns} marked ${a.ready ? 'Ready' : 'not Ready'} (its readiness probe ${a.ready ? 'passes' : 'fails'})`;
    case 'labelPod': return `kubectl label pod ${a.name}${ns} ${a.key}=${a.value} --overwrite`;
    case 'unlabelPod': return `kubectl label pod ${a.name}${ns} ${a.key}-`;
    case 'terminatePod': return `kubectl delete pod ${a.name}${ns}`;
    // Time passing is no command: the export says what happened, as a comment.
    case 'lifecycleStep': return '# The Pods in transition moved on one stage (scheduler, kubelet, readiness probe)';
    case 'advanceClock': return `# ${a.seconds} s passed (sleep ${a.seconds})`;
    case 'runPod': return formatKubectlRun(a);
  }
}

/**
 * Where a previous export's actions block starts, or -1: the header, then nothing but comments and blank
 * lines to the end of the text. Text after it that is not a comment (a document added below the block) means
 * it is no longer that block, and everything stays.
 */
function trailingActionsBlock(yaml: string): number {
  // The export wrote `text` (ending in a newline), a blank line, then the header.
  const at = yaml.lastIndexOf(`\n${ACTIONS_HEADER}\n`);
  if (at < 0) return -1;
  const after = yaml.slice(at + ACTIONS_HEADER.length + 2).split('\n');
  return after.every((line) => line.trim() === '' || line.trimStart().startsWith('#')) ? at : -1;
}

/**
 * The file to download. Without actions it is exactly the editor's text (plus a final newline), so
 * export → import gives the same text, whatever it holds. With actions, they follow as kubectl commands in
 * comments: `kubectl apply -f` ignores them, a reader can run them; a previous export's block at the end is
 * replaced, not stacked. Scaling already edited `replicas` in the text (the playground writes spec changes
 * into the YAML); deletions and readiness are cluster state.
 */
export function exportScenarioYaml(yaml: string, actions: readonly ClusterAction[] = []): string {
  const withNewline = (text: string) => (text !== '' && !text.endsWith('\n') ? `${text}\n` : text);
  if (actions.length === 0) return withNewline(yaml);
  const block = trailingActionsBlock(yaml);
  const text = withNewline(block < 0 ? yaml : yaml.slice(0, block));
  return `${text}\n${ACTIONS_HEADER}\n${actions.map((a) => { const line = formatActionAsKubectl(a); return line.startsWith('#') ? line : `# ${line}`; }).join('\n')}\n`;
}

/** `k8s-service-playground.yaml`, or `<name>.yaml` from a scenario id. */
export function scenarioFileName(id?: string): string {
  const safe = id?.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${safe || 'k8s-service-playground'}.yaml`;
}
