/**
 * Finds the phrase that answers a fact question: the sentence index ranks every sentence of the set
 * by BM25 over the question's words (the rarest weigh most), and the extractive answerer scores the
 * candidate phrases of the best few sentences, the sentence's own rank being one of its features. The
 * best phrase, its sentence and its story are the answer; its score says how sure the answer is.
 */
import type { Story } from '../../engine/types.ts';
import { isStopword } from '../../engine/words.ts';
import { sentenceIndexOf, storyParagraphs } from '../sentenceIndex.ts';
import type { StorySnapshot } from '../snapshot.ts';
import { terms } from '../text.ts';
import { bm25Idf, correctTerm, documentFrequency, searchText, type TextIndex } from '../textIndex.ts';
import {
  type Extracted,
  extractFrom,
  matchStem,
  type QuestionInfo,
  questionInfo,
  type SentenceRank,
  tokensOf,
} from './extract.ts';

/** Sentences whose phrases are scored per question. */
const READ_SENTENCES = 8;

export interface FoundExtract {
  story: Story;
  /** The sentence: its text, its paragraph and where it lies in that re-flowed paragraph. */
  sentence: string;
  paragraph: number;
  sentenceStart: number;
  extract: Extracted;
  rank: SentenceRank;
  /** Share of the question's word weight the sentence holds (0..1). */
  coverage: number;
}

/**
 * The question's term ids in an index (the sentence index, or the story index while that is being
 * built), misspelt words standing for the closest known word.
 */
function questionIds(snapshot: StorySnapshot, index: TextIndex, question: string, correct = true): number[] {
  const ids = new Set<number>();
  for (const term of terms(question)) {
    let id = index.vocabulary.get(term);
    if (correct && (id === undefined || documentFrequency(index, id) === 0))
      id = correctTerm(snapshot.text, term);
    if (id !== undefined && documentFrequency(index, id) > 0) ids.add(id);
  }
  return [...ids];
}

/** The question as the answerer reads it, each word weighing as the rarest sentence term it stands for. */
function readQuestion(index: TextIndex, question: string, ids: readonly number[]): QuestionInfo {
  const n = Math.max(1, index.docCount);
  return questionInfo(question, (word) => {
    let best = 0;
    for (const id of ids) {
      const term = index.vocabulary.terms[id]!;
      if (matchStem(term) !== word && term !== word) continue;
      const df = documentFrequency(index, id);
      best = Math.max(best, bm25Idf(n, df));
    }
    if (best > 0 || isStopword(word)) return best;
    // A word no sentence holds (a name the set knows nothing of) weighs as the rarest: no sentence
    // covers the question well then, so the answer is "I don't know" rather than a guess.
    return word.length >= 5 && !/\d/.test(word) ? bm25Idf(n, 0) : 1;
  });
}

/** A sentence read for a question: where it is and how it ranked. */
export interface ReadSentence {
  story: Story;
  sentence: string;
  paragraph: number;
  sentenceStart: number;
  rank: SentenceRank;
}

/**
 * The question as the answerer reads it, and the sentences the sentence index ranks first for it
 * (only in the stories `allowed` accepts, when it is given).
 */
export function readSentences(
  snapshot: StorySnapshot,
  question: string,
  allowed?: (story: number) => boolean,
): { info: QuestionInfo; sentences: ReadSentence[] } {
  const index = sentenceIndexOf(snapshot);
  const ids = questionIds(snapshot, index?.text ?? snapshot.text, question);
  const info = readQuestion(index?.text ?? snapshot.text, question, ids);
  const sentences: ReadSentence[] = [];
  if (!index || ids.length === 0) return { info, sentences };
  // With a filter, every hit in order (a long top list by insertion would cost more than a sort).
  const hits = searchText(index.text, ids, 1, allowed ? {} : { top: READ_SENTENCES });
  let topScore = 0;
  for (let i = 0; i < hits.docs.length && sentences.length < READ_SENTENCES; i++) {
    const s = hits.docs[i]!;
    const storyIndex = index.story[s]!;
    if (allowed && !allowed(storyIndex)) continue;
    topScore ||= hits.scores[i]!;
    const story = snapshot.stories.at(storyIndex)!;
    const paragraph = index.paragraph[s]!;
    const start = index.start[s]!;
    sentences.push({
      story,
      sentence: storyParagraphs(story)[paragraph]!.slice(start, index.end[s]!),
      paragraph,
      sentenceStart: start,
      rank: { relative: hits.scores[i]! / topScore, top: sentences.length === 0 },
    });
  }
  return { info, sentences };
}

/** Share of the question's word weight a sentence holds. */
function coverageOf(info: QuestionInfo, sentence: string): number {
  const stems = new Set(tokensOf(sentence).map((token) => matchStem(token.lower)));
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
    extract: extractFrom(info, sentence, { relative: 1, top: true }),
    coverage: coverageOf(info, sentence),
  };
}

/** The best answers to a question, best first: the best phrase of each sentence read. */
export function findExtracts(
  snapshot: StorySnapshot,
  question: string,
  options: { limit?: number; allowed?: (story: number) => boolean } = {},
): FoundExtract[] {
  const { info, sentences } = readSentences(snapshot, question, options.allowed);
  const out: FoundExtract[] = [];
  for (const read of sentences) {
    const extract = extractFrom(info, read.sentence, read.rank);
    if (extract) out.push({ ...read, extract, coverage: coverageOf(info, read.sentence) });
  }
  out.sort((a, b) => b.extract.score - a.extract.score);
  return out.slice(0, options.limit ?? 3);
}
