import { describe, expect, it } from 'vitest';
import { seedCluster } from '../testing/seed-cluster';
import { formatKubectlGetWide } from './get';

describe('formatKubectlGetWide', () => {
  it('prints pods, services and endpointslices of the namespace in kubectl -o wide columns', () => {
    const text = formatKubectlGetWide(seedCluster());
    const [pods, svcs, slices] = text.trimEnd().split('\n\n');
    expect(pods!.split('\n')[0]).toBe('NAME                       READY   STATUS    RESTARTS   AGE   IP            NODE     NOMINATED NODE   READINESS GATES');
    expect(pods).toContain('pod/mysql-0                1/1     Running   0          0s    10.244.1.5    node-1   <none>           <none>');
    expect(svcs!.split('\n')).toEqual([
      'NAME                     TYPE        CLUSTER-IP     EXTERNAL-IP   PORT(S)    AGE   SELECTOR',
      'service/kubernetes       ClusterIP   10.96.0.1      <none>        443/TCP    0s    <none>',
      'service/mysql-headless   ClusterIP   None           <none>        3306/TCP   0s    app=mysql',
      'service/web-service      ClusterIP   10.96.100.50   <none>        80/TCP     0s    app=nginx',
    ]);
    expect(slices).toContain('endpointslice.discovery.k8s.io/mysql-headless-q4wlx   IPv4          3306    10.244.1.5,10.244.2.8,10.244.3.12   0s');
    expect(text).not.toContain('coredns');
  });

  it('says so when the namespace is empty', () => {
    expect(formatKubectlGetWide(seedCluster(), 'nope')).toBe('No resources found in nope namespace.\n');
  });

  it('shortens more than three endpoints like kubectl', () => {
    const c = seedCluster();
    const slice = c.endpointSlices.find((s) => s.service === 'web-service')!;
    slice.endpoints.push({ addresses: ['10.244.1.99'], conditions: { ready: true, serving: true, terminating: false } });
    expect(formatKubectlGetWide(c)).toMatch(/10\.244\.1\.7,10\.244\.2\.4,10\.244\.3\.6 \+ 1 more\.\.\./);
  });
});
