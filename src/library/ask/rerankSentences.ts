/**
 * The second pass over the sentences the ranker puts first: the answer is the best pair of a sentence
 * and its best phrase, not the best sentence then its best phrase. Each of the first few sentences is
 * scored against the others on how far it trails the best in the first pass, how sure the phrase
 * ranker is of its best phrase and whether that phrase is of the kind asked, whether it holds the
 * question's heaviest word itself or leaves it to its neighbours, how much of the first pass's belief
 * its story and its phrase gather among the sentences read, by a listwise model with the weights in
 * `rerankWeights.json` (trained by `scripts/trainExtract.ts` on first passes that never saw the
 * questions they read).
 */
import { fold } from '../../engine/words.ts';
import type { Extracted, SentenceRank } from './extract.ts';
import { type ModelWeights, modelScore } from './rankSentences.ts';
import WEIGHTS from './rerankWeights.json' with { type: 'json' };

export type RerankFeatures = Record<keyof typeof WEIGHTS.features, number>;
export type RerankWeights = ModelWeights<RerankFeatures>;

/** A sentence read for a question with its best phrase, as the second pass compares it. */
export interface Pair {
  story: { id: string };
  rank: SentenceRank;
  extract: Extracted;
  /** Share of the question's word weight the sentence holds. */
  coverage: number;
  /** Whether the sentence holds the question's heaviest word; its neighbours, when it does not. */
  heaviest: number;
  heaviestNear: number;
}

const NAMES = Object.keys(WEIGHTS.features) as Array<keyof RerankFeatures>;

/** The features of each pair (in the first pass's order), comparing it with the others read. */
export function rerankFeatures(pairs: readonly Pair[]): RerankFeatures[] {
  // The first pass's belief shared among the sentences read: by story, and by the phrase they give.
  const belief = pairs.map((pair) => Math.exp(Math.max(-20, pair.rank.logit)));
  const total = belief.reduce((sum, b) => sum + b, 0) || 1;
  const byStory = new Map<string, number>();
  const byPhrase = new Map<string, number>();
  const phraseOf = pairs.map((pair) => fold(pair.extract.text.trim()));
  pairs.forEach((pair, i) => {
    byStory.set(pair.story.id, (byStory.get(pair.story.id) ?? 0) + belief[i]! / total);
    byPhrase.set(phraseOf[i]!, (byPhrase.get(phraseOf[i]!) ?? 0) + belief[i]! / total);
  });
  let bestPhrase = -Infinity;
  let bestCoverage = 0;
  for (const pair of pairs) {
    bestPhrase = Math.max(bestPhrase, pair.extract.logit);
    bestCoverage = Math.max(bestCoverage, pair.coverage);
  }
  return pairs.map((pair, i) => ({
    phrase: pair.extract.logit,
    phraseGap: Math.max(-10, pair.extract.logit - bestPhrase) / 5,
    phraseShare: Math.exp(pair.extract.logit - pair.extract.logMass),
    fitsKind: pair.extract.fitsKind ? 1 : 0,
    sentence: Math.max(-10, pair.rank.logit) / 5,
    sentenceTop: pair.rank.top ? 1 : 0,
    order: 1 / (1 + i),
    coverageGap: pair.coverage - bestCoverage,
    heaviest: pair.heaviest,
    heaviestNear: pair.heaviestNear,
    storyBelief: byStory.get(pair.story.id)!,
    phraseBelief: byPhrase.get(phraseOf[i]!)! - belief[i]! / total,
  }));
}

/** The second pass's score of a pair (log-odds; compare within one question). */
export function rerankScore(features: RerankFeatures, weights: RerankWeights = WEIGHTS): number {
  return modelScore(NAMES, features, weights);
}
