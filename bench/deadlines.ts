import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { loadWorkCalendar } from '../src/adapters/calendar-files.js';
import { DEFAULT_OFFICE_HOURS, deadline, type WorkCalendar } from '../src/domain/calendar/index.js';
import { LIMIT_UNITS, MS_PER_DAY, type Limit, type LimitUnit } from '../src/domain/shared/time.js';

/**
 * Deadlines per second on the shipped 2015–2027 calendar: seeded random starts over 2015–2026
 * and random amounts in all three units, so results stay inside the calendar.
 *
 * @example npx tsx bench/deadlines.ts
 */

const INPUTS = 300_000;
const SEED = 20_240_617;
const MIN_MEASURE_MS = 1_000;

/** Start of 2015-01-01 and of 2027-01-01 in Atyrau (UTC+5). */
const FIRST = Date.UTC(2014, 11, 31, 19);
const LAST = Date.UTC(2026, 11, 31, 19);

const MAX_AMOUNT: Readonly<Record<LimitUnit, number>> = {
  'working-minutes': 4_800,
  'working-days': 200,
  'calendar-days': 300,
};

interface Inputs {
  readonly starts: Float64Array;
  readonly limits: readonly Limit[];
}

/** A small seeded generator (mulberry32), so every run measures the same inputs. */
function random(seed: number): () => number {
  let state = seed >>> 0;

  return () => {
    state = (state + 0x6d2b79f5) >>> 0;

    let t = state;

    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);

    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function makeInputs(units: readonly LimitUnit[]): Inputs {
  const next = random(SEED);
  const starts = new Float64Array(INPUTS);
  const limits: Limit[] = [];

  for (let i = 0; i < INPUTS; i++) {
    const unit = units[i % units.length] ?? 'working-days';

    starts[i] = FIRST + Math.floor(next() * (LAST - FIRST));
    limits.push({ unit, amount: 1 + Math.floor(next() * MAX_AMOUNT[unit]) });
  }

  return { starts, limits };
}

/** Runs the inputs until at least a second has passed; returns deadlines per second. */
function measure(calendar: WorkCalendar, inputs: Inputs): { opsPerSecond: number; sum: number } {
  let count = 0;
  let sum = 0;
  const begin = performance.now();

  while (performance.now() - begin < MIN_MEASURE_MS) {
    for (let i = 0; i < INPUTS; i++) {
      // The sum keeps the results alive, so the engine cannot drop the calls.
      sum += deadline(calendar, DEFAULT_OFFICE_HOURS, inputs.starts[i] ?? 0, inputs.limits[i]!);
    }

    count += INPUTS;
  }

  return { opsPerSecond: Math.round(count / ((performance.now() - begin) / 1_000)), sum };
}

export async function benchDeadlines(): Promise<{
  name: string;
  opsPerSecond: number;
  detail: Record<string, number>;
}> {
  const calendar = await loadWorkCalendar();
  const mixed = makeInputs(LIMIT_UNITS);

  measure(calendar, mixed);

  const overall = measure(calendar, mixed);
  const detail: Record<string, number> = { inputs: INPUTS, seed: SEED };

  for (const unit of LIMIT_UNITS) detail[unit] = measure(calendar, makeInputs([unit])).opsPerSecond;

  detail.checksumDays = Math.round(overall.sum / MS_PER_DAY) % 1_000_000;

  return { name: 'deadlines', opsPerSecond: overall.opsPerSecond, detail };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchDeadlines(), null, 2));
}
