/**
 * A parsed story as a parse worker sends it: already in columns (see storyColumns.ts), a few typed
 * arrays and a short table of strings, which cross between threads at the cost of a copy. The thread
 * that answers then takes the story in by copying rows of those columns, in steps (see slices.ts),
 * without an object per quote or paragraph: a 1.9 MB story holds 117,000 quotes, and as objects it was
 * received, encoded and collected on that thread, holding answers up to hundreds of ms at a time.
 */
import { type ParseOutcome, storyIdOf } from '../engine/parseStory.ts';
import type { Story } from '../engine/types.ts';
import type { StorySentences } from './sentenceIndex.ts';
import type { Steps } from './slices.ts';
import { type StoryColumns, StoryColumnsBuilder, StoryColumnsReader } from './storyColumns.ts';
import { parsedColumns, type StoredStory } from './storyStore.ts';
import type { PackedTermCounts } from './textIndex.ts';

export type PackedOutcome =
  | { ok: true; columns: StoryColumns; warnings: string[] }
  | { ok: false; error: string };

/** What a parse worker sends back for a story: its packed outcome and its counted terms. */
export interface ParsedStory {
  outcome: PackedOutcome;
  counts: PackedTermCounts | null;
  /** Its sentences and their terms (see storyTerms). */
  sentences?: StorySentences;
  /**
   * The terms of `counts` and `sentences` are numbered by the worker, each in the order it first met
   * it: it sends those it met first in this story (`added`, joined by newlines), and the pool gives
   * every one it has sent (`known`, see WorkerTerms).
   */
  terms?: { added: string; known?: readonly string[] };
  /** The file's SHA-1, when the worker read the file itself. */
  sha1?: string;
}

/**
 * What a parse worker sends back for a file with the same text as an earlier job of the same parse
 * (a story filed twice): that job's index, so the text is parsed once and the story taken from it.
 */
export interface ParsedCopy {
  sameAs: number;
  sha1: string;
}

/** A parsed story as it is under another file's name (a parse reads nothing else of the name). */
export function renamedStory<T extends { id: string; file: string }>(story: T, file: string): T {
  return { ...story, id: storyIdOf(file), file };
}

/** A story taken in from a worker, as it is under another file's name: its row copied, in steps. */
export function* renamedParsed(story: StoredStory, file: string): Steps<StoredStory> {
  const builder = new StoryColumnsBuilder(ONE_STORY);
  yield* builder.addRowSteps(story.reader.columns, story.row, file, storyIdOf(file));
  return parsedColumns(builder.done());
}

/** The room a story's own columns start with (they grow as needed): most stories hold a few dozen items. */
const ONE_STORY = 64;

/** The builder a thread packs its stories with, emptied for each (making one per story cost more than the packing). */
let packer: StoryColumnsBuilder | null = null;
/**
 * A story with more quotes and paragraphs than this, or more characters of body, is packed by a builder
 * of its own, let go of after (the one kept would keep the room it grew to).
 */
const PACKER_ITEMS = 4096;
const PACKER_CHARS = 256 * 1024;

export function packOutcome(outcome: ParseOutcome): PackedOutcome {
  if (!outcome.ok) return outcome;
  const { story } = outcome;
  const paragraphs = story.paragraphs ?? [];
  let chars = 0;
  for (const paragraph of paragraphs) chars += paragraph.length;
  const large = story.quotes.length + paragraphs.length > PACKER_ITEMS || chars > PACKER_CHARS;
  if (!large) packer ??= new StoryColumnsBuilder(ONE_STORY);
  const builder = large ? new StoryColumnsBuilder(ONE_STORY) : packer!;
  let columns: StoryColumns;
  try {
    columns = builder.add(story).done();
  } finally {
    builder.reset();
  }
  return { ok: true, columns: inOneBuffer(columns), warnings: outcome.warnings };
}

type Arrays = Record<string, unknown>;

/**
 * The columns with every array copied into one buffer: a message carries one buffer rather than one per
 * array, and never the 8 KB pool a short Buffer (a story's id) lies in, which it would copy whole.
 */
function inOneBuffer(columns: StoryColumns): StoryColumns {
  const holders = [columns, columns.ids, columns.files, columns.headlines] as unknown as Arrays[];
  let bytes = 0;
  for (const holder of holders)
    for (const value of Object.values(holder))
      if (ArrayBuffer.isView(value)) bytes += Math.ceil(value.byteLength / 8) * 8;
  const buffer = new ArrayBuffer(bytes);
  let at = 0;
  const moved = (view: ArrayBufferView) => {
    const copy =
      view instanceof Uint32Array
        ? new Uint32Array(buffer, at, view.length)
        : view instanceof Uint16Array
          ? new Uint16Array(buffer, at, view.length)
          : new Uint8Array(buffer, at, view.byteLength);
    copy.set(view as unknown as ArrayLike<number>);
    at += Math.ceil(view.byteLength / 8) * 8;
    return copy;
  };
  const copyOf = (holder: unknown): Arrays =>
    Object.fromEntries(
      Object.entries(holder as Arrays).map(([key, value]) => [
        key,
        ArrayBuffer.isView(value) ? moved(value) : value,
      ]),
    );
  return {
    ...copyOf(columns),
    ids: copyOf(columns.ids),
    files: copyOf(columns.files),
    headlines: copyOf(columns.headlines),
  } as unknown as StoryColumns;
}

/** The outcome again, as the story object the parser gave. */
export function unpackOutcome(outcome: PackedOutcome): ParseOutcome {
  return outcome.ok
    ? {
        ok: true,
        story: new StoryColumnsReader(outcome.columns).story(0) as Story,
        warnings: outcome.warnings,
      }
    : outcome;
}
