import type { NodeTypes } from '@xyflow/react';
import { ExternalNode } from './ExternalNode';
import { NodeGroupNode } from './NodeGroupNode';
import { PodNode } from './PodNode';
import { RulesNode } from './RulesNode';
import { ServiceNode } from './ServiceNode';
import { SummaryNode } from './SummaryNode';

/** Module constant: React Flow re-mounts every node when nodeTypes changes identity. */
export const nodeTypes: NodeTypes = {
  service: ServiceNode,
  pod: PodNode,
  nodeGroup: NodeGroupNode,
  rules: RulesNode,
  external: ExternalNode,
  summary: SummaryNode,
};
