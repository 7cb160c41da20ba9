import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { TrailHandles } from './TrailHandles';
import type { GraphNode, ServiceData } from '../to-flow';

type Props = NodeProps<Extract<GraphNode, { type: 'service' }>>;

function ServiceNodeView({ data }: Props) {
  const { t } = useTranslation();
  const d: ServiceData = data;
  const address = d.flavor === 'headless' ? t('graph.svc.noneIP')
    : d.flavor === 'externalname' ? d.externalName ?? '' : d.clusterIP;
  return (
    <div className={`kg-card kg-svc ${d.flavor}`} data-testid="graph-service">
      <div className="kg-row">
        <span className="kg-badge">{d.type === 'NodePort' || d.type === 'LoadBalancer' ? t(`graph.svc.${d.type}`) : t(`graph.svc.${d.flavor}`)}</span>
        <span className="kg-name" title={`${d.namespace}/${d.name}`}>{d.name}</span>
        {d.isRuleSource && <span className="kg-tag rule-source" data-testid="rule-source">{t('graph.svc.ruleSource')}</span>}
      </div>
      <div className="kg-sub" title={`${address} ${d.ports.join(', ')}`}>
        <span className="kg-vip">{address}</span>{d.ports.length > 0 ? ` · ${d.ports.join(', ')}` : ''}
      </div>
      <div className="kg-sub">
        {d.flavor === 'externalname' ? t('graph.svc.selectorless')
          : d.selectorless && d.totalEndpoints === 0 ? t('graph.svc.selectorless')
            : t('graph.svc.endpoints', { ready: d.readyEndpoints, total: d.totalEndpoints })}
      </div>
      <Handle type="source" id="eps" position={Position.Bottom} isConnectable={false} />
      <Handle type="source" id="ext" position={Position.Top} isConnectable={false} />
      <TrailHandles />
    </div>
  );
}

export const ServiceNode = memo(ServiceNodeView);
