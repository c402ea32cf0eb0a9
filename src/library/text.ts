/**
 * Word handling shared by the indexes and the queries: one normalisation (lower case, no accents), one
 * tokenizer and a light stemmer, so that what is indexed and what is asked compare the same way.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower case without accents, full-width and other compatibility forms plain: `Bogotá`, `Ｂｏｇｏｔａ` → `bogota`. */
export function fold(text: string): string {
  // Only decompose when needed: NFKD on plain ASCII text is a measurable cost at 100k stories.
  const lower = text.toLowerCase();
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFKD').replace(COMBINING_MARKS, '') : lower;
}

/** A name in comparable form: folded, punctuation dropped, single spaces (`Jen Paski` → `jen paski`). */
export function normalizeName(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Function words that carry no topic; kept short because every entry is a lookup on the hot path.
const STOPWORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i in into is it its of on or ' +
    'our she so than that the their them then there these they this those to was we were which who will ' +
    'with would not no do does did about after also over said says say mr mrs ms what when where how why ' +
    'any all some can could may might should us you your me my him up out more most other such only its ' +
    'news story stories'
  ).split(' '),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** A light stemmer: folds plural and verb endings so `talks`/`talk` and `sanctions`/`sanction` meet. */
export function stem(word: string): string {
  const n = word.length;
  if (n <= 3) return word;
  if (word.endsWith('ies') && n > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is'))
    return word.slice(0, -1);
  return word;
}

const WORD = /[a-z0-9]+(?:['.][a-z0-9]+)*/g;

/** The index terms of a text: folded, stopwords dropped, stemmed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  const folded = fold(text);
  WORD.lastIndex = 0;
  for (let match = WORD.exec(folded); match; match = WORD.exec(folded)) {
    let word = match[0];
    if (word.includes("'")) word = word.replace(/'s$/, '').replace(/'/g, '');
    if (word.includes('.')) word = word.replace(/\./g, '');
    if (word.length < 2 && !/\d/.test(word)) continue;
    if (STOPWORDS.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}

/** The words of a text, folded, without dropping anything (for name and prefix matching). */
export function words(text: string): string[] {
  return normalizeName(text).split(' ').filter(Boolean);
}
