/**
 * Everyone quoted in the set, merged across stories. A story names a person its own way (`Kerry` in
 * one, `John Kerry` in another); names are merged when they are compatible and unambiguous. A bare
 * surname shared by several full names (`Smith`: John Smith, Adam Smith) stays apart and, when asked
 * for, gives candidates instead of a guess.
 */

import Fuse from 'fuse.js';
import { lowerBound } from './lowerBound.ts';
import { ITEMS_PER_STEP, runNow, type Steps } from './slices.ts';
import type { StoryColumnsReader } from './storyColumns.ts';
import type { StoryStore } from './storyStore.ts';
import { normalizeName } from './text.ts';
import { editDistance } from './textIndex.ts';

export interface SpeakerEntry {
  name: string;
  /** Other names the speaker goes by in the set, most used first. */
  aliases: string[];
  /** Quote references, newest story first: story index and quote index, interleaved. */
  quotes: Uint32Array;
  quoteCount: number;
  storyCount: number;
  /** For a bare surname several people share: the full names it may stand for. */
  ambiguousWith: string[];
  /** Set when the speaker is an organisation, an outlet or a government rather than a person. */
  kind?: 'organisation';
}

export interface SpeakerDirectory {
  entries: SpeakerEntry[];
  /**
   * Normalised name or alias → entry indexes. This and byWord are made on first use, or just after a
   * start from the cache (see StoryLibrary).
   */
  readonly byKey: Map<string, number[]>;
  /** Normalised single word (first name, surname…) → entry indexes. */
  readonly byWord: Map<string, number[]>;
  /** Entry indexes, most quoted first: the answer to an empty autocomplete. */
  byQuotes: Uint32Array;
  /** Each entry's name and aliases in normalised form, entry after entry ('' for a form with no letters). */
  formKeys: string[];
  /**
   * Sorted keys of byWord and byKey, for prefix autocomplete. This and the two below are made on first
   * use, or just after a start from the cache (see StoryLibrary).
   */
  readonly prefixKeys: string[];
  /** The most quoted speakers per first letter of a name's words: one typed letter is the commonest ask. */
  readonly byInitial: Map<string, SpeakerEntry[]>;
  /** The fuzzy index of names (for a misspelt one). */
  readonly fuse: Fuse<{ key: string; entry: number }>;
}

interface Draft {
  key: string;
  /** The key's words. */
  tokens: string[];
  names: Map<string, number>;
  aliases: Map<string, number>;
  refs: number[];
  merged: boolean;
  /** Whether it took in another's quotes: then its references are no longer in rank order. */
  absorbed: boolean;
  ambiguousWith: string[];
  lastStory: number;
  organisation: boolean;
}

const tokensOf = (key: string) => key.split(' ').filter(Boolean);

/** Discord shows at most 25 autocomplete choices. */
const INITIAL_LIMIT = 25;

function bump(map: Map<string, number>, key: string, by = 1) {
  map.set(key, (map.get(key) ?? 0) + by);
}

function topName(map: Map<string, number>): string {
  let best = '';
  let count = -1;
  for (const [name, n] of map)
    if (n > count || (n === count && name.length > best.length)) [best, count] = [name, n];
  return best;
}

/**
 * Builds the directory. `rankOf[story]` orders stories newest first, so each speaker's quotes come out
 * newest first without sorting at query time.
 */
export function buildSpeakerDirectory(stories: StoryStore, rankOf: Uint32Array): SpeakerDirectory {
  return runNow(speakerDirectorySteps(stories, rankOf));
}

/** `buildSpeakerDirectory` as steps (see slices.ts): a story of thousands of quotes is read in slices. */
export function* speakerDirectorySteps(stories: StoryStore, rankOf: Uint32Array): Steps<SpeakerDirectory> {
  const drafts = new Map<string, Draft>();
  const draft = (key: string): Draft => {
    let d = drafts.get(key);
    if (!d) {
      d = {
        key,
        tokens: tokensOf(key),
        names: new Map(),
        aliases: new Map(),
        refs: [],
        merged: false,
        absorbed: false,
        ambiguousWith: [],
        lastStory: -1,
        organisation: false,
      };
      drafts.set(key, d);
    }
    return d;
  };
  // Names repeat across stories: normalise each distinct one once.
  const keys = new Map<string, string>();
  const keyOf = (name: string) => {
    let key = keys.get(name);
    if (key === undefined) {
      key = normalizeName(name);
      keys.set(name, key);
    }
    return key;
  };
  // Each speaker's name as written, by its number in a column set's strings: the draft it goes to and
  // how many quotes it has, counted in place (a map per quote was most of the read); a name's forms
  // are numbered in the order they are first met, which is the order a draft's names are listed in.
  const formDraft: Draft[] = [];
  const formName: string[] = [];
  const formCount: number[] = [];
  /** Per column set: each string's form + 1 (0 not met yet, -1 a name without letters). */
  const formsOf = new Map<StoryColumnsReader, Int32Array>();
  let lastReader: StoryColumnsReader | undefined;
  let forms: Int32Array = new Int32Array(0);
  // Stories are read newest first, so each speaker's quotes come in rank order (a sort of every
  // speaker's quotes cost a third of a build at 100,000 stories), and the directory does not depend on
  // how stories are numbered (a reload numbers them otherwise than a fresh load).
  const byRank = new Uint32Array(stories.length);
  for (let s = 0; s < stories.length; s++) byRank[rankOf[s]!] = s;
  let read = 0;
  for (const s of byRank) {
    const reader = stories.readerAt(s);
    const row = stories.rowAt(s);
    if (reader !== lastReader) {
      lastReader = reader;
      let known = formsOf.get(reader);
      if (!known) {
        known = new Int32Array(reader.columns.strings.length);
        formsOf.set(reader, known);
      }
      forms = known;
    }
    const strings = reader.columns.strings;
    const count = reader.quoteCount(row);
    for (let q = 0; q < count; q++) {
      if ((++read & (ITEMS_PER_STEP * 4 - 1)) === 0) yield;
      const id = reader.quoteSpeakerId(row, q);
      if (id < 0) continue;
      let form = forms[id]!;
      if (form === 0) {
        const speaker = strings[id]!;
        const key = speaker ? keyOf(speaker) : '';
        if (key) {
          formDraft.push(draft(key));
          formName.push(speaker);
          formCount.push(0);
          form = formDraft.length;
        } else form = -1;
        forms[id] = form;
      }
      if (form < 0) continue;
      const d = formDraft[form - 1]!;
      formCount[form - 1]!++;
      d.refs.push(s, q);
      // Aliases count once per story, at the speaker's first quote in it.
      if (d.lastStory === s) continue;
      d.lastStory = s;
      const person = reader.personNamed(row, id);
      if (person < 0) continue;
      for (const alias of reader.personAliases(person)) bump(d.aliases, alias);
      if (reader.personIsOrganisation(person)) d.organisation = true;
    }
  }
  for (let form = 0; form < formDraft.length; form++)
    bump(formDraft[form]!.names, formName[form]!, formCount[form]!);

  // Merge multi-word names that a story's person lists as aliases of each other (Ali Khamenei ↔
  // Ayatollah Ali Khamenei), and bare surnames into the one full name that ends with them.
  const multi = [...drafts.values()].filter((d) => d.tokens.length > 1);
  const bySurname = new Map<string, Draft[]>();
  for (const d of multi) {
    const surname = d.tokens.at(-1)!;
    const list = bySurname.get(surname) ?? [];
    list.push(d);
    bySurname.set(surname, list);
  }
  const absorb = (into: Draft, from: Draft) => {
    for (const [name, n] of from.names) bump(into.aliases, name, n);
    for (const [alias, n] of from.aliases) bump(into.aliases, alias, n);
    for (const ref of from.refs) into.refs.push(ref);
    from.merged = true;
    into.absorbed = true;
  };
  for (const d of multi) {
    if (d.merged) continue;
    for (const alias of d.aliases.keys()) {
      const other = drafts.get(keyOf(alias));
      if (other && other !== d && !other.merged && other.tokens.length > 1) {
        // Keep the shorter full form as the name: titles make names longer, not more exact.
        if (other.key.length < d.key.length) {
          absorb(other, d);
          break;
        }
        absorb(d, other);
      }
    }
  }
  // A full name with words in front of it (`Treasury Secretary James Baker`, a misspelt title) is the
  // shorter full name when that one is the commoner form: leading words are titles, not given names.
  for (const d of multi) {
    if (d.merged) continue;
    const { tokens } = d;
    for (let start = 1; start <= tokens.length - 2; start++) {
      const shorter = drafts.get(tokens.slice(start).join(' '));
      if (shorter && !shorter.merged && shorter.refs.length >= d.refs.length) {
        absorb(shorter, d);
        break;
      }
    }
  }
  for (const d of drafts.values()) {
    if (d.merged || d.tokens.length !== 1) continue;
    const full = (bySurname.get(d.key) ?? []).filter((f) => !f.merged);
    if (full.length === 1) absorb(full[0]!, d);
    else if (full.length > 1) d.ambiguousWith = full.map((f) => topName(f.names));
  }

  const entries: SpeakerEntry[] = [];
  for (const d of drafts.values()) {
    if (d.merged) continue;
    const name = topName(d.names);
    const aliases = new Map(d.aliases);
    for (const [other, n] of d.names) if (other !== name) bump(aliases, other, n);
    aliases.delete(name);
    // Quote references newest story first, without an object per quote: as read, unless merged.
    const count = d.refs.length / 2;
    let quotes = Uint32Array.from(d.refs);
    if (d.absorbed) {
      const order = Uint32Array.from({ length: count }, (_, i) => i).sort(
        (a, b) =>
          rankOf[d.refs[a * 2]!]! - rankOf[d.refs[b * 2]!]! || d.refs[a * 2 + 1]! - d.refs[b * 2 + 1]!,
      );
      quotes = new Uint32Array(count * 2);
      order.forEach((from, to) => {
        quotes[to * 2] = d.refs[from * 2]!;
        quotes[to * 2 + 1] = d.refs[from * 2 + 1]!;
      });
    }
    // Sorted by story rank, so one story's quotes are adjacent.
    let storyCount = 0;
    for (let k = 0; k < count; k++) if (k === 0 || quotes[k * 2] !== quotes[k * 2 - 2]) storyCount++;
    const seenAliases = new Set<string>([keyOf(name)]);
    const aliasList: string[] = [];
    for (const [alias] of [...aliases.entries()].sort((a, b) => b[1] - a[1])) {
      const key = keyOf(alias);
      if (seenAliases.has(key)) continue;
      seenAliases.add(key);
      aliasList.push(alias);
    }
    entries.push({
      name,
      aliases: aliasList,
      quotes,
      quoteCount: count,
      storyCount,
      ambiguousWith: d.ambiguousWith,
      ...(d.organisation ? { kind: 'organisation' as const } : {}),
    });
  }

  const directory = speakerDirectoryOf(entries, keyOf);
  // A directory built by a load or reload makes its maps now, not on the first question after it.
  void directory.byKey;
  return directory;
}

/**
 * `localeCompare` as one collator: the same order, without a collator looked up for every comparison.
 * Made when first needed (a build), not at start: a collator's tables are some 3 MB of memory.
 */
let collator: Intl.Collator | undefined;
function byName(a: string, b: string): number {
  collator ??= new Intl.Collator();
  return collator.compare(a, b);
}

/** What the lookups are made from besides the entries, saved with them in the parse cache. */
export type SavedSpeakerLookups = Pick<SpeakerDirectory, 'formKeys' | 'byQuotes'>;

/**
 * The lookups over a list of speakers (also used to restore a directory saved in the parse cache, with
 * its normalised names and order by quotes: normalising and ordering every name again was most of a
 * warm start's restore of the directory).
 */
export function speakerDirectoryOf(
  entries: SpeakerEntry[],
  keyOf: (name: string) => string = normalizeName,
  saved?: SavedSpeakerLookups,
): SpeakerDirectory {
  const formKeys =
    saved?.formKeys ?? entries.flatMap((entry) => [entry.name, ...entry.aliases].map((form) => keyOf(form)));
  // Where each entry's forms start in formKeys.
  const firstForm = new Uint32Array(entries.length + 1);
  for (let index = 0; index < entries.length; index++)
    firstForm[index + 1] = firstForm[index]! + 1 + entries[index]!.aliases.length;
  // The maps by name and word: tens of thousands of keys and lists a start from the cache would make
  // before it is ready, made just after instead.
  let maps: { byKey: Map<string, number[]>; byWord: Map<string, number[]> } | undefined;
  const mapsOf = () => {
    const byKey = new Map<string, number[]>();
    const byWord = new Map<string, number[]>();
    // Entries are added in index order, so a repeat can only be the list's last element.
    const add = (map: Map<string, number[]>, key: string, index: number) => {
      const list = map.get(key);
      if (!list) map.set(key, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    };
    for (let index = 0; index < entries.length; index++)
      for (let form = firstForm[index]!; form < firstForm[index + 1]!; form++) {
        const key = formKeys[form]!;
        if (!key) continue;
        add(byKey, key, index);
        for (const word of tokensOf(key)) add(byWord, word, index);
      }
    return { byKey, byWord };
  };
  const sortedKeys = () => {
    maps ??= mapsOf();
    return [...new Set([...maps.byWord.keys(), ...maps.byKey.keys()])].sort();
  };
  const byQuotes =
    saved?.byQuotes ??
    Uint32Array.from(entries.keys()).sort(
      (a, b) => entries[b]!.quoteCount - entries[a]!.quoteCount || byName(entries[a]!.name, entries[b]!.name),
    );
  const initialsOf = () => {
    const byInitial = new Map<string, SpeakerEntry[]>();
    /** The entry each initial was last listed for: an entry is listed once an initial. */
    const listedFor = new Map<string, number>();
    for (const i of byQuotes) {
      const entry = entries[i]!;
      for (let form = firstForm[i]!; form < firstForm[i + 1]!; form++) {
        const key = formKeys[form]!;
        // The first letter of each word, without splitting the key.
        for (let at = 0; at < key.length; at++) {
          if (key[at] === ' ' || (at > 0 && key[at - 1] !== ' ')) continue;
          const initial = key[at]!;
          if (listedFor.get(initial) === i) continue;
          listedFor.set(initial, i);
          const list = byInitial.get(initial);
          if (!list) byInitial.set(initial, [entry]);
          else if (list.length < INITIAL_LIMIT) list.push(entry);
        }
      }
    }
    return byInitial;
  };
  let prefixKeys: string[] | undefined;
  let byInitial: Map<string, SpeakerEntry[]> | undefined;
  // The fuzzy index is the costliest lookup and serves only a name matched by nothing else.
  let fuse: Fuse<{ key: string; entry: number }> | undefined;
  const fuzzy = () => {
    const items: Array<{ key: string; entry: number }> = [];
    for (let index = 0; index < entries.length; index++)
      for (let at = firstForm[index]!; at < firstForm[index + 1]!; at++)
        if (formKeys[at]) items.push({ key: formKeys[at]!, entry: index });
    return new Fuse(items, { keys: ['key'], includeScore: true, threshold: 0.4, ignoreLocation: true });
  };
  return {
    entries,
    get byKey() {
      maps ??= mapsOf();
      return maps.byKey;
    },
    get byWord() {
      maps ??= mapsOf();
      return maps.byWord;
    },
    byQuotes,
    formKeys,
    get prefixKeys() {
      prefixKeys ??= sortedKeys();
      return prefixKeys;
    },
    get byInitial() {
      byInitial ??= initialsOf();
      return byInitial;
    },
    get fuse() {
      fuse ??= fuzzy();
      return fuse;
    },
  };
}

/** Longer text is matched by its words (see `resolveSpeaker`): no name is longer. */
const FUZZY_NAME_MAX = 24;

/** Name words grouped by first letter and length, built once per directory on the first typo. */
const wordGroups = new WeakMap<SpeakerDirectory, Map<string, string[]>>();

/**
 * Known name words one edit from `word` (two from a word of seven letters or more), with the same first
 * letter: only words of about its length and initial are compared, so the cost does not grow with the
 * story set the way a full fuzzy search does.
 */
function nearWords(directory: SpeakerDirectory, word: string): string[] {
  if (word.length < 4) return [];
  const groups = wordGroupsOf(directory);
  const max = word.length >= 7 ? 2 : 1;
  const near: string[] = [];
  for (let length = word.length - max; length <= word.length + max; length++)
    for (const known of groups.get(`${word[0]}${length}`) ?? [])
      if (editDistance(word, known, max) <= max) near.push(known);
  return near;
}

/** The name words by first letter and length; the library builds them at load, off the answer path. */
export function wordGroupsOf(directory: SpeakerDirectory): Map<string, string[]> {
  let groups = wordGroups.get(directory);
  if (!groups) {
    groups = new Map();
    for (const known of directory.byWord.keys()) {
      const group = `${known[0]}${known.length}`;
      const list = groups.get(group);
      if (list) list.push(known);
      else groups.set(group, [known]);
    }
    wordGroups.set(directory, groups);
  }
  return groups;
}

/** The people whose names hold every word of the key, each word as typed or one typo away. */
function resolveByNearWords(directory: SpeakerDirectory, key: string): SpeakerMatch {
  let common: Set<number> | null = null;
  for (const word of tokensOf(key)) {
    const forms = directory.byWord.has(word) ? [word] : nearWords(directory, word);
    const fits = new Set<number>();
    for (const form of forms) for (const i of directory.byWord.get(form) ?? []) fits.add(i);
    common = common ? new Set([...common].filter((i: number) => fits.has(i))) : fits;
    if (common.size === 0) return { kind: 'none' };
  }
  return common ? choose(directory, [...common]) : { kind: 'none' };
}

export type SpeakerMatch =
  | { kind: 'found'; entry: SpeakerEntry }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'none' };

const distinct = (indexes: Iterable<number>) => [...new Set(indexes)];

function choose(directory: SpeakerDirectory, indexes: number[]): SpeakerMatch {
  const unique = distinct(indexes);
  if (unique.length === 0) return { kind: 'none' };
  if (unique.length === 1) {
    const entry = directory.entries[unique[0]!]!;
    if (entry.ambiguousWith.length > 0) return { kind: 'ambiguous', candidates: entry.ambiguousWith };
    return { kind: 'found', entry };
  }
  const names = unique
    .map((i) => directory.entries[i]!)
    .sort((a, b) => b.quoteCount - a.quoteCount)
    .flatMap((entry) => (entry.ambiguousWith.length > 0 ? entry.ambiguousWith : [entry.name]));
  return { kind: 'ambiguous', candidates: [...new Set(names)] };
}

/**
 * Finds a speaker by name: exact name or alias, then every word of the query among the words of a
 * name, then a fuzzy match (`psaki` → Jen Paski). Several people fitting equally → candidates.
 */
export function resolveSpeaker(
  directory: SpeakerDirectory,
  query: string,
  options: { fuzzy?: 'full' | 'words' } = {},
): SpeakerMatch {
  const key = normalizeName(query);
  if (!key) return { kind: 'none' };
  const exact = directory.byKey.get(key);
  if (exact) return choose(directory, exact);
  // Entries holding every word: each list is scanned once (a `list.includes` per entry was quadratic).
  let common: number[] | null = null;
  for (const word of tokensOf(key)) {
    const list = directory.byWord.get(word) ?? [];
    if (common === null) common = [...list];
    else {
      const inList = new Set(list);
      common = common.filter((i) => inList.has(i));
    }
    if (common.length === 0) break;
  }
  if (common && common.length > 0) return choose(directory, common);
  // A fuzzy search costs the pattern's length times every name: autocomplete (a request per keystroke)
  // and long text take the bounded word-by-word typo match instead.
  if (options.fuzzy === 'words' || key.length > FUZZY_NAME_MAX) return resolveByNearWords(directory, key);
  const hits = directory.fuse.search(key, { limit: 10 });
  const best = hits[0];
  if (!best) return { kind: 'none' };
  const bestScore = best.score ?? 1;
  const close = hits.filter((hit) => (hit.score ?? 1) - bestScore < 0.05).map((hit) => hit.item.entry);
  return choose(directory, close);
}

/** Speakers whose name or a word of it starts with the text; most quoted first. */
export function speakersWithPrefix(directory: SpeakerDirectory, text: string, limit: number): SpeakerEntry[] {
  const key = normalizeName(text);
  if (!key) return [...directory.byQuotes.subarray(0, limit)].map((i) => directory.entries[i]!);
  if (key.length === 1 && limit <= INITIAL_LIMIT) return (directory.byInitial.get(key) ?? []).slice(0, limit);
  const keys = directory.prefixKeys;
  const lo = lowerBound(keys, key);
  const found = new Set<number>();
  for (let i = lo; i < keys.length && keys[i]!.startsWith(key) && found.size < 2000; i++) {
    for (const entry of directory.byWord.get(keys[i]!) ?? []) found.add(entry);
    for (const entry of directory.byKey.get(keys[i]!) ?? []) found.add(entry);
  }
  return [...found]
    .map((i) => directory.entries[i]!)
    .sort((a, b) => b.quoteCount - a.quoteCount)
    .slice(0, limit);
}
