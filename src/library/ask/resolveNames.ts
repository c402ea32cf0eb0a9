/**
 * Who or where a typed name means, by lookups and a bounded edit distance over names grouped by
 * length (fast at any set size, unlike a fuzzy search over every name): a misspelling one letter
 * off ("Psaki" for Paski, "Bogata" for Bogota), or a surname several people share where the question
 * itself decides — the one quoted on the topic asked, or the one quoted far more often than the others.
 */

import { exactPlace, type PlaceEntry, type PlaceIndex, resolvePlace } from '../placeIndex.ts';
import { findQuotes } from '../queries/quotes.ts';
import type { StorySnapshot } from '../snapshot.ts';
import { resolveSpeaker, type SpeakerDirectory, type SpeakerMatch } from '../speakers.ts';
import { normalizeName, terms } from '../text.ts';
import { editDistance } from '../textIndex.ts';
import { perQuestionBy } from './perQuestion.ts';

/** A surname must be quoted this many times more than the next person's to be taken without asking. */
const DOMINANCE = 3;

/** Keys grouped by length, built once per index object (speaker name words, place names). */
const keysByLength = new WeakMap<object, Map<number, string[]>>();

function keysOfLength(owner: object, keys: () => Iterable<string>, length: number): string[] {
  let byLength = keysByLength.get(owner);
  if (!byLength) {
    byLength = new Map();
    for (const key of keys()) {
      const list = byLength.get(key.length);
      if (list) list.push(key);
      else byLength.set(key.length, [key]);
    }
    keysByLength.set(owner, byLength);
  }
  return byLength.get(length) ?? [];
}

/** Builds the name buckets of a snapshot now, so the first misspelt name asked for costs no more than the next. */
export function prepareNames(snapshot: StorySnapshot): void {
  keysOfLength(snapshot.speakers, () => snapshot.speakers.byWord.keys(), 0);
  keysOfLength(snapshot.places, () => snapshot.places.byKey.keys(), 0);
}

/** Keys one edit away from `key` (two for long keys), from the keys of `owner`; empty for short keys. */
function closeKeys(owner: object, keys: () => Iterable<string>, key: string): string[] {
  if (key.length < 4) return [];
  const max = key.length >= 8 ? 2 : 1;
  const out: string[] = [];
  for (let length = key.length - max; length <= key.length + max; length++)
    for (const other of keysOfLength(owner, keys, length))
      if (other !== key && editDistance(other, key, max) <= max) out.push(other);
  return out;
}

/**
 * The name words of speakers, and the place names, close to a typed key, kept for the question being
 * answered: a misspelt name is looked up by each answer the question tries in turn (its quotes, the
 * person, the one described, the one never quoted…), and each look-up compares it with every key of
 * three lengths.
 */
const closeNameWords = perQuestionBy((directory: SpeakerDirectory, key: string): readonly string[] =>
  closeKeys(directory, () => directory.byWord.keys(), key),
);
const closePlaceKeys = perQuestionBy((index: PlaceIndex, key: string): readonly string[] =>
  closeKeys(index, () => index.byKey.keys(), key),
);

/** A place the stories know, by exact name, else by a name one or two letters off; never the slow fuzzy search. */
export function quickPlace(snapshot: StorySnapshot, typed: string): PlaceEntry | null {
  const index = snapshot.places;
  const typedKey = normalizeName(typed);
  if (!typedKey) return null;
  // Exact names, regions, and the names people use ("US", "Holland"); a known place is never swapped
  // for a fuzzy neighbour.
  const exact = exactPlace(index, typed);
  if (exact) return exact;
  if (typedKey.length <= 3) return resolvePlace(index, typed);
  // The names as the stories write them: "The Hague", "Saint Paul" for "St. Paul".
  const variants = [typedKey, `the ${typedKey}`, typedKey.replace(/^(?:the) /, '')].flatMap((key) => [
    key,
    key
      .replace(/\bst\b/g, 'saint')
      .replace(/\bft\b/g, 'fort')
      .replace(/\bmt\b/g, 'mount'),
  ]);
  for (const key of variants) {
    const exact = index.byKey.get(key);
    if (exact !== undefined) return index.entries[exact]!;
  }
  const close = closePlaceKeys(index, typedKey)
    .map((other) => index.entries[index.byKey.get(other)!]!)
    .sort((a, b) => b.ranks.length - a.ranks.length);
  return close[0] ?? null;
}

/**
 * The speaker a typed name means, found without the directory's slow fuzzy search: an exact name or
 * alias, names holding every typed word, else a name one or two letters off (`closeSpeaker`).
 */
export function quickSpeaker(snapshot: StorySnapshot, typed: string): SpeakerMatch {
  const key = normalizeName(typed);
  if (!key) return { kind: 'none' };
  const directory = snapshot.speakers;
  const words = key.split(' ');
  // These are the directory's own first two steps, both lookups: it answers them without fuzzy search.
  let common: number[] | null = null;
  for (const word of words) {
    const list = directory.byWord.get(word) ?? [];
    common = common ? common.filter((entry) => list.includes(entry)) : [...list];
  }
  if (directory.byKey.has(key) || (common && common.length > 0)) {
    const match = resolveSpeaker(directory, typed);
    if (match.kind !== 'none') return match;
  }
  const close = closeSpeaker(snapshot, typed);
  return close ? resolveSpeaker(directory, close) : { kind: 'none' };
}

/** Quotes of the people known by exactly this name (a lookup: never the directory's fuzzy search). */
export function quoteCountOf(snapshot: StorySnapshot, name: string): number {
  const entries = snapshot.speakers.byKey.get(normalizeName(name)) ?? [];
  return entries.reduce((most, i) => Math.max(most, snapshot.speakers.entries[i]!.quoteCount), 0);
}

/**
 * A speaker whose name has a word one edit away from the typed surname (two for long words), when
 * that singles out one person or one far more quoted than the rest. Null otherwise.
 */
function closeSpeaker(snapshot: StorySnapshot, typed: string): string | null {
  const people = closeCandidates(snapshot, typed);
  const [top, next] = people;
  if (!top) return null;
  if (!next || top.quoteCount >= DOMINANCE * next.quoteCount) return top.name;
  return null;
}

/** The speakers a misspelt name may mean (most quoted first, at most 8), for the question to decide among. */
export function closeCandidates(
  snapshot: StorySnapshot,
  typed: string,
): Array<{ name: string; quoteCount: number }> {
  const words = normalizeName(typed).split(' ').filter(Boolean);
  const last = words.at(-1);
  if (!last) return [];
  const directory = snapshot.speakers;
  const found = new Set<number>();
  for (const word of closeNameWords(directory, last))
    for (const entry of directory.byWord.get(word) ?? []) found.add(entry);
  let entries = [...found].map((i) => snapshot.speakers.entries[i]!);
  // A typed surname is the last word of the name it misspells ("steer" is Steger, not Steel Industries).
  const close = new Set(closeNameWords(directory, last));
  const bySurname = entries.filter((entry) => close.has(normalizeName(entry.name).split(' ').at(-1) ?? ''));
  if (bySurname.length > 0) entries = bySurname;
  const people = entries
    // A first name typed with the surname must fit too: "Jen Psaki" is not "Tom Paski".
    .filter((entry) => words.length === 1 || normalizeName(entry.name).includes(words[0]!))
    .sort((a, b) => b.quoteCount - a.quoteCount);
  return people.slice(0, 8).map((entry) => ({ name: entry.name, quoteCount: entry.quoteCount }));
}

/**
 * Among people sharing a surname: the one quoted on the topic asked (most topic words in one quote),
 * else the one quoted far more often. Null when the question does not decide.
 */
export function chooseAmong(
  snapshot: StorySnapshot,
  candidates: readonly string[],
  about: string | null,
): string | null {
  // "Mr. Obama" beside "Barack Obama" is the same person named the way some papers do, not a second one.
  const surname = (name: string) => normalizeName(name).split(' ').at(-1) ?? '';
  const honorific = (name: string) => /^(?:mr|mrs|ms|miss|dr)\.?\s/i.test(name);
  const distinct = candidates.filter(
    (name) =>
      !honorific(name) || !candidates.some((other) => !honorific(other) && surname(other) === surname(name)),
  );
  const people = candidates
    .slice(0, 8)
    .map((name) => ({ name, quotes: quoteCountOf(snapshot, name), fit: 0 }));
  if (about) {
    const wanted = new Set(terms(about));
    for (const person of people) {
      if (person.quotes === 0) continue;
      const result = findQuotes(snapshot, { speaker: person.name, about, limit: 20 });
      for (const quote of result.results) {
        const fit = new Set(terms(quote.text).filter((term) => wanted.has(term))).size;
        if (fit > person.fit) person.fit = fit;
      }
    }
    people.sort((a, b) => b.fit - a.fit || b.quotes - a.quotes);
    const [top, next] = people;
    if (top && top.fit > 0 && (!next || top.fit > next.fit)) return top.name;
  }
  // The topic does not decide: the one full name left once honorific forms are set aside.
  if (distinct.length === 1) return distinct[0]!;
  people.sort((a, b) => b.quotes - a.quotes);
  const [top, next] = people;
  if (top && top.quotes > 0 && (!next || top.quotes >= DOMINANCE * next.quotes)) return top.name;
  return null;
}
