import { describe, expect, it } from 'vitest';
import { sentenceBounds, terms } from '../../src/engine/words.ts';
import {
  buildSentenceIndex,
  type GivenSentences,
  offerSentences,
  sentenceText,
  storyTerms,
} from '../../src/library/sentenceIndex.ts';
import { buildSnapshot } from '../../src/library/snapshot.ts';
import {
  searchText,
  storyTermCounts,
  Vocabulary,
  vectorOfPacked,
  WorkerTerms,
} from '../../src/library/textIndex.ts';
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

  it("reads each set's own text for the same story and paragraph numbers, one sentence after another", () => {
    const set = (pay: string) =>
      buildSnapshot([
        parsedStory(`date 2016-02-01\nPay\n\nTellers made ${pay}. Stumpf made more.\n`, 'a.txt'),
      ]);
    const [before, after] = [set('$12 an hour'), set('$15 an hour')];
    const [beforeIndex, afterIndex] = [buildSentenceIndex(before), buildSentenceIndex(after)];
    const read = () => [
      sentenceText(before, beforeIndex, 0),
      sentenceText(after, afterIndex, 0),
      sentenceText(after, afterIndex, 1),
      sentenceText(before, beforeIndex, 0),
    ];
    expect(read()).toEqual([
      'Tellers made $12 an hour.',
      'Tellers made $15 an hour.',
      'Stumpf made more.',
      'Tellers made $12 an hour.',
    ]);
  });
});

describe('sentences read by the parse workers', () => {
  // Bodies whose words read the same by sentence as whole, and some that do not: a ligature that folds
  // to two letters moves the offsets "US" is read by, a paragraph of more than 16,384 characters is read
  // in pieces, and a story without paragraphs is indexed by its summary.
  const texts = [
    'date 1987-03-02\nNEW YORK, March 2 - The US Treasury sold bills. Iran\'s talks with U.S. banks ended.\n\n    "We agree," he said of the Banks. The US said so.\n',
    'date 2016-05-01\nA ﬁne day in İstanbul\n\nThe US team won the ﬁnal. Fans cheered the US side.\n\nCafé owners in Bogotá agreed.\n',
    `date 2016-05-02\nLong\n\n${'The US tellers paid the banks again and again. '.repeat(400)}\n`,
    'date 2016-05-03\nTitle only\n',
  ];
  const stories = texts.map((text, i) => parsedStory(text, `s${i}.txt`));

  it('count the terms of a story as the index counts them from its text', () => {
    const own = new Vocabulary();
    for (const story of stories) {
      const { counts } = storyTerms(story, own);
      const expected = storyTermCounts(story);
      expect(Array.from(counts.ids, (id) => own.terms[id])).toEqual([...expected.counts.keys()]);
      expect([...counts.counts]).toEqual([...expected.counts.values()]);
      expect(counts.length).toBe(expected.length);
    }
    // "US" read in a sentence of its own, not in its paragraph (whose ligature moves the offsets).
    const { counts, sentences } = storyTerms(stories[1]!, own);
    const us = own.get('us')!;
    expect(sentences.termIds).toContain(us);
    expect(counts.ids).not.toContain(us);
  });

  /** The snapshot of the stories with their vectors and sentences as a load takes them from a worker. */
  function fromWorkers(offered: (given: GivenSentences[]) => GivenSentences[]) {
    const vocabulary = new Vocabulary();
    const own = new Vocabulary();
    const read = stories.map((story) => storyTerms(story, own));
    const numbered = new WorkerTerms(vocabulary, own.terms);
    const idOf = (id: number) => numbered.idOf(id);
    const vectors = read.map(({ counts }) => vectorOfPacked(counts, idOf));
    const snapshot = buildSnapshot(stories, { vocabulary, vectorOf: (i) => vectors[i] });
    offerSentences(snapshot, offered(read.map(({ sentences }) => ({ sentences, idOf }))));
    return { snapshot, index: buildSentenceIndex(snapshot) };
  }

  it('build the same sentence index as reading the stories again, term ids included', () => {
    const read = buildSnapshot(stories, { vocabulary: new Vocabulary() });
    const readIndex = buildSentenceIndex(read);
    const { snapshot, index } = fromWorkers((given) => given);
    expect(snapshot.text.vocabulary.terms).toEqual(read.text.vocabulary.terms);
    expect(index).toEqual(readIndex);
  });

  it('are taken in as given, not read again', () => {
    // The first story's sentences offered as the second's: a word only the first holds is found there.
    const { snapshot, index } = fromWorkers((given) => [given[0]!, given[0]!, given[2]!, given[3]!]);
    const treasury = snapshot.text.vocabulary.get('treasury')!;
    const holding = Array.from(searchText(index.text, [treasury]).docs, (doc) => index.story[doc]);
    expect(holding.sort()).toEqual([0, 1]);
  });
});
