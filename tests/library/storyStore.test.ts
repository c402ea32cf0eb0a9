import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/engine/parseStory.ts';
import type { Story } from '../../src/engine/types.ts';
import { storyParagraphs } from '../../src/library/sentenceIndex.ts';
import { runNow } from '../../src/library/slices.ts';
import { encodeStories, StoryColumnsReader } from '../../src/library/storyColumns.ts';
import { StoredStory, StoryStore, storyColumnsSteps, withFile } from '../../src/library/storyStore.ts';

function parsed(path: string, file: string): Story {
  const outcome = parseStory(readFileSync(new URL(`../../stories/${path}`, import.meta.url), 'utf8'), file);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.story;
}

// Real stories: quotes with speakers and mentions, people with roles, paragraphs and offset maps.
const seed = parsed('000_2696b59510ee6b97.txt', '000_2696b59510ee6b97.txt');
const lyon = parsed('lyon_quays.txt', 'lyon_quays.txt');
const front: Story = {
  ...lyon,
  id: 'front',
  file: 'front.md',
  headline: 'Ünïcode “quotes” — and front matter',
  meta: { source: 'Reuters', tags: ['a', 'b'] },
};

// Texts that are not words of the body, and an offset map with large and backward steps.
const odd: Story = {
  ...seed,
  id: 'odd',
  file: 'odd.txt',
  summary: 'A summary written apart from the body.',
  quotes: seed.quotes.map((quote, i) => (i === 0 ? { ...quote, text: '"Words found nowhere else"' } : quote)),
  paragraphOffsets: [[5, 10, 200_000, 3, 1, 70_000, 3_000_000]],
};

describe('story store', () => {
  it('decodes every field of a story as it was parsed, front matter and non-ASCII text included', () => {
    const store = StoryStore.of([seed, lyon, front, odd]);
    expect(store).toHaveLength(4);
    expect(seed.quotes.length).toBeGreaterThan(5);
    expect(seed.paragraphOffsets?.length).toBeGreaterThan(0);
    expect([...store]).toEqual([seed, lyon, front, odd]);
    // A quote kept as text of its own (not words of the body) is read as well.
    expect(store.quoteTextAt(3, 0)).toBe('"Words found nowhere else"');
    expect(store.at(2)).toEqual(front);
    expect([store.idAt(1), store.fileAt(2), store.dateAt(0), store.headlineAt(2)]).toEqual([
      lyon.id,
      'front.md',
      seed.date,
      front.headline,
    ]);
    expect(store.peopleAt(0)).toEqual(seed.people);
  });

  it('reads the paragraphs sentences come from: the body, or the summary of a story without one', () => {
    const { paragraphs: _, paragraphOffsets: __, ...bare } = { ...lyon, id: 'bare' };
    const store = StoryStore.of([seed, bare]);
    expect(store.bodyParagraphsAt(0)).toEqual(storyParagraphs(seed));
    expect(store.bodyParagraphsAt(1)).toEqual([lyon.summary]);
    expect(store.bodyParagraphAt(0, 1)).toBe(seed.paragraphs![1]);
    expect(store.bodyParagraphAt(0, seed.paragraphs!.length)).toBeUndefined();
    expect(store.bodyParagraphAt(1, 1)).toBeUndefined();
    expect(store.paragraphsAt(0)).toEqual(seed.paragraphs);
    expect(store.paragraphsAt(1)).toBeNull();
    // A summary read alone: a span of the paragraphs up to its end (one across two of them here), or its own text.
    const across = {
      ...seed,
      id: 'across',
      summary: `${seed.paragraphs![1]!.slice(-20)} ${seed.paragraphs![2]!.slice(0, 30)}`,
    };
    const stories = [seed, bare, odd, across];
    const summaries = StoryStore.of(stories);
    expect(stories.map((_, i) => summaries.summaryAt(i))).toEqual(stories.map((story) => story.summary));
    seed.quotes.forEach((quote, q) => {
      expect(store.quoteTextAt(0, q)).toBe(quote.text);
      // A quote read on its own, as a listing of quotes reads it: no story decoded.
      expect(store.quoteAt(0, q)).toEqual(quote);
    });
  });

  it('has no story outside its range, counting from the end included', () => {
    const store = StoryStore.of([seed]);
    expect(store.at(-1)).toBeUndefined();
    expect(store.at(1)).toBeUndefined();
    expect(store.at(0.5)).toBeUndefined();
  });

  it('mixes stored rows, renamed ones and newly parsed stories, and writes them as one set of columns', () => {
    const reader = new StoryColumnsReader(encodeStories([seed, lyon]));
    const stored = (row: number) => new StoredStory(reader, row);
    const entries = [withFile(stored(1), 'moved/lyon_quays.txt'), front, stored(0)];
    const expected = [{ ...lyon, file: 'moved/lyon_quays.txt' }, front, seed];
    const store = StoryStore.of(entries);
    expect([...store]).toEqual(expected);
    expect(store.fileAt(0)).toBe('moved/lyon_quays.txt');
    const columns = runNow(storyColumnsSteps(entries));
    expect(columns.count).toBe(3);
    const back = new StoryColumnsReader(columns);
    expect(expected.map((_, i) => back.story(i))).toEqual(expected);
    // The stories of one set of columns, row for row, are those columns: nothing is copied.
    expect(runNow(storyColumnsSteps([stored(0), stored(1)]))).toBe(reader.columns);
    expect(StoryStore.of([stored(0), stored(1)]).entry(1).reader).toBe(reader);
  });

  it('patches a store at the changed numbers only, and lets go of a column set no story uses any more', () => {
    const first = StoryStore.of([seed, lyon]);
    // Story 1 edited (parsed again), a story added: they go to a column set of their own.
    const second = runNow(StoryStore.patched(first, [first.entry(0), front, odd], [1, 2]));
    expect([...second]).toEqual([seed, front, odd]);
    expect(second.columnSets()).toHaveLength(2);
    // Both stories of that set replaced, and the first story removed (the last takes its number).
    const third = runNow(StoryStore.patched(second, [lyon, seed], [0, 1, 2]));
    expect([...third]).toEqual([lyon, seed]);
    expect(third.columnSets()).toHaveLength(1);
    // The stores before are as they were.
    expect([...first]).toEqual([seed, lyon]);
    expect([...second]).toEqual([seed, front, odd]);
  });

  it('hands out a story it decoded lately as the same object', () => {
    const store = StoryStore.of([seed, lyon]);
    expect(store.at(1)).toBe(store.at(1));
  });
});
