import type { CalendarEntryKind, CalendarYearStatus } from '../../domain/calendar/index.js';
import type { CaseEventType } from '../../domain/case/index.js';
import type { ResultKind, Role, StepCode } from '../../domain/regulation/types.js';
import type { ErrorCode } from '../../domain/shared/errors.js';

/**
 * The shape every language must fill in full: the compiler refuses a language that lacks an
 * error code's message.
 */
export interface Messages {
  readonly errors: Readonly<Record<ErrorCode, string>> & {
    readonly REGULATION_NOT_IN_FORCE_ended: string;
  };
  readonly problem: { readonly title: string };
  /** What a request's field breaks, for VALIDATION_FAILED. */
  readonly validation: Readonly<
    Record<
      | 'required'
      | 'meaningful'
      | 'unexpected'
      | 'format'
      | 'type'
      | 'length'
      | 'range'
      | 'request'
      | 'value',
      string
    >
  >;
  /** Texts of the command line's tables and timelines. */
  readonly cli: {
    readonly step: string;
    readonly role: string;
    readonly action: string;
    readonly limit: string;
    readonly cites: string;
    readonly version: string;
    readonly inForce: string;
    readonly notInForce: string;
    readonly branch: string;
    readonly roles: Readonly<Record<Role | 'recipient', string>>;
    readonly time: string;
    readonly who: string;
    readonly event: string;
    readonly closed: string;
    readonly next: string;
    readonly onTime: string;
    readonly late: string;
    readonly due: string;
    /** The working calendar's year listing. */
    readonly calendar: {
      readonly date: string;
      readonly weekday: string;
      readonly kind: string;
      readonly name: string;
      readonly kinds: Readonly<Record<CalendarEntryKind, string>>;
      readonly status: Readonly<Record<CalendarYearStatus, string>>;
    };
    readonly attorney: string;
    readonly results: Readonly<Record<ResultKind, string>>;
    readonly steps: Readonly<Record<StepCode, string>>;
    readonly events: Readonly<Record<CaseEventType, string>>;
  };
}
