/**
 * `npx tsx scripts/trainExtract.ts [--shared DIR] [--only sentences|phrases|rerank] [--cross-validate]`: trains the answerer's two
 * rankers (`train/extractors.ts`) on the SQuAD v1.1-dev questions of the articles that are not held apart
 * (`isHeldOut`), and writes their weights: the sentence ranker's to `sentenceWeights.json`, the phrase
 * ranker's (over the sentences the new sentence ranker reads first) to `extractWeights.json`.
 * `--only sentences` or `--only phrases` trains one of them (the phrase ranker over the shipped sentence
 * ranker). `--cross-validate [--without feature,…]` writes nothing: it prints the sentence ranker's
 * two-fold cross-validation within the tuning articles (`crossValidateSentences`), some features read
 * as 0 to measure what they add; without `--cross-validate`, `--without` leaves them at nothing in the
 * weights written (`--without similar,similarNear`: the shipped ranker reads no word vectors). `--only rerank [--cross-validate] [--first-passes FILE]` trains (or
 * cross-validates) the second pass over the sentences read (`rerankWeights.json`) on first passes trained
 * on the other half of the tuning articles, kept in FILE to be read again. The corpus itself is never
 * copied: only the weights are written.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { StoryLibrary } from '../src/library/storyLibrary.ts';
import { isHeldOut, readQuestions } from './eval/squadScore.ts';
import {
  crossFitFirstPasses,
  crossValidateRerank,
  crossValidateSentences,
  rerankRows,
  trainPhraseRanker,
  trainRerank,
  trainSentenceRanker,
  writeWeights,
} from './train/extractors.ts';

const { values } = parseArgs({
  options: {
    shared: { type: 'string' },
    only: { type: 'string' },
    'cross-validate': { type: 'boolean' },
    without: { type: 'string' },
    'first-passes': { type: 'string' },
  },
});
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
const questions = readQuestions(join(dir, 'questions.jsonl')).filter((q) => !isHeldOut(q.title));
const trainedOn = `SQuAD v1.1-dev, ${questions.length} questions of the articles not held apart (scripts/trainExtract.ts)`;

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

if (values.only === 'rerank') {
  // The second pass learns from first passes that never saw the questions they read, as the shipped
  // first pass reads unseen articles.
  const passes = crossFitFirstPasses(snapshot, questions, values['first-passes']);
  const rows = rerankRows(snapshot, questions, passes);
  if (values['cross-validate']) {
    const without = new Set(values.without?.split(',').filter(Boolean));
    const figures = crossValidateRerank(rows, without);
    process.stdout.write(
      `two-fold within the tuning articles${without.size > 0 ? ` without ${[...without].join(', ')}` : ''}, each half read by a first pass trained on the other (a gold sentence among those read: ${percent(figures.first.oracle)}):\n`,
    );
    for (const [name, { first, f1 }] of Object.entries(figures))
      process.stdout.write(
        `  ${name}: first sentence holds a gold answer ${percent(first)}, F1 ${percent(f1)}\n`,
      );
  } else
    writeWeights(
      'rerankWeights.json',
      trainRerank(rows),
      `SQuAD v1.1-dev, ${questions.length} questions of the articles not held apart, each half read by a first pass trained on the other (scripts/trainExtract.ts --only rerank)`,
    );
  process.exit(0);
}

if (values['cross-validate']) {
  const without = new Set(values.without?.split(',').filter(Boolean));
  const folds = crossValidateSentences(snapshot, questions, without);
  process.stdout.write(
    `first sentence holds a gold answer, two-fold within the tuning articles${without.size > 0 ? ` without ${[...without].join(', ')}` : ''}: ${folds.map(percent).join(' / ')}, mean ${percent((folds[0]! + folds[1]!) / 2)}\n`,
  );
  process.exit(0);
}

// `--only phrases`: the phrase ranker over the shipped sentence ranker.
// `--without a,b`: features read as 0 (the word-vector features, not read by the shipped weights).
const sentenceWeights =
  values.only === 'phrases'
    ? undefined
    : trainSentenceRanker(
        snapshot,
        questions,
        'sentences',
        new Set(values.without?.split(',').filter(Boolean)),
      );
if (sentenceWeights) writeWeights('sentenceWeights.json', sentenceWeights, trainedOn);
// `--only sentences`: the phrase ranker's weights are left as they are.
if (values.only !== 'sentences')
  writeWeights('extractWeights.json', trainPhraseRanker(snapshot, questions, sentenceWeights), trainedOn);
