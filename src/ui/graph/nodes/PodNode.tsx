import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { TrailHandles } from './TrailHandles';
import type { GraphNode, PodData } from '../to-flow';

type Props = NodeProps<Extract<GraphNode, { type: 'pod' }>>;

function PodNodeView({ data }: Props) {
  const { t } = useTranslation();
  const d: PodData = data;
  const state = d.pending ? 'pending' : d.terminating ? 'terminating' : d.creating ? 'creating' : d.ready ? 'ready' : 'not-ready';
  const cls = ['kg-card', 'kg-pod', d.ready && !d.pending ? 'ready' : 'not-ready', d.pending ? 'pending' : '',
    d.terminating ? 'terminating' : '', d.coredns ? 'coredns' : '', d.isClient ? 'client' : ''].filter(Boolean).join(' ');
  const stateText = state === 'ready' ? t('graph.pod.ready') : state === 'not-ready' ? t('graph.pod.notReady')
    : state === 'pending' ? t('graph.pod.pending') : state === 'creating' ? t('graph.pod.creating') : t('graph.pod.terminating');
  return (
    <div className={cls} data-testid="graph-pod" data-ready={d.ready ? 'true' : 'false'} data-state={state}>
      <div className="kg-row">
        <span className="kg-name" title={`${d.namespace}/${d.name}`}>{d.name}</span>
        {d.isClient && <span className="kg-tag client">{t('graph.pod.client')}</span>}
        {d.kubectlRun && (
          <span className="kg-tag run" data-testid="graph-pod-run" title={t('kubectlRun.title', { command: d.kubectlRun })}>{t('kubectlRun.tag')}</span>
        )}
        {d.coredns && <span className="kg-tag dns">{t('graph.pod.dns')}</span>}
      </div>
      <div className="kg-row">
        <span className="kg-sub kg-ip">{d.ip || t('graph.pod.noIP')}</span>
        <span className={`kg-state ${state === 'ready' ? 'ready' : 'not-ready'}`} aria-hidden="true">●</span>
        <span className="kg-sub">{stateText}</span>
        {d.hits && (
          <span className="kg-hits" role="img" data-testid="graph-pod-hits" data-count={d.hits.count}
            aria-label={t('graph.hits.label', { name: d.name, count: d.hits.count, total: d.hits.total })}
            title={t('graph.hits.label', { name: d.name, count: d.hits.count, total: d.hits.total })}>
            {t('graph.hits.badge', { count: d.hits.count })}
          </span>
        )}
      </div>
      <Handle type="target" id="eps" position={Position.Left} isConnectable={false} />
      <TrailHandles />
    </div>
  );
}

export const PodNode = memo(PodNodeView);
