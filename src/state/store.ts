// One zustand store from four slices (pmndrs/zustand docs/learn/guides/slices-pattern.md).
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { createClusterSlice } from './cluster-slice';
import { createEditorSlice } from './editor-slice';
import { createTrafficSlice } from './traffic-slice';
import type { AppState, StoreDeps } from './types';
import { createViewSlice } from './view-slice';
import { createCoreClient } from './worker/client';

export function createAppStore(deps: StoreDeps): StoreApi<AppState> {
  return createStore<AppState>()((...a) => ({
    ...createEditorSlice(deps)(...a),
    ...createClusterSlice(deps)(...a),
    ...createTrafficSlice(deps)(...a),
    ...createViewSlice(deps)(...a),
  }));
}

let appStore: StoreApi<AppState> | undefined;

/** The page's store, made on first use with the worker-backed core client. */
export function getAppStore(): StoreApi<AppState> {
  appStore ??= createAppStore({ core: createCoreClient() });
  return appStore;
}

export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(getAppStore(), selector);
}
