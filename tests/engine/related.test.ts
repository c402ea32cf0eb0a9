import { describe, expect, it } from 'vitest';
import { relatedRoots } from '../../src/engine/related.ts';
import { root } from '../../src/engine/words.ts';

const relatedWords = (a: string, b: string) => relatedRoots(root(a)).includes(root(b));

describe('relatedRoots', () => {
  it('relates synonyms, derived forms and irregular verb forms, both ways', () => {
    expect(relatedWords('purchased', 'buy')).toBe(true);
    expect(relatedWords('buy', 'purchase')).toBe(true);
    expect(relatedWords('died', 'death')).toBe(true);
    expect(relatedWords('decided', 'decision')).toBe(true);
    expect(relatedWords('given', 'give')).toBe(true);
    expect(relatedWords('give', 'gave')).toBe(true);
    expect(relatedWords('injured', 'wounded')).toBe(true);
  });

  it('leaves unrelated and unknown words apart', () => {
    expect(relatedWords('buy', 'death')).toBe(false);
    expect(relatedRoots(root('xyzzyq'))).toEqual([]);
    // A word is never listed as related to itself.
    expect(relatedRoots(root('begin'))).not.toContain(root('begin'));
  });
});
