/**
 * A compact BM25 full-text index. Each story is first turned into a term vector (term ids and counts);
 * the inverted index is then built from the vectors in one counting pass over typed arrays. A reload
 * patches the index instead, at the cost of its change rather than of the set: the changed documents'
 * old postings are marked gone and their new ones kept beside the base postings, which successive
 * indexes share; a compaction later merges them in. The vectors are what the parse cache stores.
 */
import type { Story } from '../engine/types.ts';
import { root } from '../engine/words.ts';
import { ITEMS_PER_STEP, runNow, type Steps } from './slices.ts';
import { terms } from './text.ts';

/**
 * Term ↔ id. Append-only and shared between successive snapshots: an old snapshot never sees ids beyond
 * its own postings, so adding terms for a new snapshot cannot change the old one's answers.
 */
export class Vocabulary {
  readonly terms: string[];
  /** Term → id, made on first use: a start from the cache would otherwise map every term before it is ready. */
  #ids: Map<string, number> | undefined;

  /** `initial`: terms without repeats, as a vocabulary's own terms are (the parse cache stores them). */
  constructor(initial: readonly string[] = []) {
    this.terms = [...initial];
  }

  get ids(): Map<string, number> {
    if (!this.#ids) {
      const ids = new Map<string, number>();
      const { terms } = this;
      for (let id = 0; id < terms.length; id++) ids.set(terms[id]!, id);
      this.#ids = ids;
    }
    return this.#ids;
  }

  add(term: string): number {
    const { ids } = this;
    let id = ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      ids.set(term, id);
    }
    return id;
  }

  get(term: string): number | undefined {
    return this.ids.get(term);
  }
}

/** Per vocabulary: the ids of its terms by root, and how many of its terms that holds. */
const byRoot = new WeakMap<Vocabulary, { read: number; ids: Map<string, number[]> }>();

/** Groups the vocabulary's terms past those grouped already by root, up to `limit` of them; returns whether all are. */
function groupRoots(vocabulary: Vocabulary, limit: number): boolean {
  let grouped = byRoot.get(vocabulary);
  if (!grouped) {
    grouped = { read: 0, ids: new Map() };
    byRoot.set(vocabulary, grouped);
  }
  const { terms } = vocabulary;
  const end = Math.min(terms.length, grouped.read + limit);
  for (; grouped.read < end; grouped.read++) {
    const r = root(terms[grouped.read]!);
    const ids = grouped.ids.get(r);
    if (ids) ids.push(grouped.read);
    else grouped.ids.set(r, [grouped.read]);
  }
  return grouped.read === terms.length;
}

/**
 * The ids of the vocabulary's terms whose root (`root`) is `key` ("rose", "rising" for "rise"), grouped
 * once and extended by the terms a reload adds: what a question's word in another form is looked up by.
 */
export function termsOfRoot(vocabulary: Vocabulary, key: string): readonly number[] {
  groupRoots(vocabulary, Number.POSITIVE_INFINITY);
  return byRoot.get(vocabulary)!.ids.get(key) ?? [];
}

/**
 * The grouping by root extended by the terms added since, in steps: a reload may add a story of a few
 * hundred thousand new words, too many to group in one turn.
 */
export function* rootGroupSteps(vocabulary: Vocabulary): Steps<void> {
  while (!groupRoots(vocabulary, ITEMS_PER_STEP * 16)) yield;
}

/** One story's terms: ids sorted ascending, with their counts, and the total term count. */
export interface TermVector {
  ids: Uint32Array;
  counts: Uint16Array;
  length: number;
}

/** Headline words weigh as much as this many body occurrences. */
const HEADLINE_WEIGHT = 3;

export function termVector(vocabulary: Vocabulary, headline: string, body: readonly string[]): TermVector {
  return vectorOfCounts(vocabulary, termCounts(headline, body));
}

/** A story's terms and weighted counts, before ids: what a parse worker can count without the vocabulary. */
export interface TermCounts {
  counts: Map<string, number>;
  length: number;
}

/**
 * The body's terms counted already: each term once, in the order first met, and how often it occurs
 * (what a pass over the body's sentences gives; see storyTerms).
 */
export interface CountedBody {
  terms: readonly string[];
  counts: readonly number[];
}

function termCounts(headline: string, body: readonly string[], counted?: CountedBody): TermCounts {
  const counts = new Map<string, number>();
  let length = 0;
  const addText = (text: string, weight: number) => {
    for (const term of terms(text)) {
      counts.set(term, (counts.get(term) ?? 0) + weight);
      length += weight;
    }
  };
  addText(headline, HEADLINE_WEIGHT);
  if (counted)
    counted.terms.forEach((term, i) => {
      const count = counted.counts[i]!;
      counts.set(term, (counts.get(term) ?? 0) + count);
      length += count;
    });
  else for (const paragraph of body) addText(paragraph, 1);
  return { counts, length };
}

/**
 * A story's counted terms: its headline and paragraphs (its summary when it has no paragraphs), the
 * body's given when counted already.
 */
export function storyTermCounts(
  story: Pick<Story, 'headline' | 'paragraphs' | 'summary'>,
  counted?: CountedBody,
): TermCounts {
  return termCounts(story.headline, story.paragraphs ?? [story.summary], counted);
}

/**
 * Counted terms as they cross between threads: the terms as the numbers the sending thread gave them
 * (see WorkerTerms) and their counts, in the order met. A map of them took the answering thread 20-50 µs
 * a story to receive, and their strings a look-up each in the vocabulary.
 */
export interface PackedTermCounts {
  ids: Uint32Array;
  counts: Uint32Array;
  length: number;
}

/** Counted terms numbered by `vocabulary` (a parse worker's own, see WorkerTerms). */
export function packTermCounts({ counts, length }: TermCounts, vocabulary: Vocabulary): PackedTermCounts {
  const ids = new Uint32Array(counts.size);
  let i = 0;
  for (const term of counts.keys()) ids[i++] = vocabulary.add(term);
  return { ids, counts: Uint32Array.from(counts.values()), length };
}

/** The term vector of counted terms, adding new terms to the vocabulary (in the order they were met). */
export function vectorOfCounts(vocabulary: Vocabulary, counted: TermCounts): TermVector {
  const byId = new Map<number, number>();
  for (const [term, count] of counted.counts) byId.set(vocabulary.add(term), count);
  return vectorOfIds(byId, counted.length);
}

/**
 * The vocabulary's ids of the terms a parse worker numbered with a vocabulary of its own: the worker
 * sends each term once, with the first story it met it in, and each is looked up here once, when first
 * used, so a story's terms cross as numbers and are not looked up as strings again and again.
 */
export class WorkerTerms {
  readonly #vocabulary: Vocabulary;
  readonly #terms: readonly string[];
  readonly #ids: number[] = [];

  /** `terms`: the worker's terms by its numbers, as it sent them. */
  constructor(vocabulary: Vocabulary, terms: readonly string[]) {
    this.#vocabulary = vocabulary;
    this.#terms = terms;
  }

  /** The vocabulary's id of the worker's term `own`, added to it when new (in the order asked). */
  idOf(own: number): number {
    let id = this.#ids[own];
    if (id === undefined) {
      id = this.#vocabulary.add(this.#terms[own]!);
      this.#ids[own] = id;
    }
    return id;
  }
}

/** The term vector of packed counted terms, their ids in the vocabulary given by `idOf`. */
export function vectorOfPacked(counted: PackedTermCounts, idOf: (own: number) => number): TermVector {
  const byId = new Map<number, number>();
  const { ids, counts } = counted;
  for (let i = 0; i < ids.length; i++) byId.set(idOf(ids[i]!), counts[i]!);
  return vectorOfIds(byId, counted.length);
}

function vectorOfIds(byId: Map<number, number>, length: number): TermVector {
  const ids = Uint32Array.from(byId.keys()).sort();
  const out = new Uint16Array(ids.length);
  for (let i = 0; i < ids.length; i++) out[i] = Math.min(65535, byId.get(ids[i]!)!);
  return { ids, counts: out, length };
}

export interface TextIndex {
  vocabulary: Vocabulary;
  /**
   * The base postings, as the last full build or compaction made them: term t's are
   * docs/counts[offsets[t] .. offsets[t+1]) (docs in no particular order). Never written to once built,
   * so successive snapshots share them.
   */
  offsets: Uint32Array;
  docs: Uint32Array;
  /** One byte each when read from a parse cache and none passes 255 (see parseCache.ts). */
  counts: Uint16Array | Uint8Array;
  /**
   * Per base document number; a number no document holds any more has length 0 and no postings.
   * Whole numbers (`searchTop` reads them from a narrower copy, see compactLengths).
   */
  lengths: Float32Array;
  averageLength: number;
  /** Documents held (BM25's N); document numbers run below `sizeOf(index)`. */
  docCount: number;
  /** The sum of the documents' lengths (whole numbers, so exact): kept by patches, else summed when first needed. */
  lengthSum?: number;
  /** What reloads changed since the base postings were built, until a compaction merges it in. */
  changes?: IndexChanges;
}

/**
 * A reload's change kept beside the base postings rather than copied into them: the base documents
 * whose postings no longer count, and the postings of the documents given new ones since. A search
 * reads both; a compaction (see compactTextIndexSteps) merges them into new base postings.
 */
interface IndexChanges {
  /** Document numbers run below this. */
  size: number;
  /** Per base document: 1 when its base postings no longer count (dropped, or given new ones below). */
  gone: Uint8Array;
  goneCount: number;
  /** Per term: how many of the gone documents' base postings it has. */
  goneFrequency: ReadonlyMap<number, number>;
  /** The documents given postings since the base, with their vectors. */
  vectors: ReadonlyMap<number, TermVector>;
  /** Those vectors' postings by term, documents ascending. */
  postings: ReadonlyMap<number, ChangedPostings>;
}

interface ChangedPostings {
  docs: Uint32Array;
  counts: Uint16Array;
  lengths: Float32Array;
}

export function buildTextIndex(vocabulary: Vocabulary, vectors: readonly TermVector[]): TextIndex {
  return runNow(textIndexSteps(vocabulary, vectors.length, (doc) => vectors[doc]!));
}

/** The index of documents 0 … size-1 with the given vectors, as steps (see slices.ts). */
export function textIndexSteps(
  vocabulary: Vocabulary,
  size: number,
  vectorOf: (doc: number) => TermVector,
): Steps<TextIndex> {
  return patchTextIndexSteps(emptyTextIndex(vocabulary), {
    dropped: [],
    added: Array.from({ length: size }, (_, doc) => doc),
    addedVector: vectorOf,
    size,
  });
}

export function emptyTextIndex(vocabulary: Vocabulary): TextIndex {
  return {
    vocabulary,
    offsets: new Uint32Array(1),
    docs: new Uint32Array(0),
    counts: new Uint16Array(0),
    lengths: new Float32Array(0),
    averageLength: 0,
    docCount: 0,
    lengthSum: 0,
  };
}

/** Document numbers of the index run below this. */
export function sizeOf(index: TextIndex): number {
  return index.changes?.size ?? index.lengths.length;
}

/** What a patch changes in an index: documents whose postings go, and documents given postings. */
export interface PostingsChange {
  /** Documents of the previous index whose postings go. */
  dropped: readonly number[];
  /**
   * A dropped document's vector as it was indexed (read again from the previous snapshot's story), so
   * that its postings can be counted out without a pass over every posting. Without it, or when it
   * does not match what the index holds, the patch merges everything into new postings instead.
   */
  droppedVector?: (doc: number) => TermVector;
  /** Documents given postings (a dropped one may come back), and their vectors (asked for more than once). */
  added: readonly number[];
  addedVector: (doc: number) => TermVector;
  /** The new index's document numbers run below this. */
  size: number;
}

/**
 * Changes are kept beside the base postings up to this share of its documents (or CHANGED_AT_LEAST
 * documents); past it, a patch merges everything into new postings: a search reads a change's
 * postings as well, and a reload's cache write compacts them anyway.
 */
const CHANGED_SHARE = 1 / 8;
const CHANGED_AT_LEAST = 256;

/**
 * The index made from `previous` by a change. A small change is kept beside the previous base postings
 * (which are shared, not copied): the dropped documents' base postings are marked gone and counted out
 * of the term frequencies by their vectors, and the added documents' postings are kept apart. Its cost
 * is that of the change, not of the set. A large one (or a build) merges everything into new postings,
 * two passes over them.
 */
export function* patchTextIndexSteps(previous: TextIndex, change: PostingsChange): Steps<TextIndex> {
  // Every field of `previous` is read here, at once: a compaction may swap its representation between steps.
  const { vocabulary, offsets, docs, counts, lengths, changes: before } = previous;
  const base = { offsets, docs, counts, lengths };
  const { dropped, added, size } = change;
  const baseSize = lengths.length;
  let lengthSum = previous.lengthSum ?? sumOf(lengths, before);
  // The added vectors first: one counted now may bring new terms into the vocabulary.
  for (let k = 0; k < added.length; k++) {
    lengthSum += Math.fround(change.addedVector(added[k]!).length);
    if ((k & (ITEMS_PER_STEP - 1)) === 0) yield;
  }
  const gone = before ? before.gone.slice() : new Uint8Array(baseSize);
  let goneCount = before?.goneCount ?? 0;
  /** The changed documents of the previous index that keep their postings. */
  const vectors = new Map(before?.vectors);
  const newlyGone: number[] = [];
  /** Documents whose changed postings (of the previous index) go. */
  const replaced = new Set<number>();
  // A step every few hundred documents here too: a story of megabytes adds a hundred thousand sentences.
  for (let k = 0; k < dropped.length + added.length; k++) {
    const doc = k < dropped.length ? dropped[k]! : added[k - dropped.length]!;
    const vector = vectors.get(doc);
    if (vector) {
      vectors.delete(doc);
      replaced.add(doc);
      lengthSum -= Math.fround(vector.length);
    }
    if ((k & (ITEMS_PER_STEP * 4 - 1)) === 0) yield;
  }
  for (let k = 0; k < dropped.length; k++) {
    const doc = dropped[k]!;
    if (!replaced.has(doc) && doc < baseSize && !gone[doc]) {
      gone[doc] = 1;
      goneCount++;
      lengthSum -= lengths[doc]!;
      newlyGone.push(doc);
    }
    if ((k & (ITEMS_PER_STEP * 4 - 1)) === 0) yield;
  }
  const docCount = previous.docCount - dropped.length + added.length;
  const totals = { vocabulary, size, docCount, lengthSum };
  const limit = Math.max(CHANGED_AT_LEAST, (baseSize - goneCount) * CHANGED_SHARE);
  const goneFrequency = new Map(before?.goneFrequency);
  let kept =
    baseSize > 0 &&
    vectors.size + added.length <= limit &&
    goneCount <= limit &&
    change.droppedVector !== undefined;
  for (let k = 0; kept && k < newlyGone.length; k++) {
    const doc = newlyGone[k]!;
    const vector = change.droppedVector!(doc);
    // Its vector as read again must be the one indexed: its length says so (a vector of other terms
    // would have another length), else its postings are counted out in a merge.
    kept = Math.fround(vector.length) === lengths[doc];
    for (const t of vector.ids) goneFrequency.set(t, (goneFrequency.get(t) ?? 0) + 1);
    if ((k & 31) === 31) yield;
  }
  if (!kept) {
    // Concatenated rather than spread: a spread of a hundred thousand documents took 12-30 ms in one step.
    const docs = vectors.size > 0 ? Array.from(vectors.keys()).concat(added) : added;
    const vectorOf = (doc: number) => vectors.get(doc) ?? change.addedVector(doc);
    return yield* mergedSteps(base, gone, docs, vectorOf, totals);
  }
  // The terms whose frequency this patch changed: those of every vector it took out or put in.
  const terms = new Set<number>();
  for (const doc of replaced) for (const t of before!.vectors.get(doc)!.ids) terms.add(t);
  for (const doc of newlyGone) for (const t of change.droppedVector!(doc).ids) terms.add(t);
  for (let k = 0; k < added.length; k++) {
    const vector = change.addedVector(added[k]!);
    vectors.set(added[k]!, vector);
    for (const t of vector.ids) terms.add(t);
    if ((k & (ITEMS_PER_STEP - 1)) === 0) yield;
  }
  const patched: TextIndex = {
    ...base,
    vocabulary,
    docCount,
    lengthSum,
    averageLength: docCount ? lengthSum / docCount : 0,
    changes: {
      size,
      gone,
      goneCount,
      goneFrequency,
      vectors,
      postings: yield* changedPostings(before, replaced, added, vectors),
    },
  };
  carryGroups(previous, patched, terms);
  return patched;
}

/**
 * The changed postings by term after a patch: the previous ones less those of the documents replaced
 * (dropped, or given new postings), and the added documents'; only the terms of those documents are
 * rebuilt, documents ascending.
 */
function* changedPostings(
  before: IndexChanges | undefined,
  replaced: Set<number>,
  added: readonly number[],
  vectors: ReadonlyMap<number, TermVector>,
): Steps<Map<number, ChangedPostings>> {
  const postings = new Map(before?.postings);
  const lists = new Map<number, Array<[number, number, number]>>();
  const listOf = (t: number) => {
    let list = lists.get(t);
    if (!list) {
      list = [];
      lists.set(t, list);
      const had = postings.get(t);
      if (had)
        for (let i = 0; i < had.docs.length; i++)
          if (!replaced.has(had.docs[i]!)) list.push([had.docs[i]!, had.counts[i]!, had.lengths[i]!]);
    }
    return list;
  };
  for (const doc of replaced) for (const t of before!.vectors.get(doc)!.ids) listOf(t);
  // An added document's earlier changed postings (if any) go too, before its new ones are listed.
  for (const doc of added) replaced.add(doc);
  // A step every few hundred documents and terms: a story of megabytes adds tens of thousands of sentences.
  for (let k = 0; k < added.length; k++) {
    const doc = added[k]!;
    const { ids, counts, length } = vectors.get(doc)!;
    for (let i = 0; i < ids.length; i++) listOf(ids[i]!).push([doc, counts[i]!, Math.fround(length)]);
    if ((k & (ITEMS_PER_STEP - 1)) === ITEMS_PER_STEP - 1) yield;
  }
  let step = 0;
  for (const [t, list] of lists) {
    if ((++step & (ITEMS_PER_STEP - 1)) === 0) yield;
    if (list.length === 0) {
      postings.delete(t);
      continue;
    }
    list.sort((a, b) => a[0] - b[0]);
    postings.set(t, {
      docs: Uint32Array.from(list, (entry) => entry[0]),
      counts: Uint16Array.from(list, (entry) => entry[1]),
      lengths: Float32Array.from(list, (entry) => entry[2]),
    });
  }
  return postings;
}

/** The sum of the documents' lengths (an index restored from the parse cache has none kept). */
function sumOf(lengths: Float32Array, changes: IndexChanges | undefined): number {
  let sum = 0;
  for (let doc = 0; doc < lengths.length; doc++) if (!changes?.gone[doc]) sum += lengths[doc]!;
  if (changes) for (const vector of changes.vectors.values()) sum += Math.fround(vector.length);
  return sum;
}

type BasePostings = Pick<TextIndex, 'offsets' | 'docs' | 'counts' | 'lengths'>;

/**
 * New base postings: the base's postings of documents not gone, and the `added` documents' (the changed
 * ones), in two passes over the postings (a count, then a copy).
 */
function* mergedSteps(
  base: BasePostings,
  gone: Uint8Array,
  added: readonly number[],
  addedVector: (doc: number) => TermVector,
  totals: { vocabulary: Vocabulary; size: number; docCount: number; lengthSum: number },
): Steps<TextIndex> {
  const { vocabulary, size, docCount, lengthSum } = totals;
  const previousTerms = base.offsets.length - 1;
  const termCount = vocabulary.terms.length;
  const sizes = new Int32Array(termCount);
  const anyGone = gone.includes(1);
  for (let t = 0; t < previousTerms; yield) t = countKept(base, gone, anyGone, sizes, t);
  for (let k = 0; k < added.length; yield) k = countAdded(added, addedVector, sizes, k);
  const offsets = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t]! + sizes[t]!;
  const docs = new Uint32Array(offsets[termCount]!);
  const counts = new Uint16Array(docs.length);
  const fill = offsets.slice(0, termCount);
  for (let t = 0; t < previousTerms; yield) t = copyKept(base, gone, docs, counts, fill, t);
  /** Where each term's added postings start, after its kept ones. */
  const addedFrom = fill.slice();
  const lengths = new Float32Array(size);
  const keep = Math.min(size, base.lengths.length);
  lengths.set(base.lengths.subarray(0, keep));
  for (let doc = 0; doc < keep; doc++) if (gone[doc]) lengths[doc] = 0;
  // The added documents' postings in document order too, then merged with the kept ones: every term's
  // postings stay in document order, which a search of the best few reads them in (see searchTop).
  const inOrder = ascending(added) ? added : [...added].sort((a, b) => a - b);
  for (let k = 0; k < inOrder.length; yield)
    k = fillAdded(inOrder, addedVector, docs, counts, lengths, fill, k);
  for (let t = 0; t < termCount; yield) t = mergeRuns(docs, counts, offsets, addedFrom, t);
  return {
    vocabulary,
    offsets,
    docs,
    counts,
    lengths,
    averageLength: docCount ? lengthSum / docCount : 0,
    docCount,
    lengthSum,
  };
}

/**
 * The index with its changes merged into new base postings, as steps: the same documents, postings
 * and figures, so every search answers as before, only without reading the changes apart.
 */
export function* compactTextIndexSteps(index: TextIndex): Steps<TextIndex> {
  const { offsets, docs, counts, lengths, changes } = index;
  if (!changes) return index;
  const { vectors } = changes;
  const changed = [...vectors.keys()];
  return yield* mergedSteps(
    { offsets, docs, counts, lengths },
    changes.gone,
    changed,
    (doc) => vectors.get(doc)!,
    {
      vocabulary: index.vocabulary,
      size: changes.size,
      docCount: index.docCount,
      lengthSum: index.lengthSum ?? sumOf(lengths, changes),
    },
  );
}

/**
 * Puts the compacted form of `index` (from compactTextIndexSteps) in its place, unless a change came
 * in between. Searches see no difference: the compacted index holds the same postings and figures.
 */
export function swapInCompacted(
  index: TextIndex,
  from: IndexChanges | undefined,
  compacted: TextIndex,
): void {
  if (index.changes !== from || compacted === index) return;
  const { offsets, docs, counts, lengths } = compacted;
  Object.assign(index, { offsets, docs, counts, lengths, changes: undefined });
}

/**
 * Every document's term vector, read back out of the postings (ids ascending, as `vectorOfCounts` makes
 * them): what a full rebuild of the index needs for documents it has no vector of, at the cost of one
 * pass over the postings rather than holding a vector per document all the time.
 */
export function termVectorsOf(index: TextIndex): (doc: number) => TermVector {
  const { offsets, docs: postedDocs, counts: postedCounts, lengths, changes } = index;
  const docs = lengths.length;
  const gone = changes?.gone;
  const starts = new Uint32Array(docs + 1);
  for (let p = 0; p < postedDocs.length; p++) starts[postedDocs[p]! + 1]!++;
  for (let d = 0; d < docs; d++) starts[d + 1]! += starts[d]!;
  const fill = starts.slice(0, docs);
  const ids = new Uint32Array(postedDocs.length);
  const counts = new Uint16Array(postedDocs.length);
  const terms = offsets.length - 1;
  for (let t = 0; t < terms; t++)
    for (let p = offsets[t]!; p < offsets[t + 1]!; p++) {
      const at = fill[postedDocs[p]!]!++;
      ids[at] = t;
      counts[at] = postedCounts[p]!;
    }
  const none: TermVector = { ids: new Uint32Array(0), counts: new Uint16Array(0), length: 0 };
  return (doc) => {
    const changed = changes?.vectors.get(doc);
    if (changed) return changed;
    if (doc >= docs || gone?.[doc]) return none;
    return {
      ids: ids.subarray(starts[doc]!, starts[doc + 1]!),
      counts: counts.subarray(starts[doc]!, starts[doc + 1]!),
      length: lengths[doc]!,
    };
  };
}

/**
 * How many of the term ids each document holds, by document number: one pass over those terms'
 * postings, for a question that only needs to know which documents hold its words.
 */
export function termsHeld(index: TextIndex, ids: readonly number[]): Uint8Array {
  const held = new Uint8Array(sizeOf(index));
  const { offsets, docs, changes } = index;
  const gone = changes?.gone;
  for (const id of new Set(ids)) {
    if (id + 1 < offsets.length)
      for (let p = offsets[id]!; p < offsets[id + 1]!; p++) {
        const doc = docs[p]!;
        if (!gone?.[doc]) held[doc]!++;
      }
    const changed = changes?.postings.get(id);
    if (changed) for (const doc of changed.docs) held[doc]!++;
  }
  return held;
}

/**
 * How many of the term ids a document holds, for about `lookups` documents to be asked: each looked up
 * in the terms' postings by binary search (put in document order first) when that reads less than one
 * pass over every posting of them (`termsHeld`, whose array is as long as the set). The same counts.
 */
export function termsHeldBy(
  index: TextIndex,
  ids: readonly number[],
  lookups: number,
): (doc: number) => number {
  const unique = [...new Set(ids)];
  const { offsets, changes } = index;
  let postings = 0;
  for (const id of unique)
    postings +=
      (id + 1 < offsets.length ? offsets[id + 1]! - offsets[id]! : 0) +
      (changes?.postings.get(id)?.docs.length ?? 0);
  if (lookups * unique.length * Math.log2(postings + 2) >= postings) {
    const held = termsHeld(index, unique);
    return (doc) => held[doc]!;
  }
  for (const id of unique) if (id + 1 < offsets.length) orderPostings(index, id);
  return (doc) => {
    let count = 0;
    for (const id of unique) if (heldInRange(index, id, doc, doc + 1)) count++;
    return count;
  };
}

/**
 * Whether a document numbered `from .. to` holds a term id (a story's sentences, in the sentence index),
 * found by binary search: the index's postings must be in document order (see `searchText`'s `within`).
 */
export function heldInRange(index: TextIndex, id: number, from: number, to: number): boolean {
  const { offsets, docs, changes } = index;
  const gone = changes?.gone;
  if (id + 1 < offsets.length)
    for (let p = firstAtLeast(docs, offsets[id]!, offsets[id + 1]!, from); p < offsets[id + 1]!; p++) {
      if (docs[p]! >= to) break;
      if (!gone?.[docs[p]!]) return true;
    }
  const changed = changes?.postings.get(id)?.docs;
  if (!changed) return false;
  const p = firstAtLeast(changed, 0, changed.length, from);
  return p < changed.length && changed[p]! < to;
}

/**
 * Each posting of a term id among the documents numbered `from .. to`, in document order of the base
 * postings then of those a reload added (a story's sentences, in the sentence index), with the count
 * and the document's length: found by binary search, as `heldInRange`.
 */
export function postingsInRange(
  index: TextIndex,
  id: number,
  from: number,
  to: number,
  visit: (doc: number, count: number, length: number) => void,
): void {
  const { offsets, docs, counts, lengths, changes } = index;
  const gone = changes?.gone;
  if (id + 1 < offsets.length) {
    const [start, end] = postingsWithin(docs, offsets[id]!, offsets[id + 1]!, { from, to });
    for (let p = start; p < end; p++) if (!gone?.[docs[p]!]) visit(docs[p]!, counts[p]!, lengths[docs[p]!]!);
  }
  const changed = changes?.postings.get(id);
  if (!changed) return;
  const [start, end] = postingsWithin(changed.docs, 0, changed.docs.length, { from, to });
  for (let p = start; p < end; p++) visit(changed.docs[p]!, changed.counts[p]!, changed.lengths[p]!);
}

/**
 * The first position of `docs[start .. end)` (ascending) holding a document numbered `doc` or more.
 * `lowerBound` over postings only: the answering path's searches call it often, and `lowerBound` is
 * shared with lists of strings, whose element reads V8 could then not keep to one kind.
 */
function firstAtLeast(docs: Uint32Array, start: number, end: number, doc: number): number {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Postings a patch passes over between yields. */
const POSTINGS_PER_STEP = ITEMS_PER_STEP * 64;

/*
 * The passes over every posting are plain functions called a piece at a time, not loops of the
 * generator itself: a generator's loop is not optimised while it runs, and these run over millions.
 */

/** Counts the postings of terms from `t` on that stay (a piece of them); returns the next term. */
function countKept(
  previous: BasePostings,
  gone: Uint8Array,
  anyGone: boolean,
  sizes: Int32Array,
  t: number,
): number {
  const { offsets, docs } = previous;
  const terms = offsets.length - 1;
  let passed = 0;
  for (; t < terms && passed < POSTINGS_PER_STEP; t++) {
    const start = offsets[t]!;
    const end = offsets[t + 1]!;
    let kept = end - start;
    if (anyGone) for (let p = start; p < end; p++) kept -= gone[docs[p]!]!;
    sizes[t] = kept;
    passed += end - start + 1;
  }
  return t;
}

/** Copies the postings that stay of terms from `t` on (a piece of them) to `fill`; returns the next term. */
function copyKept(
  previous: BasePostings,
  gone: Uint8Array,
  docs: Uint32Array,
  counts: Uint16Array,
  fill: Uint32Array,
  t: number,
): number {
  const terms = previous.offsets.length - 1;
  let passed = 0;
  for (; t < terms && passed < POSTINGS_PER_STEP; t++) {
    let at = fill[t]!;
    const start = previous.offsets[t]!;
    const end = previous.offsets[t + 1]!;
    for (let p = start; p < end; p++) {
      const doc = previous.docs[p]!;
      if (gone[doc]) continue;
      docs[at] = doc;
      counts[at++] = previous.counts[p]!;
    }
    fill[t] = at;
    passed += end - start + 1;
  }
  return t;
}

/** Whether the numbers are in ascending order. */
function ascending(values: readonly number[]): boolean {
  for (let k = 1; k < values.length; k++) if (values[k]! < values[k - 1]!) return false;
  return true;
}

let mergeDocs = new Uint32Array(0);
let mergeCounts = new Uint16Array(0);

/**
 * Merges, for the terms from `t` on (a piece of them), the two runs of postings in document order that
 * a merge leaves (the kept ones, then from `addedFrom[t]` the added ones) into one; returns the next term.
 */
function mergeRuns(
  docs: Uint32Array,
  counts: Uint16Array,
  offsets: Uint32Array,
  addedFrom: Uint32Array,
  t: number,
): number {
  const terms = offsets.length - 1;
  let passed = 0;
  for (; t < terms && passed < POSTINGS_PER_STEP; t++) {
    const start = offsets[t]!;
    const middle = addedFrom[t]!;
    const end = offsets[t + 1]!;
    passed++;
    if (middle === start || middle === end || docs[middle - 1]! < docs[middle]!) continue;
    const kept = middle - start;
    if (mergeDocs.length < kept) {
      mergeDocs = new Uint32Array(kept * 2);
      mergeCounts = new Uint16Array(kept * 2);
    }
    mergeDocs.set(docs.subarray(start, middle));
    mergeCounts.set(counts.subarray(start, middle));
    // The kept run copied aside, the merge writes from the front: it never passes the added run's reads.
    let a = 0;
    let b = middle;
    for (let at = start; at < end; at++) {
      if (b >= end || (a < kept && mergeDocs[a]! < docs[b]!)) {
        docs[at] = mergeDocs[a]!;
        counts[at] = mergeCounts[a++]!;
      } else {
        docs[at] = docs[b]!;
        counts[at] = counts[b++]!;
      }
    }
    passed += end - start;
  }
  return t;
}

/** Counts the postings of added documents from `k` on (a piece of them); returns the next. */
function countAdded(
  added: readonly number[],
  vectorOf: (doc: number) => TermVector,
  sizes: Int32Array,
  k: number,
): number {
  for (const end = Math.min(added.length, k + ITEMS_PER_STEP); k < end; k++) {
    const { ids } = vectorOf(added[k]!);
    for (let i = 0; i < ids.length; i++) sizes[ids[i]!]!++;
  }
  return k;
}

/** Puts the postings of added documents from `k` on (a piece of them) in place; returns the next. */
function fillAdded(
  added: readonly number[],
  vectorOf: (doc: number) => TermVector,
  docs: Uint32Array,
  counts: Uint16Array,
  lengths: Float32Array,
  fill: Uint32Array,
  k: number,
): number {
  for (const end = Math.min(added.length, k + ITEMS_PER_STEP); k < end; k++) {
    const doc = added[k]!;
    const { ids, counts: tf, length } = vectorOf(doc);
    for (let i = 0; i < ids.length; i++) {
      const at = fill[ids[i]!]!++;
      docs[at] = doc;
      counts[at] = tf[i]!;
    }
    lengths[doc] = length;
  }
  return k;
}

/** How many documents hold a term id (0 for ids newer than this index). */
export function documentFrequency(index: TextIndex, id: number): number {
  const base = id + 1 < index.offsets.length ? index.offsets[id + 1]! - index.offsets[id]! : 0;
  const { changes } = index;
  if (!changes) return base;
  return base - (changes.goneFrequency.get(id) ?? 0) + (changes.postings.get(id)?.docs.length ?? 0);
}

/**
 * The term ids of a query that this index knows, without repeats. With `correct`, a misspelt word
 * (`cofee`) stands for the commonest known term one or two edits away (see `correctTerm`).
 */
export function queryTermIds(
  index: TextIndex,
  query: string,
  options: { correct?: boolean } = {},
): { ids: number[]; unknown: string[] } {
  const ids: number[] = [];
  const unknown: string[] = [];
  for (const term of new Set(terms(query))) {
    const id = index.vocabulary.get(term);
    if (id !== undefined && documentFrequency(index, id) > 0) {
      ids.push(id);
      continue;
    }
    const corrected = options.correct ? correctTerm(index, term) : undefined;
    if (corrected === undefined) unknown.push(term);
    else if (!ids.includes(corrected)) ids.push(corrected);
  }
  return { ids, unknown };
}

/** Known terms grouped by first letter and length, built once per index on the first correction. */
const termGroups = new WeakMap<TextIndex, Map<string, number[]>>();

function groupsOf(index: TextIndex): Map<string, number[]> {
  let groups = termGroups.get(index);
  if (!groups) {
    groups = new Map();
    const { terms: all } = index.vocabulary;
    // Terms past the base postings may be held by changed documents.
    const known = index.changes ? all.length : Math.min(all.length, index.offsets.length - 1);
    for (let id = 0; id < known; id++) {
      const term = all[id]!;
      if (term.length < 3 || documentFrequency(index, id) === 0) continue;
      const key = `${term[0]}${term.length}`;
      const list = groups.get(key);
      if (list) list.push(id);
      else groups.set(key, [id]);
    }
    termGroups.set(index, groups);
  }
  return groups;
}

/**
 * The misspelling groups of a patched index from those of the index it was patched from, if they were
 * made: only the `terms` whose frequency came to or from zero move, so the new index makes none anew.
 */
function carryGroups(previous: TextIndex, next: TextIndex, terms: Iterable<number>): void {
  const groups = termGroups.get(previous);
  if (!groups) return;
  const { terms: all } = next.vocabulary;
  /** Per group: the terms that come into it, and those that leave it. */
  const moves = new Map<string, { come: number[]; leave: Set<number> }>();
  for (const id of terms) {
    const term = all[id]!;
    const held = documentFrequency(next, id) > 0;
    if (term.length < 3 || documentFrequency(previous, id) > 0 === held) continue;
    const key = `${term[0]}${term.length}`;
    let move = moves.get(key);
    if (!move) {
      move = { come: [], leave: new Set() };
      moves.set(key, move);
    }
    if (held) move.come.push(id);
    else move.leave.add(id);
  }
  const out = new Map(groups);
  for (const [key, { come, leave }] of moves) {
    // Ids ascending, as a build lists them: the first of two equally close terms is the one taken.
    const list = [...(out.get(key) ?? []).filter((id) => !leave.has(id)), ...come].sort((a, b) => a - b);
    if (list.length > 0) out.set(key, list);
    else out.delete(key);
  }
  termGroups.set(next, out);
}

// Three rows of the edit-distance table, reused: a correction compares the word with every known
// term of its first letter and length, and a name with every name word of its length; none allocates.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Edit distance (insert, delete, substitute, swap of neighbours: optimal string alignment) up to
 * `max`; max + 1 beyond it, found as soon as a row of the table passes it.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > rows[0].length)
    rows = [0, 1, 2].map(() => new Int32Array(b.length * 2 + 2)) as typeof rows;
  let [before, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/** How an English word may start: a vowel, or a consonant alone or in a cluster words start with. */
const WORD_ONSET =
  /^(?:[aeiouy]|[b-df-hj-np-tv-z][aeiouy]|[bcfgkpsz]l|[bcdfgkptw]r|[cpstw]h|s[cknmpqtw]|kn|gn|ps|qu|dw|tw|sch|str|spr|spl|scr|thr)/;

/**
 * The known term a misspelt one stands for: the name its initials were typed joined to, else the
 * commonest known term within one edit (two for words of seven letters or more), with the same first
 * letter: typos rarely hit the first letter, and it keeps the scan short.
 */
export function correctTerm(index: TextIndex, term: string): number | undefined {
  if (term.length < 4 || /\d/.test(term)) return undefined;
  // "kmart" of "K Mart", "jcpenney" of "J.C. Penney": initials typed joined to the name, which the index
  // knows without them (it keeps no single letters); two consonants no English word starts with tell them.
  if (!WORD_ONSET.test(term))
    for (const cut of [1, 2]) {
      const id = term.length - cut >= 4 ? index.vocabulary.get(term.slice(cut)) : undefined;
      if (id !== undefined && documentFrequency(index, id) > 0) return id;
    }
  const max = term.length >= 7 ? 2 : 1;
  const groups = groupsOf(index);
  let best: number | undefined;
  let bestDistance = max + 1;
  let bestFrequency = 0;
  for (let length = term.length - max; length <= term.length + max; length++) {
    for (const id of groups.get(`${term[0]}${length}`) ?? []) {
      const distance = editDistance(term, index.vocabulary.terms[id]!, max);
      if (distance > max) continue;
      const frequency = documentFrequency(index, id);
      if (distance < bestDistance || (distance === bestDistance && frequency > bestFrequency)) {
        best = id;
        bestDistance = distance;
        bestFrequency = frequency;
      }
    }
  }
  return best;
}

export interface TextHits {
  /** Matching documents, best first. */
  docs: Uint32Array;
  scores: Float32Array;
  /** How many of the query's terms each hit holds. */
  matched: Uint8Array;
}

const K1 = 1.2;
const B = 0.75;

/** BM25's weight of a term held by `df` of `n` documents: the rarer, the heavier. */
export function bm25Idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** BM25's score of a term `tf` times in a document of `length` terms, against the average length. */
export function bm25Term(idf: number, tf: number, length: number, averageLength: number): number {
  return bm25TermNormed(idf, tf, bm25Norm(length, averageLength));
}

/** BM25's length part of a document of `length` terms, against the average length (once per document). */
function bm25Norm(length: number, averageLength: number): number {
  return K1 * (1 - B + (B * length) / (averageLength || 1));
}

/** `bm25Term` with the document's length part (`bm25Norm`) already read: the same operations, the same bits. */
function bm25TermNormed(idf: number, tf: number, norm: number): number {
  return (idf * (tf * (K1 + 1))) / (tf + norm);
}

/**
 * BM25 over the given term ids. Scores are accumulated in a dense array (fast for 100k documents) and
 * only documents that hold at least `minMatched` of the terms are returned: best first, or only the
 * best `top` of them (much cheaper than sorting every hit of a common word), or unsorted. `within`
 * reads only the documents numbered `from .. to` (one story's sentences in the sentence index), found
 * by binary search in each term's postings, which must then be in document order: the sentence
 * index's are, as a story's sentences are numbered together and a reload numbers new ones after all.
 */
export function searchText(
  index: TextIndex,
  ids: readonly number[],
  minMatched = 1,
  options: { top?: number; unsorted?: boolean; within?: { from: number; to: number } } = {},
): TextHits {
  const n = index.docCount;
  const { scores, matched } = scratch(sizeOf(index));
  const { offsets, docs, counts, lengths, averageLength, changes } = index;
  const touched: number[] = [];
  // Rarest terms first, so that the common ones (the long postings) can often skip the documents that
  // can no longer be returned: a document first met at term j can hold at most `byRarity.length - j` of
  // them, and, with `top`, at most the sum of the remaining terms' largest scores (max-score pruning).
  // Both skips are exact: every returned document's score and matched count are as without them.
  const byRarity = termsByRarity(index, ids);
  const idfs = byRarity.map((term) => bm25Idf(n, term.df));
  const bounds = new Float64Array(byRarity.length + 1);
  for (let j = byRarity.length - 1; j >= 0; j--) bounds[j] = bounds[j + 1]! + idfs[j]! * (K1 + 1);
  let pruned = false;
  for (let j = 0; j < byRarity.length; j++) {
    const id = byRarity[j]!.id;
    const idf = idfs[j]!;
    if (!pruned && options.top !== undefined && j > 0 && touched.length >= options.top)
      pruned = countAbove(touched, scores, bounds[j]!, options.top) >= options.top;
    const onlyTouched = pruned || byRarity.length - j < minMatched;
    const term = { idf, averageLength, onlyTouched, scores, matched, touched };
    if (id + 1 < offsets.length) {
      const [start, end] = postingsWithin(docs, offsets[id]!, offsets[id + 1]!, options.within);
      scorePostings(term, docs, counts, lengths, false, start, end, changes?.gone);
    }
    const changed = changes?.postings.get(id);
    if (changed) {
      const [start, end] = postingsWithin(changed.docs, 0, changed.docs.length, options.within);
      scorePostings(term, changed.docs, changed.counts, changed.lengths, true, start, end);
    }
  }
  let hits = minMatched > 1 ? touched.filter((doc) => matched[doc]! >= minMatched) : touched;
  const better = (a: number, b: number) => scores[b]! - scores[a]! || a - b;
  if (options.top !== undefined && hits.length > options.top * 4)
    hits = bestOf(hits, options.top, scores, null);
  else if (!options.unsorted) hits.sort(better);
  const outScores = new Float32Array(hits.length);
  const outMatched = new Uint8Array(hits.length);
  for (let i = 0; i < hits.length; i++) {
    outScores[i] = scores[hits[i]!]!;
    outMatched[i] = matched[hits[i]!]!;
  }
  for (const doc of touched) {
    scores[doc] = 0;
    matched[doc] = 0;
  }
  return { docs: Uint32Array.from(hits), scores: outScores, matched: outMatched };
}

/**
 * The best `k` documents for the term ids (score, then lower document number, as `searchText` orders
 * them), with their exact scores and matched counts, among those holding at least `minMatched` of the
 * terms that `keep` accepts (and `only`, which reads the document alone: those it rejects are passed
 * over before they are scored). Unlike a full scan, its work is bounded by the documents that could still
 * enter the best k rather than by every posting of a common word (MaxScore): the terms are ordered by
 * their largest contribution to any document (read once per term and kept), and once the k-th best
 * score passes the sum of the smallest of those bounds, the documents holding only those terms are
 * never visited: the other terms' postings lead, and the bounded terms are looked up in their
 * document-ordered postings by galloping search, a document given up as soon as what it may still
 * gain cannot lift it past the k-th score. Exact: the same documents, scores and matched counts as
 * sorting every hit of `searchText` and taking the first k. Where a reload's change is kept beside the
 * postings (until a compaction merges it in), it is that scan.
 */
export function searchTop(
  index: TextIndex,
  ids: readonly number[],
  k: number,
  options: {
    minMatched?: number;
    keep?: (doc: number, matched: number) => boolean;
    only?: (doc: number) => boolean;
  } = {},
): TextHits {
  const { minMatched = 1, keep, only } = options;
  const byRarity = termsByRarity(index, ids);
  if (k <= 0 || byRarity.length === 0)
    return { docs: new Uint32Array(0), scores: new Float32Array(0), matched: new Uint8Array(0) };
  if (index.changes) {
    const hits = searchText(index, ids, minMatched, { unsorted: true });
    const kept =
      keep || only
        ? (i: number) => (!only || only(hits.docs[i]!)) && (!keep || keep(hits.docs[i]!, hits.matched[i]!))
        : undefined;
    return hitsAt(hits, bestFirst(hits, k, kept));
  }
  for (const term of byRarity) orderPostings(index, term.id);
  const { offsets } = index;
  const m = byRarity.length;
  const n = index.docCount;
  const idfs = Float64Array.from(byRarity, (term) => bm25Idf(n, term.df));
  // Term positions (by rarity, the order scores are summed in) by their bound, smallest first.
  const bounds = byRarity.map((term, j) => idfs[j]! * largestPart(index, term.id));
  const byBound = Int32Array.from(
    Array.from({ length: m }, (_, j) => j).sort((a, b) => bounds[a]! - bounds[b]! || a - b),
  );
  /** The sum of the bounds of the first i terms by bound, made a little larger than any sum of scores that fround can round up. */
  const below = new Float64Array(m + 1);
  for (let i = 0; i < m; i++) below[i + 1] = below[i]! + bounds[byBound[i]!]!;
  for (let i = 1; i <= m; i++) below[i] = below[i]! * ROUNDING_MARGIN;
  const at = new Int32Array(m);
  const end = new Int32Array(m);
  const start = new Int32Array(m);
  const blocks: Array<Float64Array | null> = [];
  for (let i = 0; i < m; i++) {
    const id = byRarity[byBound[i]!]!.id;
    at[i] = offsets[id]!;
    start[i] = offsets[id]!;
    end[i] = offsets[id + 1]!;
    blocks.push(blockPartsOf(index, id));
  }
  const best = new TopK(k);
  offerByMaxScore(
    index,
    { idfs, byBound, below, at, end, start, blocks, bounds },
    best,
    minMatched,
    keep ?? keepAll,
    only ?? anyDoc,
  );
  return best.hits();
}

/** Every document kept (`searchTop` without a filter). */
const keepAll = (_doc: number, _matched: number) => true;
/** Every document read (`searchTop` without `only`). */
const anyDoc = (_doc: number) => true;

/**
 * `searchTop`'s walk of the postings, in a function of its own: V8 compiles its loop while it runs
 * (on-stack replacement), and code after a loop that ran before any call had reached it was compiled
 * without feedback, so that every later call left the compiled code there (some 130 searches at 100k
 * stories) and ran on in the interpreter. Here nothing follows the loop, and the filter is always a
 * function.
 */
function offerByMaxScore(
  index: TextIndex,
  terms: {
    idfs: Float64Array;
    byBound: Int32Array;
    below: Float64Array;
    at: Int32Array;
    end: Int32Array;
    start: Int32Array;
    blocks: Array<Float64Array | null>;
    bounds: number[];
  },
  best: TopK,
  minMatched: number,
  keep: (doc: number, matched: number) => boolean,
  only: (doc: number) => boolean,
): void {
  const { docs, counts, averageLength } = index;
  const lengths = compactLengths(index.lengths);
  const { idfs, byBound, below, at, end, start, blocks, bounds } = terms;
  const m = at.length;
  /** Terms by bound below this one are looked up, not led by: no document holding only them can enter. */
  let essential = 0;
  const parts = new Float64Array(m);
  const held = new Uint8Array(m);
  // Each term's document at its position (infinity once its postings are read), so that finding the
  // next document reads no postings; kept for the leading terms, whose positions move only here.
  const current = new Float64Array(m);
  const moved = (i: number) => {
    current[i] = at[i]! < end[i]! ? docs[at[i]!]! : Number.POSITIVE_INFINITY;
  };
  for (let i = 0; i < m; i++) moved(i);
  // Each leading term's block as last read: its number, its bound times the term's idf and its last
  // document, read again only when the term's position leaves it.
  const blockAt = new Int32Array(m).fill(-1);
  const blockBound = new Float64Array(m);
  const blockLast = new Float64Array(m);
  for (;;) {
    let doc = Number.POSITIVE_INFINITY;
    for (let i = essential; i < m; i++) if (current[i]! < doc) doc = current[i]!;
    if (doc === Number.POSITIVE_INFINITY) break;
    if (best.full) {
      // Block bounds: up to the first end of a leading term's block, no document can score more than
      // the looked-up terms' bounds and each leading term's block's; when that cannot enter, every
      // document up to there is passed unread. This document's own bound, read in the same pass, is
      // the looked-up terms' and the blocks' of the leading terms it holds: when that cannot enter,
      // its length and counts are never read (a read at random per document).
      let bound = below[essential]!;
      let own = bound;
      let upTo = Number.POSITIVE_INFINITY;
      for (let i = essential; i < m; i++) {
        const here = current[i]!;
        if (here === Number.POSITIVE_INFINITY) continue;
        const ofBlocks = blocks[i];
        let part: number;
        if (!ofBlocks) part = bounds[byBound[i]!]!;
        else {
          const block = ((at[i]! - start[i]!) / BLOCK) | 0;
          if (block !== blockAt[i]) {
            blockAt[i] = block;
            blockBound[i] = idfs[byBound[i]!]! * ofBlocks[block]!;
            blockLast[i] = docs[Math.min(end[i]!, start[i]! + (block + 1) * BLOCK) - 1]!;
          }
          part = blockBound[i]!;
          upTo = Math.min(upTo, blockLast[i]!);
        }
        bound += part;
        if (here === doc) own += part;
      }
      if (upTo !== Number.POSITIVE_INFINITY && bound * ROUNDING_MARGIN <= best.threshold) {
        for (let i = essential; i < m; i++) {
          at[i] = gallopTo(docs, at[i]!, end[i]!, upTo + 1);
          moved(i);
        }
        continue;
      }
      if (own * ROUNDING_MARGIN <= best.threshold) {
        for (let i = essential; i < m; i++)
          if (current[i] === doc) {
            at[i]!++;
            moved(i);
          }
        continue;
      }
    }
    if (!only(doc)) {
      // Never offered, whatever it holds: its postings are passed, the looked-up terms' left to gallop.
      for (let i = essential; i < m; i++)
        if (current[i] === doc) {
          at[i]!++;
          moved(i);
        }
      continue;
    }
    for (let j = 0; j < m; j++) held[j] = 0;
    // bm25Term's document part, read once per document (the same operations, so the same bits).
    const norm = bm25Norm(lengths[doc]!, averageLength);
    let partial = 0;
    for (let i = essential; i < m; i++)
      if (current[i] === doc) {
        const j = byBound[i]!;
        const tf = counts[at[i]!]!;
        parts[j] = bm25TermNormed(idfs[j]!, tf, norm);
        held[j] = 1;
        partial += parts[j]!;
        at[i]!++;
        moved(i);
      }
    let given = false;
    for (let i = essential - 1; i >= 0; i--) {
      if (best.full && (partial + below[i + 1]!) * ROUNDING_MARGIN <= best.threshold) {
        given = true;
        break;
      }
      const p = gallopTo(docs, at[i]!, end[i]!, doc);
      at[i] = p;
      if (p < end[i]! && docs[p] === doc) {
        const j = byBound[i]!;
        const tf = counts[p]!;
        parts[j] = bm25TermNormed(idfs[j]!, tf, norm);
        held[j] = 1;
        partial += parts[j]!;
        at[i] = p + 1;
      }
    }
    if (given) continue;
    // Summed in order of rarity in single precision, as searchText's scores are.
    let score = 0;
    let matched = 0;
    for (let j = 0; j < m; j++)
      if (held[j]) {
        score = Math.fround(score + parts[j]!);
        matched++;
      }
    if (matched < minMatched || !keep(doc, matched)) continue;
    if (!best.offer(doc, score, matched)) continue;
    while (essential < m && best.full && below[essential + 1]! <= best.threshold) essential++;
  }
}

/** Each base lengths array's copy in the narrowest array that holds them (see compactLengths). */
const compacted = new WeakMap<Float32Array, Float32Array | Uint16Array | Uint8Array>();

/**
 * The documents' lengths in bytes when none passes 255, else in 16 bits when none passes 65,535 (whole
 * numbers: a term count, the headline's counted thrice), else as they are; made once per lengths array
 * (never written to once its index is built) and kept with it. `searchTop` reads one length per
 * document it scores, at random: a quarter of the bytes (682 KB rather than 2.7 MB for the sentences
 * of 100,000 stories) stays in the processor's caches far more often. The same values, so the same scores.
 */
function compactLengths(lengths: Float32Array): Float32Array | Uint16Array | Uint8Array {
  let compact = compacted.get(lengths);
  if (!compact) {
    let most = 0;
    let whole = true;
    for (let doc = 0; doc < lengths.length; doc++) {
      const length = lengths[doc]!;
      if (length > most) most = length;
      if (!Number.isInteger(length)) whole = false;
    }
    compact =
      !whole || most > 0xffff ? lengths : most > 0xff ? Uint16Array.from(lengths) : Uint8Array.from(lengths);
    compacted.set(lengths, compact);
  }
  return compact;
}

/** Headroom for single-precision sums over a bound's double-precision sum (a few terms, 2^-24 each). */
const ROUNDING_MARGIN = 1 + 1e-6;

/** The query's terms that the index holds, rarest first (ties in the order given), with their frequency. */
function termsByRarity(index: TextIndex, ids: readonly number[]): Array<{ id: number; df: number }> {
  return ids
    .map((id) => ({ id, df: documentFrequency(index, id) }))
    .filter((term) => term.df > 0)
    .sort((a, b) => a.df - b.df);
}

/** The hits at the given positions of `hits`, in that order. */
function hitsAt(hits: TextHits, positions: readonly number[]): TextHits {
  return {
    docs: Uint32Array.from(positions, (i) => hits.docs[i]!),
    scores: Float32Array.from(positions, (i) => hits.scores[i]!),
    matched: Uint8Array.from(positions, (i) => hits.matched[i]!),
  };
}

/** The first position of `docs[start .. end)` (ascending) at or past `doc`, found by doubling steps then halving. */
function gallopTo(docs: Uint32Array, start: number, end: number, doc: number): number {
  if (start >= end || docs[start]! >= doc) return start;
  let step = 1;
  let lo = start;
  while (lo + step < end && docs[lo + step]! < doc) {
    lo += step;
    step *= 2;
  }
  return firstAtLeast(docs, lo + 1, Math.min(end, lo + step + 1), doc);
}

/**
 * The best k documents offered in document order: a heap whose root is the worst of them (lowest score,
 * then highest document number). A document offered later has a higher number, so once the heap is
 * full it enters only by a score above the root's.
 */
class TopK {
  readonly #docs: Uint32Array;
  readonly #scores: Float64Array;
  readonly #matched: Uint8Array;
  #size = 0;

  constructor(k: number) {
    this.#docs = new Uint32Array(k);
    this.#scores = new Float64Array(k);
    this.#matched = new Uint8Array(k);
  }

  get full(): boolean {
    return this.#size === this.#docs.length;
  }

  /** The score a document must pass to enter once the heap is full. */
  get threshold(): number {
    return this.#scores[0]!;
  }

  /** Takes the document if it is among the best so far; whether it was. */
  offer(doc: number, score: number, matched: number): boolean {
    let i: number;
    if (!this.full) {
      // A new leaf, moved up past the better entries above it.
      i = this.#size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.#isWorse(score, doc, parent)) break;
        this.#move(parent, i);
        i = parent;
      }
    } else if (score > this.#scores[0]!) {
      // The root replaced, moved down past the worse entries below it.
      i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= this.#size) break;
        if (child + 1 < this.#size && this.#isWorse(this.#scores[child + 1]!, this.#docs[child + 1]!, child))
          child++;
        if (!this.#isWorse(this.#scores[child]!, this.#docs[child]!, -1, score, doc)) break;
        this.#move(child, i);
        i = child;
      }
    } else return false;
    this.#docs[i] = doc;
    this.#scores[i] = score;
    this.#matched[i] = matched;
    return true;
  }

  /** Whether (score, doc) is worse than the entry at `i`, or than (otherScore, otherDoc) when i is -1. */
  #isWorse(
    score: number,
    doc: number,
    i: number,
    otherScore = this.#scores[i]!,
    otherDoc = this.#docs[i]!,
  ): boolean {
    return score < otherScore || (score === otherScore && doc > otherDoc);
  }

  #move(from: number, to: number): void {
    this.#docs[to] = this.#docs[from]!;
    this.#scores[to] = this.#scores[from]!;
    this.#matched[to] = this.#matched[from]!;
  }

  /** The documents held, best first. */
  hits(): TextHits {
    const size = this.#size;
    const docs = this.#docs;
    const scores = this.#scores;
    const order: number[] = [];
    for (let i = 0; i < size; i++) order.push(i);
    order.sort((a, b) => scores[b]! - scores[a]! || docs[a]! - docs[b]!);
    const hits = {
      docs: new Uint32Array(size),
      scores: new Float32Array(size),
      matched: new Uint8Array(size),
    };
    for (let k = 0; k < size; k++) {
      const i = order[k]!;
      hits.docs[k] = docs[i]!;
      hits.scores[k] = scores[i]!;
      hits.matched[k] = this.#matched[i]!;
    }
    return hits;
  }
}

/** Per base postings (their documents' array): per term, 1 once its postings are known to be in document order. */
const orderedTerms = new WeakMap<Uint32Array, Uint8Array>();

/**
 * Puts a term's base postings in document order if they are not (read once per term, one sequential
 * pass): a build and a compaction list them so (see mergeRuns), but a parse cache written before a
 * compaction did may hold a reload's changed documents after the rest. No search depends on the order
 * of a term's postings but those that read them in order, so the shared postings may be put in order
 * under any of them.
 */
function orderPostings(index: TextIndex, id: number, sortUpTo = Number.POSITIVE_INFINITY): void {
  const { offsets, docs, counts } = index;
  let known = orderedTerms.get(docs);
  if (!known) {
    known = new Uint8Array(offsets.length - 1);
    orderedTerms.set(docs, known);
  }
  if (known[id] === 1) return;
  const start = offsets[id]!;
  const end = offsets[id + 1]!;
  let ordered = true;
  for (let p = start + 1; ordered && p < end; p++) ordered = docs[p]! > docs[p - 1]!;
  if (!ordered && end - start > sortUpTo) return;
  if (!ordered) {
    const pairs = Array.from(
      { length: end - start },
      (_, k) => [docs[start + k]!, counts[start + k]!] as const,
    );
    pairs.sort((a, b) => a[0] - b[0]);
    pairs.forEach(([doc, count], k) => {
      docs[start + k] = doc;
      counts[start + k] = count;
    });
  }
  known[id] = 1;
}

/**
 * Per base postings: each term's largest BM25 part (its score at an idf of 1) in any document, NaN until
 * read, at the average length they were read at.
 */
const largestParts = new WeakMap<Uint32Array, { averageLength: number; parts: Float64Array }>();

/** The index's largest parts, read so far (new, all NaN, for postings or an average length not seen before). */
function largestPartsOf(index: TextIndex): Float64Array {
  const { offsets, docs, averageLength } = index;
  let known = largestParts.get(docs);
  if (!known || known.averageLength !== averageLength) {
    known = { averageLength, parts: new Float64Array(offsets.length - 1).fill(Number.NaN) };
    largestParts.set(docs, known);
  }
  return known.parts;
}

/**
 * The most a term adds to any document's score at an idf of 1: read from its postings once (a scan of
 * them) and kept with the postings, by `termBoundSteps` after a load or else by the term's first search.
 */
function largestPart(index: TextIndex, id: number): number {
  const parts = largestPartsOf(index);
  let part = parts[id]!;
  if (Number.isNaN(part)) {
    const { offsets, docs, counts, lengths, averageLength } = index;
    part = 0;
    for (let p = offsets[id]!; p < offsets[id + 1]!; p++)
      part = Math.max(part, bm25Term(1, counts[p]!, lengths[docs[p]!]!, averageLength));
    parts[id] = part;
  }
  return part;
}

/** Postings one block bound covers: a common term's postings, in document order, in runs of this many. */
const BLOCK = 128;
/** Terms with fewer postings than this have no block bounds (their postings are read quickly whole). */
const BLOCKED_FROM = 8 * BLOCK;

/**
 * Per base postings: for each common term whose postings are in document order, the largest BM25 part
 * (at an idf of 1) of each block of `BLOCK` postings, at the average length they were read at.
 */
const blockParts = new WeakMap<Uint32Array, { averageLength: number; parts: Map<number, Float64Array> }>();

/**
 * A common term's block bounds (read from its postings once, a scan of them, and kept with them), or
 * null for a rare term or one whose postings are not known to be in document order.
 */
function blockPartsOf(index: TextIndex, id: number): Float64Array | null {
  const { offsets, docs, counts, lengths, averageLength } = index;
  const start = offsets[id]!;
  const end = offsets[id + 1]!;
  if (end - start < BLOCKED_FROM || orderedTerms.get(docs)?.[id] !== 1) return null;
  let known = blockParts.get(docs);
  if (!known || known.averageLength !== averageLength) {
    known = { averageLength, parts: new Map() };
    blockParts.set(docs, known);
  }
  let parts = known.parts.get(id);
  if (!parts) {
    parts = new Float64Array(Math.ceil((end - start) / BLOCK));
    for (let p = start; p < end; p++) {
      const block = ((p - start) / BLOCK) | 0;
      parts[block] = Math.max(parts[block]!, bm25Term(1, counts[p]!, lengths[docs[p]!]!, averageLength));
    }
    known.parts.set(id, parts);
  }
  return parts;
}

/**
 * Postings out of document order that a step of `termBoundSteps` sorts, at most: a sort of more would
 * hold the event loop longer than a slice (such a term is put in order by its first search, as before).
 */
const SORTED_IN_STEP = 16_384;

/**
 * What `searchTop` reads of a term on its first search (its postings put in document order if they are
 * not, and its largest part), for every term, one term a step (the first also copies the documents'
 * lengths to a narrower array, `compactLengths`): run in slices after a load, a common
 * word's first search no longer scans its postings on the way to an answer. A long term's postings
 * out of order (an older cache's) are left to its first search to sort. Nothing for an index with
 * a reload's change kept beside it (its searches scan every posting).
 */
export function* termBoundSteps(index: TextIndex): Steps<void> {
  if (index.changes) return;
  compactLengths(index.lengths);
  const parts = largestPartsOf(index);
  for (let id = 0; id < parts.length; id++) {
    if (!Number.isNaN(parts[id]!)) continue;
    orderPostings(index, id, SORTED_IN_STEP);
    // A common term's largest part is its largest block's, read in the same scan.
    const blocks = blockPartsOf(index, id);
    if (blocks) parts[id] = blocks.reduce((most, part) => Math.max(most, part), 0);
    largestPart(index, id);
    yield;
  }
}

/** The positions of `docs[start .. end)` (ascending) of the documents `within` holds; all without it. */
function postingsWithin(
  docs: Uint32Array,
  start: number,
  end: number,
  within: { from: number; to: number } | undefined,
): [number, number] {
  if (!within) return [start, end];
  const first = firstAtLeast(docs, start, end, within.from);
  return [first, firstAtLeast(docs, first, end, within.to)];
}

/**
 * Adds one term's postings `start .. end` to the scores, but those of `gone` documents: each document's
 * length is read by its number (base postings) or `byPosition` (changed postings, which carry theirs).
 */
function scorePostings(
  term: {
    idf: number;
    averageLength: number;
    onlyTouched: boolean;
    scores: Float32Array;
    matched: Uint8Array;
    touched: number[];
  },
  docs: Uint32Array,
  counts: Uint16Array | Uint8Array,
  lengths: Float32Array,
  byPosition: boolean,
  start: number,
  end: number,
  gone?: Uint8Array,
): void {
  const { idf, averageLength, onlyTouched, scores, matched, touched } = term;
  for (let p = start; p < end; p++) {
    const doc = docs[p]!;
    if (gone?.[doc]) continue;
    if (matched[doc] === 0) {
      if (onlyTouched) continue;
      touched.push(doc);
    }
    matched[doc]!++;
    const length = byPosition ? lengths[p]! : lengths[doc]!;
    scores[doc]! += bm25Term(idf, counts[p]!, length, averageLength);
  }
}

/**
 * How many of the documents score above `bound`, counting up to `enough`: the k-th largest score is above
 * it exactly when k of them are, which one pass finds with nothing copied or sorted.
 */
function countAbove(docs: readonly number[], scores: Float32Array, bound: number, enough: number): number {
  let count = 0;
  for (let i = 0; i < docs.length && count < enough; i++) if (scores[docs[i]!]! > bound) count++;
  return count;
}

/**
 * The positions of the best `count` hits that `keep` accepts, best first (score, then document number),
 * as sorting every hit and taking the first would give: the count-th best score is found by selection
 * and only the hits at or above it are sorted, so a common word's tens of thousands of hits cost one
 * pass rather than a sort.
 */
export function bestFirst(
  hits: TextHits,
  count: number,
  keep: (i: number) => boolean = () => true,
): number[] {
  const { docs, scores } = hits;
  const kept: number[] = [];
  if (count <= 0) return kept;
  for (let i = 0; i < docs.length; i++) if (keep(i)) kept.push(i);
  return bestOf(kept, count, scores, docs);
}

/**
 * The positions of the best `count` hits (score, then document number, as `bestFirst` orders them), in
 * no particular order: for a caller that reads only some of them, and puts only those in order.
 */
export function bestUnordered(hits: TextHits, count: number): number[] {
  const items: number[] = [];
  for (let i = 0; i < hits.docs.length; i++) items.push(i);
  if (items.length <= count) return items;
  // Hits scoring the cut itself are taken by document number, as bestFirst's tie-break orders them.
  return count <= 0 ? [] : aboveCut(items, count, hits.scores, hits.docs);
}

/**
 * The best `count` items, best first (highest score, then lowest tie key), as sorting them all would
 * put them: the count-th best score is found by selection and only the items at or above it are sorted.
 * An item's score is `scores[item]`, its tie key `ties[item]` (the item itself without `ties`): read from
 * the arrays rather than through functions, as tens of thousands of hits are read three times each.
 */
function bestOf(items: number[], count: number, scores: Float32Array, ties: Uint32Array | null): number[] {
  const better = ties
    ? (a: number, b: number) => scores[b]! - scores[a]! || ties[a]! - ties[b]!
    : (a: number, b: number) => scores[b]! - scores[a]! || a - b;
  if (items.length <= count) return items.sort(better);
  return aboveCut(items, count, scores, ties).sort(better);
}

/**
 * The best `count` of more than `count` items, in no order: those scoring above the count-th best
 * score, then those scoring it by their tie key (`ties[item]`, the item itself without `ties`).
 */
function aboveCut(items: number[], count: number, scores: Float32Array, ties: Uint32Array | null): number[] {
  const values = scratchValues(items.length);
  for (let k = 0; k < items.length; k++) values[k] = scores[items[k]!]!;
  const cut = kthLargest(values, count);
  const above: number[] = [];
  const at: number[] = [];
  for (const item of items) {
    const score = scores[item]!;
    if (score > cut) above.push(item);
    else if (score === cut) at.push(item);
  }
  at.sort(ties ? (a, b) => ties[a]! - ties[b]! : (a, b) => a - b);
  for (let k = 0; above.length < count; k++) above.push(at[k]!);
  return above;
}

/** The k-th largest of the values (k ≤ their count), by selection, reordering them: linear on average. */
function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const want = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i++] = values[j]!;
        values[j--] = t;
      }
    }
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else break;
  }
  return values[want]!;
}

let shared: { scores: Float32Array; matched: Uint8Array } | null = null;
let sharedValues = new Float64Array(0);

/** The first `n` of a buffer of scores re-used by each selection of the best hits. */
function scratchValues(n: number): Float64Array {
  if (sharedValues.length < n) sharedValues = new Float64Array(Math.max(n, sharedValues.length * 2));
  return sharedValues.subarray(0, n);
}

/**
 * Score buffers re-used between searches (searches are synchronous, so one pair suffices): a fresh
 * pair per query at 100k stories is garbage the collector must chase while answers wait.
 */
function scratch(n: number) {
  if (!shared || shared.scores.length < n)
    shared = { scores: new Float32Array(n), matched: new Uint8Array(n) };
  return shared;
}

/**
 * The best k items in order, as sorting them all by `compare` would put them first: by insertion into a
 * short sorted list when k is small against their count, else by a sort.
 */
export function topOf(
  items: readonly number[],
  k: number,
  compare: (a: number, b: number) => number,
): number[] {
  if (k <= 0) return [];
  if (k * 8 >= items.length) return [...items].sort(compare).slice(0, k);
  const best: number[] = [];
  for (const item of items) {
    if (best.length === k && compare(item, best[k - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && compare(item, best[at - 1]!) < 0) at--;
    best.splice(at, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}
