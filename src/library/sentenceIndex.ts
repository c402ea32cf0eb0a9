/**
 * The sentence index: every body sentence of every story, with a BM25 index over their terms (the
 * same terms, vocabulary and scorer as the story index), built once per snapshot at load time. A fact
 * question finds its sentence among all the set's sentences, the rarest of its words weighing most,
 * instead of only among the sentences of the few stories ranked first.
 *
 * Sentences are kept as offsets into their story's re-flowed paragraphs (typed arrays), so the index
 * adds its postings and a few numbers per sentence to the snapshot, never a copy of the text.
 */
import type { Story } from '../engine/types.ts';
import { eachSentenceBound } from '../engine/words.ts';
import { Growable, growableU32 } from './growable.ts';
import { runInSlices, runNow, type Steps } from './slices.ts';
import type { SnapshotChange, StorySnapshot } from './snapshot.ts';
import type { StoryStore } from './storyStore.ts';
import { terms } from './text.ts';
import {
  emptyTextIndex,
  type PackedTermCounts,
  packTermCounts,
  patchTextIndexSteps,
  storyTermCounts,
  type TermVector,
  type TextIndex,
  type Vocabulary,
} from './textIndex.ts';

export interface SentenceIndex {
  /** Per sentence number: its story, paragraph and `[start, end)` in that re-flowed paragraph. */
  story: Uint32Array;
  paragraph: Uint32Array;
  start: Uint32Array;
  end: Uint32Array;
  /** Per story: its sentences are the numbers `from[s] .. to[s]`. */
  from: Uint32Array;
  to: Uint32Array;
  /**
   * BM25 over the sentences (documents are sentence numbers). A reload gives a changed story's
   * sentences new numbers at the end; the old numbers are left unused until the next full build.
   */
  text: TextIndex;
}

/** The paragraphs a story's sentences come from: the body, or the summary when there is none. */
export function storyParagraphs(story: Story): readonly string[] {
  return story.paragraphs && story.paragraphs.length > 0 ? story.paragraphs : [story.summary];
}

/**
 * Sentences read from stories: where each lies, and its distinct term ids and counts, flat (no object
 * per sentence: a full build reads hundreds of thousands).
 */
class SentenceRows {
  readonly story: Growable<Uint32Array>;
  readonly paragraph: Growable<Uint32Array>;
  readonly start: Growable<Uint32Array>;
  readonly end: Growable<Uint32Array>;
  readonly termStart: Growable<Uint32Array>;
  readonly termIds: Growable<Uint32Array>;
  readonly termCounts: Growable<Uint16Array>;
  readonly lengths: Growable<Uint32Array>;

  /** `capacity`: room before the arrays first grow (one story's sentences need little). */
  constructor(capacity?: number) {
    this.story = growableU32(capacity);
    this.paragraph = growableU32(capacity);
    this.start = growableU32(capacity);
    this.end = growableU32(capacity);
    this.termStart = growableU32(capacity);
    this.termIds = growableU32(capacity);
    this.termCounts = new Growable((length) => new Uint16Array(length), capacity);
    this.lengths = growableU32(capacity);
  }

  get count(): number {
    return this.story.length;
  }

  /** Sentence k's terms as a vector (ids in the order met, which postings do not need sorted). */
  vector(k: number): TermVector {
    const from = this.termStart.data[k]!;
    const to = k + 1 < this.termStart.length ? this.termStart.data[k + 1]! : this.termIds.length;
    return {
      ids: this.termIds.data.subarray(from, to),
      counts: this.termCounts.data.subarray(from, to),
      length: this.lengths.data[k]!,
    };
  }
}

/** A story's sentences are read a step every this many words, so a story of megabytes is sliced too. */
const WORDS_PER_STEP = 4096;
/**
 * What a sentence's own bookkeeping costs, in words: a story of 300,000 one-word lines took 30 ms a step
 * when a sentence counted as its words only.
 */
const WORDS_PER_SENTENCE = 8;
/** A sentence longer than this is tokenized in pieces cut at spaces, a step each (one line of 2 MB is one sentence). */
const PIECE_CHARS = 16_384;
/** Up to this many distinct terms, a scan finds a repeat in a sentence faster than a map. */
const SCAN_TERMS = 16;

/**
 * Reads the sentences of story `s` of `stories` into `rows`, its paragraphs (as storyParagraphs gives
 * them) decoded one at a time, between steps.
 */
function readSentences(
  stories: StoryStore,
  s: number,
  vocabulary: Vocabulary,
  rows: SentenceRows,
): Steps<void> {
  return sentenceTermSteps(
    (p) => stories.bodyParagraphAt(s, p),
    s,
    (term) => vocabulary.add(term),
    rows,
  );
}

/**
 * Reads the sentences of paragraphs `paragraphAt(0)`, `paragraphAt(1)`… (until undefined) into `rows` as
 * story `s`'s, each term numbered by `idOf` (called once per occurrence, in the order met).
 */
function* sentenceTermSteps(
  paragraphAt: (p: number) => string | undefined,
  s: number,
  idOf: (term: string) => number,
  rows: SentenceRows,
): Steps<void> {
  let words = 0;
  const { termIds, termCounts } = rows;
  const seen = new Map<number, number>();
  for (let p = 0, text = paragraphAt(0); text !== undefined; text = paragraphAt(++p)) {
    for (const [from, to] of eachSentenceBound(text)) {
      rows.termStart.push(termIds.length);
      const at = termIds.length;
      let length = 0;
      seen.clear();
      words += WORDS_PER_SENTENCE;
      for (let piece = from; piece < to; ) {
        let end = Math.min(to, piece + PIECE_CHARS);
        const space = end < to ? text.lastIndexOf(' ', end) : -1;
        // Cut at the last space; a word of more than a piece (no real word is) is cut where it is.
        if (space > piece) end = space;
        for (const term of terms(text.slice(piece, end))) {
          const id = idOf(term);
          const distinct = termIds.length - at;
          let k = at;
          if (distinct <= SCAN_TERMS) while (k < termIds.length && termIds.data[k] !== id) k++;
          else {
            if (seen.size === 0) for (let j = at; j < termIds.length; j++) seen.set(termIds.data[j]!, j);
            k = seen.get(id) ?? termIds.length;
          }
          if (k < termIds.length) termCounts.data[k] = Math.min(65535, termCounts.data[k]! + 1);
          else {
            if (seen.size > 0) seen.set(id, k);
            termIds.push(id);
            termCounts.push(1);
          }
          length++;
        }
        words += Math.max(1, (end - piece) >> 3);
        piece = end;
        if (words >= WORDS_PER_STEP) {
          words = 0;
          yield;
        }
      }
      rows.lengths.push(length);
      rows.story.push(s);
      rows.paragraph.push(p);
      rows.start.push(from);
      rows.end.push(to);
      if (words >= WORDS_PER_STEP) {
        words = 0;
        yield;
      }
    }
  }
}

/** Values per sentence in StorySentences.rows. */
const SENTENCE_FIELDS = 5;

/**
 * One story's sentences as a parse worker reads them, for the sentence index to take in without reading
 * the story again: its terms numbered by the worker (see storyTerms).
 */
export interface StorySentences {
  /** Per sentence: its paragraph, `[start, end)` in it, where its terms end in `termIds`, and its length. */
  rows: Uint32Array;
  /** Each sentence's distinct terms in the order met, as the worker's numbers, and their counts. */
  termIds: Uint32Array;
  counts: Uint16Array;
}

/** The sentences of `paragraphs`, as the index reads them, their terms numbered by `idOf`. */
function sentencesOf(paragraphs: readonly string[], idOf: (term: string) => number): StorySentences {
  const rows = new SentenceRows(64);
  runNow(sentenceTermSteps((p) => paragraphs[p], 0, idOf, rows));
  const out = new Uint32Array(rows.count * SENTENCE_FIELDS);
  for (let k = 0; k < rows.count; k++) {
    out.set(
      [
        rows.paragraph.data[k]!,
        rows.start.data[k]!,
        rows.end.data[k]!,
        k + 1 < rows.count ? rows.termStart.data[k + 1]! : rows.termIds.length,
        rows.lengths.data[k]!,
      ],
      k * SENTENCE_FIELDS,
    );
  }
  return { rows: out, termIds: rows.termIds.done(), counts: rows.termCounts.done() };
}

/**
 * A body paragraph whose words read the same in its sentences as in the whole: no sentence cut in
 * pieces, and folding (see fold) keeps every character one character, so a word's offsets in a
 * sentence and in the paragraph agree (`terms` reads "US" as an abbreviation by its offsets).
 */
function readsAsWhole(paragraph: string): boolean {
  if (paragraph.length > PIECE_CHARS) return false;
  if (!/[^\x00-\x7f]/.test(paragraph)) return true;
  const lower = paragraph.toLowerCase();
  const decomposed = lower.normalize('NFKD');
  return (
    lower.length === paragraph.length &&
    decomposed.length === lower.length &&
    !/[\u0300-\u036f]/.test(decomposed)
  );
}

/**
 * A parsed story's counted terms (see storyTermCounts) and its sentences, the terms of both read in one
 * pass over its body where the body reads the same whole as by sentence (else counted apart), all
 * numbered by `vocabulary` (a parse worker's own).
 */
export function storyTerms(
  story: Story,
  vocabulary: Vocabulary,
): { counts: PackedTermCounts; sentences: StorySentences } {
  const body = new Map<string, number>();
  const sentences = sentencesOf(storyParagraphs(story), (term) => {
    body.set(term, (body.get(term) ?? 0) + 1);
    return vocabulary.add(term);
  });
  // The body counted is the paragraphs (the summary without them): the sentences' unless there are none.
  const sameBody = story.paragraphs === undefined || story.paragraphs.length > 0;
  const counted =
    sameBody && storyParagraphs(story).every(readsAsWhole)
      ? { terms: [...body.keys()], counts: [...body.values()] }
      : undefined;
  return { counts: packTermCounts(storyTermCounts(story, counted), vocabulary), sentences };
}

/** A story's sentences as a worker read them, and the vocabulary's ids of the worker's term numbers. */
export interface GivenSentences {
  sentences: StorySentences;
  idOf: (own: number) => number;
}

/**
 * Appends story `s`'s given sentences to `rows`, as readSentences would have read them, a step every few
 * thousand terms (a story of megabytes holds a hundred thousand sentences).
 */
function* addGivenSentences(rows: SentenceRows, s: number, given: GivenSentences): Steps<void> {
  const { rows: values, termIds, counts } = given.sentences;
  const { idOf } = given;
  let from = 0;
  let stepped = 0;
  for (let k = 0; k < values.length; k += SENTENCE_FIELDS) {
    const to = values[k + 3]!;
    stepped += to - from + WORDS_PER_SENTENCE;
    if (stepped >= WORDS_PER_STEP) {
      stepped = 0;
      yield;
    }
    rows.termStart.push(rows.termIds.length);
    for (let j = from; j < to; j++) {
      rows.termIds.push(idOf(termIds[j]!));
      rows.termCounts.push(counts[j]!);
    }
    from = to;
    rows.lengths.push(values[k + 4]!);
    rows.story.push(s);
    rows.paragraph.push(values[k]!);
    rows.start.push(values[k + 1]!);
    rows.end.push(values[k + 2]!);
  }
}

/** Sentences read by the parse workers, by story number, offered to the index of a snapshot (see offerSentences). */
const given = new WeakMap<StorySnapshot, Array<GivenSentences | undefined>>();

/**
 * Offers the sentences the parse workers read, by story number, to the snapshot's sentence index: a
 * story given is taken in as it is rather than decoded and read again on this thread. Let go of once
 * the index is built.
 */
export function offerSentences(snapshot: StorySnapshot, sentences: Array<GivenSentences | undefined>): void {
  given.set(snapshot, sentences);
}

function emptySentenceIndex(snapshot: StorySnapshot): SentenceIndex {
  const none = new Uint32Array(0);
  return {
    story: none,
    paragraph: none,
    start: none,
    end: none,
    from: none,
    to: none,
    text: emptyTextIndex(snapshot.text.vocabulary),
  };
}

/**
 * The index of `snapshot` as steps: from nothing, or, given the index of the snapshot before a reload,
 * by reading only the changed stories' sentences (old and new) and patching the postings.
 */
function* sentenceIndexSteps(
  snapshot: StorySnapshot,
  base?: { index: SentenceIndex; change: SnapshotChange },
): Steps<SentenceIndex> {
  const previous = base?.index ?? emptySentenceIndex(snapshot);
  const { stories } = snapshot;
  const vocabulary = snapshot.text.vocabulary;
  const n = stories.length;
  const size = previous.story.length;
  const changed = base ? base.change.changed : Array.from({ length: n }, (_, i) => i);
  const oldCount = base ? base.change.previous.stories.length : 0;
  // The old sentences of changed stories lose their postings: read again from the previous snapshot's
  // stories, their vectors count them out of the postings without a pass over all of them.
  const dropped: number[] = [];
  const oldRows = new SentenceRows();
  /** Where a dropped sentence's row is in `oldRows`, while every story read again gives as many rows. */
  let oldRowOf: Map<number, number> | null = base ? new Map() : null;
  for (let k = 0; k < changed.length; k++) {
    const s = changed[k]!;
    if (s >= oldCount) continue;
    const from = previous.from[s]!;
    const to = previous.to[s]!;
    for (let n = from; n < to; n++) dropped.push(n);
    if (!oldRowOf) continue;
    const first = oldRows.count;
    yield* readSentences(base!.change.previous.stories, s, vocabulary, oldRows);
    if (oldRows.count - first !== to - from) oldRowOf = null;
    else for (let n = from; n < to; n++) oldRowOf.set(n, first + n - from);
    if ((k & 31) === 0) yield;
  }
  const rows = new SentenceRows();
  const from = new Uint32Array(n);
  const to = new Uint32Array(n);
  from.set(previous.from.subarray(0, Math.min(n, previous.from.length)));
  to.set(previous.to.subarray(0, Math.min(n, previous.to.length)));
  const offered = base ? undefined : given.get(snapshot);
  given.delete(snapshot);
  for (let k = 0; k < changed.length; k++) {
    const s = changed[k]!;
    if (s >= n) continue;
    from[s] = size + rows.count;
    const read = offered?.[s];
    if (read) yield* addGivenSentences(rows, s, read);
    else yield* readSentences(stories, s, vocabulary, rows);
    to[s] = size + rows.count;
    if ((k & 31) === 0) yield;
  }
  const text = yield* patchTextIndexSteps(previous.text, {
    dropped,
    ...(oldRowOf ? { droppedVector: (doc: number) => oldRows.vector(oldRowOf!.get(doc)!) } : {}),
    added: Array.from({ length: rows.count }, (_, k) => size + k),
    addedVector: (doc) => rows.vector(doc - size),
    size: size + rows.count,
  });
  return { ...appendRows(previous, rows), from, to, text };
}

type Rows = Pick<SentenceIndex, 'story' | 'paragraph' | 'start' | 'end'>;
const ROW_FIELDS = ['story', 'paragraph', 'start', 'end'] as const;

/**
 * An index's rows are the first rows of arrays with room to grow, shared by the indexes patched one
 * from another: a patch appends its sentences' rows rather than copying every row (an index never
 * reads past its own count, so the rows appended after it change nothing it sees). Keyed by the
 * `story` rows an index was given.
 */
const sharedRows = new WeakMap<Uint32Array, Record<keyof Rows, Growable<Uint32Array>>>();

/** The rows of `previous` and then those of `rows`. */
function appendRows(previous: Rows, rows: SentenceRows): Rows {
  let shared = sharedRows.get(previous.story);
  // Appended to already (by a patch of the same index), or not shared yet: copied once.
  if (!shared || shared.story.length !== previous.story.length) {
    // With room for a quarter more: the patches that follow append without a copy for a while.
    const copy = (array: Uint32Array) => {
      const growable = growableU32();
      growable.data = new Uint32Array(Math.ceil(array.length * 1.25) + 1024);
      growable.data.set(array);
      growable.length = array.length;
      return growable;
    };
    shared = {
      story: copy(previous.story),
      paragraph: copy(previous.paragraph),
      start: copy(previous.start),
      end: copy(previous.end),
    };
  }
  const out = {} as Rows;
  for (const field of ROW_FIELDS) {
    const more = rows[field];
    shared[field].pushAll(more.data.subarray(0, more.length));
    out[field] = shared[field].data.subarray(0, shared[field].length);
  }
  sharedRows.set(out.story, shared);
  return out;
}

export function buildSentenceIndex(snapshot: StorySnapshot): SentenceIndex {
  return runNow(sentenceIndexSteps(snapshot));
}

const built = new WeakMap<StorySnapshot, SentenceIndex>();
const building = new WeakMap<StorySnapshot, Promise<void>>();

/**
 * Sets up to this size are indexed at once on a first load, and a reload swaps its set in only once the
 * index is there; larger ones are indexed in slices after the swap (unless a patch makes it quick).
 */
export const SENTENCE_INDEX_AT_ONCE = 20000;

/**
 * Once the unused sentence numbers a reload leaves behind outnumber this share of those in use, the
 * next reload builds the index anew.
 */
const MAX_UNUSED_SHARE = 0.25;

/**
 * Builds the snapshot's sentence index: at once for a first load of ordinary size, else in slices
 * between other work (about a second per 20k stories in all); a reload's always in slices. Given what
 * a reload changed, it patches the previous snapshot's index when that one is built, reading only the
 * changed stories. Resolves when the index is there.
 */
export function prepareSentenceIndex(
  snapshot: StorySnapshot,
  options: { reload?: boolean; change?: SnapshotChange } = {},
): Promise<void> {
  if (built.has(snapshot)) return Promise.resolve();
  let pending = building.get(snapshot);
  if (pending) return pending;
  const { change } = options;
  const index = change && built.get(change.previous);
  const base =
    index && index.story.length - index.text.docCount <= MAX_UNUSED_SHARE * index.text.docCount
      ? { index, change: change! }
      : undefined;
  if (!options.reload && snapshot.stories.length <= SENTENCE_INDEX_AT_ONCE) {
    built.set(snapshot, buildSentenceIndex(snapshot));
    return Promise.resolve();
  }
  pending = runInSlices(sentenceIndexSteps(snapshot, base)).then((index) => {
    built.set(snapshot, index);
    building.delete(snapshot);
  });
  building.set(snapshot, pending);
  return pending;
}

/** The snapshot's sentence index if it is built (never builds it). */
export function builtSentenceIndex(snapshot: StorySnapshot): SentenceIndex | null {
  return built.get(snapshot) ?? null;
}

/** Gives a snapshot the sentence index saved for exactly its stories (from the parse cache). */
export function restoreSentenceIndex(snapshot: StorySnapshot, index: SentenceIndex): void {
  built.set(snapshot, index);
}

/**
 * The snapshot's sentence index, or null while a large set's is still being built (answers then use
 * the story index alone). A set nobody prepared is indexed now.
 */
export function sentenceIndexOf(snapshot: StorySnapshot): SentenceIndex | null {
  const index = built.get(snapshot);
  if (index || building.has(snapshot)) return index ?? null;
  const now = buildSentenceIndex(snapshot);
  built.set(snapshot, now);
  return now;
}

/**
 * Per store, the paragraph decoded last, kept for the sentences read after it: a question reads a pooled
 * sentence's neighbours in its paragraph one after another (a store's stories never change).
 */
const lastParagraph = new WeakMap<StoryStore, { story: number; paragraph: number; text: string }>();

/** The text of sentence `n`. */
export function sentenceText(snapshot: StorySnapshot, index: SentenceIndex, n: number): string {
  const { stories } = snapshot;
  const story = index.story[n]!;
  const paragraph = index.paragraph[n]!;
  let last = lastParagraph.get(stories);
  if (!last || last.story !== story || last.paragraph !== paragraph) {
    last = { story, paragraph, text: stories.bodyParagraphAt(story, paragraph)! };
    lastParagraph.set(stories, last);
  }
  return last.text.slice(index.start[n]!, index.end[n]!);
}

/** Bytes the index holds (typed arrays only), for the bench. */
export function sentenceIndexBytes(index: SentenceIndex): number {
  const { text } = index;
  return [
    index.story,
    index.paragraph,
    index.start,
    index.end,
    index.from,
    index.to,
    text.offsets,
    text.docs,
    text.counts,
    text.lengths,
  ].reduce((sum, array) => sum + array.byteLength, 0);
}
