import { memo, useMemo, type ComponentType } from 'react';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { CardContextValue } from '../canvas/cardContext';
import type { CanvasNode, MapLayout } from '../canvas/layout';
import { nodeTypes } from '../canvas/nodeTypes';

/** One node as React Flow would place it, drawn by the canvas's own node component. */
const StaticNode = memo(function StaticNode({ node }: { node: CanvasNode }) {
  const NodeView = nodeTypes[node.type!] as ComponentType<NodeProps<CanvasNode>>;
  const { x, y } = node.position;
  return (
    <div
      className={`react-flow__node react-flow__node-${node.type}`}
      style={{
        transform: `translate(${x}px, ${y}px)`,
        width: node.width,
        height: node.height,
        zIndex: node.zIndex,
      }}
    >
      <NodeView
        id={node.id}
        type={node.type!}
        data={node.data}
        width={node.width}
        height={node.height}
        positionAbsoluteX={x}
        positionAbsoluteY={y}
        zIndex={node.zIndex ?? 0}
        selected={false}
        dragging={false}
        draggable={false}
        selectable={false}
        deletable={false}
        isConnectable={false}
      />
    </div>
  );
});

/**
 * The whole map at zoom 1, every card in full detail (`detailed`) or, for an image too small to read it,
 * as the canvas draws it zoomed out, for an image or a printed page. Drawn from the
 * layout with the canvas's node components — not copied from the canvas, which shows only part of a
 * large map, at its own level of detail, with selection and filters. React Flow's store (given the
 * nodes) is there for the curves, which read their cards' positions from it.
 */
export function ExportMap({ layout, detailed }: { layout: Pick<MapLayout, 'nodes'>; detailed: boolean }) {
  const { t } = useTranslation();
  const cards = useMemo(
    () => ({ t, detail: detailed ? ('all' as const) : ('none' as const) }),
    [t, detailed],
  );
  return (
    <ReactFlowProvider initialNodes={layout.nodes}>
      <CardContextValue.Provider value={cards}>
        <div className="react-flow__viewport">
          {layout.nodes.map((node) => (
            <StaticNode key={node.id} node={node} />
          ))}
        </div>
      </CardContextValue.Provider>
    </ReactFlowProvider>
  );
}
