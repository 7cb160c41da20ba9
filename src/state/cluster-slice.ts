// The cluster on screen and the learner's status changes to it. Spec changes (scale) edit the text instead.
import type { StateCreator } from 'zustand';
import type { AppState, ClusterSlice, StoreDeps } from './types';
import { StaleReply } from './worker/client';
import { errorCode } from './errors';
import type { BuildInput } from './worker/protocol';

export const createClusterSlice = (deps: StoreDeps): StateCreator<AppState, [], [], ClusterSlice> => (set, get) => {
  /** Rebuild from the text on screen with new actions; with a broken text, from the last good one. */
  async function rebuildWithActions() {
    const { stale, builtFrom } = get();
    if (!stale || !builtFrom) return get().rebuild();
    const input: BuildInput = { ...builtFrom, actions: get().actions };
    try {
      const r = await deps.core.call('build', { op: 'build', input });
      set({ cluster: r.cluster, builtFrom: input, actionErrors: r.actionErrors });
      await get().refreshViews();
    } catch (e) {
      if (!(e instanceof StaleReply)) set({ buildError: errorCode(e) });
    }
  }

  return {
    nodes: 3,
    cluster: null,
    builtFrom: null,
    stale: false,
    actions: [],
    actionErrors: [],
    models: {},

    applyAction(action) {
      if (action.type === 'scale') {
        const { namespace, kind, name, replicas } = action as unknown as { namespace: string; kind: string; name: string; replicas: number };
        void get().scale({ kind, namespace, name }, replicas);
        return;
      }
      set((s) => ({ actions: [...s.actions, action] }));
      void rebuildWithActions();
    },

    resetActions() {
      set({ actions: [], actionErrors: [] });
      void rebuildWithActions();
    },

    async scale(workload, replicas) {
      try {
        const s = get();
        const r = await deps.core.call('scale', { op: 'scale', input: { source: s.source, nodes: s.nodes, actions: s.actions }, workload, replicas });
        if (r.source !== null) get().replaceSource(r.source);
        else set({ actionErrors: [r.error] });
      } catch (e) {
        if (!(e instanceof StaleReply)) set({ actionErrors: [errorCode(e)] });
      }
    },
  };
};
