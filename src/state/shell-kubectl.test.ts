// kubectl typed in the laptop's shell changes the cluster as the graph menu does — the same actions, the same
// text edit for a scale, one undo step each — and `kubectl run -it` puts the terminal in the new Pod's shell
// until it exits, when kubectl's last words and `--rm`'s deletion follow in the laptop's shell.
import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { linkWriter } from './link-writer';
import { createTestCore } from './testing/test-core';

async function laptopStore() {
  const test = createTestCore();
  const store = createAppStore({ links: linkWriter, core: test.core, debounceMs: 0 });
  await store.getState().rebuild();
  store.getState().setShellPlace({ kind: 'laptop' });
  return store;
}

const webPod = (store: Awaited<ReturnType<typeof laptopStore>>) =>
  store.getState().cluster!.pods.find((p) => p.owner?.workload?.name === 'nginx' && !p.terminating)!.name;

describe('kubectl in the laptop\'s shell', () => {
  it('deletes a Pod with the menu\'s action: Terminating on the graph, one undo step', async () => {
    const store = await laptopStore();
    const pod = webPod(store);
    await store.getState().runShellLine(`kubectl delete pod ${pod}`);
    const s = store.getState();
    expect(s.shellEntries.at(-1)!.output).toBe(`pod "${pod}" deleted from default namespace\n`);
    expect(s.actions).toEqual([{ type: 'terminatePod', namespace: 'default', name: pod }]);
    expect(s.cluster!.pods.find((p) => p.name === pod)!.terminating).toBe(true);
    s.undo();
    expect(store.getState().actions).toEqual([]);
  });

  it('scales by editing `replicas:` in the text, as the menu\'s scale does, and the next line sees it', async () => {
    const store = await laptopStore();
    await store.getState().runShellLine('kubectl scale deploy nginx --replicas=5');
    await store.getState().runShellLine('kubectl get deploy nginx');
    const s = store.getState();
    expect(s.source).toMatch(/replicas: 5/);
    expect(s.actions).toEqual([]);
    expect(s.shellEntries.at(-1)!.output).toMatch(/^NAME +READY +UP-TO-DATE +AVAILABLE +AGE\nnginx +5\/5 /);
  });

  it('labels a Pod with labelPod, and a bad line changes nothing', async () => {
    const store = await laptopStore();
    await store.getState().runShellLine('kubectl label pod test tier=client');
    await store.getState().runShellLine('kubectl label pod test run=other');
    expect(store.getState().actions).toEqual([{ type: 'labelPod', namespace: 'default', name: 'test', key: 'tier', value: 'client' }]);
  });

  it('run --rm -it opens the new Pod\'s shell; exit comes back with kubectl\'s last words and deletes the Pod', async () => {
    const store = await laptopStore();
    await store.getState().runShellLine('kubectl run test2 --rm -it --image=busybox -- sh');
    expect(store.getState().shellPlace).toEqual({ kind: 'pod', pod: 'default/test2' });
    expect(store.getState().actions).toEqual([{ type: 'runPod', namespace: 'default', name: 'test2', image: 'busybox' }]);
    await store.getState().runShellLine('hostname');
    expect(store.getState().shellEntries.at(-1)!.output).toBe('test2\n');
    await store.getState().runShellLine('exit');
    const s = store.getState();
    expect(s.shellPlace).toEqual({ kind: 'laptop' });
    expect(s.shellEntries.at(-1)!.output).toMatch(/try pressing enter\.\nSession ended, resume using 'kubectl attach test2 -c test2 -n default -i -t' command\npod "test2" deleted from default namespace\n$/);
    expect(s.actions.at(-1)).toEqual({ type: 'terminatePod', namespace: 'default', name: 'test2' });
  });

  it('a link\'s replayed kubectl lines do not apply their changes again', async () => {
    const store = await laptopStore();
    await store.getState().replayShell([], [{ place: 'laptop', line: 'kubectl delete pod test', after: 0 }]);
    expect(store.getState().actions).toEqual([]);
  });
});
