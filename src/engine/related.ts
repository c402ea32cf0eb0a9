/**
 * Related words: synonyms, derived forms and irregular verb forms of a word ("given" and "awarded",
 * "died" and "death"), from the table `scripts/buildRelated.ts` writes from WordNet. A weaker match
 * than the word itself: the answerer counts a question word as half-held by a sentence holding a
 * related one. Keyed by the engine's `root` of a word.
 */
import { relatedRows } from './data/tables.ts';

let table: Map<string, readonly string[]> | undefined;

const NONE: readonly string[] = [];

/** The roots related to a word's root (`root` of `engine/words.ts`), most used first; none if unknown. */
export function relatedRoots(key: string): readonly string[] {
  if (!table) {
    table = new Map();
    for (const row of relatedRows()) {
      const [word, ...others] = row.split(' ');
      table.set(word!, others);
    }
  }
  return table.get(key) ?? NONE;
}
