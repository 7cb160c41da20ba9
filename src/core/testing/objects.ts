// Builders for hand-made test clusters: the API server's defaults filled in, the rest given.
import type { Endpoint, Pod, Service } from '../model/types';

/** A Pod; with an image and no containers given, one container named for the image's name (`nginx:latest`: nginx). */
export const testPod = (p: Partial<Pod> & Pick<Pod, 'namespace' | 'name' | 'ip'>): Pod => ({
  labels: {}, node: 'node-1', phase: 'Running', ready: true, terminating: false, containerPorts: [],
  containers: p.image ? [{ name: p.image.replace(/^.*\//, '').replace(/[:@].*$/, ''), image: p.image }] : [], ...p,
});

export const testService = (s: Partial<Service> & Pick<Service, 'namespace' | 'name' | 'clusterIP'>): Service => ({
  type: 'ClusterIP', headless: s.clusterIP === 'None', ports: [], sessionAffinity: 'None', publishNotReadyAddresses: false,
  internalTrafficPolicy: 'Cluster', externalIPs: [], labels: {}, ...s,
});

/** The endpoint the EndpointSlice controller makes for a Pod. */
export const testEndpoint = (p: Pod): Endpoint => ({
  addresses: [p.ip],
  conditions: { ready: p.ready, serving: p.ready, terminating: false },
  ...(p.hostname ? { hostname: p.hostname } : {}),
  nodeName: p.node,
  targetRef: { kind: 'Pod', namespace: p.namespace, name: p.name },
});
