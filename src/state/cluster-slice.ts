// The cluster on screen and the learner's status changes to it. Spec changes (scale) edit the text instead.
import type { StateCreator } from 'zustand/vanilla';
import { sameViewsRequest, viewsRequest } from './selectors';
import type { AppState, ClusterSlice, StoreDeps } from './types';
import { StaleReply } from './worker/client';
import { errorCode } from './errors';
import type { ClusterRecipe } from './worker/protocol';

export const createClusterSlice = (deps: StoreDeps): StateCreator<AppState, [], [], ClusterSlice> => (set, get) => {
  /** Rebuild from the text on screen with new actions; with a broken text, from the last good one. */
  async function rebuildWithActions() {
    const { stale, builtFrom } = get();
    if (!stale || !builtFrom) return get().rebuild();
    const recipe: ClusterRecipe = { source: builtFrom.source, nodes: builtFrom.nodes, actions: get().actions, kubernetesVersion: get().kubernetesVersion };
    const asked = viewsRequest(get());
    try {
      const r = await deps.core.build({ recipe, views: asked });
      set({ cluster: r.cluster, builtFrom: { ...recipe, revision: r.revision }, actionErrors: r.actionErrors, views: r.views });
      if (!sameViewsRequest(asked, viewsRequest(get()))) await get().refreshViews();
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
    models: null,

    applyAction(action) {
      if (action.type === 'scale') {
        const { namespace, kind, name, replicas } = action;
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
        // The edit applies to the text on screen: build what was typed since, if the debounce has not yet.
        if (get().lastBuild?.source !== get().source) await get().rebuild();
        const built = get().lastBuild;
        if (!built || built.source !== get().source) return; // another rebuild superseded ours
        const r = await deps.core.scale({ revision: built.revision, workload, replicas });
        if (r.source !== null) get().replaceSource(r.source);
        else set({ actionErrors: [r.error] });
      } catch (e) {
        if (!(e instanceof StaleReply)) set({ actionErrors: [errorCode(e)] });
      }
    },
  };
};
