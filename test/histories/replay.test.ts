import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkingTime } from '../../src/application/working-time.js';
import { replay, type CaseEvent } from '../../src/domain/case/index.js';
import { shippedWorkingTime } from '../support/calendar.js';
import { STORIES } from './stories.js';

let time: WorkingTime;

beforeAll(async () => {
  time = await shippedWorkingTime();
});

const OUTCOMES: Readonly<Record<string, object>> = {
  'premises-decision-with-rework': { status: 'closed', outcome: 'premises-decision', late: [] },
  'late-letter-to-attorney': {
    status: 'closed',
    outcome: 'letter-of-agreement',
    late: ['execution'],
  },
  'refused-intake': { status: 'closed', outcome: 'intake-refused', late: [] },
  'reasoned-refusal': { status: 'closed', outcome: 'reasoned-refusal', late: [] },
};

function recorded(name: string): CaseEvent[] {
  const file = new URL(`./recorded/${name}.json`, import.meta.url);

  return JSON.parse(readFileSync(file, 'utf8')) as CaseEvent[];
}

/**
 * A change to the engine, the regulation data or the calendar must not silently change what
 * happened to a past case: the same commands at the same times must decide the same events.
 * When a change is meant to, record the histories again (test/histories/record.ts) and review.
 */
describe.each(Object.keys(STORIES))('the recorded history %s', (name) => {
  it('is decided again, event for event, by today’s engine', () => {
    expect(STORIES[name]!(time)).toEqual(recorded(name));
  });

  it('replays into the outcome it had, with its late steps still marked late', () => {
    const state = replay(recorded(name));
    const outcome = state?.outcome;

    expect({
      status: state?.status,
      outcome: outcome?.kind === 'issued' ? outcome.resultKind : outcome?.kind,
      late: state?.closedSteps.filter((s) => s.late).map((s) => s.code),
    }).toEqual(OUTCOMES[name]);
  });
});
