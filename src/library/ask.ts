/**
 * `ask(snapshot, question)`: answers the free questions people type after mentioning the bot. The
 * question is read into an intent and its parts (`ask/parseQuestion.ts`) and routed to the library's
 * answers (quotes, stories, summary); any other question is answered with the sentence that fits it
 * best (`ask/findAnswer.ts`). Every answer cites the sentences or quotes it relies on; when nothing
 * fits, the answer says so and suggests what to try. Never throws.
 */
import { antonymRoots, relatedRoots } from '../engine/related.ts';
import { answerFact, findPerson, prepareRoles } from './ask/answerFact.ts';
import {
  answerDescribedSpeaker,
  answerNotQuoted,
  answerQuotesAbout,
  answerSpeakerQuotes,
  answerWhoSaid,
  saysNoQuotesOnTopic,
} from './ask/answerQuotes.ts';
import { answerStories } from './ask/answerStories.ts';
import { answerSummary } from './ask/answerSummary.ts';
import { saidRelative } from './ask/datePhrase.ts';
import { answerKind } from './ask/extract.ts';
import { initialsRead, longFormOf, withLongForms, withNamesFor } from './ask/nameForms.ts';
import { asStoriesQuestion, type ParsedQuestion, parseQuestion } from './ask/parseQuestion.ts';
import { whileAnswering } from './ask/perQuestion.ts';
import { prepareSentenceRanker } from './ask/rankSentences.ts';
import { closeCandidates, prepareNames, quickSpeaker } from './ask/resolveNames.ts';
import { clip, SUGGESTIONS } from './ask/wording.ts';
import { type DateRange, parseDateRange } from './dateRange.ts';
import { clippedInput, type InputKind } from './limits.ts';
import { findQuotes } from './queries/quotes.ts';
import { type AskResult, QueryError } from './results.ts';
import { copiesOf } from './sameText.ts';
import { builtSentenceIndex, prepareSentenceIndex } from './sentenceIndex.ts';
import { runInSlices } from './slices.ts';
import type { StorySnapshot } from './snapshot.ts';
import { normalizeName } from './text.ts';
import { correctTerm, termBoundSteps, termsOfRoot } from './textIndex.ts';

export type { ParsedQuestion } from './ask/parseQuestion.ts';
export { parseQuestion } from './ask/parseQuestion.ts';

/** The lookups `ask` builds on first use, one by one (a start from the cache builds them a turn apart). */
export const ASK_LOOKUPS: ReadonlyArray<(snapshot: StorySnapshot) => void> = [
  prepareRoles,
  prepareNames,
  copiesOf,
  // The misspelling lookup groups the vocabulary on first use.
  (snapshot) => correctTerm(snapshot.text, 'prepare'),
  // So does the look-up of a question's word in its other forms (findAnswerSentences).
  (snapshot) => termsOfRoot(snapshot.text.vocabulary, 'prepare'),
  // The related-words and antonym tables are read on first use.
  () => relatedRoots('prepare'),
  () => antonymRoots('prepare'),
  // So is the table of word vectors, where the sentence ranker's weights read it.
  prepareSentenceRanker,
  // Each term's bound for the searches of the best few, read in slices rather than by its first search.
  (snapshot) => void prepareTermBounds(snapshot),
];

/** A question of each kind, asked by `WARM_ANSWERS`. */
const WARM_QUESTIONS = [
  'what did the minister say about oil on Sept 15 2014',
  'stories from the second week of April 1987',
  'how much did shares rise last week',
  'who said the talks will go on',
];

/** The warm-up questions this process has asked. */
const warmed = new Set<string>();

/**
 * One question of each kind asked once per process, one a call (a serving library makes one call a
 * turn, after its lookups): the date parser compiles its patterns and the answering code its functions
 * on first use (150 ms or more at first), which the first question a user asks would wait for. A
 * one-off command line question has nothing to gain from it.
 */
export const WARM_ANSWERS: ReadonlyArray<(snapshot: StorySnapshot) => void> = WARM_QUESTIONS.map(
  (question) => (snapshot: StorySnapshot) => {
    if (warmed.has(question)) return;
    warmed.add(question);
    ask(snapshot, question);
  },
);

/**
 * Every term's bound for the searches of the best few stories and sentences (see `termBoundSteps`), of
 * the story index and of the sentence index when it is built, in slices between other work.
 */
function prepareTermBounds(snapshot: StorySnapshot): Promise<void> {
  const sentences = builtSentenceIndex(snapshot);
  return runInSlices(
    (function* () {
      yield* termBoundSteps(snapshot.text);
      if (sentences) yield* termBoundSteps(sentences.text);
    })(),
  );
}

/**
 * Builds what `ask` otherwise builds on first use (roles → people, name buckets for misspellings, the
 * sentence index, in slices for a large set).
 * Call it after loading a snapshot, off the path of the first question; `ask` works without it.
 */
export function prepareAsk(snapshot: StorySnapshot): void {
  for (const prepare of ASK_LOOKUPS) prepare(snapshot);
  void prepareSentenceIndex(snapshot).then(() => prepareTermBounds(snapshot));
}

/** Words that ask for stories, never a speaker's name ("articles on wheat"). */
const STORY_WORDS =
  /\b(?:stories|story|news|articles?|reports?|headlines?|coverage|anything|something|what|any|latest)\b/i;

/**
 * Among the speakers a typed name may mean (a surname several share, or a misspelling close to several
 * names), the one with quotes in the asked range or on the asked topic (the most of them, when clearly
 * more than the next). Null when the question does not decide.
 */
function speakerForQuestion(
  snapshot: StorySnapshot,
  parsed: ParsedQuestion,
  range: DateRange | null,
  now: Date,
): string | null {
  if (!range && !parsed.about) return null;
  const typed = parsed.speaker!;
  const shared = quickSpeaker(snapshot, typed);
  const names = new Set([
    ...(shared.kind === 'ambiguous' ? shared.candidates.slice(0, 8) : []),
    ...(shared.kind === 'found' ? [shared.entry.name] : []),
    ...closeCandidates(snapshot, typed).map((candidate) => candidate.name),
  ]);
  const counted = [...names]
    .map((name) => ({
      name,
      count: findQuotes(
        snapshot,
        { speaker: name, from: range?.from, to: range?.to, about: parsed.about ?? undefined, limit: 1 },
        now,
      ).total,
    }))
    .filter((candidate) => candidate.count > 0)
    .sort((a, b) => b.count - a.count);
  const [top, next] = counted;
  return top && (!next || top.count >= 2 * next.count) ? top.name : null;
}

/**
 * "what does X say <clause>": the verb of saying followed by what is said, with a word left for the
 * answer ("tehran is"), not by a topic ("about Iran") nor by nothing.
 */
const SAYS_A_CLAUSE =
  /^what\s+(?:does|did|do)\s+.+?\s+(?:say|think|believe|claim)\s+(?!about\b|on\b|regarding\b|concerning\b|anything\b|of\b)\S+/i;

/** Longer input is cut: no question needs more, and the date parser's time grows with length. */
export const MAX_QUESTION = 500;

/** The question's date range; words taken for a date that are none ("in the week") are left out. */
export function dateRangeOf(parsed: ParsedQuestion, now: Date): DateRange | null {
  if (!parsed.date) return null;
  try {
    return parseDateRange(parsed.date, now);
  } catch (error) {
    // A date with figures that cannot be read is worth telling the user about; loose words are not.
    if (/\d/.test(parsed.date)) throw error;
    return null;
  }
}

/** A story id typed in the question ("what is reuters-00001 about?"): ids hold a digit or an underscore. */
function storyIdIn(snapshot: StorySnapshot, text: string): string | null {
  for (const token of text.match(/[\w.-]+/g) ?? []) {
    const id = token.replace(/\.(?:txt|md)$/i, '').replace(/[.-]+$/, '');
    if (/[\d_]/.test(id) && !/^\d{4}-\d{2}(?:-\d{2})?$/.test(id) && snapshot.byId.has(id)) return id;
  }
  return null;
}

/**
 * A fact question's answer. A date in it is mostly when the fact happened ("the trade surplus in
 * February"), reported later: its words help find the sentence, and the stories of those days come first.
 */
function answerFactOn(snapshot: StorySnapshot, parsed: ParsedQuestion, range: DateRange | null): AskResult {
  if (!range || !parsed.date) return answerFact(snapshot, parsed, range);
  const withDate = { ...parsed, topic: [parsed.topic, parsed.date].filter(Boolean).join(' ') };
  const within = answerFact(snapshot, withDate, range);
  const anyDate = answerFact(snapshot, withDate, null);
  return within.intent === 'fact' && anyDate.citations[0]?.date === within.citations[0]?.date
    ? within
    : anyDate.intent === 'fact'
      ? anyDate
      : within;
}

function route(snapshot: StorySnapshot, parsed: ParsedQuestion, now: Date): AskResult {
  // A story id names the story to summarize, unless the question asks what someone said.
  if (parsed.intent !== 'summary' && !(parsed.intent === 'quotes' && parsed.speaker)) {
    const id = storyIdIn(snapshot, parsed.text);
    if (id) return answerSummary(snapshot, { ...parsed, intent: 'summary', story: id });
  }
  const range = dateRangeOf(parsed, now);
  switch (parsed.intent) {
    case 'quotes': {
      if (parsed.speaker) {
        // "podestas comments": a known name with a possessive 's' typed without its apostrophe.
        const last = normalizeName(parsed.speaker).split(' ').at(-1) ?? '';
        if (
          /[^s]s$/.test(last) &&
          last.length > 4 &&
          !snapshot.speakers.byWord.has(last) &&
          snapshot.speakers.byWord.has(last.slice(0, -1))
        )
          parsed.speaker = parsed.speaker.slice(0, -1);
        let answer = answerSpeakerQuotes(snapshot, parsed, range, now);
        // "what did fauber say about kmarts 1986 performance": a date typed in the topic is what the
        // quotes speak of, when none of the speaker's quotes falls on it.
        if (range && parsed.date && parsed.about && answer && answer.citations.length === 0) {
          const topical = answerSpeakerQuotes(
            snapshot,
            { ...parsed, about: `${parsed.about} ${parsed.date}`, date: null },
            null,
            now,
          );
          if (topical && topical.citations.length > 0 && !saysNoQuotesOnTopic(topical)) answer = topical;
        }
        // "what does the us say tehran is": what they say is asked as a fact, and no quote of theirs
        // holds it; a sentence reporting their view may ("repeating the U.S. view that Tehran is…").
        if (SAYS_A_CLAUSE.test(parsed.text) && (!answer || saysNoQuotesOnTopic(answer))) {
          const fact = answerFact(
            snapshot,
            { ...parsed, intent: 'fact', factKind: 'what', topic: parsed.text },
            range,
          );
          if (fact.intent === 'fact') return fact;
        }
        const described = answerDescribedSpeaker(snapshot, parsed, range, now, answer);
        if (described) return described;
        // "what did the ldp say": a short name the stories give in full, when no speaker goes by it.
        const long = answer ? null : longFormOf(snapshot, parsed.speaker);
        if (long) {
          const full = answerSpeakerQuotes(snapshot, { ...parsed, speaker: long }, range, now);
          if (full && full.citations.length > 0) return full;
        }
        if (answer && answer.citations.length > 0) return answer;
        // Nothing from the person taken (or a name several share): the one quoted on that day or topic.
        const decided = answer ? speakerForQuestion(snapshot, parsed, range, now) : null;
        if (decided) {
          const other = answerSpeakerQuotes(snapshot, { ...parsed, speaker: decided }, range, now);
          if (other && other.citations.length > 0) return other;
        }
        if (answer) return answer;
        // "podestas comments": a possessive typed without its apostrophe.
        if (/[^s]s$/i.test(parsed.speaker) && parsed.speaker.length > 4) {
          const bare = answerSpeakerQuotes(
            snapshot,
            { ...parsed, speaker: parsed.speaker.slice(0, -1) },
            range,
            now,
          );
          if (bare) return bare;
        }
        // A misspelt name several speakers are close to: the one quoted on that day or topic.
        const close = speakerForQuestion(snapshot, parsed, range, now);
        if (close) {
          const answer = answerSpeakerQuotes(snapshot, { ...parsed, speaker: close }, range, now);
          if (answer) return answer;
        }
        // "the supreme leader": someone the stories give that role.
        const byRole = findPerson(snapshot, parsed.speaker);
        if (byRole?.byRole) {
          const named = { ...parsed, speaker: byRole.person.name };
          // Someone who holds the role but is never quoted: said so, citing where they are named.
          const answer = answerSpeakerQuotes(snapshot, named, range, now) ?? answerNotQuoted(snapshot, named);
          if (answer) return answer;
        }
        // Not a speaker: someone named but never quoted, or words a sentence of the stories may answer.
        const notQuoted = answerNotQuoted(snapshot, parsed);
        if (notQuoted) return notQuoted;
        const fact = answerFact(
          snapshot,
          { ...parsed, topic: [parsed.speaker, parsed.about].filter(Boolean).join(' ') },
          range,
          parsed.speaker,
        );
        if (fact.intent === 'fact') return fact;
        return {
          intent: 'quotes',
          answer: `I found no one called "${clip(parsed.speaker, 60)}" quoted in the stories. Try \`/speakers\` to see who is quoted, or check the spelling.`,
          citations: [],
        };
      }
      if (parsed.phrase) {
        const said = parsed.phraseIsTopic
          ? answerQuotesAbout(snapshot, parsed.phrase, range)
          : answerWhoSaid(snapshot, parsed.phrase, range);
        // "who called on Dean to apologize?": no quote holds the words, but a sentence may say who did.
        // Words typed in quotation marks are words someone said: those are looked for in quotes only.
        if (said.citations.length === 0 && !/"/.test(parsed.text)) {
          const fact = answerFact(
            snapshot,
            { ...parsed, intent: 'fact', factKind: 'who', topic: parsed.phrase },
            range,
          );
          if (fact.intent === 'fact') return fact;
        }
        return said;
      }
      break;
    }
    case 'stories': {
      // "yellen on the labor market": a person quoted in the stories, then what they spoke about.
      const speakerOn = /^([\p{L}.'-]+(?:\s+[\p{L}.'-]+){0,2})\s+on\s+(.+)$/u.exec(parsed.text);
      if (
        speakerOn &&
        !STORY_WORDS.test(speakerOn[1]!) &&
        quickSpeaker(snapshot, speakerOn[1]!).kind === 'found'
      ) {
        const about = speakerOn[2]!.replace(/^(?:the|a|an)\s+/i, '').trim();
        const quotes = answerSpeakerQuotes(
          snapshot,
          { ...parsed, intent: 'quotes', speaker: speakerOn[1]!, about, place: null, topic: null },
          range,
          now,
        );
        // Only quotes on the topic: else the words were a topic to find stories on.
        if (quotes && quotes.citations.length > 0 && !quotes.answer.startsWith('I found no')) return quotes;
      }
      // "china sugar crop 86/87", "vw shares friday close": words typed with no question form may name
      // a fact; a sentence that surely answers them is the answer, else the stories about them. A date
      // phrase with no figure in it is the story's ("friday"), left for the sentence to hold.
      if (parsed.bare) {
        const relative = saidRelative(parsed.date);
        const fact = route(
          snapshot,
          {
            ...parsed,
            intent: 'fact',
            factKind: 'what',
            topic: relative ? `${parsed.bare} ${parsed.date}` : parsed.bare,
            date: relative ? null : parsed.date,
            place: null,
            bare: undefined,
            kindTypedBare: answerKind(parsed.bare) !== 'thing',
          },
          now,
        );
        if (fact.intent === 'fact') return fact;
      }
      return answerStories(snapshot, parsed, range, now);
    }
    case 'summary':
      return answerSummary(snapshot, parsed);
    case 'fact': {
      // "dollar yen in early asian trade" read as a fact: a list of stories, as other such words are,
      // when no sentence answers it surely.
      const asked = parsed;
      const orList = (answer: AskResult) =>
        answer.intent !== 'fact' && asked.listIfUnknown
          ? answerStories(snapshot, asStoriesQuestion(asked), range, now)
          : answer;
      // "how many creditor banks does sa have": initials typed for a name are read as the name.
      const initials = initialsRead(snapshot, parsed.text);
      if (initials.size > 0) {
        const named = (part: string | null) => (part === null ? null : withNamesFor(part, initials));
        parsed = {
          ...parsed,
          text: named(parsed.text)!,
          topic: named(parsed.topic),
          subject: named(parsed.subject),
        };
      }
      const answer = answerFactOn(snapshot, parsed, range);
      if (answer.intent === 'fact') return answer;
      // "how many fed districts": a short name no sentence answers for as typed is read again with the
      // long form the stories give it ("Federal Reserve"); the answer as typed stands otherwise, as the
      // long form's words weigh on stories that use the short one.
      const text = withLongForms(snapshot, parsed.text);
      if (text === parsed.text) return orList(answer);
      const long = (part: string | null) => (part === null ? null : withLongForms(snapshot, part));
      const read = answerFactOn(
        snapshot,
        {
          ...parsed,
          text,
          topic: long(parsed.topic),
          subject: long(parsed.subject),
          phrase: long(parsed.phrase),
        },
        range,
      );
      return read.intent === 'fact' ? read : orList(answer);
    }
    default:
      break;
  }
  const opening = parsed.smallTalk
    ? 'Hi! I answer questions about the news stories I have: who said what, stories by place and date, summaries and facts.'
    : "I'm not sure what you are asking.";
  return { intent: 'unknown', answer: `${opening} ${SUGGESTIONS}`, citations: [] };
}

/** Citations of a story filed twice with the same text, and repeated citations, are given once. */
function withoutCopies(snapshot: StorySnapshot, result: AskResult): AskResult {
  const { firstOf } = copiesOf(snapshot);
  const seen = new Set<string>();
  const citations = result.citations.filter((cited) => {
    const index = snapshot.byId.get(cited.id);
    const key = `${index === undefined ? cited.id : firstOf[index]}|${cited.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return citations.length === result.citations.length ? result : { ...result, citations };
}

/**
 * A question within its cap can hold a topic, name or date longer than theirs (a pasted paragraph read
 * as a topic search): each is searched on its first words rather than refused.
 */
function withinCaps(parsed: ParsedQuestion): ParsedQuestion {
  const clip = (kind: InputKind, text: string | null) => (text === null ? null : clippedInput(kind, text));
  return {
    ...parsed,
    speaker: clip('speaker', parsed.speaker),
    about: clip('topic', parsed.about),
    date: clip('date', parsed.date),
    place: clip('place', parsed.place),
    topic: clip('topic', parsed.topic),
    story: clip('story', parsed.story),
  };
}

/** Answers a free question from one snapshot. Bad input (an unreadable date) gets a plain answer saying so. */
export function ask(snapshot: StorySnapshot, question: string, now: Date = new Date()): AskResult {
  const text = typeof question === 'string' ? question.slice(0, MAX_QUESTION) : '';
  let parsed: ParsedQuestion | null = null;
  try {
    parsed = parseQuestion(text, now);
  } catch {
    parsed = null;
  }
  if (!parsed)
    return {
      intent: 'unknown',
      answer: `Sorry, something went wrong while answering that. ${SUGGESTIONS}`,
      citations: [],
    };
  return answerParsed(snapshot, parsed, now);
}

/** Answers a question already read (also one a follow-up rewrote). Never throws. */
export function answerParsed(
  snapshot: StorySnapshot,
  parsed: ParsedQuestion,
  now: Date = new Date(),
): AskResult {
  try {
    return whileAnswering(() => withoutCopies(snapshot, route(snapshot, withinCaps(parsed), now)));
  } catch (error) {
    const intent = parsed.intent;
    if (error instanceof QueryError) return { intent, answer: `Sorry: ${error.message}.`, citations: [] };
    return {
      intent: 'unknown',
      answer: `Sorry, something went wrong while answering that. ${SUGGESTIONS}`,
      citations: [],
    };
  }
}
