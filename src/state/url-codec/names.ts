// Name grammars a link must obey. Pod, node and namespace names that fail them cannot exist in a
// cluster the core built, so such a link is junk (or an attempt to smuggle markup such as `<script>`).
// The Kubernetes grammars are the core's (apimachinery validation.go); the rest are the link's own.
import { isDNS1123Label, isDNS1123Subdomain, isLabelValue as labelValueErrors, isQualifiedName } from '../../core';

const valid = (check: (s: string) => string[]) => (s: string): boolean => check(s).length === 0;

export const isDns1123Label = valid(isDNS1123Label);
export const isDns1123Subdomain = valid(isDNS1123Subdomain);
/** A label key: `[prefix/]name`, prefix a DNS-1123 subdomain, name ≤ 63 of `[A-Za-z0-9-_.]`. */
export const isLabelKey = valid(isQualifiedName);
/** A label value: empty, or ≤ 63 of `[A-Za-z0-9-_.]` starting and ending alphanumeric. */
export const isLabelValue = valid(labelValueErrors);

/** The client Pod: `name` or `namespace/name`. */
export function isPodRef(s: string): boolean {
  const parts = s.split('/');
  if (parts.length === 1) return isDns1123Subdomain(parts[0]!);
  return parts.length === 2 && isDns1123Label(parts[0]!) && isDns1123Subdomain(parts[1]!);
}

/** What a learner can send to: a DNS name (any case, optional trailing dot) or an IPv4 address,
 *  optionally with `:port`. Nothing else reaches the traffic core. */
const TARGET = /^[A-Za-z0-9_]([-A-Za-z0-9_.]*[A-Za-z0-9_.])?(:[0-9]{1,5})?$/;
export function isTarget(s: string): boolean {
  if (s.length > 260 || !TARGET.test(s)) return false;
  const colon = s.lastIndexOf(':');
  return colon < 0 || Number(s.slice(colon + 1)) <= 65535;
}

/** A name the DNS terminals look up: `web-service`, `mysql-headless.db`, `kubernetes.default.svc.cluster.local.`. */
export const isDnsName = (s: string): boolean => s.length <= 253 && /^[A-Za-z0-9_]([-A-Za-z0-9_.]*[A-Za-z0-9_.])?$/.test(s);

/** A view tab id. */
export const isTabId = (s: string): boolean => s.length <= 32 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s);

/** A container image reference (`busybox`, `registry.k8s.io/pause:3.9`, `…@sha256:…`): the characters of the
 *  distribution reference grammar, nothing that could carry markup. */
export const isImage = (s: string): boolean => /^[A-Za-z0-9][A-Za-z0-9._\-/:@]*$/.test(s);
