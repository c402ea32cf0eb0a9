/**
 * `npx tsx scripts/wordForms.ts [--shared DIR]`: how often a SQuAD question's word misses the sentence
 * answering it because the engine's `root` reads two forms of one word apart ("lose"/"lost",
 * "murder"/"murdered"), on the tuning articles only. For each question, the sentence of its article
 * holding a gold answer and most of its words is read; a question word it holds in no root and no first
 * five letters, but in a form compromise reads as the same word (a verb's infinitive, a noun's
 * singular), is a miss, told apart by whether the related words (`engine/related.ts`) already match the
 * two. Prints the counts and the most frequent pairs.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { relatedRoots } from '../src/engine/related.ts';
import { isStopword, root } from '../src/engine/words.ts';
import { QUESTION_ONLY, tokensOf } from '../src/library/ask/extract.ts';
import { sentenceIndexOf, sentenceText } from '../src/library/sentenceIndex.ts';
import { holdsAnswer } from './eval/squadScore.ts';
import { openTuning } from './train/tuningArticles.ts';

const { values } = parseArgs({ options: { shared: { type: 'string' } } });
const shared = resolve(values.shared ?? process.env.NEWSBOT_SHARED ?? '../shared');
const { snapshot, questions } = await openTuning(shared, 'v1.1-dev', 'wordForms');
const index = sentenceIndexOf(snapshot)!;

const lemmas = new Map<string, string>();
/** A word as compromise reads it: a verb's infinitive, else a noun's singular, else itself. */
function lemma(word: string): string {
  let found = lemmas.get(word);
  if (found === undefined) {
    const verb = nlp(word).verbs().toInfinitive().text().toLowerCase();
    found = verb && verb !== word ? verb : nlp(word).nouns().toSingular().text().toLowerCase() || word;
    lemmas.set(word, found);
  }
  return found;
}

const storyOf = new Map<string, number>();
for (let s = 0; s < snapshot.stories.length; s++) storyOf.set(snapshot.stories.idAt(s), s);
const tally = { questions: 0, words: 0, withMiss: 0, withUnrelatedMiss: 0, misses: 0, unrelated: 0 };
const pairs = new Map<string, number>();
for (const q of questions) {
  const s = storyOf.get(q.story_id);
  if (s === undefined) continue;
  const asked = tokensOf(q.question)
    .map((token) => token.lower)
    .filter((word) => !isStopword(word) && !QUESTION_ONLY.has(word) && /\p{L}/u.test(word));
  let words: string[] | undefined;
  let mostHeld = -1;
  for (let n = index.from[s]!; n < index.to[s]!; n++) {
    const text = sentenceText(snapshot, index, n);
    if (!holdsAnswer(text, q.answers)) continue;
    const own = tokensOf(text).map((token) => token.lower);
    const roots = new Set(own.map(root));
    const held = asked.filter((word) => roots.has(root(word))).length;
    if (held > mostHeld) [words, mostHeld] = [own, held];
  }
  if (!words) continue;
  tally.questions++;
  const roots = new Set(words.map(root));
  const prefixes = new Set([...roots].filter((key) => key.length >= 5).map((key) => key.slice(0, 5)));
  const byLemma = new Map(words.map((word) => [lemma(word), word]));
  let miss = false;
  let unrelatedMiss = false;
  for (const word of asked) {
    tally.words++;
    const key = root(word);
    if (roots.has(key) || (key.length >= 5 && prefixes.has(key.slice(0, 5)))) continue;
    const other = byLemma.get(lemma(word));
    if (other === undefined) continue;
    tally.misses++;
    miss = true;
    const related = relatedRoots(key).includes(root(other));
    if (!related) {
      tally.unrelated++;
      unrelatedMiss = true;
    }
    const pair = `${word}/${other}${related ? '' : ' (unrelated)'}`;
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  if (miss) tally.withMiss++;
  if (unrelatedMiss) tally.withUnrelatedMiss++;
}
const percent = (value: number, of: number) => `${((value / Math.max(1, of)) * 100).toFixed(1)}%`;
process.stdout.write(
  `${tally.questions} tuning questions with a gold sentence, ${tally.words} question words:\n` +
    `  a word the gold sentence holds in another form its root misses: ${tally.misses} words, in ${percent(tally.withMiss, tally.questions)} of the questions\n` +
    `  of those, not matched by a related word either: ${tally.unrelated} words, in ${percent(tally.withUnrelatedMiss, tally.questions)} of the questions\n` +
    `  most frequent: ${[...pairs]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30)
      .map(([pair, count]) => `${pair} ${count}`)
      .join(', ')}\n`,
);
