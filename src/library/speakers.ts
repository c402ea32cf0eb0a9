/**
 * Everyone quoted in the set, merged across stories. A story names a person its own way (`Kerry` in
 * one, `John Kerry` in another); names are merged when they are compatible and unambiguous. A bare
 * surname shared by several full names (`Smith`: John Smith, Adam Smith) stays apart and, when asked
 * for, gives candidates instead of a guess.
 */

import Fuse from 'fuse.js';
import { lowerBound, withSorted } from './lowerBound.ts';
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

/** A name as read from the stories, before names are merged; not changed once its read is done. */
interface Draft {
  key: string;
  /** Its place in the order drafts are first met (a patch keeps it). */
  ordinal: number;
  /** The key's words. */
  tokens: string[];
  names: Map<string, number>;
  aliases: Map<string, number>;
  /** Quote references as read: oldest story first, each story's quotes last to first. */
  refs: Uint32Array;
  /** While a read runs: the references it adds (put into `refs` at its end). */
  more: number[] | null;
  lastStory: number;
  organisation: boolean;
}

/**
 * What a directory is made from: every name's draft, in the order first met reading the oldest story
 * first, and which drafts each entry took in. Kept beside a directory (not in the parse cache), so that
 * stories added as the newest are read on top of it rather than every story again (see
 * `patchSpeakerDirectorySteps`): they come last in that order, as in a build from every story.
 */
interface Tally {
  drafts: Map<string, Draft>;
  /** Names as written → normalised (see keyCache). */
  keys: Map<string, string>;
  /** Each entry's draft, entry by entry (by ordinal). */
  roots: Uint32Array;
  /** By draft ordinal: the draft whose entry holds its quotes (itself for an entry's draft). */
  rootOf: Uint32Array;
  /** By draft ordinal: how many drafts an entry's draft holds (0 for a draft taken in). */
  members: Uint32Array;
  /** By draft ordinal: the entry of an entry's draft, -1 for a draft taken in. */
  entryOf: Int32Array;
  /** The drafts each entry holds, in the order it took them in, entry after entry; `groupStart` where each starts. */
  groups: Uint32Array;
  groupStart: Uint32Array;
  /** By draft ordinal: the pass of the merge that took it in (1 by alias, 2 a title-led name, 3 a surname; 0 none), and into which draft. */
  via: Uint8Array;
  into: Int32Array;
}

const tallies = new WeakMap<SpeakerDirectory, Tally>();

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

/** Names repeat across stories: each distinct one normalised once (a patch goes on with its build's). */
function keyCache(keys = new Map<string, string>()): (name: string) => string {
  return (name) => {
    let key = keys.get(name);
    if (key === undefined) {
      key = normalizeName(name);
      keys.set(name, key);
    }
    return key;
  };
}

/**
 * Builds the directory. `rankOf[story]` orders stories newest first, so each speaker's quotes come out
 * newest first without sorting at query time.
 */
export function buildSpeakerDirectory(stories: StoryStore, rankOf: Uint32Array): SpeakerDirectory {
  return runNow(speakerDirectorySteps(stories, rankOf));
}

/** Story numbers from the oldest to the newest (the reverse of `rankOf`'s order). */
function oldestFirst(rankOf: Uint32Array, from = 0): Uint32Array {
  const byRank = new Uint32Array(rankOf.length - from);
  const last = rankOf.length - 1;
  for (let s = 0; s < rankOf.length; s++) {
    const at = last - rankOf[s]!;
    if (at < byRank.length) byRank[at] = s;
  }
  return byRank;
}

/** `buildSpeakerDirectory` as steps (see slices.ts): a story of thousands of quotes is read in slices. */
export function* speakerDirectorySteps(stories: StoryStore, rankOf: Uint32Array): Steps<SpeakerDirectory> {
  const keys = new Map<string, string>();
  const drafts = new Map<string, Draft>();
  yield* readSteps(drafts, null, stories, oldestFirst(rankOf), keyCache(keys));
  return yield* directorySteps(drafts, rankOf, keys);
}

/**
 * The directory of the stories of `previous` with stories added as the newest (every one ranked before
 * every other, none of the others changed, each keeping its number): the added stories are read on top of
 * the previous directory's tally, and the entries and lookups none of them touch are kept. The result is
 * the directory a build from every story makes. Undefined when `previous` has no tally (one restored from
 * the cache before `prepareSpeakerTally`).
 */
export function* patchSpeakerDirectorySteps(
  previous: SpeakerDirectory,
  stories: StoryStore,
  rankOf: Uint32Array,
  added: number,
): Steps<SpeakerDirectory | undefined> {
  const tally = tallies.get(previous);
  if (!tally) return undefined;
  const drafts = new Map(tally.drafts);
  const touched = new Set<string>();
  // The added stories are ranks 0 to added - 1: read oldest first, after every other.
  const order = new Uint32Array(added);
  for (let s = 0; s < rankOf.length; s++) if (rankOf[s]! < added) order[added - 1 - rankOf[s]!] = s;
  yield* readSteps(drafts, touched, stories, order, keyCache(tally.keys));
  return yield* directorySteps(drafts, rankOf, tally.keys, { directory: previous, tally, touched });
}

/**
 * Reads a tally for a directory restored from the parse cache, in slices, and keeps it when the entries
 * it makes are the directory's (a cache written by another build's order keeps none): stories added
 * later are then patched in (see patchSpeakerDirectorySteps).
 */
export function* speakerTallySteps(
  directory: SpeakerDirectory,
  stories: StoryStore,
  rankOf: Uint32Array,
): Steps<boolean> {
  if (tallies.has(directory)) return true;
  const keys = new Map<string, string>();
  const drafts = new Map<string, Draft>();
  yield* readSteps(drafts, null, stories, oldestFirst(rankOf), keyCache(keys));
  const keyOf = keyCache(keys);
  const work = yield* mergeSteps(drafts, keyOf);
  // Each entry made and compared in turn, none kept.
  let at = 0;
  for (const m of work) {
    if (m.merged) continue;
    const entry = directory.entries[at++];
    if (!entry || !sameEntry(newEntry(m, rankOf, keyOf), entry)) return false;
    if ((at & (ITEMS_PER_STEP - 1)) === 0) yield;
  }
  if (at !== directory.entries.length) return false;
  tallies.set(directory, tallyOf(work, drafts, keys));
  return true;
}

function sameEntry(a: SpeakerEntry, b: SpeakerEntry): boolean {
  const sameList = (x: readonly unknown[], y: readonly unknown[]) =>
    x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    a.name === b.name &&
    a.quoteCount === b.quoteCount &&
    a.storyCount === b.storyCount &&
    a.kind === b.kind &&
    sameList(a.aliases, b.aliases) &&
    sameList(a.ambiguousWith, b.ambiguousWith) &&
    a.quotes.length === b.quotes.length &&
    a.quotes.every((ref, i) => ref === b.quotes[i])
  );
}

/**
 * Reads the quotes of `order`'s stories into drafts. With `touched`, a draft met that is not in it yet is
 * copied first (the drafts are a previous tally's, which its directory keeps) and its key added.
 */
function* readSteps(
  drafts: Map<string, Draft>,
  touched: Set<string> | null,
  stories: StoryStore,
  order: Uint32Array,
  keyOf: (name: string) => string,
): Steps<void> {
  const draft = (key: string): Draft => {
    let d = drafts.get(key);
    if (!d) {
      d = {
        key,
        ordinal: drafts.size,
        tokens: tokensOf(key),
        names: new Map(),
        aliases: new Map(),
        refs: NO_REFS,
        more: null,
        lastStory: -1,
        organisation: false,
      };
      drafts.set(key, d);
      touched?.add(key);
    } else if (touched && !touched.has(key)) {
      d = { ...d, names: new Map(d.names), aliases: new Map(d.aliases) };
      drafts.set(key, d);
      touched.add(key);
    }
    return d;
  };
  // Each speaker's name as written, by its number in a column set's strings: the draft it goes to and
  // how many quotes it has, counted in place (a map per quote was most of the read); a name's forms
  // are numbered in the order they are first met, which is the order a draft's names are listed in.
  const formDraft: Draft[] = [];
  /** The drafts this read added references to. */
  const grown: Draft[] = [];
  const formName: string[] = [];
  const formCount: number[] = [];
  /** Per column set: each string's form + 1 (0 not met yet, -1 a name without letters). */
  const formsOf = new Map<StoryColumnsReader, Int32Array>();
  let lastReader: StoryColumnsReader | undefined;
  let forms: Int32Array = new Int32Array(0);
  // Stories are read oldest first, each one's quotes last to first: reversed, each speaker's quotes are
  // in rank order (a sort of every speaker's quotes cost a third of a build at 100,000 stories), and
  // stories added as the newest are read last. The directory does not depend on how stories are
  // numbered (a reload numbers them otherwise than a fresh load).
  let read = 0;
  for (const s of order) {
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
    for (let q = reader.quoteCount(row) - 1; q >= 0; q--) {
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
      if (d.more) d.more.push(s, q);
      else {
        d.more = [s, q];
        grown.push(d);
      }
      // Aliases count once per story, at the speaker's first quote read in it.
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
  for (const d of grown) {
    const refs = new Uint32Array(d.refs.length + d.more!.length);
    refs.set(d.refs);
    refs.set(d.more!, d.refs.length);
    d.refs = refs;
    d.more = null;
  }
}

const NO_REFS = new Uint32Array(0);

/** A draft as the merge sees it: the drafts themselves are left as read. */
interface Merging {
  d: Draft;
  merged: boolean;
  /** Its own aliases with those of the drafts it took in (a copy made at the first it takes in). */
  aliases: Map<string, number>;
  /** The drafts whose quotes it holds, itself first. */
  members: Draft[];
  refCount: number;
  ambiguousWith: string[];
  /** The pass that took it in, and into which draft's (see Tally). */
  via?: number;
  into?: number;
}

/** The previous directory a patch starts from, its tally, and the keys of the drafts the added stories met. */
interface PatchBase {
  directory: SpeakerDirectory;
  tally: Tally;
  touched: Set<string>;
}

/** Merges the drafts into entries and makes the directory (and its tally). */
function* directorySteps(
  drafts: Map<string, Draft>,
  rankOf: Uint32Array,
  keys: Map<string, string>,
  base?: PatchBase,
): Steps<SpeakerDirectory> {
  const keyOf = keyCache(keys);
  const same = base && mergedAsBefore(drafts, base, rankOf, keyOf);
  if (base && same) {
    const directory = speakerDirectoryOf(same.entries, keyOf, undefined, {
      directory: base.directory,
      changed: same.changed,
    });
    tallies.set(directory, same.tally);
    void directory.byKey;
    return directory;
  }
  const work = yield* mergeSteps(drafts, keyOf);
  const entries: SpeakerEntry[] = [];
  /** Entries made anew (not the previous directory's), by index. */
  const changed: number[] = [];
  const touched = base && new Uint8Array(work.length);
  if (base && touched) for (const key of base.touched) touched[drafts.get(key)!.ordinal] = 1;
  let made = 0;
  for (const m of work) {
    if (m.merged) continue;
    const kept = base && touched && keptEntry(m, base, touched);
    if (kept) {
      entries.push(kept);
      continue;
    }
    changed.push(entries.length);
    entries.push(newEntry(m, rankOf, keyOf));
    if ((++made & (ITEMS_PER_STEP - 1)) === 0) yield;
  }
  const tally = tallyOf(work, drafts, keys);
  // The lookups are patched when every previous entry kept its place (new ones come after).
  const inPlace =
    base !== undefined &&
    base.tally.roots.length <= tally.roots.length &&
    base.tally.roots.every((root, i) => tally.roots[i] === root);
  const directory = inPlace
    ? speakerDirectoryOf(entries, keyOf, undefined, { directory: base.directory, changed })
    : speakerDirectoryOf(entries, keyOf);
  tallies.set(directory, tally);
  // A directory built by a load or reload makes its maps now, not on the first question after it.
  void directory.byKey;
  return directory;
}

/**
 * The entries when the added stories leave every merge of names as it was, so that only the entries
 * of the drafts they touched, and new entries for new names, are made (no merge of every draft again);
 * null when that cannot be told from what changed, and the merge is run. A touched draft keeps its group
 * when it gained no alias (quotes and names as written change no merge) and no draft of its group is in
 * the merge of a longer name into a shorter one (which compares quote counts); a new name stays alone
 * when no previous name, alias or name word is it, none of its aliases or its surname is a name, and it
 * is in no merge of a longer name.
 */
function mergedAsBefore(
  drafts: Map<string, Draft>,
  base: PatchBase,
  rankOf: Uint32Array,
  keyOf: (name: string) => string,
): { entries: SpeakerEntry[]; changed: number[]; tally: Tally } | null {
  const { tally, touched, directory } = base;
  const before = tally.rootOf.length;
  const byOrdinal = [...drafts.values()];
  const count = byOrdinal.length;
  const fresh = (d: Draft) => d.ordinal >= before;
  const added = [...touched].map((key) => drafts.get(key)!);
  const newKeys = new Set(added.filter(fresh).map((d) => d.key));
  let lastWords: Set<string> | undefined;
  /** The last words of every full name. */
  const surnames = () => {
    lastWords ??= new Set(byOrdinal.filter((d) => d.tokens.length > 1).map((d) => d.tokens.at(-1)!));
    return lastWords;
  };
  const suffixesOf = (d: Draft) => {
    const out: string[] = [];
    for (let start = 1; start <= d.tokens.length - 2; start++) out.push(d.tokens.slice(start).join(' '));
    return out;
  };
  let longer: Map<string, Draft[]> | undefined;
  /**
   * Whether more quotes for the draft may change the merge of a longer name into a shorter one (which
   * takes the first shorter form, longest first, with at least its quotes). As the longer one, unless
   * `kept` and it is an entry's own: it was merged into none, and with more quotes it is not either. As
   * the shorter one, unless `kept` and each longer one was merged by alias, or into a shorter form
   * at least as long (reached first, and still taken), or has more quotes of its own than its whole
   * group now (still not taken), or it was itself merged by alias (never taken).
   */
  const inTitleMerge = (d: Draft, kept: boolean) => {
    if (!longer) {
      longer = new Map();
      for (const other of byOrdinal)
        if (other.tokens.length >= 3)
          for (const key of suffixesOf(other)) {
            const list = longer.get(key);
            if (list) list.push(other);
            else longer.set(key, [other]);
          }
    }
    const longerForms = longer.get(d.key);
    if (longerForms) {
      if (!kept) return true;
      // Its quotes then were at most its group's now; the longer one's at least its own.
      let most = 0;
      for (const member of groupOf(tally.rootOf[d.ordinal]!)) most += byOrdinal[member]!.refs.length / 2;
      const safe = (m: Draft) =>
        m.ordinal < before &&
        (tally.via[m.ordinal] === 1 ||
          (tally.via[m.ordinal] === 2 &&
            byOrdinal[tally.into[m.ordinal]!]!.tokens.length >= d.tokens.length) ||
          most < m.refs.length / 2);
      if (tally.via[d.ordinal] !== 1 && !longerForms.every(safe)) return true;
    }
    if (kept && tally.rootOf[d.ordinal] === d.ordinal) return false;
    return suffixesOf(d).some((key) => drafts.has(key));
  };
  const known = (key: string) => directory.byKey.has(key);
  const groupOf = (root: number) =>
    tally.groups.subarray(
      tally.groupStart[tally.entryOf[root]!]!,
      tally.groupStart[tally.entryOf[root]! + 1]!,
    );
  for (const d of added) {
    if (!fresh(d)) {
      // An alias merges a full name with another full name, not a bare one.
      const then = tally.drafts.get(d.key)!.aliases;
      if (d.tokens.length > 1 && d.aliases.size !== then.size)
        for (const alias of d.aliases.keys()) {
          const key = then.has(alias) ? d.key : keyOf(alias);
          if (key !== d.key && (drafts.get(key)?.tokens.length ?? 0) > 1) return null;
        }
      for (const member of groupOf(tally.rootOf[d.ordinal]!))
        if (inTitleMerge(byOrdinal[member]!, true)) return null;
      continue;
    }
    if (d.tokens.length === 1) {
      // A bare name is merged only as a surname.
      if (surnames().has(d.key)) return null;
      continue;
    }
    if (known(d.key)) return null;
    for (const alias of d.aliases.keys()) {
      const key = keyOf(alias);
      // Only a full name is merged by alias.
      if (key !== d.key && key.includes(' ') && (known(key) || newKeys.has(key))) return null;
    }
    const surname = d.tokens.at(-1)!;
    if (drafts.has(surname) || inTitleMerge(d, false)) return null;
  }
  // Every group stands: the entries of touched ones are made again, new names are new entries after.
  const entries = directory.entries.slice();
  const rebuilt = new Map<number, string[] | undefined>();
  for (const d of added) if (!fresh(d)) rebuilt.set(tally.rootOf[d.ordinal]!, undefined);
  // A surname shared by full names lists their commonest names, which the touched ones may have changed.
  for (const d of added) {
    if (fresh(d) || d.tokens.length === 1 || tally.rootOf[d.ordinal] !== d.ordinal) continue;
    const single = drafts.get(d.tokens.at(-1)!);
    if (!single || tally.rootOf[single.ordinal] !== single.ordinal) continue;
    const previous = entries[tally.entryOf[single.ordinal]!]!;
    if (previous.ambiguousWith.length === 0) continue;
    const names: string[] = [];
    for (const full of byOrdinal)
      if (
        full.tokens.length > 1 &&
        full.tokens.at(-1) === single.key &&
        full.ordinal < before &&
        tally.rootOf[full.ordinal] === full.ordinal
      )
        names.push(topName(full.names));
    if (names.some((name, i) => name !== previous.ambiguousWith[i])) rebuilt.set(single.ordinal, names);
  }
  const changed: number[] = [];
  for (const [root, ambiguous] of rebuilt) {
    const at = tally.entryOf[root]!;
    const members = [...groupOf(root)].map((ordinal) => byOrdinal[ordinal]!);
    const d = members[0]!;
    let aliases = d.aliases;
    if (members.length > 1) {
      aliases = new Map(aliases);
      for (const member of members.slice(1)) {
        for (const [name, n] of member.names) bump(aliases, name, n);
        for (const [alias, n] of member.aliases) bump(aliases, alias, n);
      }
    }
    const refCount = members.reduce((sum, member) => sum + member.refs.length / 2, 0);
    entries[at] = newEntry(
      {
        d,
        merged: false,
        aliases,
        members,
        refCount,
        ambiguousWith: ambiguous ?? entries[at]!.ambiguousWith,
      },
      rankOf,
      keyOf,
    );
    changed.push(at);
  }
  changed.sort((a, b) => a - b);
  const rootOf = new Uint32Array(count);
  rootOf.set(tally.rootOf);
  const members = new Uint32Array(count);
  members.set(tally.members);
  const entryOf = new Int32Array(count).fill(-1);
  entryOf.set(tally.entryOf);
  const roots = Array.from(tally.roots);
  const groups = new Uint32Array(count);
  groups.set(tally.groups);
  const groupStart = Array.from(tally.groupStart);
  for (let ordinal = before; ordinal < count; ordinal++) {
    const d = byOrdinal[ordinal]!;
    rootOf[ordinal] = ordinal;
    members[ordinal] = 1;
    entryOf[ordinal] = entries.length;
    roots.push(ordinal);
    groups[groupStart.at(-1)!] = ordinal;
    groupStart.push(groupStart.at(-1)! + 1);
    changed.push(entries.length);
    entries.push(
      newEntry(
        {
          d,
          merged: false,
          aliases: d.aliases,
          members: [d],
          refCount: d.refs.length / 2,
          ambiguousWith: [],
        },
        rankOf,
        keyOf,
      ),
    );
  }
  const via = new Uint8Array(count);
  via.set(tally.via);
  const into = new Int32Array(count).fill(-1);
  into.set(tally.into);
  const next = { ...tally, drafts, rootOf, members, entryOf, groups, via, into };
  return {
    entries,
    changed,
    tally: { ...next, roots: Uint32Array.from(roots), groupStart: Uint32Array.from(groupStart) },
  };
}

/** What a tally keeps of a merge: each entry's draft, and the drafts each one holds. */
function tallyOf(work: readonly Merging[], drafts: Map<string, Draft>, keys: Map<string, string>): Tally {
  const count = work.length;
  const rootOf = new Uint32Array(count);
  const members = new Uint32Array(count);
  const entryOf = new Int32Array(count).fill(-1);
  const roots: number[] = [];
  const groups = new Uint32Array(count);
  const groupStart: number[] = [0];
  const via = Uint8Array.from(work, (m) => m.via ?? 0);
  const into = Int32Array.from(work, (m) => m.into ?? -1);
  for (const m of work) {
    if (m.merged) continue;
    const root = m.d.ordinal;
    entryOf[root] = roots.length;
    roots.push(root);
    members[root] = m.members.length;
    let at = groupStart.at(-1)!;
    for (const member of m.members) {
      rootOf[member.ordinal] = root;
      groups[at++] = member.ordinal;
    }
    groupStart.push(at);
  }
  return {
    drafts,
    keys,
    roots: Uint32Array.from(roots),
    rootOf,
    members,
    entryOf,
    groups,
    groupStart: Uint32Array.from(groupStart),
    via,
    into,
  };
}

/** Merges the drafts' names (see below), leaving the drafts as they are: each draft as merged, by ordinal. */
function* mergeSteps(drafts: Map<string, Draft>, keyOf: (name: string) => string): Steps<Merging[]> {
  /** Each draft as merged, by ordinal. */
  const work: Merging[] = [];
  for (const d of drafts.values())
    work.push({
      d,
      merged: false,
      aliases: d.aliases,
      members: [d],
      refCount: d.refs.length / 2,
      ambiguousWith: [],
    });
  const workOf = (key: string) => {
    const d = drafts.get(key);
    return d && work[d.ordinal];
  };
  yield;
  const aliasesToWrite = (m: Merging) => {
    if (m.members.length === 1) m.aliases = new Map(m.aliases);
    return m.aliases;
  };
  const absorb = (into: Merging, from: Merging, pass: number) => {
    from.via = pass;
    from.into = into.d.ordinal;
    const aliases = aliasesToWrite(into);
    for (const [name, n] of from.d.names) bump(aliases, name, n);
    for (const [alias, n] of from.aliases) bump(aliases, alias, n);
    for (const member of from.members) into.members.push(member);
    into.refCount += from.refCount;
    from.merged = true;
  };

  // Merge multi-word names that a story's person lists as aliases of each other (Ali Khamenei ↔
  // Ayatollah Ali Khamenei), and bare surnames into the one full name that ends with them.
  const multi = work.filter((m) => m.d.tokens.length > 1);
  const bySurname = new Map<string, Merging[]>();
  for (const m of multi) {
    const surname = m.d.tokens.at(-1)!;
    const list = bySurname.get(surname);
    if (list) list.push(m);
    else bySurname.set(surname, [m]);
  }
  for (const m of multi) {
    if (m.merged) continue;
    // Its aliases as they grow: what it takes in is read too (the map is copied once, at the first).
    let map = m.aliases;
    let names = map.keys();
    let at = 0;
    for (;;) {
      if (m.aliases !== map) {
        map = m.aliases;
        names = map.keys();
        for (let skip = 0; skip < at; skip++) names.next();
      }
      const next = names.next();
      if (next.done) break;
      at++;
      const other = workOf(keyOf(next.value));
      if (other && other !== m && !other.merged && other.d.tokens.length > 1) {
        // Keep the shorter full form as the name: titles make names longer, not more exact.
        if (other.d.key.length < m.d.key.length) {
          absorb(other, m, 1);
          break;
        }
        absorb(m, other, 1);
      }
    }
  }
  yield;
  // A full name with words in front of it (`Treasury Secretary James Baker`, a misspelt title) is the
  // shorter full name when that one is the commoner form: leading words are titles, not given names.
  for (const m of multi) {
    if (m.merged || m.d.tokens.length < 3) continue;
    const { tokens } = m.d;
    for (let start = 1; start <= tokens.length - 2; start++) {
      const shorter = workOf(tokens.slice(start).join(' '));
      if (shorter && !shorter.merged && shorter.refCount >= m.refCount) {
        absorb(shorter, m, 2);
        break;
      }
    }
  }
  for (const m of work) {
    if (m.merged || m.d.tokens.length !== 1) continue;
    const full = (bySurname.get(m.d.key) ?? []).filter((f) => !f.merged);
    if (full.length === 1) absorb(full[0]!, m, 3);
    else if (full.length > 1) m.ambiguousWith = full.map((f) => topName(f.d.names));
  }
  return work;
}

/** The previous directory's entry for this one when none of its drafts changed, nor what it holds. */
function keptEntry(m: Merging, base: PatchBase, touched: Uint8Array): SpeakerEntry | undefined {
  const { tally } = base;
  const root = m.d.ordinal;
  if (root >= tally.entryOf.length) return undefined;
  const at = tally.entryOf[root]!;
  if (at < 0 || tally.members[root] !== m.members.length) return undefined;
  for (const member of m.members)
    if (
      touched[member.ordinal] === 1 ||
      member.ordinal >= tally.rootOf.length ||
      tally.rootOf[member.ordinal] !== root
    )
      return undefined;
  const entry = base.directory.entries[at]!;
  const { ambiguousWith } = m;
  if (
    entry.ambiguousWith.length !== ambiguousWith.length ||
    entry.ambiguousWith.some((name, i) => name !== ambiguousWith[i])
  )
    return undefined;
  return entry;
}

function newEntry(m: Merging, rankOf: Uint32Array, keyOf: (name: string) => string): SpeakerEntry {
  const { d } = m;
  const name = topName(d.names);
  const aliases = new Map(m.aliases);
  for (const [other, n] of d.names) if (other !== name) bump(aliases, other, n);
  aliases.delete(name);
  // Quote references newest story first, without an object per quote: as read, reversed, unless merged.
  const count = m.refCount;
  const quotes = new Uint32Array(count * 2);
  if (m.members.length === 1) {
    const { refs } = d;
    for (let k = 0; k < count; k++) {
      quotes[k * 2] = refs[refs.length - 2 - k * 2]!;
      quotes[k * 2 + 1] = refs[refs.length - 1 - k * 2]!;
    }
  } else {
    const refs = new Uint32Array(count * 2);
    let at = 0;
    for (const member of m.members) {
      refs.set(member.refs, at);
      at += member.refs.length;
    }
    const order = Uint32Array.from({ length: count }, (_, i) => i).sort(
      (a, b) => rankOf[refs[a * 2]!]! - rankOf[refs[b * 2]!]! || refs[a * 2 + 1]! - refs[b * 2 + 1]!,
    );
    order.forEach((from, to) => {
      quotes[to * 2] = refs[from * 2]!;
      quotes[to * 2 + 1] = refs[from * 2 + 1]!;
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
  return {
    name,
    aliases: aliasList,
    quotes,
    quoteCount: count,
    storyCount,
    ambiguousWith: m.ambiguousWith,
    ...(d.organisation ? { kind: 'organisation' as const } : {}),
  };
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

/** A directory's entries patched in place (see patchSpeakerDirectorySteps): the lookups before, and the entries made anew. */
interface LookupPatch {
  directory: SpeakerDirectory;
  /** Indexes of the entries made anew, ascending: replaced ones, then those after the previous entries. */
  changed: number[];
}

/** Where each entry's forms start in formKeys (and where the last ends). */
function formStarts(entries: readonly SpeakerEntry[]): Uint32Array {
  const firstForm = new Uint32Array(entries.length + 1);
  for (let index = 0; index < entries.length; index++)
    firstForm[index + 1] = firstForm[index]! + 1 + entries[index]!.aliases.length;
  return firstForm;
}

/** The most quoted first, then by name, then by index (the order a stable sort of the indexes makes). */
const quotesOrder = (entries: readonly SpeakerEntry[]) => (a: number, b: number) =>
  entries[b]!.quoteCount - entries[a]!.quoteCount || byName(entries[a]!.name, entries[b]!.name) || a - b;

/**
 * The lookups over a list of speakers (also used to restore a directory saved in the parse cache, with
 * its normalised names and order by quotes: normalising and ordering every name again was most of a
 * warm start's restore of the directory). With `patch`, those of the previous entries are patched at the
 * entries made anew, into the lookups a build from the entries makes.
 */
export function speakerDirectoryOf(
  entries: SpeakerEntry[],
  keyOf: (name: string) => string = normalizeName,
  saved?: SavedSpeakerLookups,
  patch?: LookupPatch,
): SpeakerDirectory {
  const previous = patch?.directory;
  const previousFirst = previous && formStarts(previous.entries);
  const changed = new Set(patch?.changed);
  const formsOf = (entry: SpeakerEntry) => [entry.name, ...entry.aliases].map((form) => keyOf(form));
  let formKeys: string[];
  if (saved) formKeys = saved.formKeys;
  else if (previous && previousFirst) {
    formKeys = [];
    for (let i = 0; i < entries.length; i++) {
      if (changed.has(i)) for (const key of formsOf(entries[i]!)) formKeys.push(key);
      else
        for (let form = previousFirst[i]!; form < previousFirst[i + 1]!; form++)
          formKeys.push(previous.formKeys[form]!);
    }
  } else formKeys = entries.flatMap(formsOf);
  const firstForm = formStarts(entries);
  /** An entry's keys, or their words, in order (repeats kept). */
  const keysAt = (keys: readonly string[], first: Uint32Array, i: number, words: boolean) => {
    const out: string[] = [];
    for (let form = first[i]!; form < first[i + 1]!; form++) {
      const key = keys[form]!;
      if (!key) continue;
      if (words) for (const word of tokensOf(key)) out.push(word);
      else out.push(key);
    }
    return out;
  };
  // The maps by name and word: tens of thousands of keys and lists a start from the cache would make
  // before it is ready, made just after instead.
  let maps: { byKey: Map<string, number[]>; byWord: Map<string, number[]> } | undefined;
  /** With a patch, the keys neither previous map had. */
  let fresh: string[] | undefined;
  const mapsOf = () => {
    if (patch) {
      const byKey = patchedMap(patch.directory.byKey, false);
      const byWord = byKey && patchedMap(patch.directory.byWord, true);
      if (byKey && byWord) {
        const known = (key: string) => patch.directory.byKey.has(key) || patch.directory.byWord.has(key);
        fresh = [...new Set([...byKey.fresh, ...byWord.fresh])].filter((key) => !known(key));
        return { byKey: byKey.map, byWord: byWord.map };
      }
    }
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
  /**
   * A previous map with the entries made anew in it: keys in the order a build meets them (each at its
   * first entry, in that entry's order), walked alongside the previous map's, which are in that order
   * too; lists no entry made anew is in are the previous ones. Null when an entry lost a key (a build
   * is made instead).
   */
  const patchedMap = (old: Map<string, number[]>, words: boolean) => {
    const { directory, changed: indexes } = patch!;
    const more = new Map<string, number[]>();
    /** Whether an entry in place of a previous one has a key that one had not. */
    let grown = false;
    for (const i of indexes) {
      const now = new Set(keysAt(formKeys, firstForm, i, words));
      const before = new Set(
        i < directory.entries.length ? keysAt(directory.formKeys, previousFirst!, i, words) : [],
      );
      for (const key of before) if (!now.has(key)) return null;
      for (const key of now)
        if (!before.has(key)) {
          if (i < directory.entries.length) grown = true;
          const list = more.get(key);
          if (list) list.push(i);
          else more.set(key, [i]);
        }
    }
    const fresh = [...more.keys()].filter((key) => !old.has(key));
    const listOf = (key: string, list: number[] | undefined): number[] => {
      const extra = more.get(key);
      if (!extra) return list!;
      if (!list) return extra;
      const merged: number[] = [];
      let a = 0;
      let b = 0;
      while (a < list.length || b < extra.length)
        merged.push(
          b >= extra.length || (a < list.length && list[a]! < extra[b]!) ? list[a++]! : extra[b++]!,
        );
      return merged;
    };
    if (!grown) {
      // Only entries after the previous ones have keys to add: a key first met there comes after every
      // other, in their order, and every other stays where it was.
      const map = new Map(old);
      for (const key of more.keys()) map.set(key, listOf(key, old.get(key)));
      return { map, fresh };
    }
    const map = new Map<string, number[]>();
    const walk = old.entries();
    let pending = walk.next();
    for (let i = 0; i < entries.length; i++) {
      if (changed.has(i))
        for (const key of keysAt(formKeys, firstForm, i, words))
          if (!map.has(key)) map.set(key, listOf(key, old.get(key)));
      while (!pending.done && pending.value[1][0] === i) {
        const [key, list] = pending.value;
        if (!map.has(key)) map.set(key, listOf(key, list));
        pending = walk.next();
      }
    }
    if (!pending.done) return null;
    return { map, fresh };
  };
  const sortedKeys = () => {
    maps ??= mapsOf();
    if (fresh && previous) {
      const keys = previous.prefixKeys;
      const added = fresh.sort();
      const out: string[] = [];
      let a = 0;
      for (const key of added) {
        const at = lowerBound(keys, key);
        while (a < at) out.push(keys[a++]!);
        out.push(key);
      }
      while (a < keys.length) out.push(keys[a++]!);
      return out;
    }
    return [...new Set([...maps.byWord.keys(), ...maps.byKey.keys()])].sort();
  };
  const order = quotesOrder(entries);
  let byQuotes: Uint32Array;
  if (saved) byQuotes = saved.byQuotes;
  else if (previous) {
    // The entries kept stay in their order; those made anew are put in theirs, each where a binary
    // search finds it (names compared a few times each, not once per entry).
    const kept = previous.byQuotes.filter((i) => !changed.has(i));
    byQuotes = withSorted(kept, [...changed].sort(order), (a, b) => order(a, b) < 0);
  } else byQuotes = Uint32Array.from(entries.keys()).sort(order);
  /** The first letter of each word of an entry's forms. */
  const initialsAt = (i: number) => {
    const initials = new Set<string>();
    for (let form = firstForm[i]!; form < firstForm[i + 1]!; form++) {
      const key = formKeys[form]!;
      // The first letter of each word, without splitting the key.
      for (let at = 0; at < key.length; at++)
        if (key[at] !== ' ' && (at === 0 || key[at - 1] === ' ')) initials.add(key[at]!);
    }
    return initials;
  };
  const initialsOf = () => {
    const byInitial = new Map<string, SpeakerEntry[]>();
    for (const i of byQuotes) {
      const entry = entries[i]!;
      for (const initial of initialsAt(i)) {
        const list = byInitial.get(initial);
        if (!list) byInitial.set(initial, [entry]);
        else if (list.length < INITIAL_LIMIT) list.push(entry);
      }
    }
    return byInitial;
  };
  /**
   * The previous lists with the entries made anew put in: one made anew only gained quotes, so no entry
   * kept can rise past the previous list's last (null when one did not, and a build is made instead).
   */
  const patchedInitials = (): Map<string, SpeakerEntry[]> | null => {
    const before = previous!;
    for (const i of changed) {
      if (i >= before.entries.length) continue;
      const [now, then] = [entries[i]!, before.entries[i]!];
      if (now.quoteCount < then.quoteCount || (now.quoteCount === then.quoteCount && now.name !== then.name))
        return null;
    }
    const byInitial = new Map(before.byInitial);
    const candidates = new Map<string, Set<number>>();
    for (const i of changed)
      for (const initial of initialsAt(i)) {
        const set = candidates.get(initial) ?? new Set<number>();
        set.add(i);
        candidates.set(initial, set);
      }
    // An entry's index, found among those of its name's key (not a map of every entry).
    const indexOf = (entry: SpeakerEntry) =>
      (before.byKey.get(keyOf(entry.name)) ?? []).find((i) => before.entries[i] === entry);
    for (const [initial, set] of candidates) {
      for (const entry of before.byInitial.get(initial) ?? []) {
        const i = indexOf(entry);
        if (i === undefined) return null;
        if (!changed.has(i)) set.add(i);
      }
      byInitial.set(
        initial,
        [...set]
          .sort(order)
          .slice(0, INITIAL_LIMIT)
          .map((i) => entries[i]!),
      );
    }
    return byInitial;
  };
  let prefixKeys: string[] | undefined;
  let byInitial: Map<string, SpeakerEntry[]> | undefined;
  // The fuzzy index is the costliest lookup and serves only a name matched by nothing else.
  let fuse: Fuse<{ key: string; entry: number }> | undefined;
  const fuzzy = () => {
    const before = previous && fuzzyIndexes.get(previous);
    const made =
      before && previousFirst
        ? patchedFuzzy(before, formKeys, firstForm, previous.formKeys, previousFirst, changed)
        : newFuzzy(formKeys, firstForm);
    fuzzyIndexes.set(directory, made);
    return made.fuse;
  };
  const directory: SpeakerDirectory = {
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
      byInitial ??= (previous && patchedInitials()) || initialsOf();
      return byInitial;
    },
    get fuse() {
      fuse ??= fuzzy();
      return fuse;
    },
  };
  return directory;
}

type FuzzyItem = { key: string; entry: number };

const FUZZY_OPTIONS = { keys: ['key'], includeScore: true, threshold: 0.4, ignoreLocation: true };

/** A fuzzy index and the items it indexes. */
interface Fuzzy {
  fuse: Fuse<FuzzyItem>;
  items: FuzzyItem[];
}

/** Each directory's fuzzy index once made: a patched directory takes the records of its kept entries from it. */
const fuzzyIndexes = new WeakMap<SpeakerDirectory, Fuzzy>();

/** Every entry's forms (but those without letters), entry after entry, from `from` on. */
function fuzzyItems(formKeys: readonly string[], firstForm: Uint32Array, from = 0): FuzzyItem[] {
  const items: FuzzyItem[] = [];
  for (let entry = from; entry + 1 < firstForm.length; entry++)
    for (let at = firstForm[entry]!; at < firstForm[entry + 1]!; at++)
      if (formKeys[at]) items.push({ key: formKeys[at]!, entry });
  return items;
}

function newFuzzy(formKeys: readonly string[], firstForm: Uint32Array): Fuzzy {
  const items = fuzzyItems(formKeys, firstForm);
  return { fuse: new Fuse(items, FUZZY_OPTIONS), items };
}

/**
 * The fuzzy index of every entry's forms with the records of the entries kept taken from the previous
 * index (their forms are the same, in the same order): only the forms of the entries made anew are
 * indexed, and the result is the index a build makes.
 */
function patchedFuzzy(
  before: Fuzzy,
  formKeys: readonly string[],
  firstForm: Uint32Array,
  previousKeys: readonly string[],
  previousFirst: Uint32Array,
  changed: ReadonlySet<number>,
): Fuzzy {
  const old = before.fuse.getIndex().toJSON();
  const count = previousFirst.length - 1;
  const formsOf = (keys: readonly string[], first: Uint32Array, entry: number) =>
    keys.slice(first[entry]!, first[entry + 1]!).filter(Boolean);
  const sameForms = [...changed].every((entry) => {
    if (entry >= count) return true;
    const [now, then] = [formsOf(formKeys, firstForm, entry), formsOf(previousKeys, previousFirst, entry)];
    return now.length === then.length && now.every((key, k) => key === then[k]);
  });
  if (sameForms) {
    // Every previous item keeps its place: the new entries' are added after.
    const added = fuzzyItems(formKeys, firstForm, count);
    const items = [...before.items, ...added];
    const records = [...old.records];
    for (const record of Fuse.createIndex(['key'], added).toJSON().records)
      records.push({ i: before.items.length + record.i, $: record.$! });
    const index = Fuse.parseIndex<FuzzyItem>({ keys: old.keys as never, records });
    return { fuse: new Fuse(items, FUZZY_OPTIONS, index), items };
  }
  const items = fuzzyItems(formKeys, firstForm);
  const made = Fuse.createIndex(
    ['key'],
    items.filter((item) => changed.has(item.entry)),
  ).toJSON().records;
  const records: typeof old.records = [];
  // The previous index's record for each kept form, walked entry by entry.
  let oldAt = 0;
  let madeAt = 0;
  let item = 0;
  for (let entry = 0; entry + 1 < firstForm.length; entry++) {
    const kept = !changed.has(entry);
    while (item < items.length && items[item]!.entry === entry) {
      const from = kept ? old.records[oldAt++]! : made[madeAt++]!;
      records.push({ i: item++, $: from.$! });
    }
    // An entry made anew in place of a previous one: that one's records are passed over.
    if (!kept && entry < count)
      for (let form = previousFirst[entry]!; form < previousFirst[entry + 1]!; form++)
        if (previousKeys[form]) oldAt++;
  }
  const index = Fuse.parseIndex<FuzzyItem>({ keys: old.keys as never, records });
  return { fuse: new Fuse(items, FUZZY_OPTIONS, index), items };
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
    if (entry.ambiguousWith.length > 0)
      return { kind: 'ambiguous', candidates: mostQuotedFirst(directory, entry.ambiguousWith) };
    return { kind: 'found', entry };
  }
  const names = unique
    .map((i) => directory.entries[i]!)
    .sort((a, b) => b.quoteCount - a.quoteCount)
    .flatMap((entry) =>
      entry.ambiguousWith.length > 0 ? mostQuotedFirst(directory, entry.ambiguousWith) : [entry.name],
    );
  return { kind: 'ambiguous', candidates: [...new Set(names)] };
}

/**
 * The people a shared name may mean, most quoted first (in the order met among equals): the order the
 * stories were read in says nothing of whom the name means, and callers look at the first few.
 */
function mostQuotedFirst(directory: SpeakerDirectory, names: readonly string[]): string[] {
  const quotesOf = (name: string) =>
    (directory.byKey.get(normalizeName(name)) ?? []).reduce((most, i) => {
      const entry = directory.entries[i]!;
      return entry.ambiguousWith.length === 0 ? Math.max(most, entry.quoteCount) : most;
    }, 0);
  return names
    .map((name, at) => ({ name, at, quotes: quotesOf(name) }))
    .sort((a, b) => b.quotes - a.quotes || a.at - b.at)
    .map((candidate) => candidate.name);
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
