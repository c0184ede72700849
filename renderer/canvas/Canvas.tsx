import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import {
  applyNodeChanges,
  Background,
  Controls,
  ReactFlow,
  SelectionMode,
  useReactFlow,
  useStore,
  useStoreApi,
  type Edge,
  type NodeChange,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { batch } from '../../src/commands';
import { touchpointFilter } from '../../src/model';
import { useEditor } from '../state/editorStore';
import { useShownJourney } from '../state/shownJourney';
import { useUi } from '../state/uiStore';
import { CardContextValue, cardNamer, DETAIL_ZOOM, useDetailWindowFollowingView } from './cardContext';
import { commandForHeaderDrop, commandsForDrop } from './dropTargets';
import { mapViewport, MAX_ZOOM, MIN_ZOOM } from './geometry';
import { layoutJourney, type CanvasFlow, touchpointIdOfNode, type CanvasNode } from './layout';
import { LaneLabels } from './LaneLabels';
import { MapOverview } from './MapOverview';
import { nodeTypes } from './nodeTypes';
import { useProgressiveCards } from './progressiveCards';
import { reuseUnchanged } from './stableNodes';
import { withAssumptions } from '../research/assumptions';
import { useResearchView } from '../research/researchView';

/** Where the canvas puts what goes beside the map rather than over it; null where there is none. */
export interface CanvasSides {
  /** The strip left of the canvas for the lane labels, in workshop mode. */
  laneStrip: HTMLElement | null;
  /** The place for the map overview, under the side panel. */
  overviewDock: HTMLElement | null;
}

export function Canvas({
  onReady,
  sides,
}: {
  onReady: (flow: CanvasFlow | null) => void;
  sides: CanvasSides;
}) {
  const { t } = useTranslation();
  const journey = useShownJourney();
  const selection = useEditor((s) => s.selection);
  const zoomedIn = useStore((s) => s.transform[2] >= DETAIL_ZOOM);
  const cardContext = useMemo(() => ({ t, detail: 'view' as const }), [t]);
  useDetailWindowFollowingView();
  const flowStore = useStoreApi();
  const mode = useUi((s) => s.mode);
  const filters = useUi((s) => s.filters);
  const inWorkshop = useUi((s) => s.workshop !== null);
  // In workshop mode the stage on show stays bright and the others fade.
  const focusStageId = useUi((s) => (s.workshop ? journey.stages[s.workshop.stageIndex]?.id : undefined));
  const assumptionsOnly = useResearchView((s) => s.assumptionsOnly);
  const layout = useMemo(() => {
    const matches = withAssumptions(journey, touchpointFilter(journey, filters), assumptionsOnly);
    return layoutJourney(
      journey,
      mode,
      focusStageId ? (t) => t.stageId === focusStageId && matches(t) : matches,
    );
  }, [journey, mode, filters, focusStageId, assumptionsOnly]);
  const selectedIds = useMemo(
    () => new Set(selection.kind === 'touchpoints' ? selection.ids : []),
    [selection],
  );
  // Card names by touchpoint object: immer keeps unchanged touchpoints, so an edit names only its cards.
  const cardName = useMemo(() => cardNamer(t), [t]);
  const labelled = useMemo(
    () =>
      layout.nodes.map((node): CanvasNode =>
        node.type === 'touchpoint'
          ? { ...node, ariaRole: 'button' as const, ariaLabel: cardName(node.data.touchpoint) }
          : node,
      ),
    [layout, cardName],
  );
  const fresh = useMemo(
    () =>
      selectedIds.size === 0
        ? labelled
        : labelled.map((node) =>
            node.type === 'touchpoint' && selectedIds.has(node.data.touchpoint.id)
              ? { ...node, selected: true }
              : node,
          ),
    [labelled, selectedIds],
  );
  // A first guess from the window's size, so the first paint already has the right level of detail;
  // React Flow knows the canvas's own size once it starts (onInit), and on a switch of view.
  const [opening] = useState(() =>
    mapViewport(layout, { width: window.innerWidth, height: window.innerHeight }),
  );
  const flow = useReactFlow<CanvasNode, Edge>();
  const showMap = useCallback(
    (duration?: number) => {
      const { width, height } = flowStore.getState();
      if (width > 0 && height > 0)
        void flow.setViewport(mapViewport(layout, { width, height }), { duration });
    },
    [flow, flowStore, layout],
  );
  // Personas and channels make maps of other shapes: show the new one whole (or its beginning).
  const shownMode = useRef(mode);
  useEffect(() => {
    if (mode === shownMode.current) return;
    shownMode.current = mode;
    showMap(200);
  }, [mode, showMap]);
  // Nodes are a projection of the journey; only a drag in progress moves them locally.
  const [nodes, setNodes] = useState<CanvasNode[]>(fresh);
  const [shown, setShown] = useState<{ fresh: CanvasNode[]; projected: CanvasNode[] }>({
    fresh,
    projected: fresh,
  });
  if (shown.fresh !== fresh) {
    // The journey or the selection changed: start again from the projection (React's "adjust state
    // on prop change"), keeping the objects of unchanged nodes so that React Flow redraws only the rest.
    const projected = reuseUnchanged(shown.projected, fresh);
    setShown({ fresh, projected });
    setNodes(projected);
  }
  const { projected } = shown;
  const mounted = useProgressiveCards(nodes);
  const dragging = useRef(false);

  const onNodesChange = useCallback((changes: NodeChange<CanvasNode>[]) => {
    setNodes((current) => applyNodeChanges(changes, current));
  }, []);

  const onSelectionChange = useCallback(({ nodes: picked }: OnSelectionChangeParams) => {
    if (dragging.current) return;
    const ids = [
      ...new Set(picked.filter((n) => n.type === 'touchpoint').map((n) => touchpointIdOfNode(n.id))),
    ];
    const editor = useEditor.getState();
    const current = editor.selection.kind === 'touchpoints' ? editor.selection.ids : [];
    if (ids.length === 0 && editor.selection.kind !== 'touchpoints') return;
    if (ids.length === current.length && ids.every((id) => current.includes(id))) return;
    editor.select(ids.length ? { kind: 'touchpoints', ids } : { kind: 'none' });
  }, []);

  const onNodeDragStart = useCallback(() => {
    dragging.current = true;
  }, []);

  const onNodeDragStop = useCallback(
    (_event: unknown, node: CanvasNode, dragged: CanvasNode[]) => {
      dragging.current = false;
      const editor = useEditor.getState();
      if (!editor.journey) return;
      if (node.type === 'stageHeader' || node.type === 'laneHeader') {
        const reorder = commandForHeaderDrop(layout, node);
        if (!reorder || !editor.dispatch(reorder)) setNodes(projected);
        return;
      }
      const cards = dragged
        .filter((n) => n.type === 'touchpoint')
        .map((n) => ({ touchpointId: touchpointIdOfNode(n.id), position: n.position }));
      const commands = commandsForDrop(editor.journey, layout, cards);
      // A drag is one undo step; a drop outside the map (no command) snaps the cards back.
      if (commands.length === 0 || !editor.dispatch(batch('move-touchpoints', commands))) {
        setNodes(projected);
      }
    },
    [layout, projected],
  );

  // Header clicks select the stage or persona (a node-level handler also gives every node pointer events).
  const onNodeClick = useCallback((_event: unknown, node: CanvasNode) => {
    const editor = useEditor.getState();
    if (node.type === 'stageHeader') editor.select({ kind: 'stage', id: node.data.stage.id });
    if (node.type === 'laneHeader' && node.data.lane.kind === 'persona')
      editor.select({ kind: 'persona', id: node.data.lane.id });
  }, []);

  return (
    <CardContextValue.Provider value={cardContext}>
      <ReactFlow<CanvasNode>
        nodes={mounted}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onSelectionChange={onSelectionChange}
        onNodeDragStart={onNodeDragStart}
        onNodeDragStop={onNodeDragStop}
        onNodeClick={onNodeClick}
        onInit={(instance) => {
          showMap();
          onReady(instance);
        }}
        onPaneClick={() => useEditor.getState().select({ kind: 'none' })}
        selectionMode={SelectionMode.Partial}
        selectionOnDrag
        panOnDrag={[1, 2]}
        panOnScroll
        zoomOnDoubleClick={false}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode="Shift"
        disableKeyboardA11y
        // Only nodes in view are in the page: a large map's pan frames paint and hit-test a fraction of it
        // (exports draw the whole map from its layout, see src/drawing).
        onlyRenderVisibleElements
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        defaultViewport={opening}
        proOptions={{ hideAttribution: true }}
        aria-label={t('canvas.label')}
        ariaLabelConfig={{
          'controls.ariaLabel': t('canvas.controls'),
          'controls.zoomIn.ariaLabel': t('actions.zoomIn'),
          'controls.zoomOut.ariaLabel': t('actions.zoomOut'),
          'controls.fitView.ariaLabel': t('actions.fit'),
        }}
      >
        {/* Zoomed out the dots are a few pixels apart: grey noise that costs every frame of a pan to draw. */}
        {zoomedIn && <Background gap={24} size={1} />}
        {!inWorkshop && <Controls showInteractive={false} />}
        {sides.overviewDock &&
          !inWorkshop &&
          createPortal(<MapOverview layout={layout} />, sides.overviewDock)}
        {sides.laneStrip && inWorkshop && createPortal(<LaneLabels lanes={layout.lanes} />, sides.laneStrip)}
      </ReactFlow>
    </CardContextValue.Provider>
  );
}
