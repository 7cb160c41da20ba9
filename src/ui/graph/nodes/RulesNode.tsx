import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { TrailHandles } from './TrailHandles';
import type { GraphNode } from '../to-flow';

type Props = NodeProps<Extract<GraphNode, { type: 'rules' }>>;

/** The netfilter rules kube-proxy wrote on one node. Drawn on the node: the kernel of the client's node rewrites the packet. */
function RulesNodeView({ data }: Props) {
  const { t } = useTranslation();
  return (
    <div className={`kg-card kg-rules${data.isClientNode ? ' client-node' : ''}`} data-testid="graph-rules">
      <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
        <path d="M1 2h14l-5.5 6.5V14l-3-1.5V8.5z" fill="currentColor" />
      </svg>
      <div className="kg-rules-text">
        <div className="kg-row"><span className="kg-name">{t('graph.rules.title')}</span>
          {data.isClientNode && <span className="kg-tag client">{t('graph.rules.clientNode')}</span>}</div>
        <div className="kg-rules-by">{t('graph.rules.by')}</div>
      </div>
      <TrailHandles />
    </div>
  );
}

export const RulesNode = memo(RulesNodeView);
