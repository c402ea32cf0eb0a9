/**
 * Places of the set: dateline places, places named in stories, and countries. A country matches the
 * stories datelined in its cities and the stories naming it; a region (a state, a province, a
 * constituent country such as Scotland) the stories naming it and those datelined in its cities.
 * Looked up exactly, then by the names people use (`Holland`, `Bombay`, `the States`, `Deutschland`),
 * then fuzzily (`bogata` → Bogota) — never fuzzily when the typed name is itself a known place.
 */
import Fuse from 'fuse.js';
import { countryName, lookupPlaces } from '../engine/gazetteer.ts';
import type { PlaceKind, Story } from '../engine/types.ts';
import { CONSTITUENT_REGIONS, PLACE_ALIASES } from './placeAliases.ts';
import type { StoryStore } from './storyStore.ts';
import { normalizeName } from './text.ts';

export interface PlaceEntry {
  name: string;
  country: string | null;
  kind: PlaceKind;
  /** Ranks (positions newest first) of the stories that match the place, ascending. */
  ranks: Uint32Array;
  /** For a region: the ranks of the stories datelined in its cities. */
  datelined?: Uint32Array;
}

export interface PlaceIndex {
  entries: PlaceEntry[];
  byKey: Map<string, number>;
  /** Entry indexes, most stories first, with their normalised names (for prefix autocomplete). */
  byStories: Uint32Array;
  byStoriesKeys: string[];
  /** Made on first use (a misspelt place), or just after a start from the cache (see StoryLibrary). */
  readonly fuse: Fuse<{ key: string; entry: number }>;
}

/** The dateline's place: the engine's canonical name, else the words before the comma, in title case. */
export function datelinePlace(story: Pick<Story, 'dateline'>): string | null {
  const dateline = story.dateline;
  if (!dateline) return null;
  if (dateline.place) return dateline.place;
  const words = dateline.text.split(/[,(]/)[0]!.trim();
  if (!words || /\d/.test(words)) return null;
  return words
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/** A place a story adds to the index: its dateline's place and country, then the places it names. */
interface PlaceAdd {
  name: string;
  country: string | null;
  kind: PlaceKind;
}

/** The places story `s` adds to the index, in the order a build adds them. */
function placeAdds(stories: StoryStore, s: number): PlaceAdd[] {
  const dateline = stories.datelineAt(s);
  const place = datelinePlace({ dateline });
  const country = dateline?.country ?? null;
  const adds: PlaceAdd[] = [];
  if (place) adds.push({ name: place, country, kind: place === country ? 'country' : 'city' });
  if (country) adds.push({ name: country, country, kind: 'country' });
  adds.push(...stories.placesAt(s));
  return adds;
}

export function buildPlaceIndex(stories: StoryStore, rankOf: Uint32Array): PlaceIndex {
  const drafts = new Map<
    string,
    { name: string; country: string | null; kind: PlaceKind; ranks: number[] }
  >();
  const keys = new Map<string, string>();
  const add = ({ name, country, kind }: PlaceAdd, rank: number) => {
    let key = keys.get(name);
    if (key === undefined) {
      key = normalizeName(name);
      keys.set(name, key);
    }
    if (!key) return;
    let d = drafts.get(key);
    if (!d) {
      d = { name, country, kind, ranks: [] };
      drafts.set(key, d);
    } else if (kind === 'country' && d.kind !== 'country') d.kind = 'country';
    // Stories come in rank order, so a story's rank can only repeat the last one.
    if (d.ranks[d.ranks.length - 1] !== rank) d.ranks.push(rank);
  };
  // Newest first: each place's ranks come sorted, without a set and a sort per place, and the index
  // does not depend on how stories are numbered (a reload numbers them otherwise than a fresh load).
  const byRank = new Uint32Array(stories.length);
  for (let s = 0; s < stories.length; s++) byRank[rankOf[s]!] = s;
  for (let rank = 0; rank < byRank.length; rank++)
    for (const place of placeAdds(stories, byRank[rank]!)) add(place, rank);
  const entries: PlaceEntry[] = [];
  for (const d of drafts.values())
    entries.push({ name: d.name, country: d.country, kind: d.kind, ranks: Uint32Array.from(d.ranks) });
  return placeIndexOf(entries);
}

/** What a reload changed, as the place index reads it. */
export interface PlaceChange {
  /** The stories before, and the numbers (of either set) whose story was replaced, added or removed. */
  previous: StoryStore;
  previousRankOf: Uint32Array;
  changed: readonly number[];
  /** Each old rank's new rank, -1 for a story changed or gone. */
  newRank: Int32Array;
}

/**
 * The index a build over `stories` would give, made from the previous one: every entry's ranks moved
 * to the new ones, the changed stories' old places taken out and their new ones put in, the entries in
 * the order a build meets them (newest first). A reload that adds stories moves every rank, which this
 * costs a pass over the ranks rather than a read of every story's dateline and places. Null when a
 * changed story's old version gave an entry its first or its country kind (a build would read them
 * from another story): the index is then built.
 */
export function patchPlaceIndex(
  previous: PlaceIndex,
  stories: StoryStore,
  rankOf: Uint32Array,
  change: PlaceChange,
): PlaceIndex | null {
  for (const s of new Set(change.changed)) {
    if (s >= change.previous.length) continue;
    const rank = change.previousRankOf[s]!;
    for (const place of placeAdds(change.previous, s)) {
      const at = previous.byKey.get(normalizeName(place.name));
      if (at === undefined) continue;
      if (place.kind === 'country' || previous.entries[at]!.ranks[0] === rank) return null;
    }
  }
  // The kept entries, their ranks moved (in order, as kept stories keep theirs) without the changed ones.
  const entries = previous.entries.map((entry): PlaceEntry => {
    const ranks = new Uint32Array(entry.ranks.length);
    let kept = 0;
    for (const rank of entry.ranks) {
      const moved = change.newRank[rank]!;
      if (moved >= 0) ranks[kept++] = moved;
    }
    return { name: entry.name, country: entry.country, kind: entry.kind, ranks: ranks.subarray(0, kept) };
  });
  // The changed stories' places, newest first and in each story's order, as a build adds them.
  const added = [...new Set(change.changed)]
    .filter((s) => s < stories.length)
    .sort((a, b) => rankOf[a]! - rankOf[b]!)
    .flatMap((s) => placeAdds(stories, s).map((place) => ({ place, rank: rankOf[s]! })));
  const byKey = new Map(previous.byKey);
  const more = new Map<number, number[]>();
  // Entries whose first place is now one of the added (in the order they were met).
  const firstAdded: number[] = [];
  for (const { place, rank } of added) {
    const key = normalizeName(place.name);
    if (!key) continue;
    let at = byKey.get(key);
    if (at === undefined) {
      at = entries.length;
      byKey.set(key, at);
      entries.push({ name: place.name, country: place.country, kind: place.kind, ranks: new Uint32Array(0) });
      firstAdded.push(at);
    }
    const entry = entries[at]!;
    const list = more.get(at) ?? [];
    more.set(at, list);
    if (list.at(-1) === rank) {
      if (place.kind === 'country') entry.kind = 'country';
      continue;
    }
    list.push(rank);
    if (entry.ranks.length > 0 && rank < entry.ranks[0]! && list.length === 1) {
      // Met before its old first story: a build takes its name and country from this one.
      entry.name = place.name;
      entry.country = place.country;
      entry.kind = entry.kind === 'country' ? 'country' : place.kind;
      firstAdded.push(at);
    } else if (place.kind === 'country') entry.kind = 'country';
  }
  for (const [at, list] of more) {
    const entry = entries[at]!;
    const ranks = new Uint32Array(entry.ranks.length + list.length);
    ranks.set(entry.ranks);
    ranks.set(list, entry.ranks.length);
    entry.ranks = ranks.sort();
  }
  // The entries in the order a build meets them: by their first story, newest first. Those first met
  // in a kept story keep their order (its places' order); those first met in a changed one come in the
  // order they were met above.
  const movedFirst = new Set(firstAdded);
  const merged: PlaceEntry[] = [];
  let k = 0;
  for (let at = 0; at < previous.entries.length; at++) {
    if (movedFirst.has(at)) continue;
    const first = entries[at]!.ranks[0]!;
    while (k < firstAdded.length && entries[firstAdded[k]!]!.ranks[0]! < first)
      merged.push(entries[firstAdded[k++]!]!);
    merged.push(entries[at]!);
  }
  while (k < firstAdded.length) merged.push(entries[firstAdded[k++]!]!);
  return placeIndexOf(merged);
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
  const byStoriesKeys = [...byStories].map((i) => normalizeName(entries[i]!.name));
  let fuse: Fuse<{ key: string; entry: number }> | undefined;
  return {
    entries,
    byKey,
    byStories,
    byStoriesKeys,
    get fuse() {
      fuse ??= new Fuse(
        [...byKey].map(([key, entry]) => ({ key, entry })),
        { keys: ['key'], includeScore: true, threshold: 0.34, ignoreLocation: true },
      );
      return fuse;
    },
  };
}

/**
 * A fuzzy search costs the text's length times every place name, so longer text is matched exactly
 * only: place names are shorter, and typos in them are found within this length.
 */
const FUZZY_PLACE_MAX = 24;

const regionsByIndex = new WeakMap<PlaceIndex, Map<string, Uint32Array>>();

/**
 * Ranks of the stories datelined in each region's cities, by `country|admin` (`US|CA`, `GB|SCT`), from
 * the gazetteer's region of each city the stories are datelined in or name. Built on first use, as it
 * needs the whole gazetteer: a serving library builds it before its snapshot is swapped in (see
 * StoryLibrary), a one-question command only when the question names a place.
 */
export function placeRegions(index: PlaceIndex): Map<string, Uint32Array> {
  let regions = regionsByIndex.get(index);
  if (!regions) {
    regions = regionsOf(index.entries);
    regionsByIndex.set(index, regions);
  }
  return regions;
}

function regionsOf(entries: readonly PlaceEntry[]): Map<string, Uint32Array> {
  const cities = new Map<string, Uint32Array[]>();
  for (const entry of entries) {
    if (entry.kind !== 'city' || !entry.country) continue;
    const city = lookupPlaces(entry.name).find(
      (place) => place.kind === 'city' && place.admin && countryName(place.country) === entry.country,
    );
    if (!city) continue;
    const key = `${city.country}|${city.admin}`;
    const list = cities.get(key);
    if (list) list.push(entry.ranks);
    else cities.set(key, [entry.ranks]);
  }
  return new Map([...cities].map(([key, lists]) => [key, sortedUnion(lists)]));
}

/**
 * The ranks in any of the lists, sorted and each once: joined and sorted natively, not added to a Set
 * one by one (a region's cities hold tens of thousands of ranks at 100k stories).
 */
function sortedUnion(lists: readonly Uint32Array[]): Uint32Array {
  const all = new Uint32Array(lists.reduce((sum, list) => sum + list.length, 0));
  let at = 0;
  for (const list of lists) {
    all.set(list, at);
    at += list.length;
  }
  all.sort();
  let kept = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[kept++] = all[i]!;
  return all.slice(0, kept);
}

/**
 * The region a name means: a constituent country (Scotland), or a state or province when that is what
 * the gazetteer takes the name for first (California, but not Washington or New York, which are cities).
 */
function regionNamed(
  key: string,
): { region: { country: string; admin: string; name: string }; constituent: boolean } | null {
  const constituent = CONSTITUENT_REGIONS.find((region) => region.aliases.includes(key));
  if (constituent) return { region: constituent, constituent: true };
  const [first] = lookupPlaces(key);
  return first?.kind === 'region' && first.country && first.admin
    ? { region: { country: first.country, admin: first.admin, name: first.name }, constituent: false }
    : null;
}

const regionEntries = new WeakMap<PlaceIndex, Map<string, PlaceEntry>>();

/**
 * A region as an entry: the stories naming it and those datelined in its cities. Made once per index
 * and region (a region's cities hold tens of thousands of ranks at 100k stories).
 */
function regionEntry(
  index: PlaceIndex,
  region: { country: string; admin: string; name: string },
): PlaceEntry {
  let made = regionEntries.get(index);
  if (!made) {
    made = new Map();
    regionEntries.set(index, made);
  }
  const key = `${region.country}|${region.admin}|${region.name}`;
  const known = made.get(key);
  if (known) return known;
  const named = index.byKey.get(normalizeName(region.name));
  const datelined = placeRegions(index).get(`${region.country}|${region.admin}`) ?? new Uint32Array(0);
  const entry: PlaceEntry = {
    name: region.name,
    country: countryName(region.country),
    kind: 'region',
    ranks: named === undefined ? datelined : sortedUnion([datelined, index.entries[named]!.ranks]),
    datelined,
  };
  made.set(key, entry);
  return entry;
}

/**
 * The place a typed name means without any fuzzy matching: the stories' own name, a region with its
 * cities, an alias (`Holland`, `Bombay`, `the States`), or a name the gazetteer knows (`Burma`). A known
 * place the stories never mention is an entry with no stories, so that nothing fuzzy stands in for it.
 * Null when the name is no place known at all.
 */
export function exactPlace(index: PlaceIndex, text: string): PlaceEntry | null {
  const key = normalizeName(text);
  if (!key) return null;
  const bare = key.replace(/^the /, '');
  const region = regionNamed(key) ?? regionNamed(bare);
  const exact = index.byKey.get(key) ?? index.byKey.get(bare);
  // A region's own entry (stories naming California) is widened to its cities; a city or country of
  // that name in the stories is what they mean, except for the constituent countries of a state.
  if (region && (region.constituent || exact === undefined || index.entries[exact]!.kind === 'region'))
    return regionEntry(index, region.region);
  if (exact !== undefined) return index.entries[exact]!;
  for (const name of PLACE_ALIASES[key] ?? PLACE_ALIASES[bare] ?? []) {
    const found = index.byKey.get(normalizeName(name));
    if (found !== undefined) return index.entries[found]!;
  }
  const known = lookupPlaces(text.trim());
  for (const place of known) {
    const name = place.kind === 'country' ? countryName(place.country) : place.name;
    const found = name ? index.byKey.get(normalizeName(name)) : undefined;
    if (found !== undefined) return index.entries[found]!;
  }
  const aliasName = (PLACE_ALIASES[key] ?? PLACE_ALIASES[bare])?.[0];
  const first = known[0];
  if (aliasName || first) {
    const name = aliasName ?? (first!.kind === 'country' ? countryName(first!.country) : first!.name) ?? text;
    return {
      name,
      country: first ? countryName(first.country) : null,
      kind: first?.kind ?? 'country',
      ranks: new Uint32Array(0),
    };
  }
  return null;
}

/** The place a text names: exactly or by a name people use (`exactPlace`), else the closest fuzzy match. */
export function resolvePlace(index: PlaceIndex, text: string): PlaceEntry | null {
  const key = normalizeName(text);
  if (!key) return null;
  const exact = exactPlace(index, text);
  if (exact) return exact;
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
  // A whole name people use for a place ("holland", "scotland") offers that place first.
  const named = key.length >= 2 ? exactPlace(index, text) : null;
  if (named && named.ranks.length > 0) out.push(named);
  for (let at = 0; at < index.byStories.length; at++) {
    if (!index.byStoriesKeys[at]!.startsWith(key)) continue;
    const entry = index.entries[index.byStories[at]!]!;
    if (entry.name === named?.name) continue;
    out.push(entry);
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
