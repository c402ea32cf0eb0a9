/**
 * Reads a free question into an intent and its parts (speaker, topic, date phrase, place, story
 * reference), by patterns over the words people use. Needs no story set: whether a place or a
 * speaker exists is decided later, against the snapshot.
 */
import { genderOfWord, isRoleNoun, isTitle } from '../../engine/people.ts';
import { plainWords } from '../../engine/words.ts';
import type { AskIntent } from '../results.ts';
import { findDatePhrase } from './datePhrase.ts';
import {
  BARE_CONTEST,
  BARE_DATE,
  BARE_MEASURE,
  BARE_RATE,
  BARE_ROLE,
  contentStems,
  PERCENT_WORD,
  STOPWORDS,
  WHERE_A_FIGURE_STANDS,
} from './words.ts';

/** What kind of fact a question asks for; it steers which sentences can answer it. */
export type FactKind =
  | 'who-is'
  | 'where-is'
  | 'amount'
  | 'when'
  | 'who'
  | 'where'
  | 'why'
  | 'how'
  | 'what'
  | 'yes-no';

export interface ParsedQuestion {
  intent: AskIntent;
  /** The question without bot mentions, politeness and surrounding white space. */
  text: string;
  /** Who is asked about (quotes): as typed, titles removed. */
  speaker: string | null;
  /** What the quotes should be about. */
  about: string | null;
  /** Quoted words to find ("who said 'serious threat'?"). */
  phrase: string | null;
  /** The date phrase as written ("March 3 1987", "last week"), for the library's date parser. */
  date: string | null;
  place: string | null;
  /** `place` is a guess: a few words before "stories" ("Sydney stories"), a place only if the set knows it. */
  placeGuessed: boolean;
  topic: string | null;
  /** A story id or the words naming a story (summary). */
  story: string | null;
  factKind: FactKind | null;
  /** The person or place a "who is" / "where is" question names. */
  subject: string | null;
  /** A greeting or a question about the bot itself. */
  smallTalk: boolean;
  /** `phrase` is a topic the quotes should be about ("what was said about Iran"), not words to match. */
  phraseIsTopic: boolean;
  /** Quotes a conversation has already shown, left out of a speaker's quotes ("what else did she say?"). */
  exclude?: string[];
  /**
   * The words of a question typed with no question form and no word asking for stories ("china sugar
   * crop 86/87"), place and date words included: the fact they name may be what is asked.
   */
  bare?: string;
  /**
   * Words typed bare that name a figure, a date or who holds a role ("fiji sugar crop forecast 1987"),
   * asked as a fact: the best phrase of that kind from a story naming what they name answers them even
   * where the answerability model is unsure, rather than a list of stories (`answerBySentence`).
   */
  kindTypedBare?: boolean;
  /**
   * A few words with no question form read as a fact ("dollar yen in early asian trade"): answered as
   * a list of stories, as other such words are, when no sentence answers them surely.
   */
  listIfUnknown?: boolean;
}

const SAY_VERBS =
  'say|said|says|saying|tell|told|telling|think|thinks|thought|comment|commented|claim|claimed|state|stated|' +
  'announce|announced|tweet|tweeted|write|wrote|argue|argued|warn|warned|mention|mentioned|talk|talked|' +
  'speak|spoke|react|reacted|respond|responded|reply|replied|have to say|had to say|declare|declared';

/** A verb of saying in any form, or the "have" of "have to say". */
const SAYING = new RegExp(
  `^(?:${SAY_VERBS}|saying|stating|thinking|writing|written|spoken|been|have|had|got)$`,
  'i',
);

const QUOTE_NOUNS = 'quotes?|quotations?|statements?|remarks?|comments?|sayings|words';

const TITLES =
  /^(?:(?:u\.?s\.?|us|former|then|the|french|iranian|american|british|state department)\s+)*(?:president|vice president|secretary of state|secretary|minister|prime minister|foreign minister|spokeswoman|spokesman|spokesperson|senator|sen\.?|rep\.?|representative|gov\.?|governor|mayor|ayatollah|supreme leader|chairman|chief executive(?: officer)?|chief financial officer|chief operating officer|chief|ceo|director|mr\.?|mrs\.?|ms\.?|dr\.?|sir|general|gen\.?|candidate|nominee)\s+/i;

/** Leading politeness and the bot's name: "@newsbot can you tell me …". */
function cleanQuestion(question: string): string {
  let text = question
    // Full-width letters and other compatibility forms read as plain ones ("ＴＯＫＹＯ").
    .normalize('NFKC')
    .replace(/<@[!&]?\d+>/g, ' ')
    .replace(/@newsbot\b/gi, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
  // Chat shorthand and common slips of the question words: "wat did", "u", "pls", "abt".
  text = text
    .replace(/\b(?:wat|wht|whta|waht)\b/gi, 'what')
    .replace(/\b(?:whats|wats|wots)\b/gi, "what's")
    .replace(/\b(?:hw|hwo|hpw)\b/gi, 'how')
    .replace(/\b(?:whn|wehn)\b/gi, 'when')
    .replace(/\b(?:whr|wher|whre)\b/gi, 'where')
    .replace(/\b(?:wich|whcih|whihc)\b/gi, 'which')
    // A negation typed without its apostrophe ("isnt", "wont") is read as stories write it in full ("is
    // not"): the index keeps "isnt" as a word, which "does not mean the gas bubble is gone" never holds.
    .replace(/\b(is|are|was|were|does|do|did|has|have|had|could|would|should|must|need)nt\b/gi, '$1 not')
    .replace(/\bwont\b/gi, 'will not')
    .replace(/\bcant\b/gi, 'cannot')
    // "how big r butter stocks", "this yr", "britain n germany".
    .replace(/(?<=^|\s)r(?=\s)/g, 'are')
    .replace(/(?<=\S\s)n(?=\s\S)/g, 'and')
    // "surplus w the us", "talks w/ iran": "with" before an article or a possessive ("george w bush" keeps it).
    .replace(/(?<=\S\s)w\/?(?=\s+(?:the|a|an|his|her|its|their|our)\b)|(?<=\S\s)w\/(?=\s)/gi, 'with')
    .replace(/\byrs?\b/g, (typed) => (typed === 'yrs' ? 'years' : 'year'))
    .replace(/\b(who|where|how|when)s\b/gi, "$1's")
    .replace(/\babt\b/gi, 'about')
    // A year typed with two digits at the end of a phrase: "in 86" is 1986, "since '15" 2015.
    .replace(
      /\b(in|since|during|by|of|for|from|until|till|before|after|end|mid|late|early)\s+'?(\d\d)(?=\s*$|\s*[?,.!]|\s+(?:and|or|to|vs)\b)/gi,
      (whole, word: string, digits: string) =>
        Number(digits) >= 50 ? `${word} 19${digits}` : Number(digits) < 30 ? `${word} 20${digits}` : whole,
    )
    // A span of years typed short, "1977-82", as stories write it: "1977-1982" (read as both years).
    .replace(/\b(1[89]|20)(\d\d)-(\d\d)\b/g, (whole, century: string, from: string, to: string) =>
      Number(to) > Number(from) ? `${century}${from}-${century}${to}` : whole,
    )
    // "how many ppl", "mellon q1 loss", "4th qtr": as stories write them.
    .replace(/\bppl\b/gi, 'people')
    .replace(
      /\bq([1-4])\b(?!\s+(?:of\s+)?'?\d)/gi,
      (_typed, n: string) => `${['first', 'second', 'third', 'fourth'][Number(n) - 1]} quarter`,
    )
    .replace(/\bqtrs?\b\.?/gi, (typed) => (/s\.?$/i.test(typed) ? 'quarters' : 'quarter'))
    // Abbreviations stories spell out: "the state dept", "the govt".
    .replace(/\bdept\b\.?/gi, 'department')
    .replace(/\bgovt\b\.?/gi, 'government')
    // Titles and words typed short that stories write in full: "jefferies new ceo", "intl paper".
    .replace(/\bceo\b/gi, 'chief executive')
    .replace(/\bcfo\b/gi, 'chief financial officer')
    .replace(/\bcoo\b/gi, 'chief operating officer')
    .replace(/\bvp\b/gi, 'vice president')
    .replace(/\bexec\b\.?/gi, 'executive')
    .replace(/\bmgmt\b\.?/gi, 'management')
    .replace(/\bintl\b\.?/gi, 'international')
    .replace(/\bnatl\b\.?/gi, 'national')
    // "paris market cap": the market's capitalisation, as stories write it.
    .replace(/\b(market|mkt)\s+cap\b\.?/gi, 'market capitalisation')
    // "yugoslav pm", "the french prez": titles typed short ("3 pm" is a time).
    .replace(/(?<!\d\s?)\bpm\b\.?/gi, 'prime minister')
    .replace(/\bprez\b\.?/gi, 'president')
    // "the us trade rep" is the trade representative, never a person named Rep.
    .replace(/\brep\b\.?/gi, 'representative')
    .replace(/\b(?:u)\b(?=\s+(?:summari[sz]e|tell|show|give|find|list|sum)\b)/gi, 'you')
    // "us" typed in a question names the country ("the us", "us trade"), read as stories write it,
    // unless it is the object of a verb asking something for the asker ("tell us", "show us").
    .replace(/(?<!\b(?:tell|show|give|let|help|send|remind|teach|get)\s+)\bus\b/g, 'US')
    .replace(/(?:^|\s)(?:please|pls|plz|thx|thanks|thank you)(?=[\s?!.,]|$)/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (let i = 0; i < 4; i++) {
    const before = text;
    text = text
      .replace(/^(?:hey|hi|hello|ok|okay|so|newsbot)\b[,!:]?\s*/i, '')
      .replace(/^(?:please|pls|plz)\s+/i, '')
      .replace(/^(?:can|could|would|will) you(?: please)?\s+/i, '')
      .replace(/^(?:i (?:want|need|would like|'d like) to know|i wonder|do you know)\s+/i, '')
      .replace(/^(?:show|tell|give|find|get|fetch|list)(?: me| us)?\s+(?=\S)/i, '');
    if (text === before) break;
  }
  return text.replace(/[\s?!.]+$/, '').trim();
}

/** Removes titles and articles from a typed name: "President Hollande" → "Hollande". */
function cleanName(name: string): string {
  let cleaned = name.trim().replace(/^["']|["']$/g, '');
  cleaned = cleaned.replace(/'s$/i, '').replace(/[,;:]+$/, '');
  const untitled = cleaned.replace(TITLES, '');
  // "President Reagan" is Reagan; "the president of france" is a role and what it is of.
  if (untitled.trim() && !/^of\s/i.test(untitled)) cleaned = untitled;
  return cleaned.replace(/^the\s+/i, '').trim();
}

/**
 * Strips leading prepositions and articles and the words that only say "a story": "about the X story".
 * `said`: the topic of what someone said, where "the tower report" is a report they spoke of.
 */
function cleanTopic(text: string, said = false): string | null {
  let topic = text
    .trim()
    .replace(/^(?:anything|something)\s+/i, '')
    .replace(/^(?:about|on|regarding|concerning|re|involving|mentioning|of|for|with|over|to|in)\s+/i, '')
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(
      /^(?:stories|story|news|articles?|reports?|piece)\s+(?:about|on|of|regarding|from)\s+(?:the\s+)?/i,
      '',
    )
    .replace(
      said
        ? /\s+(?:stories|story|news|articles?|piece)$/i
        : /\s+(?:stories|story|news|articles?|reports?|piece)$/i,
      '',
    )
    .replace(/[\s,;:?!.]+$/, '')
    .trim();
  if (!topic || contentStems(topic).length === 0) return null;
  topic = topic.replace(/\s+/g, ' ');
  return topic;
}

/** A place introduced by "from/in/at": capitalised words, or for all-lower-case questions the words up to a topic marker. */
function splitPlace(text: string): { place: string | null; rest: string } {
  const capital =
    /\b(?:from|in|at|out of|near|around|inside|datelined)\s+(?:the\s+)?((?:[A-Z][\p{L}.'-]*)(?:\s+(?:(?:of|de|la|del|du|el)\s+)?[A-Z][\p{L}.'-]*)*)/u.exec(
      text,
    );
  if (capital) {
    return {
      place: capital[1]!,
      rest: `${text.slice(0, capital.index)} ${text.slice(capital.index + capital[0].length)}`,
    };
  }
  if (text === text.toLowerCase()) {
    const lower =
      /\b(?:from|in|at|out of|datelined)\s+(?:the\s+)?([\p{L}][\p{L}.'-]*(?:\s+[\p{L}][\p{L}.'-]*){0,2}?)(?=\s+(?:about|on|regarding|concerning|with|and|during|over)\b|$)/u.exec(
        text,
      );
    if (lower && !STOPWORDS.has(lower[1]!.split(' ')[0]!)) {
      return {
        place: lower[1]!,
        rest: `${text.slice(0, lower.index)} ${text.slice(lower.index + lower[0].length)}`,
      };
    }
  }
  return { place: null, rest: text };
}

/** Words that name a topic after "about/on/regarding", up to a place marker. */
function topicAfterMarker(text: string): string | null {
  const match =
    /\b(?:about|regarding|concerning|involving|mentioning|mentions?|naming|featuring|covering|on the subject of)\s+(.+?)(?=\s+(?:from|in|at)\s|$)/i.exec(
      text,
    );
  return match ? cleanTopic(match[1]!) : null;
}

/** A story id as the loader makes them: a file name with digits and an underscore or dash. */
const STORY_ID = /\b(?=[\w-]*\d)[\w-]+(?:_[\w-]+|-\d+)\b/;

const SUMMARY =
  /\b(?:summari[sz]e|summary|summarise|sum up|sum-up|tl;?\s?dr|gist|recap|synopsis|brief me|digest|main points)\b|^what(?:'s| is| was) the (?:story|article|report) (?:on|about|behind|with|of)\b|^about (?:the|that) .+\b(?:story|article|report)$|^what(?:'s| is| was) (?:the|that) .+\b(?:story|article|report) about$/i;
const STORIES =
  /\b(?:stories|story|news|articles?|reports?|headlines?|coverage|dispatch(?:es)?|what(?:'s| is| was)? new|what(?:'s| is| was| has)?(?: been)? (?:happened|happens|happening|went on|going on)|anything (?:from|in|about|on|happen)|(?:was|were|got|been|is) reported|(?:came|come|coming) out of|stuff (?:from|out of|in))\b/i;
const QUESTION_START =
  /^(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)\b/i;

/**
 * Questions that ask for a fact even though they hold a word of story lists ("news", "report",
 * "headline", "what's new"), in order; each rule's example is tested.
 */
export const FACT_FIRST_RULES: ReadonlyArray<{ name: string; example: string; pattern: RegExp }> = [
  {
    name: 'question word first',
    example: 'how much did the report say exports rose?',
    pattern:
      /^(?!.*\bwhat (?:happened|is happening)\b)[\s,;:]*(?:how|by how|why|when|who|whom|whose|where)\b/i,
  },
  {
    // "What New Orleans stadium was considered…", "at which Super Bowl did Beyonce headline…": a thing
    // of some kind, then a verb — unless the thing is stories ("which reports were about Iran").
    name: 'which thing',
    example: 'What New Orleans stadium was considered for Super Bowl 50?',
    pattern:
      /^[\s,;:]*(?:(?:at|in|on|for|from|of|to|by|during) )?(?:what|which) (?!(?:[\p{L}'-]+ ){0,3}?(?:stories|story|news|articles?|reports?|headlines?|coverage|dispatch(?:es)?)\b)(?:[\p{L}\d'.-]+ ){1,5}?(?:was|were|is|are|did|does|do|has|have|had|can|could|will|would)\b/iu,
  },
  {
    // "which dealer put out the april cocoa report": "which" before a thing other than stories asks
    // which one, whatever verb follows.
    name: 'which thing, any verb',
    example: 'which dealer put out the april cocoa report',
    pattern:
      /^[\s,;:]*(?:(?:at|in|on|for|from|of|to|by|during) )?which (?!(?:[\p{L}'-]+ ){0,3}?(?:stories|story|news|articles?|reports?|headlines?|coverage|dispatch(?:es)?)\b)[\p{L}\d'.-]+ /iu,
  },
  {
    // What happens when or if something else does is a fact; what happened in a place, on a day or
    // to a commodity is a list of stories.
    name: 'what happens when or if',
    example: 'what happens when starch grains grow too large?',
    pattern:
      /\bwhat (?:happens|happened|will happen|would happen|has happened) (?:when|if|as|after|once|because)\b/i,
  },
];

/** Questions shaped like quote questions that ask for a fact, in order; each rule's example is tested. */
export const NOT_QUOTES_RULES: ReadonlyArray<{ name: string; example: string; pattern: RegExp }> = [
  {
    // Who speaks for someone is a person (a spokesperson), not what they said.
    name: 'speaks for someone',
    example: 'who spoke for the state dept',
    pattern: /^who\s+(?:spoke|speaks|speaking|talked|talks)\s+(?:for|on behalf of)\b/i,
  },
  {
    // How many of a group said something is a figure a poll or survey gives, not a quote.
    name: 'a share or count of those who said',
    example: 'what pct of voters said the debate changed their mind',
    // The group is a word or three, none an auxiliary ("how many times did trump say" asks for quotes).
    pattern:
      /^(?:what|how\s+(?:many|much)|which)\b.*?\b(?:pct|percent|per\s+cent|percentage|share|proportion|majority|minority|number|fraction|half|third|quarter|many)\s+(?:of\s+)?(?:the\s+|all\s+)?(?:(?!(?:did|does|do|has|have|had|will|would|is|was|are|were)\b)[\p{L}-]+\s+){1,3}?(?:said|say|says|told|think|thought|believe|believed|felt|feel)\b/iu,
  },
];

/** What a quote pattern took for the speaker and the words around it. */
interface SpeakerMatch {
  /** The speaker as typed. */
  typed: string;
  /** The word before the speaker when it is an auxiliary ("did", "has", "was"), else null. */
  auxiliary: string | null;
  /** The first word after the speaker: the verb of saying. */
  verb: string;
}

const AUXILIARIES = /^(?:did|does|do|will|would|has|have|had|is|was|were|are)$/i;
const IRREGULAR_PAST = /^(?:said|told|thought|wrote|written|spoke|spoken|had|got|been)$/i;
const DETERMINERS = /(?:^|\s)(?:the|a|an|this|that|its|his|her|their|our|my|your|whose|[\p{L}-]+'s)$/iu;
const CLAUSE_WORDS = /\b(?:that|which|who|whom|what|when|where|because|if|an?|is|are|was|were|to)\b/;

/** "did X say" takes the base form, "has X said" the past, "is X saying" the -ing form. */
function agrees(auxiliary: string, verb: string): boolean {
  const form = /ing$/i.test(verb) ? 'ing' : IRREGULAR_PAST.test(verb) || /ed$/i.test(verb) ? 'past' : 'base';
  const wanted = /^(?:has|have|had)$/i.test(auxiliary)
    ? 'past'
    : /^(?:is|was|were|are)$/i.test(auxiliary)
      ? 'ing'
      : 'base';
  return form === wanted;
}

/**
 * Why a quote pattern's match names no speaker, in order; each rule's example is read as no quotes
 * question.
 */
export const NOT_A_SPEAKER_RULES: ReadonlyArray<{
  name: string;
  example: string;
  test: (match: SpeakerMatch) => boolean;
}> = [
  {
    // "state" after "was" is a noun: a verb of saying would be "stating".
    name: 'verb form the auxiliary does not take',
    example: "What was the Yuan's unofficial state religion?",
    test: ({ auxiliary, verb }) => auxiliary !== null && SAYING.test(verb) && !agrees(auxiliary, verb),
  },
  {
    name: 'a noun after a determiner',
    example: "What did the civil war leave the state of Afghanistan's economy in?",
    test: ({ typed }) => DETERMINERS.test(typed),
  },
  {
    // Names hold no words that join clauses ("Organization of the Petroleum …" holds only particles).
    name: 'a clause, not a name',
    example: "Le grand concludes that an author's words offer only what was intended?",
    test: ({ typed }) => CLAUSE_WORDS.test(typed.split(/\s+/).slice(1).join(' ')),
  },
];

/** Greetings and questions about the bot itself: answered with what it can do, not with a search. */
const SMALL_TALK =
  /^(?:hi|hello|hey|yo|thanks|thank you|ok|okay|good (?:morning|evening|night)|how are you|who are you|what are you|what can you do|help|tell me a joke|are you (?:there|a bot))\b[\s!?.,]*(?:newsbot)?[\s!?.]*$/i;

function empty(text: string): ParsedQuestion {
  return {
    intent: 'unknown',
    text,
    speaker: null,
    about: null,
    phrase: null,
    date: null,
    place: null,
    placeGuessed: false,
    topic: null,
    story: null,
    factKind: null,
    subject: null,
    smallTalk: false,
    phraseIsTopic: false,
  };
}

/** Reads a question. Never throws; a question with no words worth searching is `unknown`. */
export function parseQuestion(question: string, now: Date = new Date()): ParsedQuestion {
  const raw = typeof question === 'string' ? question : '';
  const text = cleanQuestion(raw);
  const parsed = empty(text);
  if (SMALL_TALK.test(raw.replace(/<@[!&]?\d+>|@newsbot\b/gi, '').trim()))
    return { ...parsed, smallTalk: true };
  if (!text || plainWords(text).length === 0) return parsed;

  // Quoted words are kept apart so that nothing inside them is read as a date, place or name.
  let work = text;
  const quoted = /(?:^|[\s(:])["']([^"]{2,}?)["'](?=[\s?.!,;:)]|$)/.exec(work) ?? /"([^"]{2,})"/.exec(work);
  if (quoted) {
    parsed.phrase = quoted[1]!.trim();
    const at = work.indexOf(quoted[1]!, quoted.index);
    work = `${work.slice(0, at - 1)} QUOTED ${work.slice(at + quoted[1]!.length + 1)}`;
  }

  if (SUMMARY.test(work)) return parseSummary(parsed, work);

  const asTyped = work;
  const date = findDatePhrase(work, now);
  if (date) {
    parsed.date = date.text;
    work = `${work.slice(0, date.start)} ${work.slice(date.end)}`.replace(/\s+/g, ' ').trim();
  }

  if (parseQuotes(parsed, work)) return parsed;
  if (STORIES.test(work) && !FACT_FIRST_RULES.some((rule) => rule.pattern.test(work)))
    return parseStories(parsed, work);
  // "what will french inflation be this year": a fact's "this year", "last month", "in june" is the
  // story's, not today's: a date phrase with no figure in it is read against the day it is written, so
  // it sets no range and its words are left for the sentence to hold.
  if (parsed.date && !/\d/.test(parsed.date)) {
    const relative = parseFact({ ...parsed, date: null }, asTyped);
    if (relative.intent === 'fact') return relative;
  }
  return parseFact(parsed, work);
}

function parseSummary(parsed: ParsedQuestion, work: string): ParsedQuestion {
  parsed.intent = 'summary';
  const id = STORY_ID.exec(work);
  if (id) {
    parsed.story = id[0];
    return parsed;
  }
  const after = work.split(SUMMARY).slice(1).join(' ');
  const ref = cleanTopic(
    (after.trim() ? after : work.replace(SUMMARY, ' '))
      .replace(/^\s*(?:me|us|up)\b/i, '')
      .replace(/^\s*(?:of|on|about|for)\b/i, '')
      .replace(/\b(?:please|for me)\b/gi, ' ')
      .replace(/\bQUOTED\b/, parsed.phrase ?? ''),
  );
  // "about the Bahia cocoa story", "what is the Iran coalition story about": the words around "story".
  parsed.story =
    ref ??
    cleanTopic(
      work
        .replace(/^(?:about|what(?:'s| is| was))\s+(?:the|that)\s+/i, '')
        .replace(/\s+about$/i, '')
        .replace(new RegExp(SUMMARY.source.split('|^')[0]!, 'gi'), ' ')
        .replace(/\bQUOTED\b/, parsed.phrase ?? ''),
    );
  return parsed;
}

/** Quotes questions: "what did X say about Y", "did X say anything about Y", "quotes from X", "who said 'Z'". */
function parseQuotes(parsed: ParsedQuestion, work: string): boolean {
  if (NOT_QUOTES_RULES.some((rule) => rule.pattern.test(work))) return false;
  const whoSaid = new RegExp(
    `^(?:who|which (?:\\w+ )?(?:person|official|leader|people|politician)s?)\\s+(?:has |had |have )?(?:${SAY_VERBS}|called|described|used)\\b(.*)$`,
    'i',
  ).exec(work);
  if (whoSaid) {
    parsed.intent = 'quotes';
    if (!parsed.phrase) {
      // "who said anything about Iran?": the topic's words are what the quotes must hold.
      const topic = /^\s*(?:(?:anything|something)\s+)?(?:about|on|regarding|concerning)\s+(.+)$/i.exec(
        whoSaid[1]!,
      );
      const rest = whoSaid[1]!.replace(/^\s*(?:that|this|it|the words?|the phrase)\b/i, '').trim();
      parsed.phrase = topic ? cleanTopic(topic[1]!) : rest ? rest : null;
      parsed.phraseIsTopic = topic !== null;
    }
    if (!parsed.phrase) parsed.intent = 'unknown';
    return true;
  }

  const patterns: Array<{ re: RegExp; speaker: number; rest: number }> = [
    {
      re: new RegExp(
        `\\bwhat\\s+(?:did|does|do|has|have|had|is|was|were|will|would)\\s+(.+?)\\s+(?:(?:got|have|had|has) to say|(?:been\\s+)?(?:${SAY_VERBS}))\\b(.*)$`,
        'i',
      ),
      speaker: 1,
      rest: 2,
    },
    {
      re: new RegExp(
        `^(?:did|has|have|had|does|do|is|was)\\s+(.+?)\\s+(?:ever\\s+)?(?:${SAY_VERBS})\\b(?:\\s+(?:anything|something))?(.*)$`,
        'i',
      ),
      speaker: 1,
      rest: 2,
    },
    {
      re: new RegExp(
        `\\b(?:${QUOTE_NOUNS})\\s+(?:from|by|of|attributed to)\\s+(.+?)(\\s+(?:about|on|regarding|concerning)\\s.*)?$`,
        'i',
      ),
      speaker: 1,
      rest: 2,
    },
    {
      re: new RegExp(`^(.+?)'s\\s+(?:${QUOTE_NOUNS})\\b(.*)$`, 'i'),
      speaker: 1,
      rest: 2,
    },
    {
      re: /^(?:what|everything|anything)\s+(.+?)\s+(?:has |had )?(?:said|says|told|stated|tweeted|wrote)\b(.*)$/i,
      speaker: 1,
      rest: 2,
    },
    {
      re: /^(?:how did|how does|how has)\s+(.+?)\s+(?:react|respond|reply|comment)\w*\b(.*)$/i,
      speaker: 1,
      rest: 2,
    },
    {
      re: /^(?:quote|quotes)\s+(?!about\b)(.+?)(\s+(?:about|on|regarding|concerning)\s.*)?$/i,
      speaker: 1,
      rest: 2,
    },
    {
      re: new RegExp(`^([A-Z][\\p{L}.'-]*(?:\\s+[A-Z][\\p{L}.'-]*){0,3})\\s+(?:${QUOTE_NOUNS})\\b(.*)$`, 'u'),
      speaker: 1,
      rest: 2,
    },
    // "what's Trump saying about …", "what were Podesta's comments on …", "gingrich quotes".
    {
      re: /^what(?:'s| is| are| was| were| has| have)\s+(.+?)\s+(?:been\s+)?(?:saying|talking|tweeting|writing|arguing|claiming)\b(.*)$/i,
      speaker: 1,
      rest: 2,
    },
    {
      re: /^what(?:'s|\s+(?:were|are|was|is))\s+(.+?)(?:'s|s')?\s+(?:comments?|remarks?|statements?|views?|thoughts|words|quotes|position|stance|take|opinion)\b(.*)$/i,
      speaker: 1,
      rest: 2,
    },
    {
      re: new RegExp(`^([\\p{L}.'-]+(?:\\s+[\\p{L}.'-]+){0,2})\\s+(?:${QUOTE_NOUNS})()$`, 'iu'),
      speaker: 1,
      rest: 2,
    },
  ];
  // In a question typed in ordinary case, a capitalised word is a name, not the verb: "the State Department".
  const ordinaryCase = /\s[a-z]/.test(work);
  const usable = (match: RegExpExecArray, group: number) => {
    const name = cleanName(match[group] ?? '');
    if (!name || contentStems(name).length === 0 || /^(?:you|they|people|anyone|someone|it)$/i.test(name))
      return null;
    const start = match.index + match[0].indexOf(match[group]!);
    const after = start + match[group]!.length;
    const verb = work.slice(after).trimStart();
    const before = work.slice(0, start).trim().split(/\s+/).at(-1) ?? '';
    const read: SpeakerMatch = {
      typed: match[group]!.trim(),
      auxiliary: AUXILIARIES.test(before) ? before : null,
      verb: /^(?:ever\s+)?([\p{L}'-]+)/iu.exec(verb)?.[1] ?? '',
    };
    if (NOT_A_SPEAKER_RULES.some((rule) => rule.test(read))) return null;
    return ordinaryCase &&
      /^[A-Z]/.test(verb) &&
      group === 1 &&
      /\bwhat\b|^(?:did|has|have|had|does|do|is|was)\b/i.test(work)
      ? null
      : name;
  };
  for (const { re, speaker, rest } of patterns) {
    let match = re.exec(work);
    let name = match ? usable(match, speaker) : null;
    // The shortest speaker may end at a capitalised word; try longer ones.
    for (let tries = 0; match && !name && tries < 6 && re.source.includes('(.+?)'); tries++) {
      const longer = new RegExp(re.source.replace('(.+?)', `(.{${match[speaker]!.length + 1},}?)`), re.flags);
      match = longer.exec(work);
      name = match ? usable(match, speaker) : null;
    }
    if (!match || !name) continue;
    parsed.intent = 'quotes';
    parsed.speaker = name;
    const tail = (match[rest] ?? '').replace(/\bQUOTED\b/, parsed.phrase ?? '');
    // "tell reporters about Syria": what follows the topic marker is the topic.
    const marked = /\b(?:about|regarding|concerning|on)\s+(.+)$/i.exec(tail);
    parsed.about = cleanTopic(marked ? marked[1]! : tail, true);
    return true;
  }
  // "quotes about the coalition": no speaker; the quotes are found through their words.
  const aboutOnly =
    new RegExp(`^(?:${QUOTE_NOUNS})\\s+(?:about|on|regarding|concerning)\\s+(.+)$`, 'i').exec(work) ??
    /^(?:what|anything)\s+(?:was|has been|is being|were|have been|is)\s+said\s+(?:about|on|regarding|concerning)\s+(.+)$/i.exec(
      work,
    );
  if (aboutOnly) {
    parsed.intent = 'quotes';
    parsed.phraseIsTopic = true;
    parsed.phrase = cleanTopic(aboutOnly[1]!);
    return parsed.phrase !== null;
  }
  return false;
}

function parseStories(parsed: ParsedQuestion, work: string): ParsedQuestion {
  parsed.intent = 'stories';
  const topic = topicAfterMarker(work);
  let rest = work;
  if (topic)
    rest = rest.replace(
      /\b(?:about|regarding|concerning|involving|mentioning|mentions?|naming|featuring|covering|on the subject of)\s+.+?(?=\s+(?:from|in|at)\s|$)/i,
      ' ',
    );
  const { place, rest: withoutPlace } = splitPlace(rest.replace(/\s+/g, ' ').trim());
  parsed.place = place ? cleanName(place) : null;
  parsed.topic = topic;
  if (!topic) {
    // Whatever is left once the story words are gone: "cocoa news", "Iran coalition stories".
    const left = withoutPlace
      .replace(STORIES, ' ')
      .replace(
        /\b(?:any|some|the|latest|recent|all|me|are|there|were|was|is|what|which|did|do|does|came|come|coming|out|stuff|happen|happened|reported|new|everything|reuters|datelined)\b/gi,
        ' ',
      );
    parsed.topic = cleanTopic(left);
    // "Sydney stories on 3/15/1987": a name or two with no marker may be the place the stories are from.
    if (!place && parsed.topic && plainWords(parsed.topic).length <= 3) {
      parsed.place = parsed.topic;
      parsed.placeGuessed = true;
    }
  }
  return parsed;
}

/** A question word inside a sentence: how much/many, who, when, where, why/how, what/which. */
const INNER_QUESTION =
  /\b(?:(how (?:much|many|long|far|old))|(who|whom|whose)|(when|what (?:year|day|date|month|time))|(where)|(?:(why)|(how)) (?:do|does|did|is|are|was|were|can|could|would|will|has|have|had)|what|which)\b/;

/**
 * Questions with no question word that still ask for a fact, in order; each rule's example is tested.
 * A few words with no question form are otherwise a topic to find stories about.
 */
export const STATED_FACT_RULES: ReadonlyArray<{
  name: string;
  example: string;
  pattern: RegExp;
  /** The kind of fact asked ('what' when not given). */
  kind?: FactKind;
  /** Bare words rather than a question: a list of stories when no sentence answers them surely. */
  bare?: boolean;
  /**
   * Also read with the date typed in figures left in ("krupp 1986 sales", "mobil debt due in 88"):
   * the period a measure is of, which the stories' dates need not be.
   */
  withDate?: boolean;
}> = [
  {
    // "… in a play that was called?": the question leaves its last words for the answer.
    name: 'left open at the end',
    example: 'Sophocles demonstrated civil disobedience in a play that was called?',
    pattern:
      /^(?:\S+\s+){4,}(?:to|as|of|by|be|called|named|known as|regarding|for|with|from|into|than|is|was|were|are)[\s?]*$/i,
  },
  {
    name: 'name one',
    example: 'Name one way the Plowshares organization closed the base',
    pattern: /^(?:name|identify)\s+(?:one|two|three|four|five|an?|the|some|another)\b/i,
  },
  {
    // A measure of something named asks for its figure; "oil prices" alone is a topic.
    name: 'a measure named',
    example: 'taiwans trade surplus with the us',
    pattern: BARE_MEASURE,
    kind: 'amount',
    bare: true,
    withDate: true,
  },
  {
    // "dollar yen in early asian trade": where one currency stands against another.
    name: 'a rate between two currencies',
    example: 'dollar yen in early asian trade',
    pattern: BARE_RATE,
    kind: 'amount',
    bare: true,
  },
  {
    // "clinton vs trump in the wapo abc poll": each side's figure.
    name: 'two sides of a contest',
    example: 'clinton vs trump in the wapo abc poll',
    pattern: BARE_CONTEST,
    kind: 'amount',
    bare: true,
  },
  {
    name: 'a date set for something',
    example: 'record date for the att redemption',
    pattern: BARE_DATE,
    kind: 'when',
    bare: true,
  },
];

/**
 * The kind of fact a question asks for, read from how it starts, in order: the first rule that
 * matches decides.
 */
export const FACT_KIND_RULES: ReadonlyArray<{
  name: string;
  example: string;
  kind: FactKind;
  pattern: RegExp;
}> = [
  {
    name: 'a figure',
    example: 'how much did stumpf make in 2015',
    kind: 'amount',
    pattern:
      /^(?:(?:by )?how (?:much|many|big|large|high|low|far|long|fast|old)|what (?:percentage|percent|share|amount|figure|number|price|rate|total)|what was the (?:figure|amount|total|number|rate|price|value|rise|fall|increase|drop))\b/,
  },
  {
    // However it is written: "what pct", "by how many pct", "what % of", "what per cent".
    name: 'a percentage',
    example: 'what pct did sales rise',
    kind: 'amount',
    pattern: new RegExp(
      String.raw`^(?:(?:by )?how (?:much|many)|what(?: was the)?)\s*${PERCENT_WORD}(?![a-z])`,
    ),
  },
  {
    name: 'where a figure stands',
    example: 'where did amex stock close',
    kind: 'amount',
    pattern: WHERE_A_FIGURE_STANDS,
  },
  {
    name: 'when',
    example: 'when did the talks start',
    kind: 'when',
    pattern: /^(?:when|what (?:day|date|year|month|time))\b/,
  },
  {
    name: 'who',
    example: 'who owns the refinery',
    kind: 'who',
    pattern: /^(?:who|whom|whose|which (?:person|official|company|group|country))\b/,
  },
  { name: 'where', example: 'where did the talks take place', kind: 'where', pattern: /^where\b/ },
  { name: 'why', example: 'why did the talks fail', kind: 'why', pattern: /^why\b/ },
  { name: 'how', example: 'how did the house panel vote on pagliano', kind: 'how', pattern: /^how\b/ },
  { name: 'what', example: 'what did the panel decide', kind: 'what', pattern: /^(?:what|which)\b/ },
];

/** Words typed with no question form name a fact they may ask for from this many plain words on. */
const BARE_FACT_WORDS = 3;

function parseFact(parsed: ParsedQuestion, work: string): ParsedQuestion {
  const lower = work.toLowerCase();
  const asked = work.replace(/\s+(?:exactly|again|really|anyway)$/i, '');
  const whoIs =
    /^who\s+(?:is|was|'s)\s+(.+)$/i.exec(asked) ??
    /^who's\s+(.+)$/i.exec(asked) ??
    // "tell me who X is" reaches here as "who X is".
    /^who\s+(.+?)\s+(?:is|was)$/i.exec(asked);
  const whereIs = /^where\s+(?:is|are|was|'s)\s+(.+)$/i.exec(work);
  // "whats ponomarevs job", "what is the job of X": who someone is, asked by their job.
  const jobOf =
    /^what(?:'s|’s|\s+(?:is|was))\s+(?:the\s+)?(.+?)(?:'s|’s|')?\s+(?:job|occupation)$/i.exec(asked) ??
    /^what(?:'s|’s|\s+(?:is|was))\s+(?:the\s+)?(?:job|occupation)\s+of\s+(.+)$/i.exec(asked);
  if (jobOf && plainWords(jobOf[1]!).length <= 4) {
    parsed.factKind = 'who-is';
    parsed.subject = cleanName(jobOf[1]!);
  } else if (whoIs && plainWords(whoIs[1]!).length <= 5) {
    parsed.factKind = 'who-is';
    parsed.subject = cleanName(whoIs[1]!);
  } else if (whereIs && plainWords(whereIs[1]!).length <= 4) {
    parsed.factKind = 'where-is';
    parsed.subject = cleanName(whereIs[1]!);
  } else parsed.factKind = FACT_KIND_RULES.find((rule) => rule.pattern.test(lower))?.kind ?? null;
  if (!parsed.factKind && QUESTION_START.test(lower)) parsed.factKind = 'yes-no';

  if (parsed.factKind) {
    parsed.intent = 'fact';
    parsed.topic = cleanTopic(work.replace(/\bQUOTED\b/, parsed.phrase ?? ''));
    if (!parsed.topic && !parsed.subject) parsed.intent = 'unknown';
    return parsed;
  }
  // "Super Bowl 50 decided the NFL champion for what season?", "if X, what would Y be called?": a
  // question word inside a question of some length asks for a fact as well.
  const inner = INNER_QUESTION.exec(lower);
  if (inner && plainWords(work).length >= 5) {
    const kinds = ['amount', 'who', 'when', 'where', 'why', 'how'] as const;
    parsed.factKind = kinds.find((_, k) => inner[k + 1]) ?? 'what';
    parsed.intent = 'fact';
    parsed.topic = cleanTopic(work.replace(/\bQUOTED\b/, parsed.phrase ?? ''));
    if (parsed.topic) return parsed;
    parsed.intent = 'unknown';
    parsed.factKind = null;
  }
  const dated = parsed.date !== null && /\d/.test(parsed.date) ? parsed.text : null;
  const stated = STATED_FACT_RULES.find(
    (rule) =>
      rule.pattern.test(work) || (rule.withDate === true && dated !== null && rule.pattern.test(dated)),
  );
  if (stated) {
    parsed.factKind = stated.kind ?? 'what';
    parsed.intent = 'fact';
    parsed.topic = cleanTopic(work.replace(/\bQUOTED\b/, parsed.phrase ?? ''));
    parsed.listIfUnknown = stated.bare;
    // Every stated rule typed bare asks for a figure or a date.
    parsed.kindTypedBare = stated.bare;
    if (parsed.topic) return parsed;
    parsed.listIfUnknown = undefined;
    parsed.kindTypedBare = undefined;
    parsed.intent = 'unknown';
    parsed.factKind = null;
  }
  // "eders lawyer?", "kaine's wife": someone's role or kin with no question word asks who that is.
  const owned = /^[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+)?(?:['’]s|s['’]?)\s+([\p{L}-]+)$/iu.exec(work);
  const noun = owned?.[1]?.toLowerCase() ?? '';
  if (owned && (isRoleNoun(noun) || isTitle(noun) || genderOfWord(noun) !== undefined)) {
    parsed.intent = 'fact';
    parsed.factKind = 'who-is';
    parsed.subject = work;
    parsed.topic = cleanTopic(work);
    return parsed;
  }
  return asTopicStories(parsed, work);
}

/** A stated fact no sentence answers surely, read again as the list of stories its words name. */
export function asStoriesQuestion(parsed: ParsedQuestion): ParsedQuestion {
  const work = parsed.date ? parsed.text.replace(parsed.date, ' ').replace(/\s+/g, ' ').trim() : parsed.text;
  return asTopicStories({ ...parsed, intent: 'unknown', factKind: null, listIfUnknown: undefined }, work);
}

/** No question form: a few words are taken as a topic to find stories about. */
function asTopicStories(parsed: ParsedQuestion, work: string): ParsedQuestion {
  const topic = cleanTopic(work.replace(/\bQUOTED\b/, parsed.phrase ?? ''));
  // A date alone ("March 3 1987"): the stories of that day.
  if (!topic && parsed.date) {
    parsed.intent = 'stories';
    return parsed;
  }
  if (topic) {
    const { place, rest } = splitPlace(work);
    parsed.intent = 'stories';
    // One or two words ("coffee", "brazil coffee") are a topic to browse; more may name one fact, as
    // may a role after whose it is ("hasco spokesman": who holds it).
    if (!STORIES.test(work) && (plainWords(topic).length >= BARE_FACT_WORDS || BARE_ROLE.test(work)))
      parsed.bare = topic;
    parsed.place = place ? cleanName(place) : null;
    parsed.topic = place ? cleanTopic(rest) : topic;
  }
  return parsed;
}
