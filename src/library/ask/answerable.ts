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
import {
  type Extracted,
  QUESTION_ONLY,
  type SentenceRank,
  type Token,
  tokensOf,
  wordRoot,
} from './extract.ts';
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
  /** A question word the sentence lacks where it holds the word's opposite beside the word's own
   * neighbour: "the UK's smallest digital…" asked of "the UK's largest digital…". */
  antonymInPlace: number;
  /** Two words side by side in the question that the sentence holds only the other way round:
   * "Major Soccer League" asked of "Major League Soccer", "Latham Milton" of "Milton Latham". */
  pairSwapped: number;
}

const NEGATING_PREFIX = /^(?:un|in|im|ir|il|non|dis|mis)-?/;
const isYearText = (text: string) => /^(?:1[0-9]|20)\d\d$/.test(text);

/** A word of what a question is about: no function word nor word of the question's form. */
const isTopicWord = (token: Token) => !isStopword(token.lower) && !QUESTION_ONLY.has(token.lower);

/** Whether `other` says the opposite of `token`: an antonym, or its form with or without a negating prefix. */
function opposes(token: Token, other: Token): boolean {
  return (
    antonymRoots(wordRoot(token)).includes(wordRoot(other)) ||
    (NEGATING_PREFIX.test(token.lower) && other.lower === token.lower.replace(NEGATING_PREFIX, '')) ||
    (NEGATING_PREFIX.test(other.lower) && other.lower.replace(NEGATING_PREFIX, '') === token.lower)
  );
}

/** The roots of the topic words nearest token `k` on either side, past at most one function word. */
function neighboursOf(tokens: readonly Token[], k: number): [string | null, string | null] {
  const nearest = (step: number) => {
    for (let j = k + step; j >= 0 && j < tokens.length && Math.abs(j - k) <= 2; j += step)
      if (isTopicWord(tokens[j]!)) return wordRoot(tokens[j]!);
    return null;
  };
  return [nearest(-1), nearest(1)];
}

/**
 * How the question contradicts `text` (a sentence with its neighbours) and `sentence` itself; see
 * `Contradictions`.
 */
export function contradictionsOf(question: string, text: string, sentence = text): Contradictions {
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
    if (said.some((other) => opposes(token, other))) antonym = 1;
    if (/\d/.test(token.text)) {
      const year = isYearText(token.text);
      if (said.some((other) => /\d/.test(other.text) && isYearText(other.text) === year)) figureConflict = 1;
    } else if (k > 0 && /^\p{Lu}/u.test(token.text) && !isStopword(token.lower)) nameLacking = 1;
  });
  return { antonym, figureConflict, nameLacking, ...inPlaceOf(asked, tokensOf(sentence)) };
}

/** What the sentence says in the place of the question's words: an opposite, or two words swapped. */
function inPlaceOf(
  asked: readonly Token[],
  said: readonly Token[],
): Pick<Contradictions, 'antonymInPlace' | 'pairSwapped'> {
  const roots = said.map(wordRoot);
  const held = new Set(roots);
  let antonymInPlace = 0;
  asked.forEach((token, i) => {
    if (antonymInPlace || !isTopicWord(token) || held.has(wordRoot(token))) return;
    const [before, after] = neighboursOf(asked, i);
    said.forEach((other, k) => {
      if (!opposes(token, other)) return;
      const [saidBefore, saidAfter] = neighboursOf(said, k);
      if ((before !== null && before === saidBefore) || (after !== null && after === saidAfter))
        antonymInPlace = 1;
    });
  });
  let pairSwapped = 0;
  for (let i = 0; i + 1 < asked.length; i++) {
    if (!isTopicWord(asked[i]!) || !isTopicWord(asked[i + 1]!)) continue;
    const first = wordRoot(asked[i]!);
    const second = wordRoot(asked[i + 1]!);
    let inOrder = false;
    let swapped = false;
    roots.forEach((key, k) => {
      if (key !== first) return;
      if (roots.slice(k + 1, k + 4).includes(second)) inOrder = true;
      if (roots[k - 1] === second) swapped = true;
    });
    if (swapped && !inOrder) pairSwapped = 1;
  }
  return { antonymInPlace, pairSwapped };
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
  unknownWords: number;
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
    unknownWords: Math.min(found.unknownWords, 2) / 2,
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
    antonymInPlace: found.contradictions.antonymInPlace,
    pairSwapped: found.contradictions.pairSwapped,
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
