// The cluster graph: Services on top, Kubernetes nodes below holding their Pods and the netfilter rules
// kube-proxy wrote on them, EndpointSlice links between. Props-driven: the host owns state and actions.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { ReactFlowProvider, type Node } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import '@xyflow/react/dist/base.css';
import './graph.css';
import type { Cluster } from '../../core';
import { cached, withAriaLabel, withEdgeA11y } from './aria';
import { Canvas } from './Canvas';
import { ContextMenu } from './ContextMenu';
import type { ClusterAction, Trace } from './contracts';
import { decorateEdges, decorateNodes } from './decorate';
import { registerGraphForExport } from './export-registry';
import { clientPath } from './focus-view';
import { withHits, type PodHits } from './hits';
import { EXTERNAL_ID, clientPodId, resolveElementId } from './ids';
import { itemForKey, menuFor, type MenuItem } from './menu';
import { PacketLayer } from './PacketLayer';
import { shareUnchanged } from './structural-sharing';
import { createProgressStore, type ProgressStore } from './progress-store';
import { toFlow, type GraphNode } from './to-flow';
import { isSummaryId, showMoreStep, type ShownCounts } from './summarise';
import { addressesOf, elementsByIP } from './hop-highlight';
import { hopPath, ruleSource } from './path';
import { trailEdges } from './trail';
import { boundsOf } from './use-auto-fit';


export interface ClusterGraphProps {
  cluster: Cluster;
  /** The text no longer builds: the graph shows the last good cluster, greyed, with a banner. */
  stale?: boolean;
  trace?: Trace;
  /** Index into trace.hops; -1 or undefined for none. */
  activeHop?: number;
  /** Progress within the active hop, 0..1: the host writes it every frame; only the packet reads it. Without
   * it the packet rests at the hop's end. */
  progress?: ProgressStore;
  reducedMotion?: boolean;
  /** `ns/name` of the Pod requests are sent from. */
  clientPod?: string;
  /** Element ids to highlight (`pod:ns/name`, `svc:ns/name`, `node-rules:node-1`, …). */
  highlight?: string[];
  /** The running total of requests per Pod: each Pod that answered shows its count. */
  hits?: PodHits;
  /** Where the request goes (Pod ids, or a Service id for its Pods): a narrow panel frames these with the client. */
  targets?: string[];
  onAction?: (a: ClusterAction) => void;
  /** Element id of the chosen element (`pod:ns/name`, `svc:ns/name`, `dns:kube-dns`, …). */
  onSelect?: (id: string) => void;
  /** `ns/name`, the same form as the clientPod prop. */
  onSetClient?: (podId: string) => void;
  /** The menu's "Labels…" or the L key on a Pod: the host opens its label dialog for `ns/name`. */
  onEditLabels?: (podId: string) => void;
  /** The menu's "Open a shell on NODE" on a node's rules: the host opens a shell there. */
  onOpenNodeShell?: (node: string) => void;
}

const EMPTY: string[] = [];
const MENU_W = 250;

export function ClusterGraph({ cluster, stale = false, trace, activeHop = -1, progress: hostProgress, reducedMotion = false, clientPod,
  highlight = EMPTY, hits, targets = EMPTY, onAction, onSelect, onSetClient, onEditLabels, onOpenNodeShell }: ClusterGraphProps) {
  const { t } = useTranslation();
  const rootRef = useRef<HTMLDivElement>(null);

  // Rebuild during render when the cluster changes (React's "information from previous renders" pattern), with
  // the previous layout's slots so unchanged elements keep their place and their objects. A request from or to
  // outside the cluster needs the "outside the cluster" element even without an ExternalName Service.
  // A large cluster is summarised (summarise.ts); what the request touches is drawn whatever its place.
  const external = trace?.hops.some((h) => h.from === EXTERNAL_ID || h.to === EXTERNAL_ID) ?? false;
  const clientId = clientPodId(clientPod);
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const [shown, setShown] = useState<ShownCounts>({});
  const keepKey = useMemo(() => [...new Set([clientId, selectedId, ...highlight, ...(trace?.hops ?? []).flatMap((h, i, hops) => [h.from, h.to, ruleSource(h, i, hops)])])]
    .filter((id): id is string => !!id).sort().join('\n'), [clientId, selectedId, highlight, trace]);
  const flowOptions = useMemo(() => ({ external, shown, keep: new Set(keepKey.split('\n')) }), [external, shown, keepKey]);
  const [built, setBuilt] = useState(() => ({ cluster, flowOptions, graph: toFlow(cluster, undefined, flowOptions) }));
  let graph = built.graph;
  if (built.cluster !== cluster || built.flowOptions !== flowOptions) {
    graph = shareUnchanged(built.graph, toFlow(cluster, built.graph.memory, flowOptions));
    setBuilt({ cluster, flowOptions, graph });
  }

  const counted = useMemo(() => withHits(graph.nodes, hits, (id) => graph.rects.has(id)), [graph, hits]);
  const labelled = useMemo(() => counted.map((n) => withAriaLabel(n, t, clientId)), [counted, t, clientId]);
  const nodeById = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);

  // Hops name elements as the traffic simulation spells them; map each onto the graph's own element.
  const resolved = useMemo<Trace | undefined>(() => {
    if (!trace) return undefined;
    const has = (id: string) => graph.rects.has(id);
    return { ...trace, hops: trace.hops.map((h) => ({ ...h, from: resolveElementId(h.from, has) ?? h.from, to: resolveElementId(h.to, has) ?? h.to })) };
  }, [trace, graph.rects]);
  const hop = resolved && activeHop >= 0 ? resolved.hops[activeHop] : undefined;
  const path = useMemo(() => (resolved && hop ? hopPath(hop, activeHop, resolved.hops) : []), [resolved, hop, activeHop]);
  const source = useMemo(() => {
    const id = resolved && hop ? ruleSource(hop, activeHop, resolved.hops) : undefined;
    return id ? resolveElementId(id, (x) => graph.rects.has(x)) : undefined;
  }, [resolved, hop, activeHop, graph.rects]);
  const hostHighlight = useMemo(() => highlight.map((id) => resolveElementId(id, (x) => graph.rects.has(x)) ?? id), [highlight, graph.rects]);
  // A DNS answer or a client's pick also lights the elements that own the addresses it carries: the VIP's
  // Service, or the Pods behind a headless name.
  const byIP = useMemo(() => elementsByIP(cluster), [cluster]);
  const answered = useMemo(() => (hop ? addressesOf(hop).map((ip) => byIP.get(ip)).filter((id): id is string => !!id) : []), [hop, byIP]);
  const highlightKey = [...hostHighlight, ...path, ...answered].join('\n');
  const highlightSet = useMemo(() => new Set(highlightKey.split('\n').filter(Boolean)), [highlightKey]);

  const nodes = useMemo(() => decorateNodes(labelled, { clientId, highlight: highlightSet, ruleSource: source, selectedId }),
    [labelled, clientId, highlightSet, source, selectedId]);
  const trail = useMemo(() => trailEdges(resolved, activeHop, graph.rects), [resolved, activeHop, graph.rects]);
  const labelledEdges = useMemo(() => graph.edges.map((e) => cached(e, t, false, () => withEdgeA11y(e, t))), [graph.edges, t]);
  const edges = useMemo(() => [...decorateEdges(labelledEdges, { highlight: highlightSet }), ...trail.map((e) => withEdgeA11y(e, t))],
    [labelledEdges, highlightSet, trail, t]);

  const [restingProgress] = useState(() => createProgressStore(1));
  const progress = hostProgress ?? restingProgress;

  // Callbacks from the host change identity every render; read them through a ref so the canvas stays memoized.
  const latest = useRef({ onAction, onSelect, onSetClient, onEditLabels, onOpenNodeShell, nodeById, clientId });
  useLayoutEffect(() => { latest.current = { onAction, onSelect, onSetClient, onEditLabels, onOpenNodeShell, nodeById, clientId }; });

  const selectNode = useCallback((id: string) => {
    // A summary card is not an object to select: choosing it draws more of what it stands for.
    if (isSummaryId(id)) return setShown((s) => ({ ...s, [id]: (s[id] ?? 0) + showMoreStep(id) }));
    setSelectedId(id);
    latest.current.onSelect?.(id);
  }, []);

  // Context menu.
  const [menu, setMenu] = useState<{ id: string; x: number; y: number } | undefined>(undefined);
  const focusElement = useCallback((id: string) => {
    requestAnimationFrame(() => {
      const root = rootRef.current;
      const el = root?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
      (el ?? root?.querySelector<HTMLElement>('.react-flow__pane'))?.focus();
    });
  }, []);
  const openMenu = useCallback((id: string, clientX: number, clientY: number) => {
    const box = rootRef.current?.getBoundingClientRect();
    if (!box) return;
    const count = menuFor(latest.current.nodeById.get(id)!, latest.current.clientId, latest.current.onEditLabels !== undefined, latest.current.onOpenNodeShell !== undefined).length;
    const x = Math.max(4, Math.min(clientX - box.left, box.width - MENU_W - 4));
    const y = Math.max(4, Math.min(clientY - box.top, box.height - (count * 32 + 40) - 4));
    setMenu({ id, x, y });
  }, []);
  const run = useCallback((item: MenuItem, id: string) => {
    const node = latest.current.nodeById.get(id);
    const c = item.command;
    if (c.kind === 'select') selectNode(id);
    else if (c.kind === 'labels' && node?.type === 'pod') { latest.current.onEditLabels?.(`${node.data.namespace}/${node.data.name}`); return; }
    else if (c.kind === 'setClient' && node?.type === 'pod') latest.current.onSetClient?.(`${node.data.namespace}/${node.data.name}`);
    else if (c.kind === 'action') latest.current.onAction?.(c.action);
    else if (c.kind === 'nodeShell') { latest.current.onOpenNodeShell?.(c.node); return; }
    focusElement(id);
  }, [focusElement, selectNode]);

  const onKeyDown = useCallback((e: KeyboardEvent<HTMLDivElement>) => {
    const el = (e.target as HTMLElement).closest?.('.react-flow__node');
    const id = el?.getAttribute('data-id');
    const node = id ? latest.current.nodeById.get(id) : undefined;
    if (!el || !id || !node || node.type === 'nodeGroup') return;
    if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
      e.preventDefault();
      const r = el.getBoundingClientRect();
      openMenu(id, r.left + 12, r.bottom + 4);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      selectNode(id);
    } else if (!e.ctrlKey && !e.metaKey && !e.altKey) {
      const item = itemForKey(menuFor(node, latest.current.clientId, latest.current.onEditLabels !== undefined), e.key);
      if (item) { e.preventDefault(); run(item, id); }
    }
  }, [openMenu, run, selectNode]);

  const onContextMenu = useCallback((e: MouseEvent, n: Node) => {
    if (n.type === 'nodeGroup' || n.type === 'summary') return;
    e.preventDefault();
    openMenu(n.id, e.clientX, e.clientY);
  }, [openMenu]);

  const targetsKey = targets.map((id) => resolveElementId(id, (x) => graph.rects.has(x)) ?? id).join('\n');
  const framed = useMemo(() => clientPath(graph, clientId, targetsKey.split('\n').filter(Boolean)), [graph, clientId, targetsKey]);

  const boundsKey = useMemo(() => { const b = boundsOf(graph.rects); return `${Math.round(b.x)},${Math.round(b.y)},${Math.round(b.width)},${Math.round(b.height)}`; }, [graph.rects]);

  // Export helpers frame the whole cluster, whatever the current pan and zoom.
  const rectsRef = useRef(graph.rects);
  useEffect(() => { rectsRef.current = graph.rects; }, [graph.rects]);
  useEffect(() => registerGraphForExport({
    viewport: () => rootRef.current?.querySelector<HTMLElement>('.react-flow__viewport') ?? null,
    bounds: () => boundsOf(rectsRef.current),
    background: () => (rootRef.current ? getComputedStyle(rootRef.current).backgroundColor : '#ffffff'),
  }), []);

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

  // A stable element, so the memoized canvas does not re-render on every animation frame.
  const packet = useMemo(() => <PacketLayer trace={resolved} activeHop={activeHop} rects={graph.rects} progress={progress} reducedMotion={reducedMotion} />,
    [resolved, activeHop, graph.rects, progress, reducedMotion]);

  const menuNode = menu ? nodeById.get(menu.id) : undefined;
  const menuId = menu?.id;
  const closeMenu = useCallback(() => {
    if (menuId) focusElement(menuId);
    setMenu(undefined);
  }, [focusElement, menuId]);

  // React Flow's store starts with the first nodes and edges: they render with the rest of the first render, rather
  // than after it in a render of their own once the canvas's effect hands them over (the same objects then, so
  // nothing is built twice).
  return (
    <ReactFlowProvider initialNodes={nodes} initialEdges={edges}>
      <div ref={rootRef} className={`kg-root${stale ? ' is-stale' : ''}`} role="region" aria-label={t('graph.region')}
        data-testid="cluster-graph" onKeyDown={onKeyDown}>
        {stale && <div className="kg-stale" role="status">{t('graph.stale')}</div>}
        <Canvas nodes={nodes} edges={edges} ariaLabelConfig={ariaLabelConfig} large={nodes.length > 400} boundsKey={boundsKey} path={framed} sendKey={trace} reducedMotion={reducedMotion}
          onNodeClick={selectNode} onNodeContextMenu={onContextMenu}>
          {packet}
        </Canvas>
        {menu && menuNode && (
          <ContextMenu title={t('graph.aria.menu', { name: nodeTitle(menuNode) })} items={menuFor(menuNode, clientId, onEditLabels !== undefined, onOpenNodeShell !== undefined)} x={menu.x} y={menu.y}
            onClose={closeMenu} onChoose={(item) => { setMenu(undefined); run(item, menu.id); }} />
        )}
      </div>
    </ReactFlowProvider>
  );
}

function nodeTitle(n: GraphNode): string {
  switch (n.type) {
    case 'pod': case 'service': return n.data.name;
    case 'rules': return n.data.node;
    default: return n.id;
  }
}
