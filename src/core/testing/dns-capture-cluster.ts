// The cluster behind the real busybox/dig captures of the shared reference (busybox-nslookup.md
// section 1, "Data the imitation server held"): Services web, web-headless, db, ext, empty-headless,
// kubernetes and kube-dns in a kubeadm-style cluster. Used to check our printers against real output.
import type { Cluster, EndpointSlice, Pod } from '../model/types';
import { KIND_CLUSTER, kindNodes } from './conventions';
import { testEndpoint as endpoint, testPod as pod, testService as svc } from './objects';

const slice = (namespace: string, service: string, pods: Pod[], ports: EndpointSlice['ports']): EndpointSlice =>
  ({ namespace, name: `${service}-abcde`, service, addressType: 'IPv4', endpoints: pods.map(endpoint), ports, managedBy: 'endpointslice-controller.k8s.io' });

/** Upstream answers the imitation server's `forward` gave (AA=0). */
export const CAPTURE_UPSTREAM = { 'example.com.': { A: ['93.184.215.14'] } };

export function captureCluster(): Cluster {
  const web = ['10.244.1.5', '10.244.1.6', '10.244.2.8'].map((ip, i) => pod({ namespace: 'default', name: `web-${i}`, ip, labels: { app: 'web' } }));
  const db0 = pod({ namespace: 'default', name: 'db-0', ip: '10.244.3.7', hostname: 'db-0', subdomain: 'db', labels: { app: 'db' } });
  const notReady = pod({ namespace: 'default', name: 'empty-0', ip: '10.244.2.9', ready: false, labels: { app: 'empty' } });
  const coredns = pod({ namespace: 'kube-system', name: 'coredns-0', ip: '10.244.0.2', labels: { 'k8s-app': 'kube-dns' }, system: true });
  const client = pod({ namespace: 'default', name: 'test', ip: '10.244.1.9' });
  const http = [{ name: 'http', protocol: 'TCP' as const, port: 80, targetPort: 80 }];
  return {
    ...KIND_CLUSTER,
    nodes: kindNodes(1, 1),
    namespaces: ['default', 'kube-system'],
    pods: [...web, db0, notReady, coredns, client],
    services: [
      svc({ namespace: 'default', name: 'kubernetes', clusterIP: '10.96.0.1', ports: [{ name: 'https', protocol: 'TCP', port: 443, targetPort: 6443 }] }),
      svc({ namespace: 'kube-system', name: 'kube-dns', clusterIP: '10.96.0.10', selector: { 'k8s-app': 'kube-dns' }, ports: [{ name: 'dns', protocol: 'UDP', port: 53, targetPort: 53 }] }),
      svc({ namespace: 'default', name: 'web', clusterIP: '10.96.100.50', selector: { app: 'web' }, ports: http }),
      svc({ namespace: 'default', name: 'web-headless', clusterIP: 'None', selector: { app: 'web' }, ports: http }),
      svc({ namespace: 'default', name: 'db', clusterIP: 'None', selector: { app: 'db' }, ports: [] }),
      svc({ namespace: 'default', name: 'ext', type: 'ExternalName', clusterIP: '', externalName: 'example.com', ports: [] }),
      svc({ namespace: 'default', name: 'empty-headless', clusterIP: 'None', selector: { app: 'empty' }, ports: http }),
    ],
    endpointSlices: [
      slice('kube-system', 'kube-dns', [coredns], [{ name: 'dns', protocol: 'UDP', port: 53 }]),
      slice('default', 'web', web, [{ name: 'http', protocol: 'TCP', port: 80 }]),
      slice('default', 'web-headless', web, [{ name: 'http', protocol: 'TCP', port: 80 }]),
      slice('default', 'db', [db0], []),
      slice('default', 'empty-headless', [notReady], [{ name: 'http', protocol: 'TCP', port: 80 }]),
    ],
    workloads: [],
  };
}
