/**
 * `npx tsx scripts/trainAnswerable.ts [--shared DIR]` (after `scripts/trainExtract.ts`): trains when
 * the answerer says "I don't know" (`src/library/ask/answerable.ts` → `answerableWeights.json`) on the
 * SQuAD 2.0 part's articles that are not held apart (`isHeldOut`), half of whose questions cannot be
 * answered. Each question's best phrase is one row: its target is its token F1 when the question can
 * be answered, 0 when it cannot. The threshold is the one, on those articles, that says "I don't know"
 * to the most unanswerable questions while the answerable questions' F1 falls by at most
 * `MAX_F1_LOSS` against never abstaining. The corpus itself is never copied.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { answerableFeatures, answerableScore } from '../src/library/ask/answerable.ts';
import { findExtracts } from '../src/library/ask/findExtract.ts';
import { StoryLibrary } from '../src/library/storyLibrary.ts';
import { f1Score, isHeldOut, readQuestions } from './eval/squadScore.ts';
import { trainLogistic } from './train/listwise.ts';

/** The most answerable F1 (share, 0..1) abstaining may cost on the tuning articles; the bar is 5 points. */
const MAX_F1_LOSS = 0.04;

const { values } = parseArgs({ options: { shared: { type: 'string' } } });
const shared = resolve(values.shared ?? process.env.NEWSBOT_SHARED ?? '../shared');
const dir = join(shared, 'corpora', 'squad', 'v2.0-part');
if (!existsSync(dir)) {
  process.stderr.write(`trainAnswerable: ${dir} is absent\n`);
  process.exit(1);
}
const library = await StoryLibrary.open({
  dirs: [join(dir, 'stories')],
  cacheDir: join('.cache', 'train-v2'),
  progress: false,
  workers: 0,
});
const questions = readQuestions(join(dir, 'questions.jsonl')).filter((q) => !isHeldOut(q.title));
const rows = questions.map((q) => {
  const [found] = findExtracts(library.snapshot, q.question, { limit: 1 });
  const f1 = found && !q.is_impossible ? f1Score(found.extract.text, q.answers) : 0;
  return { q, found, f1 };
});
const training = rows.flatMap(({ found, f1 }) =>
  found ? [{ features: answerableFeatures(found), target: f1 }] : [],
);
const weights = trainLogistic(training, { steps: 800, rate: 0.05, label: 'answerable' });

// The threshold: the most right abstentions for at most MAX_F1_LOSS of answerable F1.
const scored = rows.map((row) => ({
  ...row,
  sure: row.found ? answerableScore(answerableFeatures(row.found), weights) : 0,
}));
const answerable = scored.filter((row) => !row.q.is_impossible);
const impossible = scored.filter((row) => row.q.is_impossible);
const f1At = (t: number) =>
  answerable.reduce((sum, row) => sum + (row.sure >= t ? row.f1 : 0), 0) / answerable.length;
const full = f1At(0);
let threshold = 0;
for (const row of [...scored].sort((a, b) => a.sure - b.sure)) {
  if (full - f1At(row.sure) > MAX_F1_LOSS) break;
  threshold = row.sure;
}
const right = impossible.filter((row) => row.sure < threshold).length / impossible.length;
process.stderr.write(
  `trainAnswerable: threshold ${threshold.toFixed(3)}: right abstentions ${(right * 100).toFixed(1)}%, answerable F1 ${(f1At(threshold) * 100).toFixed(1)}% (never abstaining ${(full * 100).toFixed(1)}%), on the tuning articles\n`,
);
const url = new URL('../src/library/ask/answerableWeights.json', import.meta.url);
writeFileSync(
  url,
  `${JSON.stringify(
    {
      trainedOn: `SQuAD 2.0 part, ${questions.length} questions of the articles not held apart (scripts/trainAnswerable.ts)`,
      threshold: Math.round(threshold * 1000) / 1000,
      features: weights,
    },
    null,
    1,
  )}\n`,
);
process.stderr.write(`trainAnswerable: wrote ${url.pathname}\n`);
