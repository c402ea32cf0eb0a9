/**
 * A text read for a short name's long form (`LONG_FORM_RULES`) costs its length, whatever it holds:
 * long runs of capitalised words, of joining words, and many parentheses naming the short name. (A
 * question reads at most the first 10,000 characters of a few stories.)
 */
import { describe, expect, it } from 'vitest';
import { LONG_FORM_RULES } from '../../src/library/ask/nameForms.ts';

describe('reading a hostile story for a short name', () => {
  const texts = {
    'capitalised words': 'Alpha Beta Gamma Delta '.repeat(50_000),
    'joining words': `Alpha ${'of the and '.repeat(60_000)}x`,
    parentheses: 'Alpha Beta Corp (ABC) and '.repeat(40_000),
  };

  for (const [name, text] of Object.entries(texts))
    it(`reads 1 MB of ${name} in a bounded time per rule`, () => {
      for (const rule of LONG_FORM_RULES) {
        const started = performance.now();
        rule.read(text, 'abc');
        expect(performance.now() - started).toBeLessThan(3_000);
      }
    });
});
