// One zustand store from slices (pmndrs/zustand docs/learn/guides/slices-pattern.md).
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createClusterSlice } from './cluster-slice';
import { createEditorSlice } from './editor-slice';
import { createHistorySlice } from './history-slice';
import { createLessonsSlice } from './lessons-slice';
import { createNoticesSlice } from './notices-slice';
import { createShareSlice } from './share-slice';
import { createShellSlice } from './shell-slice';
import { createTallySlice } from './tally-slice';
import { createTrafficSlice } from './traffic-slice';
import type { AppState, LinkWriter, StoreDeps } from './types';
import { createViewSlice } from './view-slice';
import { createCoreClient } from './worker/client';

export function createAppStore(deps: StoreDeps): StoreApi<AppState> {
  const store = createStore<AppState>()((...a) => ({
    ...createEditorSlice(deps)(...a),
    ...createClusterSlice(deps)(...a),
    ...createTrafficSlice(deps)(...a),
    ...createViewSlice(deps)(...a),
    ...createShareSlice(deps)(...a),
    ...createNoticesSlice(...a),
    ...createHistorySlice(...a),
    ...createShellSlice(deps)(...a),
    ...createTallySlice(...a),
    ...createLessonsSlice(deps)(...a),
  }));
  // The history's first entry is the text the store starts with, known once every slice is made.
  store.getState().resetHistory();
  return store;
}

let appStore: StoreApi<AppState> | undefined;

/** The page's store, made on first use with the worker-backed core client. */
export function getAppStore(): StoreApi<AppState> {
  appStore ??= createAppStore({ core: createCoreClient() });
  return appStore;
}

/** The link writer as a chunk of its own, for a page that writes no link while it loads (StoreDeps.links). */
export const loadLinkWriter = (): Promise<LinkWriter> => import('./link-writer').then((m) => m.linkWriter);
