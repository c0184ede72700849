import type { CanvasNode } from './layout';

/** Same values, or arrays / objects holding the same values (one level deep). */
function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((key) => Object.is(x[key], y[key]));
}

/** Node data are built fresh by every layout from the journey's (shared) objects: compare two levels. */
function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => shallowEqual(a[key], b[key]));
}

function sameNode(a: CanvasNode, b: CanvasNode): boolean {
  return (
    a.type === b.type &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height &&
    !!a.selected === !!b.selected &&
    a.draggable === b.draggable &&
    a.ariaLabel === b.ariaLabel &&
    sameData(a.data, b.data)
  );
}

/**
 * `next`, with every node that did not change replaced by its object in `previous`. React Flow keeps the
 * internals of a node it has seen (same object) and re-renders only the others, so an edit redraws the
 * cards it touched, not the whole map.
 */
export function reuseUnchanged(previous: readonly CanvasNode[], next: CanvasNode[]): CanvasNode[] {
  if (previous.length === 0) return next;
  const before = new Map(previous.map((node) => [node.id, node]));
  return next.map((node) => {
    const old = before.get(node.id);
    return old && sameNode(old, node) ? old : node;
  });
}
