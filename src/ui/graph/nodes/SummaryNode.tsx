import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { showMoreStep } from '../summarise';
import type { GraphNode, SummaryData } from '../to-flow';

type Props = NodeProps<Extract<GraphNode, { type: 'summary' }>>;

const FLAVORS = ['clusterip', 'headless', 'externalname'] as const;

/** The card standing for the Services or Pods a large cluster's graph does not draw (summarise.ts); a click draws more. */
function SummaryNodeView({ id, data }: Props) {
  const { t } = useTranslation();
  const step = showMoreStep(id);
  const d: SummaryData = data;
  const drawn = d.total - d.hidden;
  const counts = d.row === 'services'
    ? FLAVORS.filter((f) => d.counts[f]).map((f) => `${t('graphSummary.count', { count: d.counts[f] })} ${t(`graph.svc.${f}`)}`).join(' · ')
    : t('graphSummary.podStates', { ready: d.counts.ready ?? 0, notReady: d.counts.notReady ?? 0 });
  return (
    <div className={`kg-card kg-summary ${d.row}`} data-testid="graph-summary" data-hidden={d.hidden}
      title={t('graphSummary.why', { drawn, total: d.total, step: step })}>
      <div className="kg-row">
        <span className="kg-name">{t(d.row === 'services' ? 'graphSummary.services' : 'graphSummary.pods', { hidden: d.hidden })}</span>
      </div>
      {d.row === 'services' && <div className="kg-sub">{counts}</div>}
      <div className="kg-sub">{d.row === 'services' ? t('graphSummary.more', { step: step }) : `${counts} · ${t('graphSummary.moreShort', { step: step })}`}</div>
      {d.row === 'pods' && <Handle type="target" id="eps" position={Position.Left} isConnectable={false} />}
    </div>
  );
}

export const SummaryNode = memo(SummaryNodeView);
