/**
 * The few Russian case forms the templates need to cite an act ("к постановлению акимата",
 * "утвержден приказом Министра"). Only the regular endings of the issuers and kinds of acts
 * that approve regulations are covered.
 */

const CONSONANT_END = /[бвгджзклмнпрстфхцчшщ]$/u;

/** Declines a noun of the second declension (постановление, приказ, решение). */
function nounOfAct(word: string, neuter: string, masculine: string): string {
  if (/(ие|ое)$/u.test(word)) return word.slice(0, -1) + neuter;
  if (CONSONANT_END.test(word)) return word + masculine;

  return word;
}

/** "постановление" → "постановления", "приказ" → "приказа". */
export function genitiveOfAct(word: string): string {
  return nounOfAct(word, 'я', 'а');
}

/** "постановление" → "постановлению", "приказ" → "приказу". */
export function dative(word: string): string {
  return nounOfAct(word, 'ю', 'у');
}

/** "постановление" → "постановлением", "приказ" → "приказом". */
export function instrumental(word: string): string {
  return nounOfAct(word, 'ем', 'ом');
}

/**
 * Genitive of an issuer whose first word is its head noun, in running text (lower case):
 * "Акимат Атырауской области" → "акимата Атырауской области".
 */
export function issuerGenitive(issuer: string): string {
  const [first = '', ...rest] = issuer.split(' ');
  const lower = first.charAt(0).toLocaleLowerCase('ru') + first.slice(1);
  const declined = CONSONANT_END.test(lower)
    ? `${lower}а`
    : lower.replace(/ия$/u, 'ии').replace(/о$/u, 'а');

  return [declined, ...rest].join(' ');
}
