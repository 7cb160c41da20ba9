// The API server's deprecation warning for v1 Endpoints, by the Kubernetes minor it runs. The text is what
// kubectl prints against a 1.33+ API server (KEP-4974; apiserver pkg/endpoints/deprecation).

import { describe, expect, it } from 'vitest';
import { KUBERNETES_VERSIONS } from '../traffic/kube-proxy-startup';
import { loadCluster } from './load';

const WARNING = 'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice';
const SOURCE = `apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  ports:
  - port: 3306
---
apiVersion: v1
kind: Endpoints
metadata:
  name: db
subsets:
- addresses:
  - ip: 10.0.0.5
  ports:
  - port: 3306
`;

const warnings = (source: string, kubernetesVersion?: string) =>
  loadCluster(source, kubernetesVersion === undefined ? {} : { kubernetesVersion })
    .diagnostics.filter((d) => d.code === 'api-warning')
    .map((d) => ({ severity: d.severity, message: d.message, line: d.line, object: d.object }));

describe('the v1 Endpoints deprecation warning', () => {
  it.each([...KUBERNETES_VERSIONS, undefined])('an API server of %s warns at the Endpoints, verbatim', (version) => {
    expect(warnings(SOURCE, version)).toEqual([{ severity: 'warning', message: WARNING, line: 9, object: 'Endpoints/db' }]);
  });

  it.each(['1.32', '1.21'])('an API server of %s, before the deprecation, does not', (version) => {
    expect(warnings(SOURCE, version)).toEqual([]);
  });

  it('warns even when the Endpoints is then refused', () => {
    expect(warnings(SOURCE.replace('10.0.0.5', '127.0.0.1'))).toHaveLength(1);
  });

  it('warns about nothing else: the EndpointSlice that replaces it is not deprecated', () => {
    const slice = `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: db-1
  labels:
    kubernetes.io/service-name: db
addressType: IPv4
endpoints:
- addresses: ["10.0.0.5"]
ports:
- port: 3306
`;
    expect(warnings(SOURCE.split('---\n')[0] + '---\n' + slice)).toEqual([]);
  });
});
