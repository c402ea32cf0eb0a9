/**
 * Stories questions: "stories from Tokyo on March 3 1987", "news about cocoa in Brazil", "what
 * happened in Paris on Sept 15 2014?". A place asked "from" prefers stories datelined there over
 * stories that merely name it.
 */

import { splitSentences } from '../../engine/words.ts';
import type { DateRange } from '../dateRange.ts';
import type { PlaceEntry } from '../placeIndex.ts';
import { findStories } from '../queries/stories.ts';
import type { AskResult, StoriesResult } from '../results.ts';
import type { StorySnapshot } from '../snapshot.ts';
import { normalizeName } from '../text.ts';
import { queryTermIds } from '../textIndex.ts';
import { saidRelative } from './datePhrase.ts';
import { isProse } from './findAnswer.ts';
import type { ParsedQuestion } from './parseQuestion.ts';
import { quickPlace } from './resolveNames.ts';
import {
  citation,
  clip,
  fitLines,
  readableDate,
  readableHeadline,
  readableRange,
  SUGGESTIONS,
} from './wording.ts';

const SHOWN = 5;
/** Stories naming a place for its name typed in lower case to be taken as the place. */
const COMMON_PLACE = 20;
/** Matches looked at to find the datelined ones among stories that name a place, or the closest to a topic. */
const POOL = 200;

type Hit = StoriesResult['results'][number];

function datelinedIn(hit: Hit, place: PlaceEntry): boolean {
  const key = normalizeName(place.name);
  if (hit.place && normalizeName(hit.place) === key) return true;
  return place.kind === 'country' && hit.country !== null && normalizeName(hit.country) === key;
}

/**
 * A place for words that may only be a topic ("cocoa stories"): its exact name typed as a name, or a close spelling
 * when the words are no known word of the stories (a misspelt place rather than a commodity).
 */
function guessedPlace(snapshot: StorySnapshot, words: string): PlaceEntry | null {
  // Typed as a name ("Sydney"), not as a word ("wheat"): some commodities are also small places.
  const exact = snapshot.places.byKey.get(normalizeName(words));
  if (exact !== undefined) {
    const entry = snapshot.places.entries[exact]!;
    // Typed in lower case, only a place many stories name ("tokyo"), not a small one named like a word.
    return /^\p{Lu}/u.test(words) || entry.ranks.length >= COMMON_PLACE ? quickPlace(snapshot, words) : null;
  }
  return queryTermIds(snapshot.text, words).unknown.length > 0 ? quickPlace(snapshot, words) : null;
}

function describe(place: string | null, topic: string | null, range: DateRange | null): string {
  const parts: string[] = [];
  if (topic) parts.push(`about ${topic}`);
  if (place) parts.push(`from ${place}`);
  if (range) parts.push(readableRange(range.from, range.to));
  return parts.join(' ');
}

export function answerStories(
  snapshot: StorySnapshot,
  parsed: ParsedQuestion,
  range: DateRange | null,
  now: Date,
): AskResult {
  let topic = parsed.topic;
  let place: PlaceEntry | null = null;
  if (parsed.place) {
    place = parsed.placeGuessed ? guessedPlace(snapshot, parsed.place) : quickPlace(snapshot, parsed.place);
    // Not a place the stories know: its words are still worth searching for.
    if (!place && !parsed.placeGuessed) topic = [topic, parsed.place].filter(Boolean).join(' ');
    // A guessed place is the topic itself: once it is known as a place, it is not searched as words too.
    if (place && parsed.placeGuessed) topic = null;
  }
  if (!topic && !place && !range) {
    // "latest news": the newest stories of the set.
    const latest = findStories(snapshot, { limit: SHOWN }, now);
    if (latest.results.length === 0)
      return { intent: 'stories', answer: `There are no stories yet. ${SUGGESTIONS}`, citations: [] };
    return listAnswer(
      snapshot,
      `The ${latest.results.length} latest of ${latest.total} stories:`,
      latest.results,
      '',
    );
  }
  const query = {
    from: range?.from,
    to: range?.to,
    place: place?.name,
    topic: topic ?? undefined,
    limit: place || topic ? POOL : SHOWN,
  };
  const found = findStories(snapshot, query, now);
  const what = describe(place?.name ?? null, topic, range);
  if (found.total === 0) {
    // "this year" asked of an archive of 1987: a date said relative to today, which no story has, lists
    // the stories of that place or topic on other dates, said to be so. A date typed in figures is
    // what was asked: no story of it is the answer, with how many there are on other dates.
    if (range && saidRelative(parsed.date) && (place || topic)) {
      const anyDate = answerStories(snapshot, parsed, null, now);
      if (anyDate.citations.length > 0) {
        const [head = '', ...lines] = anyDate.answer.split('\n');
        return { ...anyDate, answer: fitLines(`I found no stories ${what}. On other dates: ${head}`, lines) };
      }
    }
    // "outokumpu 1986 loss": a year typed in figures that no story is dated in is often the period a
    // story reports on, in an archive of the year after. Stories of other dates holding every word and
    // the year are listed, said to be so.
    const years = range && parsed.date && !saidRelative(parsed.date) ? parsed.date.match(/\b\d{4}\b/g) : null;
    // A year no story writes matches no story: the search would drop it and list the topic alone.
    if (years && topic && queryTermIds(snapshot.text, years.join(' ')).unknown.length === 0) {
      const speaking = findStories(
        snapshot,
        { place: place?.name, topic: `${topic} ${years.join(' ')}`, limit: POOL },
        now,
      );
      const holding = speaking.results.filter((hit) => (hit.match ?? 'all') === 'all');
      if (holding.length > 0) {
        const total = speaking.matched?.all ?? holding.length;
        const count =
          total === 1 ? '1 story of another date speaks' : `${total} stories of other dates speak`;
        const more = total > SHOWN ? `; the ${SHOWN} closest` : '';
        return listAnswer(
          snapshot,
          `I found no stories ${what}. ${count} of ${years.join(' and ')}${more}:`,
          holding.slice(0, SHOWN),
          '',
        );
      }
    }
    let hint = '';
    if (place && range) {
      const anyDate = findStories(snapshot, { place: place.name, topic: topic ?? undefined, limit: 1 }, now);
      const latest = anyDate.results[0];
      if (latest)
        hint = ` There ${anyDate.total === 1 ? 'is 1 story' : `are ${anyDate.total} stories`} from ${place.name} on other dates, the latest on ${readableDate(latest.date)}.`;
    }
    return { intent: 'stories', answer: `I found no stories ${what}.${hint} ${SUGGESTIONS}`, citations: [] };
  }
  // Topic words rank rather than filter: the stories holding every word, else those holding some,
  // else (none holds any) the stories of that date and place alone, each said plainly.
  const tier = found.results[0]?.match ?? 'all';
  // Asked for stories from a place no story names: none is from it, whatever else that day brought.
  if (tier === 'none' && parsed.place && !place && !parsed.placeGuessed) {
    const when = range ? ` ${readableRange(range.from, range.to)}` : '';
    return {
      intent: 'stories',
      answer: `I found no stories from ${parsed.place}${when}: no story names it. ${SUGGESTIONS}`,
      citations: [],
    };
  }
  let shown = found.results.filter((hit) => (hit.match ?? 'all') === tier);
  let total =
    tier === 'all'
      ? (found.matched?.all ?? found.total)
      : tier === 'some'
        ? (found.matched?.some ?? found.total)
        : found.total;
  let note = '';
  if (place) {
    const datelined = shown.filter((hit) => datelinedIn(hit, place));
    if (datelined.length > 0) {
      const others = shown.length - datelined.length;
      if (others > 0) note = `${others} more ${others === 1 ? 'story names' : 'stories name'} ${place.name}.`;
      total = datelined.length;
      shown = datelined;
    }
  }
  // A topic asked for: the stories most about it first (the index lists matches newest first).
  // Tables of prices rank high on a word they repeat, yet tell a reader little: prose leads come first.
  if (topic && tier !== 'none') {
    // The summary alone is read, from the columns: up to 200 stories are weighed.
    const weight = (hit: Hit) => {
      const i = snapshot.byId.get(hit.id);
      return hit.score * (i !== undefined && isProse(snapshot.stories.summaryAt(i).slice(0, 200)) ? 1 : 0.5);
    };
    shown = shown
      .map((hit) => ({ hit, weight: weight(hit) }))
      .sort((a, b) => b.weight - a.weight)
      .map((entry) => entry.hit);
  }
  shown = shown.slice(0, SHOWN);
  const count = `${total} ${total === 1 ? 'story' : 'stories'}`;
  const which = topic && tier !== 'none' ? 'closest' : 'latest';
  const more = total > shown.length ? `; the ${shown.length} ${which}` : '';
  let head = `${count} ${what}${more}:`;
  if (tier === 'some') head = `No story ${what} holds all of "${topic}"; ${count} hold some of it${more}:`;
  if (tier === 'none') {
    const where = describe(place?.name ?? null, null, range);
    head = `No story ${where} mentions "${topic}"; ${count === '1 story' ? 'the one story' : `the ${count}`} ${where}${more}:`;
  }
  return listAnswer(snapshot, head, shown, note);
}

/** One line per story, each cited by its lead sentence. */
function listAnswer(snapshot: StorySnapshot, head: string, hits: Hit[], note: string): AskResult {
  const lines = hits.map(
    (hit) =>
      `• ${readableDate(hit.date)} — ${clip(readableHeadline(hit.headline), 110)}${hit.place ? ` (${hit.place})` : ''}`,
  );
  return {
    intent: 'stories',
    answer: fitLines(head, lines, note),
    citations: hits.map((hit) => {
      const i = snapshot.byId.get(hit.id);
      const lead =
        i !== undefined
          ? (splitSentences(snapshot.stories.summaryAt(i))[0] ?? snapshot.stories.headlineAt(i))
          : hit.headline;
      return citation(hit, lead);
    }),
  };
}
