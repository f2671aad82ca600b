import { reject, type Rejection } from '../shared/errors.js';
import type { IsoDate } from '../shared/time.js';
import { actName } from './act-life.js';
import type { Service, ServiceVersion } from './types.js';

/**
 * The version of a service in force on a date, or a rejection that says why none is: not yet
 * in force, or ended (naming the act that ended it, such as the repealing resolution).
 */
export function versionInForce(service: Service, date: IsoDate): ServiceVersion | Rejection {
  const found = service.versions.find(
    (v) => v.validFrom <= date && (v.validTo === null || date <= v.validTo),
  );

  if (found !== undefined) return found;

  const ended = [...service.versions]
    .filter((v) => v.validTo !== null && v.validTo < date)
    .sort((a, b) => (a.validTo! < b.validTo! ? 1 : -1))[0];

  if (ended?.endedBy != null) {
    return reject('REGULATION_NOT_IN_FORCE', {
      service: service.code,
      date,
      endedOn: ended.validTo!,
      endedBy: actName(ended.endedBy, 'en'),
      endedByKk: actName(ended.endedBy, 'kk'),
      endedByRu: actName(ended.endedBy, 'ru'),
    });
  }

  const first = [...service.versions].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))[0];

  return reject('REGULATION_NOT_IN_FORCE', {
    service: service.code,
    date,
    ...(first === undefined ? {} : { firstInForceOn: first.validFrom }),
  });
}
