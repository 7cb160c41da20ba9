import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { TrailHandles } from './TrailHandles';
import type { GraphNode } from '../to-flow';

type Props = NodeProps<Extract<GraphNode, { type: 'external' }>>;

/** Where ExternalName Services point: a DNS name outside the cluster (CoreDNS answers with a CNAME). */
function ExternalNodeView({ data }: Props) {
  const { t } = useTranslation();
  return (
    <div className="kg-card kg-external" data-testid="graph-external">
      <div className="kg-row"><span className="kg-name">{t('graph.external.title')}</span></div>
      <div className="kg-sub" title={data.names.join(', ')}>{data.names.length > 0 ? data.names.join(', ') : t('graph.external.none')}</div>
      <Handle type="target" id="ext" position={Position.Top} isConnectable={false} />
      <TrailHandles />
    </div>
  );
}

export const ExternalNode = memo(ExternalNodeView);
