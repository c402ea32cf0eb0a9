/**
 * `npx tsx scripts/parseCheck.ts [--write FILE] [--against FILE] DIR...`: parses every story file under
 * the folders in this one thread, as a parse worker does (the parse, its columns, its counted terms and
 * sentences), and prints the stories per CPU-second. `--write` keeps a digest of each story's outcome
 * (its JSON); `--against` compares with digests written before, lists the stories that differ and exits
 * 1 if any does: a change meant to make the parse faster must leave every digest as it was.
 * `node --cpu-prof --import tsx scripts/parseCheck.ts DIR` profiles the parse.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseStory } from '../src/engine/parseStory.ts';
import { packOutcome } from '../src/library/parsedStory.ts';
import { storyTerms } from '../src/library/sentenceIndex.ts';
import { Vocabulary } from '../src/library/textIndex.ts';

const { values, positionals } = parseArgs({
  options: { write: { type: 'string' }, against: { type: 'string' } },
  allowPositionals: true,
});
if (positionals.length === 0) {
  console.error('usage: parseCheck.ts [--write FILE] [--against FILE] DIR...');
  process.exit(2);
}

function storyFiles(dir: string, out: string[] = []): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) storyFiles(path, out);
    else if (/\.(txt|md)$/i.test(entry.name) && !/^README\./i.test(entry.name)) out.push(path);
  }
  return out;
}

const files = positionals.flatMap((dir) => storyFiles(resolve(dir)));
const texts = files.map((file) => readFileSync(file, 'utf8'));
// Typed arrays as plain lists, so a digest reads their values.
const plain = (_key: string, value: unknown) =>
  ArrayBuffer.isView(value) ? Array.from(value as Uint8Array) : value;
// Terms as their text: the numbers a worker gives them depend on what it parsed before.
const own = new Vocabulary();
const digests: string[] = [];
const cpu = process.cpuUsage();
for (let i = 0; i < files.length; i++) {
  const outcome = parseStory(texts[i]!, relative(process.cwd(), files[i]!));
  const packed = packOutcome(outcome);
  const terms = outcome.ok ? storyTerms(outcome.story, own) : null;
  if (!values.write && !values.against) continue;
  const named = terms && {
    counts: { ...terms.counts, ids: Array.from(terms.counts.ids, (id) => own.terms[id]) },
    sentences: { ...terms.sentences, termIds: Array.from(terms.sentences.termIds, (id) => own.terms[id]) },
  };
  const digest = createHash('sha1')
    .update(JSON.stringify(outcome))
    .update(JSON.stringify(packed, plain))
    .update(JSON.stringify(named, plain))
    .digest('hex');
  digests.push(`${relative(process.cwd(), files[i]!)} ${digest}`);
}
const used = process.cpuUsage(cpu);
const seconds = (used.user + used.system) / 1e6;
console.log(
  `${files.length} stories in ${seconds.toFixed(1)} CPU-s: ${Math.round(files.length / seconds)} stories per CPU-second` +
    (values.write || values.against ? ' (digests included)' : ''),
);
if (values.write) writeFileSync(values.write, `${digests.join('\n')}\n`);
if (values.against) {
  const before = new Map(
    readFileSync(values.against, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(' ') as [string, string]),
  );
  const differ = digests.filter((line) => {
    const [file, digest] = line.split(' ');
    return before.get(file!) !== digest;
  });
  for (const line of differ.slice(0, 20)) console.log(`differs: ${line.split(' ')[0]}`);
  console.log(`${differ.length} of ${digests.length} stories differ from ${values.against}`);
  if (differ.length > 0) process.exitCode = 1;
}
