import { describe, expect, it } from 'vitest';
import { buildHeadlineIndex, patchHeadlineIndex } from '../../src/library/headlineIndex.ts';

const WORDS = ['oil', 'prices', 'rise', 'fall', 'u.s.', 'bank', 'rates', 'gold', 'to', 'cut', 'says'];

/** A headline of a few words from WORDS, picked by a simple generator seeded with `seed`. */
function headline(seed: number): string {
  let x = seed * 2654435761;
  const words: string[] = [];
  for (let k = 0; k < 2 + (seed % 4); k++) {
    x = (x * 1103515245 + 12345) >>> 0;
    words.push(WORDS[x % WORDS.length]!);
  }
  return words.join(' ');
}

const ranksIdentity = (n: number) => Uint32Array.from({ length: n }, (_, i) => i);

describe('patchHeadlineIndex', () => {
  it('gives the index a build of the changed headlines gives: edits that keep or change a headline, one emptied word, a new word', () => {
    const before = Array.from({ length: 60 }, (_, i) => headline(i));
    before[20] = 'zinc output falls'; // the only headline with "zinc"
    const after = before.slice();
    after[7] = `${before[7]} zeppelin`; // a word no headline had
    after[11] = headline(1000);
    after[12] = before[13]!;
    after[20] = 'bank rates cut'; // "zinc" gone from every headline
    // Story 3 is edited with its headline as it was.
    const changed = [3, 7, 11, 12, 20];
    const patched = patchHeadlineIndex(buildHeadlineIndex(before, ranksIdentity(60)), {
      old: changed.map((i) => ({ headline: before[i]!, rank: i })),
      now: changed.map((i) => ({ headline: after[i]!, rank: i })),
      newRank: null,
    });
    expect(patched).toEqual(buildHeadlineIndex(after, ranksIdentity(60)));
    expect(patched.words).toContain('zeppelin');
    expect(patched.words).not.toContain('zinc');
  });

  it('keeps the list of a word whose stories neither changed headline nor rank, and moves every rank when one is added first', () => {
    const headlines = Array.from({ length: 40 }, (_, i) => headline(i));
    const previous = buildHeadlineIndex(headlines, ranksIdentity(40));
    const same = patchHeadlineIndex(previous, {
      old: [{ headline: headlines[5]!, rank: 5 }],
      now: [{ headline: headlines[5]!, rank: 5 }],
      newRank: null,
    });
    expect(same.words).toBe(previous.words);
    same.ranks.forEach((list, i) => {
      expect(list).toBe(previous.ranks[i]);
    });
    // A new story ranked first: every other rank moves one down.
    const newRank = Int32Array.from({ length: 40 }, (_, r) => r + 1);
    const added = patchHeadlineIndex(previous, {
      old: [],
      now: [{ headline: 'gold rush', rank: 0 }],
      newRank,
    });
    const rankOf = Uint32Array.from({ length: 41 }, (_, i) => (i === 40 ? 0 : i + 1));
    expect(added).toEqual(buildHeadlineIndex([...headlines, 'gold rush'], rankOf));
  });
});
