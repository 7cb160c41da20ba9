// Large scenarios the core accepts, for the long-task tests and `npm run bench:ui`: what a visitor can paste, open
// from a link or drop on the page at the core's limits (core manifest/limits.ts: 5,000 documents, 1 MiB); and the
// small hostile one, the alias bomb, that the core refuses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeShareState } from '../src/state/codecs';

const root = join(import.meta.dirname, '..');
const defaultYaml = () => readFileSync(join(root, 'src/scenarios/default.yaml'), 'utf8');

/** One more Service in front of the default scenario's nginx (even) or mysql (odd) Pods. */
function service(i: number): string {
  const nginx = i % 2 === 0;
  return `---
apiVersion: v1
kind: Service
metadata:
  name: svc-${String(i).padStart(4, '0')}
spec:
  selector:
    app: ${nginx ? 'nginx' : 'mysql'}
  ports:
  - port: ${nginx ? 80 : 3306}
    targetPort: ${nginx ? 80 : 3306}
`;
}

/**
 * The default scenario (its two Services, nginx and mysql) with Services added until the text holds `services`
 * Services; every one has endpoints. `documents(5000)` is the core's document cap: 4,998 Services and the two
 * workloads, about 640 KB.
 */
export function manyServices(services: number): string {
  const added = Array.from({ length: services - 2 }, (_, i) => service(i));
  return `${defaultYaml()}${added.join('')}`;
}

/** The Services of a 5,000-document text: the core's document cap. */
export const SERVICES_AT_DOCUMENT_CAP = 4998;

/** A link (the fragment, with `#`) opening the default scenario with `services` Services in it. */
export function manyServicesLink(services: number): string {
  const r = encodeShareState({ yaml: manyServices(services), actions: [], seed: 1 });
  if (!r.ok) throw new Error(`the ${services}-Service scenario does not fit in a link: ${r.error.code}`);
  return `#${r.value}`;
}

/** One Service as `kubectl get svc -o yaml` prints it in a List, with the fields the API server sets. */
function listedService(i: number): string {
  const name = `svc-${String(i).padStart(4, '0')}`;
  const ip = `10.96.${10 + Math.floor(i / 250)}.${(i % 250) + 1}`;
  return `- apiVersion: v1
  kind: Service
  metadata:
    annotations:
      kubectl.kubernetes.io/last-applied-configuration: |
        {"apiVersion":"v1","kind":"Service","metadata":{"annotations":{},"name":"${name}","namespace":"default"},"spec":{"ports":[{"port":80,"targetPort":80}],"selector":{"app":"nginx"}}}
    creationTimestamp: "2026-11-20T09:12:03Z"
    name: ${name}
    namespace: default
    resourceVersion: "${1000 + i}"
    uid: 0c3f6c2e-0d1b-4c0a-9b43-${String(i).padStart(12, '0')}
  spec:
    clusterIP: ${ip}
    clusterIPs:
    - ${ip}
    internalTrafficPolicy: Cluster
    ipFamilies:
    - IPv4
    ipFamilyPolicy: SingleStack
    ports:
    - port: 80
      protocol: TCP
      targetPort: 80
    selector:
      app: nginx
    sessionAffinity: None
    type: ClusterIP
  status:
    loadBalancer: {}
`;
}

/**
 * What `kubectl get svc,deploy,sts -o yaml` prints for a cluster with many Services (the shape of
 * src/state/testdata/kubectl-get-svc-deploy-sts.yaml, whose Deployment and StatefulSet it keeps), grown to just
 * under `bytes` (default: 1 MB).
 */
export function bigKubectlList(bytes = 1_000_000): string {
  const sample = readFileSync(join(root, 'src/state/testdata/kubectl-get-svc-deploy-sts.yaml'), 'utf8');
  const body = sample.slice(sample.indexOf('items:\n') + 'items:\n'.length);
  const head = 'apiVersion: v1\nitems:\n';
  const parts: string[] = [];
  let size = head.length + body.length;
  for (let i = 0; ; i++) {
    const next = listedService(i);
    if (size + next.length > bytes) break;
    parts.push(next);
    size += next.length;
  }
  return `${head}${parts.join('')}${body}`;
}

/** `levels` levels of ten aliases: 10^levels nodes once expanded, about 1 KB of text. */
export function aliasBomb(levels: number, inList: boolean): string {
  const lines = ['data: &d0 {a: "1"}'];
  for (let i = 1; i <= levels; i++) lines.push(`x${i}: &i${i} [${Array.from({ length: 10 }, () => `*${i === 1 ? 'd0' : `i${i - 1}`}`).join(', ')}]`);
  const configMap = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\n${lines.join('\n')}\n`;
  if (!inList) return configMap;
  return `apiVersion: v1\nkind: List\nitems:\n- ${configMap.trimEnd().split('\n').join('\n  ')}\n`;
}

