import { createContext, useContext } from 'react';
import type { Catalogue, Lang, ServiceVersion, SystemInfo, User } from '../api/types';

/** What every screen knows: the office's mode and clock, who is signed in, the catalogue. */
export interface Session {
  readonly system: SystemInfo;
  /** The office clock as the latest reply told it (local ISO with offset). */
  readonly clock: string;
  /** The office's local date by that clock. */
  readonly today: string;
  readonly user: User | null;
  readonly catalogue: Catalogue;
  readonly signedIn: (user: User) => void;
  readonly signOut: () => Promise<void>;
  readonly setLanguage: (lang: Lang) => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);

  if (session === null) throw new Error('useSession outside SessionProvider');

  return session;
}

/** The signed-in user; screens behind sign-in only. */
export function useUser(): User {
  const { user } = useSession();

  if (user === null) throw new Error('useUser without a signed-in user');

  return user;
}

/** A version of a service's regulation by id, from any service of the catalogue. */
export function findVersion(catalogue: Catalogue, versionId: string): ServiceVersion | undefined {
  for (const service of catalogue.services) {
    const version = service.versions.find((v) => v.id === versionId);

    if (version !== undefined) return version;
  }

  return undefined;
}

/** The version of a service in force on the catalogue's date, if any. */
export function versionInForce(catalogue: Catalogue, serviceCode: string) {
  const service = catalogue.services.find((s) => s.code === serviceCode);

  if (service === undefined || !('versionId' in service.inForce)) return undefined;

  return findVersion(catalogue, service.inForce.versionId);
}

/** The provider of the signed-in user's office, as the regulations name it. */
export function providerOf(catalogue: Catalogue, providerCode: string) {
  for (const service of catalogue.services) {
    const version = service.versions.find((v) => v.provider.code === providerCode);

    if (version !== undefined) return version.provider;
  }

  return undefined;
}
