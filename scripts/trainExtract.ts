/**
 * `npx tsx scripts/trainExtract.ts [--shared DIR]`: trains the extractive answerer's  ranker (a
 * log-linear model over the features of `src/library/ask/extract.ts`) on the SQuAD v1.1-dev
 * questions of the articles that are not held apart (`isHeldOut`), and writes its weights to
 * `src/library/ask/extractWeights.json`. Each candidate phrase of the sentences the sentence index
 * reads for a question is one example; its target is its token F1 against the gold answers (0 when
 * its story is not the question's). The corpus itself is never copied: only the weights are written.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { candidateFeatures, type Features } from '../src/library/ask/extract.ts';
import { readSentences } from '../src/library/ask/findExtract.ts';
import { StoryLibrary } from '../src/library/storyLibrary.ts';
import { f1Score, isHeldOut, readQuestions } from './eval/squadScore.ts';

const { values } = parseArgs({ options: { shared: { type: 'string' } } });
const shared = resolve(values.shared ?? process.env.NEWSBOT_SHARED ?? '../shared');
const dir = join(shared, 'corpora', 'squad', 'v1.1-dev');
if (!existsSync(dir)) {
  process.stderr.write(`trainExtract: ${dir} is absent\n`);
  process.exit(1);
}
const WEIGHTS_FILE = new URL('../src/library/ask/extractWeights.json', import.meta.url);

const library = await StoryLibrary.open({
  dirs: [join(dir, 'stories')],
  cacheDir: join('.cache', 'train'),
  progress: false,
  workers: 0,
});
const snapshot = library.snapshot;
const questions = readQuestions(join(dir, 'questions.jsonl')).filter((q) => !isHeldOut(q.title));

let names: Array<keyof Features> = [];
const values_: number[] = [];
const targets: number[] = [];
/** Each question's candidates are rows `groups[g] .. groups[g + 1]`; only questions with a right candidate. */
const groups: number[] = [0];
for (const q of questions) {
  const { info, sentences } = readSentences(snapshot, q.question);
  const start = targets.length;
  for (const read of sentences)
    for (const { candidate, features } of candidateFeatures(info, read.sentence, read.rank)) {
      if (names.length === 0) names = Object.keys(features) as Array<keyof Features>;
      for (const name of names) values_.push(features[name]);
      const text = read.sentence.slice(candidate.start, candidate.end);
      targets.push(read.story.id === q.story_id ? f1Score(text, q.answers) : 0);
    }
  const right = targets.slice(start).reduce((a, b) => a + b, 0);
  if (right === 0) {
    targets.length = start;
    values_.length = start * names.length;
    continue;
  }
  for (let i = start; i < targets.length; i++) targets[i]! /= right;
  groups.push(targets.length);
}
const rows = Float64Array.from(values_);
process.stderr.write(
  `trainExtract: ${groups.length - 1} of ${questions.length} questions with a right candidate, ${targets.length} candidates\n`,
);

// The ranker picks one phrase per question, so it is trained as one: a softmax over each question's
// candidates (a conditional logit), the target spread over the candidates by their F1. Full-batch
// gradient descent with Adam, a little L2 (the bias cancels out of a softmax and stays 0).
const d = names.length;
const w = new Float64Array(d);
const m = new Float64Array(d);
const v = new Float64Array(d);
const rate = 0.05;
const l2 = 1e-4;
const z = new Float64Array(targets.length);
for (let step = 1; step <= 150; step++) {
  const grad = new Float64Array(d);
  let loss = 0;
  for (let g = 0; g + 1 < groups.length; g++) {
    const from = groups[g]!;
    const to = groups[g + 1]!;
    let max = -Infinity;
    for (let i = from; i < to; i++) {
      let sum = 0;
      for (let j = 0; j < d; j++) sum += w[j]! * rows[i * d + j]!;
      z[i] = sum;
      if (sum > max) max = sum;
    }
    let total = 0;
    for (let i = from; i < to; i++) total += Math.exp(z[i]! - max);
    for (let i = from; i < to; i++) {
      const p = Math.exp(z[i]! - max) / total;
      const y = targets[i]!;
      if (y > 0) loss -= y * Math.log(p + 1e-12);
      const diff = p - y;
      if (diff !== 0) for (let j = 0; j < d; j++) grad[j]! += diff * rows[i * d + j]!;
    }
  }
  const count = groups.length - 1;
  for (let j = 0; j < d; j++) {
    const g = grad[j]! / count + l2 * w[j]!;
    m[j] = 0.9 * m[j]! + 0.1 * g;
    v[j] = 0.999 * v[j]! + 0.001 * g * g;
    const mh = m[j]! / (1 - 0.9 ** step);
    const vh = v[j]! / (1 - 0.999 ** step);
    w[j]! -= (rate * mh) / (Math.sqrt(vh) + 1e-8);
  }
  if (step % 25 === 0)
    process.stderr.write(`trainExtract: step ${step}, loss ${(loss / count).toFixed(4)}\n`);
}

const features = Object.fromEntries(names.map((name, j) => [name, Math.round(w[j]! * 1000) / 1000]));
writeFileSync(
  WEIGHTS_FILE,
  `${JSON.stringify(
    {
      trainedOn: `SQuAD v1.1-dev, ${questions.length} questions of the articles not held apart (scripts/trainExtract.ts)`,
      features,
    },
    null,
    1,
  )}\n`,
);
process.stderr.write(`trainExtract: wrote ${WEIGHTS_FILE.pathname}\n`);
