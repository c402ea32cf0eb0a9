import { describe, expect, it } from 'vitest';
import { NAME_RULES, StoryEntities } from '../../src/engine/coref.ts';
import { parseLayout } from '../../src/engine/layout.ts';
import { DIRECT_QUOTE_RULES, explainDirectQuotes } from '../../src/engine/quotes.ts';
import { tokenize } from '../../src/engine/tokens.ts';

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

/** Each rule of what a capitalised name is decides its example's name as the kind it names. */
describe('name rules, in order', () => {
  for (const rule of NAME_RULES)
    it(`${rule.name}: ${rule.example}`, () => {
      const raw = `date 2020-01-02\nA story for the test\n\n${rule.example}\n`;
      const layout = parseLayout(raw);
      const tokens = tokenize(raw, layout.bodySpan[0], layout.bodySpan[1]);
      const entities = new StoryEntities(raw, tokens, () => false);
      const named = entities.mentions.filter((m) => (m.record?.name ?? m.name) === rule.entity);
      expect(named.map((m) => m.kind)).toContain(rule.kind);
      if (rule.stage !== 'words') expect(named.map((m) => m.rule)).toContain(rule.name);
    });
});

describe('the short form of an organisation', () => {
  it('is its name past the founder\'s initials ("H.J. Heinz Co" is "Heinz")', () => {
    const raw =
      'date 2020-01-02\nA story for the test\n\nJ.T. Bexley Co lost money. Bexley said sales fell.\n';
    const layout = parseLayout(raw);
    const tokens = tokenize(raw, layout.bodySpan[0], layout.bodySpan[1]);
    const entities = new StoryEntities(raw, tokens, () => false);
    const short = entities.mentions.filter(
      (m) => m.name === 'J.T. Bexley Co' && m.rule === 'short form of an organisation',
    );
    expect(short.map((m) => m.kind)).toContain('group');
  });
});
