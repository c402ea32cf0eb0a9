/**
 * A snapshot's stories, held as columns (see storyColumns.ts) rather than as objects: a `Story` is
 * decoded when it is asked for, and the few an answer touches are kept in a small recently-used cache.
 * The id, file, date and headline of every story are at hand without decoding it.
 */
import type { Dateline, Person, PlaceRef, Quote, Story } from '../engine/types.ts';
import { ITEMS_PER_STEP, runNow, type Steps } from './slices.ts';
import { type StoryColumns, StoryColumnsBuilder, StoryColumnsReader } from './storyColumns.ts';

/**
 * A story kept in columns: the columns' reader and row, with the id and file the loader needs (read
 * from the columns when asked for, so that an entry per file holds no strings of its own).
 */
export class StoredStory {
  /** Set when the story is filed under another name than its columns' (see `withFile`). */
  readonly #file: string | undefined;

  constructor(
    readonly reader: StoryColumnsReader,
    readonly row: number,
    file?: string,
  ) {
    if (file !== undefined && file !== reader.file(row)) this.#file = file;
  }

  get id(): string {
    return this.reader.id(this.row);
  }

  get file(): string {
    return this.#file ?? this.reader.file(this.row);
  }

  /** The file it is filed under when that is not its columns' (undefined when it is). */
  get renamed(): string | undefined {
    return this.#file;
  }
}

/** Column sets of one story each, as parse workers send them: copied into a set's columns when placed. */
const parsedReaders = new WeakSet<StoryColumnsReader>();

/** A story parsed in a worker, in its own columns (see parsedStory.ts). */
export function parsedColumns(columns: StoryColumns): StoredStory {
  const reader = new StoryColumnsReader(columns);
  parsedReaders.add(reader);
  return new StoredStory(reader, 0);
}

/** A story as parsed, or as kept in columns. */
export type StoryEntry = Story | StoredStory;

/** The same stored story under another file name (a folder given by another path). */
export function withFile(entry: StoryEntry, file: string): StoryEntry {
  if (entry.file === file) return entry;
  return entry instanceof StoredStory ? new StoredStory(entry.reader, entry.row, file) : { ...entry, file };
}

/** Decoded stories kept per store: enough for every story an answer touches, and a few answers more. */
const RECENT_STORIES = 4096;

export class StoryStore implements Iterable<Story> {
  readonly length: number;
  readonly #readers: StoryColumnsReader[];
  /** Per story: which reader and which row; null when it is the one reader's rows in order. */
  readonly #readerOf: Uint32Array | null;
  readonly #rowOf: Uint32Array | null;
  /**
   * The stories filed under another name than their columns' (a folder given by another path): ids and
   * files are read from the columns, not held as a string per story.
   */
  readonly #renamed: Map<number, string>;
  readonly #recent = new Map<number, Story>();
  /** Per reader, how many stories it serves (kept by patches; none kept means all from the first). */
  #served: Uint32Array | null = null;

  private constructor(
    readers: StoryColumnsReader[],
    readerOf: Uint32Array | null,
    rowOf: Uint32Array | null,
    length: number,
    renamed: Map<number, string>,
  ) {
    this.#readers = readers;
    this.#readerOf = readerOf;
    this.#rowOf = rowOf;
    this.length = length;
    this.#renamed = renamed;
  }

  /** The stories of one set of columns, row for row (a start served from the parse cache). */
  static ofColumns(reader: StoryColumnsReader): StoryStore {
    return new StoryStore([reader], null, null, reader.columns.count, new Map());
  }

  /** The stories of `entries`, in order: parsed ones are encoded, stored ones kept where they are. */
  static of(entries: readonly StoryEntry[]): StoryStore {
    const whole = wholeColumns(entries);
    if (whole) return StoryStore.ofColumns(whole);
    const readers: StoryColumnsReader[] = [];
    const readerOf = new Uint32Array(entries.length);
    const rowOf = new Uint32Array(entries.length);
    const renamed = new Map<number, string>();
    const parsedAt = runNow(placeEntries(entries, entries.keys(), { readers, readerOf, rowOf, renamed }));
    if (entries.length > 0 && parsedAt.length === entries.length) return StoryStore.ofColumns(readers[0]!);
    return new StoryStore(readers, readerOf, rowOf, entries.length, renamed);
  }

  /**
   * The stories of `entries` where only the numbers `changed` differ from `previous`'s (a reload's
   * patch): the others keep their reader and row, copied as they are without a look at their entries.
   * A column set none of whose rows is used any more is let go (its place in the list left empty). As
   * steps (see slices.ts): a changed story of megabytes is encoded between answers.
   */
  static *patched(
    previous: StoryStore,
    entries: readonly StoryEntry[],
    changed: readonly number[],
  ): Steps<StoryStore> {
    const n = entries.length;
    const kept = Math.min(n, previous.length);
    const readers = previous.#readers.slice();
    const readerOf = new Uint32Array(n);
    const rowOf = new Uint32Array(n);
    if (previous.#readerOf && previous.#rowOf) {
      readerOf.set(previous.#readerOf.subarray(0, kept));
      rowOf.set(previous.#rowOf.subarray(0, kept));
    } else for (let i = 0; i < kept; i++) rowOf[i] = i;
    const renamed = new Map<number, string>();
    for (const [i, file] of previous.#renamed) if (i < kept) renamed.set(i, file);
    const mine = new Set(changed.filter((i) => i < n));
    yield* placeEntries(entries, mine, { readers, readerOf, rowOf, renamed });
    // The rows each column set still serves: those it served less the changed numbers' old ones, plus
    // the new ones.
    const served = new Uint32Array(readers.length);
    if (previous.#served) served.set(previous.#served);
    else served[0] = previous.length;
    for (const i of new Set(changed))
      if (i < previous.length) served[previous.#readerOf ? previous.#readerOf[i]! : 0]!--;
    for (const i of mine) served[readerOf[i]!]!++;
    for (let id = 0; id < readers.length; id++) if (served[id] === 0) readers[id] = UNUSED;
    const store = new StoryStore(readers, readerOf, rowOf, n, renamed);
    store.#served = served;
    return store;
  }

  #reader(i: number): StoryColumnsReader {
    return this.#readers[this.#readerOf ? this.#readerOf[i]! : 0]!;
  }

  #row(i: number): number {
    return this.#rowOf ? this.#rowOf[i]! : i;
  }

  /** Story `i`, or undefined outside 0…length-1 (no counting from the end, unlike Array's `at`). */
  at(i: number): Story | undefined {
    if (!Number.isInteger(i) || i < 0 || i >= this.length) return undefined;
    let story = this.#recent.get(i);
    if (story) {
      // Most recently used last: the first key is the one to drop.
      this.#recent.delete(i);
    } else {
      story = this.#decode(i);
      if (this.#recent.size >= RECENT_STORIES) this.#recent.delete(this.#recent.keys().next().value!);
    }
    this.#recent.set(i, story);
    return story;
  }

  #decode(i: number): Story {
    const story = this.#reader(i).story(this.#row(i));
    const renamed = this.#renamed.get(i);
    if (renamed !== undefined) story.file = renamed;
    return story;
  }

  idAt(i: number): string {
    return this.#reader(i).id(this.#row(i));
  }

  fileAt(i: number): string {
    return this.#renamed.get(i) ?? this.#reader(i).file(this.#row(i));
  }

  dateAt(i: number): string | null {
    return this.#reader(i).date(this.#row(i));
  }

  datelineAt(i: number): Dateline | null {
    return this.#reader(i).dateline(this.#row(i));
  }

  headlineAt(i: number): string {
    return this.#reader(i).headline(this.#row(i));
  }

  /** Story `i`'s summary, without decoding the rest of it. */
  summaryAt(i: number): string {
    return this.#reader(i).summary(this.#row(i));
  }

  /** Story `i`'s places, without decoding the rest of it. */
  placesAt(i: number): PlaceRef[] {
    return this.#reader(i).places(this.#row(i));
  }

  /**
   * The columns story `i` is read from and its row there (`rowAt`): a build over every story's quotes
   * (the speaker directory) reads their fields in place, without decoding them.
   */
  readerAt(i: number): StoryColumnsReader {
    return this.#reader(i);
  }

  rowAt(i: number): number {
    return this.#row(i);
  }

  /** Story `i`'s paragraphs, or its summary when it has none, without decoding the rest of it. */
  bodyParagraphsAt(i: number): readonly string[] {
    return this.#reader(i).bodyParagraphs(this.#row(i));
  }

  /** Story `i`'s paragraphs (null when it has none), without decoding the rest of it. */
  paragraphsAt(i: number): readonly string[] | null {
    const row = this.#row(i);
    const reader = this.#reader(i);
    return reader.columns.hasParagraphs[row] ? reader.bodyParagraphs(row) : null;
  }

  /** The text of story `i`'s quote `q`, without decoding the rest of it. */
  quoteTextAt(i: number, q: number): string {
    return this.#reader(i).quoteText(this.#row(i), q);
  }

  /** Story `i`'s quote `q`, without decoding the rest of it. */
  quoteAt(i: number, q: number): Quote {
    return this.#reader(i).quote(this.#row(i), q);
  }

  bodyParagraphAt(i: number, p: number): string | undefined {
    return this.#reader(i).bodyParagraph(this.#row(i), p);
  }

  /** Story `i`'s people, without decoding the rest of it. */
  peopleAt(i: number): Person[] {
    return this.#reader(i).people(this.#row(i));
  }

  /** The UTF-8 of story `i`'s headline and body paragraphs (its summary when it has none), as stored. */
  textBytesAt(i: number): Iterable<Uint8Array> {
    return this.#reader(i).textBytes(this.#row(i));
  }

  /** The columns the stories are read from (for the bench's memory figures). */
  columnSets(): StoryColumns[] {
    return this.#readers.filter((reader) => reader !== UNUSED).map((reader) => reader.columns);
  }

  /** Story `i` as kept here: what a loaded file holds once the snapshot is built. */
  entry(i: number): StoredStory {
    return new StoredStory(this.#reader(i), this.#row(i), this.#renamed.get(i));
  }

  /** Every story, decoded one at a time (a full pass, for building indexes at load time). */
  *[Symbol.iterator](): Iterator<Story> {
    for (let i = 0; i < this.length; i++) yield this.#decode(i);
  }
}

/**
 * Puts the entries at `numbers` in place: a stored one at its column set (added to `readers` when new)
 * and row, parsed ones (and a worker's, from their own columns) into one new set of columns added last.
 * Returns the numbers of the parsed ones.
 */
function* placeEntries(
  entries: readonly StoryEntry[],
  numbers: Iterable<number>,
  at: {
    readers: StoryColumnsReader[];
    readerOf: Uint32Array;
    rowOf: Uint32Array;
    renamed: Map<number, string>;
  },
): Steps<number[]> {
  const { readers, readerOf, rowOf, renamed } = at;
  const readerIds = new Map(readers.map((reader, id) => [reader, id]));
  const parsed = new StoryColumnsBuilder();
  const parsedAt: number[] = [];
  for (const i of numbers) {
    const entry = entries[i]!;
    renamed.delete(i);
    if (entry instanceof StoredStory && !parsedReaders.has(entry.reader)) {
      if (entry.renamed !== undefined) renamed.set(i, entry.renamed);
      let id = readerIds.get(entry.reader);
      if (id === undefined) {
        id = readers.push(entry.reader) - 1;
        readerIds.set(entry.reader, id);
      }
      readerOf[i] = id;
      rowOf[i] = entry.row;
    } else {
      rowOf[i] = parsed.count;
      if (entry instanceof StoredStory)
        yield* parsed.addRowSteps(entry.reader.columns, entry.row, entry.file);
      else yield* parsed.addSteps(entry);
      parsedAt.push(i);
    }
  }
  if (parsed.count > 0) {
    const id = readers.push(new StoryColumnsReader(parsed.done())) - 1;
    for (const i of parsedAt) readerOf[i] = id;
  }
  return parsedAt;
}

/** Where a column set no story uses any more was: an empty one, so that the others keep their numbers. */
const UNUSED = new StoryColumnsReader(new StoryColumnsBuilder().done());

/** The one set of columns `entries` are, row for row, if they are (a warm start's stories). */
function wholeColumns(entries: readonly StoryEntry[]): StoryColumnsReader | null {
  const first = entries[0];
  if (!(first instanceof StoredStory) || first.reader.columns.count !== entries.length) return null;
  const { reader } = first;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (
      !(entry instanceof StoredStory) ||
      entry.reader !== reader ||
      entry.row !== i ||
      entry.renamed !== undefined
    )
      return null;
  }
  return reader;
}

/**
 * The columns of `entries` in order, for the parse cache: the stored ones copied without decoding, as
 * steps (see slices.ts), since after a reload that is a copy of every row.
 */
export function* storyColumnsSteps(entries: readonly StoryEntry[]): Steps<StoryColumns> {
  const whole = wholeColumns(entries);
  if (whole) return whole.columns;
  const builder = new StoryColumnsBuilder();
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry instanceof StoredStory) yield* builder.addRowSteps(entry.reader.columns, entry.row, entry.file);
    else yield* builder.addSteps(entry);
    if ((i & (ITEMS_PER_STEP - 1)) === 0) yield;
  }
  return builder.done();
}
