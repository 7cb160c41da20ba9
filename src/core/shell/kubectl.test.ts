// kubectl in the laptop's shell: what only the shell adds to core/kubectl — exec through the Pod's own shell,
// the line seeing its own changes, the effects handed to the state, and the attached shell's end.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyActions } from '../model/actions';
import { SEED_CLIENT } from '../model/defaults';
import { loadCluster } from '../model/load';
import { kubectlAttachEnded } from './kubectl-attach';
import { runCommand } from './run';
import { newShellSession } from './session';

const source = readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8');
const cluster = loadCluster(source, { run: [SEED_CLIENT] }).cluster;
const laptop = newShellSession(cluster, { laptop: true });
const web = cluster.pods.filter((p) => p.owner?.workload?.name === 'nginx').map((p) => p.name);

describe('kubectl on the laptop', () => {
  it('is the laptop\'s program, and not a Pod\'s', () => {
    expect(runCommand(cluster, laptop, 'kubectl get svc -o name').output).toBe('service/kubernetes\nservice/mysql-headless\nservice/web-service\n');
    expect(runCommand(cluster, newShellSession(cluster, { pod: 'default/test' }), 'kubectl get pods')).toMatchObject({ output: 'sh: kubectl: not found\n', exitCode: 127 });
    expect(runCommand(cluster, laptop, 'nslookup web-service')).toMatchObject({ output: 'bash: nslookup: command not found\n', exitCode: 127 });
  });

  it('hands its change to the state, and the rest of the line already sees it', () => {
    const r = runCommand(cluster, laptop, `kubectl delete pod ${web[0]} && kubectl get pods ${web[0]}`);
    expect(r.effects).toEqual([{ kind: 'actions', actions: [{ type: 'terminatePod', namespace: 'default', name: web[0] }] }]);
    expect(r.output).toMatch(new RegExp(`^pod "${web[0]}" deleted from default namespace\nNAME +READY   STATUS        RESTARTS   AGE\n${web[0]}   1/1     Terminating   0          0s\n$`));
  });

  it('exec runs the command in the Pod, as its shell would, with the requests it sends', () => {
    const inPod = runCommand(cluster, newShellSession(cluster, { pod: 'default/test' }), 'wget -q -O- http://web-service/');
    const r = runCommand(cluster, laptop, 'kubectl exec test -- wget -q -O- http://web-service/');
    expect(r.output).toBe(inPod.output);
    expect(r.traces).toHaveLength(1);
    expect(r.traces[0]!.outcome).toBe('delivered');
  });

  it('exec passes on a failing command\'s status, as kubectl does', () => {
    const r = runCommand(cluster, laptop, 'kubectl exec test -- nslookup nosuch');
    expect(r.output.endsWith('command terminated with exit code 1\n')).toBe(true);
    expect(r.exitCode).toBe(1);
    expect(runCommand(cluster, laptop, 'kubectl exec test -- sh -c "hostname"').output).toBe('test\n');
  });

  it('run -it into a shell opens it; --rm deletes the Pod when it ends', () => {
    const r = runCommand(cluster, laptop, 'kubectl run test2 --rm -it --image=busybox -- sh');
    expect(r.effects).toEqual([
      { kind: 'actions', actions: [{ type: 'runPod', namespace: 'default', name: 'test2', image: 'busybox' }] },
      { kind: 'open-shell', pod: 'default/test2', rm: true },
    ]);
    const withPod = applyActions(cluster, [{ type: 'runPod', namespace: 'default', name: 'test2', image: 'busybox' }]).cluster;
    expect(runCommand(withPod, newShellSession(withPod, { pod: 'default/test2' }), 'hostname').output).toBe('test2\n');
    expect(kubectlAttachEnded(withPod, { pod: 'default/test2', rm: true })).toEqual({
      output: 'Session ended, resume using \'kubectl attach test2 -c test2 -n default -i -t\' command\npod "test2" deleted from default namespace\n',
      actions: [{ type: 'terminatePod', namespace: 'default', name: 'test2' }],
    });
  });

  it('run --rm -i with a command runs it, then deletes the Pod', () => {
    const r = runCommand(cluster, laptop, 'kubectl run once --rm -i --image=busybox -- hostname');
    expect(r.output).toMatch(/try pressing enter\.\nonce\npod "once" deleted from default namespace\n$/);
    expect(r.effects.flatMap((e) => (e.kind === 'actions' ? e.actions.map((a) => a.type) : []))).toEqual(['runPod', 'terminatePod']);
  });

  it('never throws on any line, and changes only through effects', () => {
    const words = fc.constantFrom('kubectl', 'get', 'describe', 'delete', 'scale', 'label', 'run', 'exec', 'rollout', 'restart', 'pods', 'pod', 'svc',
      'deploy', 'sts', 'all', 'nginx', 'mysql', 'test', web[0]!, '-o', 'wide', 'yaml', 'name', '-n', 'default', '-A', '-l', 'app=nginx', '--replicas=2',
      '--replicas', '-it', '--rm', '--image=busybox', '--', 'sh', 'a=b', 'run-', '--overwrite', '-x', '--', '=', ',', '"', "'", ';', '|', 'x/y');
    fc.assert(fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 8 })), { maxLength: 10 }), (ws) => {
      const r = runCommand(cluster, laptop, `kubectl ${ws.join(' ')}`);
      expect(typeof r.output).toBe('string');
      expect(Number.isInteger(r.exitCode)).toBe(true);
    }), { numRuns: 400 });
  });
});
