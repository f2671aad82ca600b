/**
 * Dates and times as the office reads them. The API sends local ISO text with the office's
 * offset (`2019-03-04T09:10:00+05:00`); the digits are shown as they are, never converted to the
 * browser's zone, so a clerk in another zone still sees Atyrau time.
 */

/** `2019-03-04` → `04.03.2019`. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');

  return year === undefined || month === undefined || day === undefined
    ? isoDate
    : `${day}.${month}.${year}`;
}

/** `2019-03-04T09:10:00+05:00` → `04.03.2019 09:10`. */
export function formatDateTime(isoInstant: string): string {
  return `${formatDate(isoInstant)} ${isoInstant.slice(11, 16)}`;
}

/** The office's local date of an instant in local ISO form. */
export function localDateOf(isoInstant: string): string {
  return isoInstant.slice(0, 10);
}

/**
 * An instant in epoch milliseconds as the office's local date and time, shifted by the offset
 * the office clock carries (`2019-03-04T09:10:00+05:00` → +05:00): the audit log stores
 * instants, not local text.
 */
export function formatInstant(epochMs: number, officeClock: string): string {
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(officeClock);
  const sign = offset?.[1] === '-' ? -1 : 1;
  const minutes = sign * (Number(offset?.[2] ?? 0) * 60 + Number(offset?.[3] ?? 0));
  const local = new Date(epochMs + minutes * 60_000).toISOString();

  return formatDateTime(local);
}
