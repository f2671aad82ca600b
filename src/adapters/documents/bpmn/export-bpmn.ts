import { BpmnModdle } from 'bpmn-moddle';
import type { ServiceVersion } from '../../../domain/regulation/types.js';
import type { DocLang } from '../language.js';
import { processGraph } from '../process/process-graph.js';
import { swimlaneLayout } from '../process/swimlane-layout.js';
import { buildDiagram } from './build-diagram.js';
import { buildProcess } from './build-process.js';
import { REGLAMENT_PACKAGE } from './reglament-package.js';

/** A moddle that also knows the project's `reglament:limit` extension element. */
export function reglamentModdle(): BpmnModdle {
  return new BpmnModdle({ reglament: REGLAMENT_PACKAGE });
}

/**
 * The procedure of a version as BPMN 2.0 XML with its diagram: one participant whose lanes
 * are the recipient and the three units, a user task per step, the refusal after intake and
 * the head's return for rework as exclusive gateways, and each limit as documentation, a
 * `reglament:limit` extension, and a timer where the limit is in calendar days.
 *
 * @example
 *   writeFileSync('missionary-registration.bpmn', await exportBpmn(version, 'ru'));
 */
export async function exportBpmn(version: ServiceVersion, lang: DocLang): Promise<string> {
  const moddle = reglamentModdle();
  const graph = processGraph(version, { rework: true });
  const model = buildProcess(moddle, version, graph, lang);
  const diagram = buildDiagram(moddle, swimlaneLayout(graph, lang), model, lang);
  const definitions = moddle.create('bpmn:Definitions', {
    id: `Definitions_${version.serviceCode}`,
    name: version.id,
    targetNamespace: 'urn:reglament:regulations',
    exporter: 'reglament',
    exporterVersion: '1',
    rootElements: [model.collaboration, model.process],
    diagrams: [diagram],
  });
  const { xml } = await moddle.toXML(definitions, { format: true });

  return xml;
}
