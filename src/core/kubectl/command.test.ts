// kubectl on the laptop, per command, in the article's cluster loaded from its manifests: what the learner reads
// (stdout, stderr, exit status) and the actions that make the change — the graph menu's own. Texts are
// kubectl's, from the source named beside each case (kubernetes/kubectl pkg/cmd/…).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyActions } from '../model/actions';
import { loadCluster } from '../model/load';
import { SEED_CLIENT } from '../model/defaults';
import { kubectlOn } from '../testing/kubectl';

const source = readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8');
const cluster = loadCluster(source, { run: [SEED_CLIENT] }).cluster;
const web = cluster.pods.filter((p) => p.owner?.workload?.name === 'nginx').map((p) => p.name);

const kubectl = kubectlOn(cluster);

describe('kubectl get', () => {
  it('lists the namespace\'s Pods in printPod\'s columns, by name', () => {
    const r = kubectl('get pods');
    expect(r.stdout.split('\n')[0]).toBe(`NAME${' '.repeat(web[0]!.length - 1)}READY   STATUS    RESTARTS   AGE`);
    expect(r.stdout).toContain(`\n${web[0]}   1/1     Running   0          0s\n`);
    expect(r.stdout).not.toContain('coredns');
    expect(r.status).toBe(0);
  });

  it('takes short names, -o wide, -o name, -l and -A', () => {
    expect(kubectl('get po -o wide').stdout.split('\n')[0]).toMatch(/AGE {3}IP +NODE {5}NOMINATED NODE {3}READINESS GATES$/);
    expect(kubectl('get pods -l app=nginx -o name').stdout).toBe(web.map((n) => `pod/${n}\n`).join(''));
    expect(kubectl('get pods -l app!=nginx,run -o name').stdout).toBe('pod/test\n');
    const all = kubectl('get pods -A').stdout.split('\n');
    expect(all[0]).toMatch(/^NAMESPACE {5}NAME +READY/);
    expect(all.some((l) => l.startsWith('kube-system   coredns-'))).toBe(true);
  });

  it('prints Deployments and StatefulSets with their containers and images in -o wide', () => {
    expect(kubectl('get deploy,sts -o wide').stdout).toBe([
      'NAME                    READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES         SELECTOR',
      'deployment.apps/nginx   3/3     3            3           0s    nginx        nginx:latest   app=nginx',
      '',
      'NAME                     READY   AGE   CONTAINERS   IMAGES',
      'statefulset.apps/mysql   3/3     0s    mysql        mysql:8.0',
      '',
    ].join('\n'));
  });

  it('prints `all` as pods, services, deployments, replicasets, statefulsets, kind before each name', () => {
    const blocks = kubectl('get all').stdout.trimEnd().split('\n\n').map((b) => b.split('\n')[1]!.split('/')[0]);
    expect(blocks).toEqual(['pod', 'service', 'deployment.apps', 'replicaset.apps', 'statefulset.apps']);
  });

  it('names one object; a missing one is the API server\'s NotFound (exit 1)', () => {
    expect(kubectl('get svc web-service').stdout).toBe([
      'NAME          TYPE        CLUSTER-IP     EXTERNAL-IP   PORT(S)   AGE',
      'web-service   ClusterIP   10.96.100.50   <none>        80/TCP    0s',
      '',
    ].join('\n'));
    expect(kubectl('get pods nope')).toMatchObject({ stdout: '', stderr: 'Error from server (NotFound): pods "nope" not found\n', status: 1 });
    expect(kubectl('get deployment/nope').stderr).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
  });

  it('words the errors as kubectl does', () => {
    expect(kubectl('get foo')).toMatchObject({ stderr: 'error: the server doesn\'t have a resource type "foo"\n', status: 1 });
    expect(kubectl('get pods --bogus').stderr).toBe('error: unknown flag: --bogus\nSee \'kubectl get --help\' for usage.\n');
    expect(kubectl('get pods -x').stderr).toBe('error: unknown shorthand flag: \'x\' in -x\nSee \'kubectl get --help\' for usage.\n');
    expect(kubectl('get pods -o foo').stderr).toMatch(/^error: unable to match a printer suitable for the output format "foo", allowed formats are: custom-columns,/);
    expect(kubectl('get').stderr).toBe('You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples\n');
    expect(kubectl('get pods -n nowhere')).toMatchObject({ stdout: '', stderr: 'No resources found in nowhere namespace.\n', status: 0 });
    expect(kubectl('frobnicate').stderr).toBe('error: unknown command "frobnicate" for "kubectl"\n');
  });
});

describe('kubectl describe', () => {
  it('describes a Service in describeService\'s layout, endpoints from its EndpointSlices', () => {
    expect(kubectl('describe svc mysql-headless').stdout).toBe([
      'Name:                     mysql-headless',
      'Namespace:                default',
      'Labels:                   <none>',
      'Annotations:              <none>',
      'Selector:                 app=mysql',
      'Type:                     ClusterIP',
      'IP Family Policy:         SingleStack',
      'IP Families:              IPv4',
      'IP:                       None',
      'IPs:                      None',
      'Port:                     mysql  3306/TCP',
      'TargetPort:               3306/TCP',
      'Endpoints:                10.244.1.5:3306,10.244.2.8:3306,10.244.3.12:3306',
      'Session Affinity:         None',
      'Internal Traffic Policy:  Cluster',
      'Events:                   <none>',
      '',
    ].join('\n'));
  });

  it('describes a Pod, and says what it leaves out', () => {
    const r = kubectl('describe pod mysql-0');
    expect(r.stdout).toContain('\nControlled By:  StatefulSet/mysql\nContainers:\n  mysql:\n    Image:          mysql:8.0\n    Port:           3306/TCP\n');
    expect(r.stdout).toContain('Conditions:\n  Type                        Status\n  PodReadyToStartContainers   True \n');
    expect(r.stdout).toContain('\nTolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s\n                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s\nEvents:                      <none>\n');
    expect(r.notes).toEqual(['kubectl-describe-omits']);
  });

  it('describes every object whose name starts so when none has the name, without events (DescribeMatchingResources)', () => {
    const r = kubectl('describe pod mysql');
    expect(r.stdout.match(/^Name: /gm)).toHaveLength(3);
    expect(r.stdout).not.toContain('Events:');
    expect(kubectl('describe pod zzz').stderr).toBe('Error from server (NotFound): pods "zzz" not found\n');
  });
});

describe('kubectl changes the cluster with the graph menu\'s actions', () => {
  it('delete pod: Terminating (terminatePod), worded as 1.34+ kubectl does', () => {
    expect(kubectl(`delete pod ${web[0]}`)).toMatchObject({
      stdout: `pod "${web[0]}" deleted from default namespace\n`, status: 0, actions: [{ type: 'terminatePod', namespace: 'default', name: web[0] }],
    });
    expect(kubectl('delete pod nope')).toMatchObject({ stderr: 'Error from server (NotFound): pods "nope" not found\n', status: 1, actions: [] });
    expect(kubectl('delete pod -l app=nginx').actions).toHaveLength(3);
  });

  it('scale: the scale action the menu makes (the state edits `replicas:`)', () => {
    expect(kubectl('scale deploy nginx --replicas=5')).toMatchObject({
      stdout: 'deployment.apps/nginx scaled\n', actions: [{ type: 'scale', namespace: 'default', kind: 'Deployment', name: 'nginx', replicas: 5 }],
    });
    expect(kubectl('scale statefulset/mysql --replicas 1').stdout).toBe('statefulset.apps/mysql scaled\n');
    expect(kubectl('scale deploy nginx').stderr).toBe('error: required flag(s) "replicas" not set\n');
    expect(kubectl('scale deploy nginx --replicas=-1').stderr).toBe('error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n');
    expect(kubectl('scale deploy web --replicas=2').stderr).toBe('Error from server (NotFound): deployments.apps "web" not found\n');
  });

  it('label: labelPod / unlabelPod, with label.go\'s --overwrite rule and messages', () => {
    expect(kubectl('label pod test tier=client')).toMatchObject({ stdout: 'pod/test labeled\n', actions: [{ type: 'labelPod', namespace: 'default', name: 'test', key: 'tier', value: 'client' }] });
    expect(kubectl('label pod test run=other')).toMatchObject({ stderr: 'error: \'run\' already has a value (test), and --overwrite is false\n', status: 1, actions: [] });
    expect(kubectl('label pod test run=other --overwrite').actions).toEqual([{ type: 'labelPod', namespace: 'default', name: 'test', key: 'run', value: 'other' }]);
    expect(kubectl('label pod test run=test')).toMatchObject({ stdout: 'pod/test not labeled\n', actions: [] });
    expect(kubectl('label pod test run-')).toMatchObject({ stdout: 'pod/test unlabeled\n', actions: [{ type: 'unlabelPod', namespace: 'default', name: 'test', key: 'run' }] });
    expect(kubectl('label pod test nope-').stdout).toBe('label "nope" not found.\npod/test not labeled\n');
    expect(kubectl('label pod test a=b run-').stdout).toBe('pod/test modified\n');
    expect(kubectl('label pod test a=b a-').stderr).toBe('error: can not both modify and remove a label in the same command\n');
    expect(kubectl('label pod test a=b=c').stderr).toBe('error: invalid label spec: a=b=c\n');
  });

  it('run: the runPod action; -it into a shell is the attach the shell opens', () => {
    expect(kubectl('run test2 --image=busybox')).toMatchObject({ stdout: 'pod/test2 created\n', actions: [{ type: 'runPod', namespace: 'default', name: 'test2', image: 'busybox' }] });
    const it = kubectl('run test2 --rm -it --image=busybox -- sh');
    expect(it.stderr).toBe('All commands and output from this session will be recorded in container logs, including credentials and sensitive information passed through the command prompt.\nIf you don\'t see a command prompt, try pressing enter.\n');
    expect(it.exec).toEqual({ kind: 'attach', pod: 'default/test2', rm: true });
    expect(kubectl('run test --image=busybox').stderr).toBe('Error from server (AlreadyExists): pods "test" already exists\n');
    expect(kubectl('run x').stderr).toBe('error: --image is required\n');
    expect(kubectl('run x --image=busybox --rm').stderr).toBe('error: --rm should only be used for attached containers\n');
    expect(kubectl('run x --image=busybox -t').stderr).toBe('error: -i/--stdin is required for containers with -t/--tty=true\n');
  });

  it('exec: a command to run in the Pod, or its shell to open', () => {
    expect(kubectl('exec test -- nslookup web-service').exec).toEqual({ kind: 'exec', pod: 'default/test', command: ['nslookup', 'web-service'] });
    expect(kubectl('exec -it test -- sh').exec).toEqual({ kind: 'attach', pod: 'default/test', rm: false });
    expect(kubectl('exec test nslookup').stderr).toBe('error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee \'kubectl exec -h\' for help and examples\n');
    expect(kubectl('exec nope -- sh').stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
    expect(kubectl('exec test').stderr).toBe('error: you must specify at least one command for the container\n');
  });

  it('rollout restart: every Pod of the workload replaced, as the menu\'s delete does each', () => {
    const r = kubectl('rollout restart deploy nginx');
    expect(r.stdout).toBe('deployment.apps/nginx restarted\n');
    expect(r.actions).toEqual(web.map((name) => ({ type: 'terminatePod', namespace: 'default', name })));
    const sts = kubectl('rollout restart sts/mysql');
    expect(sts.actions.map((a) => 'name' in a && a.name)).toEqual(['mysql-2', 'mysql-1', 'mysql-0']);
    const after = applyActions(cluster, r.actions).cluster;
    expect(after.pods.filter((p) => p.owner?.workload?.name === 'nginx' && !p.terminating)).toHaveLength(3);
    expect(kubectl('rollout status deploy nginx').stdout).toBe('deployment "nginx" successfully rolled out\n');
  });

  it('says so for what the playground does not play', () => {
    expect(kubectl('apply -f x.yaml')).toMatchObject({ notes: ['kubectl-not-modelled'], status: 1 });
    expect(kubectl('get pods -o jsonpath={.items}').notes).toEqual(['kubectl-not-modelled']);
  });
});
