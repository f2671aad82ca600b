import type { BpmnModdle, ModdleElement } from 'bpmn-moddle';
import type { ServiceVersion } from '../../../domain/regulation/types.js';
import { pick, upperFirst, type DocLang } from '../language.js';
import type { ProcessEdge, ProcessGraph, ProcessNode } from '../process/process-graph.js';
import { WORDS } from '../vocabulary/diagram-words.js';
import { durationText } from '../vocabulary/duration.js';
import { PARTIES, unitName, type Party } from '../vocabulary/units.js';
import { isoDuration, taskDocumentation } from './durations.js';

/** The semantic part of the export, with every element findable by the id DI refers to. */
export interface SemanticModel {
  readonly collaboration: ModdleElement;
  readonly participant: ModdleElement;
  readonly process: ModdleElement;
  readonly lanes: ReadonlyMap<Party, ModdleElement>;
  readonly byId: ReadonlyMap<string, ModdleElement>;
  /** Timer boundary events by the id of the task they are attached to. */
  readonly timers: ReadonlyMap<string, ModdleElement>;
}

const NODE_TYPE = {
  start: 'bpmn:StartEvent',
  end: 'bpmn:EndEvent',
  gateway: 'bpmn:ExclusiveGateway',
  task: 'bpmn:UserTask',
} as const;

function nodeElement(moddle: BpmnModdle, node: ProcessNode, lang: DocLang): ModdleElement {
  const name = pick(node.label, lang);

  if (node.kind !== 'task' || node.limit === undefined || node.action === undefined) {
    return moddle.create(NODE_TYPE[node.kind], { id: node.id, name });
  }

  const documentation = taskDocumentation(node.action, node.limit, lang);
  const limit = moddle.create('reglament:Limit', node.limit);

  return moddle.create('bpmn:UserTask', {
    id: node.id,
    name: `${node.number ?? ''}. ${name}`,
    documentation: [moddle.create('bpmn:Documentation', { text: documentation })],
    extensionElements: moddle.create('bpmn:ExtensionElements', { values: [limit] }),
  });
}

/** A non-interrupting deadline on a task whose limit is in calendar days. */
function timerFor(
  moddle: BpmnModdle,
  node: ProcessNode,
  task: ModdleElement,
  lang: DocLang,
): ModdleElement | null {
  const iso = node.limit === undefined ? null : isoDuration(node.limit);

  if (iso === null || node.limit === undefined) return null;

  const timeDuration = moddle.create('bpmn:FormalExpression', { body: iso });
  const definition = moddle.create('bpmn:TimerEventDefinition', {
    id: `TimerDefinition_${node.id}`,
    timeDuration,
  });

  return moddle.create('bpmn:BoundaryEvent', {
    id: `Deadline_${node.id}`,
    name: `${pick(WORDS.deadline, lang)}: ${durationText(node.limit, lang)}`,
    attachedToRef: task,
    cancelActivity: false,
    eventDefinitions: [definition],
  });
}

/** Appends to a many-valued property; moddle creates the list on first `get`. */
function append(element: ModdleElement | undefined, property: string, value: unknown): void {
  (element?.get(property) as unknown[] | undefined)?.push(value);
}

function flowElement(
  moddle: BpmnModdle,
  edge: ProcessEdge,
  byId: ReadonlyMap<string, ModdleElement>,
  lang: DocLang,
): ModdleElement {
  const source = byId.get(edge.from);
  const target = byId.get(edge.to);
  const flow = moddle.create('bpmn:SequenceFlow', {
    id: edge.id,
    sourceRef: source,
    targetRef: target,
    ...(edge.label === undefined ? {} : { name: pick(edge.label, lang) }),
    ...(edge.condition === undefined
      ? {}
      : { conditionExpression: moddle.create('bpmn:FormalExpression', { body: edge.condition }) }),
  });

  append(source, 'outgoing', flow);
  append(target, 'incoming', flow);

  return flow;
}

/** One lane per party, holding its nodes and the deadlines attached to them. */
function lanesOf(
  moddle: BpmnModdle,
  graph: ProcessGraph,
  byId: ReadonlyMap<string, ModdleElement>,
  timers: ReadonlyMap<string, ModdleElement>,
  lang: DocLang,
): Map<Party, ModdleElement> {
  return new Map(
    PARTIES.map((party) => {
      const nodes = graph.nodes.filter((n) => n.lane === party);
      const refs = nodes.flatMap((n) => [byId.get(n.id), timers.get(n.id)]);
      const lane = moddle.create('bpmn:Lane', {
        id: `Lane_${party}`,
        name: upperFirst(unitName(party, lang)),
        flowNodeRef: refs.filter((r) => r !== undefined),
      });

      return [party, lane] as const;
    }),
  );
}

/**
 * The process of a version: a user task per step and branch in its lane, exclusive gateways,
 * the start and both ends, sequence flows with conditions, and timers where a limit is in
 * calendar days. One participant (the provider) holds it in a collaboration.
 */
export function buildProcess(
  moddle: BpmnModdle,
  version: ServiceVersion,
  graph: ProcessGraph,
  lang: DocLang,
): SemanticModel {
  const byId = new Map(graph.nodes.map((n) => [n.id, nodeElement(moddle, n, lang)]));
  const timers = new Map(
    graph.nodes.flatMap((n) => {
      const timer = timerFor(moddle, n, byId.get(n.id)!, lang);

      return timer === null ? [] : [[n.id, timer] as const];
    }),
  );
  const flows = graph.edges.map((e) => flowElement(moddle, e, byId, lang));
  const lanes = lanesOf(moddle, graph, byId, timers, lang);
  const process = moddle.create('bpmn:Process', {
    id: `Process_${version.serviceCode}`,
    name: pick(version.title, lang),
    isExecutable: false,
    laneSets: [moddle.create('bpmn:LaneSet', { id: 'LaneSet_1', lanes: [...lanes.values()] })],
    flowElements: [...byId.values(), ...timers.values(), ...flows],
  });
  const participant = moddle.create('bpmn:Participant', {
    id: `Participant_${version.serviceCode}`,
    name: pick(version.title, lang),
    processRef: process,
  });
  const collaboration = moddle.create('bpmn:Collaboration', {
    id: `Collaboration_${version.serviceCode}`,
    participants: [participant],
  });

  for (const flow of flows) byId.set(flow.id ?? '', flow);

  return { collaboration, participant, process, lanes, byId, timers };
}
