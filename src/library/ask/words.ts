/**
 * Word handling for questions and answer sentences: lower-cased word tokens, a light stem so that
 * "talks" meets "talk", and the function words a question is made of but an answer need not share.
 */

/** Question scaffolding and function words: never worth matching in a story. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any anything are as at be because been before ' +
    'being below between both but by can could did do does doing done down during each either else ' +
    'ever every few for from further get got had has have having he her here hers him his how i if in ' +
    'into is it its itself just let me more most much my no nor not now of off on once only or other ' +
    'our ours out over own please same she should so some such than that the their theirs them then ' +
    'there these they this those through to too under until up upon very was we were what whats when ' +
    'where which while who whom whose why will with would yet you your yours tell show give find know ' +
    'say said says saying told many there been was there does did anyone anybody someone something ' +
    'thing things stuff happened happen happening news story stories article articles report reports ' +
    'quote quotes latest recent any everything'
  ).split(/\s+/),
);

/** Words of a text, lower-cased, keeping inner apostrophes, dots of abbreviations and digits together. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:[.'’,-][\p{L}\p{N}]+)*/gu)) {
    let word = match[0].replace(/[’]/g, "'");
    // Possessives and abbreviation dots do not change the word: "Iran's" is "iran", "U.S." is "us".
    word = word.replace(/'s$/, '').replace(/\./g, '');
    // Thousands separators belong to numbers only; "arrivals,february" (no space) is two words.
    if (!/^\d{1,3}(,\d{3})+$/.test(word)) {
      for (const part of word.split(',')) if (part) words.push(part);
    } else words.push(word.replace(/,/g, ''));
  }
  return words;
}

/** A light suffix-stripping stem: enough to make plurals and verb forms meet, never empty. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('es') && word.length > 4 && /(sh|ch|x|z|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is'))
    return word.slice(0, -1);
  return word;
}

/** The stems of a text's content words, in order, stopwords left out. */
export function contentStems(text: string): string[] {
  return wordsOf(text)
    .filter((word) => !STOPWORDS.has(word) && word.length > 1)
    .map(stem);
}
