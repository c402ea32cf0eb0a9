import type { Story } from '../../engine/types.ts';
import { datelinePlace } from '../placeIndex.ts';
import { QueryError, type StoryRef } from '../results.ts';
import type { StoryStore } from '../storyStore.ts';

export function storyRef(story: Story): StoryRef {
  return { id: story.id, file: story.file, date: story.date, headline: story.headline };
}

export function storyPlace(story: Pick<Story, 'dateline'>): { place: string | null; country: string | null } {
  return { place: datelinePlace(story), country: story.dateline?.country ?? null };
}

/** Story `i`'s reference and place read from the store's columns: a listing decodes no story. */
export function storyRefAt(stories: StoryStore, i: number): StoryRef {
  return {
    id: stories.idAt(i),
    file: stories.fileAt(i),
    date: stories.dateAt(i),
    headline: stories.headlineAt(i),
  };
}

/** A limit from a query: a whole number of at least 1, else the default. */
export function limitOf(limit: number | undefined, fallback: number): number {
  if (limit === undefined) return fallback;
  if (!Number.isInteger(limit) || limit < 1)
    throw new QueryError(`the limit must be a whole number of at least 1, not ${limit}`);
  return limit;
}

/** Ranks (newest-first positions) of stories dated within [from, to]; undated stories only without bounds. */
export function rankRange(
  stories: StoryStore,
  order: Uint32Array,
  from: string | null,
  to: string | null,
): [number, number] {
  const dateAt = (rank: number) => stories.dateAt(order[rank]!) ?? '';
  // Dates descend with rank, and undated stories ('') come last.
  const firstWhere = (test: (date: string) => boolean) => {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (test(dateAt(mid))) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const start = to ? firstWhere((date) => date <= to) : 0;
  const end = from ? firstWhere((date) => date < from) : firstWhere((date) => date === '');
  const hasBounds = from !== null || to !== null;
  return [start, hasBounds ? Math.max(start, end) : order.length];
}
