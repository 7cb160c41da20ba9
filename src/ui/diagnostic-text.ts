// The words of a core Diagnostic: a real program's message verbatim (the API server's, kubectl's: what kubectl
// prints is never translated), or a note worded here through i18next. One entry per note code, so a code the
// core adds without words is a type error.
import type { TFunction } from 'i18next';
import type { Diagnostic, Note, NoteCode } from '../core';

type NoteOf = { [C in NoteCode]: Extract<Note, { code: C }> };
type Wording = { [C in NoteCode]: (t: TFunction, note: NoteOf[C]) => string };

/** `app=web,tier=db`: a selector as kubectl writes one (keys sorted). */
const selectorText = (selector: Record<string, string>): string =>
  Object.keys(selector)
    .sort()
    .map((k) => `${k}=${selector[k]}`)
    .join(',');

const WORDING: Wording = {
  'too-many-documents': (t, n) => t('notes.too-many-documents', { max: n.max }),
  'nul-byte': (t) => t('notes.nul-byte'),
  'alias-expansion': (t, n) => t('notes.alias-expansion', { max: n.max }),
  'unsafe-tag': (t, n) => t('notes.unsafe-tag', { tag: n.tag }),
  'unknown-tag': (t, n) => t('notes.unknown-tag', { tag: n.tag }),
  'too-deep': (t, n) => t('notes.too-deep', { max: n.max }),
  'source-too-large': (t, n) => t('notes.source-too-large', { maxBytes: n.maxBytes }),
  'not-an-object': (t, n) =>
    n.item === undefined
      ? t('notes.not-an-object', { found: t(`notes.found.${n.found}`) })
      : t('notes.not-an-object-item', { item: n.item, found: t(`notes.found.${n.found}`) }),
  'kind-not-simulated': (t, n) => t('notes.kind-not-simulated', { kind: n.kind }),
  'not-simulated': (t, n) => t('notes.not-simulated', { addressType: n.addressType }),
  'replicas-clamped': (t, n) => t('notes.replicas-clamped', { replicas: n.replicas, max: n.max, kind: n.kind }),
  'pod-ip-pin-invalid': (t, n) => t(`notes.pod-ip-pin-invalid.${n.pinnedBy}`, { ip: n.ip, podCIDRs: n.podCIDRs.join(', ') }),
  'pod-ip-conflict': (t, n) => t('notes.pod-ip-conflict', { ip: n.ip, pod: n.pod }),
  'pod-name-conflict': (t, n) => t('notes.pod-name-conflict', { pod: n.pod, kind: n.kind, workload: n.workload, replica: n.replica }),
  'pod-unschedulable': (t, n) =>
    t('notes.pod-unschedulable', { count: n.count, pods: `${n.pods.join(', ')}${n.count > n.pods.length ? ', …' : ''}`, reason: n.reason }),
  'statefulset-pod-released': (t, n) => t('notes.statefulset-pod-released', { pod: n.pod, statefulSet: n.statefulSet }),
  'unknown-action': (t, n) => t('notes.unknown-action', { type: n.type }),
  'clock-step-invalid': (t, n) => t('notes.clock-step-invalid', { seconds: n.seconds, max: n.max }),
  'selector-matches-nothing': (t, n) => t('notes.selector-matches-nothing', { selector: selectorText(n.selector), namespace: n.namespace }),
  'target-port-unresolved': (t, n) => t('notes.target-port-unresolved', { protocol: n.protocol, targetPort: n.targetPort, port: n.port }),
  'statefulset-service-missing': (t, n) =>
    t('notes.statefulset-service-missing', { serviceName: n.serviceName, namespace: n.namespace, podName: n.podName }),
  'statefulset-service-not-headless': (t, n) => t('notes.statefulset-service-not-headless', { serviceName: n.serviceName, podName: n.podName }),
  'selector-overlap': (t, n) => t('notes.selector-overlap', { owners: n.owners.map((o) => `${o.kind} ${o.name}`).join(', ') }),
  'slice-without-service': (t) => t('notes.slice-without-service'),
  'slice-service-missing': (t, n) => t('notes.slice-service-missing', { service: n.service, namespace: n.namespace }),
  'slice-for-selector-service': (t, n) => t('notes.slice-for-selector-service', { service: n.service }),
  'endpoints-not-mirrored': (t, n) => t(`endpointsMirroring.${n.reason}`, { service: n.service }),
  'mysql-password-missing': (t, n) => t('editorChecks.mysqlPasswordMissing', { container: n.container, image: n.image, entrypointError: n.entrypointError }),
};

function noteText<C extends NoteCode>(t: TFunction, code: C, note: NoteOf[C]): string {
  return WORDING[code](t, note);
}

/** What the Problems list and the editor's markers say for a diagnostic. */
export function diagnosticText(t: TFunction, d: Diagnostic): string {
  if (d.message !== undefined) return d.message;
  return noteText(t, d.code, d);
}

/**
 * What the playground adds under a real program's verbatim words, if anything: which line kubectl's YAML
 * message means when go-yaml's number is not the line marked.
 */
export function diagnosticAside(t: TFunction, d: Diagnostic): string | undefined {
  if (d.message === undefined || d.namedLine === undefined) return undefined;
  return t('editorChecks.yamlNamedLine', { named: d.namedLine, line: d.line });
}

/** A marker's hover text: the diagnostic's words and, on a new line, what the playground adds. */
export function markerText(t: TFunction, d: Diagnostic): string {
  const aside = diagnosticAside(t, d);
  return aside === undefined ? diagnosticText(t, d) : `${diagnosticText(t, d)}\n${aside}`;
}
