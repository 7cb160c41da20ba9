// The cluster graph: Services on top, Kubernetes nodes below holding their Pods and the netfilter rules
// kube-proxy wrote on them, EndpointSlice links between. Props-driven: the host owns state and actions.
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Controls, Panel, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import '@xyflow/react/dist/base.css';
import './graph.css';
import type { Cluster } from '../../core/model/types';
import { ariaLabelFor } from './aria';
import type { ClusterAction, Trace } from './contracts';
import { decorateEdges, decorateNodes } from './decorate';
import { edgeTypes } from './edges/edge-types';
import { clientPodId } from './ids';
import { nodeTypes } from './nodes/node-types';
import { createProgressStore } from './progress-store';
import { PacketLayer } from './PacketLayer';
import { toFlow, type GraphNode } from './to-flow';

export interface ClusterGraphProps {
  cluster: Cluster;
  /** The text no longer builds: the graph shows the last good cluster, greyed, with a banner. */
  stale?: boolean;
  trace?: Trace;
  /** Index into trace.hops; -1 or undefined for none. */
  activeHop?: number;
  /** 0..1 within the active hop. */
  hopProgress?: number;
  reducedMotion?: boolean;
  /** `ns/name` of the Pod requests are sent from. */
  clientPod?: string;
  /** Element ids to highlight (`pod:ns/name`, `svc:ns/name`, `node-rules:node-1`, …). */
  highlight?: string[];
  onAction?: (a: ClusterAction) => void;
  onSelect?: (id: string) => void;
  onSetClient?: (podId: string) => void;
}

const EMPTY: string[] = [];
const FIT_OPTIONS = { padding: 0.06, maxZoom: 1 };
const PRO_OPTIONS = { hideAttribution: true };

export function ClusterGraph(props: ClusterGraphProps) {
  return (
    <ReactFlowProvider>
      <GraphInner {...props} />
    </ReactFlowProvider>
  );
}

function GraphInner({ cluster, stale = false, trace, activeHop = -1, hopProgress = 0, reducedMotion = false, clientPod,
  highlight = EMPTY, onAction, onSelect, onSetClient }: ClusterGraphProps) {
  const { t } = useTranslation();

  // Layout memory: the previous layout's slots, so an edit keeps unchanged elements where they were.
  // React's "information from previous renders" pattern: rebuild during render when the cluster changes.
  const [built, setBuilt] = useState(() => ({ cluster, graph: toFlow(cluster) }));
  let graph = built.graph;
  if (built.cluster !== cluster) {
    graph = toFlow(cluster, built.graph.memory);
    setBuilt({ cluster, graph });
  }

  const clientId = clientPodId(clientPod);
  const labelled = useMemo(
    () => graph.nodes.map((n) => { const label = ariaLabelFor(n, t, clientId); return label ? { ...n, ariaLabel: label } : n; }),
    [graph, t, clientId]);

  const hop = trace && activeHop >= 0 ? trace.hops[activeHop] : undefined;
  const highlightKey = [...highlight, hop?.from ?? '', hop?.to ?? ''].join('\n');
  const highlightSet = useMemo(() => new Set(highlightKey.split('\n').filter(Boolean)), [highlightKey]);
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);

  const nodes = useMemo(() => decorateNodes(labelled, { clientId, highlight: highlightSet, selectedId }),
    [labelled, clientId, highlightSet, selectedId]);
  const edges = useMemo(() => decorateEdges(graph.edges, { highlight: highlightSet }), [graph.edges, highlightSet]);

  // The packet reads progress from this store, so a new hopProgress every frame moves one element only.
  const [progress] = useState(() => createProgressStore(hopProgress));
  useLayoutEffect(() => { progress.set(reducedMotion ? 1 : hopProgress); }, [progress, hopProgress, reducedMotion]);

  // Callbacks from the host change identity every render; read them through a ref so the canvas stays memoized.
  const latest = useRef({ onAction, onSelect, onSetClient });
  useLayoutEffect(() => { latest.current = { onAction, onSelect, onSetClient }; });
  const selectNode = useCallback((id: string) => { setSelectedId(id); latest.current.onSelect?.(id); }, []);

  const ariaLabelConfig = useMemo(() => ({
    'node.a11yDescription.default': t('graph.rf.nodeHelp'),
    'node.a11yDescription.keyboardDisabled': t('graph.rf.nodeHelp'),
    'edge.a11yDescription.default': t('graph.rf.edgeHelp'),
    'controls.ariaLabel': t('graph.rf.controls'),
    'controls.zoomIn.ariaLabel': t('graph.rf.zoomIn'),
    'controls.zoomOut.ariaLabel': t('graph.rf.zoomOut'),
    'controls.fitView.ariaLabel': t('graph.rf.fitView'),
    'controls.interactive.ariaLabel': t('graph.rf.interactive'),
    'minimap.ariaLabel': t('graph.rf.minimap'),
    'handle.ariaLabel': t('graph.rf.handle'),
  }), [t]);

  return (
    <div className={`kg-root${stale ? ' is-stale' : ''}`} role="region" aria-label={t('graph.region')} data-testid="cluster-graph">
      {stale && <div className="kg-stale" role="status">{t('graph.stale')}</div>}
      <Canvas
        nodes={nodes}
        edges={edges}
        ariaLabelConfig={ariaLabelConfig}
        large={nodes.length > 400}
        onNodeClick={selectNode}
      >
        <PacketLayer trace={trace} activeHop={activeHop} rects={graph.rects} progress={progress} reducedMotion={reducedMotion} />
      </Canvas>
    </div>
  );
}

interface CanvasProps {
  nodes: GraphNode[];
  edges: ReturnType<typeof decorateEdges>;
  ariaLabelConfig: Record<string, string>;
  large: boolean;
  onNodeClick: (id: string) => void;
  children: ReactNode;
}

const Canvas = memo(function Canvas({ nodes, edges, ariaLabelConfig, large, onNodeClick, children }: CanvasProps) {
  const { t } = useTranslation();
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
      proOptions={PRO_OPTIONS}
      ariaLabelConfig={ariaLabelConfig}
      onNodeClick={(_, n) => onNodeClick(n.id)}
    >
      <Controls showInteractive={false} fitViewOptions={FIT_OPTIONS} />
      <Panel position="bottom-right">
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
