import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../src/library/ask/resolveNames.ts';
import { root, splitSentences } from '../src/library/ask/sentences.ts';
import {
  clip,
  fitLines,
  groupByStory,
  groupedLines,
  readableDate,
  readableRange,
} from '../src/library/ask/wording.ts';

describe('editDistance', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('psaki', 'paski', 2)).toBe(1);
    expect(editDistance('bogata', 'bogota', 2)).toBe(1);
    expect(editDistance('kerry', 'kerry', 1)).toBe(0);
  });

  it('stops past the bound', () => {
    expect(editDistance('khamenei', 'obama', 1)).toBe(2);
    expect(editDistance('abc', 'abcdef', 1)).toBe(2);
  });

  it('is symmetric and never more than the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const max = 20;
        expect(editDistance(a, b, max)).toBe(editDistance(b, a, max));
        expect(editDistance(a, b, max)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe('splitSentences', () => {
  it('keeps abbreviations and initials inside a sentence', () => {
    expect(
      splitSentences(
        'U.S. officials met Mr. Smith in Vienna. They talked for an hour. J. Doe said "yes." Then left.',
      ),
    ).toEqual([
      'U.S. officials met Mr. Smith in Vienna.',
      'They talked for an hour.',
      'J. Doe said "yes."',
      'Then left.',
    ]);
  });

  it('keeps decimals', () => {
    expect(splitSentences('Output rose 2.5 pct in May. Prices fell.')).toEqual([
      'Output rose 2.5 pct in May.',
      'Prices fell.',
    ]);
  });
});

describe('root', () => {
  it('brings word forms together', () => {
    expect(root('arrived')).toBe(root('arrivals'));
    expect(root('price')).toBe(root('prices'));
    expect(root('export')).toBe(root('exports'));
  });
});

describe('wording', () => {
  it('writes dates and ranges as people do', () => {
    expect(readableDate('2014-09-15')).toBe('Sept 15, 2014');
    expect(readableDate(null)).toBe('undated');
    expect(readableRange('1987-03-01', '1987-03-31')).toBe('in March 1987');
    expect(readableRange('1987-01-01', '1987-12-31')).toBe('in 1987');
    expect(readableRange('1987-03-03', '1987-03-03')).toBe('on March 3, 1987');
  });

  it('clips at a word and keeps answers within the message limit', () => {
    expect(clip('alpha beta gamma delta epsilon', 20)).toBe('alpha beta gamma…');
    expect(clip('short', 20)).toBe('short');
    const lines = Array.from({ length: 50 }, (_, i) => `• line ${i} ${'x'.repeat(60)}`);
    const text = fitLines('head', lines, 'tail note');
    expect(text.length).toBeLessThanOrEqual(1500);
    expect(text.endsWith('tail note')).toBe(true);
  });

  it('names one story once, and several each above their own items', () => {
    const story = (id: string, headline: string, date: string) => ({ id, file: `${id}.txt`, date, headline });
    const a = story('a', 'US rules out Iran coordination', '2014-09-15');
    const aCopy = story('a2', 'US RULES OUT IRAN COORDINATION', '2014-09-15');
    const b = story('b', 'Iran rejects offer', '2014-09-16');
    const items = [
      { ref: a, text: 'one' },
      { ref: b, text: 'two' },
      { ref: aCopy, text: 'three' },
    ];
    const several = groupByStory(items, (item) => item.ref);
    expect(several.only).toBeNull();
    expect(several.groups.map((group) => group.items.map((item) => item.text))).toEqual([
      ['one', 'three'],
      ['two'],
    ]);
    expect(groupedLines(several, (item) => `• ${item.text}`)).toEqual([
      '"US rules out Iran coordination" (Sept 15, 2014):\n• one',
      '• three',
      '"Iran rejects offer" (Sept 16, 2014):\n• two',
    ]);
    const one = groupByStory([items[0]!, items[2]!], (item) => item.ref);
    expect(one.only).toBe(a);
    expect(groupedLines(one, (item) => `• ${item.text}`)).toEqual(['• one', '• three']);
  });
});
