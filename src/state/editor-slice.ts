// The text and its diagnostics. Typing rebuilds after a debounce; a document with errors keeps the last good
// cluster on screen (marked stale) so the learner never loses the picture.
import type { StateCreator } from 'zustand/vanilla';
import { defaultScenario, findScenario } from '../scenarios';
import type { AppState, EditorSlice, StoreDeps } from './types';
import { StaleReply } from './worker/client';
import { errorCode } from './errors';
import type { ClusterRecipe } from './worker/protocol';
import { sameViewsRequest, viewsRequest } from './selectors';
import { sourceResetValues } from './source-fields';
import { markTiming } from './timing';

export const createEditorSlice = (deps: StoreDeps): StateCreator<AppState, [], [], EditorSlice> => (set, get, api) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounceMs = deps.debounceMs ?? 250;

  return {
    source: defaultScenario.source,
    scenarioId: defaultScenario.id,
    sourceRevision: 0,
    diagnostics: [],
    building: false,
    buildError: null,
    lastBuild: null,

    setSource(text) {
      if (text === get().source) return;
      set({ source: text });
      clearTimeout(timer);
      timer = setTimeout(() => void get().rebuild(), debounceMs);
    },

    replaceSource(text) {
      clearTimeout(timer);
      set((s) => ({ source: text, sourceRevision: s.sourceRevision + 1 }));
      void get().rebuild();
    },

    resetForSource(patch) {
      clearTimeout(timer);
      set((s) => ({ ...sourceResetValues(api.getInitialState()), ...patch, sourceRevision: s.sourceRevision + 1 }));
    },

    loadScenario(id) {
      const scenario = findScenario(id);
      if (!scenario) return;
      get().resetForSource({ scenarioId: id, source: scenario.source, client: scenario.suggested.client, target: scenario.suggested.target });
      void get().rebuild();
    },

    async rebuild() {
      const { source, nodes, actions, kubernetesVersion } = get();
      const recipe: ClusterRecipe = { source, nodes, actions, kubernetesVersion };
      const asked = viewsRequest(get());
      // User Timing marks (timing.ts): rebuild → cluster in the store → graph on screen.
      markTiming('ksp:rebuild-start');
      set({ building: true });
      try {
        const r = await deps.core.build({ recipe, views: asked });
        const built = { ...recipe, revision: r.revision };
        const hasErrors = r.diagnostics.some((d) => d.severity === 'error');
        const keepOld = hasErrors && get().cluster !== null;
        set({
          diagnostics: r.diagnostics,
          models: r.models,
          building: false,
          buildError: null,
          stale: keepOld,
          lastBuild: built,
          ...(keepOld ? {} : { cluster: r.cluster, builtFrom: built, actionErrors: r.actionErrors, views: r.views }),
        });
        markTiming('ksp:cluster-set');
        // The learner changed what the terminals show while it was built: print them again.
        if (!keepOld && !sameViewsRequest(asked, viewsRequest(get()))) await get().refreshViews();
      } catch (e) {
        if (e instanceof StaleReply) return;
        set({ building: false, buildError: errorCode(e), stale: get().cluster !== null });
      }
    },
  };
};
