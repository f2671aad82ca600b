import type { Catalogue, Localized } from '../api/types';

/** A service's official title, or its code when the catalogue does not know it. */
export function serviceTitle(catalogue: Catalogue, serviceCode: string): Localized | string {
  return catalogue.services.find((s) => s.code === serviceCode)?.title ?? serviceCode;
}

/**
 * A step's short name as the regulation gives it. The latest version that has the step wins:
 * the wording of step names has not changed between versions.
 */
export function stepSummary(
  catalogue: Catalogue,
  serviceCode: string,
  stepCode: string,
): Localized | string {
  const service = catalogue.services.find((s) => s.code === serviceCode);
  const versions = [...(service?.versions ?? [])].reverse();

  for (const version of versions) {
    const step = version.steps.find((s) => s.code === stepCode);

    if (step !== undefined) return step.summary;
  }

  return stepCode;
}

/** Every step of the procedure once, in the order of §5, for the step filter. */
export function procedureSteps(catalogue: Catalogue) {
  const version = catalogue.services[0]?.versions.at(-1);

  return version === undefined ? [] : [...version.steps].sort((a, b) => a.order - b.order);
}
