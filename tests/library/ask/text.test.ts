import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, splitSentences } from '../../../src/engine/words.ts';
import {
  clip,
  clipToTopic,
  fitLines,
  groupByStory,
  groupedLines,
  quotedSentence,
  readableDate,
  readableRange,
} from '../../../src/library/ask/wording.ts';
import { ask } from '../../../src/library/ask.ts';
import type { StorySnapshot } from '../../../src/library/snapshot.ts';
import { StoryLibrary } from '../../../src/library/storyLibrary.ts';
import { editDistance } from '../../../src/library/textIndex.ts';

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
    expect(root('classified')).toBe(root('classifying'));
    expect(root('stopped')).toBe(root('stop'));
    expect(root('studies')).toBe(root('studied'));
  });
});

describe('clipToTopic', () => {
  const quote =
    '"Look at the issues. Do not get hung up on the birther story or on anything else of that kind. Stay focused on what matters to your life and to your family. I think Smith is far and away the superior candidate."';
  it('shows a long quote from the sentence about the topic, its opening mark kept', () => {
    expect(clipToTopic(quote, 120, 'smith as a candidate')).toBe(
      '"…I think Smith is far and away the superior candidate."',
    );
  });
  it('clips from the start without a topic, or when no sentence holds it', () => {
    expect(clipToTopic(quote, 120, null)).toBe(clip(quote, 120));
    expect(clipToTopic(quote, 120, 'taxes')).toBe(clip(quote, 120));
    expect(clipToTopic('"Short."', 120, 'smith')).toBe('"Short."');
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

  it('quotes a cited sentence once, dropping the unpaired mark of a sentence cut from a quotation', () => {
    expect(quotedSentence('"We will be continuing those talks later this week in New York.', 600)).toBe(
      '"We will be continuing those talks later this week in New York."',
    );
    expect(quotedSentence('There may be another opportunity to discuss Iraq,"', 600)).toBe(
      '"There may be another opportunity to discuss Iraq,"',
    );
    expect(quotedSentence('“It was the wrong call.', 600)).toBe('"It was the wrong call."');
    // Paired marks are the sentence's own and stay.
    expect(quotedSentence('He called it "a bet on interest rates".', 600)).toBe(
      '"He called it "a bet on interest rates"."',
    );
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

const seedDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/seed');
if (!existsSync(seedDir)) console.log(`seed story not found at ${seedDir}: quotes wording tests not run`);

describe.runIf(existsSync(seedDir))('quotes answers over the seed story', () => {
  let snapshot: StorySnapshot;
  const now = new Date('2026-11-27T12:00:00Z');
  beforeAll(async () => {
    const library = await StoryLibrary.open({ dirs: [seedDir], cacheDir: null, workers: 0, progress: false });
    snapshot = library.snapshot;
  });
  const mentions = (text: string, words: string) => text.split(words).length - 1;

  it('names the one story all the quotes come from once, with its date', () => {
    const result = ask(snapshot, 'what did Khamenei say about the US?', now);
    const [head, ...bullets] = result.answer.split('\n');
    expect(head).toMatch(/^Ali Khamenei \(.+\): \d+ quotes about US, all in ".+" \(Sept 15, 2014\):$/);
    expect(mentions(result.answer, 'The United States on Monday')).toBe(1);
    expect(bullets.length).toBe(result.citations.length);
    for (const [i, bullet] of bullets.entries()) {
      expect(bullet.startsWith('• ')).toBe(true);
      expect(bullet).toContain(result.citations[i]!.text.slice(0, 30));
    }
  });

  it('names the speakers in the bullets when several said the words, the story in the head', () => {
    const result = ask(snapshot, 'what was said about Iran?', now);
    expect(result.answer).toMatch(/^\d+ quotes about Iran, all in ".+" \(Sept 15, 2014\):\n/);
    expect(mentions(result.answer, 'The United States on Monday')).toBe(1);
    expect(result.answer).toMatch(/^• Ali Khamenei: /m);
    expect(result.answer).toMatch(/^• Jen Paski: said that /m);
  });
});
