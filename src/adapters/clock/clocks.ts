import type { Clock } from '../../domain/shared/time.js';

/** Real time. The only place in the system that reads the machine's clock. */
export const systemClock: Clock = { now: () => Date.now() };

/**
 * A clock that reads a simulated date moving at real speed: `simulatedAt` at the real instant
 * `realAt`, and as many milliseconds later as real time has passed since, across restarts.
 */
export function trainingClock(
  simulatedAt: number,
  realAt: number,
  real: Clock = systemClock,
): Clock {
  return { now: () => simulatedAt + (real.now() - realAt) };
}

/** A clock moved by hand: tests and the demo run a case through weeks in milliseconds. */
export class ManualClock implements Clock {
  private current: number;

  constructor(start: number) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  set(at: number): void {
    this.current = at;
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
