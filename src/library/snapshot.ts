/**
 * One immutable story set with everything the answers need, built once at load time: stories in
 * newest-first order, the full-text index, speakers, places and headline words. A reload builds a new
 * snapshot beside the old one; queries hold a snapshot, so they never see a mix of two sets.
 */
import type { FileIssue, Story } from '../engine/types.ts';
import { buildHeadlineIndex, type HeadlineIndex } from './headlineIndex.ts';
import { buildPlaceIndex, type PlaceEntry, type PlaceIndex, placeIndexOf } from './placeIndex.ts';
import { copiesOf, restoreCopies } from './sameText.ts';
import {
  buildSpeakerDirectory,
  type SpeakerDirectory,
  type SpeakerEntry,
  speakerDirectoryOf,
} from './speakers.ts';
import { type StoryEntry, StoryStore } from './storyStore.ts';
import {
  buildTextIndex,
  storyTermCounts,
  type TermVector,
  type TextIndex,
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
  readonly byId: ReadonlyMap<string, number>;
  /** Story indexes, newest first (undated stories last); `rankOf` is its inverse. */
  readonly order: Uint32Array;
  readonly rankOf: Uint32Array;
  /** Per story: its full-text term vector (what the text index is built from). */
  readonly vectors: readonly TermVector[];
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
  speakers: SpeakerEntry[];
  places: PlaceEntry[];
  headlines: HeadlineIndex;
  /** Per story, the first story with the same text (see sameText.ts). */
  copies: Uint32Array;
}

export function savedIndexesOf(snapshot: StorySnapshot): SavedIndexes {
  return {
    copies: copiesOf(snapshot).firstOf,
    order: snapshot.order,
    speakers: snapshot.speakers.entries,
    places: snapshot.places.entries,
    headlines: snapshot.headlines,
  };
}

/**
 * Builds a snapshot. `vectors` (aligned with `stories`) may be passed when known (from the cache or
 * the previous snapshot); missing ones are computed with `vocabulary`.
 */
export function buildSnapshot(
  entries: readonly StoryEntry[] | StoryStore,
  options: {
    load?: Partial<LoadInfo>;
    vocabulary?: Vocabulary;
    vectors?: ReadonlyArray<TermVector | undefined>;
    /** Indexes saved for exactly these stories, in this order (see SavedIndexes). */
    saved?: SavedIndexes;
  } = {},
): StorySnapshot {
  const stories = entries instanceof StoryStore ? entries : StoryStore.of(entries);
  const vocabulary = options.vocabulary ?? new Vocabulary();
  const vectors: TermVector[] = [];
  const byId = new Map<string, number>();
  for (let i = 0; i < stories.length; i++) {
    vectors.push(options.vectors?.[i] ?? storyTermVector(vocabulary, stories.at(i)!));
    const id = stories.idAt(i);
    if (!byId.has(id)) byId.set(id, i);
  }
  const saved = options.saved?.order.length === stories.length ? options.saved : undefined;
  const order = saved?.order ?? newestFirst(stories);
  const rankOf = new Uint32Array(stories.length);
  order.forEach((story, rank) => {
    rankOf[story] = rank;
  });
  const headlines = (): string[] => {
    const list: string[] = [];
    for (let i = 0; i < stories.length; i++) list.push(stories.headlineAt(i));
    return list;
  };
  const snapshot: StorySnapshot = {
    stories,
    byId,
    order,
    rankOf,
    vectors,
    text: buildTextIndex(vocabulary, vectors),
    speakers: saved ? speakerDirectoryOf(saved.speakers) : buildSpeakerDirectory(stories, rankOf),
    places: saved ? placeIndexOf(saved.places) : buildPlaceIndex(stories, rankOf),
    headlines: saved?.headlines ?? buildHeadlineIndex(headlines(), rankOf),
    load: { ...emptyLoad(), ...options.load },
  };
  if (saved) restoreCopies(snapshot, saved.copies);
  return snapshot;
}
