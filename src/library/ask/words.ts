/**
 * Word handling for questions: the engine's one tokenizer, stemmer and stopword list, and the words a
 * question is made of but an answer need not share.
 */
import { STOPWORDS as BASE_STOPWORDS, plainWords, stem } from '../../engine/words.ts';

/**
 * The one stopword list (`engine/words.ts`) and the scaffolding questions are made of ("tell me",
 * "anything", "happened"): never worth matching in a story.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  // "about the US", "in May": in a question these name what is asked about.
  ...[...BASE_STOPWORDS].filter((word) => word !== 'us' && word !== 'may'),
  ...(
    'about above after again against also am because before being below between both could doing done ' +
    'during each either else ever every few further get got having here hers if itself just let much nor ' +
    'now off once own please same too under until upon very while whom whose yet yours tell show give find ' +
    'know saying told many anyone anybody someone something thing things stuff happened happen happening ' +
    'article articles report reports quote quotes latest recent everything whats anything down ours theirs through'
  ).split(/\s+/),
]);

/** A figure's percent sign as stories and people write it: "percent", "per cent", "pct", "%" (a regex source). */
export const PERCENT_SIGN = String.raw`(?:percent|per\s?cent|pct|%)`;

/** A percentage asked for: its sign or "percentage" (a regex source). */
export const PERCENT_WORD = `(?:percentage|${PERCENT_SIGN})`;

/** The stems of a text's content words, in order, stopwords left out. */
export function contentStems(text: string): string[] {
  return plainWords(text)
    .filter((word) => !STOPWORDS.has(word) && word.length > 1)
    .map(stem);
}

/**
 * Nouns that name a measure of something, a figure when asked for ("the ec cereals output ceiling",
 * "taiwans trade surplus with the us") (a regex source).
 */
export const MEASURE_NOUN =
  '(?:octane|level|quota|limit|cap|ceiling|target|score|total|figure|value|cost|yield|ratio|volume|capacity|count|toll|size|spending|' +
  'output|production|consumption|deficit|surplus|salary|wage|fee|fine|tariff|premium|margin|forecast|estimate|tally|turnout|' +
  'majority|odds|stake|rates?|money|funds|funding|compensation|offer|price|earnings|eps|profit|loss|losses|turnover|sales|dividend|coupon|spread|revenue|income|debt|budget|reserves|inflation|unemployment|growth|' +
  'capitali[sz]ation)';

/**
 * Nouns that name a figure when typed bare after what they are of ("withholding tax on japanese
 * t-bills", "herringtons production goal", "johnsons poll numbers"), but not after "what" ("what was
 * the goal of the law") (a regex source).
 */
const BARE_ONLY_MEASURE = '(?:tax|goal|numbers?|charge|writedown|write-down|bid|net|high|low|requirements?)';

/**
 * Nouns that name a figure when typed bare with the period it is of ("taiwan textile exports to the us last
 * yr"), a topic without it ("iran's oil exports") (a regex source).
 */
const PERIOD_ONLY_MEASURE = '(?:exports|imports|shipments)';

/** No question word anywhere (a regex source, for the start of a bare question). */
const NO_QUESTION_WORD = String.raw`^(?!.*\b(?:what|which|who|whom|whose|when|where|why|how)\b)`;

/** A typed word of a bare question (a regex source). */
const TYPED_WORD = String.raw`[\p{L}\d][\p{L}\d&.'’/-]*`;

/**
 * The period a measure is of, typed after it, ending in a year or "now": "end of 1986", "yr to june 86", "last
 * yr", "mexico reserves now"; with it, one word before the measure names whose it is ("mobil debt due in 88").
 */
const PERIOD_TYPED = String.raw`(?:\s+${TYPED_WORD}){0,4}\s+(?:\d{4}|\d{2}(?:/\d{2})?|(?:last|this|next|previous)\s+(?:yr|year|qtr|quarter)|now|currently|today)`;

/**
 * A measure of something named, typed with no question word: two words or more before the measure
 * noun, perhaps with whose it is after ("avg domestic crude price shell"), or one and what it is of
 * ("statoils share in veslefrikk"; a poll's "clintons lead in the nbc poll", "trump support among
 * black voters"); "oil price" alone is a topic.
 */
export const BARE_MEASURE = new RegExp(
  String.raw`${NO_QUESTION_WORD}(?:(?:${TYPED_WORD}\s+){2,5}(?:${MEASURE_NOUN}|${BARE_ONLY_MEASURE})(?:\s+${TYPED_WORD}){0,2}|(?:${TYPED_WORD}\s+){1,5}(?:${MEASURE_NOUN}|${BARE_ONLY_MEASURE}|${PERIOD_ONLY_MEASURE})${PERIOD_TYPED}|(?:${TYPED_WORD}\s+){1,5}(?:(?:${MEASURE_NOUN}|${BARE_ONLY_MEASURE}|share)\s+(?:of|in|with|for|at|among|from|on|to|between|per)|(?:lead|support)\s+(?:in|among|over))(?:\s+${TYPED_WORD}){1,9}|(?:${MEASURE_NOUN}|share|${PERCENT_WORD})\s+(?:of|on|for|against|in)(?:\s+${TYPED_WORD}){1,9})[\s?]*$`,
  'iu',
);

/** Nouns of a role someone holds (a regex source). */
const ROLE_NOUN =
  '(?:minister|president|prime\\s+minister|premier|chancellor|chairman|chairwoman|chairperson|chair|ceo|chief(?:\\s+(?:executive|financial|operating)(?:\\s+officer)?)?|head|leader|secretary|spokesman|spokeswoman|spokesperson|governor|mayor|director|ambassador|envoy|commissioner|representative|boss|founder|owner|treasurer|strategist|manager|coach)';

/**
 * A role typed with no question word, after whose it is: "tanzanian transport minister", "uft
 * president": who holds it, a person (two words or more; "the minister" alone is a topic).
 */
export const BARE_ROLE = new RegExp(
  String.raw`${NO_QUESTION_WORD}(?:the\s+)?(?!the\s)(?:${TYPED_WORD}\s+){1,4}${ROLE_NOUN}[\s?]*$`,
  'iu',
);

/** A currency, as quoted against another (a regex source). */
const CURRENCY_NOUN =
  '(?:dollars?|yen|marks?|sterling|pounds?|francs?|lire|lira|guilders?|ecus?|yuan|rupees?|pesos?|roubles?|rubles?|euros?)';

/**
 * One currency against another, typed with no question word: "dollar yen in early asian trade",
 * "sterling against the mark": where the rate stands, a figure.
 */
export const BARE_RATE = new RegExp(
  String.raw`${NO_QUESTION_WORD}(?:(?:the|a|${TYPED_WORD})\s+){0,2}${CURRENCY_NOUN}(?:\s*[/-]\s*|\s+(?:against|vs\.?|versus|to|on)\s+(?:the\s+)?|\s+)${CURRENCY_NOUN}(?:\s+${TYPED_WORD}){0,6}[\s?]*$`,
  'iu',
);

/**
 * Two sides of a contest, typed with no question word: "clinton vs trump in the wapo abc poll": the
 * figures of each (a poll, a vote, a score).
 */
export const BARE_CONTEST = new RegExp(
  String.raw`${NO_QUESTION_WORD}(?:${TYPED_WORD}\s+){0,4}${TYPED_WORD}\s+(?:vs\.?|versus|v\.?)(?:\s+${TYPED_WORD}){1,4}(?:\s+(?:in|among|with|at|on)(?:\s+${TYPED_WORD}){1,6})?[\s?]*$`,
  'iu',
);

/**
 * The date set for something, typed with no question word: "record date for the att redemption", or
 * the date last ("vogtle unit 2 new completion date").
 */
export const BARE_DATE = new RegExp(
  String.raw`${NO_QUESTION_WORD}(?:(?:${TYPED_WORD}\s+){0,3}(?:date|day|deadline)\s+(?:for|of)(?:\s+${TYPED_WORD}){1,8}|(?:${TYPED_WORD}\s+){1,6}(?<!\bto\s)(?:date|deadline))[\s?]*$`,
  'iu',
);

/** What is quoted at a price or level on a market (a regex source). */
const MARKET_NOUN =
  '(?:stocks?|shares?|index|indexes|composite|crude|oil|gold|silver|copper|dollar|yen|mark|sterling|currency|bonds?|futures|contracts?|rates?|prices?|yields?|dow|nasdaq|nikkei|ftse)';

/**
 * "where did amex stock close", "where are uk base rates now": where a price, rate or index stands is a
 * figure, not a place.
 */
export const WHERE_A_FIGURE_STANDS = new RegExp(
  String.raw`^where\s+(?:did|does|do|will|would|is|are|was|were|has|have|had)\s+(?:[\p{L}\d&.'’-]+\s+){0,5}?${MARKET_NOUN}\s+(?:(?:close|closed|closing|end|ended|ending|finish|finished|settle|settled|settling|stand|stood|standing|trade|traded|trading|open|opened|peak|peaked|hover|hovered|hovering|head|headed|heading|stabili[sz]e|stabili[sz]ing)(?:\s+(?:at|on|now|today|yesterday|monday|tuesday|wednesday|thursday|friday|last|week|month)){0,2}|now|today)[\s?]*$`,
  'iu',
);
