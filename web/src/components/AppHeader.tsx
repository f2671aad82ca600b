import Button from 'antd/es/button';
import { useTranslation } from 'react-i18next';
import type { UserRole } from '../api/types';
import { Link, navigate, useLocation } from '../app/router';
import { useFormatters } from '../format/use-formatters';
import { providerOf, useSession, useUser } from '../session/context';
import { LanguageSwitch } from './LanguageSwitch';

type NavKey = 'inbox' | 'intake' | 'late' | 'cases' | 'catalogue' | 'admin' | 'audit';

const NAV: Readonly<Record<UserRole, readonly NavKey[]>> = {
  clerk: ['inbox', 'intake', 'cases', 'catalogue'],
  head: ['inbox', 'late', 'cases', 'catalogue'],
  officer: ['inbox', 'cases', 'catalogue'],
  admin: ['admin', 'cases', 'late', 'catalogue'],
  auditor: ['cases', 'late', 'audit', 'catalogue'],
};

const TARGETS: Readonly<Record<NavKey, string>> = {
  inbox: '/inbox',
  intake: '/intake',
  late: '/late',
  cases: '/cases',
  catalogue: '/catalogue',
  admin: '/admin/users',
  audit: '/admin/audit-log',
};

/** The administration entry stays marked on each of its tabs; a case page marks no list. */
function isCurrent(key: NavKey, path: string): boolean {
  return key === 'admin' ? path.startsWith('/admin/') : path === TARGETS[key];
}

/** Who is signed in, in which office and role, where to go, and the language switch. */
export function AppHeader() {
  const { t } = useTranslation();
  const user = useUser();
  const { signOut } = useSession();

  const leave = () => {
    void signOut().then(() => navigate('/'));
  };

  return (
    <header className="app-header">
      <div className="app-header-row">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        <Navigation keys={NAV[user.role]} />
        <div className="app-header-tools">
          <LanguageSwitch />
          <Button size="small" onClick={leave} data-testid="sign-out">
            {t('nav.signOut')}
          </Button>
        </div>
      </div>
      <UserLine />
    </header>
  );
}

function Navigation({ keys }: { readonly keys: readonly NavKey[] }) {
  const { t } = useTranslation();
  const { path } = useLocation();

  return (
    <nav aria-label={t('nav.menu')} className="main-nav">
      {keys.map((key) => (
        <Link
          key={key}
          to={TARGETS[key]}
          aria-current={isCurrent(key, path) ? 'page' : undefined}
          data-testid={`nav-${key}`}
        >
          {t(`nav.${key}`)}
        </Link>
      ))}
    </nav>
  );
}

/** The office's name comes from the catalogue, as the act names the provider. */
function UserLine() {
  const { t } = useTranslation();
  const f = useFormatters();
  const user = useUser();
  const { catalogue } = useSession();
  const provider = providerOf(catalogue, user.providerCode);

  return (
    <div className="app-header-user" data-testid="user-line">
      <span className="user-name">{user.fullName}</span>
      <span className="user-role">{t(`roles.${user.role}`)}</span>
      {provider !== undefined && <span className="user-office">{f.text(provider.name)}</span>}
    </div>
  );
}
