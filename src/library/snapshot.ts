/**
 * One immutable story set with everything the answers need, built once at load time: stories in
 * newest-first order, the full-text index, speakers, places and headline words. A reload builds a new
 * snapshot beside the old one; queries hold a snapshot, so they never see a mix of two sets.
 */
import type { FileIssue, Story } from '../engine/types.ts';
import { buildHeadlineIndex, type HeadlineIndex } from './headlineIndex.ts';
import { buildPlaceIndex, type PlaceEntry, type PlaceIndex, placeIndexOf } from './placeIndex.ts';
import {
  buildSpeakerDirectory,
  type SpeakerDirectory,
  type SpeakerEntry,
  speakerDirectoryOf,
} from './speakers.ts';
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
  readonly stories: readonly Story[];
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

function newestFirst(stories: readonly Story[]): Uint32Array {
  const order = Uint32Array.from(stories.keys());
  const keys = stories.map((story) => story.date ?? '');
  return order.sort((a, b) => {
    const da = keys[a]!;
    const db = keys[b]!;
    if (da !== db) return da < db ? 1 : -1;
    const ia = stories[a]!.id;
    const ib = stories[b]!.id;
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
}

export function savedIndexesOf(snapshot: StorySnapshot): SavedIndexes {
  return {
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
  stories: readonly Story[],
  options: {
    load?: Partial<LoadInfo>;
    vocabulary?: Vocabulary;
    vectors?: ReadonlyArray<TermVector | undefined>;
    /** Indexes saved for exactly these stories, in this order (see SavedIndexes). */
    saved?: SavedIndexes;
  } = {},
): StorySnapshot {
  const vocabulary = options.vocabulary ?? new Vocabulary();
  const vectors = stories.map((story, i) => options.vectors?.[i] ?? storyTermVector(vocabulary, story));
  const byId = new Map<string, number>();
  stories.forEach((story, i) => {
    if (!byId.has(story.id)) byId.set(story.id, i);
  });
  const saved = options.saved?.order.length === stories.length ? options.saved : undefined;
  const order = saved?.order ?? newestFirst(stories);
  const rankOf = new Uint32Array(stories.length);
  order.forEach((story, rank) => {
    rankOf[story] = rank;
  });
  return {
    stories,
    byId,
    order,
    rankOf,
    vectors,
    text: buildTextIndex(vocabulary, vectors),
    speakers: saved ? speakerDirectoryOf(saved.speakers) : buildSpeakerDirectory(stories, rankOf),
    places: saved ? placeIndexOf(saved.places) : buildPlaceIndex(stories, rankOf),
    headlines:
      saved?.headlines ??
      buildHeadlineIndex(
        stories.map((story) => story.headline),
        rankOf,
      ),
    load: { ...emptyLoad(), ...options.load },
  };
}
