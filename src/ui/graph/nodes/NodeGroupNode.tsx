import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { GraphNode } from '../to-flow';

type Props = NodeProps<Extract<GraphNode, { type: 'nodeGroup' }>>;

/** A Kubernetes node: a sub-flow holding its Pods and the netfilter rules kube-proxy wrote on it. */
function NodeGroupView({ data }: Props) {
  const { t } = useTranslation();
  if (data.pending) {
    return (
      <div className="kg-node pending">
        <div className="kg-node-head"><span className="kg-node-name">{t('graph.node.pending')}</span></div>
        <Handle type="target" id="eps" position={Position.Left} isConnectable={false} style={{ top: 15 }} />
      </div>
    );
  }
  return (
    <div className="kg-node" data-testid="graph-node">
      <div className="kg-node-head" title={data.ip}>
        <span className="kg-node-name">{data.name}</span>
        <span className="kg-sub">{t('graph.node.podCIDR', { cidr: data.podCIDR })}</span>
      </div>
      <Handle type="target" id="eps" position={Position.Left} isConnectable={false} style={{ top: 15 }} />
    </div>
  );
}

export const NodeGroupNode = memo(NodeGroupView);
