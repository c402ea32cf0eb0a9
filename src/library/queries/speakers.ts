import { checkedInput } from '../limits.ts';
import { QueryError, type SpeakersResult } from '../results.ts';
import type { StorySnapshot } from '../snapshot.ts';
import { normalizeName } from '../text.ts';
import { storyById } from './summary.ts';

/** Speakers of one story or of the whole set, with quote and story counts, most quoted first. */
export function listSpeakers(
  snapshot: StorySnapshot,
  query: { story?: string; limit?: number } = {},
): SpeakersResult {
  const limit = query.limit ?? Number.POSITIVE_INFINITY;
  if (query.story !== undefined) {
    const story = storyById(snapshot, checkedInput('story', query.story));
    if (!story) throw new QueryError(`no story with the id "${query.story.trim()}"`);
    const counts = new Map<string, number>();
    for (const quote of story.quotes)
      if (quote.speaker) counts.set(quote.speaker, (counts.get(quote.speaker) ?? 0) + 1);
    const people = new Map(story.people.map((person) => [normalizeName(person.name), person]));
    const speakers = [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([name, quotes]) => {
        const person = people.get(normalizeName(name));
        return {
          name,
          aliases: person?.aliases ?? [],
          quotes,
          stories: 1,
          ...(person?.kind === 'organisation' ? { kind: 'organisation' as const } : {}),
        };
      });
    return { speakers };
  }
  const { entries, byQuotes } = snapshot.speakers;
  const speakers = [...byQuotes.subarray(0, Math.min(byQuotes.length, limit))].map((i) => {
    const entry = entries[i]!;
    return {
      name: entry.name,
      aliases: entry.aliases,
      quotes: entry.quoteCount,
      stories: entry.storyCount,
      ...(entry.kind ? { kind: entry.kind } : {}),
    };
  });
  return { speakers };
}
