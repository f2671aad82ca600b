import { useTranslation } from 'react-i18next';
import type { Applicant } from '../api/types';
import { applicantName } from '../../../src/domain/case/applicant-name';

/**
 * The applicant with the number they are known by: "Surname Given Patronymic, IIN …",
 * "Name, BIN …", or for a foreigner without an IIN "Surname Given, citizenship: …, document
 * № …". A number is never broken across lines, so that it reads as it was typed.
 */
export function ApplicantLine({ applicant }: { readonly applicant: Applicant }) {
  const { t } = useTranslation();
  const name = applicantName(applicant);

  switch (applicant.kind) {
    case 'person':
      return (
        <>
          {name}, <Unbroken>{`${t('intake.iin')} ${applicant.iin}`}</Unbroken>
        </>
      );
    case 'organisation':
      return (
        <>
          {name}, <Unbroken>{`${t('intake.bin')} ${applicant.bin}`}</Unbroken>
        </>
      );
    case 'foreign-person':
      return (
        <>
          {name}, {t('intake.citizenshipOf', { citizenship: applicant.citizenship })},{' '}
          <Unbroken>{t('intake.documentOf', { number: applicant.documentNumber })}</Unbroken>
        </>
      );
  }
}

function Unbroken({ children }: { readonly children: string }) {
  return <span className="nowrap">{children}</span>;
}
