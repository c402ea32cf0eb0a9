import { queryDateRange } from '../dateRange.ts';
import { QueryError, type QuotesQuery, type QuotesResult } from '../results.ts';
import type { StorySnapshot } from '../snapshot.ts';
import { resolveSpeaker } from '../speakers.ts';
import { terms } from '../text.ts';
import { queryTermIds, vectorHas } from '../textIndex.ts';
import { limitOf, storyRef } from './common.ts';

/**
 * Quotes of one speaker, found fuzzily (`psaki` → Jen Paski), newest first. With `about`, only quotes
 * whose story mentions the topic, ranked by how many topic words the quote itself holds. An ambiguous
 * name gives `candidates` and no quotes.
 */
export function findQuotes(
  snapshot: StorySnapshot,
  query: QuotesQuery,
  now: Date = new Date(),
): QuotesResult {
  const limit = limitOf(query.limit, 10);
  const name = query.speaker?.trim();
  if (!name) throw new QueryError('name a speaker, e.g. "Khamenei" or "Jen Paski"');
  const range = queryDateRange({ from: query.from, to: query.to }, now);
  const match = resolveSpeaker(snapshot.speakers, name);
  if (match.kind === 'none') return { speaker: null, candidates: [], total: 0, results: [] };
  if (match.kind === 'ambiguous')
    return { speaker: null, candidates: match.candidates, total: 0, results: [] };
  const { entry } = match;
  const speaker = { name: entry.name, aliases: entry.aliases };

  const about = query.about?.trim() ? queryTermIds(snapshot.text, query.about) : null;
  const aboutTerms = about ? new Set(terms(query.about!)) : null;
  if (about && about.ids.length === 0) return { speaker, candidates: [], total: 0, results: [] };

  const picked: Array<{ story: number; quote: number; score: number }> = [];
  for (let i = 0; i < entry.quotes.length; i += 2) {
    const s = entry.quotes[i]!;
    const q = entry.quotes[i + 1]!;
    const story = snapshot.stories[s]!;
    if (range) {
      const date = story.date;
      if (!date || (range.from && date < range.from) || (range.to && date > range.to)) continue;
    }
    let score = 0;
    if (about && aboutTerms) {
      const vector = snapshot.vectors[s]!;
      const inStory = about.ids.filter((id) => vectorHas(vector, id)).length;
      if (inStory === 0) continue;
      const quoteTerms = terms(story.quotes[q]!.text);
      const inQuote = quoteTerms.filter((term) => aboutTerms.has(term)).length;
      score = inQuote * 2 + inStory;
    }
    picked.push({ story: s, quote: q, score });
  }
  // Quote references are already newest first; a stable sort by score keeps that among equals.
  if (about) picked.sort((a, b) => b.score - a.score);
  const results = picked.slice(0, limit).map(({ story: s, quote: q }) => {
    const story = snapshot.stories[s]!;
    const quote = story.quotes[q]!;
    return { ...storyRef(story), kind: quote.kind, text: quote.text, span: quote.span, speaker: entry.name };
  });
  return { speaker, candidates: [], total: picked.length, results };
}
