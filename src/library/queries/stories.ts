import { queryDateRange } from '../dateRange.ts';
import { checkedInput } from '../limits.ts';
import { lowerBound } from '../lowerBound.ts';
import { datelinePlace, type PlaceEntry, resolvePlace } from '../placeIndex.ts';
import type { StoriesQuery, StoriesResult, TopicMatch } from '../results.ts';
import { copiesOf } from '../sameText.ts';
import type { StorySnapshot } from '../snapshot.ts';
import { normalizeName } from '../text.ts';
import { queryTermIds, searchText, type TextHits, topOf } from '../textIndex.ts';
import { limitOf, rankRange, storyPlace, storyRefAt } from './common.ts';

/**
 * Stories by date, place and topic. A place matches the stories datelined there (and, for a country
 * or region, in its cities) and those naming it; datelined stories come first. Topic words rank, they
 * do not filter: stories holding every word come first (newest first), then those holding some of
 * them (most words, then best score), each labelled with `match`; when no story of that date and place
 * holds any of the words, those stories are listed with `match: "none"` rather than nothing.
 * `total` counts every story listed before `limit`.
 */
export function findStories(
  snapshot: StorySnapshot,
  query: StoriesQuery,
  now: Date = new Date(),
): StoriesResult {
  const limit = limitOf(query.limit, 10);
  checkedInput('place', query.place);
  checkedInput('topic', query.topic);
  const range = queryDateRange(query, now);
  const from = range?.from ?? null;
  const to = range?.to ?? null;
  const placeText = query.place?.trim() || null;
  const topicText = query.topic?.trim() || null;
  const { stories, order, rankOf } = snapshot;
  const place = placeText ? resolvePlace(snapshot.places, placeText) : null;
  const understood = { from, to, place: place?.name ?? placeText, topic: topicText };
  const none: StoriesResult = { query: understood, total: 0, results: [] };
  if (placeText && !place) return none;

  const [lo, hi] = rankRange(stories, order, from, to);
  if (lo >= hi) return none;

  // Topic scores and matched word counts by rank: 0 means "no topic word".
  let scoreByRank: Float32Array | null = null;
  let matchedByRank: Uint8Array | null = null;
  let wordCount = 0;
  let best = 0;
  let hits: TextHits | null = null;
  if (topicText) {
    const { ids } = queryTermIds(snapshot.text, topicText, { correct: true });
    wordCount = ids.length;
    // Every hit is needed (they are ordered by date, not score), so they are left unsorted.
    hits = ids.length > 0 ? searchText(snapshot.text, ids, 1, { unsorted: true }) : null;
    for (let i = 0; hits && i < hits.docs.length; i++) if (hits.scores[i]! > best) best = hits.scores[i]!;
    // Neither a date nor a place to fall back on: a topic no story holds finds nothing.
    if (best === 0 && !place && !range) return none;
    // Without a place, the hits are listed straight from the search (`byTopic`).
    if (hits && best > 0 && !place) {
      const tiers = byTopic(snapshot, hits, wordCount, lo, hi, limit);
      if (tiers.total > 0 || !range) {
        const results = tiers.listed.map(({ rank, score, matched }) => ({
          ...storyRefAt(stories, order[rank]!),
          ...storyPlace({ dateline: stories.datelineAt(order[rank]!) }),
          score: Math.round((score / best) * 1000) / 1000,
          match: (matched >= wordCount ? 'all' : 'some') as TopicMatch,
        }));
        return { query: understood, total: tiers.total, matched: tiers.matched, results };
      }
    }
    ({ scores: scoreByRank, matched: matchedByRank } = scoreBuffers(stories.length));
    for (let i = 0; hits && i < hits.docs.length; i++) {
      const rank = rankOf[hits.docs[i]!]!;
      scoreByRank[rank] = hits.scores[i]!;
      matchedByRank[rank] = hits.matched[i]!;
    }
  }

  // A place without a topic: its first stories read in order, the rest counted (`placeListing`).
  if (place && !scoreByRank) {
    const listing = placeListing(snapshot, place, lo, hi, limit);
    const results = listing.listed.map((rank) => ({
      ...storyRefAt(stories, order[rank]!),
      ...storyPlace({ dateline: stories.datelineAt(order[rank]!) }),
      score: 1,
    }));
    return { query: understood, total: listing.total, results };
  }

  // Matching ranks in ascending order (= newest first).
  let ranks: ArrayLike<number> = [];
  const rangeRanks = (end: number) => Array.from({ length: Math.max(0, end - lo) }, (_, k) => lo + k);
  if (place) {
    // A place's ranks are in order: the range's are a slice of them.
    ranks = place.ranks.subarray(lowerBound(place.ranks, lo), lowerBound(place.ranks, hi));
  } else if (scoreByRank) {
    // A topic no story of the range holds (`byTopic` lists the others): every story of the range, as
    // stories of no match.
    ranks = rangeRanks(hi);
  } else {
    ranks = rangeRanks(Math.min(hi, lo + limit));
  }

  const matchOf = (rank: number): TopicMatch =>
    !matchedByRank || matchedByRank[rank] === 0 ? 'none' : matchedByRank[rank]! >= wordCount ? 'all' : 'some';
  const datelined = place ? datelinedTest(snapshot, place) : null;
  // Tiers: every topic word, datelined there first; some of the words, most first; none (only when no
  // story has any of them).
  const all: number[] = [];
  const some: number[] = [];
  const rest: number[] = [];
  const { firstOf } = copiesOf(snapshot);
  const sortIn = (rank: number) => {
    // A story filed twice with the same text is listed once.
    if (firstOf[order[rank]!] !== order[rank]) return;
    const match = scoreByRank ? matchOf(rank) : 'all';
    (match === 'all' ? all : match === 'some' ? some : rest).push(rank);
  };
  for (let k = 0; k < ranks.length; k++) sortIn(ranks[k]!);
  // Only the first `limit` of the list are shown: the tiers are read, and `some` put in order, only as
  // far as they reach (a common topic word holds a fifth of the set).
  let listed: number[];
  if (all.length + some.length > 0) {
    listed = firstDatelinedFirst(all, limit, datelined);
    if (listed.length < limit) {
      const moreFirst = (a: number, b: number) =>
        matchedByRank![b]! - matchedByRank![a]! || scoreByRank![b]! - scoreByRank![a]! || a - b;
      const want = limit - listed.length;
      if (datelined) {
        const [inPlace, others] = partition(some, datelined);
        const first = topOf(inPlace, want, moreFirst);
        listed.push(...first, ...topOf(others, want - first.length, moreFirst));
      } else listed.push(...topOf(some, want, moreFirst));
    }
  } else listed = firstDatelinedFirst(rest, limit, datelined);
  const listedCount = all.length + some.length > 0 ? all.length + some.length : rest.length;
  const total = place || scoreByRank ? listedCount : hi - lo;

  const results = listed.map((rank) => {
    const s = order[rank]!;
    const score = scoreByRank && best > 0 ? Math.round((scoreByRank[rank]! / best) * 1000) / 1000 : 1;
    return {
      ...storyRefAt(stories, s),
      ...storyPlace({ dateline: stories.datelineAt(s) }),
      score,
      ...(scoreByRank ? { match: matchOf(rank) } : {}),
    };
  });
  // The buffers are shared: only what this query wrote is cleared.
  for (let i = 0; hits && i < hits.docs.length; i++) {
    const rank = rankOf[hits.docs[i]!]!;
    scoreByRank![rank] = 0;
    matchedByRank![rank] = 0;
  }
  return {
    query: understood,
    total,
    ...(scoreByRank ? { matched: { all: all.length, some: some.length } } : {}),
    results,
  };
}

/**
 * A place's stories within the ranks `[lo, hi)`, one of each text, without a topic: the first `limit`
 * with those datelined there first (read only until `limit` datelined ones are found), and how many there
 * are, counted from the place's running count of first copies (made on the place's first long listing)
 * rather than by reading every rank of a place that holds a tenth of the set.
 */
function placeListing(
  snapshot: StorySnapshot,
  place: PlaceEntry,
  lo: number,
  hi: number,
  limit: number,
): { listed: number[]; total: number } {
  const { order } = snapshot;
  const copies = copiesOf(snapshot);
  const { firstOf } = copies;
  const from = lowerBound(place.ranks, lo);
  const to = lowerBound(place.ranks, hi);
  // A rank is its text's first copy, else a copy left out.
  const isFirst = (rank: number) => firstOf[order[rank]!] === order[rank];
  const listed = firstDatelinedFirst(
    place.ranks.subarray(from, to),
    limit,
    datelinedTest(snapshot, place),
    (rank) => !isFirst(rank),
  );
  if (to - from < COUNTED_FROM) {
    let total = 0;
    for (let k = from; k < to; k++) if (isFirst(place.ranks[k]!)) total++;
    return { listed, total };
  }
  const firsts = firstsRunning(copies, place.ranks, isFirst);
  return { listed, total: firsts[to]! - firsts[from]! };
}

/** Place listings this long (ranks in the date range) are counted from the running count. */
const COUNTED_FROM = 1024;

const runningFirsts = new WeakMap<object, WeakMap<Uint32Array, Uint32Array>>();

/** How many of a place's first `k` ranks are a first copy of their text, for every k (made once per snapshot). */
function firstsRunning(copies: object, ranks: Uint32Array, isFirst: (rank: number) => boolean): Uint32Array {
  let byRanks = runningFirsts.get(copies);
  if (!byRanks) {
    byRanks = new WeakMap();
    runningFirsts.set(copies, byRanks);
  }
  let firsts = byRanks.get(ranks);
  if (!firsts) {
    firsts = new Uint32Array(ranks.length + 1);
    for (let k = 0; k < ranks.length; k++) firsts[k + 1] = firsts[k]! + (isFirst(ranks[k]!) ? 1 : 0);
    byRanks.set(ranks, firsts);
  }
  return firsts;
}

type TopicHit = { rank: number; score: number; matched: number };

/**
 * The stories a topic's hits list within the ranks `[lo, hi)`, read in one pass over the hits (a common
 * word holds a fifth of the set): those holding every word newest first, then those holding some of
 * them, most words first, then best score, then newest; only the first `limit` kept in order, the others
 * counted. A story filed twice with the same text is listed once.
 */
function byTopic(
  snapshot: StorySnapshot,
  hits: TextHits,
  wordCount: number,
  lo: number,
  hi: number,
  limit: number,
): { listed: TopicHit[]; total: number; matched: { all: number; some: number } } {
  const { rankOf } = snapshot;
  const { firstOf } = copiesOf(snapshot);
  const all = new TopicTier(limit, (a, b) => a.rank - b.rank);
  const some = new TopicTier(limit, (a, b) => b.matched - a.matched || b.score - a.score || a.rank - b.rank);
  for (let i = 0; i < hits.docs.length; i++) {
    const doc = hits.docs[i]!;
    const rank = rankOf[doc]!;
    if (rank < lo || rank >= hi || firstOf[doc] !== doc) continue;
    const matched = hits.matched[i]!;
    // Scores as the other listings keep them (single precision), so that ties fall alike.
    (matched >= wordCount ? all : some).offer(rank, Math.fround(hits.scores[i]!), matched);
  }
  const listed = all.kept.slice();
  listed.push(...some.kept.slice(0, limit - listed.length));
  return { listed, total: all.count + some.count, matched: { all: all.count, some: some.count } };
}

/** The first `size` hits offered to a tier, in `compare` order; every hit offered is counted. */
class TopicTier {
  count = 0;
  readonly kept: TopicHit[] = [];
  readonly #probe: TopicHit = { rank: 0, score: 0, matched: 0 };
  constructor(
    readonly size: number,
    readonly compare: (a: TopicHit, b: TopicHit) => number,
  ) {}

  offer(rank: number, score: number, matched: number): void {
    this.count++;
    const { kept, compare } = this;
    const probe = this.#probe;
    probe.rank = rank;
    probe.score = score;
    probe.matched = matched;
    // Most hits fall behind the last kept: they are counted, and nothing is made of them.
    if (this.size <= 0 || (kept.length === this.size && compare(probe, kept[kept.length - 1]!) >= 0)) return;
    let at = kept.length;
    while (at > 0 && compare(probe, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, { rank, score, matched });
    if (kept.length > this.size) kept.pop();
  }
}

/**
 * The first `count` of the ranks with those `datelined` accepts first, each part in list order, those
 * `skipped` accepts left out: the list is read only until `count` datelined ones are found.
 */
function firstDatelinedFirst(
  list: ArrayLike<number>,
  count: number,
  datelined: ((rank: number) => boolean) | null,
  skipped?: (rank: number) => boolean,
): number[] {
  const inPlace: number[] = [];
  const others: number[] = [];
  for (let k = 0; k < list.length && inPlace.length < count; k++) {
    if (skipped?.(list[k]!)) continue;
    if (!datelined || datelined(list[k]!)) inPlace.push(list[k]!);
    else if (others.length < count) others.push(list[k]!);
  }
  return [...inPlace, ...others].slice(0, count);
}

function partition(list: readonly number[], test: (rank: number) => boolean): [number[], number[]] {
  const yes: number[] = [];
  const no: number[] = [];
  for (const item of list) (test(item) ? yes : no).push(item);
  return [yes, no];
}

/** Whether the story at a rank is datelined in the place (in one of its cities, for a country or region). */
function datelinedTest(snapshot: StorySnapshot, place: PlaceEntry): (rank: number) => boolean {
  const key = normalizeName(place.name);
  // A region's datelined ranks are sorted: looked up by binary search, not copied into a Set per query.
  const inCities = place.datelined;
  return (rank) => {
    if (inCities && inCities[lowerBound(inCities, rank)] === rank) return true;
    const dateline = snapshot.stories.datelineAt(snapshot.order[rank]!);
    const at = datelinePlace({ dateline });
    if (at && normalizeName(at) === key) return true;
    return place.kind === 'country' && dateline?.country != null && normalizeName(dateline.country) === key;
  };
}

let shared: { scores: Float32Array; matched: Uint8Array } | null = null;

/**
 * Score buffers re-used by every topic query (queries are synchronous). A fresh 400 KB buffer per
 * query at 100k stories makes V8 run full collections of the whole story heap every few dozen queries.
 */
function scoreBuffers(n: number): { scores: Float32Array; matched: Uint8Array } {
  if (!shared || shared.scores.length < n)
    shared = { scores: new Float32Array(n), matched: new Uint8Array(n) };
  return shared;
}
