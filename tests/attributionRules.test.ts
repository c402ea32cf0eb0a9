import { describe, expect, it } from 'vitest';
import { parseLayout } from '../src/engine/layout.ts';
import { DIRECT_QUOTE_RULES, explainDirectQuotes } from '../src/engine/quotes.ts';

/** Each rule of the ordered list decides the quote of its own example sentence, with the speaker it names. */
describe('direct-quote rules, in order', () => {
  it('has unique names', () => {
    const names = DIRECT_QUOTE_RULES.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
  });

  for (const rule of DIRECT_QUOTE_RULES)
    it(`${rule.name}: ${rule.example.replace(/\n+/g, ' ')}`, () => {
      const raw = `date 2020-01-02\nA story for the test\n\n${rule.example}\n`;
      const decided = explainDirectQuotes(raw, parseLayout(raw));
      const mine = decided.filter((d) => d.rule === rule.name);
      expect(
        mine.length,
        `no quote of the example is decided by "${rule.name}": ${JSON.stringify(decided.map((d) => [d.quote.text, d.rule]))}`,
      ).toBeGreaterThan(0);
      expect(mine.map((d) => d.quote.speaker)).toContain(rule.speaker);
    });
});
