import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/engine/parseStory.ts';
import type { Story } from '../../src/engine/types.ts';
import { StoryStore } from '../../src/library/storyStore.ts';

const seedText = readFileSync(new URL('../../stories/000_2696b59510ee6b97.txt', import.meta.url), 'utf8');

describe('a story of many quotes', () => {
  it('reads its quotes one after another in time that grows with the story, not with quotes times story', {
    timeout: 60_000,
  }, () => {
    const outcome = parseStory(seedText, 'seed.txt');
    if (!outcome.ok) throw new Error(outcome.error);
    // 20,000 paragraphs (about 1.6 MB) of one quote each: decoding and joining the whole body again
    // for each quote made this take minutes.
    const count = 20_000;
    const paragraphs = Array.from(
      { length: count },
      (_, i) => `"Line number ${i} is here," said the official in a statement on the port.`,
    );
    const story: Story = {
      ...outcome.story,
      id: 'many',
      file: 'many.txt',
      paragraphs,
      paragraphOffsets: undefined,
      quotes: paragraphs.map((paragraph, i) => ({
        ...outcome.story.quotes[0]!,
        text: paragraph.slice(0, paragraph.indexOf(',"') + 2),
        span: [i * 100, i * 100 + 30],
      })),
    };
    const store = StoryStore.of([story]);
    const started = performance.now();
    let last = '';
    for (let q = 0; q < count; q++) last = store.quoteTextAt(0, q);
    const elapsed = performance.now() - started;
    expect(last).toBe(`"Line number ${count - 1} is here,"`);
    // Generous: the whole run takes well under a second.
    expect(elapsed).toBeLessThan(10_000);
  });
});
