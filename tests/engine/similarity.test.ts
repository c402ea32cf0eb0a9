import { describe, expect, it } from 'vitest';
import { rootSimilarity, similarity } from '../../src/engine/similarity.ts';
import { root } from '../../src/engine/words.ts';

describe('similarity', () => {
  it('finds words of one meaning close although they share no root', () => {
    expect(similarity('founded', 'established')).toBeGreaterThan(0.5);
    expect(similarity('built', 'constructed')).toBeGreaterThan(0.5);
    expect(similarity('tackled', 'sacked')).toBeGreaterThan(similarity('tackled', 'founded') + 0.3);
  });

  it('keeps unrelated words apart, and reads forms of a word as the word', () => {
    expect(similarity('car', 'banana')).toBeLessThan(0.2);
    expect(similarity('Vessels', 'ship')).toBeCloseTo(similarity('vessel', 'ships'), 5);
    expect(similarity('murdered', 'murdered')).toBe(1);
  });

  it('is 0 for a word it has no vector for, and symmetric', () => {
    expect(similarity('xyzzyq', 'ship')).toBe(0);
    expect(rootSimilarity(root('king'), root('queen'))).toBe(rootSimilarity(root('queen'), root('king')));
  });
});
