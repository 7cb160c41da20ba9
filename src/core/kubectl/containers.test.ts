// What kubectl shows of a Pod's containers, from the Pod spec: a Pod with a sidecar has two containers, each under
// its own name and image, in describe, in `get pods`' READY count and in a workload's CONTAINERS and IMAGES columns
// (printers.go layoutContainerCells joins them with commas). crictl on the node lists the same names.
import { describe, expect, it } from 'vitest';
import { SEED_CLIENT } from '../model/defaults';
import { loadCluster } from '../model/load';
import { kubectlOn } from '../testing/kubectl';

const SIDECAR = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: app
        image: nginx:1.27
        ports:
        - containerPort: 80
      - name: log-shipper
        image: fluent/fluent-bit:3.1
        ports:
        - containerPort: 2020
          name: metrics
`;
const cluster = loadCluster(SIDECAR, { run: [SEED_CLIENT] }).cluster;
const kubectl = (line: string) => kubectlOn(cluster)(line).stdout;
const pod = cluster.pods.find((p) => p.name.startsWith('web-'))!.name;

describe('a Pod\'s containers, as kubectl shows them', () => {
  it('the model keeps every container of the spec, by name and image', () => {
    expect(cluster.pods.find((p) => p.name === pod)!.containers).toEqual([{ name: 'app', image: 'nginx:1.27' }, { name: 'log-shipper', image: 'fluent/fluent-bit:3.1' }]);
    expect(cluster.pods.find((p) => p.name === 'test')!.containers).toEqual([{ name: 'test', image: 'busybox' }]);
  });

  it('describe pod has a block per container, each with its own image and ports', () => {
    const text = kubectl(`describe pod ${pod}`);
    const blocks = text.slice(text.indexOf('Containers:\n'), text.indexOf('Conditions:\n'));
    expect(blocks).toMatch(/^Containers:\n {2}app:\n {4}Image: +nginx:1\.27\n {4}Port: +80\/TCP\n/);
    expect(blocks).toMatch(/\n {2}log-shipper:\n {4}Image: +fluent\/fluent-bit:3\.1\n {4}Port: +2020\/TCP \(metrics\)\n {4}Host Port: +0\/TCP \(metrics\)\n/);
  });

  it('get pods counts the containers in READY', () => {
    expect(kubectl(`get pods ${pod}`).split('\n')[1]).toMatch(new RegExp(`^${pod} +2/2 +Running `));
  });

  it('get deploy and rs -o wide list the template\'s containers and images, joined by commas', () => {
    expect(kubectl('get deploy web -o wide').split('\n')[1]).toMatch(/ app,log-shipper +nginx:1\.27,fluent\/fluent-bit:3\.1 +app=web$/);
    expect(kubectl('get rs -o wide').split('\n').find((l) => l.startsWith('web-'))).toMatch(/ app,log-shipper +nginx:1\.27,fluent\/fluent-bit:3\.1 +app=web,pod-template-hash=/);
  });

  it('get -o json lists each container in spec and status, with its own ports, and the Deployment\'s template too', () => {
    const podJson = JSON.parse(kubectl(`get pod ${pod} -o json`));
    expect(podJson.spec.containers.map((c: { name: string; image: string; ports: unknown }) => [c.name, c.image, c.ports])).toEqual([
      ['app', 'nginx:1.27', [{ containerPort: 80, protocol: 'TCP' }]],
      ['log-shipper', 'fluent/fluent-bit:3.1', [{ containerPort: 2020, name: 'metrics', protocol: 'TCP' }]],
    ]);
    expect(podJson.status.containerStatuses.map((c: { name: string; image: string }) => [c.name, c.image])).toEqual([
      ['app', 'docker.io/library/nginx:1.27'], ['log-shipper', 'docker.io/fluent/fluent-bit:3.1'],
    ]);
    const deploy = JSON.parse(kubectl('get deploy web -o json'));
    expect(deploy.spec.template.spec.containers.map((c: { name: string }) => c.name)).toEqual(['app', 'log-shipper']);
  });
});
