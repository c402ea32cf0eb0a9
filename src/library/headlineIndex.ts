/**
 * Headline words → stories, for story autocomplete: every typed word is a prefix of a headline word,
 * answers come newest first. Precomputed so a keystroke costs well under a millisecond at 100k stories.
 */
import { lowerBound } from './lowerBound.ts';
import { fold, words } from './text.ts';

export interface HeadlineIndex {
  /** Distinct headline words, sorted. */
  words: string[];
  /** Ranks (newest-first positions) of the stories whose headline has words[i], ascending. */
  ranks: Uint32Array[];
}

const headlineWords = (headline: string) =>
  fold(headline)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

export function buildHeadlineIndex(headlines: readonly string[], rankOf: Uint32Array): HeadlineIndex {
  const map = ranksByWord(
    headlines.length,
    (s) => headlines[s]!,
    (s) => rankOf[s]!,
  );
  const sorted = [...map.keys()].sort();
  return { words: sorted, ranks: sorted.map((word) => Uint32Array.from(map.get(word)!).sort()) };
}

/**
 * The index after a reload, from the one before: the words of the changed stories' old and new
 * headlines get new rank lists; the others keep theirs, moved to the new ranks when `newRank` is given
 * (old rank → new rank, for the stories kept; null when no kept story changed rank).
 */
export function patchHeadlineIndex(
  previous: HeadlineIndex,
  change: {
    /** The changed stories' old headlines and ranks, and their new ones. */
    old: ReadonlyArray<{ headline: string; rank: number }>;
    now: ReadonlyArray<{ headline: string; rank: number }>;
    newRank: Int32Array | null;
  },
): HeadlineIndex {
  const { newRank } = change;
  /** Per word of the changed stories' headlines: the ranks it loses (old) and gains (new), ascending. */
  const lost = ranksByWord(
    change.old.length,
    (k) => change.old[k]!.headline,
    (k) => change.old[k]!.rank,
  );
  const added = ranksByWord(
    change.now.length,
    (k) => change.now[k]!.headline,
    (k) => change.now[k]!.rank,
  );
  for (const lists of [lost, added]) for (const list of lists.values()) list.sort((a, b) => a - b);
  const touched = new Set([...lost.keys(), ...added.keys()]);
  // A plain loop, not `map` with a call per rank: a reload that adds stories moves every rank of the set.
  const moved = (ranks: Uint32Array) => {
    if (!newRank) return ranks;
    const out = new Uint32Array(ranks.length);
    for (let k = 0; k < ranks.length; k++) out[k] = newRank[ranks[k]!]!;
    return out;
  };
  const kept = (word: string, ranks: Uint32Array) => {
    const gone = lost.get(word) ?? NONE;
    const more = added.get(word) ?? NONE;
    // A story edited without a change to its headline or rank (most edits): the word's list stands.
    if (!newRank && sameRanks(gone, more)) return ranks;
    const left = moved(withoutRanks(ranks, gone));
    if (more.length === 0) return left;
    // Both ascending: merged in one pass (a common word's list holds most of the set).
    const merged = new Uint32Array(left.length + more.length);
    let i = 0;
    let j = 0;
    for (let k = 0; k < merged.length; k++)
      merged[k] = j >= more.length || (i < left.length && left[i]! <= more[j]!) ? left[i++]! : more[j++]!;
    return merged;
  };
  // Only the touched words' lists are made again (found by a binary search), unless ranks moved.
  const ranks = newRank ? movedAll(previous.ranks, newRank) : previous.ranks.slice();
  const fresh: string[] = [];
  let emptied = false;
  for (const word of touched) {
    const i = lowerBound(previous.words, word);
    if (previous.words[i] !== word) {
      if (added.has(word)) fresh.push(word);
      continue;
    }
    ranks[i] = kept(word, previous.ranks[i]!);
    if (ranks[i]!.length === 0) emptied = true;
  }
  if (fresh.length === 0 && !emptied) return { words: previous.words, ranks };
  // Words come or go: the sorted list is made again.
  const lists = new Map(previous.words.map((word, i) => [word, ranks[i]!]));
  for (const word of fresh) lists.set(word, kept(word, new Uint32Array(0)));
  const words = [...lists.keys()].filter((word) => lists.get(word)!.length > 0).sort();
  return { words, ranks: words.map((word) => lists.get(word)!) };
}

const NONE: readonly number[] = [];

/** The ranks of each word of `count` stories' headlines, each once, in the order given. */
function ranksByWord(
  count: number,
  headlineAt: (k: number) => string,
  rankAt: (k: number) => number,
): Map<string, number[]> {
  const byWord = new Map<string, number[]>();
  for (let k = 0; k < count; k++) {
    const rank = rankAt(k);
    for (const word of headlineWords(headlineAt(k))) {
      const list = byWord.get(word);
      // A word twice in one headline: the rank is already the list's last.
      if (!list) byWord.set(word, [rank]);
      else if (list[list.length - 1] !== rank) list.push(rank);
    }
  }
  return byWord;
}

const sameRanks = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((rank, k) => rank === b[k]);

/**
 * `ranks` (ascending) without the few of `gone` (ascending), each found by a binary search and the
 * stretches between copied: a common word's list holds most of the set, and a reload changes a few.
 */
function withoutRanks(ranks: Uint32Array, gone: readonly number[]): Uint32Array {
  const at: number[] = [];
  for (const rank of gone) {
    const k = lowerBound(ranks, rank);
    if (ranks[k] === rank) at.push(k);
  }
  if (at.length === 0) return ranks;
  const out = new Uint32Array(ranks.length - at.length);
  let from = 0;
  let to = 0;
  for (const k of at) {
    out.set(ranks.subarray(from, k), to);
    to += k - from;
    from = k + 1;
  }
  out.set(ranks.subarray(from), to);
  return out;
}

/** Every list with its ranks moved, as views into one array (not an array of its own each). */
function movedAll(lists: readonly Uint32Array[], newRank: Int32Array): Uint32Array[] {
  let total = 0;
  for (const list of lists) total += list.length;
  const all = new Uint32Array(total);
  const out = new Array<Uint32Array>(lists.length);
  let at = 0;
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i]!;
    for (let k = 0; k < list.length; k++) all[at + k] = newRank[list[k]!]!;
    out[i] = all.subarray(at, at + list.length);
    at += list.length;
  }
  return out;
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
