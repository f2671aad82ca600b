import type { Actor } from '../domain/case/index.js';
import type { Role, Service, ServiceVersion } from '../domain/regulation/types.js';
import { isRejection, ReglamentError, type Rejection } from '../domain/shared/errors.js';
import type { User, UserRole } from './ports.js';

/** A user in one of the regulation's roles, as the case engine sees them. */
export function asActor(user: User): Actor {
  if (user.role === 'admin' || user.role === 'auditor') {
    throw new ReglamentError('ROLE_FORBIDDEN', { role: user.role });
  }

  return { userId: user.id, role: user.role };
}

export function requireRole(user: User, ...roles: UserRole[]): void {
  if (!roles.includes(user.role)) throw new ReglamentError('ROLE_FORBIDDEN', { role: user.role });
}

/** Unwraps a decision: the value, or the rejection thrown so that the transaction rolls back. */
export function orThrow<T>(value: T | Rejection): T {
  if (isRejection(value)) throw ReglamentError.from(value);

  return value;
}

export function findService(services: readonly Service[], code: string): Service {
  const service = services.find((s) => s.code === code);

  if (service === undefined) throw new ReglamentError('SERVICE_UNKNOWN', { service: code });

  return service;
}

export function findVersion(services: readonly Service[], id: string): ServiceVersion {
  const version = services.flatMap((s) => s.versions).find((v) => v.id === id);

  if (version === undefined) throw new ReglamentError('VERSION_NOT_FOUND', { version: id });

  return version;
}

export const STAFF_ROLES: readonly Role[] = ['clerk', 'head', 'officer'];
