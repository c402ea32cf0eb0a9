/**
 * Whether the phrase found for a question is worth giving, or the honest answer is "I don't know": a
 * logistic regression over how sure the phrase ranker is (its share of belief among every phrase read,
 * and against the best other phrase), how far the chosen sentence leads the next, how much of the
 * question the sentence, its neighbours, its paragraph and its story hold, and the heaviest word or
 * figure of the question they lack, said in no other words either, or that the whole story never holds
 * (questions the stories cannot answer often differ from the nearest sentence in one rare word). The weights and the threshold are in `answerableWeights.json`, trained
 * by `scripts/trainAnswerable.ts` on the tuning articles of SQuAD v1.1-dev and of the SQuAD 2.0 part.
 */
import { antonymRoots } from '../../engine/related.ts';
import { isStopword } from '../../engine/words.ts';
import WEIGHTS from './answerableWeights.json' with { type: 'json' };
import { type Extracted, type SentenceRank, tokensOf, wordRoot } from './extract.ts';
import type { SentenceFeatures } from './rankSentences.ts';

/**
 * How a question contradicts the text read for it (a sentence with its neighbours), each 0 or 1:
 * unanswerable questions are often written against one sentence with one word changed.
 */
export interface Contradictions {
  /** A question word the text lacks while it holds its antonym ("commended" for "criticized", "least"
   * for "most"), or its form with or without a negating prefix ("unofficially" for "officially"). */
  antonym: number;
  /** A figure of the question the text lacks while it holds another figure of the same shape (a year
   * for a year, a number for a number: "1.7 million" asked where it says "1.3 million"). */
  figureConflict: number;
  /** A name of the question (a capitalised word past its first) the text holds in no form. */
  nameLacking: number;
}

const NEGATING_PREFIX = /^(?:un|in|im|ir|il|non|dis|mis)-?/;
const isYearText = (text: string) => /^(?:1[0-9]|20)\d\d$/.test(text);

export function contradictionsOf(question: string, text: string): Contradictions {
  const asked = tokensOf(question);
  const said = tokensOf(text);
  const roots = new Set(said.map(wordRoot));
  const lower = new Set(said.map((token) => token.lower));
  let antonym = 0;
  let figureConflict = 0;
  let nameLacking = 0;
  asked.forEach((token, k) => {
    const key = wordRoot(token);
    if (roots.has(key) || lower.has(token.lower)) return;
    if (
      antonymRoots(key).some((other) => roots.has(other)) ||
      (NEGATING_PREFIX.test(token.lower) && lower.has(token.lower.replace(NEGATING_PREFIX, ''))) ||
      said.some(
        (other) =>
          NEGATING_PREFIX.test(other.lower) && other.lower.replace(NEGATING_PREFIX, '') === token.lower,
      )
    )
      antonym = 1;
    if (/\d/.test(token.text)) {
      const year = isYearText(token.text);
      if (said.some((other) => /\d/.test(other.text) && isYearText(other.text) === year)) figureConflict = 1;
    } else if (k > 0 && /^\p{Lu}/u.test(token.text) && !isStopword(token.lower)) nameLacking = 1;
  });
  return { antonym, figureConflict, nameLacking };
}

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
  contradictions: Contradictions;
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
    antonym: found.contradictions.antonym,
    figureConflict: found.contradictions.figureConflict,
    nameLacking: found.contradictions.nameLacking,
    roleDisagrees: (found.extract.roleFit ?? 0) < 0 ? 1 : 0,
    clauseHeld: found.extract.clauseHeld ?? 0,
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
