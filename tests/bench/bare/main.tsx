import { createRoot } from 'react-dom/client';
import { ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './bare.css';

// The baseline: React Flow with default nodes and edges, as many as Trayecto draws for the same map
// (?nodes=N&edges=M), laid out on a grid of the same size. No app, no custom nodes.
const params = new URLSearchParams(location.search);
const nodeCount = Number(params.get('nodes') ?? 100);
const edgeCount = Number(params.get('edges') ?? 0);
const columns = Math.ceil(Math.sqrt(nodeCount * 2));
const nodes: Node[] = Array.from({ length: nodeCount }, (_, i) => ({
  id: `n${i}`,
  position: { x: (i % columns) * 200, y: Math.floor(i / columns) * 110 },
  data: { label: `Node ${i + 1}` },
}));
const edges: Edge[] = Array.from({ length: Math.min(edgeCount, nodeCount - 1) }, (_, i) => ({
  id: `e${i}`,
  source: `n${i}`,
  target: `n${i + 1}`,
}));

createRoot(document.getElementById('root')!).render(
  <main style={{ height: '100%' }}>
    <ReactFlow
      defaultNodes={nodes}
      defaultEdges={edges}
      fitView
      // Wheel pans, Ctrl+wheel zooms, as on Trayecto's canvas: the benchmark drives both pages alike.
      panOnScroll
      minZoom={0.1}
      proOptions={{ hideAttribution: true }}
    />
  </main>,
);
