import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { onOfficeClock } from '../api/client';
import { getCatalogue, getMe, getSystem, saveLanguage, signOut } from '../api/endpoints';
import type { Catalogue, Lang, SystemInfo, User } from '../api/types';
import { BootFailure, FullPageLoading } from '../components/Boot';
import { type Session, SessionContext } from './context';
import { applyLanguage } from './language';

interface Boot {
  readonly system: SystemInfo;
  readonly user: User | null;
  readonly catalogue: Catalogue;
}

async function boot(): Promise<Boot> {
  const [system, me, catalogue] = await Promise.all([getSystem(), getMe(), getCatalogue()]);

  return { system, user: me.user, catalogue };
}

/** Loads what every screen needs once, then keeps the clock current from each reply. */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [loaded, setLoaded] = useState<Boot | null>(null);
  const [failed, setFailed] = useState(false);
  const [user, setUser] = useState<User | null>(null);
  const [clock, setClock] = useState('');

  const start = useCallback(() => {
    setFailed(false);
    boot()
      .then((b) => {
        if (b.user !== null) applyLanguage(b.user.language);
        setUser(b.user);
        setClock(b.system.clock);
        setLoaded(b);
      })
      .catch(() => setFailed(true));
  }, []);

  useEffect(start, [start]);
  useEffect(() => onOfficeClock(setClock), []);

  const session = useMemo(
    () => (loaded === null ? null : sessionOf(loaded, user, clock, setUser)),
    [loaded, user, clock],
  );

  if (failed) return <BootFailure onRetry={start} />;
  if (session === null) return <FullPageLoading />;

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

function sessionOf(
  loaded: Boot,
  user: User | null,
  clock: string,
  setUser: (user: User | null) => void,
): Session {
  return {
    system: loaded.system,
    clock,
    today: clock.slice(0, 10),
    user,
    catalogue: loaded.catalogue,
    signedIn: (next) => {
      applyLanguage(next.language);
      setUser(next);
    },
    signOut: async () => {
      await signOut();
      setUser(null);
    },
    setLanguage: (lang: Lang) => {
      applyLanguage(lang);

      if (user === null) return;

      // Saved so that the choice follows the user to other computers. If saving fails the
      // screen has switched all the same; only the next sign-in opens in the old language.
      setUser({ ...user, language: lang });
      saveLanguage(lang).catch(() => undefined);
    },
  };
}
