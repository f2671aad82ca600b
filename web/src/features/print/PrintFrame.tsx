import Button from 'antd/es/button';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceVersion } from '../../api/types';
import { Link } from '../../app/router';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { TrainingWatermark } from '../../components/TrainingBanner';
import { useText } from '../../format/use-text';

/**
 * A sheet to print: the provider's name on top, the training watermark across it, and the
 * places for the official's signature and the provider's stamp at the foot.
 */
export function PrintFrame({
  caseId,
  version,
  title,
  children,
}: {
  readonly caseId: string;
  readonly version: ServiceVersion;
  readonly title: string;
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  const text = useText();

  return (
    <>
      <div className="print-toolbar">
        <Link to={`/cases/${caseId}`}>{t('common.back')}</Link>
        <Button type="primary" onClick={() => window.print()} data-testid="print">
          {t('common.print')}
        </Button>
        {/* The applicant may want the sheet in the other language of the office. */}
        <LanguageSwitch />
      </div>
      <article className="sheet" data-testid="sheet">
        <TrainingWatermark />
        <p className="sheet-provider">{text(version.provider.name)}</p>
        <h1>{title}</h1>
        {children}
        <div className="sheet-signatures">
          <span>{t('receipt.signature')}: ____________________</span>
          <span>{t('receipt.stamp')}</span>
        </div>
      </article>
    </>
  );
}

/** Surname and initials, as a clerk signs a receipt: "Сапарова А. Б.". */
export function surnameAndInitials(fullName: string | null): string {
  if (fullName === null) return '';

  const [surname, ...names] = fullName.split(/\s+/).filter(Boolean);

  return [surname, ...names.map((n) => `${n.charAt(0)}.`)].join(' ');
}
