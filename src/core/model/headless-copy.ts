// A headless twin of a ClusterIP Service: the same selector and ports with `clusterIP: None`, appended to the
// learner's text as one more document, so the two DNS answers (one VIP; one address per Pod) can be compared for
// the same Pods. Text, not an action: it shows in the editor and undo takes it back like any edit.
import type { Cluster, Service } from './types';

/** Service names are DNS-1035 labels: at most 63 characters. */
const MAX_NAME = 63;

/** YAML 1.1 words a plain scalar would turn into a boolean or null (js-yaml and go-yaml both read them so). */
const NOT_A_STRING = /^(?:y|yes|n|no|true|false|on|off|null|~)$/i;

/** A plain scalar when it reads back as the same string, else double-quoted (JSON strings are valid YAML). */
function scalar(value: string): string {
  return /^[A-Za-z][-A-Za-z0-9_./]*$/.test(value) && !NOT_A_STRING.test(value) ? value : JSON.stringify(value);
}

/** `web-service-headless`, or `-headless-2`, … when that name is taken in the namespace. */
export function headlessCopyName(cluster: Cluster, svc: Service): string {
  const taken = new Set(cluster.services.filter((s) => s.namespace === svc.namespace).map((s) => s.name));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '-headless' : `-headless-${n}`;
    const name = `${svc.name.slice(0, MAX_NAME - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(name)) return name;
  }
}

/**
 * `source` with a headless copy of `svc` appended: `clusterIP: None`, the same selector and ports.
 * @example
 * const text = addHeadlessCopy(source, cluster, webService); // …\n---\n# A headless copy of web-service …
 */
export function addHeadlessCopy(source: string, cluster: Cluster, svc: Service): string {
  const name = headlessCopyName(cluster, svc);
  const lines = [
    `# A headless copy of ${svc.name} for the same Pods: its name answers with each Pod's own address.`,
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    `  name: ${name}`,
    ...(svc.namespace === 'default' ? [] : [`  namespace: ${svc.namespace}`]),
    'spec:',
    '  clusterIP: None',
    '  selector:',
    ...Object.entries(svc.selector ?? {}).map(([k, v]) => `    ${scalar(k)}: ${scalar(v)}`),
    '  ports:',
    ...svc.ports.flatMap((p) => [
      `  - port: ${p.port}`,
      ...(p.name ? [`    name: ${scalar(p.name)}`] : []),
      ...(p.protocol !== 'TCP' ? [`    protocol: ${p.protocol}`] : []),
      ...(String(p.targetPort) !== String(p.port) ? [`    targetPort: ${typeof p.targetPort === 'number' ? p.targetPort : scalar(p.targetPort)}`] : []),
    ]),
  ];
  const head = source === '' || source.endsWith('\n') ? source : `${source}\n`;
  return `${head}---\n${lines.join('\n')}\n`;
}
