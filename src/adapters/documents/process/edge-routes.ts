import { centre, type Point } from './geometry.js';
import type { ProcessEdge } from './process-graph.js';
import type { EdgeLabel, PlacedNode, RoutedEdge } from './layout-types.js';

/** How far below the target a loop back runs. */
const LOOP_CLEARANCE = 18;

function sides(placed: PlacedNode): Record<'left' | 'right' | 'top' | 'bottom', Point> {
  const { x, y, width, height } = placed.box;
  const c = centre(placed.box);

  return {
    left: { x, y: c.y },
    right: { x: x + width, y: c.y },
    top: { x: c.x, y },
    bottom: { x: c.x, y: y + height },
  };
}

/** Leaves a gateway through the vertex facing the target's lane, then turns towards it. */
function fromGateway(source: PlacedNode, target: PlacedNode): Point[] {
  const s = sides(source);
  const t = sides(target);
  const exit = t.left.y > s.right.y ? s.bottom : s.top;

  return [exit, { x: exit.x, y: t.left.y }, t.left];
}

/** Runs under the target and comes up into it, so the loop crosses no node. */
function loopBack(source: PlacedNode, target: PlacedNode): Point[] {
  const s = sides(source);
  const t = sides(target);
  const below = t.bottom.y + LOOP_CLEARANCE;

  return [s.bottom, { x: s.bottom.x, y: below }, { x: t.bottom.x, y: below }, t.bottom];
}

function route(edge: ProcessEdge, source: PlacedNode, target: PlacedNode): Point[] {
  const s = sides(source);
  const t = sides(target);

  if (edge.back === true) return loopBack(source, target);
  if (source.node.lane === target.node.lane) return [s.right, t.left];
  if (source.node.kind === 'gateway') return fromGateway(source, target);

  const middle = (s.right.x + t.left.x) / 2;

  return [s.right, { x: middle, y: s.right.y }, { x: middle, y: t.left.y }, t.left];
}

/** Labels sit beside the first segment: above a horizontal exit, right of a vertical one. */
function labelPlace(points: readonly Point[], back: boolean): EdgeLabel {
  const [first = { x: 0, y: 0 }, second = first] = points;

  if (back) {
    const bottom = points[1] ?? first;
    const end = points[2] ?? first;

    return { at: { x: (bottom.x + end.x) / 2, y: bottom.y - 5 }, anchor: 'middle' };
  }

  if (first.y === second.y) return { at: { x: first.x + 6, y: first.y - 6 }, anchor: 'start' };

  const down = second.y > first.y;

  return { at: { x: first.x + 6, y: first.y + (down ? 16 : -8) }, anchor: 'start' };
}

export function routeEdges(
  edges: readonly ProcessEdge[],
  nodes: readonly PlacedNode[],
): RoutedEdge[] {
  const byId = new Map(nodes.map((n) => [n.node.id, n]));

  return edges.map((edge) => {
    const source = byId.get(edge.from);
    const target = byId.get(edge.to);

    if (source === undefined || target === undefined) {
      throw new Error(`Edge ${edge.id} joins a node that is not placed`);
    }

    const points = route(edge, source, target);

    return edge.label === undefined
      ? { edge, points }
      : { edge, points, label: labelPlace(points, edge.back === true) };
  });
}
