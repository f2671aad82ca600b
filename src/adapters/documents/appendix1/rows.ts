import type { ServiceVersion } from '../../../domain/regulation/types.js';
import type { Limit } from '../../../domain/shared/time.js';
import { pick, upperFirst, type DocLang } from '../language.js';
import { HANDOVER, REFUSAL_HANDOVER } from '../vocabulary/diagram-words.js';
import { durationText } from '../vocabulary/duration.js';
import { unitName, type Party } from '../vocabulary/units.js';

/** One line of appendix 1: a §5 step, or a branch that leaves one ("1.1"). */
export interface Appendix1Row {
  readonly number: string;
  readonly branch: boolean;
  readonly unit: string;
  readonly action: string;
  readonly duration: string;
  readonly handsTo: string;
  readonly limit: Limit;
}

function handsTo(what: string, whom: Party, lang: DocLang): string {
  return `${upperFirst(what)} → ${unitName(whom, lang)}`;
}

/**
 * The rows of appendix 1 in the order of §5: each step by its unit, with the act's wording,
 * its duration and what it passes to whom; a branch follows the step it leaves.
 *
 * @example
 *   appendix1Rows(version, 'ru')[0].duration // '30 минут'
 */
export function appendix1Rows(version: ServiceVersion, lang: DocLang): Appendix1Row[] {
  const steps = [...version.steps].sort((a, b) => a.order - b.order);

  return steps.flatMap((step) => {
    const row: Appendix1Row = {
      number: String(step.order),
      branch: false,
      unit: upperFirst(unitName(step.role, lang)),
      action: upperFirst(pick(step.action, lang)),
      duration: durationText(step.limit, lang),
      handsTo: handsTo(pick(HANDOVER[step.code], lang), step.handsTo, lang),
      limit: step.limit,
    };
    const branches = version.branches
      .filter((b) => b.fromStep === step.code)
      .map((b, i): Appendix1Row => ({
        number: `${step.order}.${i + 1}`,
        branch: true,
        unit: upperFirst(unitName(b.role, lang)),
        action: upperFirst(pick(b.action, lang)),
        duration: durationText(b.limit, lang),
        handsTo: handsTo(pick(REFUSAL_HANDOVER, lang), 'recipient', lang),
        limit: b.limit,
      }));

    return [row, ...branches];
  });
}
