/**
 * Places of the set: dateline places, places named in stories, and countries. A country matches the
 * stories datelined in its cities and the stories naming it. Looked up exactly, then fuzzily
 * (`bogata` → Bogota), which also serves autocomplete.
 */
import Fuse from 'fuse.js';
import type { PlaceKind, Story } from '../engine/types.ts';
import { normalizeName } from './text.ts';

export interface PlaceEntry {
  name: string;
  country: string | null;
  kind: PlaceKind;
  /** Ranks (positions newest first) of the stories that match the place, ascending. */
  ranks: Uint32Array;
}

export interface PlaceIndex {
  entries: PlaceEntry[];
  byKey: Map<string, number>;
  /** Entry indexes, most stories first, with their normalised names (for prefix autocomplete). */
  byStories: Uint32Array;
  byStoriesKeys: string[];
  fuse: Fuse<{ key: string; entry: number }>;
}

/** The dateline's place: the engine's canonical name, else the words before the comma, in title case. */
export function datelinePlace(story: Story): string | null {
  const dateline = story.dateline;
  if (!dateline) return null;
  if (dateline.place) return dateline.place;
  const words = dateline.text.split(/[,(]/)[0]!.trim();
  if (!words || /\d/.test(words)) return null;
  return words
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

// Common short forms of country names in questions; the stories use the long form.
const COUNTRY_ALIASES: Record<string, string> = {
  us: 'united states',
  usa: 'united states',
  america: 'united states',
  'u s': 'united states',
  uk: 'united kingdom',
  britain: 'united kingdom',
  'great britain': 'united kingdom',
  england: 'united kingdom',
  'west germany': 'germany',
  ussr: 'soviet union',
  uae: 'united arab emirates',
};

export function buildPlaceIndex(stories: readonly Story[], rankOf: Uint32Array): PlaceIndex {
  const drafts = new Map<
    string,
    { name: string; country: string | null; kind: PlaceKind; ranks: Set<number> }
  >();
  const keys = new Map<string, string>();
  const add = (name: string, country: string | null, kind: PlaceKind, rank: number) => {
    let key = keys.get(name);
    if (key === undefined) {
      key = normalizeName(name);
      keys.set(name, key);
    }
    if (!key) return;
    let d = drafts.get(key);
    if (!d) {
      d = { name, country, kind, ranks: new Set() };
      drafts.set(key, d);
    } else if (kind === 'country' && d.kind !== 'country') d.kind = 'country';
    d.ranks.add(rank);
  };
  for (let s = 0; s < stories.length; s++) {
    const story = stories[s]!;
    const rank = rankOf[s]!;
    const place = datelinePlace(story);
    const country = story.dateline?.country ?? null;
    if (place) add(place, country, place === country ? 'country' : 'city', rank);
    if (country) add(country, country, 'country', rank);
    for (const named of story.places) {
      add(named.name, named.country, named.kind, rank);
    }
  }
  const entries: PlaceEntry[] = [];
  for (const d of drafts.values())
    entries.push({ name: d.name, country: d.country, kind: d.kind, ranks: Uint32Array.from(d.ranks).sort() });
  return placeIndexOf(entries);
}

/** The lookups over a list of places (also used to restore an index saved in the parse cache). */
export function placeIndexOf(entries: PlaceEntry[]): PlaceIndex {
  const byKey = new Map<string, number>();
  entries.forEach((entry, i) => {
    byKey.set(normalizeName(entry.name), i);
  });
  const byStories = Uint32Array.from(entries.keys()).sort(
    (a, b) => entries[b]!.ranks.length - entries[a]!.ranks.length,
  );
  const fuse = new Fuse(
    [...byKey].map(([key, entry]) => ({ key, entry })),
    { keys: ['key'], includeScore: true, threshold: 0.34, ignoreLocation: true },
  );
  const byStoriesKeys = [...byStories].map((i) => normalizeName(entries[i]!.name));
  return { entries, byKey, byStories, byStoriesKeys, fuse };
}

/**
 * A fuzzy search costs the text's length times every place name, so longer text is matched exactly
 * only: place names are shorter, and typos in them are found within this length.
 */
const FUZZY_PLACE_MAX = 24;

/** The place a text names: exact (or a common short form of a country), else the closest fuzzy match. */
export function resolvePlace(index: PlaceIndex, text: string): PlaceEntry | null {
  const key = normalizeName(text);
  if (!key) return null;
  const exact = index.byKey.get(key) ?? index.byKey.get(COUNTRY_ALIASES[key] ?? '');
  if (exact !== undefined) return index.entries[exact]!;
  if (key.length > FUZZY_PLACE_MAX) return null;
  const hits = index.fuse.search(key, { limit: 5 });
  if (hits.length === 0) return null;
  // Among equally close names, the place with more stories is the likelier meaning.
  const bestScore = hits[0]!.score ?? 1;
  const close = hits
    .filter((hit) => (hit.score ?? 1) - bestScore < 0.02)
    .map((hit) => index.entries[hit.item.entry]!);
  return close.sort((a, b) => b.ranks.length - a.ranks.length)[0]!;
}

/** Places whose name starts with the text (or fuzzily close), most stories first. */
export function suggestPlaceEntries(index: PlaceIndex, text: string, limit: number): PlaceEntry[] {
  const key = normalizeName(text);
  if (!key) return [...index.byStories.subarray(0, limit)].map((i) => index.entries[i]!);
  const out: PlaceEntry[] = [];
  for (let at = 0; at < index.byStories.length; at++) {
    if (!index.byStoriesKeys[at]!.startsWith(key)) continue;
    out.push(index.entries[index.byStories[at]!]!);
    if (out.length >= limit) return out;
  }
  // Fuzzy only when the prefix finds nothing: it costs far more than the prefix scan.
  if (out.length === 0 && key.length >= 3 && key.length <= FUZZY_PLACE_MAX) {
    for (const hit of index.fuse.search(key, { limit })) {
      const entry = index.entries[hit.item.entry]!;
      if (!out.includes(entry)) out.push(entry);
      if (out.length >= limit) break;
    }
  }
  return out;
}
