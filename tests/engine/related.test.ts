import { describe, expect, it } from 'vitest';
import { antonymRoots, relatedRoots } from '../../src/engine/related.ts';
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
    // However rarely its senses were seen: "overseen by" answers "who oversees".
    expect(relatedWords('overseen', 'oversee')).toBe(true);
  });

  it("relates a country's name and adjective, both ways, but not a short one", () => {
    expect(relatedWords('china', 'chinese')).toBe(true);
    expect(relatedWords('japanese', 'japan')).toBe(true);
    expect(relatedWords('britain', 'british')).toBe(true);
    expect(relatedWords('china', 'japanese')).toBe(false);
    expect(relatedRoots(root('us'))).not.toContain(root('american'));
  });

  it('leaves unrelated and unknown words apart', () => {
    expect(relatedWords('buy', 'death')).toBe(false);
    expect(relatedRoots(root('xyzzyq'))).toEqual([]);
    // A word is never listed as related to itself.
    expect(relatedRoots(root('begin'))).not.toContain(root('begin'));
  });
});

describe('antonymRoots', () => {
  const opposed = (a: string, b: string) => antonymRoots(root(a)).includes(root(b));
  it('opposes WordNet antonyms both ways, and the degrees of short adjectives', () => {
    expect(opposed('praise', 'criticize')).toBe(true);
    expect(opposed('criticize', 'praise')).toBe(true);
    expect(opposed('officially', 'unofficially')).toBe(true);
    expect(opposed('largest', 'smallest')).toBe(true);
    expect(opposed('most', 'least')).toBe(true);
  });
  it('opposes no word to a synonym or to itself', () => {
    expect(opposed('praise', 'commend')).toBe(false);
    expect(antonymRoots(root('large'))).not.toContain(root('large'));
    expect(antonymRoots(root('xyzzyq'))).toEqual([]);
  });
});
