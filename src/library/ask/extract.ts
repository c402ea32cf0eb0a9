/**
 * The extractive answerer: from a fact question and a sentence that may answer it, the shortest phrase
 * of the sentence that does. The question gives the kind of answer wanted (`answerKind`); the sentence
 * gives candidate phrases (names, figures, dates, noun phrases: `candidatesOf`); each candidate is
 * scored by how well it fits the kind asked for, how close it stands to the question's words, and by
 * not repeating them (`scoreCandidate`, with the weights in `extractWeights.json`, trained by
 * `scripts/trainExtract.ts`).
 */
import { countryByDemonym, countryByName } from '../../engine/countries.ts';
import { CORPORATE_SUFFIX } from '../../engine/mentions.ts';
import { isCommonWord, isRoleNoun, lexTag, ROLE_NOUN_LIST } from '../../engine/people.ts';
import { relatedRoots } from '../../engine/related.ts';
import { isStopword, root, stem } from '../../engine/words.ts';
import WEIGHTS from './extractWeights.json' with { type: 'json' };
import { type HiddenLayer, hiddenScoreOf } from './hiddenLayer.ts';
import { hasInitials } from './nameForms.ts';
import { perQuestion } from './perQuestion.ts';
import {
  BARE_CONTEST,
  BARE_DATE,
  BARE_MEASURE,
  BARE_RATE,
  BARE_ROLE,
  MEASURE_NOUN,
  PERCENT_SIGN,
  PERCENT_WORD,
  WHERE_A_FIGURE_STANDS,
} from './words.ts';

/** The kind of phrase a question asks for. */
export type AnswerKind =
  | 'person'
  | 'place'
  | 'year'
  | 'date'
  | 'count'
  | 'amount'
  | 'percent'
  | 'quantity'
  | 'reason'
  | 'manner'
  | 'thing';

/** A role noun of the engine's (a regex source). */
const ROLE = `(?:${ROLE_NOUN_LIST.join('|')})`;

/**
 * A role noun that names the person holding it ("judge", "spokesman"), without the engine's words that
 * only qualify a role ("former", "top", "campaign"), for "which judge…".
 */
const PERSON_ROLE_NOUNS = [
  ...ROLE_NOUN_LIST.filter(
    (noun) =>
      !/^(?:former|acting|senior|top|campaign|press|presidential|deputy|chief|executive|hopeful|general|head|star|host|member|justice)$/.test(
        noun,
      ),
  ),
  // Whom someone is to another, which only a person is ("whos anthony weiners wife", "trumps longtime
  // doctor"): no role a story writes before a name, so not the engine's.
  ...[
    'wife',
    'husband',
    'widow',
    'son',
    'daughter',
    'father',
    'mother',
    'brother',
    'sister',
    'doctor',
    'physician',
  ],
];
const PERSON_ROLE = `(?:${PERSON_ROLE_NOUNS.join('|')})`;

/** Their roots, as a question's "which X" noun is kept. */
const PERSON_ROLE_ROOTS: ReadonlySet<string> = new Set(PERSON_ROLE_NOUNS.map((noun) => root(noun)));

/**
 * A role only a person holds: a firm may be an adviser, a consultant, a developer or a rival, never a
 * leader, a chairman or a judge (a regex source).
 */
const HOLDER_ROLE = `(?:${PERSON_ROLE_NOUNS.filter(
  (noun) =>
    !/^(?:adviser|advisor|analyst|consultant|developer|rival|challenger|host|operative|officials?)$/.test(
      noun,
    ),
).join('|')})`;

/**
 * A question asking who holds a person's role, "who is" or "which" before the role ("whos the bolivian
 * union leader", "which bundesbank board member") or the role typed bare ("heinz chairman"): a person
 * answers, not the body they lead.
 */
const HOLDER_ASKED = new RegExp(
  String.raw`\b(?:who(?:'s|’s|\s+(?:is|was|are|were))|which)\s+(?:(?!(?:did|does|do|has|have|had|will|would|can|could|said|says)\b)[\p{L}'’.-]+\s+){0,4}?${HOLDER_ROLE}s?\b|\bwho\s+(?:chairs|chaired|heads|headed|presides)\b`,
  'iu',
);
const HOLDER_LAST = new RegExp(String.raw`\b${HOLDER_ROLE}[\s?]*$`, 'iu');

/**
 * The word before a role noun in a question ("foreign" of "frances foreign minister"), as typed; null
 * when there is none, or it is a stopword or names a country ("french minister" asks no kind of minister).
 */
function roleModifierAsked(tokens: readonly Token[]): { noun: string; modifier: string } | null {
  for (let k = 1; k < tokens.length; k++) {
    const noun = tokens[k]!.lower;
    if (!isRoleNoun(noun)) continue;
    const modifier = tokens[k - 1]!.lower.replace(/(?:'s|’s|s')$/, '');
    if (isStopword(modifier) || isRoleNoun(modifier) || namesCountry(modifier)) return null;
    return { noun, modifier };
  }
  return null;
}

/**
 * "what did obama call the north korean test", "how did thatcher describe the row": the words someone
 * used for something, which the stories quote.
 */
const CALLED_ASKED =
  /\b(?:what|how)\s+(?:did|does|do|has|have|had|would|will)\s+.+?\s+(?:call|calls|called|describe|described|label|labelled|labeled|brand|branded|term|termed|dub|dubbed|characteri[sz]e)\b/i;

/** Whether words name a country, by its name or its adjective ("china", "french"). */
const namesCountry = (words: string) =>
  countryByName(words) !== undefined || countryByDemonym(words) !== undefined;

/** A word as typed, perhaps cut short or misspelt at its end: "managin" of "managing". */
const sameWordTyped = (written: string, typed: string) =>
  written.startsWith(typed) ||
  typed.startsWith(written) ||
  (typed.length >= 5 && written.slice(0, 5) === typed.slice(0, 5));

/** The last word of a body's name: a court, company, ministry or party holds no role of a person's. */
const BODY_NOUN =
  /^(?:court|courts|corp|corporation|inc|co|company|ltd|plc|ag|sa|bank|ministry|department|committee|commission|board|agency|council|group|association|union|party|government|administration|office|exchange|authority|institute|university|federation)\.?$/;

/** Rules that read the kind of answer from the question, in order: the first that matches decides. */
export const ANSWER_KIND_RULES: ReadonlyArray<{ name: string; kind: AnswerKind; pattern: RegExp }> = [
  { name: 'what year', kind: 'year', pattern: /\b(?:what|which) (?:year|decade|century)\b|\bwhat yr\b/i },
  {
    name: 'percentage',
    kind: 'percent',
    pattern: new RegExp(
      String.raw`(?:\b(?:what|which)|\bhow (?:much|many)|^(?:the\s+)?(?=${PERCENT_WORD}\s))\s*(?:${PERCENT_WORD}(?![a-z])|(?:proportion|share)\b)`,
      'i',
    ),
  },
  {
    // "spain reserve requirement raised to what": where a change took a figure.
    name: 'what a figure was changed to',
    kind: 'quantity',
    pattern:
      /\b(?:raised|lifted|increased|boosted|hiked|cut|lowered|trimmed|slashed|rose|risen|fell|fallen|climbed|dropped|jumped|went\s+up|went\s+down|narrowed|widened)\s+(?:it\s+|them\s+)?to\s+(?:what|how\s+much)\b/i,
  },
  {
    // "how big is sosnoffs stake in caesars": a stake is a share of a company, a percentage, unless its
    // worth or who holds it is asked; so is a market share ("heinz ketchup market share").
    name: "a stake's size",
    kind: 'percent',
    pattern:
      /^(?!.*\b(?:worth|cost|costs|paid|pay|price|value|money|who|whom|whose|when|where|why|many)\b).*\b(?:stake|holding|shareholding|market\s+share)s?\b/i,
  },
  {
    // "coupon on swedens eurosterling bond": a bond's coupon is a rate, written as a percentage.
    name: "a bond's coupon",
    kind: 'percent',
    pattern: /^(?!.*\b(?:who|whom|whose|when|where|why|many)\b).*\bcoupons?\b/i,
  },
  { name: 'how many', kind: 'count', pattern: /\bhow many\b/i },
  {
    // "how much lng can the plant make", "how much oil did they produce": a quantity of the thing named,
    // even with a verb of earning ("make"); "how much profit did it make" is money.
    name: 'how much of a thing named',
    kind: 'quantity',
    pattern:
      /\bhow much (?!(?:money|cash|capital|funds?|funding|profits?|income|revenues?|earnings|salary|pay|debt|loans?|aid|credit|financing|tax|taxes|spending|investment|did|does|do|is|was|are|were|will|would|can|could|has|have|had|more|less|of|to|for|in|on|at|by|the|a|an|it|they|he|she|we|you|i)\b)[\p{L}-]+ (?:did|does|do|is|was|are|were|will|would|can|could|has|have|had)\b/iu,
  },
  {
    // "what did golden nugget sell its casino for", "how much is fmc suing for": the price of a sale or
    // purchase, or the sum a suit claims.
    name: 'what a sale or a suit was for',
    kind: 'amount',
    pattern:
      /^(?:what|how much)\b.*\b(?:sell|sells|sold|selling|buy|buys|bought|buying|pay|pays|paid|paying|offer|offers|offered|offering|bid|bids|sue|sues|sued|suing)\b.*\bfor\W*$/i,
  },
  {
    name: 'how much money',
    kind: 'amount',
    pattern:
      /^what\s+(?:would|will|does|did|do|could|might|should)\s.*\bcost\b|\bhow much (?:money|did .+ (?:cost|pay|earn|make|spend|raise)|does .+ cost|was .+ worth)|\bhow much\b.*\b(?:cost|paid|pay|earn|make|made|worth|spend|spent|price|salary|offer|offers|offering|offered|bid|bids|bidding)\b/i,
  },
  {
    name: 'how much',
    kind: 'quantity',
    pattern:
      /\bhow (?:much|long|old|far|big|large|tall|high|deep|wide|heavy|fast|often|hot|cold|strong|powerful|steep|sharp|low|small|short)\b|\bwhat (?:size|length|height|distance|temperature|speed|age|price|amount|rate|number)\b/i,
  },
  {
    // "what octane is…", "whats the agreed limit on…": a thing that is a measure is a figure.
    name: 'what measure',
    kind: 'quantity',
    pattern: new RegExp(
      String.raw`\b(?:what|which)(?:'s|s|\s+(?:is|was|are|were))?\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}${MEASURE_NOUN}\b`,
      'iu',
    ),
  },
  {
    name: 'where a figure stands',
    kind: 'quantity',
    pattern: WHERE_A_FIGURE_STANDS,
  },
  {
    // "what will oil prices be in 88", "what will french inflation be this year": a figure to come.
    name: 'what a measure will be',
    kind: 'quantity',
    pattern: new RegExp(
      String.raw`^what\s+(?:will|would|could|might|should|is|was)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:${MEASURE_NOUN}|prices|rates|sales|exports|imports)\s+be\b`,
      'iu',
    ),
  },
  {
    // "taiwans trade surplus with the us": a measure of something named, with no question word.
    name: 'a measure named',
    kind: 'quantity',
    pattern: BARE_MEASURE,
  },
  // "dollar yen in early asian trade", "clinton vs trump in the wapo abc poll": figures, typed bare.
  { name: 'a rate between two currencies', kind: 'quantity', pattern: BARE_RATE },
  { name: 'a role typed bare', kind: 'person', pattern: BARE_ROLE },
  {
    // "whats the brazilian delegates name", "the name of the ceo": someone's name.
    name: "a role's name",
    kind: 'person',
    pattern: new RegExp(
      String.raw`\bname\s+of\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{L}'’-]+\s+){0,3}${ROLE}s?\b|\b${ROLE}(?:'s|’s|s|s'|s’)?\s+name\b`,
      'iu',
    ),
  },
  { name: 'two sides of a contest', kind: 'quantity', pattern: BARE_CONTEST },
  { name: 'a date set for something', kind: 'date', pattern: BARE_DATE },
  {
    name: 'when',
    kind: 'date',
    pattern:
      /^(?:\W*\w+\W+){0,3}?when\b|\b(?:what|which) (?:days?|dates?|months?|time|period|era|seasons?)\b|\bwhen\b/i,
  },
  {
    // "which judge has the burlington case", "which bundesbank board member": the one holding the role,
    // its name perhaps led by words of whose role it is.
    name: 'which role',
    kind: 'person',
    pattern: new RegExp(
      String.raw`\bwhich\s+(?:(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|the|a|an|of)\b)[\p{L}-]+\s+){0,2}(?:${PERSON_ROLE}|member)s?\b`,
      'iu',
    ),
  },
  {
    name: 'who',
    kind: 'person',
    pattern:
      /^(?:\W*\w+\W+){0,3}?(?:who|whom|whose)\b|\bwho\b|\b(?:what|which) (?:person|man|woman|people|player|team|company|group|organization|organisation|official|leader|king|queen|president|author|artist|scientist|band|firm|party|general|emperor|ruler|family|body|agency|institution|church|university|school|club|network|newspaper|station)\b|\bwhich (?:(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|the|a|an|of)\b)[a-z-]+ ){0,2}(?:paper|magazine|journal|bank|broker|brokerage|airline|carrier|maker|manufacturer|producer|insurer|lender|utility|union|court|ministry|committee|company|firm|group|agency|newspaper)\b|\b(?:what|which)(?: [a-z-]+){0,2} (?:companies|firms|banks|manufacturers|makers|producers|groups|units|subsidiaries|buyers|bidders|lenders|brokers|airlines|utilities|agencies|unions|parties|ministries|departments|governments|newspapers|institutions)\b/i,
  },
  {
    name: 'where',
    kind: 'place',
    pattern:
      /^(?:\W*\w+\W+){0,3}?where\b|\b(?:what|which|in what|in which) (?:city|country|state|place|region|area|continent|town|location|river|county|province|island|nation|street|building|stadium|venue)\b|\bwhere\b/i,
  },
  {
    name: 'why',
    kind: 'reason',
    pattern: /\bwhy\b|\bwhat (?:caused|causes|was the reason|is the reason|reason)\b/i,
  },
  { name: 'how', kind: 'manner', pattern: /^(?:\W*\w+\W+){0,2}?how\b/i },
];

/** The kind of answer a question asks for ('thing' when no rule says otherwise). */
export function answerKind(question: string): AnswerKind {
  for (const rule of ANSWER_KIND_RULES) if (rule.pattern.test(question)) return rule.kind;
  return 'thing';
}

/** A word of a sentence: as written, folded, and where it stands in the sentence. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

// A fraction is one word with its whole ("9-1/2", "101-1/4", "5/8"), as the wire writes coupons and
// prices; a crop year ("86/87", "1987/88") stays two.
const TOKEN = /[$£€]?[\p{L}\p{N}]+(?:[.,'’&-][\p{L}\p{N}]+|(?<=\d)\/(?:2|4|8|16|32|64)(?!\d))*%?/gu;

/** A word's root as the answerer compares words: a dotted abbreviation without its dots ("U.S." is `us`). */
export function wordRoot(token: Token): string {
  return rootOfLower(token.lower);
}

/** `wordRoot` of a word in lower case, once per question. */
const rootOfLower = perQuestion((lower: string) =>
  /^\p{L}(?:\.\p{L})+\.?$/u.test(lower) ? lower.replace(/\./g, '') : root(lower),
);

/**
 * A word that names something although it spells a function word: "US" in capitals or dotted (a
 * question's "us" is read as "US" unless it asks something for the asker).
 */
function namesAbbreviation(token: Token): boolean {
  return token.text === 'US' || /^\p{L}(?:\.\p{L})+\.?$/u.test(token.text);
}

/** A text's words with their places, read once per question (`perQuestion`): shared, so read only. */
export const tokensOf: (sentence: string) => Token[] = perQuestion(tokenize);

function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  // The matches `matchAll` gives, read by `exec` from the start (no iterator or copy of the pattern).
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(sentence); match !== null; match = TOKEN.exec(sentence))
    out.push({
      text: match[0],
      lower: match[0].toLowerCase().replace(/’/g, "'").replace(/'s$/, ''),
      start: match.index,
      end: match.index + match[0].length,
    });
  return out;
}

const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;
// "Twenty-seven": a tens word joined to a unit word is one number.
const NUMBER_WORDS =
  /^(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|dozen|dozens|half|several|many)$/;
const SCALE = /^(?:hundred|thousand|million|billion|trillion|mln|bln|pct|percent|per|cent)$/;
/** A scale word, which only a figure before it makes an amount. */
const BARE_SCALE = /^(?:hundred|thousand|million|billion|trillion|mln|bln)$/;
/** Currencies as figures are written in them, the wire's too ("10 mln stg", "10,000 rupees"). */
const CURRENCY =
  /^(?:dollars?|dlrs?|cents?|cts|pounds?|euros?|yen|marks|francs?|usd|stg|sterling|guilders?|lire|lira|pesos?|pesetas?|escudos?|drachmas?|rupees?|rupiah|ringgit|baht|yuan|won|riyals?|dinars?|rand|crowns?|kroner|kronor|krone|krona|markka|markkaa|schillings?|shekels?|roubles?|rubles?|ecus?|naira|cruzados?|australs?|bolivianos?|intis?|sucres?|cedis?|kwacha|shillings?|dirhams?|zlotys?|forints?|quetzales|colones|bolivares|reais|soles|leva|lei|taka|kyats?)$/;
const UNITS =
  /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|miles?|km|kilometres?|kilometers?|metres?|meters?|feet|ft|inches|tons?|tonnes?|kg|kilograms?|pounds?|acres?|square|percent|pct|degrees?|people|members|times|students|games|points|votes|seats|barrels|shares|bags)$/;
/** A name's joining word an article may follow, and the article ("of the", "de la"). */
const JOINER_BEFORE_ARTICLE = /^(?:of|de|del|du|di|da|von|van|for)$/;
const ARTICLE_AFTER_JOINER = /^(?:the|la|le|los|las|der|die)$/;
const CAPITAL_JOINERS = /^(?:of|de|la|le|del|du|des|di|da|von|van|der|am|sur|sous|upon|and|the|for|&)$/;
const MONTH_NAMES =
  'jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const WEEKDAY = new RegExp(`^(?:${WEEKDAYS})$`);
// "May" is left out after "this": "this may take weeks".
const PERIODS = `(?:week|weekend|month|year|quarter|half|spring|summer|autumn|fall|winter|season|session|decade|century|${WEEKDAYS}|${MONTH_NAMES.replace('|may|', '|')})s?`;
/**
 * Time phrases, over a sentence's folded words one space apart: "later this week", "next month",
 * "on Tuesday", "by the end of the year", "tomorrow", "mid-March", "late May", "two weeks ago". A leading
 * preposition belongs to the phrase ("by the end of the year") and is also left off.
 */
const TIME_PHRASE_SOURCE =
  `(?:(?:by|on|until|till|before|after|from|in|at|during|since|within|over)\\s)?(?:` +
  `(?:(?:earlier|later|early|late)\\s(?:in\\s)?)?(?:the\\s)?(?:this|next|last|coming|past|following)\\s${PERIODS}` +
  `|(?:the\\s)?(?:end|middle|start|beginning|first\\shalf|second\\shalf)\\sof\\s(?:the\\s|this\\s|next\\s|last\\s)?(?:${PERIODS}|\\d{4})` +
  `|today|tomorrow|yesterday|tonight|(?:${WEEKDAYS})(?:\\s(?:morning|afternoon|evening|night))?` +
  `|(?:early|mid|late|end)-(?:${MONTH_NAMES})|(?:early|mid|late)\\s(?:${MONTH_NAMES})` +
  `|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\\sfew|several|\\d+)\\s(?:days?|weeks?|months?|years?)\\s(?:ago|later|earlier|before|after|from\\snow)` +
  // "the first debate in 10 days": a time from now, which "10 days" alone (how long) is not.
  `|(?:in|within)\\s(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\\sfew|several|\\d+)\\s(?:days?|weeks?|months?|years?)(?!\\s(?:of|ago|later|earlier|before|after|from))` +
  `)`;
const TIME_PHRASE = new RegExp(`\\b${TIME_PHRASE_SOURCE}\\b`, 'g');
/** A candidate's words that are one time phrase and nothing more. */
const WHOLE_TIME_PHRASE = new RegExp(`^${TIME_PHRASE_SOURCE}$`);
const TIME_PREPOSITION = /^(?:by|on|until|till|before|after|from|in|at|during|since|within|over)$/;
/** Words that never end a phrase: they want what follows them ("210,000 barrels per"). */
const NEEDS_OBJECT = /^(?:per|than|via|versus|vs)$/;
/** A verb's particle, kept at a candidate's end ("set out", "carried out", "turned down"). */
const PARTICLE = /^(?:out|up|down|off|back|away|over|through|forward|apart|aside)$/;
const DAY_OR_YEAR = /^(?:\d{1,2}(?:st|nd|rd|th)?|\d{3,4}s?|\d{1,2}(?:st|nd|rd|th) century)$/;

/** A number word joined to the unit it measures: "five-year", "two-week", "three-page". */
const NUMBER_WORD_UNIT =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)-(?:year|month|week|day|hour|minute|mile|page|point|member|nation|country|seat|game|man|person|storey|story|floor)s?$/;

function isNumber(token: Token): boolean {
  return /^[$£€]?\d/.test(token.text) || NUMBER_WORDS.test(token.lower) || NUMBER_WORD_UNIT.test(token.lower);
}
const isYear = (token: Token) =>
  /^(?:1[0-9]|20)\d\d(?:s)?$/.test(token.text) || /^\d{3,4}s$/.test(token.text);
/** A capitalised word, or one a lower-case particle leads ("el-Sayed", "al-Assad", "d'Estaing"). */
const isCapital = (token: Token) =>
  /^(?:\p{Lu}|(?:al|el|ul|bin|ibn|abu|van|von|de|da|di|du|la|le|d)[-'’]\p{Lu})/u.test(token.text);

/** Function words that stand for themselves as a tag: what they are says more than a class would. */
const OWN_TAG =
  /^(?:the|a|an|of|in|on|at|by|for|from|to|with|as|because|since|due|after|before|during|than|and|or|but|that|which|who|whose|when|where|while|is|was|are|were|be|been|has|have|had|its|their|his|her|called|known|named|such|including|about|between|into|over|under|until)$/;

/**
 * A coarse part of speech for a word of a sentence, from its shape and compromise's word list (its
 * tagger is too slow to run per question): YEAR, NUM, CAP (a name, not the sentence's first word),
 * VBG, VBD, VB, RB, JJ, NNS, NN, a pronoun or other function word as PRO/FN, and the commonest
 * function words as themselves.
 */
export function coarseTag(token: Token, first: boolean): string {
  const { lower } = token;
  if (isYear(token)) return 'YEAR';
  if (isNumber(token)) return 'NUM';
  if (OWN_TAG.test(lower)) return lower;
  const tag = lexTag(lower);
  if (isCapital(token) && (!first || !tag)) return 'CAP';
  if (/Gerund/.test(tag)) return 'VBG';
  if (/PastTense|Participle/.test(tag)) return 'VBD';
  if (/Verb|Infinitive|PresentTense|Copula|Modal/.test(tag)) return 'VB';
  if (/Adverb/.test(tag)) return 'RB';
  if (/Adjective|Comparative|Superlative|Ordinal/.test(tag)) return 'JJ';
  if (/Pronoun|Possessive/.test(tag)) return 'PRO';
  if (/Preposition|Conjunction|Determiner|Expression/.test(tag)) return 'FN';
  if (/Plural/.test(tag)) return 'NNS';
  if (tag) return 'NN';
  if (lower.endsWith('ing')) return 'VBG';
  if (lower.endsWith('ed')) return 'VBD';
  if (lower.endsWith('ly')) return 'RB';
  if (/(?:ous|ive|al|ic|able|ible|ful|less)$/.test(lower)) return 'JJ';
  if (lower.endsWith('s') && !lower.endsWith('ss')) return 'NNS';
  return 'NN';
}

/** Lexicon tags of a name: a person's, a place's, a body's. */
const NAME_TAG = /Name|Country|City|Place|Region|Organization|Demonym|Person|ProperNoun|SportsTeam|Honorific/;

/**
 * A sentence's first word alone, capitalised only for starting it: a word of the language ("Prices
 * fell…", "Disagreement over…") that the story does not name is no person, body or place. A word is
 * of the language when the lexicon tags it as no name, or it has related words; a country has those
 * too ("China", "Chinese") and is a name.
 */
function capitalOnlyAsFirst(tokens: readonly Token[], candidate: Candidate, named: NameKind | null): boolean {
  if (candidate.from !== 0 || candidate.to !== 1 || named !== null || !candidate.shape.capital) return false;
  const { lower } = tokens[0]!;
  const tag = lexTag(lower);
  if (tag) return !NAME_TAG.test(tag);
  return relatedRoots(root(lower)).length > 0 && !namesCountry(lower);
}

/** What a candidate phrase looks like: each a 0/1 feature of the ranker. */
interface CandidateShape {
  capital: boolean;
  number: boolean;
  year: boolean;
  /** A year with nothing more precise: no month, day or time phrase ("1987", "set up in 1985"). */
  yearOnly: boolean;
  date: boolean;
  money: boolean;
  percent: boolean;
  unit: boolean;
  /** A time of day ("1500 GMT", "10:30", "3 p.m.", "noon"). */
  clock: boolean;
  /** Within a short quote, `SHORT_QUOTE_WORDS` words at most ("called the test "provocative and destabilizing""). */
  quoted: boolean;
}

export interface Candidate {
  /** Tokens `from .. to` (exclusive) of the sentence. */
  from: number;
  to: number;
  start: number;
  end: number;
  shape: CandidateShape;
  /** A stretch of the sentence between punctuation marks or after a verb or function word (a clause). */
  segment: boolean;
  /** A whole name, figure, time phrase or noun-phrase chunk as found, not a shorter form of one. */
  whole: boolean;
}

/** The time phrases of a sentence, as token ranges `[from, to)`. */
function timePhrasesOf(tokens: Token[]): Array<[number, number]> {
  const at: number[] = [];
  let words = '';
  for (const token of tokens) {
    at.push(words.length);
    words += `${token.lower} `;
  }
  const out: Array<[number, number]> = [];
  for (const match of words.matchAll(TIME_PHRASE)) {
    const from = at.indexOf(match.index);
    const end = match.index + match[0].length;
    let to = from;
    while (to < tokens.length && at[to]! < end) to++;
    if (from >= 0) out.push([from, to]);
  }
  return out;
}

/** A figure's percent sign however it is written: "74 pct", "74%", "74 percent", "74 per cent". */
const PERCENT_FIGURE = new RegExp(`(?<![a-z])${PERCENT_SIGN}(?![a-z])`);

/** A month with a figure beside it, its day ("March 3", "3 March"). */
const monthWithDay = (span: readonly Token[]) =>
  span.some(
    (token, k) =>
      MONTHS.test(token.lower) &&
      ((k > 0 && isNumber(span[k - 1]!)) || (k + 1 < span.length && isNumber(span[k + 1]!))),
  );

/** Names of a list given at most (`the list of names a plural asks for`). */
const LIST_ITEMS = 8;

/** A time of day as the wire writes it: "1500 GMT", "10:30", "3 p.m.", "noon", "nine o'clock". */
const CLOCK =
  /^(?:\d{1,2}[:.]\d\d\b.*|\d{3,4} (?:gmt|est|edt|cst|cdt|pst|pdt|bst|cet|jst|local|hrs|hours)\b.*|.*\b(?:a\.?m|p\.?m)\.?|noon|midnight|.* o'clock)$/;

function shapeOf(tokens: Token[], from: number, to: number): CandidateShape {
  const span = tokens.slice(from, to);
  const words = span.map((t) => t.lower);
  const number = span.some(isNumber);
  const year = span.some(isYear);
  const month = words.some((w) => MONTHS.test(w));
  return {
    capital: span.every((t) => isCapital(t) || CAPITAL_JOINERS.test(t.lower)) && isCapital(span[0]!),
    number,
    year,
    yearOnly:
      year &&
      !month &&
      !words.some((w) => WEEKDAY.test(w)) &&
      !timePhrasesOf(span).some(([a, b]) => !span.slice(a, b).every(isYear)),
    date:
      year ||
      // A month alone, or with its day beside it ("March 3", "3 March"), not a clause naming one.
      (month && (span.length === 1 || monthWithDay(span))) ||
      words.some((w) => /^\d{1,2}(?:st|nd|rd|th) century$/.test(w)) ||
      WHOLE_TIME_PHRASE.test(words.join(' ')),
    money: /^[$£€]/.test(span[0]!.text) || (number && words.some((w) => CURRENCY.test(w))),
    percent: PERCENT_FIGURE.test(words.join(' ')),
    unit: number && words.some((w) => UNITS.test(w) || SCALE.test(w)),
    clock: CLOCK.test(words.join(' ')),
    quoted: false,
  };
}

/**
 * "out" of "set out": a particle right after a verb, within a candidate starting at `from`. The word
 * list tags many verbs as nouns or adjectives ("set", "turned"), so any of those tags will do.
 */
function isParticleAfterVerb(tokens: Token[], k: number, from: number): boolean {
  return (
    k > from &&
    PARTICLE.test(tokens[k]!.lower) &&
    /^(?:VB|VBD|VBG|NN|JJ)$/.test(coarseTag(tokens[k - 1]!, k === 1))
  );
}

/**
 * Whether tokens `from .. to` hold two separate figures, a figure's unit or scale ending one and a
 * number starting the next: "74 pct four years", "74% four years", "5 mln dlrs 1987". Numbers side by
 * side are one figure ("two hundred", "March 3 1987"), and so is a range ("10 to 15 pct").
 */
function joinsTwoFigures(tokens: Token[], from: number, to: number): boolean {
  let inFigure = false;
  let unitEnded = false;
  for (let k = from; k < to; k++) {
    const token = tokens[k]!;
    if (isNumber(token)) {
      if (unitEnded) return true;
      inFigure = true;
      unitEnded = token.text.endsWith('%');
    } else if (
      inFigure &&
      (SCALE.test(token.lower) || CURRENCY.test(token.lower) || UNITS.test(token.lower))
    ) {
      unitEnded = true;
    } else {
      inFigure = false;
      unitEnded = false;
    }
  }
  return false;
}

/**
 * How many capitalised words from token `at` name the country of the currency right after them, as in
 * "10 mln Canadian dlrs", "1.5 billion Hong Kong dlrs" or "50 mln U.S. dlrs" (at most two), or 0.
 */
function currencyAdjectiveAt(tokens: Token[], at: number): number {
  for (let k = at; k < at + 2 && k < tokens.length; k++) {
    if (!isCapital(tokens[k]!)) return 0;
    if (k + 1 < tokens.length && CURRENCY.test(tokens[k + 1]!.lower)) return k - at + 1;
  }
  return 0;
}

/** Whether punctuation that parts phrases stands between token `i` and the next ("," ";" "(" " - "). */
function punctuationAfter(sentence: string, tokens: Token[], i: number): boolean {
  return /[,;:()"“”]|\s[-–—]\s/.test(sentence.slice(tokens[i]!.end, tokens[i + 1]?.start ?? tokens[i]!.end));
}

/** Words that start a new clause: a conjunction or a relative pronoun. */
const CLAUSE_WORD =
  /^(?:and|but|while|whereas|which|who|whom|whose|although|though|because|when|where|whereby|despite|unless)$/;

/**
 * Each word's clause in a sentence, numbered from 0: a new one starts after punctuation that parts
 * phrases and at a conjunction or relative pronoun ("Stewart, who led the team with six touchdowns").
 */
function clausesOf(sentence: string, tokens: Token[]): Int32Array {
  const clause = new Int32Array(tokens.length);
  let at = 0;
  for (let k = 1; k < tokens.length; k++) {
    if (punctuationAfter(sentence, tokens, k - 1) || CLAUSE_WORD.test(tokens[k]!.lower)) at++;
    clause[k] = at;
  }
  return clause;
}

/** The stretches of a sentence within quotation marks, as `[start, end)` offsets inside the marks. */
function quotedStretches(sentence: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (const mark of sentence.matchAll(/“|”|"|''/g)) {
    const opens = mark[0] === '“' || (mark[0] !== '”' && open < 0);
    if (opens) open = mark.index + mark[0].length;
    else if (open >= 0) {
      out.push([open, mark.index]);
      open = -1;
    }
  }
  return out;
}

/** The words a "which" or "what" question names what it asks by, up to its verb (`thingWordsOf`, `pluralAsked`). */
const thingAfter = (lead: string) =>
  new RegExp(
    String.raw`\b${lead}\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|should|might|must|got|gets|get)\b`,
    'iu',
  );
const THING_AFTER_WHICH = thingAfter('which');
const THING_AFTER_WHAT = thingAfter('(?:which|what)');

/** Up to three words after "which" before an auxiliary verb, as roots: what is asked for. */
function thingWordsOf(question: string): string[] | null {
  const words = THING_AFTER_WHICH.exec(question)?.[1];
  if (!words) return null;
  return words
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => !isStopword(word))
    .map((word) => root(word));
}

/** Whether a "which X" question's X is plural ("which firestone plants are closing", "which agencies accused"). */
function pluralAsked(question: string): boolean {
  // "what three comedies", "who were his three brothers": a count of things asked is several.
  if (/\b(?:two|three|four|five|six|seven|both)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+[^su\W]s\b/iu.test(question))
    return true;
  const thing =
    THING_AFTER_WHAT.exec(question)?.[1]?.split(/\s+/).at(-1) ??
    /\bwhich\s+([\p{L}-]+s)\s+[\p{L}-]+ed\b/iu.exec(question)?.[1];
  if (!thing) return false;
  const lower = thing.toLowerCase();
  return /[^su]s$/.test(lower) && stem(lower) !== lower;
}

/** Roots of works whose titles are quoted: shows, books, films, papers, songs. */
const WORK_TITLED =
  /^(?:show|program|movi|documentary|sery|newspap|magazin|journ|pap|articl|column|episod|broadcast|book|novel|film|song|album|play|opera|poem|paint)$/;

/** The kinds a "which X" question's name of X may answer: a thing, or a place ("which province"). */
const THING_NAMED_KINDS: ReadonlySet<AnswerKind> = new Set(['thing', 'place']);

/** Kinds of answer that are measures: an amount, a count, a percentage. */
const MEASURE_KINDS: ReadonlySet<AnswerKind> = new Set(['count', 'amount', 'percent', 'quantity']);

/**
 * Whether a candidate is a name the sentence gives the thing a "which X" question asks for: a
 * capitalised name with the noun right after it, perhaps past two words ("the Matahina hydro-electric
 * dam", "WMAL radio"), or after the noun and "of" ("the province of Camaguey").
 */
function namesThingAsked(question: QuestionInfo, tokens: Token[], candidate: Candidate): boolean {
  const asked = question.thingWords;
  if (asked.length === 0 || !question.form.startsWith('which') || !THING_NAMED_KINDS.has(question.kind))
    return false;
  const isAsked = (token: Token) => asked.includes(wordRoot(token));
  // A whole name as written, not the end of one ("Petroleum Co PLC" of "British Petroleum Co PLC").
  if (!candidate.shape.capital || candidate.shape.number) return false;
  if (candidate.from > 0 && isCapital(tokens[candidate.from - 1]!)) return false;
  if (candidate.to - candidate.from > 4 || isAsked(tokens[candidate.to - 1]!)) return false;
  // "London-based dealer": a capitalised word that says where, not a name.
  if (/-based$/i.test(tokens[candidate.to - 1]!.text)) return false;
  // "which show": a work's title is quoted ("told MSNBC's "Morning Joe"").
  if (candidate.shape.quoted && asked.some((word) => WORK_TITLED.test(word))) return true;
  // A country before the noun says whose it is, not which ("the south China province of Guangdong").
  const words = tokens
    .slice(candidate.from, candidate.to)
    .map((token) => token.text)
    .join(' ');
  return thingNounBeside(asked, tokens, candidate, !namesCountry(words)) >= 0;
}

/**
 * Where the noun of the thing a "which X" question asks for (`asked`, as roots) stands beside a
 * candidate name: after it, perhaps past two words ("the Matahina hydro-electric dam"; looked for only
 * when `after`), right before it ("dealer Gill and Duffus") or before "of" before it ("the province of
 * Camaguey"); -1 when it stands at none of them.
 */
function thingNounBeside(
  asked: readonly string[],
  tokens: Token[],
  candidate: Candidate,
  after: boolean,
): number {
  const isAsked = (k: number) => asked.includes(wordRoot(tokens[k]!));
  for (let k = candidate.to; after && k < candidate.to + 3 && k < tokens.length; k++) {
    if (isAsked(k)) return k;
    if (isCapital(tokens[k]!) || isStopword(tokens[k]!.lower)) break;
  }
  const before = candidate.from;
  if (before >= 1 && isAsked(before - 1)) return before - 1;
  return before >= 2 && tokens[before - 1]!.lower === 'of' && isAsked(before - 2) ? before - 2 : -1;
}

/** How much less the ranker may believe the name of the thing asked than its own choice (log-odds). */
const THING_NAMED_MARGIN = 1;

/** Words a short quote holds at most: a phrase quoted within a sentence, not a whole statement. */
const SHORT_QUOTE_WORDS = 8;

/** "October 16, 2012": a month and its day, then past a comma the year, is one date. */
function dateYearAfterComma(sentence: string, tokens: Token[], i: number, j: number): boolean {
  return (
    j === i + 2 &&
    MONTHS.test(tokens[i]!.lower) &&
    /^\d{1,2}$/.test(tokens[i + 1]!.text) &&
    isYear(tokens[j]!) &&
    /^,\s+$/.test(sentence.slice(tokens[j - 1]!.end, tokens[j]!.start))
  );
}

/**
 * The candidate phrases of a sentence: runs of capitalised words (names, joined by "of", "de"...),
 * figures with their unit or scale, dates, and runs of content words (noun-phrase-like chunks between
 * function words and punctuation), each also in its shorter forms at either end.
 */
export function candidatesOf(sentence: string, tokens: Token[] = tokensOf(sentence)): Candidate[] {
  const seen = new Map<string, Candidate>();
  // Short quotes only: a phrase quoted within a sentence, not a whole statement.
  const quoted = quotedStretches(sentence).filter(
    ([open, close]) => sentence.slice(open, close).trim().split(/\s+/).length <= SHORT_QUOTE_WORDS,
  );
  const out: Candidate[] = [];
  const gapAfter = (i: number) => punctuationAfter(sentence, tokens, i);
  const add = (from: number, to: number, segment = false, whole = false) => {
    while (from < to && CAPITAL_JOINERS.test(tokens[from]!.lower) && tokens[from]!.lower !== 'the') from++;
    while (
      to > from &&
      (CAPITAL_JOINERS.test(tokens[to - 1]!.lower) ||
        isStopword(tokens[to - 1]!.lower) ||
        NEEDS_OBJECT.test(tokens[to - 1]!.lower)) &&
      !isParticleAfterVerb(tokens, to - 1, from) &&
      // "May" capitalised is the month a phrase ends in ("in late May"), not the verb.
      !(isCapital(tokens[to - 1]!) && MONTHS.test(tokens[to - 1]!.lower))
    )
      to--;
    if (to <= from || to - from > (segment ? MAX_SEGMENT : 8)) return;
    // A scale with no figure before it is no figure ("mln" of "two dlrs per mln British Thermal Unit").
    if (BARE_SCALE.test(tokens[from]!.lower) && !(from > 0 && /^(?:a|an)$|\d/.test(tokens[from - 1]!.lower)))
      return;
    // Never half a figure: "million" of "$19.3 million", "19.3" of it is kept whole by the figure rule;
    // nor the end of a range: "four" of "three or four". A comma parts two figures ("At the end of 1986,
    // 355 companies"), save a date's year ("March 3, 1987").
    if (
      from > 0 &&
      isNumber(tokens[from - 1]!) &&
      (isNumber(tokens[from]!) || SCALE.test(tokens[from]!.lower)) &&
      !joinsTwoFigures(tokens, from - 1, from + 1) &&
      !(gapAfter(from - 1) && isNumber(tokens[from]!) && !isYear(tokens[from]!))
    )
      return;
    if (
      from > 1 &&
      tokens[from - 1]!.lower === 'or' &&
      isNumber(tokens[from - 2]!) &&
      isNumber(tokens[from]!)
    )
      return;
    if (!segment && joinsTwoFigures(tokens, from, to)) return;
    const key = `${from}:${to}`;
    const known = seen.get(key);
    if (known) {
      known.whole ||= whole;
      return;
    }
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    const shape = shapeOf(tokens, from, to);
    shape.quoted = quoted.some(([open, close]) => start >= open && end <= close);
    const candidate: Candidate = { from, to, start, end, shape, segment, whole };
    seen.set(key, candidate);
    out.push(candidate);
  };
  const n = tokens.length;
  // Verbs, adverbs and function words ("referred", "Thus", "once") end a noun phrase and start no name.
  const breaks = tokens.map((t) => isStopword(t.lower) || (!isNumber(t) && isCommonWord(t.lower)));
  for (let i = 0; i < n; i++) {
    const token = tokens[i]!;
    // Names: capitalised runs.
    if (isCapital(token) && !breaks[i]) {
      let j = i + 1;
      while (j < n && !gapAfter(j - 1)) {
        if (isCapital(tokens[j]!)) j++;
        else if (CAPITAL_JOINERS.test(tokens[j]!.lower) && j + 1 < n && isCapital(tokens[j + 1]!)) j++;
        // "Office of the Director of National Intelligence", "Banco de la Nacion": "of the" joins too.
        else if (
          ARTICLE_AFTER_JOINER.test(tokens[j + 1]?.lower ?? '') &&
          JOINER_BEFORE_ARTICLE.test(tokens[j]!.lower) &&
          !gapAfter(j) &&
          j + 2 < n &&
          isCapital(tokens[j + 2]!)
        )
          j += 2;
        else break;
      }
      add(i, j, false, true);
      if (j - i > 1) {
        add(i, j - 1);
        add(i + 1, j);
      }
    }
    // Figures: a number with what follows it ("$19.3 million", "19-15", "300 students", "March 3, 1987").
    if (isNumber(token) || MONTHS.test(token.lower)) {
      let j = i + 1;
      while (
        j < n &&
        j - i < 4 &&
        (!gapAfter(j - 1) || dateYearAfterComma(sentence, tokens, i, j)) &&
        !joinsTwoFigures(tokens, i, j + 1) &&
        (isNumber(tokens[j]!) ||
          SCALE.test(tokens[j]!.lower) ||
          CURRENCY.test(tokens[j]!.lower) ||
          DAY_OR_YEAR.test(tokens[j]!.lower) ||
          MONTHS.test(tokens[j]!.lower))
      )
        j++;
      add(i, j, false, true);
      // A range: "three or four", "10 to 15 pct".
      if (
        j + 1 < n &&
        !gapAfter(j - 1) &&
        /^(?:or|to)$/.test(tokens[j]!.lower) &&
        isNumber(tokens[j + 1]!) &&
        isNumber(tokens[j - 1]!)
      ) {
        let k = j + 2;
        while (
          k < n &&
          k - j < 4 &&
          !gapAfter(k - 1) &&
          (isNumber(tokens[k]!) || SCALE.test(tokens[k]!.lower))
        )
          k++;
        add(i, k, false, true);
        if (k < n && !gapAfter(k - 1) && !endsNoFigure(tokens[k]!)) add(i, k + 1);
      }
      if (j < n && !gapAfter(j - 1) && !endsNoFigure(tokens[j]!)) add(i, j + 1);
      if (
        j + 1 < n &&
        !gapAfter(j - 1) &&
        !gapAfter(j) &&
        !endsNoFigure(tokens[j + 1]!) &&
        !isStopword(tokens[j]!.lower)
      )
        add(i, j + 2);
    }
  }
  // Time phrases ("later this week", "by the end of the year"), also without their preposition.
  for (const [from, to] of timePhrasesOf(tokens)) {
    add(from, to);
    add(TIME_PREPOSITION.test(tokens[from]!.lower) ? from + 1 : from, to, false, true);
  }
  // Content chunks: runs of words that are not function words or verbs, "of" joining two runs.
  let i = 0;
  while (i < n) {
    if (breaks[i] && tokens[i]!.lower !== 'the') {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < n &&
      !gapAfter(j - 1) &&
      (!breaks[j] || (tokens[j]!.lower === 'of' && j + 1 < n && !breaks[j + 1]))
    )
      j++;
    add(i, j, false, true);
    // Shorter forms: without the first word, and the last two words (a head noun with its modifier).
    if (j - i > 1) add(i + 1, j);
    if (j - i > 2) {
      add(j - 2, j);
      add(i, j - 1);
    }
    if (j - i > 1) add(j - 1, j);
    i = j;
  }
  // Segments: a stretch between punctuation marks, and its rest after each verb or function word in it
  // ("ensure that each side is capable of…", "due to rapidly raising population and traffic…").
  let stretch = 0;
  for (let k = 0; k < n; k++) {
    if (k + 1 < n && !gapAfter(k)) continue;
    if (k + 1 - stretch > 2) {
      add(stretch, k + 1, true);
      for (let m = stretch; m < k - 1; m++) if (breaks[m]) add(m + 1, k + 1, true);
    }
    stretch = k + 1;
  }
  return out;
}

/**
 * Whether a word after a figure is none of what it counts or measures: a stopword, or a preposition or
 * conjunction ("15 pct against", "300 students", "5 mln shares").
 */
function endsNoFigure(token: Token): boolean {
  return isStopword(token.lower) || coarseTag(token, false) === 'FN';
}

/** Words a segment candidate may hold. */
const MAX_SEGMENT = 14;

export type Features = Record<keyof typeof WEIGHTS.features, number>;

/** What the scorer knows of the question: its kind and its content words' stems with their weights. */
export interface QuestionInfo {
  kind: AnswerKind;
  /** Stem → weight (idf) of the question's content words. */
  words: Map<string, number>;
  /** The word after "what/which" ("what color" → "color"), when the question names the kind of thing. */
  thing: string | null;
  /** The question's form: its question word, with "+N" or "+is" for a noun or a verb after "what/which". */
  form: string;
  /** Roots related to the question's words (synonyms, derived forms) that it does not hold itself. */
  related: ReadonlySet<string>;
  /**
   * The content words next to the question word, where the answer stands in the question: the last
   * before it ("…was founded in what year") and the first after it ("who founded…").
   */
  slotBefore: string | null;
  slotAfter: string | null;
  /**
   * The question's main verb ("who founded…" → "found"), where its answer hangs in a sentence saying
   * the same; null when it has none.
   */
  anchor: string | null;
  /** Roots of the anchor and of its related words, as a sentence may say it. */
  anchorForms: ReadonlySet<string>;
  /** Roots of the "what X" noun's related words, a head noun of the kind asked for. */
  thingRelated: ReadonlySet<string>;
  /** What the question asks of its main verb (`QuestionRole`). */
  role: QuestionRole;
  /** Roots of the words typed right after "how many", what it counts ("how many countries"; `countedOf`). */
  counted: readonly string[];
  /** Whether it asks for a part of a whole it names ("how many of her meetings…"). */
  partAsked: boolean;
  /** Whether it counts people it does not name ("how many died", "how many were hurt"). */
  countsUnnamed: boolean;
  /**
   * The words of what a "which" question asks for, before its verb, as roots ("radio", "station" of
   * "which radio station was tapper on"); else `thing` alone.
   */
  thingWords: readonly string[];
  /** Whether it asks a kind of the thing it names ("what kind of business"; `thing` is the business). */
  kindOfAsked: boolean;
  /** Which end of a span a "when" asks: its start ("when does the harvest begin"), its end ("till when"). */
  spanEndAsked: 'start' | 'end' | null;
  /** Whether it asks what someone called something ("what did obama call the test"; `CALLED_ASKED`). */
  calledAsked: boolean;
  /** The kind of a role it asks for, the word before the role noun ("foreign" of "foreign minister"). */
  roleKindAsked: { noun: string; modifier: string } | null;
  /** Whether it asks who holds a person's role ("who is the union leader", "which judge"; `HOLDER_ASKED`). */
  holderAsked: boolean;
  /** How many years before its story's the year a question asks of is ("last year" 1, "this year" 0). */
  yearsBack: number | null;
  /** Several things asked by a plural ("which plants are closing", "which countries"): a list answers. */
  pluralAsked: boolean;
  /** A time of day asked ("what time do the producers meet"). */
  clockAsked: boolean;
  /** Two sides of a contest typed ("clinton vs trump in the poll"): the figures of both are asked. */
  contestAsked: boolean;
  /** The role whose holder is asked, when one of a specific kind ("director", not "leader"). */
  roleAsked: string | null;
  /** The countries the question names by name or adjective ("danish", "south korea"), by code. */
  countriesAsked: ReadonlySet<string>;
  /** Whether the question asks an amount of money by a noun of one ("irelands foreign debt"), no share or change. */
  moneyAsked: boolean;
}

/**
 * The words typed right after "how many" up to a stopword or verb, three at most, as roots: what it
 * counts ("how many countries", "how many current day period"); empty when it names nothing.
 */
function countedOf(question: string): string[] {
  const words =
    /\bhow\s+many((?:\s+[\p{L}-]+){1,3})/iu.exec(question)?.[1]?.trim().toLowerCase().split(/\s+/) ?? [];
  const counted: string[] = [];
  for (const word of words) {
    if (isStopword(word) || AUXILIARY.test(word)) break;
    counted.push(root(word));
  }
  return counted;
}

/**
 * What a question asks of its main verb: its subject ("who defeated X"), its object ("who did X
 * defeat"), or the subject of a passive verb ("who was defeated by X"); 'none' when it has no main verb
 * after the question word.
 */
type QuestionRole = 'subject' | 'object' | 'passive' | 'none';

const BE = /^(?:is|was|are|were|be|been|being)$/;
const DO = /^(?:do|does|did)$/;

/**
 * The role the question word plays for the verb at `verb`: the words between them (after the noun of
 * "which team") are nothing but auxiliaries for a subject, a form of "be" right before a past participle for
 * a passive, anything else (a subject of its own: "did the Broncos defeat") for an object.
 */
function questionRole(tokens: Token[], wh: number, verb: number): QuestionRole {
  if (wh < 0 || verb <= wh) return 'none';
  let from = wh + 1;
  // The noun of "which team", "what Panthers RB", "how many NFL teams" is the question word's own.
  if (/^(?:what|which|how)$/.test(tokens[wh]!.lower))
    while (from < verb && !AUXILIARY.test(tokens[from]!.lower)) from++;
  const between = tokens.slice(from, verb);
  if (between.some((token) => DO.test(token.lower))) return 'object';
  const others = between.filter(
    (token) => !isStopword(token.lower) && !AUXILIARY.test(token.lower) && !/ly$/.test(token.lower),
  );
  if (others.length > 0) return 'object';
  if (
    between.length > 0 &&
    BE.test(between[between.length - 1]!.lower) &&
    coarseTag(tokens[verb]!, false) === 'VBD'
  )
    return 'passive';
  return 'subject';
}

const QUESTION_WORD =
  /\b(how (?:many|much|long|old|far|big|large|often)|what|which|who|whom|whose|when|where|why|how)\b(?:\s+([\p{L}']+))?/iu;
const AUXILIARY =
  /^(?:is|was|are|were|be|been|did|does|do|has|have|had|can|could|would|will|should|may|might|must)$/;

/** "what was…" → "what+is", "what color…" → "what+N", "who…" → "who", "how many…" → "how many". */
export function questionForm(question: string): string {
  const match = QUESTION_WORD.exec(question);
  if (!match) return 'none';
  const word = match[1]!.toLowerCase();
  if (word !== 'what' && word !== 'which') return word;
  const next = match[2]?.toLowerCase();
  if (!next) return word;
  return AUXILIARY.test(next) ? `${word}+is` : isStopword(next) ? `${word}+${next}` : `${word}+N`;
}

const WH_WORD = /^(?:what|which|who|whom|whose|when|where|why|how)$/;

/** The content words just before and after the question word (its noun in "what year" skipped). */
function slotWords(tokens: Token[], thing: string | null): { before: string | null; after: string | null } {
  const at = tokens.findIndex((token) => WH_WORD.test(token.lower));
  if (at < 0) return { before: null, after: null };
  const content = (token: Token) =>
    !isStopword(token.lower) && !QUESTION_ONLY.has(token.lower) && !AUXILIARY.test(token.lower);
  let before: string | null = null;
  for (let k = at - 1; k >= 0 && before === null; k--)
    if (content(tokens[k]!)) before = root(tokens[k]!.lower);
  let after: string | null = null;
  for (let k = at + 1; k < tokens.length && after === null; k++) {
    const key = root(tokens[k]!.lower);
    if (content(tokens[k]!) && !(k === at + 1 && key === thing)) after = key;
  }
  return { before, after };
}

/**
 * Roles of a specific kind, each with the words that name it: a holder of one holds no other ("President
 * Obama" is not a museum's director). "Leader", "head" or "chief" may be any of them, and are none.
 */
const ROLE_KINDS: ReadonlyMap<string, string> = new Map(
  [
    ['chairman', 'chairman chairwoman chairperson chair'],
    ['president', 'president'],
    ['director', 'director'],
    ['manager', 'manager'],
    ['secretary', 'secretary'],
    ['minister', 'minister'],
    ['premier', 'premier'],
    ['senator', 'senator'],
    ['governor', 'governor'],
    ['ambassador', 'ambassador envoy'],
    ['spokesman', 'spokesman spokeswoman spokesperson'],
    ['judge', 'judge justice'],
    ['mayor', 'mayor'],
    ['treasurer', 'treasurer'],
    ['editor', 'editor'],
    ['economist', 'economist'],
    ['lawyer', 'lawyer attorney'],
  ].flatMap(([kind, words]) => words!.split(' ').map((word) => [word, kind!] as const)),
);
const roleKindOf = (lower: string): string | null =>
  ROLE_KINDS.get(lower.replace(/(?:'s|’s|s')$/, '').replace(/s$/, '')) ?? ROLE_KINDS.get(lower) ?? null;
/** The kind of role token `k` names: a prime minister is a premier, not one of the ministers. */
const roleKindAt = (tokens: readonly Token[], k: number): string | null => {
  const kind = roleKindOf(tokens[k]!.lower);
  return kind === 'minister' && tokens[k - 1]?.lower === 'prime' ? 'premier' : kind;
};

/** The country a word or two of a text name, by code ("danish", "south korea"), or null. */
function countryAt(tokens: readonly Token[], k: number): string | null {
  const two = k + 1 < tokens.length ? `${tokens[k]!.lower} ${tokens[k + 1]!.lower}` : null;
  const word = tokens[k]!.lower.replace(/(?:'s|’s|s')$/, '');
  return (
    (two ? countryByName(two)?.code : undefined) ??
    countryByName(word)?.code ??
    countryByDemonym(word)?.code ??
    // "denmarks", "japans": a possessive typed without its apostrophe.
    (word.endsWith('s') ? countryByName(word.slice(0, -1))?.code : undefined) ??
    null
  );
}

/** Whether the first of the words at `positions` that names a country names one the question does not ask. */
function firstCountryNotAsked(
  question: QuestionInfo,
  tokens: readonly Token[],
  positions: readonly number[],
): boolean {
  for (const k of positions) {
    const code = countryAt(tokens, k);
    if (code) return !question.countriesAsked.has(code);
  }
  return false;
}

/**
 * Whether the question's word at `k`, with the question's words right before it, is another country's
 * than the one asked ("U.S." of "the U.S. jobless rate", asked of Japan's).
 */
function ofAnotherCountry(question: QuestionInfo, tokens: readonly Token[], k: number): boolean {
  if (question.countriesAsked.size === 0) return false;
  let start = k;
  while (start > 0 && question.words.has(wordRoot(tokens[start - 1]!)) && !countryAt(tokens, start - 1))
    start--;
  return firstCountryNotAsked(
    question,
    tokens,
    [start - 1, start - 2].filter((at) => at >= 0),
  );
}

/** The countries a text names by name or adjective ("danish", "West German", "south korea"), as ISO codes. */
export function countriesNamed(text: string): Set<string> {
  const tokens = tokensOf(text);
  const out = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const code = countryAt(tokens, k);
    if (code) out.add(code);
  }
  return out;
}

/** "last year" 1, "this year" 0, "next year" -1: the year asked against its story's; null for none. */
function yearsBackOf(question: string): number | null {
  const said = /\b(last|past|previous|this|current|next|coming)\s+(?:year|yr)\b/i
    .exec(question)?.[1]
    ?.toLowerCase();
  if (!said) return null;
  return /^(?:last|past|previous)$/.test(said) ? 1 : /^(?:this|current)$/.test(said) ? 0 : -1;
}

/** A noun of an amount of money ("debt", "profit", "charge", "bid", "paying"). */
const MONEY_NOUN_ASKED =
  /\b(?:debts?|profits?|loss(?:es)?|deficits?|surplus(?:es)?|charges?|writedowns?|write-downs?|bids?|offers?|prices?|costs?|salary|salaries|wages?|fees?|fines?|revenues?|income|earnings|spending|budgets?|funding|paying|paid|pay|worth|damages?|compensation|settlements?|su(?:e|es|ed|ing))\b/i;
/** A share of something or a change asked for, which a percentage may say ("how much did profit rise"). */
const SHARE_OR_CHANGE_ASKED =
  /%|\bhow\s+much\s+of\b|\b(?:pct|percent|percentage|per\s+cent|premiums?|rates?|margins?|yields?|growth|ratio|stake|rise|rises|rose|risen|fall|falls|fell|fallen|up|down|increased?|decreased?|drop(?:ped)?|jump(?:ed)?|changed?|gain(?:ed)?|climb(?:ed)?|cut|by|higher|lower)\b/i;

export function questionInfo(question: string, weightOf: (stem: string) => number): QuestionInfo {
  const words = new Map<string, number>();
  const tokens = tokensOf(question);
  for (const token of tokens) {
    if ((isStopword(token.lower) && !namesAbbreviation(token)) || QUESTION_ONLY.has(token.lower)) continue;
    const s = wordRoot(token);
    words.set(s, Math.max(words.get(s) ?? 0, weightOf(s)));
  }
  const related = new Set<string>();
  for (const word of words.keys())
    for (const other of relatedRoots(word)) if (!words.has(other)) related.add(other);
  // "what kind of business": the thing asked is the business, of the kind the answer names.
  const named =
    /\b(?:what|which)\s+(?:(?:kinds?|types?|sorts?)\s+of\s+(?:an?\s+)?(?=[a-z]))?([a-z]+)/i
      .exec(question)?.[1]
      ?.toLowerCase() ?? null;
  const thing =
    named && !isStopword(named) && !/^(?:is|was|are|were|did|does|do|has|have|had)$/.test(named)
      ? root(named)
      : null;
  const slot = slotWords(tokens, thing);
  const anchorAt = anchorOf(tokens);
  const anchor = anchorAt < 0 ? null : root(tokens[anchorAt]!.lower);
  return {
    kind: answerKind(question),
    form: questionForm(question),
    words,
    related,
    thing,
    slotBefore: slot.before,
    slotAfter: slot.after,
    anchor,
    anchorForms: new Set(anchor ? [anchor, ...relatedRoots(anchor)] : []),
    thingRelated: new Set(thing ? relatedRoots(thing) : []),
    counted: countedOf(question),
    partAsked: /\bhow\s+(?:many|much)\s+of\b/i.test(question),
    thingWords: thingWordsOf(question) ?? (thing ? [thing] : []),
    roleKindAsked: roleModifierAsked(tokens),
    kindOfAsked: KIND_ASKED.test(question),
    spanEndAsked: SPAN_END_ASKED.test(question) ? 'end' : SPAN_START_ASKED.test(question) ? 'start' : null,
    calledAsked: CALLED_ASKED.test(question),
    holderAsked: HOLDER_ASKED.test(question) || (BARE_ROLE.test(question) && HOLDER_LAST.test(question)),
    countriesAsked: countriesNamed(question),
    contestAsked: BARE_CONTEST.test(question),
    clockAsked: /\b(?:what|which)\s+time\b|\bwhat\s+hour\b/i.test(question),
    pluralAsked: pluralAsked(question),
    yearsBack: yearsBackOf(question),
    roleAsked: tokens.map((_, k) => roleKindAt(tokens, k)).find((role) => role !== null) ?? null,
    moneyAsked: MONEY_NOUN_ASKED.test(question) && !SHARE_OR_CHANGE_ASKED.test(question),
    countsUnnamed:
      /\bhow\s+many\s+(?:were|are|have|had|has|died|dead|killed|injured|hurt|wounded|perished|drowned|survived|missing|arrested)\b/i.test(
        question,
      ),
    role: questionRole(
      tokens,
      tokens.findIndex((token) => WH_WORD.test(token.lower)),
      anchorAt,
    ),
  };
}

/** A word of a question that may be its main verb: a content word, no auxiliary nor word of the form. */
const mayBeVerb = (token: Token) =>
  !isStopword(token.lower) && !AUXILIARY.test(token.lower) && !QUESTION_ONLY.has(token.lower);

/**
 * Rules that find the question's main verb, in order: the first that finds one decides (`at` is the
 * question word's place, 0 when it has none). The word list tags many verbs as nouns ("defeat",
 * "play"), so where the verb stands says more than its tag. Each rule's example is tested.
 */
export const ANCHOR_RULES: ReadonlyArray<{
  name: string;
  example: { question: string; anchor: string };
  find: (tokens: Token[], at: number) => number;
}> = [
  {
    // "who did the Broncos defeat in…", "what position does Von Miller play": the verb ends the
    // words after "did" (its subject and the verb), before the first function word.
    name: 'the last word of the subject and verb after "did"',
    example: { question: 'Who did the Broncos defeat in the AFC game?', anchor: 'defeat' },
    find: (tokens, at) => {
      const did = tokens.findIndex((token, k) => k > at && DO.test(token.lower));
      if (did < 0) return -1;
      let k = did + 1;
      while (k < tokens.length && isStopword(tokens[k]!.lower)) k++;
      let last = -1;
      for (; k < tokens.length && mayBeVerb(tokens[k]!); k++) last = k;
      return last > did + 1 || (last === did + 1 && !isCapital(tokens[last]!)) ? last : -1;
    },
  },
  {
    name: 'the word right after "who"',
    example: { question: 'Who replaced the Anglo-Saxons as the ruling class?', anchor: 'replac' },
    find: (tokens, at) =>
      /^who$/.test(tokens[at]?.lower ?? '') && at + 1 < tokens.length && mayBeVerb(tokens[at + 1]!)
        ? at + 1
        : -1,
  },
  {
    name: 'the first word tagged as a verb after the question word, else before it',
    example: { question: 'The society was founded in what year?', anchor: 'found' },
    find: (tokens, at) => {
      const isVerb = (k: number) => mayBeVerb(tokens[k]!) && /^VB/.test(coarseTag(tokens[k]!, k === 0));
      for (let k = at + 1; k < tokens.length; k++) if (isVerb(k)) return k;
      for (let k = at - 1; k >= 0; k--) if (isVerb(k)) return k;
      return -1;
    },
  },
];

/** Where the question's main verb stands (-1: nowhere), by the first of `ANCHOR_RULES` that finds one. */
function anchorOf(tokens: Token[]): number {
  const at = Math.max(
    0,
    tokens.findIndex((token) => WH_WORD.test(token.lower)),
  );
  for (const rule of ANCHOR_RULES) {
    const found = rule.find(tokens, at);
    if (found >= 0) return found;
  }
  return -1;
}

/** Words of the question's form, not of its topic ("what is the name of…"). */
export const QUESTION_ONLY = new Set([
  'whom',
  'whose',
  'which',
  'name',
  'named',
  'called',
  'type',
  'kind',
  'term',
  'many',
  'much',
]);

/**
 * How the sentence ranked for the question: the sentence ranker's log-odds against the best sentence's
 * (0 for the best, below 0 for the others), and whether it is the best.
 */
export interface SentenceRank {
  logit: number;
  top: boolean;
}

/** What the features of every candidate of a sentence read of it, made once per sentence. */
interface SentenceReading {
  tokens: Token[];
  stems: string[];
  tags: string[];
  /** Each word's clause (`clausesOf`). */
  clauses: Int32Array;
  /** Where the question's words stand. */
  questionWordsAt: readonly number[];
  /** Where the heaviest question word the sentence holds stands (every place it does). */
  heaviestAt: readonly number[];
  /** Whether a comma or an opening bracket follows each word. */
  comma: boolean[];
}

/** The places of the heaviest (rarest) question word a sentence holds. */
function heaviestAt(
  question: QuestionInfo,
  stems: readonly string[],
  questionWordsAt: readonly number[],
): number[] {
  let heaviest: string | null = null;
  for (const k of questionWordsAt) {
    const stem = stems[k]!;
    if (heaviest === null || question.words.get(stem)! > question.words.get(heaviest)!) heaviest = stem;
  }
  return questionWordsAt.filter((k) => stems[k] === heaviest);
}

/**
 * A verb's voice where it stands: passive as a past participle after a form of "be" (an adverb
 * between), or before "by" with its agent ("a commission, overseen by Kofi Annan").
 */
function isPassiveAt(tokens: Token[], tags: readonly string[], k: number): boolean {
  if (tags[k] !== 'VBD') return false;
  if (tokens[k + 1]?.lower === 'by') return true;
  const before = k > 0 && tags[k - 1] === 'RB' ? k - 2 : k - 1;
  return before >= 0 && BE.test(tokens[before]!.lower);
}

/**
 * Whether the candidate stands where the question's answer stands against its main verb: the agent
 * (left of an active verb, right of a passive one) for a question asking the subject, the other side
 * for one asking the object or the subject of a passive. 1 agrees, -1 disagrees, 0 unknown.
 */
function roleFit(question: QuestionInfo, reading: SentenceReading, anchor: AnchorPlace): number {
  if (question.role === 'none' || (anchor.side !== 'left' && anchor.side !== 'right')) return 0;
  const agentSide = isPassiveAt(reading.tokens, reading.tags, anchor.at) ? 'right' : 'left';
  return (question.role === 'subject') === (anchor.side === agentSide) ? 1 : -1;
}

/** The share of the question's weight held by the sentence's words in clauses `from .. to`, the candidate's aside. */
function heldInClauses(
  question: QuestionInfo,
  reading: SentenceReading,
  candidate: Candidate,
  from: number,
  to: number,
  total: number,
): number {
  if (total === 0) return 0;
  const held = new Set<string>();
  for (const k of reading.questionWordsAt) {
    const clause = reading.clauses[k]!;
    if (clause >= from && clause <= to && (k < candidate.from || k >= candidate.to))
      held.add(reading.stems[k]!);
  }
  let weight = 0;
  for (const stem of held) weight += question.words.get(stem)!;
  return weight / total;
}

/** The features of one candidate in its sentence. */
function featuresOf(
  question: QuestionInfo,
  reading: SentenceReading,
  candidate: Candidate,
  rank: SentenceRank,
  anchor: AnchorPlace,
): Features {
  const { tokens, stems, questionWordsAt, clauses } = reading;
  const { kind } = question;
  const shape = candidate.shape;
  const length = candidate.to - candidate.from;
  // Question words in the candidate: an answer rarely repeats the question.
  let inQuestion = 0;
  let content = 0;
  for (let k = candidate.from; k < candidate.to; k++) {
    if (isStopword(tokens[k]!.lower)) continue;
    content++;
    if (question.words.has(stems[k]!)) inQuestion++;
  }
  // Nearness: the question's word weight within a few words on either side, and the nearest match.
  let near = 0;
  let nearest = 99;
  let total = 0;
  for (const w of question.words.values()) total += w;
  const counted = new Set<string>();
  // The question's words on either side of the candidate: an answer fills the slot between them.
  const leftWords = new Set<string>();
  const rightWords = new Set<string>();
  for (const k of questionWordsAt) {
    if (k >= candidate.from && k < candidate.to) continue;
    const w = question.words.get(stems[k]!)!;
    const distance = k < candidate.from ? candidate.from - k : k - candidate.to + 1;
    (k < candidate.from ? leftWords : rightWords).add(stems[k]!);
    nearest = Math.min(nearest, distance);
    if (distance <= 5 && !counted.has(stems[k]!)) {
      counted.add(stems[k]!);
      near += w;
    }
  }
  const sideWeight = (side: ReadonlySet<string>) => {
    let w = 0;
    for (const key of side) w += question.words.get(key)!;
    return total > 0 ? w / total : 0;
  };
  const left = sideWeight(leftWords);
  const right = sideWeight(rightWords);
  // Related words (synonyms, derived forms) of the question's near the candidate: a weaker match.
  let relatedNear = 0;
  let relatedInside = 0;
  const from = Math.max(0, candidate.from - 3);
  const to = Math.min(tokens.length, candidate.to + 3);
  for (let k = from; k < to; k++)
    if (question.related.has(stems[k]!)) {
      if (k >= candidate.from && k < candidate.to) relatedInside = 1;
      else relatedNear = 1;
    }
  const figure = FIGURE_KINDS.has(kind);
  const before = tokens[candidate.from - 1];
  const after = tokens[candidate.to];
  // The candidate's clauses, and the question's words within them and the clauses beside them.
  const firstClause = clauses[candidate.from]!;
  const lastClause = clauses[candidate.to - 1]!;
  const endsClause = candidate.to === tokens.length || clauses[candidate.to] !== lastClause;
  const startsClause = candidate.from === 0 || clauses[candidate.from - 1] !== firstClause;
  // The nearest place of the heaviest question word the sentence holds, out of the candidate.
  let heaviest = -1;
  let heaviestDistance = Infinity;
  for (const k of reading.heaviestAt) {
    if (k >= candidate.from && k < candidate.to) continue;
    const distance = k < candidate.from ? candidate.from - k : k - candidate.to + 1;
    if (distance < heaviestDistance) [heaviest, heaviestDistance] = [k, distance];
  }
  // A question word set beside the candidate by a comma or bracket: "Thomas Davis, an 11-year veteran".
  const apposition =
    (before !== undefined &&
      reading.comma[candidate.from - 1] &&
      question.words.has(stems[candidate.from - 1]!)) ||
    (after !== undefined &&
      reading.comma[candidate.to - 1] &&
      // An article may open the apposition: "Thomas Davis, a veteran linebacker".
      (question.words.has(stems[candidate.to]!) ||
        (/^(?:a|an|the)$/.test(after.lower) && question.words.has(stems[candidate.to + 1] ?? ''))));
  const named = (kinds: AnswerKind[], ok: boolean) => (kinds.includes(kind) && ok ? 1 : 0);
  return {
    bias: 1,
    person: named(['person'], shape.capital && !shape.number),
    place: named(['place'], shape.capital && !shape.number),
    year: named(['year'], shape.year),
    date: named(['date'], shape.date),
    dateYear: named(['date'], shape.year),
    count: named(['count'], shape.number && !shape.year),
    amount: named(['amount'], shape.money || (shape.number && shape.unit)),
    percent: named(['percent'], shape.percent),
    quantity: named(['quantity'], shape.number && !shape.year),
    quantityUnit: named(['quantity'], shape.unit),
    numberForWords: !figure && shape.number ? 1 : 0,
    capitalForThing: named(['thing', 'manner'], shape.capital),
    capitalForReason: named(['reason'], shape.capital),
    wordsForFigure: figure && !shape.number ? 1 : 0,
    repeats: content > 0 ? inQuestion / content : 1,
    allRepeated: content > 0 && inQuestion === content ? 1 : 0,
    near: total > 0 ? near / total : 0,
    nearest: nearest === 99 ? 0 : 1 / nearest,
    questionWordBefore: before && question.words.has(stems[candidate.from - 1]!) ? 1 : 0,
    questionWordAfter: after && question.words.has(stems[candidate.to]!) ? 1 : 0,
    afterCopula: before && COPULA.test(before.lower) ? 1 : 0,
    afterPreposition: before && /^(?:in|at|on|from|to|by|during|since|of|near)$/.test(before.lower) ? 1 : 0,
    reasonCue: named(
      ['reason'],
      before !== undefined && /^(?:because|to|due|since|for|so)$/.test(before.lower),
    ),
    length1: length === 1 ? 1 : 0,
    long: length > 4 ? 1 : 0,
    tokens: length / 4,
    thingHead: stems[candidate.to - 1] === question.thing ? 1 : 0,
    thingRelated: question.thingRelated.has(stems[candidate.to - 1]!) ? 1 : 0,
    thingBeside:
      question.thing !== null &&
      [
        ...stems.slice(Math.max(0, candidate.from - 3), candidate.from),
        ...stems.slice(candidate.to, candidate.to + 2),
      ].some((stem) => stem === question.thing || question.thingRelated.has(stem))
        ? 1
        : 0,
    whole: candidate.whole ? 1 : 0,
    anchorNear: anchor.side === 'left' || anchor.side === 'right' ? 1 / anchor.distance : 0,
    anchorInside: anchor.side === 'inside' ? 1 : 0,
    left,
    right,
    bothSides: left > 0 && right > 0 ? 1 : 0,
    relatedNear,
    relatedInside,
    slotAfterNext: standsWithin(stems, question.slotAfter, candidate.to, candidate.to + 3),
    slotBeforePrevious: standsWithin(stems, question.slotBefore, candidate.from - 3, candidate.from),
    slotAfterPrevious: standsWithin(stems, question.slotAfter, candidate.from - 3, candidate.from),
    slotBeforeNext: standsWithin(stems, question.slotBefore, candidate.to, candidate.to + 3),
    clauseHeld: heldInClauses(question, reading, candidate, firstClause, lastClause, total),
    nextClauseHeld: endsClause
      ? heldInClauses(question, reading, candidate, lastClause + 1, lastClause + 1, total)
      : 0,
    previousClauseHeld: startsClause
      ? heldInClauses(question, reading, candidate, firstClause - 1, firstClause - 1, total)
      : 0,
    heaviestNear: 1 / heaviestDistance,
    heaviestCrossed:
      heaviest >= 0 && (clauses[heaviest]! < firstClause || clauses[heaviest]! > lastClause) ? 1 : 0,
    apposition: apposition ? 1 : 0,
    roleAgrees: roleFit(question, reading, anchor) > 0 ? 1 : 0,
    roleDisagrees: roleFit(question, reading, anchor) < 0 ? 1 : 0,
    anchorSameClause:
      anchor.at >= 0 && clauses[anchor.at]! >= firstClause && clauses[anchor.at]! <= lastClause ? 1 : 0,
    ...rankFeatures(rank),
  };
}

/** The features a candidate takes from its sentence's rank (the only ones that do). */
function rankFeatures(rank: SentenceRank): Pick<Features, 'sentence' | 'sentenceLogit' | 'sentenceTop'> {
  return {
    sentence: Math.exp(rank.logit),
    sentenceLogit: Math.max(-10, rank.logit) / 5,
    sentenceTop: rank.top ? 1 : 0,
  };
}

/** Where a candidate stands against the sentence's match of the question's main verb (`anchor`). */
interface AnchorPlace {
  /** The candidate's side of the verb. */
  side: 'left' | 'right' | 'inside' | 'none';
  /** Words between them, counting the verb (0 when inside or none). */
  distance: number;
  /** The verb's token (-1 when none). */
  at: number;
}

/** The candidate's place against the nearest of the sentence's words at `anchorAt` (the left one on a tie). */
function anchorPlace(anchorAt: readonly number[], candidate: Candidate): AnchorPlace {
  let place: AnchorPlace = { side: 'none', distance: 0, at: -1 };
  for (const k of anchorAt) {
    if (k >= candidate.from && k < candidate.to) return { side: 'inside', distance: 0, at: k };
    const side = k < candidate.from ? 'right' : 'left';
    const distance = k < candidate.from ? candidate.from - k : k - candidate.to + 1;
    if (place.side === 'none' || distance < place.distance) place = { side, distance, at: k };
  }
  return place;
}

/** 1 when a word's root stands among the sentence's roots `from .. to` (clipped to the sentence). */
function standsWithin(stems: readonly string[], key: string | null, from: number, to: number): number {
  if (key === null) return 0;
  for (let k = Math.max(0, from); k < Math.min(stems.length, to); k++) if (stems[k] === key) return 1;
  return 0;
}

/** A share of the question's weight as a coarse bucket: none, some, most. */
const bucket = (share: number) => (share === 0 ? 0 : share < 0.5 ? 1 : 2);

/** A value a lexicalised feature's name is made of: a tag, a word, a count or a bucket. */
type Part = string | number;

/**
 * The names of the lexicalised features, one maker per kind of name, in the order a candidate lists
 * them (see eachConjunction), each from the parts it joins.
 */
const CONJUNCTION_NAMES: ReadonlyArray<(a: Part, b: Part, c: Part, d: Part, e: Part) => string> = [
  (form, first) => `${form}|first ${first}`,
  (form, last) => `${form}|last ${last}`,
  (form, first, last) => `${form}|first last ${first} ${last}`,
  (form, before) => `${form}|before ${before}`,
  (form, after) => `${form}|after ${after}`,
  (form, before, after) => `${form}|around ${before} ${after}`,
  (form, before2, before) => `${form}|before2 ${before2} ${before}`,
  (form, length) => `${form}|length ${length}`,
  (form, side, distance, verb) => `${form}|near ${side === 'none' ? 'none' : `${side} ${distance} ${verb}`}`,
  (kind, first) => `${kind}|first ${first}`,
  (kind, last) => `${kind}|last ${last}`,
  (kind, before) => `${kind}|before ${before}`,
  (form, left, right) => `${form}|sides ${left} ${right}`,
  (form, a, b, c, d) => `${form}|slot ${a}${b}${c}${d}`,
  (form, side, distance) => `${form}|anchor ${side} ${distance}`,
  (kind, role, side, fit, same) => `${kind}|role ${role} ${side} ${fit} ${same}`,
  (form, own, next, previous) => `${form}|clause ${own} ${next} ${previous}`,
  (form, before, after) => `${form}|context ${before}${after}`,
  (form, whole, last) => `${form}|whole ${whole} ${last}`,
  (kind, length) => `${kind}|span ${length}`,
  (form, before, first) => `${form}|segment ${before} ${first}`,
  (form, length) => `${form}|segment length ${length}`,
  (thing, last) => `thing ${thing}|last ${last}`,
];
/** How many parts each name joins: its maker's parameters. */
const CONJUNCTION_PARTS = CONJUNCTION_NAMES.map((make) => make.length);

/** What a sentence's candidates' lexicalised features are read from, besides the candidate's own. */
interface LexicalReading {
  question: QuestionInfo;
  tokens: Token[];
  tags: string[];
  matchedAt: readonly number[];
}

/**
 * The lexicalised features of one candidate: the question's form and kind joined with the
 * candidate's first and last word's tags, the words around it, its length, its head word, and where it
 * stands against the question's words in the sentence. Each is given to `visit` as the number of its
 * name's maker (`CONJUNCTION_NAMES`) and the parts it joins, in order; each name present counts 1
 * (its weight is in `extractWeights.json`'s `conjunctions`; a name never seen in training weighs nothing).
 */
function eachConjunction(
  { question, tokens, tags, matchedAt }: LexicalReading,
  candidate: Candidate,
  features: Features,
  anchor: AnchorPlace,
  visit: (name: number, a: Part, b: Part, c?: Part, d?: Part, e?: Part) => void,
): void {
  const { form, kind } = question;
  const { from, to } = candidate;
  const first = tags[from]!;
  const last = tags[to - 1]!;
  const before = from > 0 ? tags[from - 1]! : '^';
  const after = to < tokens.length ? tags[to]! : '$';
  const before2 = from > 1 ? tags[from - 2]! : '^';
  // The nearest question word, its side and distance (the left one on a tie), and whether it is a verb.
  let nearest = -1;
  let distance = Infinity;
  for (const k of matchedAt) {
    const d = k < from ? from - k : k >= to ? k - to + 1 : Infinity;
    if (d < distance || (d === distance && k < from)) {
      distance = d;
      nearest = k;
    }
  }
  visit(0, form, first);
  visit(1, form, last);
  visit(2, form, first, last);
  visit(3, form, before);
  visit(4, form, after);
  visit(5, form, before, after);
  visit(6, form, before2, before);
  visit(7, form, Math.min(to - from, 5));
  if (nearest < 0) visit(8, form, 'none', 0, '');
  else
    visit(
      8,
      form,
      nearest < from ? 'left' : 'right',
      Math.min(nearest < from ? from - nearest : nearest - to + 1, 4),
      /^V/.test(tags[nearest]!) ? 'verb' : 'word',
    );
  visit(9, kind, first);
  visit(10, kind, last);
  visit(11, kind, before);
  visit(12, form, bucket(features.left), bucket(features.right));
  visit(
    13,
    form,
    features.slotAfterNext,
    features.slotBeforePrevious,
    features.slotAfterPrevious,
    features.slotBeforeNext,
  );
  visit(14, form, anchor.side, Math.min(anchor.distance, 4));
  visit(
    15,
    kind,
    question.role,
    anchor.side,
    features.roleAgrees - features.roleDisagrees,
    features.anchorSameClause,
  );
  visit(
    16,
    form,
    bucket(features.clauseHeld),
    bucket(features.nextClauseHeld),
    bucket(features.previousClauseHeld),
  );
  visit(17, form, features.questionWordBefore, features.questionWordAfter);
  visit(18, form, features.whole, candidate.segment ? 'segment' : last);
  visit(19, kind, Math.min(to - from, 5));
  if (candidate.segment) {
    visit(20, form, before, first);
    visit(21, form, Math.min(to - from, 12) >> 2);
  }
  if (question.thing) visit(22, question.thing, last);
}

/** The names of a candidate's lexicalised features (`eachConjunction`), in order. */
function conjunctionsOf(
  reading: LexicalReading,
  candidate: Candidate,
  features: Features,
  anchor: AnchorPlace,
): string[] {
  const out: string[] = [];
  eachConjunction(reading, candidate, features, anchor, (name, a, b, c = '', d = '', e = '') =>
    out.push(CONJUNCTION_NAMES[name]!(a, b, c, d, e)),
  );
  return out;
}

/**
 * The shipped weights of the names made so far, by name maker and then by each part in turn (Map keys:
 * a tag or a count, no string joined): a question reads hundreds of candidates, and each name made and
 * looked up among 13,500 cost more than the rest of its scoring. A part that two values stringify alike
 * is two keys of the same weight. Emptied when it grows past `WEIGHTS_KEPT` names (a question's "what
 * X" noun is a part).
 */
let shippedWeights: Array<Map<Part, unknown>> = CONJUNCTION_NAMES.map(() => new Map());
let weightsKept = 0;
const WEIGHTS_KEPT = 100_000;

/** The shipped weight of a name (0 for one never seen in training), from its maker and parts. */
function shippedWeightOf(name: number, a: Part, b: Part, c: Part, d: Part, e: Part): number {
  const parts = CONJUNCTION_PARTS[name]!;
  let node = shippedWeights[name]!;
  for (let level = 0; level < parts - 1; level++) {
    const key = level === 0 ? a : level === 1 ? b : level === 2 ? c : d;
    let next = node.get(key) as Map<Part, unknown> | undefined;
    if (next === undefined) {
      next = new Map();
      node.set(key, next);
    }
    node = next;
  }
  const key = parts === 2 ? b : parts === 3 ? c : parts === 4 ? d : e;
  let weight = node.get(key) as number | undefined;
  if (weight === undefined) {
    weight = SHIPPED.conjunctions.get(CONJUNCTION_NAMES[name]!(a, b, c, d, e)) ?? 0;
    if (++weightsKept > WEIGHTS_KEPT) {
      shippedWeights = CONJUNCTION_NAMES.map(() => new Map());
      weightsKept = 0;
    } else node.set(key, weight);
  }
  return weight;
}

/** The shipped weights of a candidate's lexicalised features, in the order of their names. */
function shippedConjunctionWeights(
  reading: LexicalReading,
  candidate: Candidate,
  features: Features,
  anchor: AnchorPlace,
): Float64Array {
  const weights: number[] = [];
  eachConjunction(reading, candidate, features, anchor, (name, a, b, c = '', d = '', e = '') =>
    weights.push(shippedWeightOf(name, a, b, c, d, e)),
  );
  return Float64Array.from(weights);
}

const FIGURE_KINDS: ReadonlySet<AnswerKind> = new Set([
  'year',
  'date',
  'count',
  'amount',
  'percent',
  'quantity',
]);
const COPULA =
  /^(?:is|was|are|were|be|been|as|called|named|known|include|includes|including|such|became|become|becomes)$/;

/**
 * The phrase ranker's model: a weight per dense feature and per lexicalised conjunction seen in
 * training, and optionally tanh units over the dense features (in the order of `features`' names).
 */
export interface PhraseWeights {
  features: Record<string, number>;
  conjunctions: ReadonlyMap<string, number>;
  hidden?: HiddenLayer;
}

const SHIPPED_HIDDEN = 'hidden' in WEIGHTS ? (WEIGHTS.hidden as HiddenLayer) : undefined;
const SHIPPED: PhraseWeights = {
  features: WEIGHTS.features,
  conjunctions: new Map(Object.entries(WEIGHTS.conjunctions)),
  ...(SHIPPED_HIDDEN ? { hidden: SHIPPED_HIDDEN } : {}),
};

/** The shipped weights' features as pairs, listed once: a question scores hundreds of phrases. */
const SHIPPED_FEATURES = Object.entries(SHIPPED.features);

/** The ranker's log-odds of a candidate (comparable within one question's candidates). */
function logitOf(features: Features, conjunctions: readonly string[], weights: PhraseWeights): number {
  const pairs = weights === SHIPPED ? SHIPPED_FEATURES : Object.entries(weights.features);
  let z = 0;
  for (const [name, weight] of pairs) z += weight * (features[name as keyof Features] ?? 0);
  for (const name of conjunctions) z += weights.conjunctions.get(name) ?? 0;
  // The units read the features in the order of the weights' names.
  if (weights.hidden)
    z += hiddenScoreOf(weights.hidden, pairs.length, (j) => features[pairs[j]![0] as keyof Features] ?? 0);
  return z;
}

/** The features a sentence's rank gives its candidates (`rankFeatures`). */
const RANK_FEATURES: ReadonlySet<string> = new Set(['sentence', 'sentenceLogit', 'sentenceTop']);

/**
 * Where the shipped weights' rank features start, when they come last and no hidden unit reads them:
 * a candidate's sum over the features before them is then the same at any rank (-1 otherwise).
 */
const SHIPPED_RANK_FROM = (() => {
  const from = SHIPPED_FEATURES.findIndex(([name]) => RANK_FEATURES.has(name));
  const last = from >= 0 && SHIPPED_FEATURES.slice(from).every(([name]) => RANK_FEATURES.has(name));
  return last && !SHIPPED.hidden ? from : -1;
})();

/** A candidate's sum over the shipped features before its rank's, and its conjunctions' weights, in order. */
type RankFree = { before: number; conjunctions: Float64Array };
const rankFree = new WeakMap<CandidateFeatures, RankFree>();

/**
 * `logitOf` under the shipped weights of a candidate read before, at a rank: what does not depend on
 * the rank is summed once per candidate and question (the same sentence read by each search, or filed
 * again), then the rank's features and the conjunctions' weights are added in the same order, so the
 * log-odds are the same to the last bit.
 */
function shippedLogitAt(read: CandidateFeatures, ranked: ReturnType<typeof rankFeatures>): number {
  let free = rankFree.get(read);
  if (!free) {
    let before = 0;
    for (let j = 0; j < SHIPPED_RANK_FROM; j++) {
      const [name, weight] = SHIPPED_FEATURES[j]!;
      before += weight * (read.features[name as keyof Features] ?? 0);
    }
    free = { before, conjunctions: read.shippedConjunctionWeights() };
    rankFree.set(read, free);
  }
  let z = free.before;
  for (let j = SHIPPED_RANK_FROM; j < SHIPPED_FEATURES.length; j++) {
    const [name, weight] = SHIPPED_FEATURES[j]!;
    z += weight * (ranked[name as keyof typeof ranked] ?? 0);
  }
  for (let k = 0; k < free.conjunctions.length; k++) z += free.conjunctions[k]!;
  return z;
}

export interface Extracted {
  start: number;
  end: number;
  text: string;
  /** The ranker's probability that this is the answer (0..1). */
  score: number;
  /** The ranker's log-odds of this phrase. */
  logit: number;
  /** log Σ exp(log-odds) over every candidate of the sentence: with the other sentences', how the
   * ranker's belief is shared among all the phrases it read. */
  logMass: number;
  /** The phrase is of the kind the question asks for (`KIND_FIT_RULES`), or the question names none. */
  fitsKind: boolean;
  /** Whether the phrase stands on the side of the question's verb the question asks for (1), the other
   * (-1), or neither is known (0): a question naming the other side's words asks something else. */
  roleFit?: number;
  /** The share of the question's weight the phrase's own clause holds. */
  clauseHeld?: number;
}

/**
 * What a sentence's phrases are read from whatever the question asks: its words, their roots and tags,
 * clauses and commas, and its candidate phrases. Once per question (shared, so read only).
 */
const sentenceParts = perQuestion((sentence: string) => {
  const tokens = tokensOf(sentence);
  return {
    tokens,
    stems: tokens.map(wordRoot),
    tags: tokens.map((t, i) => coarseTag(t, i === 0)),
    clauses: clausesOf(sentence, tokens),
    comma: tokens.map((_, k) => /[,(]/.test(sentence.slice(tokens[k]!.end, tokens[k + 1]?.start ?? 0))),
    candidates: candidatesOf(sentence, tokens),
  };
});

/**
 * A candidate with its features as read for a question: its lexicalised features' names are made when
 * first asked for (training, weights other than the shipped ones), their shipped weights without them.
 */
class CandidateFeatures {
  readonly candidate: Candidate;
  readonly features: Features;
  readonly #reading: LexicalReading;
  readonly #anchor: AnchorPlace;
  #names: string[] | undefined;

  constructor(candidate: Candidate, features: Features, reading: LexicalReading, anchor: AnchorPlace) {
    this.candidate = candidate;
    this.features = features;
    this.#reading = reading;
    this.#anchor = anchor;
  }

  /** The names of its lexicalised features, in order. */
  get conjunctions(): string[] {
    this.#names ??= conjunctionsOf(this.#reading, this.candidate, this.features, this.#anchor);
    return this.#names;
  }

  /** The shipped weights of its lexicalised features, in the order of their names. */
  shippedConjunctionWeights(): Float64Array {
    return shippedConjunctionWeights(this.#reading, this.candidate, this.features, this.#anchor);
  }
}

/**
 * The candidates' features already read for a question's reading, by sentence: the same sentence read
 * again (filed again in another story, or read by another search) differs only in its rank's features,
 * which no conjunction reads. Kept for the question being answered (`perQuestion`).
 */
const featuresRead = perQuestion((_question: QuestionInfo) => new Map<string, CandidateFeatures[]>());

/** Every candidate phrase of a sentence with its features, for scoring and for training. */
export function candidateFeatures(
  question: QuestionInfo,
  sentence: string,
  rank: SentenceRank,
): Array<{ candidate: Candidate; features: Features; conjunctions: string[] }> {
  const ranked = rankFeatures(rank);
  return candidatesRead(question, sentence, rank).map(({ candidate, features, conjunctions }) => ({
    candidate,
    features: { ...features, ...ranked },
    conjunctions,
  }));
}

/**
 * The candidates of a sentence with their features as first read for the question: those of the
 * rank's (`rankFeatures`) are of the rank it was first read at.
 */
function candidatesRead(question: QuestionInfo, sentence: string, rank: SentenceRank): CandidateFeatures[] {
  const read = featuresRead(question);
  let found = read.get(sentence);
  if (!found) {
    found = readCandidates(question, sentence, rank);
    read.set(sentence, found);
  }
  return found;
}

function readCandidates(question: QuestionInfo, sentence: string, rank: SentenceRank): CandidateFeatures[] {
  const { tokens, stems, tags, clauses, comma, candidates } = sentenceParts(sentence);
  // Where the question's words stand in the sentence (function words aside, for the conjunctions).
  const questionWordsAt: number[] = [];
  stems.forEach((stem, i) => {
    if (question.words.has(stem)) questionWordsAt.push(i);
  });
  const matchedAt = questionWordsAt.filter((i) => !isStopword(tokens[i]!.lower));
  const anchorAt: number[] = [];
  stems.forEach((stem, i) => {
    if (question.anchorForms.has(stem)) anchorAt.push(i);
  });
  const reading: SentenceReading = {
    tokens,
    stems,
    tags,
    clauses,
    questionWordsAt,
    heaviestAt: heaviestAt(question, stems, questionWordsAt),
    comma,
  };
  const lexical: LexicalReading = { question, tokens, tags, matchedAt };
  return candidates.map((candidate) => {
    const anchor = anchorPlace(anchorAt, candidate);
    const features = featuresOf(question, reading, candidate, rank, anchor);
    return new CandidateFeatures(candidate, features, lexical, anchor);
  });
}

/** log Σ exp over values. */
export function logSumExp(values: Iterable<number>): number {
  let max = -Infinity;
  const all = [...values];
  for (const v of all) max = Math.max(max, v);
  if (max === -Infinity) return max;
  let sum = 0;
  for (const v of all) sum += Math.exp(v - max);
  return max + Math.log(sum);
}

/** What the story of a sentence knows a name as (its people, organisations and places lists). */
export type NameKind = 'person' | 'organisation' | 'place';

/**
 * What a phrase must look like to answer a question of each kind, in order: the first rule naming
 * the question's kind that takes any phrase of the sentence decides. A kind no rule names takes any
 * phrase. Each rule's example is tested (`named`: what the example's story knows its names as).
 */
export const KIND_FIT_RULES: ReadonlyArray<{
  name: string;
  kinds: readonly AnswerKind[];
  /** A sentence, a question of the kind, and the phrase the rule makes the answer. */
  example: { question: string; sentence: string; answer: string; named?: Record<string, NameKind> };
  /** Only for a question this holds for, when given (else every question of its kinds). */
  asks?: (question: QuestionInfo) => boolean;
  /** `named`: what the sentence's story knows the phrase as, when it names it. */
  fits: (shape: CandidateShape, named: NameKind | null) => boolean;
}> = [
  {
    // Who holds a role is never a body or a place the story names ("COB" of "a union leader said").
    name: 'who holds a role: a name, not a body nor a place',
    kinds: ['person'],
    example: {
      question: 'who is the union leader on hunger strike',
      sentence: 'Workers of the federation (COB) began a hunger strike, union leader Juan Lechin said.',
      answer: 'Juan Lechin',
      named: { COB: 'organisation' },
    },
    asks: (question) => question.holderAsked,
    fits: (shape, named) =>
      shape.capital && !shape.number && !shape.date && named !== 'organisation' && named !== 'place',
  },
  {
    name: 'who: a name, not a date',
    kinds: ['person'],
    example: {
      question: 'who rejected the deal',
      sentence: 'The deal was rejected on Friday by Wallonia.',
      answer: 'Wallonia',
    },
    fits: (shape) => shape.capital && !shape.number && !shape.date,
  },
  {
    name: 'where: a place the story names',
    kinds: ['place'],
    example: {
      question: 'where did the minister speak',
      sentence: 'Minister Ama Owusu spoke at the Kempinski Hotel in Accra.',
      answer: 'Accra',
      named: { 'Ama Owusu': 'person', Accra: 'place' },
    },
    fits: (shape, named) => named === 'place' && !shape.number && !shape.date,
  },
  {
    name: 'where: a name, not a date nor a person',
    kinds: ['place'],
    example: {
      question: 'where did the minister speak',
      sentence: 'Minister Henk Vries spoke in Vienna on Tuesday.',
      answer: 'Vienna',
      named: { 'Henk Vries': 'person' },
    },
    fits: (shape, named) => shape.capital && !shape.number && !shape.date && named !== 'person',
  },
  {
    // "which show was pence on": a show, a book or a film is named by its title, which the news quotes
    // ("on MSNBC's "Morning Joe""); a person or a body beside it is no show.
    name: 'which show, book or film: a title quoted',
    kinds: ['thing'],
    example: {
      question: 'which show was the senator on',
      sentence: 'The senator told MSNBC\'s "Morning Joe" that Smith would win.',
      answer: 'Morning Joe',
    },
    asks: (question) => question.thingWords.some((word) => WORK_TITLED.test(word)),
    fits: (shape) => shape.quoted && shape.capital,
  },
  {
    name: 'what time: a time of day',
    kinds: ['date'],
    example: {
      question: 'what time do the producers meet',
      sentence: 'Producers will meet at 1500 GMT on May 4 to discuss quotas.',
      answer: '1500 GMT',
    },
    asks: (question) => question.clockAsked,
    fits: (shape) => shape.clock,
  },
  {
    name: 'when: a day, a month or a time phrase before a bare year',
    kinds: ['date'],
    example: {
      question: 'when does the board decide',
      sentence: 'The board, set up in 1985, decides on Friday whether to sell.',
      answer: 'Friday',
    },
    fits: (shape) => shape.date && !shape.yearOnly,
  },
  {
    name: 'when: a date or a time',
    kinds: ['date'],
    example: {
      question: 'when will the talks continue',
      sentence: 'We will be continuing those talks on the nuclear issue later this week in New York.',
      answer: 'later this week',
    },
    fits: (shape) => shape.date,
  },
  {
    name: 'what year: a year',
    kinds: ['year'],
    example: {
      question: 'what year did the firm open its plant',
      sentence: 'The firm, with 300 workers, opened its plant in 1962.',
      answer: '1962',
    },
    fits: (shape) => shape.year,
  },
  {
    name: 'how much money: an amount of money',
    kinds: ['amount'],
    example: {
      question: 'how much is bp offering for standard oil',
      sentence: 'BP, which owns 55 pct of Standard Oil, is offering 7.4 billion dlrs for the rest.',
      answer: '7.4 billion dlrs',
    },
    fits: (shape) => shape.money,
  },
  {
    name: 'what percentage: a percentage',
    kinds: ['percent'],
    example: {
      question: 'what percentage of voters backed him',
      sentence: 'Of the 1,200 voters asked, 44.8 percent backed him.',
      answer: '44.8 percent',
    },
    fits: (shape) => shape.percent,
  },
  {
    name: 'how many, how much: a figure',
    kinds: ['count', 'amount', 'quantity', 'percent'],
    example: {
      question: 'how many workers are locked out',
      sentence: 'Union members have been locked out at the Dakota City plant, about 2,800 of them.',
      answer: '2,800',
    },
    fits: (shape) => shape.number && !shape.year,
  },
];

/** The kinds asking how much or how many, which a day or a year of a date never answers. */
const AMOUNT_KINDS: ReadonlySet<AnswerKind> = new Set(['amount', 'count', 'quantity', 'percent']);

/** The words of a company's name that say its legal form, not which company it is. */
const COMPANY_FORM = new RegExp(`${CORPORATE_SUFFIX.source}|^(?:international|corporation|limited|cos)$`);

/**
 * The words that may title a name, nearest first (token positions): the candidate's words before its
 * last, and at most five before it, read back to a punctuation mark or a function word other than "of"
 * ("Bank of Japan governor Satoshi Sumita").
 */
function titleBefore(sentence: string, tokens: Token[], candidate: Candidate): number[] {
  const out: number[] = [];
  for (let k = candidate.to - 2; k >= 0 && k >= candidate.from - 5; k--) {
    const lower = tokens[k]!.lower;
    if (
      k < candidate.from &&
      (punctuationAfter(sentence, tokens, k) || (isStopword(lower) && lower !== 'of'))
    )
      break;
    out.push(k);
  }
  return out;
}

/** What an exclusion rule reads: the question, the sentence's words, and one candidate's place among them. */
interface CandidateContext {
  question: QuestionInfo;
  sentence: string;
  tokens: Token[];
  candidate: Candidate;
  /** The year of the sentence's story, when known: "last year" asked of it is the one before. */
  storyYear?: number | null;
}

/**
 * Phrases that never answer the question whatever their kind, in order; each rule's example is tested
 * (the phrase it rules out, and the one answering instead).
 */
export const EXCLUSION_RULES: ReadonlyArray<{
  name: string;
  example: { question: string; sentence: string; ruledOut: string; answer: string };
  excludes: (context: CandidateContext) => boolean;
  /** The phrase still takes its share of the sentence's mass (how sure the answer is), though never chosen. */
  keepsMass?: boolean;
}> = [
  {
    // "BAT's 1986 figure of 1.39 billion stg compared with a 1985 pretax profit of 1.17 billion".
    name: 'a figure of another year than the one asked',
    example: {
      question: 'how much did the firm make in 1986',
      sentence: "The firm's 1986 profit of 1.39 billion compared with a 1985 profit of 1.17 billion.",
      ruledOut: '1.17 billion',
      answer: '1.39 billion',
    },
    excludes: ({ question, tokens, candidate, storyYear }) =>
      candidate.shape.number &&
      !candidate.shape.year &&
      ofAnotherYear(question, tokens, candidate.from, candidate.to, storyYear),
  },
  {
    // "declined to 50 pct from 74 pct", "up from about 200 mln dlrs": where the figure stood before.
    name: 'the figure a change started from',
    example: {
      question: 'how much of the firm is tobacco now',
      sentence: 'Its tobacco share declined to 50 pct from 74 pct four years ago.',
      ruledOut: '74 pct',
      answer: '50 pct',
    },
    excludes: ({ tokens, candidate }) => {
      if (!candidate.shape.number) return false;
      // The phrase's first figure, which a longer phrase ("up from about 200 mln dlrs") holds further in.
      let figure = candidate.from;
      while (figure < candidate.to && !isFigureAt(tokens, figure)) figure++;
      if (figure === candidate.to || isYear(tokens[figure]!)) return false;
      const at = afterFillers(tokens, figure);
      if (tokens[at]?.lower !== 'from') return false;
      const before = tokens.slice(Math.max(0, at - 8), at).map((token) => token.lower);
      // "to 50 pct from 74 pct", "up from 200 mln", or "from 3.87 dlrs … to a high of 5.36 dlrs".
      return (
        /^(?:up|down)$/.test(before.at(-1) ?? '') ||
        before.includes('to') ||
        levelAfter(tokens, figure + 1, 10)
      );
    },
  },
  {
    // "raising the ratio by 0.5 pct to 10 pct": the new level is asked unless the question asks how much
    // it changed, and then the change is.
    name: 'the end of a change not asked for',
    example: {
      question: 'what is the new cash reserve ratio',
      sentence: 'The bank raised the cash reserve ratio by 0.5 pct to 10 pct.',
      ruledOut: '0.5 pct',
      answer: '10 pct',
    },
    excludes: ({ question, tokens, candidate }) => {
      if (!isChangeFigure(candidate)) return false;
      const asksChange = [...question.words.keys()].some((word) => CHANGE_ROOT.test(word));
      const at = afterFillers(tokens, candidate.from);
      // "by X to Y", "X higher to Y": X is the change; read from Y's side, Y is the level.
      const moved = (k: number) => /^(?:higher|lower|up|down)$/.test(tokens[k]?.lower ?? '');
      if (tokens[at]?.lower === 'by' || moved(candidate.to) || moved(candidate.to - 1)) {
        if (asksChange) return false;
        // "by 0.5 pct to 10 pct", or a longer phrase holding both.
        return levelAfter(tokens, candidate.from + 1, candidate.to - candidate.from + 2);
      }
      if (tokens[at]?.lower === 'to' && asksChange) {
        const before = tokens.slice(Math.max(0, at - 6), at);
        const by = before.findIndex((token) => token.lower === 'by');
        return by >= 0 && before.slice(by + 1).some(isNumber);
      }
      return false;
    },
  },
  {
    // "topped a 76 dlr per share offer … by one dlr": what was topped is the figure named, the margin
    // only when the question asks by how much.
    name: 'the margin one figure beat another by',
    example: {
      question: 'how much was the rival offer per share',
      sentence: 'Samjens topped a 76 dlr per share rival offer from Morgan Stanley by one dlr per share.',
      ruledOut: 'one dlr',
      answer: '76 dlr',
    },
    excludes: ({ question, tokens, candidate }) => {
      const by = afterFillers(tokens, candidate.from);
      if (!isChangeFigure(candidate) || tokens[by]?.lower !== 'by') return false;
      if ([...question.words.keys()].some((word) => CHANGE_ROOT.test(word) || MARGIN_ROOT.test(word)))
        return false;
      for (let k = by - 1; k >= Math.max(0, by - 20); k--) {
        if (!TOPPED.test(tokens[k]!.lower)) continue;
        for (let f = k + 1; f < by; f++) if (isFigureAt(tokens, f)) return true;
        return false;
      }
      return false;
    },
  },
  {
    // "who oversees the commission": "a commission, overseen by Kofi Annan" names the one who does after
    // "by" ("an agreement for Fujitsu to buy" before "to"); any other name of the sentence does something
    // else ("Suu Kyi … established a commission").
    name: "a name other than the agent the sentence gives the question's verb",
    example: {
      question: 'who oversees the commission',
      sentence: 'Suu Kyi established a commission, overseen by former U.N. secretary general Kofi Annan.',
      ruledOut: 'Suu Kyi',
      answer: 'Kofi Annan',
    },
    excludes: ({ question, tokens, candidate }) => {
      if (question.role !== 'subject' || !candidate.shape.capital) return false;
      const agent = agentOfVerb(question, tokens);
      return agent !== null && (candidate.from < agent.from || candidate.from >= agent.to);
    },
  },
  {
    // "Hernandez spoke today at the meeting of the group, formed in 1983": the day the story reports
    // is not when the thing asked about happened, where the sentence dates the question's verb.
    name: "the report's own day, where the asked verb has a date of its own",
    example: {
      question: 'when was the group formed',
      sentence: 'Hernandez spoke today at a meeting of the group, formed in 1983.',
      ruledOut: 'today',
      answer: '1983',
    },
    excludes: ({ question, tokens, candidate }) => {
      if (
        !REPORT_DAY.test(
          tokens
            .slice(candidate.from, candidate.to)
            .map((token) => token.lower)
            .join(' '),
        )
      )
        return false;
      return tokens.some(
        (token, k) =>
          (k < candidate.from || k >= candidate.to) &&
          question.anchorForms.has(wordRoot(token)) &&
          TIME_PREPOSITION.test(tokens[k + 1]?.lower ?? '') &&
          tokens[k + 2] !== undefined &&
          (isYear(tokens[k + 2]!) || MONTHS.test(tokens[k + 2]!.lower)),
      );
    },
  },
  {
    // "how much of bat is tobacco now": "four years ago" is when, not how much.
    name: 'a time phrase for how much or how many',
    example: {
      question: 'how much of the firm is tobacco now',
      sentence: 'The tobacco sector of the firm had declined to 50 pct from 74 pct four years ago.',
      ruledOut: 'four years ago',
      answer: '50 pct',
    },
    excludes: ({ question, tokens, candidate }) => {
      if (!/^how (?:much|many|big|large|high|low|deep|far|tall|wide)$/.test(question.form)) return false;
      if (candidate.shape.date) return true;
      // A span of time ("the first three months") answers how long, unless its unit is what is counted
      // ("how many years").
      const unit = [tokens[candidate.to - 1]!, tokens[candidate.to]].find(
        (token) => token !== undefined && DURATION_UNIT.test(token.lower),
      );
      return unit !== undefined && !question.words.has(wordRoot(unit)) && !question.words.has('time');
    },
  },
  {
    // "how long is the cable": "100 mln dlrs" is what it costs, not how long it is; "30 pct" of "a 30 pct
    // rise and a 120-day freeze" is how much, not how long.
    name: 'money or a percentage for how long, far, old or often',
    example: {
      question: 'how long is the cable',
      sentence: 'The 100 mln dlrs cable will be 1,500 kms long.',
      ruledOut: '100 mln dlrs',
      answer: '1,500',
    },
    excludes: ({ question, candidate }) =>
      /^how (?:long|far|old|often)$/.test(question.form) &&
      (candidate.shape.money || candidate.shape.percent) &&
      !namesMoney(question),
  },
  {
    // "we're set to see many more deals": "many" or "several" alone says there are some, not how many.
    name: 'a vague quantity for how many',
    example: {
      question: 'how many deals were there last month',
      sentence: 'Dealers expect many more deals after the 14 of last month.',
      ruledOut: 'many',
      answer: '14',
    },
    excludes: ({ question, tokens, candidate }) =>
      question.kind === 'count' &&
      candidate.to === candidate.from + 1 &&
      /^(?:many|several|some|few|numerous)$/.test(tokens[candidate.from]!.lower),
  },
  {
    // "a two-day meeting of 14 countries": a figure joined to its unit measures that unit; it counts
    // nothing else.
    name: 'a figure joined to another unit than the one counted',
    example: {
      question: 'how many countries came to the summit',
      sentence: 'Ministers of 14 countries met at the two-day summit.',
      ruledOut: 'two-day',
      answer: '14',
    },
    excludes: ({ question, tokens, candidate }) => {
      const { counted } = question;
      if (counted.length === 0) return false;
      let figures = 0;
      for (let k = candidate.from; k < candidate.to; k++) {
        if (!isFigureAt(tokens, k)) continue;
        // "two-day", "11-day-old": the unit is the word joined to the figure.
        const unit = /^[\p{L}\d.,]+-(\p{L}+)(?:-\p{L}+)*$/u.exec(tokens[k]!.lower)?.[1];
        if (unit === undefined || NUMBER_WORDS.test(unit) || counted.includes(root(unit))) return false;
        figures++;
      }
      return figures > 0;
    },
  },
  {
    // "uae oil output march bpd": "ten pct" of "dropped ten pct … to 1.05 mln barrels per day" is in
    // another unit than the one typed.
    name: 'a figure in another unit than the one typed',
    example: {
      question: 'uae oil output march bpd',
      sentence: 'UAE oil output dropped ten pct in March to an average 1.05 mln barrels per day.',
      ruledOut: 'ten pct',
      answer: '1.05 mln barrels',
    },
    excludes: ({ question, tokens, candidate }) => {
      if (!MEASURE_KINDS.has(question.kind)) return false;
      const asked = unitsTyped(question);
      if (asked.size === 0) return false;
      let figure = candidate.to - 1;
      while (figure >= candidate.from && !isFigureAt(tokens, figure)) figure--;
      if (figure < candidate.from) return false;
      let k = figure + 1;
      while (k < tokens.length && (isNumber(tokens[k]!) || BARE_SCALE.test(tokens[k]!.lower))) k++;
      const unit = tokens[k] ? unitOf(tokens[k]!.lower) : null;
      return unit !== null && !asked.has(unit);
    },
  },
  {
    // "aid to 24 countries to help 2.4 mln villagers": people counted are never a count of countries.
    name: 'a count of things for a count of people',
    example: {
      question: 'how many people were hit by the drought',
      sentence: 'It appealed to 24 countries to help 2.4 mln villagers hit by the drought.',
      ruledOut: '24',
      answer: '2.4 mln villagers',
    },
    excludes: ({ question, tokens, candidate }) => {
      if (question.kind !== 'count' || !question.counted.some((word) => PEOPLE_COUNTED.test(word)))
        return false;
      let k = candidate.from;
      while (k < candidate.to && !isFigureAt(tokens, k)) k++;
      if (k === candidate.to) return false;
      while (k < tokens.length && (isFigureAt(tokens, k) || SCALE.test(tokens[k]!.lower))) k++;
      if (candidate.shape.money || candidate.shape.percent) return true;
      // The word right after the figure, as far as the candidate reaches or one word beyond it.
      const noun = tokens[k];
      if (!noun || k > candidate.to || !/^\p{Ll}+$/u.test(noun.text)) return false;
      if (!/^(?:NN|NNS)$/.test(coarseTag(noun, false)) && !UNITS.test(noun.lower)) return false;
      return !PEOPLE_NOUN.test(noun.lower) && !PEOPLE_LIKE.test(noun.lower);
    },
  },
  {
    // "1.28 mln tonnes of butter, 520,000 tonnes of beef and 10 mln tonnes of cereals": the figure of
    // the thing asked, not of the others listed beside it.
    name: 'a figure of another thing listed than the one asked',
    example: {
      question: 'how big are butter stocks',
      sentence:
        'Stocks included 1.28 mln tonnes of butter, 520,000 tonnes of beef and 10 mln tonnes of cereals.',
      ruledOut: '520,000 tonnes of beef',
      answer: '1.28 mln tonnes',
    },
    excludes: ({ question, tokens, candidate }) => {
      if (!candidate.shape.number) return false;
      let figure = candidate.from;
      while (figure < candidate.to && !isFigureAt(tokens, figure)) figure++;
      const own = figureOf(tokens, figure);
      if (own === null || question.words.has(own)) return false;
      return tokens.some(
        (_token, k) =>
          (k < candidate.from || k >= candidate.to) &&
          isFigureAt(tokens, k) &&
          question.words.has(figureOf(tokens, k) ?? ''),
      );
    },
  },
  {
    // "the likely voter sample is 651, with a margin of error of 4.5 points": where the sentence gives
    // the measure asked for its own figure, the figures of its other measures do not answer.
    name: 'a figure of another measure than the one asked',
    example: {
      question: 'margin of error for likely voters',
      sentence: 'The likely voter sample is 651, with a margin of error of 4.5 points.',
      ruledOut: '651',
      answer: '4.5',
    },
    excludes: ({ question, tokens, candidate }) => {
      if (!candidate.shape.number || candidate.shape.year) return false;
      const own = measureFigures(question, tokens);
      return own.length > 0 && !own.some((at) => at >= candidate.from && at < candidate.to);
    },
  },
  {
    // "repay 1.42 billion dlrs of 13 billion dlrs of frozen debt": how much is the part, not the whole.
    name: 'the whole a part is of',
    example: {
      question: 'how much of the frozen debt will the country repay',
      sentence: 'The country will repay 1.42 billion dlrs of 13 billion dlrs of frozen debt.',
      ruledOut: '13 billion dlrs',
      answer: '1.42 billion dlrs',
    },
    excludes: ({ question, tokens, candidate }) => {
      // A sum or a quantity: "one of five principles" is a member of a set, whose size is asked, unless
      // the question asks for the part ("how many of her meetings": "85 of 154 meetings").
      const { money, unit, percent } = candidate.shape;
      if (!/^how (?:much|many)$/.test(question.form) || !(money || unit || percent || question.partAsked))
        return false;
      if (tokens[candidate.from - 1]?.lower !== 'of') return false;
      for (let k = candidate.from - 2; k >= Math.max(0, candidate.from - 4); k--)
        if (isFigureAt(tokens, k)) return !isYear(tokens[k]!);
      return false;
    },
  },
  {
    // "how many creditor banks does south africa have": a sum of money or a percentage counts no banks.
    name: 'money or a percentage for a count of things',
    example: {
      question: 'how many creditor banks does the country have',
      sentence: 'The country, which owes 14 billion dlrs, has 330 creditor banks.',
      ruledOut: '14 billion dlrs',
      answer: '330',
    },
    excludes: ({ question, candidate }) =>
      question.form === 'how many' &&
      (candidate.shape.money || candidate.shape.percent) &&
      !namesMoney(question),
  },
  {
    // "how much was fmc suing for", "cost of the a340": money asked is never a count of things
    // ("1,922,000 FMC shares", "104 firm orders", "six MD-11 aircraft").
    name: 'a count of things for an amount of money',
    example: {
      question: 'how much was the firm suing him for',
      sentence: 'The suit said he bought 1,922,000 FMC shares for 225 mln dlrs.',
      ruledOut: '1,922,000',
      answer: '225 mln dlrs',
    },
    excludes: ({ question, tokens, candidate }) => {
      // A money noun asked by "how much", "what" or typed bare ("cost of the a340", "what price did
      // they agree"); "how long should tender offers stay open" asks a time.
      const money =
        question.kind === 'amount' ||
        (question.moneyAsked && question.kind === 'quantity' && !/^how (?!much)/.test(question.form));
      if (!money || candidate.shape.money || candidate.shape.percent) return false;
      let k = candidate.from;
      while (k < candidate.to && !isFigureAt(tokens, k)) k++;
      if (k === candidate.to) return false;
      while (k < tokens.length && (isFigureAt(tokens, k) || SCALE.test(tokens[k]!.lower))) k++;
      // What is counted, past up to two words naming or qualifying it ("FMC shares", "firm orders").
      for (let last = Math.min(tokens.length, k + 3); k < last; k++) {
        const word = tokens[k]!;
        if (CURRENCY.test(word.lower) || isStopword(word.lower)) return false;
        if (/^\p{Ll}+$/u.test(word.text) && (/^NNS?$/.test(coarseTag(word, false)) || UNITS.test(word.lower)))
          return true;
      }
      return false;
    },
  },
  {
    // "till when are wages frozen": "1980" of "since 1980" starts the span asked the end of; "when does the
    // harvest begin": a date after "until" ends the span asked the start of.
    name: 'the other end of a span than the one asked',
    example: {
      question: 'till when are wages frozen in zimbabwe',
      sentence: 'Wages, set since 1980 by the government, are frozen until January 1988.',
      ruledOut: '1980',
      answer: 'January 1988',
    },
    excludes: ({ question, tokens, candidate }) => {
      if (question.spanEndAsked === null || !candidate.shape.date) return false;
      const before = tokens[candidate.from - 1]?.lower ?? '';
      return question.spanEndAsked === 'end'
        ? /^(?:since|from)$/.test(before)
        : /^(?:until|till|through)$/.test(before);
    },
  },
  {
    // "imposed as scheduled on April 17", a table's "Feb 87 Jan 87": a figure beside a month is a day or
    // a year of a date, no amount.
    name: 'a figure of a date for a figure',
    example: {
      question: 'how much in us tariffs on japanese goods',
      sentence: 'The 300 mln dlrs in tariffs on Japanese goods will be imposed on April 17.',
      ruledOut: '17',
      answer: '300 mln dlrs',
    },
    excludes: ({ question, tokens, candidate }) =>
      AMOUNT_KINDS.has(question.kind) &&
      candidate.to - candidate.from === 1 &&
      /^\d{1,4}$/.test(tokens[candidate.from]!.text) &&
      (MONTHS.test(tokens[candidate.from - 1]?.lower ?? '') ||
        MONTHS.test(tokens[candidate.to]?.lower ?? '')),
  },
  {
    // "Sir Marcus Fox, vice-chairman of the 1922 committee of Conservative back-benchers": who holds
    // the role asked is not a name in what the role is of.
    name: 'a name in what the role asked is of',
    example: {
      question: 'who is vice chairman of the committee',
      sentence: 'Sir Marcus Fox, vice-chairman of the committee of Conservative back-benchers, said so.',
      ruledOut: 'Conservative',
      answer: 'Sir Marcus Fox',
    },
    excludes: ({ question, sentence, tokens, candidate }) => {
      if (question.kind !== 'person' || !candidate.shape.capital) return false;
      for (let k = candidate.from - 1; k >= 0; k--) {
        const noun = tokens[k]!.lower.split('-').at(-1)!;
        if (!isRoleNoun(noun) || !question.words.has(rootOfLower(noun))) continue;
        // Only "of" and the words of what the role is of between them: no comma, clause or quote.
        return /^\s+of\s[^,;:()"“”]*$/.test(sentence.slice(tokens[k]!.end, tokens[candidate.from]!.start));
      }
      return false;
    },
  },
  {
    // "frances foreign minister": "French Prime Minister Jacques Chirac" holds another kind of minister's
    // post. Only where the title names a kind of the role the question does not, and not the one asked.
    name: 'a person titled with another kind of the role asked',
    example: {
      question: 'frances foreign minister',
      sentence: 'French Prime Minister Jacques Chirac met Foreign Minister Jean-Bernard Raimond on Monday.',
      ruledOut: 'Jacques Chirac',
      answer: 'Jean-Bernard Raimond',
    },
    excludes: ({ question, tokens, candidate }) => {
      if (question.kind !== 'person' || !candidate.shape.capital) return false;
      // The title: its role noun in the capitalised run before the name, within the candidate or before it.
      let role = -1;
      for (let k = candidate.to - 2; k >= 0 && k >= candidate.from - 4 && isCapital(tokens[k]!); k--)
        if (isRoleNoun(tokens[k]!.lower)) {
          role = k;
          break;
        }
      if (role < 1) return false;
      const asked = question.roleKindAsked;
      if (!asked || asked.noun !== tokens[role]!.lower) return false;
      const modifier = tokens[role - 1]!;
      if (!isCapital(modifier) || isStopword(modifier.lower) || question.words.has(wordRoot(modifier)))
        return false;
      // The kind asked written anywhere in the title ("Foreign Trade Minister" of a foreign minister),
      // perhaps misspelt ("managin director").
      for (let k = role - 1; k >= 0 && isCapital(tokens[k]!); k--)
        if (sameWordTyped(tokens[k]!.lower, asked.modifier)) return false;
      return true;
    },
  },
  {
    // "danish central bank governor": "Bank of Japan governor Satoshi Sumita" holds that role for
    // another country than the one asked.
    name: 'a person titled with another country than the one asked',
    example: {
      question: 'danish central bank governor',
      sentence: 'Bank of Japan governor Satoshi Sumita met Danish central bank governor Erik Hoffmeyer.',
      ruledOut: 'Satoshi Sumita',
      answer: 'Erik Hoffmeyer',
    },
    excludes: ({ question, sentence, tokens, candidate }) => {
      if (!question.holderAsked || question.countriesAsked.size === 0 || !candidate.shape.capital)
        return false;
      return firstCountryNotAsked(question, tokens, titleBefore(sentence, tokens, candidate));
    },
  },
  {
    // "which cuban province has the drought": "Guangdong" of "the south China province of Guangdong" is
    // a province of another country than the one asked.
    name: 'a thing of another country than the one asked',
    example: {
      question: 'which cuban province has the drought',
      sentence:
        'Rain eased the drought in the south China province of Guangdong, unlike the province of Camaguey.',
      ruledOut: 'Guangdong',
      answer: 'Camaguey',
    },
    excludes: ({ question, tokens, candidate }) => {
      if (question.countriesAsked.size === 0 || !THING_NAMED_KINDS.has(question.kind)) return false;
      const asked = question.thingWords;
      if (asked.length === 0 || asked.some((word) => /^(?:countr|nation|state)/.test(word))) return false;
      // The candidate is itself another country ("China" of "the south China province").
      if (candidate.to - candidate.from <= 2) {
        const code = countryAt(tokens, candidate.from);
        if (code && !question.countriesAsked.has(code)) return true;
      }
      const noun = thingNounBeside(asked, tokens, candidate, true);
      if (noun < 0) return false;
      // A country among the three words before the noun ("the south China province").
      const before: number[] = [];
      const stop = Math.max(0, noun - 3, noun > candidate.from ? candidate.to : 0);
      for (let k = noun - 1; k >= stop; k--) before.push(k);
      return firstCountryNotAsked(question, tokens, before);
    },
  },
  {
    // "japan jobless rate january": "6.7 pct" of "the U.S. jobless rate … 6.7 pct" is the figure of another
    // country's measure; the country stands before the question's word nearest before the figure.
    name: 'a figure of another country than the one asked',
    example: {
      question: 'japan jobless rate january',
      sentence: "Japan's jobless rate rose to 3.0 pct in January, against a U.S. jobless rate of 6.7 pct.",
      ruledOut: '6.7 pct',
      answer: '3.0 pct',
    },
    excludes: ({ question, tokens, candidate }) => {
      if (question.countriesAsked.size === 0 || !MEASURE_KINDS.has(question.kind) || !candidate.shape.number)
        return false;
      let figure = candidate.from;
      while (figure < candidate.to && !isFigureAt(tokens, figure)) figure++;
      for (let k = figure - 1; k >= Math.max(0, figure - 8); k--) {
        if (countryAt(tokens, k) || !question.words.has(wordRoot(tokens[k]!))) continue;
        // The question's word nearest before the figure.
        return ofAnotherCountry(question, tokens, k);
      }
      return false;
    },
  },
  {
    // "who is the director of the museum": "President Obama" holds another role than the one asked.
    name: 'a person titled with another role than the one asked',
    example: {
      question: 'who is the director of the museum',
      sentence: 'President Obama opened the museum with its director, Lonnie Bunch.',
      ruledOut: 'Obama',
      answer: 'Lonnie Bunch',
    },
    excludes: ({ question, sentence, tokens, candidate }) => {
      if (!question.holderAsked || question.roleAsked === null || !candidate.shape.capital) return false;
      let other = false;
      for (const k of titleBefore(sentence, tokens, candidate)) {
        const kind = roleKindAt(tokens, k);
        if (kind === question.roleAsked) return false;
        if (kind !== null) other = true;
      }
      return other;
    },
  },
  {
    // "how big is irelands foreign debt": a debt, a profit or a price is an amount of money, which a
    // percentage ("a growth rate of 2.5 pct") does not say.
    name: 'a percentage for an amount of money',
    example: {
      question: 'how big is irelands foreign debt',
      sentence: 'Growth of 2.5 pct would not cut the 24 billion punt foreign debt.',
      ruledOut: '2.5 pct',
      answer: '24 billion',
    },
    excludes: ({ question, candidate }) =>
      question.moneyAsked &&
      (question.kind === 'quantity' || question.kind === 'amount') &&
      candidate.shape.percent,
  },
  {
    // "which judge has the case": the judge is a person, never the court or company named beside them.
    name: 'a body for the person a role asked names',
    example: {
      question: 'which judge has the burlington case',
      sentence: 'U.S. District Court Judge Eugene A. Gordon said he will rule on the Burlington case.',
      ruledOut: 'U.S. District Court',
      answer: 'Eugene A. Gordon',
    },
    excludes: ({ question, tokens, candidate }) =>
      question.thing !== null &&
      PERSON_ROLE_ROOTS.has(question.thing) &&
      candidate.shape.capital &&
      BODY_NOUN.test(tokens[candidate.to - 1]!.lower),
  },
  {
    // "whose shares is nordbanken auctioning": "Nordbanken" only says back what was asked. A hyphenated
    // word is read by its parts ("head-to-head contest" repeats "head to head contest").
    name: "the question's own words",
    example: {
      question: 'whose shares is nordbanken auctioning',
      sentence: 'Nordbanken said it would auction the shares Omar Haddad had pledged.',
      ruledOut: 'Nordbanken',
      answer: 'Omar Haddad',
    },
    // A company's name is its own words with its legal form ("CPC International Inc" of "cpc"), and a
    // legal form alone names no company ("International Inc").
    excludes: ({ question, tokens, candidate }) => {
      let content = 0;
      for (let k = candidate.from; k < candidate.to; k++) {
        const token = tokens[k]!;
        if (isStopword(token.lower)) continue;
        if (COMPANY_FORM.test(token.lower)) {
          content++;
          continue;
        }
        for (const part of token.lower.split('-')) {
          if (part === '' || isStopword(part)) continue;
          content++;
          if (!question.words.has(rootOfLower(part))) return false;
        }
      }
      return content > 0;
    },
    keepsMass: true,
  },
  {
    // "which firestone plants are closing": "Tire and Rubber Co" of "Firestone Tire and Rubber Co" is the
    // rest of the name the question gives, which says back what was asked.
    name: 'the rest of a name the question names',
    example: {
      question: 'which firestone plants are closing',
      sentence: 'Firestone Tire and Rubber Co will close its Oklahoma City tire plant.',
      ruledOut: 'Tire and Rubber Co',
      answer: 'Oklahoma City',
    },
    excludes: ({ question, sentence, tokens, candidate }) => {
      if (!candidate.shape.capital) return false;
      const asked = (k: number) => isCapital(tokens[k]!) && question.words.has(wordRoot(tokens[k]!));
      // The name the candidate is part of: its run of capitalised words and joiners ("Tire and Rubber"),
      // which a title ends ("Foreign Minister Jean-Bernard Raimond"). "and" joins two names ("Jim Nantz
      // and Phil Simms") unless a company's legal form ends the run ("Firestone Tire and Rubber Co").
      let last = candidate.to;
      while (
        last < tokens.length &&
        isCapital(tokens[last]!) &&
        !punctuationAfter(sentence, tokens, last - 1)
      )
        last++;
      const company = COMPANY_FORM.test(tokens[last - 1]!.lower);
      const inName = (k: number) =>
        (isCapital(tokens[k]!) || CAPITAL_JOINERS.test(tokens[k]!.lower)) &&
        (company || !/^(?:and|&)$/.test(tokens[k]!.lower)) &&
        !isRoleNoun(tokens[k]!.lower) &&
        !/Actor|Honorific/.test(lexTag(tokens[k]!.lower));
      for (let k = candidate.from - 1; k >= 0 && inName(k) && !punctuationAfter(sentence, tokens, k); k--)
        if (asked(k)) return true;
      for (
        let k = candidate.to;
        k < tokens.length && inName(k) && !punctuationAfter(sentence, tokens, k - 1);
        k++
      )
        if (asked(k)) return true;
      return false;
    },
    keepsMass: true,
  },
  {
    // "which bp refinery": "British Petroleum Co PLC" is the question's "bp" written in full.
    name: "the question's short name in full",
    example: {
      question: 'which bp refinery had the blast',
      sentence: 'The British Petroleum Co PLC refinery at Grangemouth had a blast.',
      ruledOut: 'British Petroleum Co PLC',
      answer: 'Grangemouth',
    },
    // A person asked for may be the one a firm is named after ("who founded the pcw agency": Peter
    // Cameron-Webb): only a company or a body is the short name then.
    excludes: ({ question, tokens, candidate }) => {
      if (!candidate.shape.capital) return false;
      const span = tokens.slice(candidate.from, candidate.to);
      const body = span.some((token) => COMPANY_FORM.test(token.lower) || BODY_NOUN.test(token.lower));
      if (!body && question.kind === 'person') return false;
      const words = span.filter((token) => !COMPANY_FORM.test(token.lower)).map((token) => token.text);
      if (words.length < 2) return false;
      for (const word of question.words.keys())
        if (/^[a-z]{2,6}$/.test(word) && hasInitials(words, word)) return true;
      return false;
    },
    keepsMass: true,
  },
  {
    // "the Panther of French firm Aerospatiale": "French" qualifies the noun after it; it names no one
    // and nowhere ("the French said" still does).
    name: "a country's adjective before the noun it qualifies",
    example: {
      question: 'who makes the panther',
      sentence: 'The army chose the Panther of French firm Aerospatiale.',
      ruledOut: 'French',
      answer: 'Aerospatiale',
    },
    excludes: ({ question, sentence, tokens, candidate }) => {
      if (question.kind !== 'person' && question.kind !== 'place') return false;
      const next = tokens[candidate.to];
      if (!next || isCapital(next) || !/^\p{Ll}+$/u.test(next.text)) return false;
      // "The Brazilian delegate": the article leads the noun phrase, not a name.
      const words = sentence.slice(candidate.start, candidate.end).replace(/^(?:the|a|an)\s+/i, '');
      if (!countryByDemonym(words)) return false;
      // A role noun the word list also tags a verb ("delegate") is the noun here.
      return /^(?:NN|NNS|JJ)$/.test(coarseTag(next, false)) || isRoleNoun(next.lower.replace(/s$/, ''));
    },
  },
  {
    // "Kvaerner Industrier A/S <KVIO.OL> won": a ticker in angle brackets, or a piece of one, names no one.
    name: 'a ticker or a piece of one',
    example: {
      question: 'who won the deck contract',
      sentence:
        'Moss Rosenberg Verft, a subsidiary of Kvaerner Industrier A/S <KVIO.OL> won the deck contract.',
      ruledOut: 'S <KVIO.OL',
      answer: 'Moss Rosenberg Verft',
    },
    // A company's name in angle brackets ("<Metallverken Ab>", "<Nordbanken>") is a name: only a ticker's
    // shape (capitals and figures, a market after a dot: "BP", "KVIO.OL") is ruled out.
    excludes: ({ sentence, candidate }) =>
      /[<>]/.test(sentence.slice(candidate.start, candidate.end)) ||
      (sentence[candidate.start - 1] === '<' &&
        sentence[candidate.end] === '>' &&
        /^[A-Z0-9]+(?:\.[A-Z]{1,3})?$/.test(sentence.slice(candidate.start, candidate.end))),
  },
];

/**
 * What a figure is of, when the sentence says so right after it ("1.28 mln tonnes of butter" is of
 * butter): the root of the word after "of", past the figure's scale and unit.
 */
function figureOf(tokens: Token[], figure: number): string | null {
  for (let k = figure + 1; k <= figure + 4 && k < tokens.length - 1; k++) {
    if (tokens[k]!.lower === 'of') {
      // "39 pct of all farm real estate loans": past the determiner, to the thing.
      let at = k + 1;
      while (at < tokens.length - 1 && OF_DETERMINER.test(tokens[at]!.lower)) at++;
      return wordRoot(tokens[at]!);
    }
    if (!/^[\p{L}\d.,-]+$/u.test(tokens[k]!.lower) || isFigureAt(tokens, k)) return null;
  }
  return null;
}

/** Words between "of" and the thing a figure is of ("of all loans", "of the total"). */
const OF_DETERMINER = /^(?:all|the|its|their|his|her|total|a|an|this|that|these|those)$/;

/** Whether "to" and a figure ("to 10 pct", "to a high of 5.36 dlrs") follow within `within` words of `from`. */
function levelAfter(tokens: Token[], from: number, within: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + within); k++)
    if (tokens[k]!.lower === 'to')
      for (let f = k + 1; f <= k + 4 && f < tokens.length; f++) {
        if (isFigureAt(tokens, f)) return true;
        if (!/^(?:a|an|the|high|low|record|peak|of|about|around|nearly)$/.test(tokens[f]!.lower)) break;
      }
  return false;
}

/** A measure noun as a sentence names it ("margin", "quota"), a figure's own measure. */
const MEASURE_WORD = new RegExp(`^${MEASURE_NOUN}$`, 'i');

/** Words between a measure and its figure ("margin of error of 4.5", "output stood at 1.2 mln"). */
const MEASURE_TO_FIGURE =
  /^(?:of|is|was|were|are|at|stood|stands|totalled|totaled|error|be|will|would|now|set|put)$/;

/** `measureFigures` by sentence and question: the rule asks for each figure of the sentence. */
const measureFiguresRead = new WeakMap<Token[], WeakMap<QuestionInfo, number[]>>();

/**
 * Where a sentence gives a measure the question names its figure: the figures that follow it within a
 * few linking words ("a margin of error of 4.5 points"). Read once per sentence and question, so that
 * a sentence of many figures costs its length, not its length times its figures.
 */
function measureFigures(question: QuestionInfo, tokens: Token[]): number[] {
  let byQuestion = measureFiguresRead.get(tokens);
  if (!byQuestion) {
    byQuestion = new WeakMap();
    measureFiguresRead.set(tokens, byQuestion);
  }
  let at = byQuestion.get(question);
  if (!at) {
    at = figuresOfMeasures(question, tokens);
    byQuestion.set(question, at);
  }
  return at;
}

/**
 * Whether the year written nearest the words from `from` to `to` (within a few words on either side)
 * is another than the years the question names; false when it names none.
 */
function ofAnotherYear(
  question: QuestionInfo,
  tokens: Token[],
  from: number,
  to: number,
  storyYear: number | null = null,
): boolean {
  const asked = [...question.words.keys()].filter((word) => /^(?:1[89]|20)\d\d$/.test(word));
  // "jardine fleming profit last yr", asked of a story of 1987: 1986.
  if (asked.length === 0 && question.yearsBack !== null && storyYear !== null)
    asked.push(String(storyYear - question.yearsBack));
  if (asked.length === 0) return false;
  let nearest = null as { year: string; distance: number } | null;
  for (let i = Math.max(0, from - 6); i < Math.min(tokens.length, to + 6); i++) {
    if (!isYear(tokens[i]!) || (i >= from && i < to)) continue;
    const distance = i < from ? from - i : i - to + 1;
    // "16.8 billion in 1986 from 11.2 billion in 1985": a year as near after the figure, past "in" or
    // "for", is the figure's own.
    const ownAfter =
      i >= to && distance === nearest?.distance && /^(?:in|for|during)$/.test(tokens[to]!.lower);
    if (!nearest || distance < nearest.distance || ownAfter) nearest = { year: tokens[i]!.text, distance };
  }
  return nearest !== null && !asked.includes(nearest.year);
}

/** The figures the sentence gives the measures the question names, save those of another year than asked. */
function figuresOfMeasures(question: QuestionInfo, tokens: Token[]): number[] {
  const at: number[] = [];
  tokens.forEach((token, k) => {
    if (!MEASURE_WORD.test(token.lower) || !question.words.has(wordRoot(token))) return;
    // "a U.S. jobless rate of 6.7 pct", asked of Japan's: another measure than the one asked.
    if (ofAnotherCountry(question, tokens, k)) return;
    for (let f = k + 1; f <= k + 4 && f < tokens.length; f++) {
      if (isFigureAt(tokens, f)) {
        if (!isYear(tokens[f]!) && !ofAnotherYear(question, tokens, f, f + 1)) at.push(f);
        return;
      }
      if (!MEASURE_TO_FIGURE.test(tokens[f]!.lower)) return;
    }
  });
  return at;
}

/** The root of a word naming money or a share ("how many dollars", "cents per kilo", "how many pct"). */
const MONEY_WORD =
  /^(?:dollar|dlr|cent|ct|pound|stg|sterl|euro|yen|mark|franc|lira|lire|peso|rupe|usd|percent|pct|per|money|fund|cash)/;

/** Whether the question names money or a share ("how long will the 100 mln dlr loan run"). */
function namesMoney(question: QuestionInfo): boolean {
  for (const word of question.words.keys()) if (MONEY_WORD.test(word)) return true;
  return false;
}

/** The unit of a span of time ("three months", "two weeks"). */
const DURATION_UNIT = /^(?:days?|weeks?|months?|years?|quarters?|hours?|minutes?|decades?)$/;

/** The day a story reports from, as it names it. */
const REPORT_DAY = /^(?:today|yesterday|tonight|this (?:morning|afternoon|evening|week))$/;

/** Roots of the verbs and nouns asking how much something changed ("how much did sales rise"). */
const CHANGE_ROOT =
  /^(?:rise|rose|risen|fall|fell|fallen|grow|grew|grown|growth|cut|increas|declin|drop|climb|gain|los|lost|jump|rais|lower|reduc|boost|chang|slip|slid|eas|add|shrank|shrink|plung|soar|surg|tumbl|slump)/;

/** Each sentence's agent of the question's verb, read once per question (`agentOfVerb`). */
const agentsRead = new WeakMap<
  Token[],
  { question: QuestionInfo; agent: { from: number; to: number } | null }
>();

/**
 * The words after the question's verb and "by" in a sentence, up to a comma or 10 words, when a name
 * is among them ("overseen by former U.N. secretary general Kofi Annan"), or the name between "for"
 * and "to" before the verb ("for Fujitsu Ltd to buy"); null otherwise.
 */
function agentOfVerb(question: QuestionInfo, tokens: Token[]): { from: number; to: number } | null {
  const known = agentsRead.get(tokens);
  if (known?.question === question) return known.agent;
  let agent: { from: number; to: number } | null = null;
  for (let k = 0; k + 1 < tokens.length && !agent; k++) {
    if (tokens[k + 1]!.lower !== 'by' || !question.anchorForms.has(wordRoot(tokens[k]!))) continue;
    let end = k + 2;
    while (end < tokens.length && end < k + 12 && /^[\p{L}\d.'’-]/u.test(tokens[end]!.text)) end++;
    if (tokens.slice(k + 2, end).some((token) => /^\p{Lu}/u.test(token.text)))
      agent = { from: k + 2, to: end };
  }
  // "an agreement for Fujitsu Ltd <ITSU.T> to buy 80 pct of Fairchild": the name before "to" and the verb.
  for (let k = 0; k + 3 < tokens.length && !agent; k++) {
    if (tokens[k]!.lower !== 'for') continue;
    let end = k + 1;
    while (end < tokens.length && end < k + 8 && isCapital(tokens[end]!)) end++;
    if (
      end > k + 1 &&
      tokens[end]?.lower === 'to' &&
      question.anchorForms.has(wordRoot(tokens[end + 1] ?? tokens[end]!))
    )
      agent = { from: k + 1, to: end };
  }
  agentsRead.set(tokens, { question, agent });
  return agent;
}

/** Verbs of one figure beating another ("topped a 76 dlr offer by one dlr"). */
const TOPPED =
  /^(?:topped|tops|top|topping|beat|beats|beating|exceeded|exceeds|exceeding|outbid|outbids|surpassed|bettered|trumped)$/;
/** Words of a question asking by how much one figure beat another. */
const MARGIN_ROOT = /^(?:margin|more|higher|above|beat|top|exceed|outbid|surpass)/;

/** A figure of a change (a number, not a year). */
const isChangeFigure = (candidate: Candidate) => candidate.shape.number && !candidate.shape.year;

/** The word before a phrase past "about", "nearly", "some" and the like. */
function afterFillers(tokens: Token[], from: number): number {
  let at = from - 1;
  while (
    at > 0 &&
    /^(?:about|around|nearly|almost|some|roughly|approximately|just|a|an|the|range|of)$/.test(
      tokens[at]!.lower,
    )
  )
    at--;
  return at;
}

const isFigureAt = (tokens: Token[], at: number) =>
  tokens[at] !== undefined && (isNumber(tokens[at]!) || /^[$£€]?\d/.test(tokens[at]!.text));

/** The rules of `KIND_FIT_RULES` that read a question's phrases, in order, once per question. */
export const fitRulesFor = perQuestion((question: QuestionInfo) =>
  KIND_FIT_RULES.filter(
    (rule) => rule.kinds.includes(question.kind) && (!rule.asks || rule.asks(question)),
  ).map((rule) => rule.fits),
);

/** A figure's own words after its number: its scale, currency or unit ("1.5 billion dlrs"). */
const isFigureWord = (token: Token | undefined) =>
  token !== undefined &&
  (isNumber(token) || SCALE.test(token.lower) || CURRENCY.test(token.lower) || UNITS.test(token.lower));

/**
 * How far the chosen phrase reaches, in order: a rule may widen a phrase the ranker cut short to the
 * words the answer needs with it (the first that does decides). Each rule's example is tested.
 */
export const EXTENT_RULES: ReadonlyArray<{
  name: string;
  example: { question: string; sentence: string; phrase: string; answer: string };
  /** The tokens `[from, to)` of the widened phrase, or null when the rule leaves the phrase `[from, to)`. */
  widen: (
    question: QuestionInfo,
    tokens: Token[],
    from: number,
    to: number,
    sentence: string,
  ) => { from: number; to: number } | null;
}> = [
  {
    // "which firestone plants are closing": every name of the list the one chosen is in.
    name: 'the list of names a plural asks for',
    example: {
      question: 'which plants are closing',
      sentence:
        'The company will close its Des Moines, Iowa, Bloomington, Ill., and Oklahoma City tire plants.',
      phrase: 'Bloomington',
      answer: 'Des Moines, Iowa, Bloomington, Ill., and Oklahoma City',
    },
    widen: (question, tokens, from, to, sentence) => {
      if (!question.pluralAsked) return null;
      // A list of names, or of words ("igneous, sedimentary, and metamorphic") when the phrase is no name.
      const capital = isCapital(tokens[from]!);
      const gap = (i: number) => sentence.slice(tokens[i]!.end, tokens[i + 1]!.start);
      const comma = (i: number) => i + 1 < tokens.length && /^\.?,\s+$/.test(gap(i));
      const space = (i: number) => i + 1 < tokens.length && /^\s+$/.test(gap(i));
      const joiner = (i: number) => /^(?:and|or)$/.test(tokens[i]?.lower ?? '');
      const name = (i: number) =>
        tokens[i] !== undefined &&
        !isStopword(tokens[i]!.lower) &&
        (capital ? isCapital(tokens[i]!) : !isNumber(tokens[i]!) && !isCapital(tokens[i]!));
      let start = from;
      let end = to;
      let joined = false;
      let items = 1;
      // Items after: ", Name", ", and Name", " and Name"; a list ends at its "and".
      while (!joined && items < LIST_ITEMS && end < tokens.length) {
        let next = end;
        if (comma(end - 1)) next = joiner(end) && space(end) ? end + 1 : end;
        else if (space(end - 1) && joiner(end) && space(end)) next = end + 1;
        else break;
        if (!name(next)) break;
        joined = next > end;
        end = next + 1;
        while (name(end) && space(end - 1)) end++;
        items++;
      }
      // Items before: "Name, ", "Name and " (then no more "and").
      let sawJoiner = joined;
      while (items < LIST_ITEMS && start > 1) {
        let last = start - 1;
        if (joiner(last) && space(last) && !sawJoiner) {
          sawJoiner = true;
          last--;
          if (!(space(last) || comma(last))) break;
        } else if (!comma(last)) break;
        if (!name(last)) break;
        start = last;
        while (start > 0 && name(start - 1) && space(start - 1)) start--;
        items++;
      }
      return sawJoiner && items >= 2 ? { from: start, to: end } : null;
    },
  },
  {
    // "reuters ipsos poll clinton vs trump": "leads Trump by 43 percent to 38 percent" is both sides' figures.
    name: "both sides' figures of a contest asked",
    example: {
      question: 'clinton vs trump in the latest poll',
      sentence: 'The latest poll shows Clinton leads Trump by 43 percent to 38 percent.',
      phrase: '38 percent',
      answer: '43 percent to 38 percent',
    },
    widen: (question, tokens, from, to) => {
      if (!question.contestAsked || !isNumber(tokens[from]!)) return null;
      // The figure after "to" with its own unit, or the one before it.
      let end = to;
      if (tokens[to]?.lower === 'to' && isFigureAt(tokens, to + 1)) {
        end = to + 2;
        while (end < tokens.length && end < to + 4 && isFigureWord(tokens[end]) && !isNumber(tokens[end]!))
          end++;
        return { from, to: end };
      }
      let start = from - 1;
      if (tokens[start]?.lower !== 'to') return null;
      start--;
      while (start > 0 && isFigureWord(tokens[start]) && !isNumber(tokens[start]!)) start--;
      return isFigureAt(tokens, start) && !isYear(tokens[start]!) ? { from: start, to } : null;
    },
  },
  {
    name: 'the low end of a range with its high end and unit',
    example: {
      question: 'how much does texaco want its bond cut to',
      sentence: 'The filing asks to cut the bond to between one and 1.5 billion dlrs, Jeffers said.',
      phrase: 'one',
      answer: 'one and 1.5 billion dlrs',
    },
    widen: (_question, tokens, from, to) => {
      if (tokens[from - 1]?.lower !== 'between' || tokens[to]?.lower !== 'and') return null;
      // The low end bare ("one") or with its own unit ("between 90 cts and one dlr").
      if (!isNumber(tokens[from]!) || !isNumber(tokens[to + 1] ?? tokens[to]!)) return null;
      for (let k = from + 1; k < to; k++) if (!isFigureWord(tokens[k])) return null;
      let end = to + 1;
      while (isFigureWord(tokens[end])) end++;
      return end > to + 1 ? { from, to: end } : null;
    },
  },
  {
    // "winds of 20 to 35 mph": a range is one figure, the low end with its high end and unit; "from 20 to
    // 35" is a change, whose end is the level.
    name: 'the low end of a range with its high end',
    example: {
      question: 'how strong are the winds',
      sentence: 'Strong winds of 20 to 35 mph were reported across the Plains.',
      phrase: '20',
      answer: '20 to 35 mph',
    },
    widen: (_question, tokens, from, to) => {
      const high = tokens[to + 1];
      if (to - from !== 1 || !isNumber(tokens[from]!) || tokens[to]?.lower !== 'to' || !high) return null;
      if (!isNumber(high) || /^(?:from|by)$/.test(tokens[from - 1]?.lower ?? '')) return null;
      let end = to + 2;
      while (isFigureWord(tokens[end]) || isMeasureUnit(tokens[end]?.lower ?? '')) end++;
      return { from, to: end };
    },
  },
  {
    // "sold at 25 to 100 pct above the official rate": a range is one figure; "from 25 to 100 pct" and
    // "by 25 to 100 pct" are a change, whose end is the level.
    name: 'the high end of a range with its low end',
    example: {
      question: 'how far above the official rate is the parallel dollar',
      sentence: 'The dollar in the parallel market is sold at 25 to 100 pct above the official rate.',
      phrase: '100 pct',
      answer: '25 to 100 pct',
    },
    widen: (_question, tokens, from, to) => {
      const joint = tokens[from - 1]?.lower;
      const low = tokens[from - 2];
      if ((joint !== 'to' && joint !== 'and') || !low || !isFigureAt(tokens, from - 2) || isYear(low))
        return null;
      if (!isFigureAt(tokens, from)) return null;
      const before = tokens[from - 3]?.lower;
      if (joint === 'to' ? before === 'from' || before === 'by' : before !== 'between') return null;
      return { from: joint === 'to' ? from - 2 : from - 3, to };
    },
  },
  {
    // "how many died in the fire": "one worker", the count with the people it counts, which the question
    // does not name.
    name: 'a count of people the question does not name',
    example: {
      question: 'how many died in the fire',
      sentence: 'The fire, in which one worker was killed, started at noon.',
      phrase: 'one',
      answer: 'one worker',
    },
    widen: (question, tokens, from, to) => {
      if (!question.countsUnnamed || !isFigureAt(tokens, to - 1)) return null;
      return PEOPLE_NOUN.test(tokens[to]?.lower ?? '') ? { from, to: to + 1 } : null;
    },
  },
  {
    // "how many of her meetings were with donors": "85 of 154", the part with the whole it is of.
    name: 'a part asked for with the whole it is of',
    example: {
      question: 'how many of her meetings were with donors',
      sentence: 'At least 85 of 154 meetings were with donors.',
      phrase: '85',
      answer: '85 of 154',
    },
    widen: (question, tokens, from, to) => {
      if (!question.partAsked || !isFigureAt(tokens, to - 1) || tokens[to]?.lower !== 'of') return null;
      return isFigureAt(tokens, to + 1) && !isYear(tokens[to + 1]!) ? { from, to: to + 2 } : null;
    },
  },
  {
    // "the Association of Professional Flight Attendants": a body's name holds what it is of; the ranker
    // may cut the body's own noun off when it repeats the question's ("which union").
    name: 'a name with the body it is of',
    example: {
      question: 'which union is the airline fighting',
      sentence: 'The airline is in a dispute with the Association of Professional Flight Attendants.',
      phrase: 'Professional Flight Attendants',
      answer: 'Association of Professional Flight Attendants',
    },
    widen: (question, tokens, from, to) => {
      if (question.kind === 'place' || !/^\p{Lu}/u.test(tokens[from]?.text ?? '')) return null;
      const of = tokens[from - 1]?.lower === 'the' ? from - 2 : from - 1;
      const body = tokens[of - 1];
      if (tokens[of]?.lower !== 'of' || !body || !/^\p{Lu}/u.test(body.text) || !BODY_NOUN.test(body.lower))
        return null;
      let start = of - 1;
      while (
        start > of - 4 &&
        /^\p{Lu}/u.test(tokens[start - 1]?.text ?? '') &&
        !isStopword(tokens[start - 1]!.lower)
      )
        start--;
      return { from: start, to };
    },
  },
  {
    // "2.5 billion dlrs", "20 mln U.S. Dlrs", "1.5 billion Hong Kong dlrs": a figure keeps its currency,
    // named with its country or not.
    name: 'a figure with its currency',
    example: {
      question: 'how much was the damage',
      sentence: 'The fire caused 10 mln Canadian dlrs in damage.',
      phrase: '10 mln',
      answer: '10 mln Canadian dlrs',
    },
    widen: (_question, tokens, from, to) => {
      if (!isFigureAt(tokens, from) || !isFigureWord(tokens[to - 1])) return null;
      if (CURRENCY.test(tokens[to - 1]!.lower)) return null;
      // "2.5 billion dlrs": the currency right after the figure, or past its country.
      if (CURRENCY.test(tokens[to]?.lower ?? '')) return { from, to: to + 1 };
      const country = currencyAdjectiveAt(tokens, to);
      return country > 0 ? { from, to: to + country + 1 } : null;
    },
  },
  {
    // "902,000 bpd", "40,000 troy ounces", "eight per dlr": a measure keeps its unit, unless the question
    // gives it ("how many barrels a day").
    name: 'a figure with its unit of measure',
    example: {
      question: 'uae opec quota',
      sentence: 'The UAE quota assigned by OPEC is 902,000 bpd.',
      phrase: '902,000',
      answer: '902,000 bpd',
    },
    widen: (question, tokens, from, to) => {
      const last = tokens[to - 1];
      if (!isFigureAt(tokens, from) || !last || !(isNumber(last) || BARE_SCALE.test(last.lower))) return null;
      const unit = tokens[to];
      if (!unit) return null;
      // "a fixed rate of eight per dlr": a rate is per the unit it is of.
      const per = tokens[to + 1];
      if (unit.lower === 'per' && per && (CURRENCY.test(per.lower) || isMeasureUnit(per.lower)))
        return question.words.has(wordRoot(per)) ? null : { from, to: to + 2 };
      if (!isMeasureUnit(unit.lower) || question.words.has(wordRoot(unit))) return null;
      // "troy ounces", "square miles", "cubic feet": a unit of two words.
      const second = tokens[to + 1];
      const both = /^(?:troy|square|cubic)$/.test(unit.lower) && second && isMeasureUnit(second.lower);
      if (both && question.words.has(wordRoot(second))) return null;
      return { from, to: both ? to + 2 : to + 1 };
    },
  },
  {
    // "which iraqi brigade was shattered": "604" of "Brigade 604" is the brigade's number; the thing's
    // word before it is part of its name ("Flight 123", "Route 66").
    name: 'a number with the thing asked it numbers',
    example: {
      question: 'which brigade was shattered',
      sentence: 'Remnants of Iraqi Brigade 604 were shattered.',
      phrase: '604',
      answer: 'Brigade 604',
    },
    widen: (question, tokens, from, to) => {
      if (question.thingWords.length === 0 || from === 0 || !isNumber(tokens[from]!)) return null;
      if (to - from !== 1 || !question.thingWords.includes(wordRoot(tokens[from - 1]!))) return null;
      return { from: from - 1, to };
    },
  },
  {
    // "what kind of business is rickels": "a home center business", the kind with the thing it is a kind of.
    name: 'a kind with the thing it is a kind of',
    example: {
      question: 'what kind of business is rickels',
      sentence: 'Rickels, a home center business, has faced problems.',
      phrase: 'home center',
      answer: 'home center business',
    },
    widen: (question, tokens, from, to) => {
      if (question.thing === null || !question.kindOfAsked) return null;
      const next = tokens[to];
      return next && wordRoot(next) === question.thing ? { from, to: to + 1 } : null;
    },
  },
  {
    // "20 dlrs a barrel", "1.20 dlrs per share": a price is for a unit of what it buys.
    name: 'a price with the unit it is for',
    example: {
      question: 'what oil price does he think is reasonable',
      sentence: 'For exploration I think 20 dlrs a barrel would be reasonable, he said.',
      phrase: '20 dlrs',
      answer: '20 dlrs a barrel',
    },
    widen: (question, tokens, from, to) => {
      if (!question.moneyAsked || !CURRENCY.test(tokens[to - 1]?.lower ?? '')) return null;
      const unit = tokens[to + 1]?.lower ?? '';
      if (!/^(?:a|an|per)$/.test(tokens[to]?.lower ?? '') || !UNIT_PRICED.test(unit)) return null;
      // "the rival offer per share": the unit the question gives is not said back.
      return question.words.has(wordRoot(tokens[to + 1]!)) ? null : { from, to: to + 2 };
    },
  },
  {
    // "a 1978 landing accident at Osaka airport": where is the airport, port or station the place names.
    name: 'a place with the site of it asked',
    example: {
      question: 'where was the landing accident',
      sentence: 'The repairs followed a 1978 landing accident at Osaka airport, in western Japan.',
      phrase: 'Osaka',
      answer: 'Osaka airport',
    },
    widen: (question, tokens, from, to) => {
      if (question.kind !== 'place' || !/^\p{Lu}/u.test(tokens[to - 1]?.text ?? '')) return null;
      return SITE_NOUN.test(tokens[to]?.text ?? '') ? { from, to: to + 1 } : null;
    },
  },
  {
    // "announced in Davos, Switzerland": a place with the place it lies in is one place.
    name: 'a place with the place it lies in',
    example: {
      question: 'where were the proposals announced',
      sentence: 'The proposals were announced in Davos, Switzerland, in January.',
      phrase: 'Switzerland',
      answer: 'Davos, Switzerland',
    },
    widen: (question, tokens, from, to) => {
      if (question.kind !== 'place' || !/^\p{Lu}/u.test(tokens[from]?.text ?? '')) return null;
      let start = from;
      while (start > from - 3 && /^\p{Lu}/u.test(tokens[start - 1]?.text ?? '')) start--;
      if (start === from || !PLACE_PREPOSITION.test(tokens[start - 1]?.lower ?? '')) return null;
      return { from: start, to };
    },
  },
  {
    // "across most of western Kansas", "over north central Oklahoma": the part of a place named by its
    // side is where, not the whole place.
    name: 'a place with the side of it named',
    example: {
      question: 'where is the blizzard warning',
      sentence: 'A blizzard warning continued this morning across most of western Kansas.',
      phrase: 'Kansas',
      answer: 'western Kansas',
    },
    widen: (question, tokens, from, to) => {
      if (question.kind !== 'place' || !/^\p{Lu}/u.test(tokens[from]?.text ?? '')) return null;
      let start = from;
      while (start > from - 2 && PLACE_SIDE.test(tokens[start - 1]?.lower ?? '')) start--;
      return start === from ? null : { from: start, to };
    },
  },
];

/** Words naming the side or part of a place, written before it in lower case ("western Kansas", "north central Oklahoma"). */
const PLACE_SIDE =
  /^(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|north-central|south-central|mid-?western|upstate|downstate)$/;

/** Nouns of the people a count counts ("one worker", "40 passengers"). */
const PEOPLE_NOUN =
  /^(?:people|persons?|workers?|employees?|staff|soldiers?|troops|civilians?|passengers?|crew|miners?|children|students?|police(?:men)?|officers?|residents?|men|women|seamen|sailors?|protesters?|demonstrators?|prisoners?|hostages?|pilgrims?|fans?|guests?|villagers|farmers|refugees|victims|families|inhabitants|citizens|voters|members|delegates|adults)$/;

/** A plural that names people by what they do or are ("strikers", "civilians", "tourists", "employees"). */
const PEOPLE_LIKE = /(?:ers|ians|ists|ees|ants|ents)$/;

/** The roots of the words a question counts people by ("how many people", "how many persons"). */
const PEOPLE_COUNTED = /^(?:peopl|person|ppl)$/;

/**
 * Units a measure is given in ("902,000 bpd", "40,000 troy ounces", "35 mph"), by what they measure: "bpd"
 * is barrels, "tons" tonnes; null for those no other unit is compared with. People and things counted are
 * none.
 */
const MEASURE_UNITS: ReadonlyArray<[RegExp, string | null]> = [
  [/^(?:barrels?|bpd)$/, 'barrel'],
  [/^(?:tonnes?|tons?)$/, 'tonne'],
  [/^(?:troy|ounces?|ozs?)$/, 'ounce'],
  [/^(?:miles?|mph)$/, 'mile'],
  [/^(?:km|kph|kilometres?|kilometers?)$/, 'km'],
  [/^(?:feet|ft)$/, 'foot'],
  [/^(?:metres?|meters?)$/, 'metre'],
  [/^(?:acres?|hectares?)$/, 'area'],
  [/^(?:bushels?)$/, 'bushel'],
  [/^(?:gallons?|litres?|liters?)$/, 'volume'],
  [/^(?:lbs|kg|kilos?|kilograms?)$/, 'weight'],
  [/^(?:megawatts?|mw|kilowatts?|kwh)$/, 'power'],
  [/^(?:carats?|degrees?|square|cubic)$/, null],
];

/** Whether a word is a unit of `MEASURE_UNITS`. */
const isMeasureUnit = (lower: string) => MEASURE_UNITS.some(([pattern]) => pattern.test(lower));

/**
 * What a word measures in, as `MEASURE_UNITS` names it, or a percentage, or pounds as a weight (which a
 * figure does not keep as its unit: pounds are money as often), or null.
 */
function unitOf(lower: string): string | null {
  if (/^(?:pct|percent|%)$/.test(lower)) return 'percent';
  if (/^pounds?$/.test(lower)) return 'weight';
  return MEASURE_UNITS.find(([pattern]) => pattern.test(lower))?.[1] ?? null;
}

/** The units a question types ("bpd" of "uae oil output march bpd"), as `unitOf` reads their roots. */
const unitsTyped = perQuestion((question: QuestionInfo) => {
  const units = new Set<string>();
  for (const word of question.words.keys()) {
    const unit = unitOf(word);
    if (unit) units.add(unit);
  }
  return units;
});

/** The end of a span asked: "till when", "when does the tender run out", "when will the dry spell end". */
const SPAN_END_ASKED =
  /\b(?:till|until|til)\s+when\b|\bwhen\b.*\b(?:end|ends|expire|expires|run\s+out|runs\s+out|finish|finishes|be\s+over)\b/i;

/** The start of a span asked: "when does the harvest begin", "when do the new rules start". */
const SPAN_START_ASKED =
  /\bwhen\b.*\b(?:start|starts|begin|begins|commence|commences|take\s+effect|takes\s+effect)\b/i;

/** A kind of a thing asked ("what kind of business", "which type of aircraft"). */
const KIND_ASKED = /\b(?:what|which)\s+(?:kinds?|types?|sorts?)\s+of\b/i;

/** Units a price is quoted for ("dlrs a barrel", "cts per share"). */
const UNIT_PRICED =
  /^(?:barrel|tonne|ton|ounce|share|pound|lb|bushel|gallon|litre|liter|kilo|kg|hour|unit|head|cwt|bag|bale|carat|troy)$/;

/** Sites a place name is written before in lower case ("Osaka airport", "Kharg island terminal"). */
const SITE_NOUN =
  /^(?:airport|port|harbou?r|station|airbase|base|terminal|refinery|plant|mine|smelter|dam|prison|camp|border)$/;

/** The words a place is introduced by ("in Davos, Switzerland"). */
const PLACE_PREPOSITION = /^(?:in|at|near|from|outside|of)$/;

/** The tokens the chosen phrase `[from, to)` spans, once the first rule of `EXTENT_RULES` that widens it has. */
function extentOf(
  question: QuestionInfo,
  tokens: Token[],
  from: number,
  to: number,
  sentence: string,
): { from: number; to: number } {
  for (const rule of EXTENT_RULES) {
    const wider = rule.widen(question, tokens, from, to, sentence);
    if (wider !== null) return wider;
  }
  return { from, to };
}

/**
 * The best answer phrase of a sentence for a question, or null when the sentence offers none: the
 * best of the phrases the first rule of the kind asked for takes (`KIND_FIT_RULES`), the next rule's
 * when the sentence has none of those, and so on; the best of all when no rule takes any. `weights` are
 * the shipped ones unless given (when training on part of the articles).
 */
export function extractFrom(
  question: QuestionInfo,
  sentence: string,
  rank: SentenceRank,
  nameKindOf: (phrase: string) => NameKind | null = () => null,
  weights: PhraseWeights = SHIPPED,
  storyYear: number | null = null,
): Extracted | null {
  const fits = fitRulesFor(question);
  type Scored = { candidate: Candidate; logit: number; features: Features };
  let best: Scored | null = null;
  // The best phrase within quotation marks, for a question asking what someone called something.
  let quoted: Scored | null = null;
  // The best name the sentence gives the thing a "which X" question asks for (`namesThingAsked`).
  let thingNamed: Scored | null = null;
  // The best phrase ruled out by a rule that keeps its mass.
  let repeated: Scored | null = null;
  // The best phrase each rule of the kind takes.
  const bestFitting: Array<Scored | null> = fits.map(() => null);
  const logits: number[] = [];
  const tokens = tokensOf(sentence);
  const ranked = rankFeatures(rank);
  const shipped = weights === SHIPPED && SHIPPED_RANK_FROM >= 0;
  for (const read of candidatesRead(question, sentence, rank)) {
    const { candidate, features } = read;
    // A phrase ruled out is no answer: it takes no share of the sentence's mass either, unless its
    // rule says it still weighs for the sentence (a phrase the question holds is a sign of a match);
    // such a phrase answers only where the sentence has no other. One reading for every rule.
    const reading = { question, sentence, tokens, candidate, storyYear };
    let ruledOut: (typeof EXCLUSION_RULES)[number] | null = null;
    for (let r = 0; r < EXCLUSION_RULES.length && ruledOut === null; r++)
      if (EXCLUSION_RULES[r]!.excludes(reading)) ruledOut = EXCLUSION_RULES[r]!;
    if (ruledOut && !ruledOut.keepsMass) continue;
    const logit = shipped
      ? shippedLogitAt(read, ranked)
      : logitOf({ ...features, ...ranked }, read.conjunctions, weights);
    logits.push(logit);
    if (ruledOut) {
      if (!repeated || logit > repeated.logit) repeated = { candidate, logit, features };
      continue;
    }
    if (!best || logit > best.logit) best = { candidate, logit, features };
    // "what did obama call the test": the words the sentence quotes in a short quote ("called the test
    // "provocative and destabilizing""), the whole of them: the widest phrase within such a quote.
    if (
      question.calledAsked &&
      candidate.shape.quoted &&
      (!quoted || candidate.to - candidate.from > quoted.candidate.to - quoted.candidate.from)
    )
      quoted = { candidate, logit, features };
    const named = fits.length > 0 ? nameKindOf(sentence.slice(candidate.start, candidate.end)) : null;
    const shape = capitalOnlyAsFirst(tokens, candidate, named)
      ? { ...candidate.shape, capital: false }
      : candidate.shape;
    let fitsAny = fits.length === 0;
    for (let r = 0; r < fits.length; r++) {
      const fitting = bestFitting[r];
      if (!fits[r]!(shape, named)) continue;
      fitsAny = true;
      if (!fitting || logit > fitting.logit) bestFitting[r] = { candidate, logit, features };
    }
    // "which dam did officials let water out of": the name the sentence gives the thing asked for
    // ("the Matahina hydro-electric dam", "the province of Camaguey"), of the kind asked.
    if (fitsAny && namesThingAsked(question, tokens, candidate) && (!thingNamed || logit > thingNamed.logit))
      thingNamed = { candidate, logit, features };
  }
  const fitting = bestFitting.find((found) => found !== null) ?? null;
  // A sentence whose every phrase only says back the question ("who said <the quote's words>") still
  // answers with the best of them: what the sentence is (a quote, whose speaker answers) decides.
  const byRanker = fitting ?? best ?? repeated;
  // The thing's name, unless the ranker is much surer of another phrase ("the easiest plant to dispose
  // of would be Fos sur Mer …, while the Port Jerome refinery …").
  const chosen =
    thingNamed && (!byRanker || thingNamed.logit >= byRanker.logit - THING_NAMED_MARGIN)
      ? thingNamed
      : byRanker;
  if (!chosen) return null;
  const { logit, features } = chosen;
  // The quoted words are what was asked of the sentence the ranker believes in: it keeps its belief.
  const candidate = quoted?.candidate ?? chosen.candidate;
  const extent = extentOf(question, tokens, candidate.from, candidate.to, sentence);
  const start = Math.min(candidate.start, tokens[extent.from]?.start ?? candidate.start);
  const end = Math.max(candidate.end, tokens[extent.to - 1]?.end ?? candidate.end);
  return {
    start,
    end,
    text: sentence.slice(start, end),
    score: 1 / (1 + Math.exp(-logit)),
    logit,
    logMass: logSumExp(logits),
    fitsKind: fitting !== null || fits.length === 0,
    roleFit: features.roleAgrees - features.roleDisagrees,
    clauseHeld: features.clauseHeld,
  };
}
