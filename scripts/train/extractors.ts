/**
 * Training the answerer's two rankers on SQuAD questions over a loaded set of their articles (used by
 * `scripts/trainExtract.ts`, which ships them, and by `scripts/trainAnswerable.ts`, which trains them
 * on half of the tuning articles to read the other half as unseen ones):
 * - the sentence ranker (`src/library/ask/rankSentences.ts`): each sentence of a question's pool is one
 *   row, right when it is in the question's story and holds a gold answer; a listwise model with a few
 *   tanh units beside its linear weights;
 * - the phrase ranker (`src/library/ask/extract.ts`): each candidate phrase of the sentences the
 *   sentence ranker reads first is one row, right when its token F1 against the gold answers is the best
 *   any candidate of the question's story reaches (a target spread over every overlapping phrase in
 *   proportion to its F1 taught the ranker to prefer long ones); its lexicalised conjunctions held by at
 *   least `MIN_QUESTIONS` questions are learned too.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { candidateFeatures, type PhraseWeights } from '../../src/library/ask/extract.ts';
import { readPairs, readSentences } from '../../src/library/ask/findExtract.ts';
import type { HiddenLayer } from '../../src/library/ask/hiddenLayer.ts';
import {
  modelScore,
  poolSentences,
  questionIds,
  rankQuestion,
  type SentenceFeatures,
  type SentenceWeights,
} from '../../src/library/ask/rankSentences.ts';
import {
  type RerankFeatures,
  type RerankWeights,
  rerankFeatures,
  rerankScore,
} from '../../src/library/ask/rerankSentences.ts';
import { sentenceIndexOf, sentenceText } from '../../src/library/sentenceIndex.ts';
import type { StorySnapshot } from '../../src/library/snapshot.ts';
import { f1Score, holdsAnswer, type SquadQuestion, tuningFold } from '../eval/squadScore.ts';
import { GroupBuilder, trainListwiseModel } from './listwise.ts';

/** The sentence ranker's tanh units beside its linear weights, and its training steps. */
const SENTENCE_UNITS = 8;
const SENTENCE_STEPS = 600;
/** Questions a conjunction must be seen in to be learned. */
const MIN_QUESTIONS = 20;

/** A question's pooled sentences as rows: their features, and whether each holds a gold answer. */
type SentenceRows = Array<{ features: SentenceFeatures; target: number }>;

function sentenceRows(snapshot: StorySnapshot, q: SquadQuestion, without: ReadonlySet<string>): SentenceRows {
  const index = sentenceIndexOf(snapshot)!;
  const ids = questionIds(snapshot, index.text, q.question);
  const pool = poolSentences(snapshot, index, rankQuestion(index.text, q.question, ids), ids);
  return pool.map(({ n, features }) => {
    for (const name of without) features[name as keyof SentenceFeatures] = 0;
    return {
      features,
      target:
        snapshot.stories.at(index.story[n]!)!.id === q.story_id &&
        holdsAnswer(sentenceText(snapshot, index, n), q.answers)
          ? 1
          : 0,
    };
  });
}

/** A listwise model with tanh units fit to questions' rows (a question with no right row is left out). */
function fitRows<W>(
  questions: Iterable<ReadonlyArray<{ features: Record<string, number>; target: number }>>,
  { steps, hidden }: { steps: number; hidden: number },
  label: string,
): W {
  const groups = new GroupBuilder();
  for (const rows of questions) groups.add(rows);
  process.stderr.write(`${label}: ${groups.starts.length - 1} questions with a right sentence\n`);
  return trainListwiseModel(groups.done(), { steps, rate: 0.05, hidden, label }) as W;
}

function trainOnRows(questions: readonly SentenceRows[], label: string): SentenceWeights {
  return fitRows(questions, { steps: SENTENCE_STEPS, hidden: SENTENCE_UNITS }, label);
}

/** The sentence ranker fit to the questions, the features named in `without` read as 0. */
export function trainSentenceRanker(
  snapshot: StorySnapshot,
  questions: readonly SquadQuestion[],
  label = 'sentences',
  without: ReadonlySet<string> = new Set(),
): SentenceWeights {
  return trainOnRows(
    questions.map((q) => sentenceRows(snapshot, q, without)),
    label,
  );
}

/**
 * Two-fold cross-validation of the sentence ranker within the tuning articles (`tuningFold`): trained on
 * one half's questions, the share of the other half's whose first sentence holds a gold answer, per
 * fold. The features named in `without` read 0 (to measure what they add).
 */
export function crossValidateSentences(
  snapshot: StorySnapshot,
  questions: readonly SquadQuestion[],
  without: ReadonlySet<string> = new Set(),
): number[] {
  const rows = questions.map((q) => sentenceRows(snapshot, q, without));
  return [0, 1].map((fold) => {
    const inFold = (k: number) => tuningFold(questions[k]!.title) === fold;
    const weights = trainOnRows(
      rows.filter((_, k) => !inFold(k)),
      `fold ${fold}`,
    );
    let asked = 0;
    let first = 0;
    rows.forEach((pool, k) => {
      if (!inFold(k)) return;
      asked++;
      let best: (typeof pool)[number] | undefined;
      let bestScore = -Infinity;
      for (const row of pool) {
        // The hidden units' inputs are in the order the rows give their features (as trained), which
        // a feature being added may not share with the shipped file's.
        const score = modelScore(
          Object.keys(row.features) as Array<keyof SentenceFeatures>,
          row.features,
          weights,
        );
        if (score > bestScore) [best, bestScore] = [row, score];
      }
      if (best?.target) first++;
    });
    return first / Math.max(1, asked);
  });
}

/** The phrase ranker's weights as shipped: dense features, the conjunctions that weigh, and its tanh units. */
export interface PhraseWeightsFile {
  features: Record<string, number>;
  conjunctions: Record<string, number>;
  hidden?: HiddenLayer;
}

/** A candidate phrase as a training row: its features, and its token F1 against the gold answers. */
interface PhraseRow {
  features: Record<string, number>;
  sparse: readonly string[];
  f1: number;
}

/** The candidate phrases of the sentences read for a question, each a row (F1 0 out of its story). */
function phraseRows(q: SquadQuestion, { info, sentences }: ReturnType<typeof readSentences>): PhraseRow[] {
  return sentences.flatMap((read) =>
    candidateFeatures(info, read.sentence, read.rank).map(({ candidate, features, conjunctions }) => ({
      features,
      sparse: conjunctions,
      f1:
        read.story.id === q.story_id
          ? f1Score(read.sentence.slice(candidate.start, candidate.end), q.answers)
          : 0,
    })),
  );
}

/** The targets of a question's candidates: right are the phrases reaching the best F1 any reaches. */
function phraseTargets(f1: ArrayLike<number>): Float64Array {
  let best = 0;
  for (let i = 0; i < f1.length; i++) best = Math.max(best, f1[i]!);
  return Float64Array.from(f1, (value) => (best > 0 && value === best ? 1 : 0));
}

/**
 * Adds a question's candidates, packed (their dense features row-major in the order of `names`, the
 * conjunctions each holds, their F1), to the groups, right the phrases reaching the best F1 any reaches.
 */
export function addPhraseGroup(
  groups: GroupBuilder,
  names: string[],
  dense: ArrayLike<number>,
  sparse: ReadonlyArray<readonly string[]>,
  f1: ArrayLike<number>,
): void {
  groups.addPacked(names, dense, sparse, phraseTargets(f1));
}

/** How the phrase ranker is trained: its tanh units beside its linear weights, steps, and questions per step. */
export interface PhraseTraining {
  units: number;
  steps: number;
  batch: number;
}
/**
 * The linear ranker, 300 steps over every question: eight tanh units (400 steps of 256 questions) gained
 * in the folds but lost held apart (see the README).
 */
export const PHRASE_TRAINING: PhraseTraining = { units: 0, steps: 300, batch: 0 };

/** The phrase ranker fit to the groups of its questions. */
export function fitPhraseRanker(
  groups: GroupBuilder,
  label = 'phrases',
  { units, steps, batch }: PhraseTraining = PHRASE_TRAINING,
): PhraseWeightsFile {
  process.stderr.write(`${label}: ${groups.starts.length - 1} questions with a right phrase\n`);
  const done = groups.done(MIN_QUESTIONS);
  const { features: weights, hidden } = trainListwiseModel(done, {
    steps,
    rate: 0.05,
    l2: 1e-3,
    label,
    hidden: units,
    batch,
  });
  const dense = new Set(done.names);
  return {
    features: Object.fromEntries(Object.entries(weights).filter(([name]) => dense.has(name))),
    // Conjunctions that weigh little are left out: the file stays small and the answer the same.
    conjunctions: Object.fromEntries(
      Object.entries(weights).filter(([name, weight]) => !dense.has(name) && Math.abs(weight) >= 0.02),
    ),
    ...(hidden ? { hidden } : {}),
  };
}

/** The phrase ranker over the sentences the given sentence ranker (the shipped one if none) reads. */
export function trainPhraseRanker(
  snapshot: StorySnapshot,
  questions: readonly SquadQuestion[],
  sentenceWeights?: SentenceWeights,
  label = 'phrases',
): PhraseWeightsFile {
  const groups = new GroupBuilder();
  for (const q of questions) {
    const rows = phraseRows(q, readSentences(snapshot, q.question, { weights: sentenceWeights }));
    const targets = phraseTargets(rows.map((row) => row.f1));
    groups.add(rows.map((row, i) => ({ features: row.features, sparse: row.sparse, target: targets[i]! })));
  }
  return fitPhraseRanker(groups, label);
}

/** Phrase weights as the phrase ranker reads them. */
export function phraseWeights(file: PhraseWeightsFile): PhraseWeights {
  return {
    features: file.features,
    conjunctions: new Map(Object.entries(file.conjunctions)),
    ...(file.hidden ? { hidden: file.hidden } : {}),
  };
}

/** The sentence and phrase rankers a first pass reads with. */
export interface FirstPass {
  sentences: SentenceWeights;
  phrases: PhraseWeights;
}

/**
 * First passes that never saw the questions they read: for each half of the tuning articles
 * (`tuningFold`), the sentence ranker and the phrase ranker trained on the other half. Read from `file`
 * when it holds them, else trained (about as long as two trainings of both rankers) and written there.
 */
export function crossFitFirstPasses(
  snapshot: StorySnapshot,
  questions: readonly SquadQuestion[],
  file?: string,
): FirstPass[] {
  if (file && existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Array<{
      sentences: SentenceWeights;
      phrases: PhraseWeightsFile;
    }>;
    return saved.map((pass) => ({ sentences: pass.sentences, phrases: phraseWeights(pass.phrases) }));
  }
  const saved = [0, 1].map((fold) => {
    const other = questions.filter((q) => tuningFold(q.title) !== fold);
    const sentences = trainSentenceRanker(snapshot, other, `sentences for half ${fold}`);
    return { sentences, phrases: trainPhraseRanker(snapshot, other, sentences, `phrases for half ${fold}`) };
  });
  if (file) writeFileSync(file, JSON.stringify(saved));
  return saved.map((pass) => ({ sentences: pass.sentences, phrases: phraseWeights(pass.phrases) }));
}

/** A question's pairs of a sentence and its best phrase as the second pass reads them. */
interface RerankRows {
  q: SquadQuestion;
  rows: Array<{ features: RerankFeatures; held: number; f1: number }>;
}

/** Each question's pairs as read by the first pass of its half (`crossFitFirstPasses`). */
export function rerankRows(
  snapshot: StorySnapshot,
  questions: readonly SquadQuestion[],
  passes: readonly FirstPass[],
): RerankRows[] {
  return questions.map((q) => {
    const pairs = readPairs(snapshot, q.question, { weights: passes[tuningFold(q.title)] });
    const features = rerankFeatures(pairs);
    return {
      q,
      rows: pairs.map((pair, i) => {
        const right = pair.story.id === q.story_id;
        return {
          features: features[i]!,
          held: right && holdsAnswer(pair.sentence, q.answers) ? 1 : 0,
          f1: right ? f1Score(pair.extract.text, q.answers) : 0,
        };
      }),
    };
  });
}

/** The second pass's units and training steps. */
const RERANK_UNITS = 4;
const RERANK_STEPS = 400;

/** The second pass fit to the questions' pairs: right are those whose sentence holds a gold answer. */
export function trainRerank(questions: readonly RerankRows[], label = 'rerank'): RerankWeights {
  return fitRows(
    questions.map(({ rows }) => rows.map((row) => ({ features: row.features, target: row.held }))),
    { steps: RERANK_STEPS, hidden: RERANK_UNITS },
    label,
  );
}

/** What a choice among each question's pairs scores: its sentence holds a gold answer, and its phrase's F1. */
function choiceFigures(
  questions: readonly RerankRows[],
  choose: (rows: RerankRows['rows']) => number,
): { first: number; f1: number; oracle: number } {
  let first = 0;
  let f1 = 0;
  let oracle = 0;
  for (const { rows } of questions) {
    if (rows.some((row) => row.held)) oracle++;
    const i = choose(rows);
    if (i < 0) continue;
    first += rows[i]!.held;
    f1 += rows[i]!.f1;
  }
  const n = Math.max(1, questions.length);
  return { first: first / n, f1: f1 / n, oracle: oracle / n };
}

/**
 * Two-fold cross-validation of the second pass within the tuning articles: trained on one half's
 * pairs, what its choice scores on the other half's, against the phrase ranker's choice alone and the
 * first pass's first sentence. Every half is read by the first pass of `crossFitFirstPasses`.
 */
export function crossValidateRerank(
  questions: readonly RerankRows[],
  without: ReadonlySet<string> = new Set(),
): Record<'rerank' | 'phrase' | 'first', { first: number; f1: number; oracle: number }> {
  const zeroed = questions.map(({ q, rows }) => ({
    q,
    rows: rows.map((row) => {
      const features = { ...row.features };
      for (const name of without) features[name as keyof RerankFeatures] = 0;
      return { ...row, features };
    }),
  }));
  const argmax = (rows: RerankRows['rows'], score: (row: RerankRows['rows'][number]) => number) => {
    let best = -1;
    let bestScore = -Infinity;
    rows.forEach((row, i) => {
      const s = score(row);
      if (s > bestScore) [best, bestScore] = [i, s];
    });
    return best;
  };
  const chosen: number[] = new Array(zeroed.length).fill(-1);
  for (const fold of [0, 1]) {
    const weights = trainRerank(
      zeroed.filter(({ q }) => tuningFold(q.title) !== fold),
      `rerank for half ${fold}`,
    );
    zeroed.forEach(({ q, rows }, k) => {
      if (tuningFold(q.title) === fold) chosen[k] = argmax(rows, (row) => rerankScore(row.features, weights));
    });
  }
  let k = 0;
  return {
    rerank: choiceFigures(zeroed, () => chosen[k++]!),
    phrase: choiceFigures(zeroed, (rows) => argmax(rows, (row) => row.features.phrase)),
    first: choiceFigures(zeroed, (rows) => rows.findIndex((row) => row.features.sentenceTop === 1)),
  };
}

/** Writes a model's weights to `src/library/ask/FILE`, saying what they were trained on. */
export function writeWeights(file: string, weights: object, trainedOn: string): void {
  const url = new URL(`../../src/library/ask/${file}`, import.meta.url);
  writeFileSync(url, `${JSON.stringify({ trainedOn, ...weights }, null, 1)}\n`);
  // As biome formats it, so that a retrain leaves the tree clean.
  execFileSync('npx', ['biome', 'format', '--write', fileURLToPath(url)], { stdio: 'ignore' });
  process.stderr.write(`wrote ${url.pathname}\n`);
}
