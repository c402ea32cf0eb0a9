/**
 * `npx tsx scripts/sentenceMisses.ts [--shared DIR] [--every N]`: the tuning articles' questions whose
 * answer cites a sentence holding no gold answer, to read and sort into kinds of miss. Prints every Nth
 * (40 unless given) with the sentence answered from, the sentence ranker's first, the gold sentence and
 * the one before it, then how often the sentence answered from holds a gold answer, how often the
 * ranker's first does, and how often a gold sentence is among those read. The shipped rankers were
 * trained on these articles, so the shares are higher than on unseen ones; the misses are what they
 * still get wrong.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findExtracts, readSentences } from '../src/library/ask/findExtract.ts';
import { sentenceIndexOf, sentenceText } from '../src/library/sentenceIndex.ts';
import { holdsAnswer, type SquadQuestion, tuningFold } from './eval/squadScore.ts';
import { openTuning } from './train/tuningArticles.ts';

const { values } = parseArgs({ options: { shared: { type: 'string' }, every: { type: 'string' } } });
const shared = resolve(values.shared ?? process.env.NEWSBOT_SHARED ?? '../shared');
const every = Number(values.every ?? 40);
const { snapshot, questions } = await openTuning(shared, 'v1.1-dev', 'sentenceMisses');
const index = sentenceIndexOf(snapshot)!;
const storyOf = new Map<string, number>();
for (let s = 0; s < snapshot.stories.length; s++) storyOf.set(snapshot.stories.at(s)!.id, s);

/** The gold sentence of a question's story (the first holding a gold answer) and the one before it. */
function goldOf(q: SquadQuestion): { gold: string; before: string } {
  const story = storyOf.get(q.story_id);
  if (story !== undefined)
    for (let n = index.from[story]!; n < index.to[story]!; n++) {
      const text = sentenceText(snapshot, index, n);
      if (holdsAnswer(text, q.answers))
        return { gold: text, before: n > index.from[story]! ? sentenceText(snapshot, index, n - 1) : '' };
    }
  return { gold: '', before: '' };
}

const cut = (text = '') => (text.length > 240 ? `${text.slice(0, 240)}…` : text);
let answered = 0;
let rankerFirst = 0;
let read = 0;
let misses = 0;
for (const q of questions) {
  const right = (story: string, sentence: string) => story === q.story_id && holdsAnswer(sentence, q.answers);
  const [best] = findExtracts(snapshot, q.question, { limit: 1 });
  const { sentences } = readSentences(snapshot, q.question);
  const goldAt = sentences.findIndex((s) => right(s.story.id, s.sentence));
  if (goldAt >= 0) read++;
  if (sentences[0] && right(sentences[0].story.id, sentences[0].sentence)) rankerFirst++;
  if (best && right(best.story.id, best.sentence)) {
    answered++;
    continue;
  }
  if (++misses % every !== 0) continue;
  const { gold, before } = goldOf(q);
  process.stdout.write(
    `\n#${misses} (half ${tuningFold(q.title)}) ${q.question}\n  gold: ${q.answers.join(' | ')}; its sentence is ${goldAt >= 0 ? `number ${goldAt + 1} of those read` : 'not read'}\n` +
      `  answered (${best?.extract.text ?? 'nothing'}): ${cut(best?.sentence)}\n` +
      `  ranker's first: ${cut(sentences[0]?.sentence)}\n` +
      (gold
        ? `  before the gold: ${cut(before)}\n  gold: ${cut(gold)}\n`
        : '  no sentence of the story holds a gold answer as written\n'),
  );
}
const percent = (count: number) => `${((count / Math.max(1, questions.length)) * 100).toFixed(1)}%`;
process.stdout.write(
  `\n${questions.length} questions: the sentence answered from holds a gold answer ${percent(answered)}, the ranker's first ${percent(rankerFirst)}, a gold sentence among those read ${percent(read)}\n`,
);
