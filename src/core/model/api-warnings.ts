// The warnings the API server sends with a response, which kubectl prints as `Warning: <text>`. A deprecated
// type's warning comes from apiserver pkg/endpoints/deprecation (`<group/version> <Kind> is deprecated in
// v<major>.<minor>+; use <group/version> <Kind>`), built from the type's APILifecycleDeprecated and
// APILifecycleReplacement, and only from API servers at or past that release. v1 Endpoints: k8s.io/api
// core/v1 (KEP-4974), 1.33, replaced by discovery.k8s.io/v1 EndpointSlice.

interface Deprecation {
  since: readonly [major: number, minor: number];
  replacement: string;
}

const DEPRECATED: Readonly<Record<string, Deprecation>> = {
  'v1 Endpoints': { since: [1, 33], replacement: 'discovery.k8s.io/v1 EndpointSlice' },
};

/**
 * What kubectl prints when an API server of `kubernetesVersion` (`1.35`; absent: a current one, past every
 * deprecation here) serves `kind` at `apiVersion`, or undefined when it warns of nothing.
 *
 * @example
 * deprecationWarning('Endpoints', 'v1', '1.33'); // 'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice'
 */
export function deprecationWarning(kind: string, apiVersion: string, kubernetesVersion?: string): string | undefined {
  const d = DEPRECATED[`${apiVersion} ${kind}`];
  if (d === undefined) return undefined;
  const [major, minor] = d.since;
  if (kubernetesVersion !== undefined) {
    const m = /^(\d+)\.(\d+)$/.exec(kubernetesVersion);
    if (m && (Number(m[1]) < major || (Number(m[1]) === major && Number(m[2]) < minor))) return undefined;
  }
  return `Warning: ${apiVersion} ${kind} is deprecated in v${major}.${minor}+; use ${d.replacement}`;
}
