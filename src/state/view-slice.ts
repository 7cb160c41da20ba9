// What the learner is looking at: selection, terminal tabs, phone tab, and the program output for them.
import type { StateCreator } from 'zustand/vanilla';
import { viewsRequest } from './selectors';
import type { AppState, StoreDeps, ViewSlice } from './types';
import { StaleReply } from './worker/client';
import { errorCode } from './errors';

export const createViewSlice = (deps: StoreDeps): StateCreator<AppState, [], [], ViewSlice> => (set, get) => ({
  selection: null,
  terminalTab: 'dns',
  dnsTool: 'nslookup',
  rulesNode: null,
  mobileTab: 'graph',
  editorCollapsed: false,
  compareNames: null,
  modeCompare: false,
  views: null,

  select(id) {
    set({ selection: id });
  },
  setTerminalTab(tab) {
    set({ terminalTab: tab });
  },
  setDnsTool(tool) {
    set({ dnsTool: tool });
    void get().refreshViews();
  },
  setRulesNode(node) {
    set({ rulesNode: node });
    void get().refreshViews();
  },
  setMobileTab(tab) {
    set({ mobileTab: tab });
  },
  setEditorCollapsed(collapsed) {
    set({ editorCollapsed: collapsed });
  },
  setCompareNames(names) {
    set({ compareNames: names });
    void get().refreshViews();
  },

  setModeCompare(on) {
    set({ modeCompare: on, ...(on ? {} : { compareTrace: null }) });
  },

  async refreshViews() {
    const built = get().builtFrom;
    if (!built) return;
    try {
      const views = await deps.core.views({ revision: built.revision, views: viewsRequest(get()) });
      // A newer cluster came with its own views meanwhile.
      if (get().builtFrom?.revision === built.revision) set({ views });
    } catch (e) {
      if (e instanceof StaleReply) return;
      const message = errorCode(e);
      const err = { status: 'error' as const, message };
      set({ views: { dns: [err, err], resolvConf: err, iptables: err, filter: err, nft: err, ipvs: err } });
    }
  },
});
