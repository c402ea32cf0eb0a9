/**
 * A parsed story as a parse worker sends it: already in columns (see storyColumns.ts), a few typed
 * arrays and a short table of strings, which cross between threads at the cost of a copy. The thread
 * that answers then takes the story in by copying rows of those columns, in steps (see slices.ts),
 * without an object per quote or paragraph: a 1.9 MB story holds 117,000 quotes, and as objects it was
 * received, encoded and collected on that thread, holding answers up to hundreds of ms at a time.
 */
import { type ParseOutcome, storyIdOf } from '../engine/parseStory.ts';
import type { Story } from '../engine/types.ts';
import type { Steps } from './slices.ts';
import { encodeStories, type StoryColumns, StoryColumnsBuilder, StoryColumnsReader } from './storyColumns.ts';
import { parsedColumns, type StoredStory } from './storyStore.ts';
import type { TermCounts } from './textIndex.ts';

export type PackedOutcome =
  | { ok: true; columns: StoryColumns; warnings: string[] }
  | { ok: false; error: string };

/** What a parse worker sends back for a story: its packed outcome and its counted terms. */
export interface ParsedStory {
  outcome: PackedOutcome;
  counts: TermCounts | null;
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
  const builder = new StoryColumnsBuilder();
  yield* builder.addRowSteps(story.reader.columns, story.row, file, storyIdOf(file));
  return parsedColumns(builder.done());
}

export function packOutcome(outcome: ParseOutcome): PackedOutcome {
  return outcome.ok
    ? { ok: true, columns: encodeStories([outcome.story]), warnings: outcome.warnings }
    : outcome;
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
