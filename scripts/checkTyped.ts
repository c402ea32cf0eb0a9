/**
 * Checks the held-out `typed` questions against the stories they were written from, without asking the
 * product anything: for each question, `holds` must match some sentence of its story file and `says` must
 * match inside a sentence `holds` matches. A question failing this could never be answered right, so its
 * regexes are unfair to the story (or name the wrong story). Exits 1 when any question fails.
 *
 *   npx tsx scripts/checkTyped.ts [--shared ../shared]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NAMED_HELD_OUT } from './eval/typedHeldOut.ts';

/** Where a story id's file may be under `shared`. */
const storyFiles = (shared: string, id: string) => [
  join(shared, 'seed', `${id}.txt`),
  join(shared, 'corpora', 'reuters21578', 'stories', `${id}.txt`),
  join(shared, 'corpora', 'polnear', 'test', 'stories', `${id}.txt`),
  join(shared, 'corpora', 'polnear', 'dev', 'stories', `${id}.txt`),
];

/** Words a period follows inside a sentence: initials, "U.S.", titles and company suffixes. */
const ABBREVIATION =
  /(?:^|\s)(?:[A-Za-z]|(?:[A-Za-z]\.)+[A-Za-z]|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Corp|Co|Inc|Ltd|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec)$/;

/**
 * A plain reader's split of a story file into sentences: paragraphs (a blank line, or a line break
 * followed by an indent) with their line breaks folded, cut after ., ! or ? (and a closing quote) before
 * a capital or an opening quote, unless the word before the period is an abbreviation.
 */
function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  for (const paragraph of text.split(/\n\s*\n|\n(?=[ \t])/)) {
    const flat = paragraph.replace(/\s+/g, ' ').trim();
    let start = 0;
    for (const cut of flat.matchAll(/[.!?]["'”’]?\s+(?=["'“‘(]?[A-Z0-9])/g)) {
      const before = flat.slice(start, cut.index);
      if (ABBREVIATION.test(before)) continue;
      sentences.push(flat.slice(start, cut.index + cut[0].length).trim());
      start = cut.index + cut[0].length;
    }
    if (start < flat.length) sentences.push(flat.slice(start).trim());
  }
  return sentences.filter((sentence) => sentence.length > 0);
}

function main() {
  const at = process.argv.indexOf('--shared');
  const shared = at >= 0 ? process.argv[at + 1]! : join(process.cwd(), '..', 'shared');
  if (!existsSync(join(shared, 'corpora'))) {
    console.log(`skipped: the stories are read from ${shared}, which has no corpora/`);
    return;
  }
  let failed = 0;
  for (const [group, questions] of NAMED_HELD_OUT) {
    const stories = new Set<string>();
    for (const q of questions) {
      stories.add(q.story);
      const file = storyFiles(shared, q.story).find((path) => existsSync(path));
      if (file === undefined) {
        failed++;
        console.log(`${group}: no story file for ${q.story} ("${q.question}")`);
        continue;
      }
      const holding = sentencesOf(readFileSync(file, 'utf8')).filter((sentence) => q.holds.test(sentence));
      const saying = holding.filter((sentence) => q.says === undefined || q.says.test(sentence));
      if (saying.length === 0) {
        failed++;
        const why =
          holding.length === 0 ? `holds ${q.holds} matches no sentence` : `says ${q.says} is in none`;
        console.log(`${group}: "${q.question}" (${q.story}): ${why}`);
      }
    }
    console.log(`${group}: ${questions.length} questions over ${stories.size} stories`);
  }
  if (failed > 0) {
    console.log(`${failed} questions fail`);
    process.exitCode = 1;
  }
}

main();
