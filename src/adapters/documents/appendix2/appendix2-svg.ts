import type { ServiceVersion } from '../../../domain/regulation/types.js';
import { pick, type DocLang } from '../language.js';
import { processGraph } from '../process/process-graph.js';
import { swimlaneLayout } from '../process/swimlane-layout.js';
import { ARROW_MARKER } from '../svg/shapes.js';
import { svgDocument } from '../svg/markup.js';
import { pageHead } from '../svg/page-head.js';
import { appendix2Title, regulationAppendixLine } from '../vocabulary/act-lines.js';
import { legendSvg } from './legend-svg.js';
import { LANE_HEADER_WIDTH, swimlaneSvg } from './swimlane-svg.js';

const MARGIN = 30;

/**
 * Appendix 2 of a regulation, the reference book of business processes: the procedure in
 * swimlanes (recipient and the three units), with the refusal branch as a choice after step 1,
 * then the legend and the ҚФБ footnote. The act's own appendix shows the procedure as the act
 * words it, so the engine's "return for rework" loop is left out here (the BPMN has it).
 *
 * @example
 *   const svg = appendix2Svg(version, 'kk');
 */
export function appendix2Svg(version: ServiceVersion, lang: DocLang): string {
  const layout = swimlaneLayout(processGraph(version, { rework: false }), lang);
  const width = 2 * MARGIN + LANE_HEADER_WIDTH + layout.width;
  const title = pick(version.title, lang);
  const head = pageHead(
    width,
    MARGIN,
    regulationAppendixLine(title, 2, lang),
    appendix2Title(title, lang),
  );
  const origin = { x: MARGIN + LANE_HEADER_WIDTH, y: head.bottom };
  const legendTop = origin.y + layout.height + 30;
  const legend = legendSvg(MARGIN, legendTop, width - 2 * MARGIN, lang);

  return svgDocument(width, legendTop + legend.height + MARGIN, [
    ARROW_MARKER,
    head.markup,
    swimlaneSvg(layout, origin, lang),
    legend.markup,
  ]);
}
