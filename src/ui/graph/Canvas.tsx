// The React Flow canvas: memoized so the host's re-renders (a hop stepped, a selection) stop here.
import { memo, useCallback, useState, type MouseEvent, type ReactNode } from 'react';
import { Controls, Panel, ReactFlow, useStoreApi, type Node } from '@xyflow/react';
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

/**
 * The picture is not an editor: nothing is dragged, connected or focused edge by edge. React Flow copies these props
 * into its store in an effect after its first render, and its node and edge lists select them from there: changed
 * from the store's defaults, they re-rendered every node and edge once, in the longest task of a phone's first load.
 * The store starts with them instead (useFixedSettings), so the effect changes nothing.
 */
const FIXED_SETTINGS = { nodesDraggable: false, nodesConnectable: false, edgesFocusable: false } as const;

function useFixedSettings() {
  const store = useStoreApi();
  // Once, before React Flow's first render: nothing subscribes to the store yet.
  useState(() => store.setState(FIXED_SETTINGS));
}

export const Canvas = memo(function Canvas({ nodes, edges, ariaLabelConfig, large, boundsKey, path, sendKey, reducedMotion, onNodeClick, onNodeContextMenu, children }: CanvasProps) {
  const { t } = useTranslation();
  const onClick = useCallback((_: MouseEvent, n: Node) => { if (n.type !== 'nodeGroup') onNodeClick(n.id); }, [onNodeClick]);
  useFixedSettings();
  const autoFit = useAutoFit(boundsKey, !reducedMotion, path, sendKey);
  return (
    <ReactFlow
      {...FIXED_SETTINGS}
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      fitView
      fitViewOptions={FIT_OPTIONS}
      minZoom={0.05}
      maxZoom={2.5}
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
