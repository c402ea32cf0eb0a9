import { splitSentences } from '../../engine/words.ts';
import { queryDateRange } from '../dateRange.ts';
import { checkedInput } from '../limits.ts';
import { QueryError, type QuotesQuery, type QuotesResult } from '../results.ts';
import type { StorySnapshot } from '../snapshot.ts';
import { resolveSpeaker, type SpeakerEntry } from '../speakers.ts';
import { normalizeName, terms } from '../text.ts';
import { queryTermIds, termsHeldBy } from '../textIndex.ts';
import { limitOf, storyRefAt } from './common.ts';

/**
 * Quotes of one speaker, found fuzzily (`psaki` → Jen Paski), newest first. With `about`, only quotes
 * whose story mentions the topic, ranked by the topic words in the quote, then in its paragraph. An ambiguous
 * name gives `candidates` and no quotes.
 */
export function findQuotes(
  snapshot: StorySnapshot,
  query: QuotesQuery,
  now: Date = new Date(),
): QuotesResult {
  const limit = limitOf(query.limit, 10);
  const name = checkedInput('speaker', query.speaker)?.trim();
  checkedInput('topic', query.about);
  if (!name) throw new QueryError('name a speaker, e.g. "Khamenei" or "Jen Paski"');
  const range = queryDateRange({ from: query.from, to: query.to }, now);
  const match = resolveSpeaker(snapshot.speakers, name);
  if (match.kind === 'none') return { speaker: null, candidates: [], total: 0, results: [] };
  if (match.kind === 'ambiguous') return ambiguousQuotes(snapshot, match.candidates, query, range, limit);
  return speakerQuotes(snapshot, match.entry, query, range, limit);
}

/**
 * A name several people share. With `about`, the one whose own quotes hold the topic (the only one, or
 * clearly more than the others) is taken, and the others stay listed as candidates; otherwise each
 * candidate's best quotes, grouped by person (each result names its speaker). Never empty when any
 * candidate is quoted.
 */
function ambiguousQuotes(
  snapshot: StorySnapshot,
  names: readonly string[],
  query: QuotesQuery,
  range: { from: string | null; to: string | null } | null,
  limit: number,
): QuotesResult {
  // The names come most quoted first (resolveSpeaker); those quoted within the dates asked go before
  // the rest, since only the first few are looked at.
  const ranked = [...new Set(names)]
    .map((name) => {
      const entry = snapshot.speakers.byKey
        .get(normalizeName(name))
        ?.map((i) => snapshot.speakers.entries[i]!)
        .find((one) => one.ambiguousWith.length === 0);
      return { name, entry, within: entry !== undefined && (!range || quotedWithin(snapshot, entry, range)) };
    })
    .sort((a, b) => Number(b.within) - Number(a.within));
  const people = ranked
    .slice(0, MAX_CANDIDATES)
    .map((candidate) => candidate.entry)
    .filter((entry): entry is SpeakerEntry => entry !== undefined);
  const candidates = ranked.map((candidate) => candidate.name);
  if (query.about?.trim()) {
    const wanted = new Set(terms(query.about));
    const fits = people
      .map((entry) => {
        const result = speakerQuotes(snapshot, entry, query, range, limit);
        const onTopic = result.results.filter((quote) => terms(quote.text).some((term) => wanted.has(term)));
        return { entry, result, onTopic: onTopic.length };
      })
      .filter((fit) => fit.result.total > 0)
      .sort((a, b) => b.onTopic - a.onTopic || b.result.total - a.result.total);
    const [top, next] = fits;
    if (
      top &&
      (!next || top.onTopic > next.onTopic || (top.onTopic === 0 && top.result.total > 2 * next.result.total))
    )
      return { ...top.result, candidates: candidates.filter((name) => name !== top.entry.name) };
  }
  // Each person's best quotes, in turn, so every candidate is shown.
  const each = Math.max(1, Math.ceil(limit / Math.max(1, people.length)));
  const groups = people
    .map((entry) => speakerQuotes(snapshot, entry, query, range, each))
    .filter((result) => result.results.length > 0);
  const results = groups.flatMap((result) => result.results).slice(0, Math.max(limit, groups.length));
  const total = groups.reduce((sum, result) => sum + result.total, 0);
  return { speaker: null, candidates, total, results };
}

/** Candidates looked at for a shared name. */
const MAX_CANDIDATES = 8;

/**
 * Whether a speaker has a quote dated within the range. The quotes come newest first (undated last), so
 * a binary search finds the newest one at or before the range's end, and that one says.
 */
function quotedWithin(
  snapshot: StorySnapshot,
  entry: SpeakerEntry,
  range: { from: string | null; to: string | null },
): boolean {
  const dateOf = (pair: number) => snapshot.stories.dateAt(entry.quotes[pair * 2]!) ?? '';
  let lo = 0;
  let hi = entry.quotes.length >> 1;
  if (range.to !== null)
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (dateOf(mid) > range.to) lo = mid + 1;
      else hi = mid;
    }
  if (lo === entry.quotes.length >> 1) return false;
  const date = dateOf(lo);
  return date !== '' && (range.from === null || date >= range.from);
}

function speakerQuotes(
  snapshot: StorySnapshot,
  entry: SpeakerEntry,
  query: QuotesQuery,
  range: { from: string | null; to: string | null } | null,
  limit: number,
): QuotesResult {
  const speaker = { name: entry.name, aliases: entry.aliases, ...(entry.kind ? { kind: entry.kind } : {}) };

  const about = query.about?.trim() ? queryTermIds(snapshot.text, query.about, { correct: true }) : null;
  const aboutTerms = about ? new Set(about.ids.map((id) => snapshot.text.vocabulary.terms[id]!)) : null;
  const topicWordsIn = (text: string) => new Set(terms(text).filter((term) => aboutTerms!.has(term))).size;
  if (about && about.ids.length === 0) return { speaker, candidates: [], total: 0, results: [] };

  /** The best `limit` quotes so far, by score, newest first among equals (quote references come newest first). */
  const picked: Array<{ story: number; quote: number; score: number }> = [];
  let total = 0;
  // How many of the topic's words each story holds, counted once the first quote is in range.
  let aboutHeld: ((story: number) => number) | undefined;
  for (let i = 0; i < entry.quotes.length; i += 2) {
    const s = entry.quotes[i]!;
    const q = entry.quotes[i + 1]!;
    if (range) {
      const date = snapshot.stories.dateAt(s);
      if (!date || (range.from && date < range.from) || (range.to && date > range.to)) continue;
    }
    if (!about || !aboutTerms) {
      total++;
      if (picked.length < limit) picked.push({ story: s, quote: q, score: 0 });
      continue;
    }
    // A speaker of a few quotes has each of their stories looked up, not every story of the set.
    aboutHeld ??= termsHeldBy(snapshot.text, about.ids, entry.quotes.length / 2);
    const inStory = aboutHeld(s);
    if (inStory === 0) continue;
    total++;
    // A quote whose best possible score (every topic word in it and in its paragraph) cannot pass the
    // last one kept is counted without reading its text: a much-quoted speaker's quotes span thousands
    // of stories, each read from the cache's files.
    if (picked.length === limit && aboutTerms.size * 6 + inStory <= picked[limit - 1]!.score) continue;
    const text = snapshot.stories.quoteTextAt(s, q);
    const paragraph = paragraphOf(snapshot.stories.paragraphsAt(s), text);
    const own = topicWordsIn(paragraph ? quoteWithFrame(paragraph, text) : text);
    const score = own * 4 + (paragraph ? topicWordsIn(paragraph) * 2 : 0) + inStory;
    // After every kept quote of at least its score: an older quote never passes an equal newer one.
    let at = picked.length;
    while (at > 0 && picked[at - 1]!.score < score) at--;
    if (at >= limit) continue;
    picked.splice(at, 0, { story: s, quote: q, score });
    if (picked.length > limit) picked.pop();
  }
  const results = picked.map(({ story: s, quote: q }) => {
    const quote = snapshot.stories.quoteAt(s, q);
    return {
      ...storyRefAt(snapshot.stories, s),
      kind: quote.kind,
      text: quote.text,
      span: quote.span,
      speaker: entry.name,
    };
  });
  return { speaker, candidates: [], total, results };
}

/** A quote of at most this many words is a fragment, read with the sentence framing it. */
const FRAGMENT_WORDS = 8;

/** The words of the longest sentence read as a fragment's frame: a longer one speaks of more than it. */
const FRAME_WORDS = 20;

/**
 * A quote's words as what it says: a fragment's with the short sentence framing it (the current ICO
 * quota system is "unfair and autocratic"), whose words say what it is about; a longer quote's alone.
 */
export function quoteWithFrame(paragraph: string, text: string): string {
  if (text.split(/\s+/).length > FRAGMENT_WORDS) return text;
  const probe = text.replace(/^[\s"'“”‘’«]+/, '').replace(/[\s"'“”‘’»,.]+$/, '');
  const frame = splitSentences(paragraph).find((sentence) => sentence.includes(probe));
  return frame && frame.split(/\s+/).length <= FRAME_WORDS ? frame : text;
}

/** The paragraph a quote comes from (found by its opening words), for the words around the quote. */
export function paragraphOf(paragraphs: readonly string[] | null, text: string): string | null {
  const probe = text.replace(/^[\s"'“”‘’«]+/, '').slice(0, 40);
  if (probe.length < 8) return null;
  return paragraphs?.find((paragraph) => paragraph.includes(probe)) ?? null;
}
