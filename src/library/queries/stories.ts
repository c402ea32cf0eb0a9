import { queryDateRange } from '../dateRange.ts';
import { checkedInput } from '../limits.ts';
import { resolvePlace } from '../placeIndex.ts';
import type { StoriesQuery, StoriesResult } from '../results.ts';
import type { StorySnapshot } from '../snapshot.ts';
import { queryTermIds, searchText } from '../textIndex.ts';
import { limitOf, rankRange, storyPlace, storyRef } from './common.ts';

/**
 * Stories by date, place and topic, newest first, then by relevance. `total` counts every match before
 * `limit`. A topic matches stories holding all its known words; when none holds them all, the stories
 * scoring at least half the best score.
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

  // Scores by rank for topic queries: 0 means "not a match".
  let scoreByRank: Float32Array | null = null;
  let best = 0;
  if (topicText) {
    const { ids } = queryTermIds(snapshot.text, topicText, { correct: true });
    if (ids.length === 0) return none;
    // Every hit is needed (they are ordered by date, not score), so they are left unsorted.
    let hits = searchText(snapshot.text, ids, ids.length, { unsorted: true });
    const all = hits.docs.length > 0;
    if (!all) hits = searchText(snapshot.text, ids, 1, { unsorted: true });
    for (const score of hits.scores) if (score > best) best = score;
    scoreByRank = scoreBuffer(stories.length);
    const floor = all ? 0 : best * 0.5;
    for (let i = 0; i < hits.docs.length; i++) {
      const score = hits.scores[i]!;
      if (score >= floor && score > 0) scoreByRank[rankOf[hits.docs[i]!]!] = score;
    }
  }

  // Matching ranks in ascending order (= newest first).
  const ranks: number[] = [];
  if (place) {
    for (const rank of place.ranks) {
      if (rank < lo || rank >= hi) continue;
      if (scoreByRank && scoreByRank[rank] === 0) continue;
      ranks.push(rank);
    }
  } else if (scoreByRank) {
    for (let rank = lo; rank < hi; rank++) if (scoreByRank[rank]! > 0) ranks.push(rank);
  } else {
    for (let rank = lo; rank < Math.min(hi, lo + limit); rank++) ranks.push(rank);
  }
  const total = place || scoreByRank ? ranks.length : hi - lo;

  // Newest first, then by relevance: take the page plus the rest of its last day, order that by score.
  let end = Math.min(limit, ranks.length);
  const dateOf = (rank: number) => stories[order[rank]!]!.date;
  const lastDate = end > 0 ? dateOf(ranks[end - 1]!) : null;
  while (scoreByRank && end < ranks.length && dateOf(ranks[end]!) === lastDate) end++;
  const page = ranks.slice(0, end);
  if (scoreByRank) {
    const scores = scoreByRank;
    page.sort((a, b) => {
      const da = dateOf(a) ?? '';
      const db = dateOf(b) ?? '';
      return da !== db ? (da < db ? 1 : -1) : scores[b]! - scores[a]! || a - b;
    });
  }
  const results = page.slice(0, limit).map((rank) => {
    const story = stories[order[rank]!]!;
    const score = scoreByRank && best > 0 ? Math.round((scoreByRank[rank]! / best) * 1000) / 1000 : 1;
    return { ...storyRef(story), ...storyPlace(story), score };
  });
  scoreByRank?.fill(0);
  return { query: understood, total, results };
}

let shared: Float32Array | null = null;

/**
 * One score buffer re-used by every topic query (queries are synchronous). A fresh 400 KB buffer per
 * query at 100k stories makes V8 run full collections of the whole story heap every few dozen queries.
 */
function scoreBuffer(n: number): Float32Array {
  if (!shared || shared.length < n) shared = new Float32Array(n);
  return shared;
}
