/**
 * Finds the phrase that answers a fact question: the sentence ranker (`rankSentences.ts`) puts the
 * set's sentences in order for the question, and the extractive answerer scores the candidate phrases
 * of the best few sentences, the sentence's own rank being one of its features. The
 * best phrase, its sentence and its story are the answer; its score says how sure the answer is.
 */
import type { Story } from '../../engine/types.ts';
import { isStopword, root } from '../../engine/words.ts';
import { sentenceIndexOf, sentenceText } from '../sentenceIndex.ts';
import type { StorySnapshot } from '../snapshot.ts';
import { bm25Idf, documentFrequency, type TextIndex } from '../textIndex.ts';
import { answerableFeatures, answerableScore } from './answerable.ts';
import {
  type Extracted,
  extractFrom,
  type QuestionInfo,
  questionInfo,
  type SentenceRank,
  tokensOf,
} from './extract.ts';
import { questionIds, rankSentences, type SentenceFeatures, type SentenceWeights } from './rankSentences.ts';

/** Sentences whose phrases are scored per question. */
const READ_SENTENCES = 8;

export interface FoundExtract extends ReadSentence {
  extract: Extracted;
  /** Share of the question's word weight the sentence holds (0..1). */
  coverage: number;
  /** The probability that the phrase answers the question (`answerable.ts`). */
  sure: number;
}

/** The question as the answerer reads it, each word weighing as the rarest sentence term it stands for. */
function readQuestion(index: TextIndex, question: string, ids: readonly number[]): QuestionInfo {
  const n = Math.max(1, index.docCount);
  return questionInfo(question, (word) => {
    let best = 0;
    for (const id of ids) {
      const term = index.vocabulary.terms[id]!;
      if (root(term) !== word && term !== word) continue;
      const df = documentFrequency(index, id);
      best = Math.max(best, bm25Idf(n, df));
    }
    if (best > 0 || isStopword(word)) return best;
    // A word no sentence holds (a name the set knows nothing of) weighs as the rarest: no sentence
    // covers the question well then, so the answer is "I don't know" rather than a guess.
    return word.length >= 5 && !/\d/.test(word) ? bm25Idf(n, 0) : 1;
  });
}

/** A sentence read for a question: where it is, how it ranked, and what the ranker saw in it. */
export interface ReadSentence {
  story: Story;
  sentence: string;
  paragraph: number;
  sentenceStart: number;
  rank: SentenceRank;
  features: SentenceFeatures;
  /** The best sentence's lead over the second (ranker log-odds), the same for every sentence read. */
  margin: number;
  /** Names the question gives that the set knows nothing of (`rankSentences`). */
  unknown: number;
}

/**
 * The question as the answerer reads it, and the sentences the ranker puts first for it (only in the
 * stories `allowed` accepts, when it is given).
 */
export function readSentences(
  snapshot: StorySnapshot,
  question: string,
  options: { allowed?: (story: number) => boolean; weights?: SentenceWeights } = {},
): { info: QuestionInfo; sentences: ReadSentence[] } {
  const { index, ids, unknown, ranked } = rankSentences(snapshot, question, options);
  const info = readQuestion(index?.text ?? snapshot.text, question, ids);
  const sentences: ReadSentence[] = [];
  if (!index) return { info, sentences };
  const topScore = ranked[0]?.score ?? 0;
  const margin = ranked.length > 1 ? topScore - ranked[1]!.score : 10;
  for (const { n, score, features } of ranked.slice(0, READ_SENTENCES)) {
    const story = snapshot.stories.at(index.story[n]!)!;
    sentences.push({
      story,
      sentence: sentenceText(snapshot, index, n),
      paragraph: index.paragraph[n]!,
      sentenceStart: index.start[n]!,
      rank: { logit: score - topScore, top: sentences.length === 0 },
      features,
      margin,
      unknown,
    });
  }
  return { info, sentences };
}

/** Share of the question's word weight a sentence holds. */
function coverageOf(info: QuestionInfo, sentence: string): number {
  const stems = new Set(tokensOf(sentence).map((token) => root(token.lower)));
  let total = 0;
  let held = 0;
  for (const [word, weight] of info.words) {
    total += weight;
    if (stems.has(word)) held += weight;
  }
  return total > 0 ? held / total : 0;
}

/**
 * The best phrase of one given sentence (found by other means) for a question, and the share of the
 * question's word weight the sentence holds.
 */
export function extractIn(
  snapshot: StorySnapshot,
  question: string,
  sentence: string,
): { extract: Extracted | null; coverage: number } {
  // The sentence is known: the question's words need no correcting to find it.
  const text = sentenceIndexOf(snapshot)?.text ?? snapshot.text;
  const info = readQuestion(text, question, questionIds(snapshot, text, question, false));
  return {
    extract: extractFrom(info, sentence, { logit: 0, top: true }),
    coverage: coverageOf(info, sentence),
  };
}

/** The best answers to a question, best first: the best phrase of each sentence read. */
export function findExtracts(
  snapshot: StorySnapshot,
  question: string,
  options: { limit?: number; allowed?: (story: number) => boolean } = {},
): FoundExtract[] {
  const { info, sentences } = readSentences(snapshot, question, { allowed: options.allowed });
  const out: FoundExtract[] = [];
  for (const read of sentences) {
    const extract = extractFrom(info, read.sentence, read.rank);
    if (!extract) continue;
    const found = { ...read, extract, coverage: coverageOf(info, read.sentence) };
    out.push({ ...found, sure: answerableScore(answerableFeatures(found)) });
  }
  out.sort((a, b) => b.extract.score - a.extract.score);
  return out.slice(0, options.limit ?? 3);
}
