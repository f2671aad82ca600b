import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Applicant, ServiceVersion } from '../../api/types';
import { ApplicantLine } from '../../components/ApplicantLine';
import { useText } from '../../format/use-text';

/** One line of a sheet's facts: what it states and the value. */
export function Fact({
  term,
  testId,
  children,
}: {
  readonly term: string;
  readonly testId?: string;
  readonly children: ReactNode;
}) {
  return (
    <>
      <dt>{term}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}

/** The service applied for and who applied, as every sheet about a case names them. */
export function ServiceAndApplicant({
  version,
  applicant,
}: {
  readonly version: ServiceVersion;
  readonly applicant: Applicant;
}) {
  const { t } = useTranslation();
  const text = useText();

  return (
    <>
      <Fact term={t('receipt.service')}>{text(version.title)}</Fact>
      <Fact term={t('receipt.applicant')} testId="sheet-applicant">
        <ApplicantLine applicant={applicant} />
      </Fact>
    </>
  );
}

/** Documents of the regulation's list named by code, in the list's own order. */
export function DocumentTitles({
  version,
  codes,
}: {
  readonly version: ServiceVersion;
  readonly codes: readonly string[];
}) {
  const text = useText();

  return (
    <ol>
      {version.documents
        .filter((d) => codes.includes(d.code))
        .map((d) => (
          <li key={d.code}>{text(d.title)}</li>
        ))}
    </ol>
  );
}
