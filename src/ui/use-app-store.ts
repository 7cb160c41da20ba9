// The React binding of the page's store. src/state is framework-free (zustand/vanilla); the hook lives with
// the components that use it.
import { useStore } from 'zustand';
import { getAppStore, type AppState } from '../state';

export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(getAppStore(), selector);
}
