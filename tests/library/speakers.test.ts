/** Speakers as people type them: autocomplete that stays on one person, and names several people share. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../src/library/ask.ts';
import { findQuotes } from '../../src/library/queries/quotes.ts';
import { suggestSpeakers } from '../../src/library/queries/suggest.ts';
import type { StorySnapshot } from '../../src/library/snapshot.ts';
import { prefixDistance } from '../../src/library/speakerPrefixes.ts';
import { REPO_ROOT, snapshotOf } from '../helpers/storyFolder.ts';

let snapshot: StorySnapshot;
let cleanup: () => void;

const STORIES: Record<string, string> = {
  'seed.txt': readFileSync(join(REPO_ROOT, 'stories', '000_2696b59510ee6b97.txt'), 'utf8'),
  'p_names.txt':
    'date 2014-09-16 GENEVA, Sept 16 - Trade talks resumed in Geneva on Tuesday.\n' +
    '    "We are close to a deal," said Pascal Lamy, the trade chief.\n' +
    '    "Nothing is agreed yet," said Paul Pasko, a delegate.\n' +
    '    "Farm subsidies remain the obstacle," said Peter Parsons, an analyst.\n',
  'smiths.txt':
    'date 1987-03-02 LONDON, March 2 - Cocoa and coffee traders met in London.\n' +
    '    "Cocoa stocks are too high," said John Smith, a trader.\n' +
    '    "Coffee prices will recover," said Adam Smith, an analyst.\n' +
    '    "Demand is weak," Smith said.\n',
};

beforeAll(async () => {
  ({ snapshot, cleanup } = await snapshotOf(STORIES));
});

afterAll(() => cleanup());

const offered = (text: string) => suggestSpeakers(snapshot, text, 25).map((s) => s.name);

describe('speaker autocomplete while typing', () => {
  it('offers the same person for every prefix of a name or alias from two letters on', () => {
    for (const name of ['Jen Paski', 'Paski', 'jen paski']) {
      for (let n = 2; n <= name.length; n++)
        expect(offered(name.slice(0, n)), name.slice(0, n)).toContain('Jen Paski');
    }
  });

  it('and for every prefix of common misspellings', () => {
    for (const name of ['psaki', 'jen psaki', 'pasky', 'paaski']) {
      for (let n = 2; n <= name.length; n++)
        expect(offered(name.slice(0, n)), name.slice(0, n)).toContain('Jen Paski');
    }
  });

  it('a prefix is one slip away only when a letter is dropped, doubled, changed or swapped', () => {
    expect(prefixDistance('pas', 'paski')).toBe(0);
    expect(prefixDistance('psa', 'paski')).toBe(1);
    expect(prefixDistance('ps', 'paski')).toBe(1);
    expect(prefixDistance('pe', 'paski')).toBe(2);
    expect(prefixDistance('xyz', 'paski')).toBe(2);
  });
});

describe('a name several people share', () => {
  it('with about, the one whose quotes hold the topic', () => {
    const cocoa = findQuotes(snapshot, { speaker: 'Smith', about: 'cocoa' });
    expect(cocoa.speaker?.name).toBe('John Smith');
    expect(cocoa.results[0]?.text).toMatch(/Cocoa stocks/);
    expect(cocoa.candidates).toContain('Adam Smith');
    expect(findQuotes(snapshot, { speaker: 'Smith', about: 'coffee' }).speaker?.name).toBe('Adam Smith');
  });

  it('without, each one’s quotes grouped by person, never nothing', () => {
    const both = findQuotes(snapshot, { speaker: 'Smith' });
    expect(both.speaker).toBeNull();
    expect(new Set(both.results.map((quote) => quote.speaker))).toEqual(
      new Set(['John Smith', 'Adam Smith']),
    );
    const answer = ask(snapshot, 'what did Smith say?');
    expect(answer.citations.length).toBeGreaterThan(1);
    expect(answer.answer).toMatch(/John Smith:\n• /);
    expect(answer.answer).toMatch(/Adam Smith:\n• /);
  });
});
