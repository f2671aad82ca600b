import { type ReactNode, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from '../components/AppHeader';
import { PageLoading } from '../components/Boot';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { NotFound } from '../components/NotFound';
import { TrainingBanner } from '../components/TrainingBanner';
import { useSession } from '../session/context';
import { ENTRY_PATHS, homeOf } from './home';
import { navigate, useLocation } from './router';
import { findRoute, SIGN_IN } from './routes';

/** Picks the screen for the address; anyone not signed in sees the sign-in form in its place. */
export function Shell() {
  const { user } = useSession();
  const { path } = useLocation();

  useEffect(() => {
    if (user !== null && ENTRY_PATHS.includes(path)) navigate(homeOf(user.role), { replace: true });
  }, [path, user]);

  if (user === null) {
    return <Frame bare={false} signedIn={false} page={<SIGN_IN.Page params={{}} />} />;
  }

  // The start page follows in a moment, once the effect above has moved there.
  if (ENTRY_PATHS.includes(path)) return <Frame bare={false} signedIn page={<PageLoading />} />;

  const found = findRoute(path);

  if (found === null) return <Frame bare={false} signedIn page={<NotFound />} />;

  const { route, params } = found;
  const Page = route.page.Page;
  const allowed = route.roles === undefined || route.roles.includes(user.role);

  return (
    <Frame
      bare={route.bare === true}
      signedIn
      page={allowed ? <Page params={params} /> : <Forbidden />}
    />
  );
}

function Frame({
  bare,
  signedIn,
  page,
}: {
  readonly bare: boolean;
  readonly signedIn: boolean;
  readonly page: ReactNode;
}) {
  const { path } = useLocation();

  return (
    <div className={bare ? 'app app-bare' : 'app'}>
      <TrainingBanner />
      {signedIn && !bare && <AppHeader />}
      <main id="main" className={bare ? 'page page-print' : 'page'}>
        <ErrorBoundary key={`${String(signedIn)}:${path}`}>
          <Suspense fallback={<PageLoading />}>{page}</Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}

function Forbidden() {
  const { t } = useTranslation();

  return <NotFound title={t('errors.forbidden')} text="" />;
}
