import type { StoryLayout } from './layout.ts';

/** An extractive summary: 2-3 sentences of the story, in story order, at most 600 characters. */
export function summarize(layout: StoryLayout): string {
  return layout.sentences
    .slice(0, 3)
    .map((sentence) => sentence.text)
    .join(' ')
    .slice(0, 600);
}
