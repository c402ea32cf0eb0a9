/**
 * One immutable story set with everything the answers need, built once at load time: stories in
 * newest-first order, the full-text index, speakers, places and headline words. A reload builds a new
 * snapshot beside the old one; queries hold a snapshot, so they never see a mix of two sets.
 */
import type { FileIssue, Story } from '../engine/types.ts';
import { endsOf } from './growable.ts';
import { buildHeadlineIndex, type HeadlineIndex, patchHeadlineIndex } from './headlineIndex.ts';
import { withSorted } from './lowerBound.ts';
import {
  buildPlaceIndex,
  datelinePlace,
  type PlaceEntry,
  type PlaceIndex,
  patchPlaceIndex,
  placeIndexOf,
} from './placeIndex.ts';
import { copiesOf, copyKeyBytes, restoreCopies } from './sameText.ts';
import { builtSentenceIndex, restoreSentenceIndex, type SentenceIndex } from './sentenceIndex.ts';
import { ITEMS_PER_STEP, runInSlices, runNow, type Steps } from './slices.ts';
import {
  patchSpeakerDirectorySteps,
  type SavedSpeakerLookups,
  type SpeakerDirectory,
  type SpeakerEntry,
  speakerDirectoryOf,
  speakerDirectorySteps,
} from './speakers.ts';
import { PatchedStoryNumbers, type StoryNumbers } from './storyIds.ts';
import { type StoryEntry, StoryStore } from './storyStore.ts';
import { type StringTable, StringTableBuilder } from './stringTable.ts';
import {
  compactTextIndexSteps,
  patchTextIndexSteps,
  storyTermCounts,
  swapInCompacted,
  type TermVector,
  type TextIndex,
  textIndexSteps,
  Vocabulary,
  vectorOfCounts,
} from './textIndex.ts';

export interface LoadInfo {
  /** The story folders as given. */
  dirs: string[];
  /** When this snapshot was built (ISO time). */
  loadedAt: string;
  /** Wall time of the load or reload that built it. */
  durationMs: number;
  /** Stories parsed in this load, and stories taken from the cache or the previous snapshot. */
  parsed: number;
  reused: number;
  errors: FileIssue[];
  warnings: FileIssue[];
  /** Whether the speaker, place and headline indexes came from the parse cache instead of a build. */
  restoredIndexes?: boolean;
  /** Milliseconds per phase (listing, reading, parsing, indexing, cache), for the bench and the logs. */
  timings?: Record<string, number>;
}

export interface StorySnapshot {
  /** The stories, decoded on access (`stories.at(i)`); ids, files, dates and headlines at hand. */
  readonly stories: StoryStore;
  readonly byId: StoryNumbers;
  /** Story indexes, newest first (undated stories last); `rankOf` is its inverse. */
  readonly order: Uint32Array;
  readonly rankOf: Uint32Array;
  readonly text: TextIndex;
  readonly speakers: SpeakerDirectory;
  readonly places: PlaceIndex;
  readonly headlines: HeadlineIndex;
  readonly load: LoadInfo;
}

/** The text a story is found by: its headline and its body (or its summary when the body is absent). */
export function storyTermVector(vocabulary: Vocabulary, story: Story): TermVector {
  return vectorOfCounts(vocabulary, storyTermCounts(story));
}

function newestFirst(stories: StoryStore): Uint32Array {
  const order = new Uint32Array(stories.length);
  const keys: string[] = [];
  const ids: string[] = [];
  for (let i = 0; i < stories.length; i++) {
    order[i] = i;
    keys.push(stories.dateAt(i) ?? '');
    ids.push(stories.idAt(i));
  }
  return order.sort((a, b) => {
    const da = keys[a]!;
    const db = keys[b]!;
    if (da !== db) return da < db ? 1 : -1;
    const ia = ids[a]!;
    const ib = ids[b]!;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
}

const emptyLoad = (): LoadInfo => ({
  dirs: [],
  loadedAt: new Date().toISOString(),
  durationMs: 0,
  parsed: 0,
  reused: 0,
  errors: [],
  warnings: [],
});

/**
 * The parts of a snapshot that take longest to build, in a form the parse cache can store: a warm
 * start with unchanged files restores them instead of rebuilding (about a second at 100k stories).
 */
export interface SavedIndexes {
  order: Uint32Array;
  /** The speakers without their quotes, which are in `speakerQuotes`, entry by entry. */
  speakers: Array<Omit<SpeakerEntry, 'quotes'>>;
  speakerQuotes: PackedLists;
  /** The speaker directory's normalised names and order (see speakerDirectoryOf). */
  speakerLookups?: SavedSpeakerLookups;
  /** The places without their ranks, which are in `placeRanks`, entry by entry. */
  places: Array<Omit<PlaceEntry, 'ranks'>>;
  placeRanks: PackedLists;
  headlines: { words: string[]; ranks: PackedLists };
  /** Per story, the first story with the same text, and each story's text hash (see sameText.ts). */
  copies: Uint32Array;
  copyKeys?: Uint8Array;
  /** The full-text index's postings (its vocabulary is the cache's). */
  text?: SavedTextIndex;
  /** The sentence index, when it was built by the time of the write. */
  sentences?: Omit<SentenceIndex, 'text'> & { text: SavedTextIndex };
}

/**
 * Many short lists of numbers as one array and where each list ends: the parse cache reads two arrays
 * rather than tens of thousands (a speaker's quotes, a place's and a headline word's stories), and they
 * come back as views into it.
 */
interface PackedLists {
  ends: Uint32Array;
  values: Uint32Array;
}

function packed(lists: readonly Uint32Array[]): PackedLists {
  const ends = endsOf(lists.map((list) => list.length));
  const values = new Uint32Array(ends.at(-1) ?? 0);
  lists.forEach((list, i) => {
    values.set(list, ends[i]! - list.length);
  });
  return { ends, values };
}

function unpacked({ ends, values }: PackedLists): Uint32Array[] {
  return Array.from(ends, (end, i) => values.subarray(i === 0 ? 0 : ends[i - 1]!, end));
}

type SavedTextIndex = Pick<
  TextIndex,
  'offsets' | 'docs' | 'counts' | 'lengths' | 'averageLength' | 'docCount'
>;

/** The postings as the cache stores them: with any change a reload kept apart merged in (see compactIndexes). */
function savedTextIndex(index: TextIndex): SavedTextIndex {
  const { offsets, docs, counts, lengths, averageLength, docCount } = index.changes
    ? runNow(compactTextIndexSteps(index))
    : index;
  return { offsets, docs, counts, lengths, averageLength, docCount };
}

/**
 * Merges what reloads kept beside the base postings of the snapshot's text and sentence indexes into
 * new postings, in slices: every answer stays the same, searches read one list a term again, and the
 * parse cache stores plain postings. Run after a reload, off the path of its answer.
 */
export async function compactIndexes(snapshot: StorySnapshot): Promise<void> {
  for (const index of [snapshot.text, builtSentenceIndex(snapshot)?.text]) {
    if (!index?.changes) continue;
    const from = index.changes;
    swapInCompacted(index, from, await runInSlices(compactTextIndexSteps(index)));
  }
}

const optional = <K extends string, V>(key: K, value: V | undefined | null) =>
  (value ? { [key]: value } : {}) as Partial<Record<K, V>>;

export function savedIndexesOf(snapshot: StorySnapshot): SavedIndexes {
  const sentences = builtSentenceIndex(snapshot);
  return {
    copies: copiesOf(snapshot).firstOf,
    ...optional('copyKeys', copyKeyBytes(snapshot)),
    order: snapshot.order,
    speakers: snapshot.speakers.entries.map(({ quotes, ...entry }) => entry),
    speakerQuotes: packed(snapshot.speakers.entries.map((entry) => entry.quotes)),
    speakerLookups: { formKeys: snapshot.speakers.formKeys, byQuotes: snapshot.speakers.byQuotes },
    places: snapshot.places.entries.map(({ ranks, ...entry }) => entry),
    placeRanks: packed(snapshot.places.entries.map((entry) => entry.ranks)),
    headlines: { words: snapshot.headlines.words, ranks: packed(snapshot.headlines.ranks) },
    text: savedTextIndex(snapshot.text),
    ...optional('sentences', sentences && { ...sentences, text: savedTextIndex(sentences.text) }),
  };
}

/**
 * Saved entries with the lists packed apart given back to them, each as a view into the packed values:
 * put into the entries as read from the cache (which nothing else holds), not into copies of them.
 */
function withLists<K extends string, T extends Record<K, Uint32Array>>(
  entries: ReadonlyArray<Omit<T, K>>,
  key: K,
  lists: PackedLists,
): T[] {
  const views = unpacked(lists);
  entries.forEach((entry, i) => {
    (entry as unknown as Record<K, Uint32Array>)[key] = views[i]!;
  });
  return entries as unknown as T[];
}

/**
 * What a reload changed: the snapshot before it, and the story numbers whose story was replaced, added
 * or removed (of either snapshot); every other story keeps its number.
 */
export interface SnapshotChange {
  previous: StorySnapshot;
  changed: readonly number[];
}

interface BuildOptions {
  load?: Partial<LoadInfo>;
  vocabulary?: Vocabulary;
  /**
   * Story i's term vector when it is known (parsed just now, or read back out of an earlier index);
   * others are counted from the story. Read only for the stories the text index is built or patched with.
   */
  vectorOf?: (i: number) => TermVector | undefined;
  /** Indexes saved for exactly these stories, in this order (see SavedIndexes). */
  saved?: SavedIndexes;
}

/**
 * Builds a snapshot. Term vectors may be passed when known (`vectorOf`); missing ones are computed with
 * `vocabulary`.
 */
export function buildSnapshot(
  entries: readonly StoryEntry[] | StoryStore,
  options: BuildOptions = {},
): StorySnapshot {
  return runNow(snapshotSteps(storeOf(entries), options));
}

/**
 * Builds the snapshot of a reload in slices of a few milliseconds (see slices.ts). Given what changed
 * since the previous snapshot (story numbers whose story was replaced, added or removed, every other
 * story keeping its number), the indexes are patched rather than rebuilt.
 */
export function buildSnapshotInSlices(
  entries: readonly StoryEntry[] | StoryStore,
  options: BuildOptions & { change?: SnapshotChange },
): Promise<StorySnapshot> {
  const { change } = options;
  return runInSlices(
    (function* () {
      const stories =
        change && !(entries instanceof StoryStore)
          ? yield* StoryStore.patched(change.previous.stories, entries, change.changed)
          : storeOf(entries);
      return yield* snapshotSteps(stories, options);
    })(),
  );
}

const storeOf = (entries: readonly StoryEntry[] | StoryStore) =>
  entries instanceof StoryStore ? entries : StoryStore.of(entries);

function* snapshotSteps(
  stories: StoryStore,
  options: BuildOptions & { change?: SnapshotChange },
): Steps<StorySnapshot> {
  const vocabulary = options.vocabulary ?? new Vocabulary();
  const n = stories.length;
  // Held only while the text index is built: the index itself is what a snapshot keeps.
  const vectors = new Array<TermVector | undefined>(n);
  const vectorAt = (i: number) =>
    (vectors[i] ??= options.vectorOf?.(i) ?? storyTermVector(vocabulary, stories.at(i)!));
  const change = options.change;
  const saved = options.saved?.order.length === n ? options.saved : undefined;
  // Restored from the cache, the map is made when first asked for (just after ready, see StoryLibrary):
  // 100,000 ids as strings are most of what a start would otherwise allocate.
  let byId = (change && patchedIds(stories, change)) || (saved ? undefined : yield* storyIdSteps(stories));
  const order = saved?.order ?? (change ? patchedOrder(stories, change) : newestFirst(stories));
  yield;
  const rankOf = new Uint32Array(n);
  order.forEach((story, rank) => {
    rankOf[story] = rank;
  });
  yield;
  let text: TextIndex;
  if (change) {
    const previous = change.previous;
    const dropped = new Set(change.changed.filter((s) => s < previous.stories.length));
    for (let s = n; s < previous.stories.length; s++) dropped.add(s);
    text = yield* patchTextIndexSteps(previous.text, {
      dropped: [...dropped],
      droppedVector: (s) => storyTermVector(vocabulary, previous.stories.at(s)!),
      added: [...new Set(change.changed.filter((s) => s < n))],
      addedVector: vectorAt,
      size: n,
    });
  } else if (saved?.text?.lengths.length === n) text = { vocabulary, ...saved.text };
  else text = yield* textIndexSteps(vocabulary, n, vectorAt);
  // An edit that leaves a story's speakers (or places) and every rank alone leaves those indexes as
  // they were: they are kept rather than built again from every story.
  const kept = change && keptInPlace(change, rankOf) ? change.previous : undefined;
  const same = (signature: (story: Story) => string) =>
    kept !== undefined &&
    change!.changed.every((s) => signature(kept.stories.at(s)!) === signature(stories.at(s)!));
  const speakers = saved
    ? speakerDirectoryOf(
        withLists(saved.speakers, 'quotes', saved.speakerQuotes),
        undefined,
        saved.speakerLookups,
      )
    : same(speakerSignature)
      ? kept!.speakers
      : ((change && addedAsNewest(change, rankOf)
          ? yield* patchSpeakerDirectorySteps(
              change.previous.speakers,
              stories,
              rankOf,
              change.changed.length,
            )
          : undefined) ?? (yield* speakerDirectorySteps(stories, rankOf)));
  yield;
  const places = saved
    ? placeIndexOf(withLists(saved.places, 'ranks', saved.placeRanks))
    : same(placeSignature)
      ? kept!.places
      : ((change &&
          patchPlaceIndex(change.previous.places, stories, rankOf, {
            previous: change.previous.stories,
            previousRankOf: change.previous.rankOf,
            changed: change.changed,
            newRank: newRanks(change.previous, change, rankOf),
          })) ??
        buildPlaceIndex(stories, rankOf));
  yield;
  let headlines: HeadlineIndex;
  if (saved) headlines = { words: saved.headlines.words, ranks: unpacked(saved.headlines.ranks) };
  else if (change) {
    const previous = change.previous;
    headlines = patchHeadlineIndex(previous.headlines, {
      old: change.changed
        .filter((s) => s < previous.stories.length)
        .map((s) => ({ headline: previous.stories.headlineAt(s), rank: previous.rankOf[s]! })),
      now: change.changed
        .filter((s) => s < n)
        .map((s) => ({ headline: stories.headlineAt(s), rank: rankOf[s]! })),
      newRank: rankChange(previous, change, rankOf),
    });
  } else {
    const list: string[] = [];
    for (let i = 0; i < n; i++) list.push(stories.headlineAt(i));
    headlines = buildHeadlineIndex(list, rankOf);
  }
  const snapshot: StorySnapshot = {
    stories,
    get byId() {
      byId ??= runNow(storyIdSteps(stories));
      return byId;
    },
    order,
    rankOf,
    text,
    speakers,
    places,
    headlines,
    load: { ...emptyLoad(), ...options.load },
  };
  if (saved) restoreCopies(snapshot, saved.copies, saved.copyKeys);
  if (saved?.sentences?.from.length === n)
    restoreSentenceIndex(snapshot, {
      ...saved.sentences,
      text: { vocabulary, ...saved.sentences.text },
    });
  return snapshot;
}

/** Story numbers by id (the first number of an id held twice). */
function* storyIdSteps(stories: StoryStore): Steps<StringTable> {
  const byId = new StringTableBuilder();
  for (let i = 0; i < stories.length; i++) {
    byId.add(stories.idAt(i), i);
    if ((i & (ITEMS_PER_STEP - 1)) === 0) yield;
  }
  return byId.done();
}

/**
 * The previous snapshot's story numbers by id with only the changed numbers' ids moved (laid over its
 * map, not a build from every story); null when an id is held twice, before or after (a build then
 * keeps the first).
 */
function patchedIds(stories: StoryStore, change: SnapshotChange): StoryNumbers | null {
  const { previous } = change;
  if (previous.byId.size !== previous.stories.length) return null;
  const changed = [...new Set(change.changed)];
  return PatchedStoryNumbers.patch(
    previous.byId,
    changed.filter((s) => s < previous.stories.length).map((s) => [previous.stories.idAt(s), s] as const),
    changed.filter((s) => s < stories.length).map((s) => [stories.idAt(s), s] as const),
  );
}

/** Whether every changed story is an edit in place: the same number and rank before and after, as every other story. */
function keptInPlace(change: SnapshotChange, rankOf: Uint32Array): boolean {
  const { previous } = change;
  return (
    rankOf.length === previous.stories.length &&
    change.changed.every((s) => rankOf[s] === previous.rankOf[s]) &&
    rankChange(previous, change, rankOf) === null
  );
}

/**
 * Whether the change only added stories, each ranked before every story kept (files added with the
 * newest date): the speaker directory then reads just them (see patchSpeakerDirectorySteps).
 */
function addedAsNewest(change: SnapshotChange, rankOf: Uint32Array): boolean {
  const before = change.previous.stories.length;
  const added = new Set(change.changed);
  return (
    added.size === change.changed.length &&
    rankOf.length === before + added.size &&
    change.changed.every((s) => s >= before && rankOf[s]! < added.size)
  );
}

/**
 * What the speaker directory reads of a story: which quotes have a speaker and whose, and those
 * speakers' aliases and kind (a quote without a speaker, like one added by an edit, is not read).
 */
function speakerSignature(story: Story): string {
  const quoted = story.quotes.flatMap((quote, q) => (quote.speaker ? [[q, quote.speaker] as const] : []));
  const speakers = new Set(quoted.map(([, speaker]) => speaker));
  const people = story.people
    .filter((person) => speakers.has(person.name))
    .map((person) => [person.name, person.aliases, person.kind ?? null]);
  return JSON.stringify([quoted, people]);
}

/** What the place index reads of a story: its dateline and the places it names. */
function placeSignature(story: Story): string {
  return JSON.stringify([datelinePlace(story), story.dateline?.country ?? null, story.places]);
}

/**
 * Where the stories a reload kept moved in the order: old rank → new rank (-1 for a story changed or
 * gone), or null when every kept story keeps its rank (an edit that leaves dates alone).
 */
function rankChange(previous: StorySnapshot, change: SnapshotChange, rankOf: Uint32Array): Int32Array | null {
  const newRank = newRanks(previous, change, rankOf);
  return newRank.some((to, rank) => to >= 0 && to !== rank) ? newRank : null;
}

/** Each old rank's new rank, -1 for a story changed or gone. */
function newRanks(previous: StorySnapshot, change: SnapshotChange, rankOf: Uint32Array): Int32Array {
  const changed = new Set(change.changed);
  const n = rankOf.length;
  const newRank = new Int32Array(previous.order.length).fill(-1);
  previous.order.forEach((s, rank) => {
    if (s < n && !changed.has(s)) newRank[rank] = rankOf[s]!;
  });
  return newRank;
}

/**
 * The previous snapshot's order with the changed stories taken out and put back where they now
 * belong: a pass over the order and a binary search per changed story, instead of a sort of them all.
 */
function patchedOrder(stories: StoryStore, change: SnapshotChange): Uint32Array {
  const n = stories.length;
  const changed = new Set(change.changed);
  const kept: number[] = [];
  for (const s of change.previous.order) if (s < n && !changed.has(s)) kept.push(s);
  const key = (s: number) => stories.dateAt(s) ?? '';
  // Newest first (undated last), then by id: the order `newestFirst` sorts into.
  const before = (a: number, b: number) => {
    const da = key(a);
    const db = key(b);
    if (da !== db) return da > db;
    return stories.idAt(a) < stories.idAt(b);
  };
  const order = Uint32Array.from(kept);
  const placed = [...changed].filter((s) => s < n).sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  if (placed.length === 0) return order;
  return withSorted(order, placed, before);
}
