import { useTranslation } from 'react-i18next';
import { Link, useLocation } from '../../app/router';
import { useUser } from '../../session/context';

const TABS = [
  { key: 'accounts', to: '/admin/users' },
  { key: 'calendar', to: '/admin/calendar' },
  { key: 'officeHours', to: '/admin/office-hours' },
  { key: 'auditLog', to: '/admin/audit-log' },
] as const;

/** The administrator's screens, one click apart; the auditor sees the audit log alone. */
export function AdminTabs() {
  const { t } = useTranslation();
  const { path } = useLocation();
  const user = useUser();

  if (user.role !== 'admin') return null;

  return (
    <nav className="sub-nav" aria-label={t('admin.menu')}>
      {TABS.map((tab) => (
        <Link
          key={tab.key}
          to={tab.to}
          aria-current={path === tab.to || path.startsWith(`${tab.to}/`) ? 'page' : undefined}
          data-testid={`admin-${tab.key}`}
        >
          {t(`admin.${tab.key}`)}
        </Link>
      ))}
    </nav>
  );
}
