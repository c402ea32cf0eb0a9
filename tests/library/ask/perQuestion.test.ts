import { describe, expect, it } from 'vitest';
import { tokensOf } from '../../../src/library/ask/extract.ts';
import { perQuestion, perQuestionBy, whileAnswering } from '../../../src/library/ask/perQuestion.ts';

describe('perQuestion', () => {
  const counted = () => {
    let calls = 0;
    const lengthOf = perQuestion((text: string) => {
      calls++;
      return { length: text.length };
    });
    return { lengthOf, calls: () => calls };
  };

  it('computes each key once while a question is answered, and again for the next question', () => {
    const { lengthOf, calls } = counted();
    whileAnswering(() => {
      const first = lengthOf('the same sentence');
      expect(lengthOf('the same sentence')).toBe(first);
      expect(lengthOf('another one').length).toBe(11);
    });
    expect(calls()).toBe(2);
    whileAnswering(() => lengthOf('the same sentence'));
    expect(calls()).toBe(3);
  });

  it('keeps nothing outside a question', () => {
    const { lengthOf, calls } = counted();
    const first = lengthOf('a sentence');
    expect(lengthOf('a sentence')).not.toBe(first);
    expect(calls()).toBe(2);
  });

  it('keeps the caches through a nested answer until the outer one ends', () => {
    const { lengthOf, calls } = counted();
    whileAnswering(() => {
      lengthOf('outer');
      whileAnswering(() => lengthOf('outer'));
      lengthOf('outer');
    });
    expect(calls()).toBe(1);
  });

  it('empties the caches when an answer throws', () => {
    const { lengthOf, calls } = counted();
    expect(() =>
      whileAnswering(() => {
        lengthOf('x');
        throw new Error('failed');
      }),
    ).toThrow('failed');
    whileAnswering(() => lengthOf('x'));
    expect(calls()).toBe(2);
  });

  it('stays bounded: a question reading more texts than the limit starts its cache again', () => {
    const { lengthOf, calls } = counted();
    whileAnswering(() => {
      lengthOf('first');
      for (let i = 0; i < 5000; i++) lengthOf(`text ${i}`);
      lengthOf('first');
    });
    expect(calls()).toBe(5002);
  });

  it('gives the tokens of a text read twice in a question once, equal to a fresh reading', () => {
    const text = 'The U.S. trade deficit rose 3.5 pct in March.';
    const fresh = tokensOf(text);
    whileAnswering(() => {
      const once = tokensOf(text);
      expect(tokensOf(text)).toBe(once);
      expect(once).toEqual(fresh);
    });
  });

  it('keeps a value by owner and key, an undefined one too, and nothing outside a question', () => {
    let calls = 0;
    const found = perQuestionBy((owner: { words: string[] }, word: string) => {
      calls++;
      return owner.words.indexOf(word) >= 0 ? owner.words.indexOf(word) : undefined;
    });
    const first = { words: ['tin', 'zinc'] };
    const second = { words: ['zinc'] };
    whileAnswering(() => {
      expect(found(first, 'zinc')).toBe(1);
      expect(found(second, 'zinc')).toBe(0);
      expect(found(first, 'gold')).toBeUndefined();
      expect(found(first, 'zinc')).toBe(1);
      expect(found(first, 'gold')).toBeUndefined();
    });
    expect(calls).toBe(3);
    expect(found(first, 'zinc')).toBe(1);
    expect(found(first, 'zinc')).toBe(1);
    expect(calls).toBe(5);
  });
});
