// The cluster graph (src/ui/graph, props-driven) fed from the store; its callbacks come back as store actions.
import { useDeferredValue, useLayoutEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { RequestCheck } from '../../core';
import { getAppStore, markTiming, requestCheck, type ClusterAction } from '../../state';
import { useAppStore } from '../use-app-store';
import { ClusterGraph } from '../graph/ClusterGraph';
import { hopProgress, useReducedMotion } from '../traffic/usePlayback';

const onAction = (a: ClusterAction) => getAppStore().getState().applyAction(a);
const onSelect = (id: string) => getAppStore().getState().select(id);
const onSetClient = (id: string) => getAppStore().getState().setClient(id);
/** A shell on the node, shown (the dock keeps each place's shell). */
const openNodeShell = (node: string) => {
  const s = getAppStore().getState();
  s.setShellPlace({ kind: 'node', node });
  s.setShellOpen(true);
};

/**
 * Where the request goes, for the graph to frame on a phone: the Pods that answered (the last send's, the running
 * total's), or before any send the Service or Pod the target names.
 */
function requestTargets(sentTo: string | undefined, hits: Readonly<Record<string, number>> | undefined, check: RequestCheck | null): string[] {
  const pods = [...new Set([...(sentTo ? [sentTo] : []), ...Object.keys(hits ?? {})])].map((p) => `pod:${p}`);
  if (pods.length > 0) return pods;
  const t = check?.status === 'ok' ? check.target : undefined;
  return t ? [`${t.kind === 'service' ? 'svc' : 'pod'}:${t.namespace}/${t.name}`] : [];
}

/**
 * `openLabel` opens the app's label dialog (the one the L key and the Inspector open) for the selected Pod;
 * without it (the read-only embed) the graph offers no label editing. `shells`: the page has the shell dock, so a
 * node's menu offers a shell on it.
 */
export function GraphPanel({ openLabel, shells = false }: { openLabel?: (mode: 'add' | 'remove') => void; shells?: boolean }) {
  const { t } = useTranslation();
  const { trace, activeHop, stale, client, target, tally } = useAppStore(
    useShallow((s) => ({ trace: s.trace, activeHop: s.activeHop, stale: s.stale, client: s.client, target: s.target, tally: s.tally })),
  );
  // A new cluster renders in a transition (useDeferredValue), which React can interrupt: 5,000 Services' graph is
  // drawn in pieces of work between the page's other tasks, not in the task that stored it.
  const cluster = useDeferredValue(useAppStore((s) => s.cluster));
  const check = useMemo(() => requestCheck({ cluster, client, target }), [cluster, client, target]);
  // The Distribution panel's running total, drawn on the Pods too.
  const hits = useMemo(() => (tally ? { perPod: tally.hits, total: tally.requests } : undefined), [tally]);
  // User Timing marks (state/timing.ts, read by scripts/bench-ui.ts): the graph committed for this cluster, then painted.
  useLayoutEffect(() => {
    if (!cluster) return;
    markTiming('ksp:graph-committed');
    const id = requestAnimationFrame(() => markTiming('ksp:graph-painted'));
    return () => cancelAnimationFrame(id);
  }, [cluster]);
  const targets = useMemo(() => requestTargets(trace?.pod, tally?.hits, check), [trace, tally, check]);
  const reducedMotion = useReducedMotion();
  return (
    <section className="graph-panel" aria-label={t('graphPanel.title')} data-testid="graph-panel" data-stale={stale}>
      {!cluster ? (
        <p className="muted graph-loading">{t('graphPanel.loading')}</p>
      ) : (
        <ClusterGraph
          cluster={cluster}
          stale={stale}
          trace={trace ?? undefined}
          activeHop={trace ? activeHop : -1}
          progress={hopProgress}
          reducedMotion={reducedMotion}
          clientPod={client}
          hits={hits}
          targets={targets}
          onAction={onAction}
          onSelect={onSelect}
          onSetClient={onSetClient}
          {...(shells ? { onOpenNodeShell: openNodeShell } : {})}
          onEditLabels={openLabel && ((podId) => {
            onSelect(`pod:${podId}`);
            openLabel('add');
          })}
        />
      )}
    </section>
  );
}
