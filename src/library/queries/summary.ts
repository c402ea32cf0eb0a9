import type { Story } from '../../engine/types.ts';
import { checkedInput } from '../limits.ts';
import { QueryError, type SummaryResult } from '../results.ts';
import type { StorySnapshot } from '../snapshot.ts';
import { storyPlace, storyRef } from './common.ts';
import { matchStory } from './storyMatch.ts';

/** The story an id names (also with its file extension, in any case), or null. */
export function storyById(snapshot: StorySnapshot, ref: string): Story | null {
  const id = ref.trim().replace(/\.(txt|md)$/i, '');
  const index = snapshot.byId.get(id) ?? snapshot.byId.get(id.toLowerCase());
  return index === undefined ? null : snapshot.stories.at(index)!;
}

/**
 * A story named by its id or by a few words of it (headline, dateline place, people, lead) → its
 * summary, with the runners-up as alternatives. When the words fit several stories about equally, no
 * story is chosen and the closest ones are offered.
 */
export function summarizeStory(snapshot: StorySnapshot, ref: string): SummaryResult {
  const text = checkedInput('story', ref)?.trim();
  if (!text) throw new QueryError('name a story by its id or a few words of its headline');
  const direct = storyById(snapshot, text);
  if (direct) return found(direct, []);
  const { chosen, others } = matchStory(snapshot, text);
  const alternatives = distinctStories(snapshot, chosen, others).map((story) => ({
    id: story.id,
    headline: story.headline,
  }));
  if (chosen !== null) return found(snapshot.stories.at(chosen)!, alternatives);
  return { story: null, summary: '', alternatives };
}

/** The other stories, without copies of the chosen one or of each other (same headline and date). */
function distinctStories(snapshot: StorySnapshot, chosen: number | null, others: number[]): Story[] {
  const seen = new Set<string>();
  const key = (story: Story) => `${story.headline.trim().toLowerCase()}|${story.date ?? ''}`;
  if (chosen !== null) seen.add(key(snapshot.stories.at(chosen)!));
  const out: Story[] = [];
  for (const index of others) {
    const story = snapshot.stories.at(index)!;
    if (seen.has(key(story))) continue;
    seen.add(key(story));
    out.push(story);
  }
  return out;
}

function found(story: Story, alternatives: SummaryResult['alternatives']): SummaryResult {
  return {
    story: { ...storyRef(story), place: storyPlace(story).place },
    summary: story.summary,
    alternatives,
  };
}
