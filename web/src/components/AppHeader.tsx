import Button from 'antd/es/button';
import { useTranslation } from 'react-i18next';
import type { UserRole } from '../api/types';
import { Link, navigate, useLocation } from '../app/router';
import { useFormatters } from '../format/use-formatters';
import { providerOf, useSession, useUser } from '../session/context';
import { LanguageSwitch } from './LanguageSwitch';

type NavKey = 'inbox' | 'intake' | 'late' | 'catalogue';

const NAV: Readonly<Record<UserRole, readonly NavKey[]>> = {
  clerk: ['inbox', 'intake', 'catalogue'],
  head: ['inbox', 'late', 'catalogue'],
  officer: ['inbox', 'catalogue'],
  admin: ['late', 'catalogue'],
  auditor: ['late', 'catalogue'],
};

/** Who is signed in, in which office and role, where to go, and the language switch. */
export function AppHeader() {
  const { t } = useTranslation();
  const user = useUser();
  const { signOut } = useSession();

  const leave = () => {
    void signOut().then(() => navigate('/inbox'));
  };

  return (
    <header className="app-header">
      <div className="app-header-row">
        <Link to="/inbox" className="brand">
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
          to={`/${key}`}
          aria-current={path.startsWith(`/${key}`) ? 'page' : undefined}
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
