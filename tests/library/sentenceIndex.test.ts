import { describe, expect, it } from 'vitest';
import { sentenceBounds, terms } from '../../src/engine/words.ts';
import { buildSentenceIndex, sentenceText } from '../../src/library/sentenceIndex.ts';
import { buildSnapshot } from '../../src/library/snapshot.ts';
import { searchText } from '../../src/library/textIndex.ts';
import { parsedStory } from '../helpers/parsedStory.ts';

describe('sentenceBounds', () => {
  it('keeps abbreviations and decimals inside a sentence and gives spans into the text', () => {
    const text = 'Mr. Smith paid $19.3 mln to the U.S. Treasury. Prices fell 2.5 pct. "We agree," he said.';
    const spans = sentenceBounds(text);
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual([
      'Mr. Smith paid $19.3 mln to the U.S. Treasury.',
      'Prices fell 2.5 pct.',
      '"We agree," he said.',
    ]);
  });

  it('ends a sentence at a single small letter, and not at an initial', () => {
    const text = 'The cover has size less than k. No efficient algorithm is known. J. Smith agreed.';
    expect(sentenceBounds(text).map(([s, e]) => text.slice(s, e))).toEqual([
      'The cover has size less than k.',
      'No efficient algorithm is known.',
      'J. Smith agreed.',
    ]);
  });
});

describe('terms', () => {
  it('folds accents, drops stopwords and possessives, and stems plurals the same way everywhere', () => {
    expect(terms("Bogotá's talks with the Banks")).toEqual(['bogota', 'talk', 'bank']);
  });
});

describe('buildSentenceIndex', () => {
  it('finds the sentence holding the rare words of a question across stories', () => {
    const snapshot = buildSnapshot([
      parsedStory(
        'date 2016-02-01\nWells Fargo pay\n\nThe bank paid tellers $12 an hour. Stumpf made $19.3 million in 2015, the filing showed.\n',
        'a.txt',
      ),
      parsedStory(
        'date 2016-02-02\nOther news\n\nThe bank opened a branch in Ohio. Tellers were hired.\n',
        'b.txt',
      ),
    ]);
    const index = buildSentenceIndex(snapshot);
    expect(index.story.length).toBe(4);
    const ids = terms('how much did Stumpf make in 2015').map((t) => snapshot.text.vocabulary.get(t)!);
    const hits = searchText(
      index.text,
      ids.filter((id) => id !== undefined),
    );
    expect(sentenceText(snapshot, index, hits.docs[0]!)).toBe(
      'Stumpf made $19.3 million in 2015, the filing showed.',
    );
  });
});
