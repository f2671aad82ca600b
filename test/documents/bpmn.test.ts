import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { exportBpmn, reglamentModdle } from '../../src/adapters/documents/bpmn/export-bpmn.js';
import { durationText } from '../../src/adapters/documents/vocabulary/duration.js';
import type { ServiceVersion } from '../../src/domain/regulation/types.js';
import type { Limit, LimitUnit } from '../../src/domain/shared/time.js';
import { keepArtefact, latest, services } from './support.js';

function list(element: ModdleElement | undefined, property: string): ModdleElement[] {
  return (element?.get(property) as ModdleElement[] | undefined) ?? [];
}

async function imported(version: ServiceVersion, moddle = reglamentModdle()) {
  const xml = await exportBpmn(version, 'kk');
  const result = await moddle.fromXML(xml);
  const definitions = result.rootElement;
  const process = list(definitions, 'rootElements').find((e) => e.$type === 'bpmn:Process')!;

  return { xml, result, process, flowElements: list(process, 'flowElements') };
}

/** Follows the flows that carry the application on, never the refusal or the return. */
function happyPath(flowElements: readonly ModdleElement[]): string[] {
  const start = flowElements.find((e) => e.$type === 'bpmn:StartEvent');
  const path: string[] = [];
  let node: ModdleElement | undefined = start;

  while (node !== undefined && path.length < 20) {
    path.push(node.id ?? '');

    const onward = list(node, 'outgoing').find((flow) => {
      const condition = flow.get('conditionExpression') as ModdleElement | undefined;

      const body = condition?.get('body');

      return !(typeof body === 'string' && body.startsWith('${!'));
    });

    node = onward?.get('targetRef') as ModdleElement | undefined;
  }

  return path;
}

describe.each(services.map((s) => [s.code, latest(s.code)] as const))(
  'the BPMN export of %s',
  (code, version) => {
    it('imports back without a warning, with or without the project extension', async () => {
      const plain = await imported(version, new BpmnModdle());
      const extended = await imported(version);

      keepArtefact(`${code}.kk.bpmn`, extended.xml);

      expect([plain.result.warnings, extended.result.warnings]).toEqual([[], []]);
    });

    it('has a user task per step and branch, each in its unit’s lane', async () => {
      const { process } = await imported(version);
      const lanes = list(list(process, 'laneSets')[0], 'lanes');
      const tasksByLane = Object.fromEntries(
        lanes.map((lane): [string, string[]] => [
          lane.id ?? '',
          list(lane, 'flowNodeRef')
            .filter((n) => n.$type === 'bpmn:UserTask')
            .map((n) => n.id ?? ''),
        ]),
      );

      expect(tasksByLane).toEqual({
        Lane_recipient: [],
        Lane_clerk: ['Task_intake', 'Task_intake-refusal', 'Task_issuance'],
        Lane_head: ['Task_routing', 'Task_signing'],
        Lane_officer: ['Task_execution'],
      });
    });

    it('runs the steps in the order of §5 along the sequence flows', async () => {
      const { flowElements } = await imported(version);

      expect(happyPath(flowElements)).toEqual([
        'StartEvent_application',
        'Task_intake',
        'Gateway_intake',
        'Task_routing',
        'Task_execution',
        'Task_signing',
        'Gateway_signing',
        'Task_issuance',
        'EndEvent_issued',
      ]);
    });

    it('branches the refusal and the return for rework through exclusive gateways', async () => {
      const { flowElements } = await imported(version);
      const gateways = flowElements.filter((e) => e.$type === 'bpmn:ExclusiveGateway');
      const exits = gateways.map((g) => [
        g.id,
        list(g, 'outgoing').map((f) => [
          f.get('name'),
          (f.get('targetRef') as ModdleElement).id,
          (f.get('conditionExpression') as ModdleElement).get('body'),
        ]),
      ]);
      const refusal = flowElements.find((e) => e.id === 'Task_intake-refusal')!;

      expect({
        exits,
        refusalEndsIn: list(refusal, 'outgoing').map(
          (f) => (f.get('targetRef') as ModdleElement).id,
        ),
      }).toEqual({
        exits: [
          [
            'Gateway_intake',
            [
              ['жоқ', 'Task_intake-refusal', '${!documentsComplete}'],
              ['иә', 'Task_routing', '${documentsComplete}'],
            ],
          ],
          [
            'Gateway_signing',
            [
              ['пысықтауға қайтару', 'Task_execution', '${!signed}'],
              ['иә', 'Task_issuance', '${signed}'],
            ],
          ],
        ],
        refusalEndsIn: ['EndEvent_intake-refusal'],
      });
    });

    it('states every limit, with an ISO timer only where it is in calendar days', async () => {
      const { flowElements } = await imported(version);
      const limits = flowElements
        .filter((e) => e.$type === 'bpmn:UserTask')
        .map((task) => {
          const [limit] = list(task.get('extensionElements') as ModdleElement, 'values');
          const text = String(list(task, 'documentation')[0]?.get('text'));
          const stated: Limit = {
            amount: Number(limit?.get('amount')),
            unit: String(limit?.get('unit')) as LimitUnit,
          };

          return [task.id, stated, text.includes(durationText(stated, 'kk'))];
        });
      const timers = flowElements
        .filter((e) => e.$type === 'bpmn:BoundaryEvent')
        .map((timer) => {
          const [definition] = list(timer, 'eventDefinitions');
          const duration = definition?.get('timeDuration') as ModdleElement;

          return [
            (timer.get('attachedToRef') as ModdleElement).id,
            duration.get('body'),
            timer.get('cancelActivity'),
          ];
        });

      expect({ limits, timers }).toEqual({
        limits: [
          ['Task_intake', { amount: 30, unit: 'working-minutes' }, true],
          ['Task_intake-refusal', { amount: 30, unit: 'working-minutes' }, true],
          ['Task_routing', { amount: 1, unit: 'working-days' }, true],
          ['Task_execution', { amount: 26, unit: 'calendar-days' }, true],
          ['Task_signing', { amount: 1, unit: 'working-days' }, true],
          ['Task_issuance', { amount: 1, unit: 'working-days' }, true],
        ],
        timers: [['Task_execution', 'P26D', false]],
      });
    });

    it('draws the pool, every lane, node and flow, each node inside its lane', async () => {
      const { result, process, flowElements } = await imported(version);
      const [diagram] = list(result.rootElement, 'diagrams');
      const plane = diagram?.get('plane') as ModdleElement;
      const drawn = new Map(
        list(plane, 'planeElement').map((di) => [(di.get('bpmnElement') as ModdleElement).id, di]),
      );
      const lanes = list(list(process, 'laneSets')[0], 'lanes');
      const outside = lanes.flatMap((lane) => {
        const band = drawn.get(lane.id)?.get('bounds') as { y: number; height: number };

        return list(lane, 'flowNodeRef').filter((node) => {
          const box = drawn.get(node.id)?.get('bounds') as { y: number; height: number };

          return box.y < band.y || box.y + box.height > band.y + band.height + 18;
        });
      });
      const everything = [...flowElements, ...lanes].map((e) => e.id);

      expect({
        plane: (plane.get('bpmnElement') as ModdleElement).$type,
        undrawn: everything.filter((id) => !drawn.has(id)),
        pool: drawn.has(`Participant_${code}`),
        outside: outside.map((n) => n.id),
      }).toEqual({ plane: 'bpmn:Collaboration', undrawn: [], pool: true, outside: [] });
    });
  },
);
