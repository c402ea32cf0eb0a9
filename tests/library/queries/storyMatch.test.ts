/** Stories named by a few words: headline, dateline place, people and lead; runners-up as "did you mean". */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/library/ask.ts';
import { summarizeStory } from '../../../src/library/queries/summary.ts';
import type { StorySnapshot } from '../../../src/library/snapshot.ts';
import { snapshotOf } from '../../helpers/storyFolder.ts';

let cleanup: () => void;
let snapshot: StorySnapshot;

const STORIES: Record<string, string> = {
  'nairobi_tea.txt':
    'date 1987-04-03 NAIROBI, April 3 - Kenyan tea exports will suffer from a ban on imports, brokers said.\n',
  'colombo_tea.txt':
    'date 1987-04-04 COLOMBO, April 4 - Sri Lanka tea prices rose at the weekly auction, brokers said.\n',
  'paris_visit.txt':
    'date 2016-03-02 PARIS, March 2 - Former President Bill Clinton visited Paris on Wednesday.\n' +
    '    "The alliance with France has never been stronger," Bill Clinton said.\n',
  'gold_a.txt': 'date 1987-05-01 LONDON, May 1 - Gold prices rose in London trading on Friday.\n',
  'gold_b.txt': 'date 1987-05-01 ZURICH, May 1 - Gold prices rose in Zurich trading on Friday.\n',
};

beforeAll(async () => {
  ({ snapshot, cleanup } = await snapshotOf(STORIES));
});

afterAll(() => cleanup());

describe('stories named by a few words', () => {
  it('by the dateline place', () => {
    expect(summarizeStory(snapshot, 'nairobi').story?.id).toBe('nairobi_tea');
    expect(ask(snapshot, 'summarize the nairobi story').citations[0]?.id).toBe('nairobi_tea');
  });

  it('by a place and a word the story writes another way ("visit" for "visited")', () => {
    expect(ask(snapshot, 'summarize the Paris visit story').citations[0]?.id).toBe('paris_visit');
    expect(summarizeStory(snapshot, 'clinton paris').story?.id).toBe('paris_visit');
  });

  it('a clear best is shown with the runners-up offered', () => {
    const result = summarizeStory(snapshot, 'kenya tea brokers');
    expect(result.story?.id).toBe('nairobi_tea');
    expect(result.alternatives.map((alt) => alt.id)).toContain('colombo_tea');
  });

  it('asks only when stories are truly tied', () => {
    const tied = summarizeStory(snapshot, 'gold prices rose');
    expect(tied.story).toBeNull();
    expect(
      tied.alternatives
        .slice(0, 2)
        .map((alt) => alt.id)
        .sort(),
    ).toEqual(['gold_a', 'gold_b']);
    expect(summarizeStory(snapshot, 'gold zurich').story?.id).toBe('gold_b');
  });
});
