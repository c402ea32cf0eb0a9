import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/format/limits.ts';
import { type Card, cardLength, fitCard, fitPage, pageFields, pageText } from '../../src/format/reply.ts';
import { renderPageText } from '../../src/format/text.ts';
import { ELLIPSIS, fitBudget, truncateWords } from '../../src/format/truncate.ts';

const words = fc
  .array(fc.stringMatching(/^[A-Za-zé0-9'"().,-]{1,12}$/), { minLength: 1, maxLength: 200 })
  .map((list) => list.join(' '));

describe('truncateWords', () => {
  it('keeps text that fits', () => {
    expect(truncateWords('short text', 20)).toBe('short text');
    expect(truncateWords('exactly ten', 11)).toBe('exactly ten');
  });

  it('cuts at a word boundary and adds an ellipsis', () => {
    expect(truncateWords('The United States ruled out coordination', 20)).toBe('The United States…');
    expect(truncateWords('alpha beta, gamma', 13)).toBe('alpha beta…');
  });

  it('never exceeds the budget and never cuts a word when words are shorter than the budget', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 14, max: 400 }), (text, max) => {
        const out = truncateWords(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        if (out === text) return;
        expect(out.endsWith(ELLIPSIS)).toBe(true);
        const kept = out.slice(0, -ELLIPSIS.length);
        expect(text.startsWith(kept)).toBe(true);
        // The character after what was kept must not continue a word.
        const next = text.slice(kept.length).replace(/^[,;:–—-]+/, '')[0];
        expect(next === undefined || /\s/.test(next)).toBe(true);
      }),
    );
  });

  it('cuts a single over-long word without splitting a surrogate pair', () => {
    const out = truncateWords(`${'😀'.repeat(20)}`, 30);
    expect(out.length).toBeLessThanOrEqual(30);
    expect(out.length).toBeGreaterThan(20);
    expect(out.endsWith(ELLIPSIS)).toBe(true);
    expect(() => encodeURIComponent(out)).not.toThrow();
  });

  it('handles tiny budgets', () => {
    expect(truncateWords('anything at all', 0)).toBe('');
    expect(truncateWords('anything at all', 1)).toBe(ELLIPSIS);
    expect(truncateWords('unbreakable', 5)).toBe(ELLIPSIS);
  });
});

describe('fitBudget', () => {
  it('shares one budget in order', () => {
    const out = fitBudget(['one two three', 'four five six seven', 'eight'], 20);
    expect(out[0]).toBe('one two three');
    expect(out.join('').length).toBeLessThanOrEqual(20);
    expect(out[2]).toBe('');
  });
});

function expectWithinLimits(card: Card) {
  expect((card.title ?? '').length).toBeLessThanOrEqual(LIMITS.title);
  expect((card.description ?? '').length).toBeLessThanOrEqual(LIMITS.description);
  expect((card.footer ?? '').length).toBeLessThanOrEqual(LIMITS.footer);
  expect((card.fields ?? []).length).toBeLessThanOrEqual(LIMITS.fields);
  for (const field of card.fields ?? []) {
    expect(field.name.length).toBeGreaterThan(0);
    expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
    expect(field.value.length).toBeGreaterThan(0);
    expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
}

const long = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('fitCard and fitPage', () => {
  it('brings every part of an over-long card within Discord limits and the 6000 total', () => {
    const card: Card = {
      title: long(100),
      description: long(1000),
      footer: long(500),
      fields: Array.from({ length: 40 }, (_, i) => ({ name: long(60) + i, value: long(300) })),
    };
    const fitted = fitCard(card);
    expectWithinLimits(fitted);
    expect(cardLength(fitted)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(fitted.title?.endsWith(ELLIPSIS)).toBe(true);
  });

  it('keeps a card that fits unchanged', () => {
    const card: Card = {
      title: 'Hello',
      description: 'World',
      fields: [{ name: 'a', value: 'b' }],
      footer: 'f',
    };
    expect(fitCard(card)).toEqual(card);
  });

  it('fills empty field names and values so the embed stays valid', () => {
    const fitted = fitCard({ fields: [{ name: '', value: '' }] });
    expectWithinLimits(fitted);
  });

  it('keeps all cards of a page within 6000 together and content within 2000', () => {
    const cards = Array.from({ length: 12 }, () => ({ description: long(600) }));
    const page = fitPage({ content: long(600), cards });
    expect(page.cards.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
    expect(page.cards.reduce((sum, card) => sum + cardLength(card), 0)).toBeLessThanOrEqual(
      LIMITS.embedTotal,
    );
    expect((page.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
    for (const card of page.cards) expectWithinLimits(card);
  });

  it('stays within limits for arbitrary cards', () => {
    const text = fc.string({ maxLength: 5000 });
    fc.assert(
      fc.property(
        fc.record({
          title: text,
          description: fc.string({ maxLength: 9000 }),
          footer: text,
          fields: fc.array(
            fc.record({ name: fc.string({ maxLength: 400 }), value: fc.string({ maxLength: 2000 }) }),
            {
              maxLength: 30,
            },
          ),
        }),
        (card) => {
          const fitted = fitCard(card);
          expectWithinLimits(fitted);
          expect(cardLength(fitted)).toBeLessThanOrEqual(LIMITS.embedTotal);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('pageFields and pageText', () => {
  it('spreads many fields over numbered pages, each within limits', () => {
    const fields = Array.from({ length: 57 }, (_, i) => ({ name: `Story ${i}`, value: long(150) }));
    const pages = pageFields({ title: 'Stories' }, fields, { perPage: 10, footer: '57 found' });
    expect(pages.length).toBeGreaterThanOrEqual(6);
    const shown = pages.flatMap((page) => page.cards.flatMap((card) => card.fields ?? []));
    expect(shown.map((field) => field.name)).toEqual(fields.map((field) => field.name));
    pages.forEach((page, index) => {
      const card = page.cards[0]!;
      expectWithinLimits(card);
      expect(cardLength(card)).toBeLessThanOrEqual(LIMITS.embedTotal);
      expect(card.footer).toBe(`57 found · Page ${index + 1} of ${pages.length}`);
    });
  });

  it('gives one unnumbered page for a short list', () => {
    const pages = pageFields({ title: 'T' }, [{ name: 'a', value: 'b' }], { footer: '1 found' });
    expect(pages).toHaveLength(1);
    expect(pages[0]!.cards[0]!.footer).toBe('1 found');
  });

  it('splits running text at paragraph and sentence ends', () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} says something. ${long(80)}.`);
    const pages = pageText({ title: 'Headline' }, paragraphs, { perPage: 2000 });
    expect(pages.length).toBeGreaterThan(1);
    const joined = pages.map((page) => page.cards[0]!.description).join('\n\n');
    expect(joined).toBe(paragraphs.join('\n\n'));
    for (const page of pages) expect(page.cards[0]!.description!.length).toBeLessThanOrEqual(2000);
  });

  it('splits a single huge paragraph without losing words', () => {
    const paragraph = long(2000);
    const pages = pageText({ title: 'H' }, [paragraph], { perPage: 3500 });
    const text = pages.map((page) => page.cards[0]!.description).join(' ');
    expect(text).toBe(paragraph);
  });
});

describe('the chat shows markdown as a terminal does', () => {
  it('bold without its marks, block quotes indented, never starting with the prompt', () => {
    const text = renderPageText({
      cards: [{ description: '**Jen Paski** said:\n> "We will not coordinate militarily"' }],
    });
    expect(text).not.toContain('**');
    expect(text).toContain('Jen Paski said:');
    expect(text.split('\n').some((line) => line.startsWith('>'))).toBe(false);
    expect(text).toContain('    "We will not coordinate militarily"');
    const ansi = renderPageText({ cards: [{ description: '**bold**' }] }, { bold: 'ansi' });
    expect(ansi).toBe('\x1b[1mbold\x1b[22m');
  });

  it("keeps its own bold on a terminal while a story's escape sequences and bidi overrides are dropped", () => {
    const text = renderPageText(
      { cards: [{ title: 'A\x1b]0;owned\x07 story', description: '**Jen\u202e Paski** said \x1b[2J"no"' }] },
      { bold: 'ansi' },
    );
    expect(text).toBe('== A]0;owned story ==\n\x1b[1mJen Paski\x1b[22m said [2J"no"');
  });
});
