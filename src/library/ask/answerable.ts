/**
 * Whether the phrase found for a question is worth giving, or the honest answer is "I don't know": a
 * logistic regression over how sure the phrase ranker is (its share of belief among every phrase read,
 * and against the best other phrase), how far the chosen sentence leads the next, how much of the
 * question the sentence, its neighbours, its paragraph and its story hold, and the heaviest word or
 * figure of the question they lack, said in no other words either, or that the whole story never holds
 * (questions the stories cannot answer often differ from the nearest sentence in one rare word). The weights and the threshold are in `answerableWeights.json`, trained
 * by `scripts/trainAnswerable.ts` on the tuning articles of SQuAD v1.1-dev and of the SQuAD 2.0 part.
 */
import WEIGHTS from './answerableWeights.json' with { type: 'json' };
import type { Extracted, SentenceRank } from './extract.ts';
import type { SentenceFeatures } from './rankSentences.ts';

export type AnswerableFeatures = Record<keyof typeof WEIGHTS.features, number>;

/** What the answerer found for a question, as far as the decision needs it. */
export interface Found {
  extract: Extracted;
  coverage: number;
  rank: SentenceRank;
  features: SentenceFeatures;
  margin: number;
  unknown: number;
  contextHeld: number;
  lacking: number;
  lackingUnrelated: number;
  storyLacking: number;
  figuresLacking: number;
  runnerUp: number;
  share: number;
  negationDiffers: number;
}

export function answerableFeatures(found: Found): AnswerableFeatures {
  const { features } = found;
  return {
    bias: 1,
    phrase: found.extract.score,
    coverage: found.coverage,
    margin: Math.min(found.margin, 10) / 5,
    top: found.rank.top ? 1 : 0,
    held: features.held,
    heldCount: features.heldCount,
    paragraph: features.held + features.paragraph,
    passage: features.passage,
    headline: features.headline,
    story: features.story,
    names: features.names,
    pairs: features.pairs,
    kind: features.kind,
    unknown: Math.min(found.unknown, 2) / 2,
    contextHeld: found.contextHeld,
    lacking: found.lacking,
    lackingUnrelated: found.lackingUnrelated,
    storyLacking: found.storyLacking,
    figuresLacking: Math.min(found.figuresLacking, 2) / 2,
    runnerUp: found.runnerUp,
    lead: found.extract.score - found.runnerUp,
    share: found.share,
    logShare: Math.log(found.share + 1e-6) / 5,
    logit: found.extract.logit / 5,
    // Most of the question held but one weighty word said in no form: often a question written to
    // differ from the sentence in that word ("least" for "most", another year).
    nearMiss: found.contextHeld * found.lackingUnrelated,
    heldNoForm: features.lacking,
    exact: features.exact,
    negationDiffers: found.negationDiffers,
  };
}

/** The model's probability that the phrase answers the question (0..1). */
export function answerableScore(
  features: AnswerableFeatures,
  weights: Record<string, number> = WEIGHTS.features,
): number {
  let z = 0;
  for (const name in features) z += (weights[name] ?? 0) * features[name as keyof AnswerableFeatures];
  return 1 / (1 + Math.exp(-z));
}

/** Below this probability the answer is "I don't know". */
export const ANSWERABLE_THRESHOLD: number = WEIGHTS.threshold;
