import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { root } from '../src/engine/words.ts';
import {
  candidateFeatures,
  EXCLUSION_RULES,
  fitRulesFor,
  type PhraseWeights,
  tokensOf,
} from '../src/library/ask/extract.ts';
import { nameKindIn, readSentences } from '../src/library/ask/findExtract.ts';
import { hiddenScore } from '../src/library/ask/hiddenLayer.ts';
import {
  exactMatch,
  f1Score,
  holdsAnswer,
  normalizeAnswer,
  type SquadQuestion,
  tuningFold,
} from './eval/squadScore.ts';
import {
  addPhraseGroup,
  fitPhraseRanker,
  PHRASE_TRAINING,
  type PhraseTraining,
  type PhraseWeightsFile,
  phraseWeights,
  writeWeights,
} from './train/extractors.ts';
import { GroupBuilder } from './train/listwise.ts';
import { openTuning } from './train/tuningArticles.ts';

const { values } = parseArgs({
  options: {
    shared: { type: 'string' },
    without: { type: 'string' },
    misses: { type: 'string' },
    rows: { type: 'string' },
    units: { type: 'string' },
    steps: { type: 'string' },
    batch: { type: 'string' },
    write: { type: 'boolean' },
  },
});
const shared = resolve(values.shared ?? process.env.NEWSBOT_SHARED ?? '../shared');
const without = new Set((values.without ?? '').split(',').filter(Boolean));
/** `--misses N`: print every Nth miss of a phrase of the answer's kind within a right sentence, to read. */
const missEvery = Number(values.misses ?? 0);
/**
 * `--units N --steps N --batch N`: the phrase ranker trained with N tanh units, steps and questions
 * per step (the shipped training's when not given: `PHRASE_TRAINING`).
 */
const training: PhraseTraining = {
  units: Number(values.units ?? PHRASE_TRAINING.units),
  steps: Number(values.steps ?? PHRASE_TRAINING.steps),
  batch: Number(values.batch ?? PHRASE_TRAINING.batch),
};

/** A question's candidates, held compactly: features, conjunctions by id, and what choosing needs. */
interface Read {
  q: SquadQuestion;
  dense: Float32Array;
  sparse: Int32Array;
  sparseStarts: Int32Array;
  f1: Float32Array;
  /** The candidate's sentence among those read, and its text. */
  sentence: Uint8Array;
  texts: string[];
  sentences: string[];
  /** The first rule of the kind asked for that takes the candidate (-1: none), and whether it is excluded. */
  fit: Int8Array;
  excluded: Uint8Array;
}
/**
 * Every tuning question's candidates as read, with the names of their features: read once and kept in
 * `--rows FILE` when given (read from it when it exists; it holds corpus text, so keep it out of the
 * repository), so that training can be tried again without reading every sentence again.
 */
const { names, sparseNames, reads } =
  values.rows && existsSync(values.rows)
    ? (deserialize(readFileSync(values.rows)) as { names: string[]; sparseNames: string[]; reads: Read[] })
    : await readAll();
if (values.rows && !existsSync(values.rows))
  writeFileSync(values.rows, serialize({ names, sparseNames, reads }));
process.stderr.write(`phraseFolds: ${reads.length} questions read\n`);

async function readAll(): Promise<{ names: string[]; sparseNames: string[]; reads: Read[] }> {
  const { snapshot, questions: tuning } = await openTuning(shared, 'v1.1-dev', 'phraseFolds');
  let names: string[] = [];
  const sparseNames: string[] = [];
  const sparseIds = new Map<string, number>();
  const reads: Read[] = [];
  for (const q of tuning) {
    const { info, sentences } = readSentences(snapshot, q.question);
    const fits = fitRulesFor(info);
    const dense: number[] = [];
    const sparse: number[] = [];
    const sparseStarts = [0];
    const f1: number[] = [];
    const sentence: number[] = [];
    const texts: string[] = [];
    const fit: number[] = [];
    const excluded: number[] = [];
    sentences.forEach((read, s) => {
      const tokens = tokensOf(read.sentence);
      const nameKind = nameKindIn(read.story);
      for (const { candidate, features, conjunctions } of candidateFeatures(info, read.sentence, read.rank)) {
        if (names.length === 0) names = Object.keys(features);
        for (const name of names) dense.push(features[name as keyof typeof features]);
        for (const name of conjunctions) {
          let id = sparseIds.get(name);
          if (id === undefined) {
            id = sparseNames.length;
            sparseIds.set(name, id);
            sparseNames.push(name);
          }
          sparse.push(id);
        }
        sparseStarts.push(sparse.length);
        const text = read.sentence.slice(candidate.start, candidate.end);
        texts.push(text);
        f1.push(read.story.id === q.story_id ? f1Score(text, q.answers) : 0);
        sentence.push(s);
        const named = fits.length > 0 ? nameKind(text) : null;
        fit.push(fits.findIndex((fitsRule) => fitsRule(candidate.shape, named)));
        excluded.push(
          EXCLUSION_RULES.some((rule) =>
            rule.excludes({ question: info, sentence: read.sentence, tokens, candidate }),
          )
            ? 1
            : 0,
        );
      }
    });
    reads.push({
      q,
      dense: Float32Array.from(dense),
      sparse: Int32Array.from(sparse),
      sparseStarts: Int32Array.from(sparseStarts),
      f1: Float32Array.from(f1),
      sentence: Uint8Array.from(sentence),
      texts,
      sentences: sentences.map((read) => read.sentence),
      fit: Int8Array.from(fit),
      excluded: Uint8Array.from(excluded),
    });
  }
  return { names, sparseNames, reads };
}

/** Whether a feature or conjunction is left out of the reduced model. */
const dropped = (name: string) => without.has(name.includes('|') ? name.split('|')[1]!.split(' ')[0]! : name);

function train(part: readonly Read[], keep: (name: string) => boolean, label: string): PhraseWeightsFile {
  const groups = new GroupBuilder();
  const kept = names.map((name) => keep(name));
  const keptSparse = sparseNames.map((name) => keep(name));
  for (const read of part) {
    const dense = read.dense.map((value, k) => (kept[k % names.length] ? value : 0));
    const sparse = Array.from(read.f1, (_, i) => {
      const held: string[] = [];
      for (let k = read.sparseStarts[i]!; k < read.sparseStarts[i + 1]!; k++)
        if (keptSparse[read.sparse[k]!]) held.push(sparseNames[read.sparse[k]!]!);
      return held;
    });
    addPhraseGroup(groups, names, dense, sparse, read.f1);
  }
  return fitPhraseRanker(groups, label, training);
}

/** The phrase `findExtracts` would answer with: each sentence's best (by the fit rules), the surest of those. */
function answer(read: Read, weights: PhraseWeights): number {
  const count = read.f1.length;
  const logits = new Float64Array(count);
  const linear = names.map((name) => weights.features[name] ?? 0);
  for (let i = 0; i < count; i++) {
    const row = read.dense.subarray(i * names.length, (i + 1) * names.length);
    let z = 0;
    for (let j = 0; j < names.length; j++) z += linear[j]! * row[j]!;
    for (let k = read.sparseStarts[i]!; k < read.sparseStarts[i + 1]!; k++)
      z += weights.conjunctions.get(sparseNames[read.sparse[k]!]!) ?? 0;
    // The units' inputs are in the order of the rows' features, as trained.
    if (weights.hidden) z += hiddenScore(weights.hidden, row);
    logits[i] = z;
  }
  let chosen = -1;
  for (let s = 0; s < read.sentences.length; s++) {
    let best = -1;
    let bestFit = -1;
    let bestRule = Infinity;
    for (let i = 0; i < count; i++) {
      if (read.sentence[i] !== s || read.excluded[i]) continue;
      if (best < 0 || logits[i]! > logits[best]!) best = i;
      const rule = read.fit[i]!;
      if (rule >= 0 && (rule < bestRule || (rule === bestRule && logits[i]! > logits[bestFit]!))) {
        bestRule = rule;
        bestFit = i;
      }
    }
    const pick = bestFit >= 0 ? bestFit : best;
    if (pick >= 0 && (chosen < 0 || logits[pick]! > logits[chosen]!)) chosen = pick;
  }
  return chosen;
}

const ERRORS = ['right', 'too long', 'too short', 'overlapping', 'question words', 'other kind', 'same kind'];
/** A phrase's coarse kind, to tell a wrong phrase of the kind asked from one of another. */
const kindOf = (text: string) => (/\d/.test(text) ? 'figure' : /^[\p{Lu}]/u.test(text) ? 'name' : 'words');
const percent = (value: number, of: number) => `${((value / Math.max(1, of)) * 100).toFixed(1)}%`;

function report(model: string, keep: (name: string) => boolean): void {
  const total = { asked: 0, f1: 0, em: 0, held: 0, heldF1: 0, oracle: 0 };
  const errors = new Map(ERRORS.map((e) => [e, { count: 0, lost: 0 }]));
  for (const fold of [0, 1]) {
    const weights = phraseWeights(
      train(
        reads.filter((read) => tuningFold(read.q.title) !== fold),
        keep,
        `${model}, half ${1 - fold}`,
      ),
    );
    for (const read of reads.filter((read) => tuningFold(read.q.title) === fold)) {
      total.asked++;
      const i = answer(read, weights);
      if (i < 0) continue;
      const { q } = read;
      const text = read.texts[i]!;
      const f1 = read.f1[i]!;
      total.f1 += f1;
      if (f1 > 0) total.em += exactMatch(text, q.answers);
      const s = read.sentence[i]!;
      if (!holdsAnswer(read.sentences[s]!, q.answers)) continue;
      total.held++;
      total.heldF1 += f1;
      let oracle = 0;
      for (let k = 0; k < read.f1.length; k++)
        if (read.sentence[k] === s) oracle = Math.max(oracle, read.f1[k]!);
      total.oracle += oracle;
      const said = ` ${normalizeAnswer(text)} `;
      const golds = q.answers.map((gold) => ` ${normalizeAnswer(gold)} `);
      const asked = new Set(q.question.toLowerCase().split(/\W+/).map(root));
      const error =
        exactMatch(text, q.answers) === 1
          ? 'right'
          : golds.some((gold) => said.includes(gold))
            ? 'too long'
            : golds.some((gold) => gold.includes(said))
              ? 'too short'
              : f1 > 0
                ? 'overlapping'
                : text
                      .toLowerCase()
                      .split(/\W+/)
                      .filter(Boolean)
                      .every((word) => asked.has(root(word)))
                  ? 'question words'
                  : q.answers.some((gold) => kindOf(gold) === kindOf(text))
                    ? 'same kind'
                    : 'other kind';
      if (error === 'same kind' && missEvery > 0 && errors.get(error)!.count % missEvery === 0) {
        let best = i;
        for (let k = 0; k < read.f1.length; k++)
          if (read.sentence[k] === s && read.f1[k]! > read.f1[best]!) best = k;
        process.stdout.write(
          `Q ${q.question}\n  S ${read.sentences[s]}\n  said ${text} | gold ${q.answers[0]} | best ${read.texts[best]}\n`,
        );
      }
      const tally = errors.get(error)!;
      tally.count++;
      tally.lost += 1 - f1;
    }
  }
  process.stdout.write(
    `${model}: tuning articles, each half answered by a phrase ranker trained on the other (${total.asked} questions):\n` +
      `  F1 ${percent(total.f1, total.asked)}, EM ${percent(total.em, total.asked)} (never abstaining)\n` +
      `  the chosen sentence holds a gold answer: ${percent(total.held, total.asked)}; F1 there ${percent(total.heldF1, total.held)}, best candidate ${percent(total.oracle, total.held)}\n`,
  );
  for (const [error, { count, lost }] of errors)
    process.stdout.write(
      `  ${error}: ${percent(count, total.held)} of them, ${percent(lost, total.asked)} of all F1 lost\n`,
    );
}

if (values.write)
  // The rows `trainExtract.ts --only phrases` reads (every tuning question, the shipped sentence ranker).
  writeWeights(
    'extractWeights.json',
    train(reads, () => true, 'phrases'),
    `SQuAD v1.1-dev, ${reads.length} questions of the articles not held apart (scripts/phraseFolds.ts --write)`,
  );
else {
  if (without.size > 0) report(`without ${[...without].join(', ')}`, (name) => !dropped(name));
  report('every feature', () => true);
}
