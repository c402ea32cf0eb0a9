/**
 * Follow-up questions: read against what the conversation's last answer was about. An ordered list
 * of named rules, each with the question it is for; the first that applies answers. A question no
 * rule takes is a new question (asked as `ask` would).
 */
import { MONTH_NAMES } from '../../engine/dates.ts';
import type { ConversationState } from '../conversation.ts';
import { ORDINALS, parseDateRange } from '../dateRange.ts';
import { listSpeakers } from '../queries/speakers.ts';
import type { AskResult } from '../results.ts';
import type { StorySnapshot } from '../snapshot.ts';
import { normalizeName } from '../text.ts';
import { findDatePhrase } from './datePhrase.ts';
import { type ParsedQuestion, parseQuestion } from './parseQuestion.ts';
import { quickPlace, quickSpeaker } from './resolveNames.ts';
import { citation, clip, listWords, refOf, storyLabel } from './wording.ts';

export interface FollowUpContext {
  snapshot: StorySnapshot;
  now: Date;
  /** Answers a question as read. */
  answer(parsed: ParsedQuestion): AskResult;
}

/** A question and its answer: what the conversation remembers. */
export interface Turn {
  parsed: ParsedQuestion;
  result: AskResult;
  /** People already shown for the name asked about, when the turn moved on to another of them. */
  tried?: string[];
}

export interface FollowUpRule {
  name: string;
  /** A question the rule is for, after a first question that gives it something to refer to. */
  example: string;
  answer(text: string, state: ConversationState, context: FollowUpContext): Turn | null;
}

const ORDINAL = `(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|eighth|ninth|tenth|last|#?\\d{1,2})`;

/** Lower case, no bot mention, no politeness or closing marks: the follow-up forms below read this. */
function plain(text: string): string {
  return text
    .replace(/<@[!&]?\d+>/g, ' ')
    .replace(/@newsbot\b/gi, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase()
    .replace(/\b(?:please|pls|plz|thanks|thank you)\b/g, ' ')
    .replace(/[\s?!.,]+$/, '')
    .replace(/^(?:ok(?:ay)?|so|and|then|hmm+|cool|great)[,!]?\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The story id an ordinal names among the listed stories ("the second one", "#2", "the last"). */
function nthStory(state: ConversationState, word: string): string | null {
  const n = word === 'last' ? state.results.length : (ORDINALS[word] ?? Number(word.replace('#', '')));
  return Number.isInteger(n) && n >= 1 ? (state.results[n - 1] ?? null) : null;
}

/** The story a reference means: "it", "that story", "the second one". */
function storyMeant(state: ConversationState, reference: string): string | null {
  const ordinal = new RegExp(`\\b${ORDINAL}\\b`).exec(reference);
  if (ordinal) return nthStory(state, ordinal[1]!);
  return state.story ?? (state.results.length === 1 ? state.results[0]! : (state.results[0] ?? null));
}

/** A question with no parts, for answers a follow-up builds itself. */
const blank = (text: string): ParsedQuestion => ({ ...parseQuestion(''), text });

/** A summary of one story, as a summary question by id would give it. */
function summaryTurn(id: string, context: FollowUpContext): Turn {
  const parsed: ParsedQuestion = { ...blank(`summarize ${id}`), intent: 'summary', story: id };
  return { parsed, result: context.answer(parsed) };
}

/** The last question again with some of its parts changed. */
function again(state: ConversationState, change: Partial<ParsedQuestion>, context: FollowUpContext): Turn {
  const parsed: ParsedQuestion = { ...state.question, ...change };
  delete parsed.exclude;
  if (change.exclude) parsed.exclude = change.exclude;
  return { parsed, result: context.answer(parsed) };
}

const DAY_MS = 86_400_000;
const shiftDay = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
function shiftMonths(iso: string, months: number, end: boolean): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = end ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, the: 1, two: 2, three: 3, four: 4, few: 3 };

/** The range moved by "a week later", "the day before", "the next month"; null when the text says none. */
function shiftedRange(text: string, state: ConversationState): { from: string; to: string } | null {
  const range = state.range;
  if (!range) return null;
  const ahead =
    /^(?:what about |how about |and )?(?:(a|an|one|two|three|four|few|the|\d+)\s+)?(day|week|month|year)s?\s+(later|after(?:wards)?|on|before|earlier|prior)$/.exec(
      text,
    ) ??
    /^(?:what about |how about |and )?(?:(?:in|on)\s+)?the\s+(?:(next|following|previous|prior|preceding)\s+(day|week|month|year)|(day|week|month|year)\s+(after|before))$/.exec(
      text,
    );
  if (!ahead) return null;
  let n: number;
  let unit: string;
  let sign: number;
  if (ahead[2] && ahead[3] && !/next|following|previous|prior|preceding/.test(ahead[1] ?? '')) {
    n = ahead[1] ? (COUNTS[ahead[1]] ?? Number(ahead[1])) : 1;
    unit = ahead[2];
    sign = /later|after|on/.test(ahead[3]) ? 1 : -1;
  } else if (ahead[1] && ahead[2]) {
    n = 1;
    unit = ahead[2];
    sign = /next|following/.test(ahead[1]) ? 1 : -1;
  } else {
    n = 1;
    unit = ahead[3]!;
    sign = ahead[4] === 'after' ? 1 : -1;
  }
  if (!Number.isFinite(n) || n < 1 || n > 100) return null;
  if (unit === 'month' || unit === 'year') {
    const months = sign * n * (unit === 'year' ? 12 : 1);
    const whole = range.from.endsWith('-01') && shiftMonths(range.to, 0, true) === range.to;
    if (whole)
      return { from: shiftMonths(range.from, months, false), to: shiftMonths(range.to, months, true) };
  }
  const days = sign * n * ({ day: 1, week: 7, month: 30, year: 365 }[unit] ?? 1);
  return { from: shiftDay(range.from, days), to: shiftDay(range.to, days) };
}

/** Speakers who share the last word of a name (other people called Clinton), most quoted first. */
function namesakes(snapshot: StorySnapshot, name: string, surname: string | null): string[] {
  const key =
    normalizeName(surname ?? name)
      .split(' ')
      .at(-1) ?? '';
  const directory = snapshot.speakers;
  const typed = quickSpeaker(snapshot, surname ?? name);
  const names = new Set(typed.kind === 'ambiguous' ? typed.candidates : []);
  for (const i of directory.byWord.get(key) ?? []) {
    const entry = directory.entries[i]!;
    if (entry.ambiguousWith.length > 0) continue;
    if (normalizeName(entry.name).split(' ').at(-1) === key) names.add(entry.name);
  }
  const quotes = (n: string) => {
    const match = quickSpeaker(snapshot, n);
    return match.kind === 'found' ? match.entry.quoteCount : 0;
  };
  return [...names].filter((n) => quotes(n) > 0).sort((a, b) => quotes(b) - quotes(a));
}

/** The ordered follow-up rules: the first that applies answers. */
export const FOLLOW_UP_RULES: readonly FollowUpRule[] = [
  {
    name: 'the other person',
    example: 'no, the other Clinton',
    answer(text, state, context) {
      const match =
        /^(?:no[,.!]?\s+)?(?:i meant?\s+)?(?:not (?:that|this) one[,.]?\s+)?the other\s+(?:one|person|guy|woman|man|([\p{L}'.-]+))$/u.exec(
          text,
        );
      if (!match || !state.speaker) return null;
      const tried = new Set([...state.tried, state.speaker].map(normalizeName));
      const next = namesakes(context.snapshot, state.speaker, match[1] ?? null).find(
        (name) => !tried.has(normalizeName(name)),
      );
      if (!next)
        return {
          parsed: state.question,
          result: {
            intent: 'quotes',
            answer: `I know no one else called ${match[1] ? `"${match[1]}"` : `like ${state.speaker}`} who is quoted in the stories.`,
            citations: [],
          },
        };
      return {
        ...again(state, { intent: 'quotes', speaker: next }, context),
        tried: [...state.tried, state.speaker],
      };
    },
  },
  {
    name: 'what else did they say',
    example: 'what else did she say?',
    answer(text, state, context) {
      const match =
        /^(?:what|anything)\s+else(?:\s+(?:did|has|does|have|do)\s+(?:he|she|they|him|her|it)\s+(?:say|said|tell|told|tweet|mention|think|got to say|have to say))?(?:\s+(?:about|on)\s+(.+))?$/.exec(
          text,
        ) ?? /^(?:any\s+)?more(?:\s+(?:quotes|from (?:him|her|them)))?$/.exec(text);
      if (!match || !state.speaker) return null;
      // "what else did he say?" asks for his other quotes, on any topic.
      const about = match[1] ?? null;
      return again(
        state,
        {
          intent: 'quotes',
          speaker: state.speaker,
          about,
          phrase: null,
          exclude: match[1] ? [] : state.shown,
        },
        context,
      );
    },
  },
  {
    name: 'who is quoted in it',
    example: 'who is quoted in it?',
    answer(text, state, context) {
      const match =
        /^who(?:'s|\s+is|\s+was|\s+are|\s+were|\s+gets|\s+got)?\s+(?:quoted|cited|speaking|talking|interviewed|speaks|spoke|said anything|quoted there)(?:\s+(?:in|by)\s+(.+))?$/.exec(
          text,
        );
      if (!match) return null;
      const reference = match[1] ?? 'it';
      if (!/^(?:it|that|this|them|(?:the|that|this)\b.*)$/.test(reference)) return null;
      const id = storyMeant(state, reference);
      if (!id) return null;
      return {
        parsed: { ...blank(text), intent: 'quotes', story: id },
        result: quotedIn(context.snapshot, id),
      };
    },
  },
  {
    name: 'summarize it',
    example: 'summarize it',
    answer(text, state, context) {
      const match = new RegExp(
        `^(?:(?:can you |could you )?(?:summari[sz]e|sum up|recap|tl;?dr|summary(?: of)?|give me (?:a |the )?summary of|tell me (?:more )?about|more (?:on|about)|what(?:'s| is| was) in|open|read|show(?: me)?|details? (?:of|on))\\s+)?(it|that|this|them|(?:the|that|this) (?:story|article|report|piece|one)|(?:the )?${ORDINAL}(?: one| story| article| result| link)?)$`,
      ).exec(text);
      const bare = /^(?:summari[sz]e|sum up|recap|tl;?dr|summary|more|tell me more|details)$/.test(text);
      if (!match && !bare) return null;
      const reference = match?.[1] ?? 'it';
      // A bare "it" with nothing to point at, or an ordinal past the list: not a follow-up.
      const id = storyMeant(state, reference);
      if (!id) return null;
      if (bare && text === 'more' && state.speaker) return null;
      return summaryTurn(id, context);
    },
  },
  {
    name: 'a week later',
    example: 'and a week later?',
    answer(text, state, context) {
      const shifted = shiftedRange(text, state);
      if (!shifted) return null;
      return again(state, { date: `${shifted.from} to ${shifted.to}` }, context);
    },
  },
  {
    name: 'just those from a place',
    example: 'just those from London',
    answer(text, state, context) {
      const match =
        /^(?:and\s+)?(?:just|only)\s+(?:those|the ones|ones|the stories|stories|them|the articles|articles)?\s*(?:from|in|datelined|at|out of)\s+(.+)$/.exec(
          text,
        ) ?? /^(?:just|only)\s+(?:the\s+)?(.+?)\s+(?:ones|stories|articles)$/.exec(text);
      if (!match || state.intent !== 'stories') return null;
      return again(state, { intent: 'stories', place: match[1]!, placeGuessed: false }, context);
    },
  },
  {
    name: 'what about another date, place, person or topic',
    example: 'what about Kerry?',
    answer(text, state, context) {
      const match =
        /^(?:what|how)\s+about\s+(.+)$/.exec(text) ??
        /^(?:and|also|now)\s+(?:for\s+)?(.+)$/.exec(text) ??
        // "and in march?" reaches here as "in march": the opening "and" is dropped with the fillers.
        /^((?:in|on|from|at|during|for)\s+\S+(?:\s+\S+)?)$/.exec(text) ??
        /^(?:no[,.!]?\s+)?i meant?\s+(.+)$/.exec(text);
      if (!match) return null;
      const rest = match[1]!.trim();
      const date = findDatePhrase(rest, context.now);
      if (date && rest.slice(0, date.start).trim() === '' && rest.slice(date.end).trim() === '')
        return again(state, { date: date.text }, context);
      const bare = rest.replace(/^(?:from|in|at|on|about|the)\s+/, '');
      if (!bare || bare.split(' ').length > 5) return null;
      // "and in may?": a month alone is that month of the year asked about before.
      const month = MONTH_NAMES.findIndex((name) => name.toLowerCase().startsWith(bare) && bare.length >= 3);
      if (month >= 0 && /^(?:in|during|for)?\s*\S+$/.test(rest)) {
        const year = (state.range?.from ?? context.now.toISOString()).slice(0, 4);
        return again(state, { date: `${MONTH_NAMES[month]} ${year}` }, context);
      }
      if (state.question.intent === 'quotes' && state.question.speaker) {
        const about = /^(?:about|on)\s/.test(rest);
        if (!about && quickSpeaker(context.snapshot, bare).kind !== 'none')
          return again(state, { speaker: bare }, context);
        return again(state, { about: bare }, context);
      }
      if (state.question.intent === 'stories') {
        if (!/^about\s/.test(rest) && quickPlace(context.snapshot, bare))
          return again(state, { place: bare, placeGuessed: false }, context);
        return again(state, { topic: bare }, context);
      }
      return null;
    },
  },
  {
    name: 'he, she or they for the last speaker',
    example: 'what did she say about Iraq?',
    answer(text, state, context) {
      if (!state.speaker || !/\b(?:he|she|they|him|her|them|his)\b/.test(text)) return null;
      const named = text
        .replace(
          /\b(?:his|her)\s+(?=(?:comments?|remarks?|quotes?|statements?|words|views?)\b)/g,
          `${state.speaker}'s `,
        )
        .replace(/\b(?:he|she|they|him|her|them)\b/g, state.speaker);
      const parsed = parseQuestion(named, context.now);
      if (parsed.intent !== 'quotes' || !parsed.speaker) return null;
      if (normalizeName(parsed.speaker) !== normalizeName(state.speaker)) return null;
      return { parsed, result: context.answer(parsed) };
    },
  },
];

/** Answers the question as a follow-up of the conversation, or null when it is a new question. */
export function followUp(question: string, state: ConversationState, context: FollowUpContext): Turn | null {
  const text = plain(question);
  if (!text) return null;
  for (const rule of FOLLOW_UP_RULES) {
    const turn = rule.answer(text, state, context);
    if (turn) return turn;
  }
  return null;
}

/** "who is quoted in it?": the story's speakers, most quoted first, each with a quote. */
function quotedIn(snapshot: StorySnapshot, id: string): AskResult {
  const story = snapshot.stories.at(snapshot.byId.get(id) ?? -1);
  if (!story) return { intent: 'quotes', answer: 'I no longer have that story.', citations: [] };
  const { speakers } = listSpeakers(snapshot, { story: id });
  const label = storyLabel(refOf(story));
  if (speakers.length === 0)
    return {
      intent: 'quotes',
      answer: `No one is quoted in ${label}.`,
      citations: [citation(refOf(story), story.headline)],
    };
  const lines = speakers
    .slice(0, 10)
    .map((speaker) => `• ${speaker.name} (${speaker.quotes} quote${speaker.quotes === 1 ? '' : 's'})`);
  const firstQuotes = speakers.slice(0, 5).flatMap((speaker) => {
    const quote = story.quotes.find((q) => q.speaker === speaker.name);
    return quote ? [citation(refOf(story), quote.text)] : [];
  });
  const more = speakers.length > 10 ? `\n…and ${speakers.length - 10} more.` : '';
  return {
    intent: 'quotes',
    answer: clip(
      `Quoted in ${label}: ${listWords(speakers.slice(0, 3).map((s) => s.name))}${speakers.length > 3 ? ' and others' : ''}.\n${lines.join('\n')}${more}`,
      1500,
    ),
    citations: firstQuotes,
  };
}

/**
 * The speaker of a cited quote: the quote of that story whose text is the citation's, or that the cited
 * sentence frames (a fragment is cited in its sentence).
 */
function speakerOfCitation(snapshot: StorySnapshot, cited: AskResult['citations'][number]): string | null {
  const story = snapshot.stories.at(snapshot.byId.get(cited.id) ?? -1);
  if (!story) return null;
  const probe = cited.text.replace(/…$/, '').slice(0, 80);
  return (
    story.quotes.find(
      (quote) => quote.speaker && (quote.text.startsWith(probe) || cited.text.includes(quote.text)),
    )?.speaker ?? null
  );
}

/** What the conversation remembers after a turn: the parts the answer was about. */
export function stateAfter(
  snapshot: StorySnapshot,
  turn: Turn,
  previous: ConversationState | null,
  now: Date,
): ConversationState {
  const { parsed, result } = turn;
  const ids = [...new Set(result.citations.map((cited) => cited.id))];
  // A question that found nothing leaves the conversation where it was: "no, the other one" still refers back.
  if (result.citations.length === 0 && previous && result.intent !== 'summary')
    return { ...previous, at: now.getTime() };
  let speaker: string | null = null;
  if (result.intent === 'quotes') {
    for (const cited of result.citations) {
      speaker = speakerOfCitation(snapshot, cited);
      if (speaker) break;
    }
    if (speaker) {
      const match = quickSpeaker(snapshot, speaker);
      if (match.kind === 'found') speaker = match.entry.name;
    }
  }
  // "he" and "she" still mean the last person quoted after a summary or a story list.
  if (!speaker) speaker = previous?.speaker ?? null;
  const sameSpeaker = speaker !== null && previous?.speaker === speaker;
  const story = result.intent === 'summary' || ids.length === 1 ? (ids[0] ?? null) : null;
  let range: ConversationState['range'] = null;
  try {
    range = parsed.date ? parseDateRange(parsed.date, now) : null;
  } catch {
    range = null;
  }
  const shownNow = result.intent === 'quotes' ? result.citations.map((cited) => cited.text) : [];
  const keepsList = result.intent === 'summary' && previous && previous.results.includes(story ?? '');
  return {
    question: parsed,
    intent: result.intent,
    speaker,
    tried: turn.tried ?? (sameSpeaker ? previous!.tried : []),
    story,
    results: keepsList ? previous!.results : ids,
    shown: sameSpeaker ? [...previous!.shown, ...shownNow].slice(-50) : shownNow,
    range,
    place: parsed.place ?? null,
    at: now.getTime(),
  };
}
