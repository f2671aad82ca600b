import ConfigProvider from 'antd/es/config-provider';
import enUS from 'antd/es/locale/en_US';
import kkKZ from 'antd/es/locale/kk_KZ';
import ruRU from 'antd/es/locale/ru_RU';
import type { Locale } from 'antd/es/locale';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../api/types';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { SessionProvider } from '../session/SessionProvider';
import { Shell } from './Shell';
import { THEME } from './theme';

const ANTD_LOCALES: Readonly<Record<Lang, Locale>> = { kk: kkKZ, ru: ruRU, en: enUS };

export function App() {
  return (
    <LocalisedTheme>
      <ErrorBoundary>
        <SessionProvider>
          <Shell />
        </SessionProvider>
      </ErrorBoundary>
    </LocalisedTheme>
  );
}

/** Ant Design's own texts (pagination, empty tables) follow the interface language. */
function LocalisedTheme({ children }: { readonly children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = ANTD_LOCALES[i18n.language as Lang];

  return (
    <ConfigProvider locale={locale} theme={THEME}>
      {children}
    </ConfigProvider>
  );
}
