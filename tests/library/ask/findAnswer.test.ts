import { describe, expect, it } from 'vitest';
import type { Story } from '../../../src/engine/types.ts';
import { type AnswerSentence, findAnswerSentences } from '../../../src/library/ask/findAnswer.ts';
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
