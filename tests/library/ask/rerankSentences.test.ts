import { describe, expect, it } from 'vitest';
import type { Extracted } from '../../../src/library/ask/extract.ts';
import { findExtracts } from '../../../src/library/ask/findExtract.ts';
import { type Pair, type RerankWeights, rerankFeatures } from '../../../src/library/ask/rerankSentences.ts';
import SHIPPED from '../../../src/library/ask/rerankWeights.json' with { type: 'json' };
import { buildSnapshot } from '../../../src/library/snapshot.ts';
import { parsedStory } from '../../helpers/parsedStory.ts';

const pair = (story: string, logit: number, text: string, phraseLogit = 0): Pair => {
  const extract: Extracted = {
    start: 0,
    end: text.length,
    text,
    score: 1 / (1 + Math.exp(-phraseLogit)),
    logit: phraseLogit,
    logMass: phraseLogit,
    fitsKind: true,
  };
  return {
    story: { id: story },
    rank: { logit, top: logit === 0 },
    extract,
    coverage: 0.5,
    heaviest: 1,
    heaviestNear: 0,
  };
};

describe('rerankFeatures', () => {
  it("shares the first pass's belief among the stories of the sentences read", () => {
    const [a1, a2, b] = rerankFeatures([pair('a', 0, 'x'), pair('a', 0, 'y'), pair('b', 0, 'z')]);
    expect(a1!.storyBelief).toBeCloseTo(2 / 3);
    expect(a2!.storyBelief).toBeCloseTo(2 / 3);
    expect(b!.storyBelief).toBeCloseTo(1 / 3);
  });

  it('counts the belief of the other sentences giving the same phrase, however it is written', () => {
    const [first, second, other] = rerankFeatures([
      pair('a', 0, 'Alan Turing'),
      pair('b', 0, 'alan turing '),
      pair('c', 0, '1936'),
    ]);
    expect(first!.phraseBelief).toBeCloseTo(1 / 3);
    expect(second!.phraseBelief).toBeCloseTo(1 / 3);
    expect(other!.phraseBelief).toBe(0);
  });

  it("reads each phrase's log-odds against the best phrase read, and each sentence's first-pass place", () => {
    const [top, next] = rerankFeatures([pair('a', 0, 'x', -1), pair('a', -2, 'y', 1.5)]);
    expect(top!.phraseGap).toBeCloseTo(-2.5 / 5);
    expect(next!.phraseGap).toBe(0);
    expect(top!.sentenceTop).toBe(1);
    expect(next!.sentence).toBeCloseTo(-2 / 5);
    expect(next!.order).toBe(0.5);
  });
});

describe('findExtracts: the second pass', () => {
  const snapshot = buildSnapshot([
    parsedStory(
      'date 2020-01-01\nThe new stadium\n\nThe stadium opened in 2014 after two years of building. ' +
        'The stadium was designed by Ann Lee. She drew the plans in a small office in Leeds.\n',
      'stadium.txt',
    ),
    parsedStory(
      'date 2020-01-01\nOld grounds\n\nThe old stadium is the oldest in the city. Its stadium roof leaks.\n',
      'grounds.txt',
    ),
  ]);

  it("tells a sentence holding the question's heaviest word from one whose neighbour holds it", () => {
    const found = findExtracts(snapshot, 'who designed the stadium?', { limit: 10 });
    const designed = found.find((f) => f.sentence.startsWith('The stadium was designed'))!;
    const drew = found.find((f) => f.sentence.startsWith('She drew'))!;
    expect([designed.heaviest, designed.heaviestNear]).toEqual([1, 0]);
    expect([drew.heaviest, drew.heaviestNear]).toEqual([0, 1]);
  });

  it('puts the pairs in the order the second pass scores them, the best at 0', () => {
    const only = (name: keyof typeof SHIPPED.features, weight: number): RerankWeights => ({
      features: {
        ...(Object.fromEntries(
          Object.keys(SHIPPED.features).map((key) => [key, 0]),
        ) as RerankWeights['features']),
        [name]: weight,
      },
    });
    const question = 'who designed the stadium?';
    const lastRead = findExtracts(snapshot, question, { limit: 10, weights: { rerank: only('order', -1) } });
    const firstRead = findExtracts(snapshot, question, { limit: 10, weights: { rerank: only('order', 1) } });
    expect(lastRead.length).toBeGreaterThan(1);
    expect(lastRead[0]!.sentence).toBe(firstRead.at(-1)!.sentence);
    expect(firstRead[0]!.choice).toBe(0);
    expect(firstRead[1]!.choice).toBeLessThan(0);
  });
});
