import type { Story } from '../../engine/types.ts';
import type { StorySnapshot } from '../snapshot.ts';
import { storyById } from './summary.ts';

/** The full story for a story card, by id (or file name); null when there is none. */
export function getStory(snapshot: StorySnapshot, id: string): Story | null {
  return storyById(snapshot, id);
}
