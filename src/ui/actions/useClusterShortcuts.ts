// Keyboard shortcuts on the page (not while typing in a field or the editor):
//   Space play/pause · , or ← step back · . or → step forward
//   on a selected Pod: Delete delete · R ready/not ready · L add label · Shift+L remove label · + / − scale its workload
import { useEffect } from 'react';
import { getAppStore } from '../../state';
import { deletePod, scaleWorkload, setReady } from './make-action';
import { resolveSelection } from './selection';

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  // The graph handles keys on its own elements (its context menu's shortcuts).
  if (el.closest?.('.monaco-editor, dialog, .kg-root')) return true;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable;
}

export function useClusterShortcuts(openLabel: (mode: 'add' | 'remove') => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const s = getAppStore().getState();
      const onButton = (e.target as HTMLElement | null)?.tagName === 'BUTTON' || (e.target as HTMLElement | null)?.getAttribute?.('role') === 'tab';
      switch (e.key) {
        case ' ':
          if (onButton || !s.trace) return;
          e.preventDefault();
          if (s.playing) s.pause();
          else s.play();
          return;
        case ',':
        case 'ArrowLeft':
          if (onButton || !s.trace) return;
          e.preventDefault();
          s.stepBack();
          return;
        case '.':
        case 'ArrowRight':
          if (onButton || !s.trace) return;
          e.preventDefault();
          s.stepForward();
          return;
      }
      const sel = resolveSelection(s.cluster, s.selection);
      if (!sel) return;
      const pod = sel.kind === 'pod' ? sel.pod : undefined;
      const workload = sel.kind === 'pod' ? sel.workload : sel.kind === 'workload' ? sel.workload : undefined;
      if (pod && (e.key === 'Delete' || e.key === 'Backspace')) {
        e.preventDefault();
        // A Terminating Pod is already being deleted: a second delete would change nothing.
        if (!pod.terminating) s.applyAction(deletePod(pod));
      } else if (pod && (e.key === 'r' || e.key === 'R')) {
        e.preventDefault();
        s.applyAction(setReady(pod, !pod.ready));
      } else if (pod && e.key === 'l') {
        e.preventDefault();
        openLabel('add');
      } else if (pod && e.key === 'L') {
        e.preventDefault();
        openLabel('remove');
      } else if (workload && (e.key === '+' || e.key === '=')) {
        e.preventDefault();
        s.applyAction(scaleWorkload(workload, workload.replicas + 1));
      } else if (workload && (e.key === '-' || e.key === '_')) {
        e.preventDefault();
        s.applyAction(scaleWorkload(workload, Math.max(0, workload.replicas - 1)));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openLabel]);
}
