// kubectl describe against kubectl's own expectations: kubernetes/kubectl pkg/describe/describe_test.go
// TestDescribeService "test1" and "test2". Those test objects skip the API server's defaulting; a Service the
// playground describes has been through it, so each expectation gains the two lines defaulting adds
// (`IP Family Policy: SingleStack`, and `IPs:` holding spec.clusterIPs, which defaulting copies from clusterIP).
import { describe, expect, it } from 'vitest';
import type { Cluster, EndpointSlice, Service } from '../model/types';
import { seedCluster } from '../testing/seed-cluster';
import { formatDescribeService } from './describe';

const service = (over: Partial<Service>): Service => ({
  namespace: 'foo', name: 'bar', type: 'LoadBalancer', clusterIP: '1.2.3.4', headless: false,
  ports: [{ name: 'port-tcp', protocol: 'TCP', port: 8080, targetPort: 9527, nodePort: 31111 }],
  selector: { blah: 'heh' }, sessionAffinity: 'None', publishNotReadyAddresses: false, externalTrafficPolicy: 'Local',
  internalTrafficPolicy: 'Cluster', externalIPs: [], loadBalancerIP: '5.6.7.8', loadBalancerIngressIP: '5.6.7.8',
  healthCheckNodePort: 32222, labels: {}, ...over,
});

const slice = (name: string, endpoints: [string, boolean][]): EndpointSlice => ({
  namespace: 'foo', name, service: 'bar', addressType: 'IPv4', managedBy: 'endpointslice-controller.k8s.io',
  ports: [{ name: 'port-tcp', protocol: 'TCP', port: 9527 }],
  endpoints: endpoints.map(([ip, ready]) => ({ addresses: [ip], conditions: { ready, serving: ready, terminating: false } })),
});

const withSlices = (slices: EndpointSlice[]): Cluster => ({ ...seedCluster(), endpointSlices: slices });

/** describe_test.go's expectation with the lines API defaulting adds, where they go. */
const defaulted = (upstream: string): string =>
  upstream.replace('IP Families:              IPv4\n', 'IP Family Policy:         SingleStack\nIP Families:              IPv4\n')
    .replace('IPs:                      <none>\n', 'IPs:                      1.2.3.4\n');

describe('formatDescribeService', () => {
  it('matches describe_test.go TestDescribeService test1', () => {
    const upstream = `Name:                     bar
Namespace:                foo
Labels:                   <none>
Annotations:              <none>
Selector:                 blah=heh
Type:                     LoadBalancer
IP Families:              IPv4
IP:                       1.2.3.4
IPs:                      <none>
Desired LoadBalancer IP:  5.6.7.8
LoadBalancer Ingress:     5.6.7.8 (VIP)
Port:                     port-tcp  8080/TCP
TargetPort:               9527/TCP
NodePort:                 port-tcp  31111/TCP
Endpoints:                10.244.0.1:9527,10.244.0.2:9527,10.244.0.3:9527
Session Affinity:         None
External Traffic Policy:  Local
Internal Traffic Policy:  Cluster
HealthCheck NodePort:     32222
Events:                   <none>
`;
    const c = withSlices([slice('bar-abcde', [['10.244.0.1', true], ['10.244.0.2', true], ['10.244.0.3', true]])]);
    expect(formatDescribeService(c, service({}))).toBe(defaulted(upstream));
  });

  it('matches test2: a named target port, not-ready endpoints left out, "+ 1 more..." over two slices', () => {
    const upstream = `Name:                     bar
Namespace:                foo
Labels:                   <none>
Annotations:              <none>
Selector:                 blah=heh
Type:                     LoadBalancer
IP Families:              IPv4
IP:                       1.2.3.4
IPs:                      <none>
Desired LoadBalancer IP:  5.6.7.8
LoadBalancer Ingress:     5.6.7.8
Port:                     port-tcp  8080/TCP
TargetPort:               targetPort/TCP
NodePort:                 port-tcp  31111/TCP
Endpoints:                10.244.0.1:9527,10.244.0.2:9527,10.244.0.4:9527 + 1 more...
Session Affinity:         None
External Traffic Policy:  Local
Internal Traffic Policy:  Local
HealthCheck NodePort:     32222
Events:                   <none>
`;
    // test2's ingress has no ipMode; the playground's always has (defaulting), so this line carries "(VIP)" too.
    const c = withSlices([
      slice('bar-12345', [['10.244.0.1', true], ['10.244.0.2', true]]),
      slice('bar-54321', [['10.244.0.3', false], ['10.244.0.4', true], ['10.244.0.5', true]]),
    ]);
    const svc = service({ internalTrafficPolicy: 'Local', ports: [{ name: 'port-tcp', protocol: 'TCP', port: 8080, targetPort: 'targetPort', nodePort: 31111 }] });
    expect(formatDescribeService(c, svc)).toBe(defaulted(upstream).replace('5.6.7.8\nPort:', '5.6.7.8 (VIP)\nPort:'));
  });
});
