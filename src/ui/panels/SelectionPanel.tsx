// The selected graph element: what it is, and the actions a learner can take on it (also on the keyboard).
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { getAppStore } from '../../state';
import { useAppStore } from '../use-app-store';
import { deletePod, scaleWorkload, setReady } from '../actions/make-action';
import { resolveSelection } from '../actions/selection';
import type { Workload } from '../../core';

export function SelectionPanel({ openLabel }: { openLabel: (mode: 'add' | 'remove') => void }) {
  const { t } = useTranslation();
  const { cluster, selection } = useAppStore(useShallow((s) => ({ cluster: s.cluster, selection: s.selection })));
  const sel = resolveSelection(cluster, selection);
  const act = getAppStore().getState().applyAction;
  if (!sel) return <p className="muted">{t('selection.none')}</p>;
  if (sel.kind === 'pod') {
    const { pod, workload } = sel;
    return (
      <div className="selection" data-testid="selection">
        <h3 className="mono">{pod.name}</h3>
        <dl className="detail-table">
          <div><dt>{t('selection.ip')}</dt><dd className="mono">{pod.ip || '—'}</dd></div>
          <div><dt>{t('selection.node')}</dt><dd className="mono">{pod.node || '—'}</dd></div>
          <div><dt>{t('selection.ready')}</dt><dd>{pod.terminating ? t('selection.terminating') : pod.ready ? t('selection.yes') : t('selection.no')}</dd></div>
          {pod.hostname && <div><dt>hostname</dt><dd className="mono">{pod.hostname}{pod.subdomain ? `.${pod.subdomain}` : ''}</dd></div>}
          <div><dt>{t('selection.labels')}</dt><dd className="mono">{Object.entries(pod.labels).map(([k, v]) => `${k}=${v}`).join(', ') || '—'}</dd></div>
        </dl>
        {!pod.system && (
          <div className="action-buttons">
            <button type="button" onClick={() => act(setReady(pod, !pod.ready))} data-testid="action-ready" aria-keyshortcuts="R">
              {pod.ready ? t('actions.markNotReady') : t('actions.markReady')}
            </button>
            <button type="button" onClick={() => act(deletePod(pod))} disabled={pod.terminating} data-testid="action-delete" aria-keyshortcuts="Delete">
              {t('actions.deletePod')}
            </button>
            <button type="button" onClick={() => openLabel('add')} data-testid="action-label" aria-keyshortcuts="L">
              {t('actions.addLabel')}
            </button>
            <button type="button" onClick={() => openLabel('remove')} data-testid="action-unlabel" aria-keyshortcuts="Shift+L">
              {t('actions.removeLabel')}
            </button>
          </div>
        )}
        {workload && <ScaleControls workload={workload} />}
      </div>
    );
  }
  if (sel.kind === 'workload') return <div className="selection"><ScaleControls workload={sel.workload} /></div>;
  if (sel.kind === 'service') {
    const s = sel.service;
    return (
      <div className="selection" data-testid="selection">
        <h3 className="mono">
          <span className={`badge badge-${s.headless ? 'headless' : 'clusterip'}`}>{t(s.headless ? 'legend.headless' : 'legend.clusterip')}</span> {s.name}
        </h3>
        <dl className="detail-table">
          <div><dt>clusterIP</dt><dd className="mono">{s.clusterIP || '—'}</dd></div>
          <div><dt>{t('selection.ports')}</dt><dd className="mono">{s.ports.map((p) => `${p.port}→${p.targetPort}/${p.protocol}`).join(', ')}</dd></div>
          <div><dt>selector</dt><dd className="mono">{Object.entries(s.selector ?? {}).map(([k, v]) => `${k}=${v}`).join(', ') || '—'}</dd></div>
          <div><dt>sessionAffinity</dt><dd className="mono">{s.sessionAffinity}</dd></div>
        </dl>
      </div>
    );
  }
  return <p className="muted mono">{sel.id}</p>;
}

function ScaleControls({ workload }: { workload: Workload }) {
  const { t } = useTranslation();
  const act = getAppStore().getState().applyAction;
  return (
    <div className="scale" role="group" aria-label={t('actions.scaleGroup', { name: workload.name })}>
      <span>{t('actions.scaleLabel', { kind: workload.kind, name: workload.name })}</span>
      <button type="button" onClick={() => act(scaleWorkload(workload, Math.max(0, workload.replicas - 1)))} aria-label={t('actions.scaleDown')} aria-keyshortcuts="-" data-testid="scale-down">
        −
      </button>
      <span className="replicas" data-testid="replicas">{workload.replicas}</span>
      <button type="button" onClick={() => act(scaleWorkload(workload, workload.replicas + 1))} aria-label={t('actions.scaleUp')} aria-keyshortcuts="+" data-testid="scale-up">
        +
      </button>
    </div>
  );
}
