import type { Applicant, Registration } from '../../api/types';

/** The intake form's values; names follow the API's body so its errors find their field. */
export interface IntakeValues {
  serviceCode?: string;
  applicant: {
    kind: Applicant['kind'];
    iin?: string;
    surname?: string;
    givenName?: string;
    patronymic?: string;
    bin?: string;
    name?: string;
    citizenship?: string;
    documentNumber?: string;
  };
  viaAttorney?: boolean;
  representative?: {
    fullName?: string;
    iin?: string;
    powerOfAttorney?: { number?: string; date?: string };
  };
  documentsPresented: string[];
  missing?: string[];
  reason?: string;
}

export const EMPTY_INTAKE: IntakeValues = {
  applicant: { kind: 'person' },
  viaAttorney: false,
  documentsPresented: [],
};

const clean = (value: string | undefined): string => (value ?? '').trim();

/** The registration request of valid form values (the form's rules ran before this). */
export function registrationOf(values: IntakeValues): Registration {
  return {
    serviceCode: values.serviceCode ?? '',
    applicant: applicantOf(values.applicant),
    representative: values.viaAttorney === true ? representativeOf(values) : null,
    documentsPresented: values.documentsPresented,
  };
}

/** Only the fields of the kind chosen: the form keeps what was typed under another kind. */
function applicantOf(a: IntakeValues['applicant']): Applicant {
  switch (a.kind) {
    case 'organisation':
      return { kind: 'organisation', bin: clean(a.bin), name: clean(a.name) };
    case 'person':
      return { kind: 'person', iin: clean(a.iin), ...namesOf(a) };
    case 'foreign-person':
      return {
        kind: 'foreign-person',
        ...namesOf(a),
        citizenship: clean(a.citizenship),
        documentNumber: clean(a.documentNumber),
      };
  }
}

function namesOf(a: IntakeValues['applicant']) {
  const patronymic = clean(a.patronymic);

  return {
    surname: clean(a.surname),
    givenName: clean(a.givenName),
    ...(patronymic === '' ? {} : { patronymic }),
  };
}

function representativeOf(values: IntakeValues): Registration['representative'] {
  const r = values.representative;

  return {
    fullName: clean(r?.fullName),
    iin: clean(r?.iin),
    powerOfAttorney: {
      number: clean(r?.powerOfAttorney?.number),
      date: clean(r?.powerOfAttorney?.date),
    },
  };
}
