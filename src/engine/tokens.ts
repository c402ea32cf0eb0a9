/** A word or punctuation mark of the raw text, with its raw offsets. */
export interface Token {
  text: string;
  /** Lower-cased text, with curly apostrophes straightened, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  word: boolean;
}

/** Abbreviations whose final period belongs to the word rather than ending a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'capt',
  'sgt',
  'adm',
  'maj',
  'st',
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'bros',
  'prof',
  'rev',
  'hon',
  'pres',
  'vs',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
  'messrs',
  'dept',
  'del',
  'govt',
  'u.s',
  'u.n',
  'u.k',
  'e.u',
  'd.c',
  'n.y',
  'l.a',
  'u.s.a',
]);

// Words: letters/digits joined by inner apostrophes, periods (U.S), hyphens, ampersands; a leading # or @
// keeps hashtags and handles whole. Possessive 's is split off so names stay clean. Two apostrophes (`''`,
// the double quotation mark of some archives) are one mark.
const TOKEN = /[#@]?[\p{L}\p{N}]+(?:[.\-&'’][\p{L}\p{N}]+)*|''|[^\s\p{L}\p{N}]/gu;

/** Splits `raw[from, to)` into tokens. Never throws. */
export function tokenize(raw: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const text = raw.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    let value = match[0];
    let start = from + match.index;
    let end = start + value.length;
    // Only a one-character token can be a mark (every longer one is a word or `''`).
    const isWord = value.length > 1 || /[\p{L}\p{N}]/u.test(value);
    if (isWord) {
      if (value.length > 2 && isPossessive(value)) {
        const base = value.slice(0, -2);
        tokens.push(makeToken(base, start, start + base.length, true));
        start += base.length;
        value = value.slice(-2);
        tokens.push(makeToken(value, start, end, true));
        continue;
      }
      // Keep the period of abbreviations and initials (`Mr.`, `U.S.`, `J.`) with the word.
      if (
        raw[end] === '.' &&
        (ABBREVIATIONS.has(value.toLowerCase()) ||
          /^\p{Lu}$/u.test(value) ||
          /^(\p{Lu}\.)+\p{Lu}$/u.test(value))
      ) {
        value += '.';
        end += 1;
        TOKEN.lastIndex += 1;
      }
    }
    tokens.push(makeToken(value, start, end, isWord));
  }
  return tokens;
}

/** Ends in `'s` or `’s` (either case): `/['’]s$/i`, read from the last two characters. */
function isPossessive(value: string): boolean {
  const last = value.charCodeAt(value.length - 1);
  const mark = value.charCodeAt(value.length - 2);
  return (last === 115 || last === 83) && (mark === 39 || mark === 0x2019);
}

/** Starts with a capital, after a `#` or `@`: `/^[#@]?\p{Lu}/u`, with plain letters read by code. */
function startsCapital(text: string): boolean {
  const at = text.charCodeAt(0) === 35 || text.charCodeAt(0) === 64 ? 1 : 0;
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 65 && code <= 90;
  return /^[#@]?\p{Lu}/u.test(text);
}

function makeToken(text: string, start: number, end: number, word: boolean): Token {
  const folded = text.toLowerCase();
  const lower = folded.includes('’') ? folded.replace(/’/g, "'") : folded;
  return { text, lower, start, end, cap: startsCapital(text), word };
}

/** Re-flows raw text exactly as the layout does (text.ts), so quote texts equal their re-flowed spans. */
export { reflow } from './text.ts';
