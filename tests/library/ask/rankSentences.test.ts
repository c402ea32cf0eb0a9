import { describe, expect, it } from 'vitest';
import { answerableFeatures, answerableScore } from '../../../src/library/ask/answerable.ts';
import { findExtracts } from '../../../src/library/ask/findExtract.ts';
import {
  poolSentences,
  questionIds,
  rankQuestion,
  rankSentences,
  type SentenceWeights,
} from '../../../src/library/ask/rankSentences.ts';
import SHIPPED from '../../../src/library/ask/sentenceWeights.json' with { type: 'json' };
import { sentenceIndexOf, sentenceText } from '../../../src/library/sentenceIndex.ts';
import { buildSnapshot } from '../../../src/library/snapshot.ts';
import { parsedStory } from '../../helpers/parsedStory.ts';

const snapshot = buildSnapshot([
  parsedStory(
    'date 2020-01-01\nComplexity theory\n\nA decision problem asks a question of its input. ' +
      'The input is an arbitrary graph. The problem asks whether the graph is connected.\n\n' +
      'Turing machines were defined by Alan Turing in 1936.\n',
    'complexity.txt',
  ),
  parsedStory(
    'date 2020-01-01\nGraphs in art\n\nAn arbitrary graph drawn by hand hangs in the museum, the curator said.\n',
    'art.txt',
  ),
]);

describe('rankSentences', () => {
  it('reads a sentence of the best paragraph that shares no word with the question', () => {
    const { index, ranked } = rankSentences(
      snapshot,
      'what does a decision problem ask about being connected?',
    );
    const texts = ranked.map((r) => sentenceText(snapshot, index!, r.n));
    expect(texts).toContain('The input is an arbitrary graph.');
  });
});

describe('rankSentences: words that tell sentences apart', () => {
  const game = buildSnapshot([
    parsedStory(
      "date 2020-01-01\nSuper Bowl 50\n\nSuper Bowl 50 was played at Levi's Stadium in Santa Clara. " +
        "Fans of Super Bowl 50 filled Levi's Stadium hours before the kickoff. " +
        'The stadium opened in 2014 after two years of building.\n',
      'game.txt',
    ),
  ]);
  it("puts first the sentence holding the question's word the others lack, over those repeating its names", () => {
    const { index, ranked } = rankSentences(game, "when did levi's stadium open for super bowl 50");
    expect(sentenceText(game, index!, ranked[0]!.n)).toBe(
      'The stadium opened in 2014 after two years of building.',
    );
  });
});

describe('rankSentences: related words', () => {
  const prize = buildSnapshot([
    parsedStory(
      'date 2020-01-01\nThe Nobel Prize\n\nThe prize committee met in Oslo in October. ' +
        'The prize was awarded to Marie Curie in 1911. ' +
        'The prize committee thanked Curie in a letter.\n',
      'prize.txt',
    ),
  ]);
  it('reads a related word as a weaker match of the question\'s ("given" for "awarded")', () => {
    const { index, ranked } = rankSentences(prize, 'who was the prize given to in 1911?');
    expect(ranked[0]!.features.byRelated).toBeGreaterThan(0);
    expect(sentenceText(prize, index!, ranked[0]!.n)).toBe('The prize was awarded to Marie Curie in 1911.');
    const other = ranked.find((r) => sentenceText(prize, index!, r.n).startsWith('The prize committee met'));
    expect(other!.features.byRelated).toBe(0);
  });
});

describe('rankSentences: similar words', () => {
  const ships = buildSnapshot([
    parsedStory(
      'date 2020-01-01\nShips of Belfast\n\nThe ship was built in Belfast in 1911. ' +
        'It sailed for New York a year later.\n\nThe museum was built in Belfast in 2012.\n',
      'ships.txt',
    ),
  ]);
  // Weights that read the word-vector features (the shipped ones may give them nothing).
  const reading = (similar: number): SentenceWeights => ({
    features: { ...SHIPPED.features, similar, similarNear: similar },
  });
  const featuresOf = (question: string, start: string, weights = reading(1)) => {
    const { index, ranked } = rankSentences(ships, question, { weights });
    return ranked.find((r) => sentenceText(ships, index!, r.n).startsWith(start))!.features;
  };

  it('reads a word sharing no root with the question\'s as a graded match ("ship" for "vessel"), and beside it', () => {
    const question = 'where was the vessel built?';
    expect(featuresOf(question, 'The ship').similar).toBeGreaterThan(
      featuresOf(question, 'The museum').similar + 0.2,
    );
    expect(featuresOf(question, 'It sailed').similarNear).toBeGreaterThan(
      featuresOf(question, 'The museum').similarNear + 0.2,
    );
  });

  it('counts only the question words the sentence holds in no form', () => {
    expect(featuresOf('where was the ship built?', 'The ship').similar).toBe(0);
  });

  it('reads no vectors under weights that give them nothing', () => {
    const features = featuresOf('where was the vessel built?', 'The ship', reading(0));
    expect(features.similar).toBe(0);
    expect(features.similarNear).toBe(0);
  });
});

describe("rankSentences: where and how the question's words stand", () => {
  const rivers = buildSnapshot([
    parsedStory(
      'date 2020-01-01\nRivers\n\nThe Rhine flows into the North Sea near Rotterdam. ' +
        'The North Sea receives the Rhine and many smaller rivers. ' +
        'The Danube flowing east crosses ten countries.\n',
      'rivers.txt',
    ),
  ]);
  const featuresOf = (question: string, start: string) => {
    const { index, ranked } = rankSentences(rivers, question);
    return ranked.find((r) => sentenceText(rivers, index!, r.n).startsWith(start))!.features;
  };

  it("tells the question's word pairs held in the order asked (Rhine … North Sea) from those turned round", () => {
    const question = 'where does the Rhine flow into the North Sea?';
    expect(featuresOf(question, 'The Rhine flows').ordered).toBe(1);
    expect(featuresOf(question, 'The North Sea receives').ordered).toBe(0.5);
  });

  it('tells the words held as asked from those held in another form', () => {
    expect(featuresOf('which river flows east?', 'The Danube').exact).toBeLessThan(
      featuresOf('which river flowing east?', 'The Danube').exact,
    );
  });

  it("weighs the heaviest question word a sentence holds in no form, and its lead's share against it", () => {
    const question = 'which countries does the Danube cross?';
    expect(featuresOf(question, 'The Danube').lacking).toBe(0);
    expect(featuresOf(question, 'The Rhine flows').lacking).toBe(1);
    expect(featuresOf(question, 'The Danube').heldGap).toBe(0);
    expect(featuresOf(question, 'The Rhine flows').heldGap).toBeGreaterThan(0);
  });
});

describe('answerable', () => {
  it('is surer of a phrase when the sentence holds the question than when it holds little of it', () => {
    const [held] = findExtracts(snapshot, 'who defined Turing machines in 1936?', { limit: 1 });
    const [loose] = findExtracts(snapshot, 'who painted the museum graph in 1936 for the curator?', {
      limit: 1,
    });
    expect(held!.extract.text).toBe('Alan Turing');
    expect(answerableScore(answerableFeatures(held!))).toBeGreaterThan(
      answerableScore(answerableFeatures(loose!)),
    );
  });

  it('tells how much of the question the sentence and its neighbours lack', () => {
    const [found] = findExtracts(snapshot, 'who defined Turing machines in 1952?', { limit: 1 });
    expect(found!.sentence).toContain('Alan Turing');
    expect(found!.figuresLacking).toBe(1);
    const [whole] = findExtracts(snapshot, 'who defined Turing machines in 1936?', { limit: 1 });
    expect(whole!.figuresLacking).toBe(0);
    expect(whole!.lacking).toBeLessThan(found!.lacking);
  });

  it("tells the heaviest question word the answer's story never holds, and a word held in other words", () => {
    // "museum" is in another story of the set, never in the one about Turing machines.
    const [elsewhere] = findExtracts(snapshot, 'who defined Turing machines for the museum?', { limit: 1 });
    expect(elsewhere!.story.id).toBe('complexity');
    expect(elsewhere!.storyLacking).toBeGreaterThan(0);
    const [whole] = findExtracts(snapshot, 'who defined Turing machines in 1936?', { limit: 1 });
    expect(whole!.storyLacking).toBe(0);
    // "specified" is not in the sentence, but "defined", related to it, is.
    const [related] = findExtracts(snapshot, 'who specified Turing machines in 1936?', { limit: 1 });
    expect(related!.lacking).toBeGreaterThan(0);
    expect(related!.lackingUnrelated).toBe(0);
  });

  it('counts the names a question gives that the set knows nothing of', () => {
    const [found] = findExtracts(snapshot, 'when did Blaxthux define Turing machines?', { limit: 1 });
    expect(found!.unknown).toBe(1);
  });

  it('counts apart the plain words a question gives that the set knows nothing of, typed in lower case', () => {
    const [found] = findExtracts(snapshot, 'when did blaxthux define turing machines?', { limit: 1 });
    expect(found!.unknownWords).toBe(1);
    expect(found!.unknown).toBe(0);
    // A misspelling of a word the set holds ("machnes"), stopwords and question words are not unknown.
    const [known] = findExtracts(snapshot, 'when were the turing machnes defined?', { limit: 1 });
    expect(known!.unknownWords).toBe(0);
  });
});

describe('rankSentences: the few stories a filter names', () => {
  // Forty stories over forty days, each on wheat sales: a range of a few days names a few of them.
  const days = buildSnapshot(
    Array.from({ length: 40 }, (_, k) =>
      parsedStory(
        `date 1987-03-${String(1 + (k % 28)).padStart(2, '0')}\nWheat report ${k}\n\n` +
          `Wheat sales rose ${k + 1} pct in the week, traders said. Corn sales were flat.\n`,
        `wheat-${k}.txt`,
      ),
    ),
  );
  const inRange = (s: number) => {
    const date = days.stories.dateAt(s);
    return date !== null && date >= '1987-03-03' && date <= '1987-03-05';
  };
  it('reads their sentences alone and ranks them as a search of every sentence filtered would', () => {
    const among = Array.from({ length: days.stories.length }, (_, s) => s).filter(inRange);
    expect(among.length).toBeGreaterThan(0);
    const question = 'how much did wheat sales rise';
    const filtered = rankSentences(days, question, { allowed: inRange });
    const named = rankSentences(days, question, { allowed: Object.assign(inRange, { among }) });
    const texts = (r: ReturnType<typeof rankSentences>) =>
      r.ranked.map((x) => sentenceText(days, r.index!, x.n));
    expect(texts(named)).toEqual(texts(filtered));
    expect(named.ranked.map((x) => x.score)).toEqual(filtered.ranked.map((x) => x.score));
    expect(named.ranked.length).toBeGreaterThan(0);
    expect(named.ranked.every((x) => inRange(named.index!.story[x.n]!))).toBe(true);
    // Only the stories named are read: one story named, every sentence ranked is of it.
    const one = rankSentences(days, question, { allowed: Object.assign(() => true, { among: [among[0]!] }) });
    expect(one.ranked.length).toBeGreaterThan(0);
    expect(one.ranked.every((x) => one.index!.story[x.n] === among[0])).toBe(true);
  });
});

describe('questionIds: the question form', () => {
  const snap = buildSnapshot([
    parsedStory(
      'date 2020-01-01\nStone prices\n\nStone prices rose much faster than expected. Cement rose 4 pct.\n',
      'stone.txt',
    ),
  ]);
  const words = (question: string) =>
    questionIds(snap, snap.text, question).map((id) => snap.text.vocabulary.terms[id]);
  it('searches no "much" or "many" of "how much", "how many": they ask a kind of answer', () => {
    expect(words('how much did stone rise')).not.toContain('much');
    expect(words('How Many stone prices')).not.toContain('many');
  });
  it('searches a misspelt word as the known word closest to it, a plain word only as another form of it', () => {
    const ice = buildSnapshot([
      parsedStory(
        'date 2020-01-01\nIce found\n\nWater ice was found near the crater, the mission manager said.\n',
        'ice.txt',
      ),
    ]);
    const searched = (question: string) =>
      questionIds(ice, ice.text, question).map((id) => ice.text.vocabulary.terms[id]);
    expect(searched('where was the watr ice')).toContain('water');
    expect(searched('whats the weather')).not.toContain('water');
    expect(searched('who manages the mission')).toContain('manager');
  });
  it('searches "much" where it is a word of the question', () => {
    expect(words('did stone rise much')).toContain('much');
  });
});

describe('poolSentences: the story a question is most about', () => {
  // Many stories' sentences hold more of the question's words than the answer's, which says "the
  // period" for "the airline cooling off period".
  const others = Array.from({ length: 50 }, (_, i) =>
    parsedStory(
      `date 2020-01-0${1 + (i % 9)}\nNews ${i}\n\nThe airline said the period would end soon, story ${i} said.\n`,
      `other${i}.txt`,
    ),
  );
  const strike = buildSnapshot([
    ...others,
    parsedStory(
      'date 2020-02-01\nAirline cooling off period\n\nThe airline cooling off period began in March.\n\n' +
        'When the period ends on April 25, the union may strike.\n',
      'strike.txt',
    ),
  ]);
  it("reads its sentences holding any of the question's words beside the pool", () => {
    const question = 'when does the airline cooling off period end';
    const index = sentenceIndexOf(strike)!;
    const ids = questionIds(strike, index.text, question);
    const pool = poolSentences(strike, index, rankQuestion(index.text, question, ids), ids);
    const texts = pool.map((p) => sentenceText(strike, index, p.n));
    expect(texts).toContain('When the period ends on April 25, the union may strike.');
  });

  it("scores each pooled sentence's story against the best story, however far down it ranks", () => {
    const question = 'when does the airline cooling off period end';
    const index = sentenceIndexOf(strike)!;
    const ids = questionIds(strike, index.text, question);
    const pool = poolSentences(strike, index, rankQuestion(index.text, question, ids), ids);
    const storyOf = (p: (typeof pool)[number]) => strike.stories.at(index.story[p.n]!)!.id;
    for (const p of pool) {
      if (storyOf(p) === 'strike') expect(p.features.story).toBe(1);
      else {
        expect(p.features.story).toBeGreaterThan(0);
        expect(p.features.story).toBeLessThan(1);
      }
    }
    expect(pool.some((p) => storyOf(p) !== 'strike')).toBe(true);
  });

  it('gives a story past the 200 best a score of its own', () => {
    // 240 stories whose headlines hold the question's words rank above one that holds them in a sentence.
    const headlined = Array.from({ length: 240 }, (_, i) =>
      parsedStory(
        `date 2020-03-0${1 + (i % 9)}\nAirline cooling off period to end, talks ${i}\n\nUnion leaders met on day ${i} to end the airline cooling off period.\n`,
        `headline${i}.txt`,
      ),
    );
    const many = buildSnapshot([
      ...headlined,
      parsedStory(
        'date 2020-04-01\nLabour news\n\nThe airline cooling off period ends on April 25, a mediator said.\n',
        'buried.txt',
      ),
    ]);
    const question = 'when does the airline cooling off period end';
    const index = sentenceIndexOf(many)!;
    const ids = questionIds(many, index.text, question);
    const pool = poolSentences(many, index, rankQuestion(index.text, question, ids), ids);
    const buried = pool.find((p) => many.stories.at(index.story[p.n]!)!.id === 'buried');
    expect(buried).toBeDefined();
    expect(buried!.features.story).toBeGreaterThan(0);
  });
});
