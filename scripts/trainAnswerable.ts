/**
 * `npx tsx scripts/trainAnswerable.ts [--shared DIR] [--cross-fit] [--without a,b] [--dry-run]` (after `scripts/trainExtract.ts`): trains when
 * the answerer says "I don't know" (`src/library/ask/answerable.ts` → `answerableWeights.json`) on the
 * articles that are not held apart (`isHeldOut`) of SQuAD v1.1-dev (every question answerable) and of
 * the SQuAD 2.0 part (half its questions cannot be answered). Each question's best phrase is one row:
 * its target is its token F1 when the question can be answered, 0 when it cannot. The shipped file is
 * made without options (the shipped rankers read every tuning question), on the rankers shipped with it
 * (see the README). With `--cross-fit` the rows are
 * cross-fitted: the tuning articles are cut in two halves (`tuningFold`), and each half's questions are
 * read by rankers trained on the other half only (`train/extractors.ts`), so that the rows look like the
 * answerer's on articles it never saw, not like its own tuning articles', on which it is far surer and
 * more often right (see the README for what it gave held apart). The threshold is the one that says "I don't know" to the most
 * unanswerable 2.0 questions while the F1 of the v1.1 questions and of the answerable 2.0 ones falls
 * by at most `MAX_F1_LOSS` against never abstaining. The corpus itself is never copied.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { answerableFeatures, answerableScore } from '../src/library/ask/answerable.ts';
import type { PhraseWeights } from '../src/library/ask/extract.ts';
import { findExtracts } from '../src/library/ask/findExtract.ts';
import type { SentenceWeights } from '../src/library/ask/rankSentences.ts';
import type { StorySnapshot } from '../src/library/snapshot.ts';
import { f1Score, type SquadQuestion, tuningFold } from './eval/squadScore.ts';
import { phraseWeights, trainPhraseRanker, trainSentenceRanker } from './train/extractors.ts';
import { trainLogistic } from './train/listwise.ts';
import { openTuning } from './train/tuningArticles.ts';

/** The most F1 (share, 0..1) abstaining may cost on the tuning articles; the bar is 5 points. */
const MAX_F1_LOSS = 0.04;

const { values } = parseArgs({
  options: {
    shared: { type: 'string' },
    'cross-fit': { type: 'boolean', default: false },
    without: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  },
});
/** `--without a,b`: those features read 0 (to measure what they add); `--dry-run` writes nothing. */
const without = new Set((values.without ?? '').split(',').filter(Boolean));
const shared = resolve(values.shared ?? process.env.NEWSBOT_SHARED ?? '../shared');

const v1Part = await openTuning(shared, 'v1.1-dev', 'trainAnswerable');
const v2Part = await openTuning(shared, 'v2.0-part', 'trainAnswerable');
type Row = { q: SquadQuestion; found: ReturnType<typeof findExtracts>[number] | undefined; f1: number };
/** A question's best phrase, read with the given rankers' weights (the shipped ones if none). */
function rowOf(
  snapshot: StorySnapshot,
  q: SquadQuestion,
  weights?: { sentences: SentenceWeights; phrases: PhraseWeights },
): Row {
  const [found] = findExtracts(snapshot, q.question, { limit: 1, weights });
  const f1 =
    found && !q.is_impossible && found.story.id === q.story_id ? f1Score(found.extract.text, q.answers) : 0;
  return { q, found, f1 };
}
const v1: Row[] = [];
const v2: Row[] = [];
if (!values['cross-fit'])
  // The shipped rankers read every tuning question (how the shipped `answerableWeights.json` is made).
  for (const [part, rows] of [
    [v1Part, v1],
    [v2Part, v2],
  ] as const)
    for (const q of part.questions) rows.push(rowOf(part.snapshot, q));
else
  for (const fold of [0, 1]) {
    // Rankers trained on the other half of the tuning articles read this half's questions.
    const trainOn = v1Part.questions.filter((q) => tuningFold(q.title) !== fold);
    const sentences = trainSentenceRanker(v1Part.snapshot, trainOn, `sentences, half ${1 - fold}`);
    const phrases = phraseWeights(
      trainPhraseRanker(v1Part.snapshot, trainOn, sentences, `phrases, half ${1 - fold}`),
    );
    for (const [part, rows] of [
      [v1Part, v1],
      [v2Part, v2],
    ] as const)
      for (const q of part.questions)
        if (tuningFold(q.title) === fold) rows.push(rowOf(part.snapshot, q, { sentences, phrases }));
  }
const featuresOf = (found: NonNullable<Row['found']>) => {
  const features = answerableFeatures(found);
  for (const name of without) features[name as keyof typeof features] = 0;
  return features;
};
const training = [...v1, ...v2].flatMap(({ found, f1 }) =>
  found ? [{ features: featuresOf(found), target: f1 }] : [],
);
const weights = trainLogistic(training, { steps: 800, rate: 0.05, label: 'answerable' });

// The threshold: the most right abstentions for at most MAX_F1_LOSS of F1 on either part.
const sureOf = (rows: Row[]) =>
  rows.map((row) => ({
    ...row,
    sure: row.found ? answerableScore(featuresOf(row.found), weights) : 0,
  }));
const v1Scored = sureOf(v1);
const v2Scored = sureOf(v2);
const answerable = v2Scored.filter((row) => !row.q.is_impossible);
const impossible = v2Scored.filter((row) => row.q.is_impossible);
const f1At = (rows: typeof v1Scored, t: number) =>
  rows.reduce((sum, row) => sum + (row.sure >= t ? row.f1 : 0), 0) / rows.length;
const loss = (t: number) =>
  Math.max(f1At(v1Scored, 0) - f1At(v1Scored, t), f1At(answerable, 0) - f1At(answerable, t));
let threshold = 0;
for (const row of [...v1Scored, ...v2Scored].sort((a, b) => a.sure - b.sure)) {
  if (loss(row.sure) > MAX_F1_LOSS) break;
  threshold = row.sure;
}
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const right = impossible.filter((row) => row.sure < threshold).length / impossible.length;
const abstained = v1Scored.filter((row) => row.sure < threshold).length / v1Scored.length;
process.stderr.write(
  `trainAnswerable: threshold ${threshold.toFixed(3)}, on the tuning articles${values['cross-fit'] ? ' read as unseen' : ''}: 2.0 right abstentions ${percent(right)}, answerable F1 ${percent(f1At(answerable, threshold))} (never abstaining ${percent(f1At(answerable, 0))}); v1.1 F1 ${percent(f1At(v1Scored, threshold))} (never abstaining ${percent(f1At(v1Scored, 0))}), abstained on ${percent(abstained)}\n`,
);
if (values['dry-run']) process.exit(0);
const url = new URL('../src/library/ask/answerableWeights.json', import.meta.url);
writeFileSync(
  url,
  `${JSON.stringify(
    {
      trainedOn: `SQuAD v1.1-dev and 2.0 part, ${v1.length} + ${v2.length} questions of the articles not held apart${values['cross-fit'] ? ', each half read by rankers trained on the other (scripts/trainAnswerable.ts --cross-fit)' : ' (scripts/trainAnswerable.ts)'}`,
      threshold: Math.round(threshold * 1000) / 1000,
      features: weights,
    },
    null,
    2,
  )}\n`,
);
process.stderr.write(`trainAnswerable: wrote ${url.pathname}\n`);
