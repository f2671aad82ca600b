import type { CaseState } from '../../domain/case/index.js';

/**
 * Recently used cases by id. A hit is used only when its revision equals the revision in the
 * store, so a change made by another process is never missed: the case is then rebuilt from
 * its events.
 */
export class CaseCache {
  private readonly entries = new Map<string, CaseState>();

  constructor(private readonly capacity = 5_000) {}

  get(id: string, revision: number): CaseState | undefined {
    const hit = this.entries.get(id);

    if (hit === undefined || hit.revision !== revision) return undefined;

    this.entries.delete(id);
    this.entries.set(id, hit);

    return hit;
  }

  put(state: CaseState): void {
    this.entries.delete(state.id);
    this.entries.set(state.id, state);
    if (this.entries.size > this.capacity) {
      this.entries.delete(this.entries.keys().next().value!);
    }
  }
}
