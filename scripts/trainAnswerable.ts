/**
 * `npx tsx scripts/trainAnswerable.ts [--shared DIR]` (after `scripts/trainExtract.ts`): trains when
 * the answerer says "I don't know" (`src/library/ask/answerable.ts` → `answerableWeights.json`) on the
 * articles that are not held apart (`isHeldOut`) of SQuAD v1.1-dev (every question answerable) and of
 * the SQuAD 2.0 part (half its questions cannot be answered). Each question's best phrase is one row:
 * its target is its token F1 when the question can be answered, 0 when it cannot. The rows are
 * cross-fitted: the tuning articles are cut in two halves (`tuningFold`), and each half's questions are
 * read by rankers trained on the other half only (`train/extractors.ts`), so that the rows look like the
 * shipped answerer's on articles it never saw, not like its own tuning articles', on which it is far
 * surer and more often right. The threshold is the one that says "I don't know" to the most
 * unanswerable 2.0 questions while the F1 of the v1.1 questions and of the answerable 2.0 ones falls
 * by at most `MAX_F1_LOSS` against never abstaining. The corpus itself is never copied.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { answerableFeatures, answerableScore } from '../src/library/ask/answerable.ts';
import { findExtracts } from '../src/library/ask/findExtract.ts';
import { StoryLibrary } from '../src/library/storyLibrary.ts';
import { f1Score, isHeldOut, readQuestions, type SquadQuestion, tuningFold } from './eval/squadScore.ts';
import { phraseWeights, trainPhraseRanker, trainSentenceRanker } from './train/extractors.ts';
import { trainLogistic } from './train/listwise.ts';

/** The most F1 (share, 0..1) abstaining may cost on the tuning articles; the bar is 5 points. */
const MAX_F1_LOSS = 0.04;

const { values } = parseArgs({ options: { shared: { type: 'string' } } });
const shared = resolve(values.shared ?? process.env.NEWSBOT_SHARED ?? '../shared');

/** A part's loaded articles and its tuning questions. */
async function open(part: string) {
  const dir = join(shared, 'corpora', 'squad', part);
  if (!existsSync(dir)) {
    process.stderr.write(`trainAnswerable: ${dir} is absent\n`);
    process.exit(1);
  }
  const library = await StoryLibrary.open({
    dirs: [join(dir, 'stories')],
    cacheDir: join('.cache', `train-${part}`),
    progress: false,
    workers: 0,
  });
  const questions = readQuestions(join(dir, 'questions.jsonl')).filter((q) => !isHeldOut(q.title));
  return { snapshot: library.snapshot, questions };
}

const v1Part = await open('v1.1-dev');
const v2Part = await open('v2.0-part');
type Row = { q: SquadQuestion; found: ReturnType<typeof findExtracts>[number] | undefined; f1: number };
const v1: Row[] = [];
const v2: Row[] = [];
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
    for (const q of part.questions) {
      if (tuningFold(q.title) !== fold) continue;
      const [found] = findExtracts(part.snapshot, q.question, { limit: 1, weights: { sentences, phrases } });
      const f1 =
        found && !q.is_impossible && found.story.id === q.story_id
          ? f1Score(found.extract.text, q.answers)
          : 0;
      rows.push({ q, found, f1 });
    }
}
const training = [...v1, ...v2].flatMap(({ found, f1 }) =>
  found ? [{ features: answerableFeatures(found), target: f1 }] : [],
);
const weights = trainLogistic(training, { steps: 800, rate: 0.05, label: 'answerable' });

// The threshold: the most right abstentions for at most MAX_F1_LOSS of F1 on either part.
const sureOf = (rows: Row[]) =>
  rows.map((row) => ({
    ...row,
    sure: row.found ? answerableScore(answerableFeatures(row.found), weights) : 0,
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
  `trainAnswerable: threshold ${threshold.toFixed(3)}, on the tuning articles read as unseen: 2.0 right abstentions ${percent(right)}, answerable F1 ${percent(f1At(answerable, threshold))} (never abstaining ${percent(f1At(answerable, 0))}); v1.1 F1 ${percent(f1At(v1Scored, threshold))} (never abstaining ${percent(f1At(v1Scored, 0))}), abstained on ${percent(abstained)}\n`,
);
const url = new URL('../src/library/ask/answerableWeights.json', import.meta.url);
writeFileSync(
  url,
  `${JSON.stringify(
    {
      trainedOn: `SQuAD v1.1-dev and 2.0 part, ${v1.length} + ${v2.length} questions of the articles not held apart, each half read by rankers trained on the other (scripts/trainAnswerable.ts)`,
      threshold: Math.round(threshold * 1000) / 1000,
      features: weights,
    },
    null,
    1,
  )}\n`,
);
process.stderr.write(`trainAnswerable: wrote ${url.pathname}\n`);
