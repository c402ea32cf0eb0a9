/**
 * Related words: synonyms, derived forms and irregular verb forms of a word ("given" and "awarded",
 * "died" and "death"), from the table `scripts/buildRelated.ts` writes from WordNet. A weaker match
 * than the word itself: the answerer counts a question word as half-held by a sentence holding a
 * related one. Keyed by the engine's `root` of a word.
 */
import { countryForms } from './countries.ts';
import { antonymRows, relatedRows } from './data/tables.ts';
import { root } from './words.ts';

let table: Map<string, readonly string[]> | undefined;
let antonyms: Map<string, readonly string[]> | undefined;

const NONE: readonly string[] = [];

/** The table read both ways: a row lists a common word's most used relations only ("give" lacks
 * "award", whose own row holds "give"). */
function load(rows: readonly string[]): Map<string, readonly string[]> {
  const both = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    const row = both.get(a) ?? new Set<string>();
    both.set(a, row);
    row.add(b);
  };
  for (const line of rows) {
    const [word, ...others] = line.split(' ');
    for (const other of others) {
      add(word!, other);
      add(other, word!);
    }
  }
  return new Map([...both].map(([word, row]) => [word, [...row]]));
}

/** The roots related to a word's root (`root` of `engine/words.ts`); none if unknown. */
export function relatedRoots(key: string): readonly string[] {
  // A country's name and adjective are related words too ("China" and "Chinese").
  table ??= load([...relatedRows(), ...[...countryForms()].map(([a, b]) => `${root(a)} ${root(b)}`)]);
  return table.get(key) ?? NONE;
}

/** The roots of a word's antonyms ("criticiz" for "prais", "least" for "most"); none if unknown. */
export function antonymRoots(key: string): readonly string[] {
  antonyms ??= load(antonymRows());
  return antonyms.get(key) ?? NONE;
}
