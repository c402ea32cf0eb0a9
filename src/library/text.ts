/**
 * Word handling for the indexes and the queries: the engine's one normaliser (`engine/words.ts`), and
 * names in comparable form.
 */
import { fold } from '../engine/words.ts';

export { fold, isStopword, terms } from '../engine/words.ts';

/** A name in comparable form: folded, punctuation dropped, single spaces (`Jen Paski` → `jen paski`). */
export function normalizeName(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of a text, folded, without dropping anything (for name and prefix matching). */
export function words(text: string): string[] {
  return normalizeName(text).split(' ').filter(Boolean);
}
