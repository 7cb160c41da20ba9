// The one place the state layer calls the core: the commands of protocol.ts over core/index.ts. core.worker.ts
// runs them in the worker; client.ts runs them on the main thread where workers are unavailable. The clusters
// built live here, by revision, so later commands need not send the text again.
import {
  COREDNS_MODEL, SEED_CLIENT, dig, ipvsadm, ipvsIptables, iptablesSave, loadCluster, nftablesRuleset, nslookup, resolvConf, scaleReplicasEdit,
  findPod, parsePodRef, sendRequest, sendRequests, type Cluster, type Diagnostic, type DnsRecord, type NslookupResult,
} from '../../core';
import type { checkLesson } from '../../lessons';
import { importScenarioText } from '../scenario-import';
import { encodeShareStateBestEffort } from '../url-codec';
import { compareNames, rulesNode } from '../selectors';
import type { runShellLines } from './shell-lines';
import type {
  ActionError,   ClusterRecipe, CommandInput, CommandOutput, CoreCommand, CoreCommands, DnsLookupResult, OnCluster, OutputNote, Revision, TextResult,
  UnknownRevision, ViewsRequest, ViewsResult,
} from './protocol';

function guarded<T extends { text: string }>(fn: () => T): (T & { status: 'ok' }) | { status: 'error'; message: string } {
  try {
    return { ...fn(), status: 'ok' };
  } catch (e) {
    return { status: 'error', message: `Internal error: ${(e as Error).message}` };
  }
}

const isAddress = (r: DnsRecord) => r.type === 'A' || r.type === 'AAAA';

/**
 * busybox nslookup walks the whole search list, A and AAAA for each name at once (networking/nslookup.c,
 * add_query_with_search, send_queries), and prints every reply: on a lookup that found the name, the names that
 * do not exist print `** server can't find …: NXDOMAIN`.
 */
function searchMisses(r: NslookupResult): OutputNote[] {
  if (r.search !== 'search-list-applied') return [];
  const found = r.queries.find((q) => q.reply.rcode === 'NOERROR' && q.reply.answers.some(isAddress));
  const misses = r.queries.filter((q) => q.reply.rcode === 'NXDOMAIN');
  if (!found || misses.length === 0) return [];
  const bare = (n: string) => n.replace(/\.$/, '');
  return [{ kind: 'search-nxdomain', found: bare(found.name), missed: [...new Set(misses.map((q) => bare(q.name)))], replies: misses.length, queries: r.queries.length }];
}

function printViews(cluster: Cluster, req: ViewsRequest): ViewsResult {
  const pod = findPod(cluster, req.client);
  const missingPod = { status: 'error', message: `Error from server (NotFound): pods "${parsePodRef(req.client).name}" not found` } as const;
  const names = compareNames({ compareNames: req.names, cluster });
  const node = rulesNode({ rulesNode: req.node, cluster, client: req.client });
  const dnsLookup = (name: string): DnsLookupResult => {
    if (!pod) return missingPod;
    // nslookup uses the Pod's search list; dig only with +search (the terminal shows the flag).
    if (req.tool === 'dig') {
      return guarded(() => {
        const r = dig(cluster, name, 'A', { fromPod: req.client, search: true, seed: req.seed });
        return { text: r.text, answers: r.reply.answers.filter(isAddress), notes: r.warnings.map((kind) => ({ kind })) };
      });
    }
    return guarded(() => {
      const r = nslookup(cluster, name, { fromPod: req.client, seed: req.seed });
      // busybox prints the answers of each NOERROR reply, in the order the queries were sent.
      const answers = r.queries.filter((q) => q.reply.rcode === 'NOERROR').flatMap((q) => q.reply.answers.filter(isAddress));
      return { text: r.text, answers, notes: searchMisses(r) };
    });
  };
  const text = (fn: () => string): TextResult => guarded(() => ({ text: fn() }));
  return {
    dns: [dnsLookup(names[0]), names[1] === null ? null : dnsLookup(names[1])],
    resolvConf: pod ? text(() => resolvConf(cluster, pod)) : missingPod,
    // In IPVS mode kube-proxy's iptables rules are its ipset-based ones (no per-Service chains).
    iptables: text(() => (req.mode === 'ipvs' ? ipvsIptables(cluster, { node, table: 'nat' }).text : iptablesSave(cluster, { node, table: 'nat' }))),
    filter: text(() => (req.mode === 'ipvs' ? ipvsIptables(cluster, { node, table: 'filter' }).text : iptablesSave(cluster, { node, table: 'filter' }))),
    nft: req.mode === 'nftables' ? text(() => nftablesRuleset(cluster, { node })) : null,
    ipvs: text(() => ipvsadm(cluster, { node, ipvsMode: req.mode === 'ipvs' })),
  };
}

const unknown = (revision: Revision): UnknownRevision => ({ unknownRevision: revision });

/** Clusters kept, most recently used first: the one on screen and the latest few the learner typed. */
const KEEP = 4;
const keyOf = (r: ClusterRecipe) => `${r.nodes}\u0000${r.kubernetesVersion}\u0000${JSON.stringify(r.actions)}\u0000${r.source}`;

interface Kept {
  revision: Revision;
  key: string;
  recipe: ClusterRecipe;
  cluster: Cluster;
  diagnostics: Diagnostic[];
  actionErrors: ActionError[];
}

/** Runs a command. `shell` and `checkLesson` load their code on first use, so every answer is a promise. */
export type CoreHandler = <K extends CoreCommand>(command: K, input: CommandInput<K>) => Promise<CommandOutput<K>>;

/**
 * The code `shell` and `checkLesson` run, handed in: the worker loads it on first use (core.worker.ts), so a worker
 * that only builds clusters never downloads the shell's programs; the main thread has it at once
 * (main-thread-handler.ts, itself loaded only where no worker starts).
 */
export interface LateCode {
  runShellLines(): Promise<typeof runShellLines>;
  checkLesson(): Promise<typeof checkLesson>;
}

/** A core that keeps its own clusters: one per worker, or one per client on the main thread. */
export function createCoreHandler(code: LateCode): CoreHandler {
  const kept: Kept[] = [];

  function keep(entry: Kept): Kept {
    const at = kept.findIndex((k) => k.revision === entry.revision);
    if (at >= 0) kept.splice(at, 1);
    kept.unshift(entry);
    kept.length = Math.min(kept.length, KEEP);
    return entry;
  }

  function lookup({ revision, recipe }: OnCluster): Kept | undefined {
    const hit = kept.find((k) => k.revision === revision);
    if (hit) return keep(hit);
    return recipe && buildCluster(revision, recipe);
  }

  function buildCluster(revision: Revision, recipe: ClusterRecipe): Kept {
    const key = keyOf(recipe);
    // The same recipe again (a share link replaying its sends, an action undone): reuse the cluster.
    const same = kept.find((k) => k.key === key);
    if (same) return keep({ ...same, revision });
    // The seed's client runs in every cluster (a manifest Pod of its name stands in for it); the learner's actions
    // are applied before the warnings are worked out, so the warnings describe the cluster on screen.
    const loaded = loadCluster(recipe.source, { nodes: recipe.nodes, run: [SEED_CLIENT], actions: recipe.actions, kubernetesVersion: recipe.kubernetesVersion });
    const actionErrors: ActionError[] = [...(loaded.actionDiagnostics ?? [])];
    return keep({ revision, key, recipe, cluster: loaded.cluster, diagnostics: loaded.diagnostics, actionErrors });
  }

  const commands: { [K in CoreCommand]: (input: CommandInput<K>) => CommandOutput<K> | Promise<CommandOutput<K>> } = {
    build({ revision, recipe, views }) {
      const k = buildCluster(revision, recipe);
      return {
        cluster: k.cluster,
        diagnostics: k.diagnostics,
        actionErrors: k.actionErrors,
        models: { coredns: COREDNS_MODEL },
        views: printViews(k.cluster, views),
      };
    },

    views(input) {
      const k = lookup(input);
      return k ? printViews(k.cluster, input.views) : unknown(input.revision);
    },

    send(input) {
      const { request, count } = input;
      const k = lookup(input);
      if (!k) return unknown(input.revision);
      try {
        if (count <= 1) {
          const one = sendRequest(k.cluster, request);
          return { trace: one.trace, state: one.state, distribution: null };
        }
        // Many: the first request is the one animated; all of them are counted per Pod.
        const many = sendRequests(k.cluster, request, count, { keepTraces: 1 });
        return { trace: many.traces[0] ?? null, state: many.state, distribution: many.counts, outcomes: many.outcomes };
      } catch (e) {
        return { trace: null, state: request.state, distribution: null, error: `Internal error: ${(e as Error).message}` };
      }
    },

    scale(input) {
      const { workload, replicas } = input;
      const k = lookup(input);
      if (!k) return unknown(input.revision);
      const w = k.cluster.workloads.find((x) => x.kind === workload.kind && x.namespace === workload.namespace && x.name === workload.name);
      // A code, not a sentence: the UI words it (ui/error-text.ts).
      if (!w) return { source: null, error: { code: 'workload-not-found', kind: workload.kind, name: workload.name } };
      const r = scaleReplicasEdit(k.recipe.source, w, replicas);
      return r.ok ? { source: r.value } : { source: null, error: r.error };
    },

    async shell(input) {
      const k = lookup(input);
      if (!k) return unknown(input.revision);
      return (await code.runShellLines())(k.cluster, input);
    },

    importText: ({ text }) => importScenarioText(text),
    async checkLesson({ lesson, state }) {
      return (await code.checkLesson())(lesson, state);
    },
    encodeShare: ({ state }) => encodeShareStateBestEffort(state),
  } satisfies CoreCommands;

  return async (command, input) => commands[command](input);
}
