// `kubectl get -o yaml|json`: each kind as the API server returns it, its defaults filled in (the source named
// beside each case), one object or a `kind: List` as get.go printGeneric decides, in the article's cluster loaded
// from its manifests.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCluster } from '../model/load';
import { SEED_CLIENT } from '../model/defaults';
import { runKubectl } from './command';
import { kubectlOn } from '../testing/kubectl';

const source = readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8');
const cluster = loadCluster(source, { run: [SEED_CLIENT] }).cluster;
const web = cluster.pods.filter((p) => p.owner?.workload?.name === 'nginx').map((p) => p.name);

const kubectl = kubectlOn(cluster);
type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the printed object, read back
const yamlOf = (line: string): Obj => parse(kubectl(line).stdout) as Obj;

describe('kubectl get -o yaml / -o json: one object or a List', () => {
  it('prints a named object by itself, and the same object in both formats', () => {
    const y = kubectl(`get pod ${web[0]} -o yaml`);
    const j = kubectl(`get pod/${web[0]} -o json`);
    expect(y.stdout.startsWith('apiVersion: v1\nkind: Pod\nmetadata:\n  creationTimestamp: "')).toBe(true);
    expect(j.stdout.startsWith('{\n    "apiVersion": "v1",\n    "kind": "Pod",\n    "metadata": {\n')).toBe(true);
    expect(parse(y.stdout)).toEqual(JSON.parse(j.stdout));
    expect(y.notes).toEqual(['kubectl-object-made-up']);
  });

  it('wraps a type, a selector or several types in a List with resourceVersion ""', () => {
    const list = yamlOf('get pods -l app=nginx -o yaml');
    expect(Object.keys(list)).toEqual(['apiVersion', 'items', 'kind', 'metadata']);
    expect(list).toMatchObject({ apiVersion: 'v1', kind: 'List', metadata: { resourceVersion: '' } });
    expect(list.items.map((p: Obj) => p.metadata.name)).toEqual(web);
    expect(yamlOf('get svc,deploy,sts -o yaml').items.map((o: Obj) => `${o.kind}/${o.metadata.name}`))
      .toEqual(['Service/kubernetes', 'Service/mysql-headless', 'Service/web-service', 'Deployment/nginx', 'StatefulSet/mysql']);
  });

  it('prints an empty List when nothing matches, without "No resources found"', () => {
    const r = kubectl('get pods -n nope -o json');
    expect(r).toMatchObject({ stdout: '{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n', stderr: '', status: 0 });
  });

  it('prints the NotFound error alone for a missing name, and after the List for a missing one of several', () => {
    expect(kubectl('get pod nope -o yaml')).toMatchObject({ stdout: '', stderr: 'Error from server (NotFound): pods "nope" not found\n', status: 1 });
    const r = kubectl(`get pod ${web[0]} nope -o yaml`);
    expect((parse(r.stdout) as Obj).items).toHaveLength(1);
    expect(r).toMatchObject({ stderr: 'Error from server (NotFound): pods "nope" not found\n', status: 1 });
  });

  it('is the same text every time, and an unrelated object changes nothing in it', () => {
    const more = loadCluster(`${source}\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: other\nspec:\n  selector:\n    app: other\n  ports:\n  - port: 81\n`, { run: [SEED_CLIENT] }).cluster;
    const line = ['get', 'pod', web[0]!, '-o', 'yaml'];
    const text = runKubectl(cluster, line).chunks[0]!.text;
    expect(runKubectl(cluster, line).chunks[0]!.text).toBe(text);
    expect(runKubectl(more, line).chunks[0]!.text).toBe(text);
  });
});

describe('the API server\'s defaults, per kind', () => {
  it('Pod: defaults.go SetDefaults_PodSpec/Container, ServiceAccount and DefaultTolerationSeconds admission', () => {
    const pod = yamlOf(`get pod ${web[0]} -o yaml`);
    expect(pod.metadata).toMatchObject({ generateName: `${web[0]!.split('-').slice(0, 2).join('-')}-`, labels: { app: 'nginx' }, namespace: 'default' });
    expect(pod.metadata.ownerReferences).toEqual([{ apiVersion: 'apps/v1', blockOwnerDeletion: true, controller: true, kind: 'ReplicaSet', name: web[0]!.split('-').slice(0, 2).join('-'), uid: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/) }]);
    expect(pod.metadata.resourceVersion).toMatch(/^\d+$/);
    expect(pod.metadata).not.toHaveProperty('managedFields');
    expect(pod.spec).toMatchObject({
      dnsPolicy: 'ClusterFirst', enableServiceLinks: true, preemptionPolicy: 'PreemptLowerPriority', priority: 0, restartPolicy: 'Always',
      schedulerName: 'default-scheduler', securityContext: {}, serviceAccount: 'default', serviceAccountName: 'default', terminationGracePeriodSeconds: 30,
      tolerations: [
        { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
        { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 },
      ],
    });
    const c = pod.spec.containers[0];
    expect(c).toMatchObject({ image: 'nginx:latest', imagePullPolicy: 'Always', name: 'nginx', resources: {}, terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File' });
    expect(c.volumeMounts).toEqual([{ mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name: pod.spec.volumes[0].name, readOnly: true }]);
    expect(pod.spec.volumes[0].name).toMatch(/^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(pod.spec.volumes[0].projected.sources.map((s: Obj) => Object.keys(s)[0])).toEqual(['serviceAccountToken', 'configMap', 'downwardAPI']);
    expect(pod.status).toMatchObject({ phase: 'Running', podIP: pod.status.podIPs[0].ip, qosClass: 'BestEffort', hostIP: pod.status.hostIPs[0].ip });
    expect(pod.status.conditions.map((x: Obj) => `${x.type}=${x.status}`)).toEqual(['PodReadyToStartContainers=True', 'Initialized=True', 'Ready=True', 'ContainersReady=True', 'PodScheduled=True']);
    expect(pod.status.containerStatuses[0]).toMatchObject({ image: 'docker.io/library/nginx:latest', name: 'nginx', ready: true, restartCount: 0, started: true });
  });

  it.each([
    ['mysql-0', 'mysql:8.0', 'IfNotPresent'],
    ['test', 'busybox', 'Always'],
  ])('Pod %s: image %s is pulled %s', (name, image, policy) => {
    expect(yamlOf(`get pod ${name} -o yaml`).spec.containers[0]).toMatchObject({ image, imagePullPolicy: policy });
  });

  it('Pod: a StatefulSet\'s keeps its hostname and subdomain; kubectl run -it\'s has stdin, a tty and OnFailure (run.go)', () => {
    expect(yamlOf('get pod mysql-0 -o yaml').spec).toMatchObject({ hostname: 'mysql-0', subdomain: 'mysql-headless' });
    const test = yamlOf('get pod test -o yaml');
    expect(test.metadata.labels).toEqual({ run: 'test' });
    expect(test.metadata).not.toHaveProperty('ownerReferences');
    expect(test.spec.containers[0]).toMatchObject({ name: 'test', stdin: true, stdinOnce: true, tty: true });
    expect(test.spec.restartPolicy).toBe('OnFailure');
  });

  it('Service: the IP allocator\'s clusterIPs and families, SetDefaults_Service\'s policies', () => {
    expect(yamlOf('get svc web-service -o yaml').spec).toEqual({
      clusterIP: '10.96.100.50', clusterIPs: ['10.96.100.50'], internalTrafficPolicy: 'Cluster', ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack',
      ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }], selector: { app: 'nginx' }, sessionAffinity: 'None', type: 'ClusterIP',
    });
    expect(yamlOf('get svc mysql-headless -o yaml').spec).toMatchObject({ clusterIP: 'None', clusterIPs: ['None'], ipFamilyPolicy: 'SingleStack' });
    expect(kubectl('get svc mysql-headless -o yaml').stdout).toContain('\n  clusterIP: None\n');
    expect(yamlOf('get svc web-service -o yaml').status).toEqual({ loadBalancer: {} });
  });

  it('EndpointSlice: the controller\'s labels, owner and generateName; targetRef uids are the Pods\'', () => {
    const list = yamlOf('get endpointslices -l kubernetes.io/service-name=mysql-headless -o yaml');
    const slice = list.items[0];
    expect(slice).toMatchObject({ addressType: 'IPv4', apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', ports: [{ name: 'mysql', port: 3306, protocol: 'TCP' }] });
    expect(slice.metadata).toMatchObject({
      generateName: 'mysql-headless-', generation: 1,
      labels: { 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io', 'kubernetes.io/service-name': 'mysql-headless', 'service.kubernetes.io/headless': '' },
    });
    expect(slice.metadata.ownerReferences[0]).toMatchObject({ apiVersion: 'v1', kind: 'Service', name: 'mysql-headless', uid: yamlOf('get svc mysql-headless -o yaml').metadata.uid });
    const ep = slice.endpoints[0];
    expect(ep).toMatchObject({ conditions: { ready: true, serving: true, terminating: false }, hostname: 'mysql-0', targetRef: { kind: 'Pod', name: 'mysql-0', namespace: 'default' } });
    expect(ep.targetRef.uid).toBe(yamlOf('get pod mysql-0 -o yaml').metadata.uid);
  });

  it('Deployment: apps/v1 SetDefaults_Deployment (strategy 25%, revisionHistoryLimit 10, progressDeadlineSeconds 600) and its status', () => {
    const d = yamlOf('get deploy nginx -o yaml');
    expect(d.metadata).toMatchObject({ annotations: { 'deployment.kubernetes.io/revision': '1' }, generation: 1 });
    expect(d.spec).toMatchObject({ progressDeadlineSeconds: 600, replicas: 3, revisionHistoryLimit: 10, selector: { matchLabels: { app: 'nginx' } }, strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' }, type: 'RollingUpdate' } });
    expect(d.spec.template.metadata).toEqual({ creationTimestamp: null, labels: { app: 'nginx' } });
    expect(d.spec.template.spec).toMatchObject({ dnsPolicy: 'ClusterFirst', restartPolicy: 'Always', schedulerName: 'default-scheduler', securityContext: {}, terminationGracePeriodSeconds: 30 });
    expect(d.spec.template.spec).not.toHaveProperty('volumes');
    expect(d.status).toMatchObject({ availableReplicas: 3, observedGeneration: 1, readyReplicas: 3, replicas: 3, updatedReplicas: 3 });
    expect(d.status.conditions.map((c: Obj) => `${c.type}=${c.status}:${c.reason}`)).toEqual(['Available=True:MinimumReplicasAvailable', 'Progressing=True:NewReplicaSetAvailable']);
    expect(kubectl('get deploy nginx -o yaml').stdout).toContain('\n      maxSurge: 25%\n');
  });

  it('StatefulSet: SetDefaults_StatefulSet (OrderedReady, RollingUpdate partition 0, Retain/Retain) and its status', () => {
    const s = yamlOf('get sts mysql -o yaml');
    expect(s.spec).toMatchObject({
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' }, podManagementPolicy: 'OrderedReady', replicas: 3,
      revisionHistoryLimit: 10, serviceName: 'mysql-headless', updateStrategy: { rollingUpdate: { partition: 0 }, type: 'RollingUpdate' },
    });
    expect(s.status).toMatchObject({ availableReplicas: 3, collisionCount: 0, currentReplicas: 3, observedGeneration: 1, readyReplicas: 3, replicas: 3, updatedReplicas: 3 });
    expect(s.status.currentRevision).toBe(s.status.updateRevision);
    expect(s.status.currentRevision).toMatch(/^mysql-[bcdfghjklmnpqrstvwxz2456789]{10}$/);
  });

  it('what it prints opens in the playground as the same Services and workloads', () => {
    const again = loadCluster(kubectl('get svc,deploy,sts -o yaml').stdout).cluster;
    const shape = (c: typeof cluster) => ({
      services: c.services.filter((s) => !s.system).map((s) => [s.name, s.clusterIP, s.type, s.ports]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      workloads: c.workloads.map((w) => [w.kind, w.name, w.replicas, w.selector]),
    });
    expect(shape(again)).toEqual(shape(cluster));
  });
});
