/**
 * `npx tsx scripts/trainExtract.ts [--shared DIR] [--only sentences|phrases]`: trains the answerer's two rankers on the SQuAD
 * v1.1-dev questions of the articles that are not held apart (`isHeldOut`), and writes their weights:
 * - the sentence ranker (`src/library/ask/rankSentences.ts` → `sentenceWeights.json`): each sentence
 *   of a question's pool is one row, right when it is in the question's story and holds a gold answer;
 *   a listwise model with a few tanh units beside its linear weights;
 * - the phrase ranker (`src/library/ask/extract.ts` → `extractWeights.json`): each candidate phrase
 *   of the sentences the new sentence ranker reads first is one row, right when its token F1 against
 *   the gold answers is the best any candidate of the question's story reaches (a target spread over
 *   every overlapping phrase in proportion to its F1 taught the ranker to prefer long ones); its
 *   lexicalised conjunctions held by at least `MIN_QUESTIONS` questions are learned too.
 * `--only sentences` or `--only phrases` trains one of them (the phrase ranker over the shipped
 * sentence ranker). Both are listwise models (`train/listwise.ts`). The corpus itself is never copied: only
 * the weights are written.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { candidateFeatures } from '../src/library/ask/extract.ts';
import { readSentences } from '../src/library/ask/findExtract.ts';
import {
  poolSentences,
  questionIds,
  rankQuestion,
  type SentenceWeights,
} from '../src/library/ask/rankSentences.ts';
import { sentenceIndexOf, sentenceText } from '../src/library/sentenceIndex.ts';
import { StoryLibrary } from '../src/library/storyLibrary.ts';
import { f1Score, holdsAnswer, isHeldOut, readQuestions } from './eval/squadScore.ts';
import { GroupBuilder, trainListwise, trainListwiseModel } from './train/listwise.ts';

/** The sentence ranker's tanh units beside its linear weights, and its training steps. */
const SENTENCE_UNITS = 8;
const SENTENCE_STEPS = 600;

const { values } = parseArgs({ options: { shared: { type: 'string' }, only: { type: 'string' } } });
/** Questions a conjunction must be seen in to be learned. */
const MIN_QUESTIONS = 20;
const shared = resolve(values.shared ?? process.env.NEWSBOT_SHARED ?? '../shared');
const dir = join(shared, 'corpora', 'squad', 'v1.1-dev');
if (!existsSync(dir)) {
  process.stderr.write(`trainExtract: ${dir} is absent\n`);
  process.exit(1);
}

const library = await StoryLibrary.open({
  dirs: [join(dir, 'stories')],
  cacheDir: join('.cache', 'train'),
  progress: false,
  workers: 0,
});
const snapshot = library.snapshot;
const index = sentenceIndexOf(snapshot)!;
const questions = readQuestions(join(dir, 'questions.jsonl')).filter((q) => !isHeldOut(q.title));
const trainedOn = `SQuAD v1.1-dev, ${questions.length} questions of the articles not held apart (scripts/trainExtract.ts)`;

function write(file: string, weights: object) {
  const url = new URL(`../src/library/ask/${file}`, import.meta.url);
  writeFileSync(url, `${JSON.stringify({ trainedOn, ...weights }, null, 1)}\n`);
  process.stderr.write(`trainExtract: wrote ${url.pathname}\n`);
}

/** The sentence ranker; the shipped one with `--only phrases`. */
function trainSentences(): SentenceWeights | undefined {
  if (values.only === 'phrases') return undefined;
  const sentenceGroups = new GroupBuilder();
  for (const q of questions) {
    const ids = questionIds(snapshot, index.text, q.question);
    const pool = poolSentences(snapshot, index, rankQuestion(index.text, q.question, ids), ids);
    sentenceGroups.add(
      pool.map(({ n, features }) => ({
        features,
        target:
          snapshot.stories.at(index.story[n]!)!.id === q.story_id &&
          holdsAnswer(sentenceText(snapshot, index, n), q.answers)
            ? 1
            : 0,
      })),
    );
  }
  process.stderr.write(
    `trainExtract: sentences: ${sentenceGroups.starts.length - 1} questions with a right sentence\n`,
  );
  const weights = trainListwiseModel(sentenceGroups.done(), {
    steps: SENTENCE_STEPS,
    rate: 0.05,
    hidden: SENTENCE_UNITS,
    label: 'sentences',
  }) as SentenceWeights;
  write('sentenceWeights.json', weights);
  return weights;
}
const sentenceWeights = trainSentences();
// `--only sentences`: the phrase ranker's weights are left as they are.
if (values.only === 'sentences') process.exit(0);

// The phrase ranker, over the sentences the new sentence ranker reads.
const phraseGroups = new GroupBuilder();
for (const q of questions) {
  const { info, sentences } = readSentences(snapshot, q.question, { weights: sentenceWeights });
  const rows = sentences.flatMap((read) =>
    candidateFeatures(info, read.sentence, read.rank).map(({ candidate, features, conjunctions }) => ({
      features,
      sparse: conjunctions,
      f1:
        read.story.id === q.story_id
          ? f1Score(read.sentence.slice(candidate.start, candidate.end), q.answers)
          : 0,
    })),
  );
  const best = Math.max(0, ...rows.map((row) => row.f1));
  phraseGroups.add(rows.map((row) => ({ ...row, target: best > 0 && row.f1 === best ? 1 : 0 })));
}
process.stderr.write(
  `trainExtract: phrases: ${phraseGroups.starts.length - 1} questions with a right phrase\n`,
);
const groups = phraseGroups.done(MIN_QUESTIONS);
const phraseWeights = trainListwise(groups, { steps: 300, l2: 1e-3, label: 'phrases' });
const dense = new Set(groups.names);
write('extractWeights.json', {
  features: Object.fromEntries(Object.entries(phraseWeights).filter(([name]) => dense.has(name))),
  // Conjunctions that weigh little are left out: the file stays small and the answer the same.
  conjunctions: Object.fromEntries(
    Object.entries(phraseWeights).filter(([name, weight]) => !dense.has(name) && Math.abs(weight) >= 0.02),
  ),
});
