import type { CaseDetail } from '../../../application/cases/get-case.js';
import type { Lang } from '../../../domain/shared/text.js';
import type { TFunction } from 'i18next';
import { translator } from '../../../i18n/index.js';
import { textTable } from '../table.js';

/** `2019-03-04T09:12:00+05:00` → `2019-03-04 09:12` (the offset is the same throughout). */
function short(instant: string): string {
  return instant.slice(0, 16).replace('T', ' ');
}

/**
 * A case's timeline as a table: when, who, what, which step it completed against which
 * deadline (on time or late), and which step it opened with whose name and what deadline.
 */
export function printTimeline(title: string, detail: CaseDetail, lang: Lang): string {
  const t = translator(lang);
  const c = detail.case;
  const rows = detail.timeline.map((e) => [
    short(e.at),
    `${e.actor.name ?? e.actor.id} (${t(`cli.roles.${e.actor.role}`)})`,
    t(`cli.events.${e.type}`),
    e.closes === null ? '' : closedText(t, e.closes),
    e.opens === null ? '' : openedText(t, e.opens),
  ]);
  const header = [t('cli.time'), t('cli.who'), t('cli.event'), t('cli.closed'), t('cli.next')];

  return [
    `== ${title}${receiptText(t, c)}`,
    textTable(header, rows, 30),
    outcomeText(t, detail),
    '',
  ]
    .filter((line) => line !== null)
    .join('\n');
}

/** The receipt's number and term, and whether the term was kept. */
function receiptText(t: TFunction, c: CaseDetail['case']): string {
  if (c.receipt === null) return '';

  const kept =
    c.receipt.termMet === null ? '' : c.receipt.termMet ? t('cli.onTime') : t('cli.late');

  const due = `${t('cli.due')} ${short(c.receipt.termDueAt)}`;

  return `  ${c.receipt.incomingNumber}, ${due} ${kept}`.trimEnd();
}

/** How the case ended: the result handed over and to whom, or the refusal to accept. */
function outcomeText(t: TFunction, detail: CaseDetail): string | null {
  const last = detail.timeline.at(-1);

  if (last?.type === 'IntakeRefused') return `→ ${t('cli.events.IntakeRefused')}`;
  if (last?.type !== 'ResultIssued') return null;

  const { resultKind, handover } = last.data as {
    resultKind: string;
    handover: { to: string; receivedBy: string; powerOfAttorney: { number: string } | null };
  };
  const poa =
    handover.powerOfAttorney === null
      ? ''
      : ` (${t('cli.attorney')} № ${handover.powerOfAttorney.number})`;

  return `→ ${t(`cli.results.${resultKind}`)}: ${handover.receivedBy}${poa}`;
}

type Entry = CaseDetail['timeline'][number];

function closedText(t: TFunction, step: NonNullable<Entry['closes']>): string {
  const verdict = step.late ? t('cli.late') : t('cli.onTime');

  return `${t(`cli.steps.${step.code}`)}: ${t('cli.due')} ${short(step.dueAt)}, ${verdict}`;
}

function openedText(t: TFunction, step: NonNullable<Entry['opens']>): string {
  const holder = step.holder.name ?? step.holder.id;

  return `${t(`cli.steps.${step.code}`)} → ${holder}, ${t('cli.due')} ${short(step.dueAt)}`;
}
