/**
 * Eval section `squad`: SQuAD questions asked of the product as a user would ask them, each article a
 * story (see ../shared/corpora/squad/README.md). The answer is `extract.text` of `ask`; it is scored
 * with the official EM and F1, and the first citation is checked to be the sentence holding a gold
 * answer. The answerer was tuned on the articles `isHeldOut` leaves in; the figures with bars are on
 * the held-apart articles. The SQuAD 2.0 part (half its questions unanswerable) measures saying "I
 * don't know": the share of right abstentions, and the answerable questions' F1 and how often they
 * are abstained on. `NEWSBOT_SQUAD_TRAIN=1` adds the figures on the tuning articles. When to say "I don't
 * know" is tuned on four of the 2.0 part's five articles (and v1.1's tuning articles); its bar is on
 * the fifth, held apart. The bars
 * guard what is reached today, short of the targets (F1 45%, first citation 80%, abstentions 60%).
 * "I don't know" is also measured by the F1 it gives up on v1.1 (the bound is 5 points): what the
 * answerer's best phrase would have scored on the questions it abstained on.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AskResult } from '../../src/library/results.ts';
import type { EvalSection, Metric, SectionResult } from './section.ts';
import {
  exactMatch,
  f1Score,
  holdsAnswer,
  isHeldOut,
  readQuestions,
  type SquadQuestion,
} from './squadScore.ts';

interface Tally {
  asked: number;
  em: number;
  f1: number;
  first: number;
  /** Questions answered "I don't know". */
  abstained: number;
  /** F1 the best phrase of the abstained questions would have scored. */
  givenUp: number;
}

const now = new Date('2026-01-27T12:00:00Z');

async function askAll(dir: string, questions: SquadQuestion[]): Promise<Asked[]> {
  const { StoryLibrary } = await import('../../src/library/storyLibrary.ts');
  const { ask } = await import('../../src/library/ask.ts');
  const { findExtracts } = await import('../../src/library/ask/findExtract.ts');
  const library = await StoryLibrary.open({
    dirs: [join(dir, 'stories')],
    cacheDir: join('.cache', 'eval'),
    progress: false,
    workers: 0,
  });
  return questions.map((q) => {
    const result = ask(library.snapshot, q.question, now);
    // What "I don't know" gave up: the phrase the answerer found best, said without its doubt.
    const [best] = result.extract ? [] : findExtracts(library.snapshot, q.question, { limit: 1 });
    const unsaid = best && best.story.id === q.story_id ? best.extract.text : null;
    return { q, result, unsaid };
  });
}

interface Asked {
  q: SquadQuestion;
  result: AskResult;
  /** For an abstention, the phrase the answerer found best in the question's story (else null). */
  unsaid: string | null;
}

function tally(answers: Asked[]): Tally {
  const t: Tally = { asked: 0, em: 0, f1: 0, first: 0, abstained: 0, givenUp: 0 };
  for (const { q, result, unsaid } of answers) {
    t.asked++;
    const text = result.extract?.text ?? '';
    if (!result.extract) t.abstained++;
    if (unsaid !== null) t.givenUp += f1Score(unsaid, q.answers);
    t.em += exactMatch(text, q.answers);
    t.f1 += f1Score(text, q.answers);
    const cited = result.citations[0];
    if (cited && cited.id === q.story_id && holdsAnswer(cited.text, q.answers)) t.first++;
  }
  return t;
}

const share = (value: number, of: number) => (of > 0 ? value / of : 0);

export const squadSection: EvalSection = {
  name: 'squad',
  async run({ shared, limit }): Promise<SectionResult> {
    const v1 = join(shared, 'corpora', 'squad', 'v1.1-dev');
    const v2 = join(shared, 'corpora', 'squad', 'v2.0-part');
    if (!existsSync(v1) || !existsSync(v2)) return { skipped: `needs ${v1} and ${v2}`, metrics: [] };
    const withTrain = process.env.NEWSBOT_SQUAD_TRAIN === '1';
    const metrics: Metric[] = [];

    let v1Questions = readQuestions(join(v1, 'questions.jsonl')).filter(
      (q) => withTrain || isHeldOut(q.title),
    );
    if (limit) v1Questions = v1Questions.filter((_, i) => i % Math.ceil(v1Questions.length / limit) === 0);
    const v1Answers = await askAll(v1, v1Questions);
    for (const [name, part] of [
      ['held apart', v1Answers.filter(({ q }) => isHeldOut(q.title))],
      ...(withTrain ? [['tuning', v1Answers.filter(({ q }) => !isHeldOut(q.title))] as const] : []),
    ] as const) {
      const t = tally([...part]);
      const bars = name === 'held apart';
      metrics.push(
        { name: `v1.1 ${name}: EM (${t.asked})`, value: share(t.em, t.asked), format: 'percent' },
        {
          name: `v1.1 ${name}: F1`,
          value: share(t.f1, t.asked),
          format: 'percent',
          ...(bars ? { min: 0.4 } : {}),
        },
        {
          name: `v1.1 ${name}: first citation holds the answer`,
          value: share(t.first, t.asked),
          format: 'percent',
          ...(bars ? { min: 0.74 } : {}),
        },
        { name: `v1.1 ${name}: abstained on`, value: share(t.abstained, t.asked), format: 'percent' },
        {
          name: `v1.1 ${name}: F1 given up by abstaining`,
          value: share(t.givenUp, t.asked),
          format: 'percent',
        },
      );
    }

    let v2Questions = readQuestions(join(v2, 'questions.jsonl'));
    if (limit) v2Questions = v2Questions.filter((_, i) => i % Math.ceil(v2Questions.length / limit) === 0);
    const v2Answers = await askAll(v2, v2Questions);
    // "I don't know" is tuned on the articles not held apart; the figures with bars are on the others.
    for (const [name, part] of [
      ['held apart', v2Answers.filter(({ q }) => isHeldOut(q.title))],
      ['all', v2Answers],
    ] as const) {
      const impossible = part.filter(({ q }) => q.is_impossible);
      const answerable = tally(part.filter(({ q }) => !q.is_impossible));
      const rightAbstentions = impossible.filter(({ result }) => !result.extract).length;
      const bars = name === 'held apart';
      metrics.push(
        {
          name: `v2.0 ${name}: right abstentions on unanswerable (${impossible.length})`,
          value: share(rightAbstentions, impossible.length),
          format: 'percent',
          ...(bars ? { min: 0.43 } : {}),
        },
        {
          name: `v2.0 ${name}: answerable F1 (${answerable.asked})`,
          value: share(answerable.f1, answerable.asked),
          format: 'percent',
        },
        {
          name: `v2.0 ${name}: answerable questions abstained on`,
          value: share(answerable.abstained, answerable.asked),
          format: 'percent',
        },
        {
          name: `v2.0 ${name}: answerable F1 given up by abstaining`,
          value: share(answerable.givenUp, answerable.asked),
          format: 'percent',
        },
      );
    }
    return { metrics };
  },
};
