/**
 * The few Kazakh case endings the templates need to cite an act ("әкімдігінің", "қаулысына",
 * "бұйрығымен"). The suffix follows the last vowel (front or back) and the last sound.
 */

const FRONT_VOWELS = 'әеіөүэ';
const BACK_VOWELS = 'аоұыяё';
/** A final "и" or "у" sounds as a glide and takes a consonant's ending: "судың", "миы". */
const VOWELS = FRONT_VOWELS + BACK_VOWELS + 'ю';
const NASALS = 'мнң';
const SONORANTS = 'жзлрйуи';

/** "и" and "у" go with either row, so the decision looks further back in the word. */
function isFront(word: string): boolean {
  for (const letter of [...word.toLocaleLowerCase('kk')].reverse()) {
    if (FRONT_VOWELS.includes(letter)) return true;
    if (BACK_VOWELS.includes(letter)) return false;
  }

  return false;
}

function lastLetter(word: string): string {
  return word.slice(-1).toLocaleLowerCase('kk');
}

function splitLastWord(phrase: string): [string, string] {
  const cut = phrase.lastIndexOf(' ') + 1;

  return [phrase.slice(0, cut), phrase.slice(cut)];
}

/** Genitive of a noun phrase: "Атырау облысы әкімдігі" → "Атырау облысы әкімдігінің". */
export function genitive(phrase: string): string {
  const [head, word] = splitLastWord(phrase);

  return `${head}${word}${genitiveOnset(lastLetter(word))}${isFront(word) ? 'ің' : 'ың'}`;
}

function genitiveOnset(last: string): string {
  if (VOWELS.includes(last) || NASALS.includes(last)) return 'н';

  return SONORANTS.includes(last) ? 'д' : 'т';
}

/** Third-person possessive: "қаулы" → "қаулысы", "бұйрық" → "бұйрығы" (final қ/к/п voice). */
export function possessive(word: string): string {
  const front = isFront(word);

  if (VOWELS.includes(lastLetter(word))) return `${word}${front ? 'сі' : 'сы'}`;

  const voiced = word.replace(/қ$/u, 'ғ').replace(/к$/u, 'г').replace(/п$/u, 'б');

  return `${voiced}${front ? 'і' : 'ы'}`;
}

/** "its act, to": "қаулы" → "қаулысына". */
export function possessiveDative(word: string): string {
  return `${possessive(word)}${isFront(word) ? 'не' : 'на'}`;
}

/** "by its act": "қаулы" → "қаулысымен". */
export function possessiveInstrumental(word: string): string {
  return `${possessive(word)}мен`;
}
