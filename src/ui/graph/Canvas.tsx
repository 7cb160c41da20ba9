// The React Flow canvas: memoized so the host's re-renders (a hop stepped, a selection) stop here.
import { memo, useCallback, type MouseEvent, type ReactNode } from 'react';
import { Controls, Panel, ReactFlow, type Node } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { edgeTypes } from './edges/edge-types';
import { nodeTypes } from './nodes/node-types';
import type { GraphEdge, GraphNode } from './to-flow';
import type { TrailEdgeType } from './trail';
import type { ClientPath } from './focus-view';
import { FIT_OPTIONS, useAutoFit } from './use-auto-fit';

export interface CanvasProps {
  nodes: GraphNode[];
  edges: (GraphEdge | TrailEdgeType)[];
  ariaLabelConfig: Record<string, string>;
  large: boolean;
  /** Changes when the picture's extent changes (a scenario, a new node column). */
  boundsKey: string;
  /** The client's path, framed instead of the whole cluster on a panel too narrow to read that (focus-view.ts). */
  path?: ClientPath;
  /** Changes with each send: a narrow panel frames the path again. */
  sendKey?: unknown;
  reducedMotion: boolean;
  onNodeClick: (id: string) => void;
  onNodeContextMenu: (e: MouseEvent, n: Node) => void;
  children: ReactNode;
}

export const Canvas = memo(function Canvas({ nodes, edges, ariaLabelConfig, large, boundsKey, path, sendKey, reducedMotion, onNodeClick, onNodeContextMenu, children }: CanvasProps) {
  const { t } = useTranslation();
  const onClick = useCallback((_: MouseEvent, n: Node) => { if (n.type !== 'nodeGroup') onNodeClick(n.id); }, [onNodeClick]);
  const autoFit = useAutoFit(boundsKey, !reducedMotion, path, sendKey);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      fitView
      fitViewOptions={FIT_OPTIONS}
      minZoom={0.05}
      maxZoom={2.5}
      nodesDraggable={false}
      nodesConnectable={false}
      edgesFocusable={false}
      deleteKeyCode={null}
      selectionKeyCode={null}
      multiSelectionKeyCode={null}
      onlyRenderVisibleElements={large}
      attributionPosition="bottom-right"
      ariaLabelConfig={ariaLabelConfig}
      onNodeClick={onClick}
      onNodeContextMenu={onNodeContextMenu}
      onMoveStart={autoFit.onMoveStart}
    >
      <Controls position="top-right" orientation="horizontal" showInteractive={false} fitViewOptions={FIT_OPTIONS} onFitView={autoFit.onFitView} />
      <Panel position="bottom-left">
        <div className="kg-legend" aria-hidden="true">
          <span><i className="clusterip" />{t('graph.legend.clusterip')}</span>
          <span><i className="headless" />{t('graph.legend.headless')}</span>
          <span><i className="dns" />{t('graph.legend.dns')}</span>
          <span><i className="not-ready" />{t('graph.legend.notReady')}</span>
          <span><i className="client" />{t('graph.legend.client')}</span>
        </div>
      </Panel>
      {children}
    </ReactFlow>
  );
});
