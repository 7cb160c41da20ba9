// The shell in the store: lines run in the order typed, each request is animated, another client is a new shell,
// and a link's lines replay to the same screen and session.
import { describe, expect, it } from 'vitest';
import { SHELL_INTERRUPT } from '../core';
import { createAppStore } from './store';
import { linkWriter } from './link-writer';
import { createTestCore } from './testing/test-core';
import { decodeShareFragment, encodeShareState, type ShareState } from './url-codec';

async function builtStore() {
  const test = createTestCore();
  const store = createAppStore({ links: linkWriter, core: test.core, debounceMs: 0 });
  await store.getState().rebuild();
  return { store, test };
}

/** A new page's store after it opened `shared` from its link, encoded and decoded as a link is. */
async function openedFromLink(shared: ShareState) {
  const link = encodeShareState(shared);
  if (!link.ok) throw new Error(JSON.stringify(link.error));
  const opened = decodeShareFragment(link.value);
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  const { store } = await builtStore();
  await store.getState().openShareState(opened.value);
  return store;
}

describe('the shell slice', () => {
  it('runs lines typed at once in order, each in the session the one before left', async () => {
    const { store } = await builtStore();
    const s = store.getState();
    await Promise.all([s.runShellLine('sleep 5'), s.runShellLine('false'), s.runShellLine('echo $?')]);
    const now = store.getState();
    expect(now.shellEntries.map((e) => [e.line, e.output, e.exitCode])).toEqual([['sleep 5', '', 0], ['false', '', 1], ['echo $?', '1\n', 0]]);
    expect(now.shellSession?.client.now).toBe(5);
    expect(now.shellLines).toEqual(['sleep 5', 'false', 'echo $?']);
  });

  it('animates the request a line sent, as a Send does', async () => {
    const { store } = await builtStore();
    await store.getState().runShellLine('wget -O- http://mysql-0.mysql-headless:3306');
    const s = store.getState();
    expect(s.trace).toMatchObject({ outcome: 'delivered', pod: 'default/mysql-0' });
    expect(s.playing).toBe(true);
    expect(s.shellEntries[0]!.notes).toEqual([{ code: 'not-http-but-answered', command: 'wget' }]);
  });

  it('another client Pod is a new shell', async () => {
    const { store } = await builtStore();
    await store.getState().runShellLine('sleep 1');
    store.getState().setClient('default/mysql-0');
    expect(store.getState()).toMatchObject({ shellEntries: [], shellLines: [], shellSession: null });
  });

  it('keeps the last 50 lines for a link', async () => {
    const { store } = await builtStore();
    for (let i = 0; i < 52; i++) void store.getState().runShellLine(`echo ${i}`);
    await store.getState().runShellLine('echo last');
    expect(store.getState().shellLines).toHaveLength(50);
    expect(store.getState().shellLines[0]).toBe('echo 3');
  });

  it('a link replays its lines to the same transcript and session, without animating them', async () => {
    const { store: author } = await builtStore();
    for (const line of ['nslookup mysql-headless', 'sleep 3', 'wget -q -O- http://web-service/ | head -n 4', 'echo $?']) await author.getState().runShellLine(line);
    author.getState().setShellOpen(false);
    const shared = author.getState().shareState();
    const reader = await openedFromLink(shared);
    const r = reader.getState();
    const a = author.getState();
    expect(r.shellEntries).toEqual(a.shellEntries);
    expect(r.shellSession).toEqual(a.shellSession);
    expect(r.shellOpen).toBe(false);
    // A replay animates nothing: the trace on screen is the link's sends' (none here).
    expect(r.trace).toBeNull();
    expect(r.shareState()).toMatchObject({ shell: shared.shell, view: { shell: false } });
  });

  it('a node shell sees the connections the client Pod\'s shell made through that node, and each place keeps its shell', async () => {
    const { store } = await builtStore();
    await store.getState().runShellLine('wget -q -O /dev/null http://web-service/');
    const node = store.getState().shellSession!.tracked![0]!.node;
    store.getState().setShellPlace({ kind: 'node', node });
    expect(store.getState()).toMatchObject({ shellEntries: [], shellPlace: { kind: 'node', node } });
    await store.getState().runShellLine('conntrack -L | wc -l');
    // wget's lookup (UDP, to the kube-dns VIP) and its connection.
    expect(store.getState().shellEntries[0]!.output).toBe('conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.\n2\n');
    store.getState().setShellPlace(null);
    expect(store.getState().shellEntries.map((e) => e.line)).toEqual(['wget -q -O /dev/null http://web-service/']);
    expect(store.getState().shellPlace).toBeNull();
  });

  it('a link replays every place\'s lines in the order typed and puts the same place on screen', async () => {
    const { store: author } = await builtStore();
    const a = author.getState();
    await a.runShellLine('wget -q -O /dev/null http://web-service/');
    const node = author.getState().shellSession!.tracked![0]!.node;
    a.setShellPlace({ kind: 'node', node });
    await author.getState().runShellLine('conntrack -L');
    author.getState().setShellPlace(null);
    await author.getState().runShellLine('sleep 100');
    author.getState().setShellPlace({ kind: 'node', node });
    await author.getState().runShellLine('conntrack -L');
    const shared = author.getState().shareState();
    expect(shared.shellElsewhere).toEqual([
      { place: `node:${node}`, line: 'conntrack -L', after: 1 },
      { place: `node:${node}`, line: 'conntrack -L', after: 2 },
    ]);
    expect(shared.view?.shellPlace).toBe(`node:${node}`);
    const reader = await openedFromLink(shared);
    const r = reader.getState();
    expect(r.shellPlace).toEqual({ kind: 'node', node });
    expect(r.shellEntries).toEqual(author.getState().shellEntries);
    // The second listing ran after the client's `sleep 100`: the entry had 19 seconds left.
    expect(r.shellEntries[1]!.output).toContain(' 6 19 TIME_WAIT ');
    r.setShellPlace(null);
    expect(reader.getState().shellEntries.map((e) => e.line)).toEqual(['wget -q -O /dev/null http://web-service/', 'sleep 100']);
  });

  it('a link leaves out a Ctrl+C and the open quote it dropped in a Debian Pod, where dash read on at `> `', async () => {
    const { store: author } = await builtStore();
    const nginx = { kind: 'pod', pod: 'default/nginx-5cd48bb5b9-ll2t8' } as const;
    author.getState().setShellPlace(nginx);
    for (const line of ['echo "a', SHELL_INTERRUPT, 'echo b']) await author.getState().runShellLine(line);
    expect(author.getState().shellSession?.image).toBe('nginx:latest');
    expect(author.getState().shellEntries.at(-1)).toMatchObject({ line: 'echo b', output: 'b\n' });
    const shared = author.getState().shareState();
    expect(shared.shellElsewhere).toEqual([{ place: 'pod:default/nginx-5cd48bb5b9-ll2t8', line: 'echo b', after: 0 }]);
    const reader = await openedFromLink(shared);
    expect(reader.getState().shellPlace).toEqual(nginx);
    expect(reader.getState().shellEntries.map((e) => [e.line, e.output])).toEqual([['echo b', 'b\n']]);
    expect(reader.getState().shellSession?.pending).toBeUndefined();
  });
});
