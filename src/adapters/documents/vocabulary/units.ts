import type { Role } from '../../../domain/regulation/types.js';
import type { DocLang, DocText } from '../language.js';

/** Who can own a lane or receive a hand-over: the provider's three units and the recipient. */
export type Party = Role | 'recipient';

export const PARTIES: readonly Party[] = ['recipient', 'clerk', 'head', 'officer'];

/** The units as §6 of each regulation lists them (its item 3 says "маманы", not "қызметкері"). */
const UNIT_NAME: Readonly<Record<Party, DocText>> = {
  recipient: { kk: 'көрсетілетін қызметті алушы', ru: 'услугополучатель' },
  clerk: { kk: 'көрсетілетін қызметті берушінің қызметкері', ru: 'сотрудник услугодателя' },
  head: { kk: 'көрсетілетін қызметті берушінің басшысы', ru: 'руководитель услугодателя' },
  officer: {
    kk: 'көрсетілетін қызметті берушінің жауапты маманы',
    ru: 'ответственный исполнитель услугодателя',
  },
};

/** The abbreviation the appendices use for a structural-functional unit. */
export const UNIT_ABBREVIATION: DocText = { kk: 'ҚФБ', ru: 'СФЕ' };

export function unitName(party: Party, lang: DocLang): string {
  return UNIT_NAME[party][lang];
}

/** The number of a provider unit in the order of §6: clerk 1, head 2, officer 3. */
export function unitNumber(role: Role): number {
  return ['clerk', 'head', 'officer'].indexOf(role) + 1;
}
