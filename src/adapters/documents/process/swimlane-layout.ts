import { pick, type DocLang } from '../language.js';
import { durationText } from '../vocabulary/duration.js';
import { PARTIES } from '../vocabulary/units.js';
import { wrapText } from '../svg/wrap.js';
import type { ProcessGraph, ProcessNode } from './process-graph.js';
import { routeEdges } from './edge-routes.js';
import type { PlacedLane, PlacedNode, SwimlaneLayout } from './layout-types.js';

/** Sizes in px. Events and gateways keep BPMN modelers' default sizes (36 and 50). */
export const SWIMLANE = {
  column: 200,
  padding: 20,
  taskWidth: 160,
  taskMinHeight: 64,
  event: 36,
  gateway: 50,
  fontPx: 12,
  lineHeight: 15,
  laneMinHeight: 150,
  /** Room above and below the tallest node for labels and routes around it. */
  laneMargin: 36,
} as const;

/**
 * Columns by longest path along the forward edges (graph order is topological), moved right
 * when a lane already has a node in that column.
 */
function assignColumns(graph: ProcessGraph): Map<string, number> {
  const columns = new Map<string, number>();
  const taken = new Set<string>();
  const forward = graph.edges.filter((e) => e.back !== true);

  for (const node of graph.nodes) {
    const before = forward.filter((e) => e.to === node.id).map((e) => columns.get(e.from) ?? 0);
    let column = before.length === 0 ? 0 : Math.max(...before) + 1;

    while (taken.has(`${node.lane}:${column}`)) column++;

    taken.add(`${node.lane}:${column}`);
    columns.set(node.id, column);
  }

  return columns;
}

interface Size {
  readonly width: number;
  readonly height: number;
}

interface SizedNode extends Size {
  readonly lines: readonly string[];
  readonly durationLines: readonly string[];
}

const NO_TEXT = { lines: [], durationLines: [] } as const;

function nodeSize(node: ProcessNode, lang: DocLang): SizedNode {
  if (node.kind !== 'task') {
    return { ...NO_TEXT, ...square(node.kind === 'gateway' ? SWIMLANE.gateway : SWIMLANE.event) };
  }

  const inner = SWIMLANE.taskWidth - 16;
  const label = `${node.number ?? ''}. ${pick(node.label, lang)}`;
  const lines = wrapText(label, inner, { sizePx: SWIMLANE.fontPx });
  const duration = node.limit === undefined ? '' : durationText(node.limit, lang);
  const durationLines = wrapText(duration, inner, { sizePx: SWIMLANE.fontPx, weight: 'bold' });
  const textHeight = (lines.length + durationLines.length) * SWIMLANE.lineHeight;

  return {
    lines,
    durationLines,
    width: SWIMLANE.taskWidth,
    height: Math.max(SWIMLANE.taskMinHeight, textHeight + 20),
  };
}

function square(side: number): Size {
  return { width: side, height: side };
}

/** Each lane is as tall as its tallest node needs, with room for labels and routes. */
function placeLanes(sizes: Map<string, SizedNode>, graph: ProcessGraph): PlacedLane[] {
  let y = 0;

  return PARTIES.map((party) => {
    const tallest = graph.nodes
      .filter((n) => n.lane === party)
      .map((n) => sizes.get(n.id)?.height ?? 0);
    const height = Math.max(
      SWIMLANE.laneMinHeight,
      Math.max(0, ...tallest) + 2 * SWIMLANE.laneMargin,
    );
    const lane = { party, y, height };

    y += height;

    return lane;
  });
}

function placeNode(
  node: ProcessNode,
  sized: SizedNode | undefined,
  column: number,
  lanes: readonly PlacedLane[],
): PlacedNode {
  const { lines, durationLines, width, height } = sized ?? {
    ...NO_TEXT,
    ...square(SWIMLANE.event),
  };
  const lane = lanes.find((l) => l.party === node.lane) ?? { y: 0, height: 0 };
  const cx = SWIMLANE.padding + (column + 0.5) * SWIMLANE.column;
  const cy = lane.y + lane.height / 2;
  const box = { x: cx - width / 2, y: cy - height / 2, width, height };

  return { node, box, lines, durationLines };
}

/**
 * Places the procedure in four horizontal lanes (recipient, clerk, head, officer), flowing
 * left to right, and routes the edges with right angles.
 *
 * @example
 *   const layout = swimlaneLayout(processGraph(version, { rework: false }), 'kk');
 *   layout.lanes.map((l) => l.party) // ['recipient', 'clerk', 'head', 'officer']
 */
export function swimlaneLayout(graph: ProcessGraph, lang: DocLang): SwimlaneLayout {
  const columns = assignColumns(graph);
  const sized = new Map(graph.nodes.map((n) => [n.id, nodeSize(n, lang)]));
  const lanes = placeLanes(sized, graph);
  const nodes = graph.nodes.map((node) =>
    placeNode(node, sized.get(node.id), columns.get(node.id) ?? 0, lanes),
  );
  const columnCount = Math.max(...columns.values()) + 1;
  const last = lanes.at(-1) ?? { y: 0, height: 0 };

  return {
    lanes,
    nodes,
    edges: routeEdges(graph.edges, nodes),
    width: 2 * SWIMLANE.padding + columnCount * SWIMLANE.column,
    height: last.y + last.height,
  };
}
