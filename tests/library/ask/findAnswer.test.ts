import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../src/engine/types.ts';
import { type AnswerSentence, findAnswerSentences, isProse } from '../../../src/library/ask/findAnswer.ts';
import type { FactKind } from '../../../src/library/ask/parseQuestion.ts';
import { prepareSentenceIndex, sentenceIndexOf } from '../../../src/library/sentenceIndex.ts';
import { buildSnapshot, type StorySnapshot } from '../../../src/library/snapshot.ts';
import { parsedStory } from '../../helpers/parsedStory.ts';

const places = ['PARIS', 'LONDON', 'TOKYO'];
const words = ['wheat', 'oil', 'gold', 'talks', 'harvest'];

/** A story with a figure, a speaker and a place, its words in other forms ("rose", "rising"). */
function story(i: number, version = 0): Story {
  const topic = words[(i + version) % words.length]!;
  const other = words[(i * 3 + 1) % words.length]!;
  return parsedStory(
    `date 2014-09-${String(10 + i).padStart(2, '0')}\n${places[i % places.length]}, Sept 15 (Reuters) - ` +
      `${topic[0]!.toUpperCase()}${topic.slice(1)} prices rose ${i + 2} pct on ${other} news, story ${i}.\n` +
      `    "We expect the ${topic} market to keep rising," Minister Anna Lind${i % 3} said on Monday. ` +
      `The ${other} harvest arrived late.\n` +
      `    Table:\n    ${other.toUpperCase()} ${i} ${i + 1}\n`,
    `s${i}.txt`,
  );
}

const QUESTIONS: Array<[string, FactKind | null]> = [
  ['how much did wheat prices rise', 'amount'],
  ['who expects the oil market to keep rising', 'who'],
  ['when did the gold harvest arrive', 'when'],
  ['where did talks prices rise', 'where'],
  ['harvest arrivals', null],
];

/** What an answer is: the story, the sentence and where it stands, and how it scored. */
const found = (snapshot: StorySnapshot, question: string, kind: FactKind | null) =>
  findAnswerSentences(snapshot, question, kind, 20).map((hit: AnswerSentence) => ({
    id: hit.story.id,
    text: hit.sentence.text,
    index: hit.sentence.index,
    score: hit.score.toFixed(12),
    coverage: hit.coverage.toFixed(12),
    matched: hit.matched,
  }));

describe('findAnswerSentences', () => {
  const stories = Array.from({ length: 12 }, (_, i) => story(i));

  it("scores the sentence index's postings as it scores the stories' text split into sentences", async () => {
    const indexed = buildSnapshot(stories);
    expect(sentenceIndexOf(indexed)).not.toBeNull();
    // A snapshot whose sentence index is still being built (in slices, as after a reload) reads the text.
    const unindexed = buildSnapshot(stories);
    const building = prepareSentenceIndex(unindexed, { reload: true });
    expect(sentenceIndexOf(unindexed)).toBeNull();
    for (const [question, kind] of QUESTIONS) {
      const fromText = found(unindexed, question, kind);
      expect(fromText.length).toBeGreaterThan(0);
      expect(found(indexed, question, kind)).toEqual(fromText);
    }
    await building;
  });
});

describe('isProse', () => {
  /** The same test read from the lengths of the text without the other characters. */
  const byLengths = (text: string) => {
    if (/\.{3,}|_{3,}|-{3,}/.test(text)) return false;
    const letters = text.replace(/[^\p{L}]/gu, '').length;
    const lower = text.replace(/[^\p{Ll}]/gu, '').length;
    return letters >= 20 && letters >= text.replace(/\s/g, '').length * 0.6 && lower >= letters * 0.5;
  };

  it('takes sentences, not rows of figures in capitals nor dotted price lists', () => {
    expect(isProse('Wheat prices rose 3 pct on Monday after the harvest arrived late.')).toBe(true);
    expect(isProse('MINNEAPOLIS WHEAT MAY7 285 UP 2 JUL7 280 UP 1')).toBe(false);
    expect(isProse('Wheat ........ 285 up 2, maize ....... 190 down 1, oats .... 120')).toBe(false);
    // Letters outside the basic plane count two units each, as the lengths count them.
    expect(isProse(`${'𝑎'.repeat(10)}${'A'.repeat(20)}`)).toBe(true);
    expect(isProse('Der Weizenpreis stieg am Montag um drei Prozent, sagte Øystein Ålesund.')).toBe(true);
  });

  it('counts as the lengths of the text without the other characters do, in any script', () => {
    // Letters of each case and plane, white space of several kinds, figures and punctuation (one
    // character each), and lone surrogates.
    const characters = [...'aZéÉßǅ𝐀𝑎中 \t\n\u00a0\u2003\u3000\ufeff7,.-_😀'];
    const pieces = fc.constantFrom(...characters, '\ud800', '\udc00');
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 80 }),
        fc.string({ unit: 'binary', maxLength: 60 }),
        (chosen, random) => {
          // Letters of each kind and case around the thresholds: ten or more of them, a few others.
          const letters = chosen.filter((piece) => /\p{L}/u.test(piece)).join('');
          for (const text of [chosen.join(''), random, chosen.join('') + random, letters, letters.repeat(3)])
            expect(isProse(text)).toBe(byLengths(text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
