/**
 * Autocomplete of speaker names that stays on the same person while a name is typed: every prefix of
 * a name or alias of two letters or more, and the prefixes of common misspellings (one letter
 * dropped, doubled, changed or two swapped: `ps`, `psa`, `psak`, `psaki` all reach Jen Paski). Name
 * words are grouped by first letter once per directory, so a keystroke compares a few short prefixes.
 */
import type { SpeakerDirectory, SpeakerEntry } from './speakers.ts';
import { normalizeName } from './text.ts';
import { editDistance } from './textIndex.ts';

const wordsByInitial = new WeakMap<SpeakerDirectory, Map<string, string[]>>();

function wordsStartingWith(directory: SpeakerDirectory, letter: string): string[] {
  let groups = wordsByInitial.get(directory);
  if (!groups) {
    groups = new Map();
    for (const word of directory.byWord.keys()) {
      const list = groups.get(word[0]!);
      if (list) list.push(word);
      else groups.set(word[0]!, [word]);
    }
    wordsByInitial.set(directory, groups);
  }
  return groups.get(letter) ?? [];
}

/**
 * How far a typed word is from being the start of a name word: 0 when it is one, 1 when one slip away.
 * Two letters only count a dropped letter (`ps` for `pas…`): one changed letter would fit half the names.
 */
export function prefixDistance(typed: string, word: string): number {
  if (word.startsWith(typed)) return 0;
  const n = typed.length;
  const lengths = n <= 2 ? [n + 1] : [n - 1, n, n + 1];
  let best = 2;
  for (const m of lengths) {
    if (m < 1 || m > word.length) continue;
    best = Math.min(best, editDistance(typed, word.slice(0, m), 1));
  }
  return best;
}

/**
 * Speakers one slip away from the typed text: its last word a misspelt start of one of their name
 * words, its other words words of their name. Most quoted first; at most `limit`.
 */
export function speakersNearPrefix(directory: SpeakerDirectory, text: string, limit: number): SpeakerEntry[] {
  const words = normalizeName(text).split(' ').filter(Boolean);
  const last = words.at(-1);
  if (!last || last.length < 2 || last.length > 40) return [];
  // The other words must each be a word of the name: the people they name, looked up, not scanned for
  // (a pasted line of 100 characters has a dozen words, nearly always not all one person's).
  let named: Set<number> | null = null;
  for (const word of words.slice(0, -1)) {
    const people = directory.byWord.get(word);
    if (!people) return [];
    named = new Set(named ? people.filter((i) => named!.has(i)) : people);
    if (named.size === 0) return [];
  }
  const found = new Set<number>();
  for (const word of wordsStartingWith(directory, last[0]!)) {
    if (prefixDistance(last, word) !== 1) continue;
    for (const entry of directory.byWord.get(word) ?? []) if (!named || named.has(entry)) found.add(entry);
    if (found.size > 2000) break;
  }
  return [...found]
    .map((i) => directory.entries[i]!)
    .sort((a, b) => b.quoteCount - a.quoteCount)
    .slice(0, limit);
}
