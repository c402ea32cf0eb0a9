import type { Story } from '../../engine/types.ts';
import { checkedInput } from '../limits.ts';
import { QueryError, type SummaryResult } from '../results.ts';
import type { StorySnapshot } from '../snapshot.ts';
import { queryTermIds, searchText } from '../textIndex.ts';
import { storyPlace, storyRef } from './common.ts';

/** The story an id names (also with its file extension, in any case), or null. */
export function storyById(snapshot: StorySnapshot, ref: string): Story | null {
  const id = ref.trim().replace(/\.(txt|md)$/i, '');
  const index = snapshot.byId.get(id) ?? snapshot.byId.get(id.toLowerCase());
  return index === undefined ? null : snapshot.stories[index]!;
}

/**
 * A story named by its id or by a few words of its headline or text → its summary. When the words fit
 * several stories about equally, no story is chosen and the closest ones are offered as alternatives.
 */
export function summarizeStory(snapshot: StorySnapshot, ref: string): SummaryResult {
  const text = checkedInput('story', ref)?.trim();
  if (!text) throw new QueryError('name a story by its id or a few words of its headline');
  const direct = storyById(snapshot, text);
  if (direct) return found(direct, []);
  const { ids } = queryTermIds(snapshot.text, text, { correct: true });
  if (ids.length === 0) return { story: null, summary: '', alternatives: [] };
  const hits = searchText(snapshot.text, ids, 1, { top: 6 });
  const n = Math.min(hits.docs.length, 6);
  const top = Array.from({ length: n }, (_, i) => ({
    story: snapshot.stories[hits.docs[i]!]!,
    score: hits.scores[i]!,
    matched: hits.matched[i]!,
  }));
  const [first, second] = top;
  if (!first) return { story: null, summary: '', alternatives: [] };
  const sure = first.matched === ids.length && (!second || first.score >= second.score * 1.25);
  if (sure) return found(first.story, []);
  return {
    story: null,
    summary: '',
    alternatives: top.slice(0, 5).map(({ story }) => ({ id: story.id, headline: story.headline })),
  };
}

function found(story: Story, alternatives: SummaryResult['alternatives']): SummaryResult {
  return {
    story: { ...storyRef(story), place: storyPlace(story).place },
    summary: story.summary,
    alternatives,
  };
}
