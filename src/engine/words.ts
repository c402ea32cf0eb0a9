/**
 * The one text normaliser: how every part of newsbot reads words. One folding (lower case, no
 * accents), one tokenizer, one stopword list and one light stemmer, used by the story index, the
 * sentence index, the summariser and the question parser, so that a word asked is read the same way
 * as the word indexed. Also the one sentence splitter for re-flowed text.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower case without accents, full-width and other compatibility forms plain: `Bogotá`, `Ｂｏｇｏｔａ` → `bogota`. */
export function fold(text: string): string {
  // Only decompose when needed: NFKD on plain ASCII text is a measurable cost at 100k stories.
  const lower = text.toLowerCase();
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFKD').replace(COMBINING_MARKS, '') : lower;
}

/**
 * Function words that carry no topic, and the words every news story is full of. Kept short: every
 * entry is a lookup on the hot path, and a word dropped here can never be searched for.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
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

/**
 * A light stemmer: folds plural endings so `talks`/`talk` and `sanctions`/`sanction` meet, and one
 * spelling of a word into the other (`nationalized`/`nationalised`, `labor`/`labour`, `defense`/
 * `defence`: `SPELLINGS`), as the wire and the people asking write either.
 */
export function stem(word: string): string {
  const n = word.length;
  if (n <= 4) {
    const month = MONTH_SHORT.get(word);
    if (month !== undefined) return month;
    if (n <= 3) return word;
  }
  if (word.endsWith('ies') && n > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is'))
    return oneSpelling(word.slice(0, -1));
  return oneSpelling(word);
}

/**
 * Months as typed short, read as the month ("unemployed in jan", "jan 1 to sept 26"); not "mar" nor
 * "dec", which are a word and a company's name as often as a month.
 */
const MONTH_SHORT: ReadonlyMap<string, string> = new Map(
  Object.entries({
    jan: 'january',
    feb: 'february',
    apr: 'april',
    jun: 'june',
    jul: 'july',
    aug: 'august',
    sep: 'september',
    sept: 'september',
    oct: 'october',
    nov: 'november',
  }),
);

/**
 * American and British spellings read as one, in order (the first that matches rewrites the word's
 * end); three letters at least before the ending, so "size", "prize", "hour", "four" and "tour" stay.
 */
export const SPELLINGS: ReadonlyArray<{
  name: string;
  ending: RegExp;
  as: string;
  example: [string, string];
}> = [
  {
    name: '-ize as -ise',
    ending: /(?<=[a-z]{3})iz(e|ed|er|ing|ation)$/,
    as: 'is$1',
    example: ['nationalized', 'nationalised'],
  },
  {
    name: '-yze as -yse',
    ending: /(?<=[a-z]{3})yz(e|ed|er|ing)$/,
    as: 'ys$1',
    example: ['analyzed', 'analysed'],
  },
  {
    name: '-our as -or',
    ending: /(?<=[a-z]{3})our(ed|ing|er|able|ite)?$/,
    as: 'or$1',
    example: ['labour', 'labor'],
  },
  { name: '-tre as -ter', ending: /(?<=[a-z]{3})tre$/, as: 'ter', example: ['centre', 'center'] },
  {
    name: '-tred as -tered',
    ending: /(?<=[a-z]{3})tr(ed|ing)$/,
    as: 'ter$1',
    example: ['centred', 'centered'],
  },
  {
    name: '-ence as -ense',
    ending: /^(def|off|lic|pret)ence$/,
    as: '$1ense',
    example: ['defence', 'defense'],
  },
  { name: '-amme as -am', ending: /^programme$/, as: 'program', example: ['programme', 'program'] },
];

/** Letters every rule of `SPELLINGS` needs in a word, tested first. */
const SPELLING_HINT = /iz|yz|our|tre$|tr(?:ed|ing)$|ence$|mme$/;

function oneSpelling(word: string): string {
  // Every word indexed passes here: most hold none of the letters a rule rewrites.
  if (word.length < 6 || !SPELLING_HINT.test(word)) return word;
  for (const rule of SPELLINGS) if (rule.ending.test(word)) return word.replace(rule.ending, rule.as);
  return word;
}

/** Endings `root` cuts, longest first among those sharing a tail. */
const ROOT_SUFFIXES = [
  // "-ization" is read as "-isation" (`SPELLINGS`) before these are cut.
  'isations',
  'isation',
  'ational',
  'ations',
  'ation',
  'ments',
  'ment',
  'ness',
  'ings',
  'ing',
  'ies',
  'ied',
  'als',
  'al',
  'ers',
  'er',
  'ed',
  'es',
  'ly',
];

/**
 * A word's root, a harder cut than `stem`, for matching a question's words with a sentence's in other
 * forms: "arrived" and "arrivals" both become "arriv", "classified" and "classifying" "classify",
 * "stopped" "stop". Never used for the index (it would merge too many words for ranking stories).
 */
export function root(word: string): string {
  const stemmed = stem(word);
  if (stemmed.length <= 4 || /\d/.test(stemmed)) return stemmed;
  let cut = stemmed;
  for (const suffix of ROOT_SUFFIXES)
    if (stemmed.endsWith(suffix) && stemmed.length - suffix.length >= 3) {
      cut = stemmed.slice(0, -suffix.length);
      if (suffix === 'ies' || suffix === 'ied') cut += 'y';
      break;
    }
  // "classifi(ed)" is "classify"; "stopp(ed)" is "stop"; a final e is dropped ("encode", "encoded").
  if (cut.endsWith('i')) return `${cut.slice(0, -1)}y`;
  if (cut !== stemmed && /([b-df-hj-km-np-rtv-z])\1$/.test(cut) && !/(?:ll|ss|zz)$/.test(cut))
    return cut.slice(0, -1);
  return cut.length > 3 && cut.endsWith('e') ? cut.slice(0, -1) : cut;
}

// A name of initials joined by "&" is one word ("AT&T", "S&P"): its pieces are stopwords or single letters.
const WORD = /[a-z0-9]+(?:['.][a-z0-9]+|&[a-z](?![a-z0-9]))*/g;

/**
 * A word as indexed: possessive, inner dots and "&" dropped (`iran's` → `iran`, `u.s` → `us`, `at&t`
 * → `att`, as Reuters writes it).
 */
function cleanWord(word: string): string {
  let out = word;
  if (out.includes('&')) out = out.replace(/&/g, '');
  if (out.includes("'")) out = out.replace(/'s$/, '').replace(/'/g, '');
  if (out.includes('.')) out = out.replace(/\./g, '');
  return out;
}

/** Whether a folded word is worth indexing: no stopword, no lone letter. */
function isIndexWord(word: string): boolean {
  return (word.length >= 2 || /\d/.test(word)) && !STOPWORDS.has(word);
}

/** Single letters joined by dots, as folded: `u.s`, `u.n`, `e.u` (the last dot is not part of the match). */
const DOTTED_ABBREVIATION = /^[a-z](?:\.[a-z])+$/;

/**
 * Stopwords that, written in capitals, are an abbreviation naming something: "US" is "U.S.", never
 * the pronoun.
 */
const CAPITALISED_ABBREVIATIONS: ReadonlySet<string> = new Set(['us']);

/**
 * Whether a stopword as written is an abbreviation to index: dotted ("U.S.", "u.s"), or in capitals
 * when it is one of `CAPITALISED_ABBREVIATIONS` ("US"). `at` is where the word stands in `text`, or
 * -1 when folding moved the offsets.
 */
function isAbbreviation(written: string, word: string, text: string, at: number): boolean {
  if (DOTTED_ABBREVIATION.test(written)) return true;
  return (
    at >= 0 &&
    CAPITALISED_ABBREVIATIONS.has(word) &&
    text.slice(at, at + written.length) === word.toUpperCase()
  );
}

/**
 * The words of a text as the index reads them, none left out: folded, possessives and inner dots
 * dropped (`Iran's` → `iran`, `U.S.` → `us`), unstemmed. The tokenizer of `terms`.
 */
export function plainWords(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  const folded = fold(text);
  for (let match = WORD.exec(folded); match; match = WORD.exec(folded)) out.push(cleanWord(match[0]));
  return out;
}

/**
 * The index terms of a text: folded, stopwords dropped, stemmed. An abbreviation is one word, the
 * same however it is dotted, and kept even when it spells a stopword: "U.S.", "U.S" and "US" are all
 * `us`.
 */
export function terms(text: string): string[] {
  const out: string[] = [];
  const folded = fold(text);
  const aligned = folded.length === text.length;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(folded); match; match = WORD.exec(folded)) {
    const word = cleanWord(match[0]);
    if (isIndexWord(word)) out.push(stem(word));
    else if (word.length >= 2 && isAbbreviation(match[0], word, text, aligned ? match.index : -1))
      out.push(word);
  }
  return out;
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen col lt sgt capt gov sen rep st jr sr inc corp co ltd bros no vs etc jan feb mar apr ' +
    'jun jul aug sep sept oct nov dec u.s u.k u.n e.u a.m p.m mt ft dept est approx fig'
  ).split(' '),
);

/**
 * Where the sentences of a re-flowed text lie (`[start, end)`), abbreviations ("U.S.", "Mr.") and
 * decimals kept inside. The text should already be on one line with single spaces.
 */
export function sentenceBounds(text: string): Array<[number, number]> {
  return [...eachSentenceBound(text)];
}

/**
 * The sentences of sentenceBounds one at a time, each found as it is asked for: a caller may stop
 * between them (a paragraph of megabytes holds a hundred thousand).
 */
export function* eachSentenceBound(text: string): Generator<[number, number], void, void> {
  let start = 0;
  const boundary = /[.!?]+["'\u201d\u2019)]*\s+(?=["'\u201c\u2018(]?[A-Z0-9])/g;
  const trimmed = (from: number, to: number): [number, number] | null => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    return b > a ? [a, b] : null;
  };
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    // The word before the stop; a short look back keeps the scan linear in long paragraphs.
    const before = text.slice(Math.max(start, match.index - 40), match.index);
    const written = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
    const lastWord = written.toLowerCase();
    // "U.S." ends with a dot inside the word; single capitals ("J. Smith") are initials, a single
    // small letter is a symbol ending its sentence ("less than k. No efficient …").
    if (
      text[match.index] === '.' &&
      (ABBREVIATIONS.has(lastWord.replace(/\.$/, '')) || /^\p{Lu}$/u.test(written))
    )
      continue;
    const sentence = trimmed(start, match.index + match[0].trimEnd().length);
    start = match.index + match[0].length;
    if (sentence) yield sentence;
  }
  const last = trimmed(start, text.length);
  if (last) yield last;
}

/** The sentences of a text (white space collapsed first). */
export function splitSentences(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  return sentenceBounds(flat).map(([start, end]) => flat.slice(start, end));
}
