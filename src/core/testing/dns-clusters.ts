// The seed cluster plus the Service shapes the DNS table tests need, each over real-looking Pods and
// the EndpointSlices the controller would write for them (kubernetes staging/src/k8s.io/endpointslice
// utils.go podToEndpoint: ready = publishNotReadyAddresses || (serving && !terminating); hostname only
// when the Pod's hostname is set and its subdomain names this Service, in the same namespace).
import type { Cluster, EndpointSlice, Pod, Service, ServicePort } from '../model/types';
import { testPod as pod, testService as svc } from './objects';
import { seedCluster } from './seed-cluster';

const tcp = (name: string, port: number): ServicePort => ({ name, protocol: 'TCP', port, targetPort: port });

/** The EndpointSlice the controller writes for `service` over `pods`. */
export function controllerSlice(service: Service, pods: Pod[], ports: ServicePort[] = service.ports): EndpointSlice {
  return {
    namespace: service.namespace, name: `${service.name}-x1y2z`, service: service.name, addressType: 'IPv4', managedBy: 'endpointslice-controller.k8s.io',
    endpoints: pods.map((p) => ({
      addresses: [p.ip],
      conditions: { ready: service.publishNotReadyAddresses || (p.ready && !p.terminating), serving: p.ready, terminating: p.terminating },
      ...(p.hostname && p.subdomain === service.name && p.namespace === service.namespace ? { hostname: p.hostname } : {}),
      nodeName: p.node,
      targetRef: { kind: 'Pod' as const, namespace: p.namespace, name: p.name },
    })),
    ports: ports.map((p) => ({ name: p.name, protocol: p.protocol, port: typeof p.targetPort === 'number' ? p.targetPort : p.port })),
  };
}

/**
 * seedCluster() and, in `default`: mysql-read (ClusterIP over the mysql Pods), es (headless, two
 * named ports) and es-client (ClusterIP, same Pods and ports), zk (a StatefulSet whose serviceName is
 * a ClusterIP Service — the seed's Q4), nopods (ClusterIP, no endpoints), empty-headless (one
 * not-ready Pod), published (headless with publishNotReadyAddresses over a ready and a not-ready Pod),
 * ext (ExternalName example.com), ext-internal (ExternalName to web-service), crowd (headless, 40 Pods:
 * more than fits in 512 bytes); in `shop`: the client Pod
 * shop/client and the Service cart.
 */
export function dnsTestCluster(): Cluster {
  const c = seedCluster();
  const mysql = c.pods.filter((p) => p.labels.app === 'mysql');
  const es = [0, 1].map((i) => pod({ namespace: 'default', name: `es-${i}`, ip: `10.244.${i + 1}.30`, hostname: `es-${i}`, subdomain: 'es', labels: { app: 'es' } }));
  const zk = [0, 1].map((i) => pod({ namespace: 'default', name: `zk-${i}`, ip: `10.244.${i + 1}.40`, hostname: `zk-${i}`, subdomain: 'zk', labels: { app: 'zk' } }));
  const emptyPod = pod({ namespace: 'default', name: 'lonely-0', ip: '10.244.3.50', ready: false, labels: { app: 'lonely' } });
  const pub = [pod({ namespace: 'default', name: 'pub-0', ip: '10.244.1.60', hostname: 'pub-0', subdomain: 'published', labels: { app: 'pub' } }),
    pod({ namespace: 'default', name: 'pub-1', ip: '10.244.2.60', hostname: 'pub-1', subdomain: 'published', ready: false, labels: { app: 'pub' } })];
  const crowd = Array.from({ length: 40 }, (_, i) => pod({ namespace: 'default', name: `crowd-${i}`, ip: `10.244.9.${i + 1}`, labels: { app: 'crowd' } }));
  const cartPod = pod({ namespace: 'shop', name: 'cart-7d9f8-abcde', ip: '10.244.3.70', labels: { app: 'cart' } });
  const client = pod({ namespace: 'shop', name: 'client', ip: '10.244.2.20' });

  const mysqlRead = svc({ namespace: 'default', name: 'mysql-read', clusterIP: '10.96.200.10', selector: { app: 'mysql' }, ports: [tcp('mysql', 3306)] });
  const esSvc = svc({ namespace: 'default', name: 'es', clusterIP: 'None', selector: { app: 'es' }, ports: [tcp('http', 9200), tcp('transport', 9300)] });
  const esClient = svc({ namespace: 'default', name: 'es-client', clusterIP: '10.96.50.5', selector: { app: 'es' }, ports: [tcp('http', 9200), tcp('transport', 9300)] });
  const zkSvc = svc({ namespace: 'default', name: 'zk', clusterIP: '10.96.60.6', selector: { app: 'zk' }, ports: [tcp('client', 2181)] });
  const nopods = svc({ namespace: 'default', name: 'nopods', clusterIP: '10.96.7.7', selector: { app: 'none' }, ports: [tcp('http', 80)] });
  const emptyHeadless = svc({ namespace: 'default', name: 'empty-headless', clusterIP: 'None', selector: { app: 'lonely' }, ports: [tcp('http', 80)] });
  const published = svc({ namespace: 'default', name: 'published', clusterIP: 'None', selector: { app: 'pub' }, publishNotReadyAddresses: true, ports: [tcp('peer', 2380)] });
  const notPublished = svc({ namespace: 'default', name: 'unpublished', clusterIP: 'None', selector: { app: 'pub' }, ports: [tcp('peer', 2380)] });
  const ext = svc({ namespace: 'default', name: 'ext', type: 'ExternalName', clusterIP: '', externalName: 'example.com' });
  const extInternal = svc({ namespace: 'default', name: 'ext-internal', type: 'ExternalName', clusterIP: '', externalName: 'web-service.default.svc.cluster.local' });
  const crowdSvc = svc({ namespace: 'default', name: 'crowd', clusterIP: 'None', selector: { app: 'crowd' }, ports: [tcp('http', 80)] });
  const cart = svc({ namespace: 'shop', name: 'cart', clusterIP: '10.96.30.3', selector: { app: 'cart' }, ports: [tcp('http', 8080)] });

  c.namespaces = [...c.namespaces, 'shop'].sort();
  c.pods.push(...es, ...zk, emptyPod, ...pub, ...crowd, cartPod, client);
  c.services.push(mysqlRead, esSvc, esClient, zkSvc, nopods, emptyHeadless, published, notPublished, ext, extInternal, crowdSvc, cart);
  c.endpointSlices.push(
    controllerSlice(mysqlRead, mysql), controllerSlice(esSvc, es), controllerSlice(esClient, es), controllerSlice(zkSvc, zk),
    controllerSlice(nopods, []), controllerSlice(emptyHeadless, [emptyPod]), controllerSlice(published, pub), controllerSlice(notPublished, pub),
    controllerSlice(crowdSvc, crowd), controllerSlice(cart, [cartPod]),
  );
  return c;
}
