import { pick, upperFirst, type DocLang } from '../language.js';
import { centre, shift, shiftPoint, type Point } from '../process/geometry.js';
import type {
  PlacedLane,
  PlacedNode,
  RoutedEdge,
  SwimlaneLayout,
} from '../process/layout-types.js';
import { SWIMLANE } from '../process/swimlane-layout.js';
import { el, escapeXml, textBlock } from '../svg/markup.js';
import { arrow, diamond, eventCircle, stepRect, STROKE } from '../svg/shapes.js';
import { wrapText } from '../svg/wrap.js';
import { UNIT_ABBREVIATION, unitName, unitNumber } from '../vocabulary/units.js';

/** The width of the lane titles at the left of the diagram. */
export const LANE_HEADER_WIDTH = 190;

const SMALL = { sizePx: 11, lineHeight: 13 } as const;

function laneTitle(lane: PlacedLane, lang: DocLang): { head: string | null; name: string } {
  const name = upperFirst(unitName(lane.party, lang));

  if (lane.party === 'recipient') return { head: null, name };

  return { head: `${pick(UNIT_ABBREVIATION, lang)} ${unitNumber(lane.party)}`, name };
}

function laneMarkup(lane: PlacedLane, origin: Point, width: number, lang: DocLang): string {
  const { head, name } = laneTitle(lane, lang);
  const lines = wrapText(name, LANE_HEADER_WIDTH - 20, { sizePx: 12 });
  const allLines = head === null ? lines : [head, ...lines];
  const top = origin.y + lane.y + lane.height / 2 - ((allLines.length - 1) * 15) / 2 + 4;
  const frame = { x: origin.x - LANE_HEADER_WIDTH, y: origin.y + lane.y, height: lane.height };

  return el('g', { class: 'lane', 'data-party': lane.party }, [
    el('rect', { ...frame, width: LANE_HEADER_WIDTH + width, fill: 'none', stroke: STROKE }),
    el('rect', { ...frame, width: LANE_HEADER_WIDTH, fill: '#f4f5f7', stroke: STROKE }),
    textBlock({
      x: origin.x - LANE_HEADER_WIDTH / 2,
      y: top,
      lines: allLines,
      sizePx: 12,
      lineHeight: 15,
      anchor: 'middle',
      className: 'lane-title',
    }),
  ]);
}

function taskMarkup(placed: PlacedNode, origin: Point): string {
  const box = shift(placed.box, origin.x, origin.y);
  const c = centre(box);
  const textHeight = (placed.lines.length + placed.durationLines.length) * SWIMLANE.lineHeight;
  const top = c.y - textHeight / 2 + SWIMLANE.fontPx;
  const lines = { x: c.x, sizePx: SWIMLANE.fontPx, lineHeight: SWIMLANE.lineHeight } as const;

  return el('g', { class: 'step', 'data-id': placed.node.id }, [
    stepRect(box.x, box.y, box.width, box.height),
    textBlock({ ...lines, y: top, lines: placed.lines, anchor: 'middle' }),
    textBlock({
      ...lines,
      y: top + placed.lines.length * SWIMLANE.lineHeight,
      lines: placed.durationLines,
      anchor: 'middle',
      weight: 'bold',
      className: 'duration',
    }),
  ]);
}

/** Events carry their name below the circle, gateways their question above the diamond. */
function markerMarkup(placed: PlacedNode, origin: Point, lang: DocLang): string {
  const box = shift(placed.box, origin.x, origin.y);
  const c = centre(box);
  const lines = wrapText(pick(placed.node.label, lang), SWIMLANE.column - 30, SMALL);
  const gateway = placed.node.kind === 'gateway';
  const y = gateway ? box.y - 8 - (lines.length - 1) * SMALL.lineHeight : box.y + box.height + 14;
  const shape = gateway
    ? diamond(c, box.width, 'shape')
    : eventCircle(c, box.width / 2, placed.node.kind === 'end', 'shape');

  return el('g', { class: placed.node.kind, 'data-id': placed.node.id }, [
    shape,
    textBlock({ x: c.x, y, lines, ...SMALL, anchor: 'middle' }),
  ]);
}

function edgeMarkup(routed: RoutedEdge, origin: Point, lang: DocLang): string {
  const points = routed.points.map((p) => shiftPoint(p, origin.x, origin.y));
  const label = routed.label;
  const text =
    label === undefined || routed.edge.label === undefined
      ? ''
      : el(
          'text',
          {
            x: label.at.x + origin.x,
            y: label.at.y + origin.y,
            'font-size': SMALL.sizePx,
            'text-anchor': label.anchor === 'middle' ? 'middle' : undefined,
            'font-style': 'italic',
          },
          escapeXml(pick(routed.edge.label, lang)),
        );

  return el('g', { class: 'edge', 'data-id': routed.edge.id }, [arrow(points), text]);
}

/**
 * Draws a swimlane layout with its lane titles to the left of `origin`, where the content
 * area (x = 0 of the layout) begins.
 */
export function swimlaneSvg(layout: SwimlaneLayout, origin: Point, lang: DocLang): string {
  return el('g', { class: 'swimlanes' }, [
    ...layout.lanes.map((lane) => laneMarkup(lane, origin, layout.width, lang)),
    ...layout.edges.map((edge) => edgeMarkup(edge, origin, lang)),
    ...layout.nodes.map((placed) =>
      placed.node.kind === 'task' ? taskMarkup(placed, origin) : markerMarkup(placed, origin, lang),
    ),
  ]);
}
