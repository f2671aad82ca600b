import type { BpmnModdle, ModdleElement } from 'bpmn-moddle';
import { pick, type DocLang } from '../language.js';
import { shift, shiftPoint, type Box, type Point } from '../process/geometry.js';
import type { RoutedEdge, SwimlaneLayout } from '../process/layout-types.js';
import { textWidth } from '../svg/text-metrics.js';
import type { SemanticModel } from './build-process.js';

/** BPMN modelers draw the pool's and each lane's name in a 30 px band at their left edge. */
const BAND = 30;
const ORIGIN = { x: 2 * BAND, y: 0 } as const;
const TIMER = 36;

function bounds(moddle: BpmnModdle, box: Box): ModdleElement {
  return moddle.create('dc:Bounds', box);
}

function shape(
  moddle: BpmnModdle,
  element: ModdleElement | undefined,
  box: Box,
  extra: Readonly<Record<string, unknown>> = {},
): ModdleElement {
  return moddle.create('bpmndi:BPMNShape', {
    id: `${element?.id ?? 'unknown'}_di`,
    bpmnElement: element,
    bounds: bounds(moddle, box),
    ...extra,
  });
}

/**
 * A timer sits on the lower edge of its task, at the left: a loop back into the task comes up
 * through the middle of that edge and runs off to the right, clear of it.
 */
function timerBox(task: Box): Box {
  return {
    x: task.x + 10,
    y: task.y + task.height - TIMER / 2,
    width: TIMER,
    height: TIMER,
  };
}

function edgeShape(
  moddle: BpmnModdle,
  routed: RoutedEdge,
  element: ModdleElement | undefined,
  lang: DocLang,
): ModdleElement {
  const points = routed.points.map((p) => shiftPoint(p, ORIGIN.x, ORIGIN.y));
  const waypoint = points.map((p: Point) => moddle.create('dc:Point', p));
  const name = routed.edge.label === undefined ? '' : pick(routed.edge.label, lang);
  const at = routed.label?.at;

  if (at === undefined || name === '') {
    return moddle.create('bpmndi:BPMNEdge', {
      id: `${routed.edge.id}_di`,
      bpmnElement: element,
      waypoint,
    });
  }

  const width = Math.ceil(textWidth(name, 11)) + 4;
  const x = routed.label?.anchor === 'middle' ? at.x - width / 2 : at.x;
  const label = moddle.create('bpmndi:BPMNLabel', {
    bounds: bounds(moddle, { x: x + ORIGIN.x, y: at.y - 12 + ORIGIN.y, width, height: 14 }),
  });

  return moddle.create('bpmndi:BPMNEdge', {
    id: `${routed.edge.id}_di`,
    bpmnElement: element,
    waypoint,
    label,
  });
}

/**
 * A gateway's question goes above the diamond, as in appendix 2: a modeler would otherwise put
 * it below, on top of the label of the flow that leaves downwards.
 */
function gatewayLabel(moddle: BpmnModdle, box: Box, element: ModdleElement | undefined) {
  const name = typeof element?.name === 'string' ? element.name : '';
  const width = Math.ceil(textWidth(name, 11)) + 4;

  return moddle.create('bpmndi:BPMNLabel', {
    bounds: bounds(moddle, {
      x: box.x + box.width / 2 - width / 2,
      y: box.y - 22,
      width,
      height: 14,
    }),
  });
}

function nodeShapes(
  moddle: BpmnModdle,
  layout: SwimlaneLayout,
  model: SemanticModel,
): ModdleElement[] {
  return layout.nodes.flatMap((placed) => {
    const box = shift(placed.box, ORIGIN.x, ORIGIN.y);
    const element = model.byId.get(placed.node.id);
    const marker =
      placed.node.kind === 'gateway'
        ? { isMarkerVisible: true, label: gatewayLabel(moddle, box, element) }
        : {};
    const timer = model.timers.get(placed.node.id);
    const node = shape(moddle, element, box, marker);

    return timer === undefined ? [node] : [node, shape(moddle, timer, timerBox(box))];
  });
}

/**
 * The diagram interchange (DI) of the export, drawn from the same swimlane layout as
 * appendix 2: the pool, a lane band per party, every node, timer and flow, so BPMN modelers
 * open the file with the lanes in place instead of laying it out again.
 */
export function buildDiagram(
  moddle: BpmnModdle,
  layout: SwimlaneLayout,
  model: SemanticModel,
  lang: DocLang,
): ModdleElement {
  const pool = { x: 0, y: ORIGIN.y, width: ORIGIN.x + layout.width, height: layout.height };
  const lanes = layout.lanes.map((lane) =>
    shape(
      moddle,
      model.lanes.get(lane.party),
      { x: BAND, y: ORIGIN.y + lane.y, width: pool.width - BAND, height: lane.height },
      { isHorizontal: true },
    ),
  );
  const edges = layout.edges.map((routed) =>
    edgeShape(moddle, routed, model.byId.get(routed.edge.id), lang),
  );
  const plane = moddle.create('bpmndi:BPMNPlane', {
    id: 'BPMNPlane_1',
    bpmnElement: model.collaboration,
    planeElement: [
      shape(moddle, model.participant, pool, { isHorizontal: true }),
      ...lanes,
      ...nodeShapes(moddle, layout, model),
      ...edges,
    ],
  });

  return moddle.create('bpmndi:BPMNDiagram', { id: 'BPMNDiagram_1', plane });
}
