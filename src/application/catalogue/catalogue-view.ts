import type { Service, ServiceVersion } from '../../domain/regulation/types.js';
import { versionInForce } from '../../domain/regulation/version-in-force.js';
import { isRejection, type Rejection } from '../../domain/shared/errors.js';
import type { IsoDate } from '../../domain/shared/time.js';

export interface ServiceSummary {
  readonly code: string;
  readonly appendix: number;
  readonly title: Service['title'];
  readonly versions: readonly ServiceVersion[];
  /** The version in force on the date asked about, or why none is. */
  readonly inForce: { readonly versionId: string } | { readonly rejection: Rejection };
}

/** The catalogue as of a date: every version, and which one governs applications that day. */
export function catalogueOn(services: readonly Service[], date: IsoDate): ServiceSummary[] {
  return services.map((service) => {
    const found = versionInForce(service, date);

    return {
      code: service.code,
      appendix: service.appendix,
      title: service.title,
      versions: service.versions,
      inForce: isRejection(found) ? { rejection: found } : { versionId: found.id },
    };
  });
}
