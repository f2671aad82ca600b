import { readServiceVersion } from '../../domain/regulation/read-version.js';
import type { ActReference, Service, ServiceVersion } from '../../domain/regulation/types.js';
import { ReglamentError } from '../../domain/shared/errors.js';
import { addDays } from '../../domain/shared/reader.js';
import type { Localized, Source } from '../../domain/shared/text.js';
import type { IsoDate } from '../../domain/shared/time.js';
import { findService, requireRole } from '../access.js';
import type { App } from '../context.js';
import type { User } from '../ports.js';

export interface NewVersionInput {
  readonly serviceCode: string;
  /** The version to copy; the service's latest when absent. */
  readonly copyFrom?: string;
  readonly code: string;
  readonly label: Localized;
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate | null;
  readonly validitySource: Source;
  readonly basis: readonly ActReference[];
  /**
   * Parts of the definition that differ from the copy (steps, documents, results…), as sent;
   * the merged definition is checked as a whole before anything is stored.
   */
  readonly changes?: Readonly<Record<string, unknown>>;
}

/**
 * A live office publishes the version it works under: a copy of an earlier version with its
 * own legal basis and period. An open-ended version it follows is closed the day before; any
 * other overlap is refused. The new definition is checked as strictly as the seed.
 */
export async function addServiceVersion(
  app: App,
  user: User,
  input: NewVersionInput,
): Promise<ServiceVersion> {
  requireRole(user, 'admin');

  const service = findService(await app.services(), input.serviceCode);
  const version = checked(composeVersion(baseVersion(service, input.copyFrom), input, user));
  const closing = openEndedBefore(service.versions, version);

  guardOverlap(
    service.versions.filter((v) => v !== closing),
    version,
  );
  await publish(app, user, version, closing);
  await app.reload();

  return version;
}

function baseVersion(service: Service, copyFrom: string | undefined): ServiceVersion {
  const base =
    copyFrom === undefined
      ? service.versions.at(-1)
      : service.versions.find((v) => v.id === copyFrom);

  if (base === undefined)
    throw new ReglamentError('VERSION_NOT_FOUND', { version: copyFrom ?? '' });

  return base;
}

function composeVersion(base: ServiceVersion, input: NewVersionInput, user: User) {
  return {
    ...base,
    ...input.changes,
    id: `${base.serviceCode}@${input.code}`,
    serviceCode: base.serviceCode,
    label: input.label,
    validFrom: input.validFrom,
    validTo: input.validTo,
    validitySource: input.validitySource,
    endedBy: null,
    basis: input.basis,
    wordingSource: { status: 'confirmed', reference: `published by ${user.login}` },
    changes: [],
  };
}

/** The version and, where it follows an open-ended one, that one's end: one transaction. */
async function publish(
  app: App,
  user: User,
  version: ServiceVersion,
  closing: ServiceVersion | undefined,
): Promise<void> {
  const now = app.clock.now();

  await app.store.transaction(async (store) => {
    if (closing !== undefined) {
      await store.catalogue.updateValidity(
        closing.id,
        closing.validFrom,
        addDays(version.validFrom, -1),
      );
    }
    await store.catalogue.insertVersion(version, now, user.id);
    await store.audit.append({
      at: now,
      actorId: user.id,
      action: 'service-version.added',
      subject: version.id,
      before: closing === undefined ? null : { closed: closing.id },
      after: version,
    });
  });
}

function checked(candidate: Record<string, unknown> & { serviceCode: string }): ServiceVersion {
  const read = readServiceVersion(JSON.parse(JSON.stringify(candidate)));

  if ('problems' in read) {
    const problems = read.problems.map((p) => `field ${p.path}: ${p.problem}`);

    throw new ReglamentError('DEFINITION_INVALID', { service: candidate.serviceCode, problems });
  }

  return read;
}

function openEndedBefore(versions: readonly ServiceVersion[], next: ServiceVersion) {
  return versions.find((v) => v.validTo === null && v.validFrom < next.validFrom);
}

function guardOverlap(versions: readonly ServiceVersion[], next: ServiceVersion): void {
  const end = (v: ServiceVersion): string => v.validTo ?? '9999-12-31';
  const clash = versions.find((v) => v.validFrom <= end(next) && next.validFrom <= end(v));

  if (clash !== undefined || versions.some((v) => v.id === next.id)) {
    throw new ReglamentError('VERSION_OVERLAP', { version: clash?.id ?? next.id });
  }
}
