import Segmented from 'antd/es/segmented';
import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../api/types';
import { useSession } from '../session/context';

const SHORT: Readonly<Record<Lang, string>> = { kk: 'ҚАЗ', ru: 'РУС', en: 'ENG' };

/** Kazakh, Russian or English; each name is written in its own language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { setLanguage } = useSession();

  return (
    <div role="group" aria-label={t('lang.label')} className="language-switch">
      <Segmented<Lang>
        size="small"
        value={i18n.language as Lang}
        onChange={setLanguage}
        options={LANGS.map((lang) => ({
          value: lang,
          label: (
            <span lang={lang} title={t(`lang.${lang}`)} data-testid={`lang-${lang}`}>
              {SHORT[lang]}
            </span>
          ),
        }))}
      />
    </div>
  );
}
