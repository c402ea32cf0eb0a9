/**
 * Headline words → stories, for story autocomplete: every typed word is a prefix of a headline word,
 * answers come newest first. Precomputed so a keystroke costs well under a millisecond at 100k stories.
 */
import { fold, words } from './text.ts';

export interface HeadlineIndex {
  /** Distinct headline words, sorted. */
  words: string[];
  /** Ranks (newest-first positions) of the stories whose headline has words[i], ascending. */
  ranks: Uint32Array[];
}

export function buildHeadlineIndex(headlines: readonly string[], rankOf: Uint32Array): HeadlineIndex {
  const map = new Map<string, number[]>();
  for (let s = 0; s < headlines.length; s++) {
    const rank = rankOf[s]!;
    for (const word of fold(headlines[s]!).split(/[^a-z0-9]+/)) {
      if (!word) continue;
      const list = map.get(word);
      // A word twice in one headline: the rank is already the list's last.
      if (!list) map.set(word, [rank]);
      else if (list[list.length - 1] !== rank) list.push(rank);
    }
  }
  const sorted = [...map.keys()].sort();
  return { words: sorted, ranks: sorted.map((word) => Uint32Array.from(map.get(word)!).sort()) };
}

function lowerBound(list: readonly string[], key: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Ranks of stories whose headline has, for every typed word, a word starting with it; newest first. */
export function headlineMatches(
  index: HeadlineIndex,
  text: string,
  storyCount: number,
  limit: number,
): number[] {
  const typed = [...new Set(words(text))];
  if (typed.length === 0) return [];
  // Most specific words first, so later passes touch fewer ranks.
  typed.sort((a, b) => b.length - a.length);
  // Marks count matched words in a byte.
  typed.length = Math.min(typed.length, 250);
  if (!marks || marks.length < storyCount) marks = new Uint8Array(storyCount);
  const seen = marks;
  for (let w = 0; w < typed.length; w++) {
    const prefix = typed[w]!;
    let found = false;
    for (let i = lowerBound(index.words, prefix); i < index.words.length; i++) {
      if (!index.words[i]!.startsWith(prefix)) break;
      for (const rank of index.ranks[i]!) {
        if (seen[rank] === w) {
          seen[rank] = w + 1;
          found = true;
        }
      }
    }
    if (!found) {
      seen.fill(0, 0, storyCount);
      return [];
    }
  }
  const out: number[] = [];
  for (let rank = 0; rank < storyCount && out.length < limit; rank++)
    if (seen[rank] === typed.length) out.push(rank);
  seen.fill(0, 0, storyCount);
  return out;
}

/** Marks re-used by every call (calls are synchronous): no 100 KB of garbage per keystroke. */
let marks: Uint8Array | null = null;
