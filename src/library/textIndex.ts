/**
 * A compact BM25 full-text index. Each story is first turned into a term vector (term ids and counts);
 * the inverted index is then built from the vectors in one counting pass over typed arrays. A reload
 * patches the index instead: the changed stories' postings are swapped for their new ones in a copy of
 * the rest, so it costs no more than a copy. The vectors are what the parse cache stores.
 */
import type { Story } from '../engine/types.ts';
import { ITEMS_PER_STEP, runNow, type Steps } from './slices.ts';
import { terms } from './text.ts';

/**
 * Term ↔ id. Append-only and shared between successive snapshots: an old snapshot never sees ids beyond
 * its own postings, so adding terms for a new snapshot cannot change the old one's answers.
 */
export class Vocabulary {
  readonly ids = new Map<string, number>();
  readonly terms: string[] = [];

  constructor(initial: readonly string[] = []) {
    for (const term of initial) this.add(term);
  }

  add(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.ids.set(term, id);
    }
    return id;
  }

  get(term: string): number | undefined {
    return this.ids.get(term);
  }
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

function termCounts(headline: string, body: readonly string[]): TermCounts {
  const counts = new Map<string, number>();
  let length = 0;
  const addText = (text: string, weight: number) => {
    for (const term of terms(text)) {
      counts.set(term, (counts.get(term) ?? 0) + weight);
      length += weight;
    }
  };
  addText(headline, HEADLINE_WEIGHT);
  for (const paragraph of body) addText(paragraph, 1);
  return { counts, length };
}

/** A story's counted terms: its headline and paragraphs (its summary when it has no paragraphs). */
export function storyTermCounts(story: Pick<Story, 'headline' | 'paragraphs' | 'summary'>): TermCounts {
  return termCounts(story.headline, story.paragraphs ?? [story.summary]);
}

/** The term vector of counted terms, adding new terms to the vocabulary. */
export function vectorOfCounts(vocabulary: Vocabulary, { counts, length }: TermCounts): TermVector {
  const byId = new Map<number, number>();
  for (const [term, count] of counts) byId.set(vocabulary.add(term), count);
  const ids = Uint32Array.from(byId.keys()).sort();
  const out = new Uint16Array(ids.length);
  for (let i = 0; i < ids.length; i++) out[i] = Math.min(65535, byId.get(ids[i]!)!);
  return { ids, counts: out, length };
}

export interface TextIndex {
  vocabulary: Vocabulary;
  /** Postings of term t are docs/counts[offsets[t] .. offsets[t+1]) (docs in no particular order). */
  offsets: Uint32Array;
  docs: Uint32Array;
  counts: Uint16Array;
  /** Per document number; a number no document holds any more has length 0 and no postings. */
  lengths: Float32Array;
  averageLength: number;
  /** Documents held (BM25's N); document numbers run below `lengths.length`. */
  docCount: number;
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
  };
}

/** What a patch changes in an index: documents whose postings go, and documents given postings. */
export interface PostingsChange {
  /** Documents of the previous index whose postings go. */
  dropped: readonly number[];
  /** Documents given postings (a dropped one may come back), and their vectors (asked for more than once). */
  added: readonly number[];
  addedVector: (doc: number) => TermVector;
  /** The new index's document numbers run below this. */
  size: number;
}

/**
 * The index made from `previous` by a change: the postings of the dropped documents are left out of a
 * copy of the others, and the added documents' postings put in. No other document's vector is read
 * (the dropped ones' postings are counted out in a pass over the postings), so a reload of a few
 * stories costs two passes over the postings, not a rebuild from every story.
 */
export function* patchTextIndexSteps(previous: TextIndex, change: PostingsChange): Steps<TextIndex> {
  const { vocabulary } = previous;
  const { dropped, added, size } = change;
  const previousSize = previous.lengths.length;
  const previousTerms = previous.offsets.length - 1;
  // The added vectors first: one counted now may bring new terms into the vocabulary.
  for (let k = 0; k < added.length; k++) {
    change.addedVector(added[k]!);
    if ((k & (ITEMS_PER_STEP - 1)) === 0) yield;
  }
  const termCount = vocabulary.terms.length;
  const sizes = new Int32Array(termCount);
  const gone = new Uint8Array(previousSize);
  let docCount = previous.docCount;
  for (const doc of dropped) {
    gone[doc] = 1;
    docCount--;
  }
  for (let t = 0; t < previousTerms; yield) t = countKept(previous, gone, dropped.length > 0, sizes, t);
  for (let k = 0; k < added.length; yield) k = countAdded(change, sizes, k);
  docCount += added.length;
  const offsets = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t]! + sizes[t]!;
  const docs = new Uint32Array(offsets[termCount]!);
  const counts = new Uint16Array(docs.length);
  const fill = offsets.slice(0, termCount);
  for (let t = 0; t < previousTerms; yield) t = copyKept(previous, gone, docs, counts, fill, t);
  const lengths = new Float32Array(size);
  lengths.set(previous.lengths.subarray(0, Math.min(size, previousSize)));
  for (const doc of dropped) if (doc < size) lengths[doc] = 0;
  for (let k = 0; k < added.length; yield) k = fillAdded(change, docs, counts, lengths, fill, k);
  let lengthSum = 0;
  for (let doc = 0; doc < size; doc++) lengthSum += lengths[doc]!;
  return {
    vocabulary,
    offsets,
    docs,
    counts,
    lengths,
    averageLength: docCount ? lengthSum / docCount : 0,
    docCount,
  };
}

/**
 * Every document's term vector, read back out of the postings (ids ascending, as `vectorOfCounts` makes
 * them): what a full rebuild of the index needs for documents it has no vector of, at the cost of one
 * pass over the postings rather than holding a vector per document all the time.
 */
export function termVectorsOf(index: TextIndex): (doc: number) => TermVector {
  const docs = index.lengths.length;
  const starts = new Uint32Array(docs + 1);
  for (let p = 0; p < index.docs.length; p++) starts[index.docs[p]! + 1]!++;
  for (let d = 0; d < docs; d++) starts[d + 1]! += starts[d]!;
  const fill = starts.slice(0, docs);
  const ids = new Uint32Array(index.docs.length);
  const counts = new Uint16Array(index.docs.length);
  const terms = index.offsets.length - 1;
  for (let t = 0; t < terms; t++)
    for (let p = index.offsets[t]!; p < index.offsets[t + 1]!; p++) {
      const at = fill[index.docs[p]!]!++;
      ids[at] = t;
      counts[at] = index.counts[p]!;
    }
  return (doc) => ({
    ids: ids.subarray(starts[doc]!, starts[doc + 1]!),
    counts: counts.subarray(starts[doc]!, starts[doc + 1]!),
    length: index.lengths[doc]!,
  });
}

/**
 * How many of the term ids each document holds, by document number: one pass over those terms'
 * postings, for a question that only needs to know which documents hold its words.
 */
export function termsHeld(index: TextIndex, ids: readonly number[]): Uint8Array {
  const held = new Uint8Array(index.lengths.length);
  for (const id of new Set(ids)) {
    if (id + 1 >= index.offsets.length) continue;
    for (let p = index.offsets[id]!; p < index.offsets[id + 1]!; p++) held[index.docs[p]!]!++;
  }
  return held;
}

/** Whether a document numbered `from .. to` holds a term id (a story's sentences, in the sentence index). */
export function heldInRange(index: TextIndex, id: number, from: number, to: number): boolean {
  if (id + 1 >= index.offsets.length) return false;
  for (let p = index.offsets[id]!; p < index.offsets[id + 1]!; p++) {
    const doc = index.docs[p]!;
    if (doc >= from && doc < to) return true;
  }
  return false;
}

/** Postings a patch passes over between yields. */
const POSTINGS_PER_STEP = ITEMS_PER_STEP * 64;

/*
 * The passes over every posting are plain functions called a piece at a time, not loops of the
 * generator itself: a generator's loop is not optimised while it runs, and these run over millions.
 */

/** Counts the postings of terms from `t` on that stay (a piece of them); returns the next term. */
function countKept(
  previous: TextIndex,
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
  previous: TextIndex,
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

/** Counts the postings of added documents from `k` on (a piece of them); returns the next. */
function countAdded(change: PostingsChange, sizes: Int32Array, k: number): number {
  const { added } = change;
  for (const end = Math.min(added.length, k + ITEMS_PER_STEP); k < end; k++) {
    const { ids } = change.addedVector(added[k]!);
    for (let i = 0; i < ids.length; i++) sizes[ids[i]!]!++;
  }
  return k;
}

/** Puts the postings of added documents from `k` on (a piece of them) in place; returns the next. */
function fillAdded(
  change: PostingsChange,
  docs: Uint32Array,
  counts: Uint16Array,
  lengths: Float32Array,
  fill: Uint32Array,
  k: number,
): number {
  const { added } = change;
  for (const end = Math.min(added.length, k + ITEMS_PER_STEP); k < end; k++) {
    const doc = added[k]!;
    const { ids, counts: tf, length } = change.addedVector(doc);
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
  if (id + 1 >= index.offsets.length) return 0;
  return index.offsets[id + 1]! - index.offsets[id]!;
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
    for (let id = 0; id < all.length && id + 1 < index.offsets.length; id++) {
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

/** Edit distance (insert, delete, substitute, swap of neighbours) up to `max`; max + 1 beyond it. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The commonest known term within one edit of a misspelt one (two for words of seven letters or
 * more), with the same first letter: typos rarely hit the first letter, and it keeps the scan short.
 */
export function correctTerm(index: TextIndex, term: string): number | undefined {
  if (term.length < 4 || /\d/.test(term)) return undefined;
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
  return (idf * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * length) / (averageLength || 1)));
}

/**
 * BM25 over the given term ids. Scores are accumulated in a dense array (fast for 100k documents) and
 * only documents that hold at least `minMatched` of the terms are returned: best first, or only the
 * best `top` of them (much cheaper than sorting every hit of a common word), or unsorted.
 */
export function searchText(
  index: TextIndex,
  ids: readonly number[],
  minMatched = 1,
  options: { top?: number; unsorted?: boolean } = {},
): TextHits {
  const n = index.docCount;
  const { scores, matched } = scratch(index.lengths.length);
  const touched: number[] = [];
  // Rarest terms first, so that the common ones (the long postings) can often skip the documents that
  // can no longer be returned: a document first met at term j can hold at most `byRarity.length - j` of
  // them, and, with `top`, at most the sum of the remaining terms' largest scores (max-score pruning).
  // Both skips are exact: every returned document's score and matched count are as without them.
  const byRarity = ids
    .map((id) => ({ id, df: documentFrequency(index, id) }))
    .filter((term) => term.df > 0)
    .sort((a, b) => a.df - b.df);
  const idfs = byRarity.map((term) => bm25Idf(n, term.df));
  const bounds = new Float64Array(byRarity.length + 1);
  for (let j = byRarity.length - 1; j >= 0; j--) bounds[j] = bounds[j + 1]! + idfs[j]! * (K1 + 1);
  let pruned = false;
  for (let j = 0; j < byRarity.length; j++) {
    const id = byRarity[j]!.id;
    const idf = idfs[j]!;
    if (!pruned && options.top !== undefined && j > 0 && touched.length >= options.top)
      pruned = kthLargest(touched, scores, options.top) > bounds[j]!;
    const onlyTouched = pruned || byRarity.length - j < minMatched;
    const end = index.offsets[id + 1]!;
    for (let p = index.offsets[id]!; p < end; p++) {
      const doc = index.docs[p]!;
      if (matched[doc] === 0) {
        if (onlyTouched) continue;
        touched.push(doc);
      }
      matched[doc]!++;
      scores[doc]! += bm25Term(idf, index.counts[p]!, index.lengths[doc]!, index.averageLength);
    }
  }
  let hits = minMatched > 1 ? touched.filter((doc) => matched[doc]! >= minMatched) : touched;
  const better = (a: number, b: number) => scores[b]! - scores[a]! || a - b;
  if (options.top !== undefined && hits.length > options.top * 4) hits = topOf(hits, options.top, better);
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

/** The k-th largest score among the documents (k ≤ their count), by selection: linear on average. */
function kthLargest(docs: readonly number[], scores: Float32Array, k: number): number {
  const values = Float64Array.from(docs, (doc) => scores[doc]!);
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

/**
 * Score buffers re-used between searches (searches are synchronous, so one pair suffices): a fresh
 * pair per query at 100k stories is garbage the collector must chase while answers wait.
 */
function scratch(n: number) {
  if (!shared || shared.scores.length < n)
    shared = { scores: new Float32Array(n), matched: new Uint8Array(n) };
  return shared;
}

/** The best k items in order, by insertion into a short sorted list (k is small). */
function topOf(items: readonly number[], k: number, compare: (a: number, b: number) => number): number[] {
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
