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
import { sentenceBounds } from '../engine/words.ts';
import { growableU32 } from './growable.ts';
import type { StorySnapshot } from './snapshot.ts';
import { terms } from './text.ts';
import type { TextIndex } from './textIndex.ts';

export interface SentenceIndex {
  /** Per sentence: its story, paragraph and `[start, end)` in that re-flowed paragraph. */
  story: Uint32Array;
  paragraph: Uint32Array;
  start: Uint32Array;
  end: Uint32Array;
  /** Per story: its sentences are `first[s] .. first[s + 1]`. */
  first: Uint32Array;
  /** BM25 over the sentences (documents are sentence numbers). */
  text: TextIndex;
}

/** The paragraphs a story's sentences come from: the body, or the summary when there is none. */
export function storyParagraphs(story: Story): readonly string[] {
  return story.paragraphs && story.paragraphs.length > 0 ? story.paragraphs : [story.summary];
}

/**
 * Builds the index story by story (`add`), so that a large set can be indexed in slices between other
 * work; `finish` makes the postings in one counting pass over flat arrays, without an object per
 * sentence.
 */
class SentenceIndexBuilder {
  readonly #snapshot: StorySnapshot;
  readonly #story = growableU32();
  readonly #paragraph = growableU32();
  readonly #start = growableU32();
  readonly #end = growableU32();
  readonly #first: Uint32Array;
  /** Per sentence, its distinct term ids and their counts, flat; `#termStart` marks each sentence's. */
  readonly #termIds = growableU32();
  readonly #termCounts = growableU32();
  readonly #termStart = growableU32();
  readonly #lengths = growableU32();
  #next = 0;

  constructor(snapshot: StorySnapshot) {
    this.#snapshot = snapshot;
    this.#first = new Uint32Array(snapshot.stories.length + 1);
  }

  /** Whether every story has been added. */
  get done(): boolean {
    return this.#next >= this.#snapshot.stories.length;
  }

  /** Adds up to `count` more stories. */
  add(count: number): void {
    const { stories, text } = this.#snapshot;
    const vocabulary = text.vocabulary;
    const end = Math.min(stories.length, this.#next + count);
    for (let i = this.#next; i < end; i++) {
      this.#first[i] = this.#story.length;
      storyParagraphs(stories.at(i)!).forEach((paragraphText, p) => {
        for (const [from, to] of sentenceBounds(paragraphText)) {
          this.#termStart.push(this.#termIds.length);
          const words = terms(paragraphText.slice(from, to));
          const at = this.#termIds.length;
          for (const term of words) {
            const id = vocabulary.add(term);
            // A sentence has few terms: a short scan finds a repeat.
            let k = at;
            while (k < this.#termIds.length && this.#termIds.data[k] !== id) k++;
            if (k < this.#termIds.length) this.#termCounts.data[k]!++;
            else {
              this.#termIds.push(id);
              this.#termCounts.push(1);
            }
          }
          this.#lengths.push(words.length);
          this.#story.push(i);
          this.#paragraph.push(p);
          this.#start.push(from);
          this.#end.push(to);
        }
      });
    }
    this.#next = end;
  }

  finish(): SentenceIndex {
    this.add(Number.MAX_SAFE_INTEGER);
    const vocabulary = this.#snapshot.text.vocabulary;
    const sentences = this.#story.length;
    this.#first[this.#snapshot.stories.length] = sentences;
    this.#termStart.push(this.#termIds.length);
    const termStart = this.#termStart.data;
    const ids = this.#termIds.data;
    const tf = this.#termCounts.data;
    const termCount = vocabulary.terms.length;
    const offsets = new Uint32Array(termCount + 1);
    for (let k = 0; k < this.#termIds.length; k++) offsets[ids[k]! + 1]!++;
    for (let t = 0; t < termCount; t++) offsets[t + 1]! += offsets[t]!;
    const docs = new Uint32Array(this.#termIds.length);
    const counts = new Uint16Array(this.#termIds.length);
    const fill = offsets.slice(0, termCount);
    const lengths = new Float32Array(sentences);
    let lengthSum = 0;
    for (let n = 0; n < sentences; n++) {
      for (let k = termStart[n]!; k < termStart[n + 1]!; k++) {
        const at = fill[ids[k]!]!++;
        docs[at] = n;
        counts[at] = Math.min(65535, tf[k]!);
      }
      lengths[n] = this.#lengths.data[n]!;
      lengthSum += lengths[n]!;
    }
    return {
      story: this.#story.done(),
      paragraph: this.#paragraph.done(),
      start: this.#start.done(),
      end: this.#end.done(),
      first: this.#first,
      text: {
        vocabulary,
        offsets,
        docs,
        counts,
        lengths,
        averageLength: sentences ? lengthSum / sentences : 0,
        docCount: sentences,
      },
    };
  }
}

export function buildSentenceIndex(snapshot: StorySnapshot): SentenceIndex {
  return new SentenceIndexBuilder(snapshot).finish();
}

const built = new WeakMap<StorySnapshot, SentenceIndex>();
const building = new WeakMap<StorySnapshot, Promise<void>>();

/** Sets up to this size are indexed at once; larger ones in slices, so a load is not held up. */
const AT_ONCE = 20000;
const SLICE = 500;

/**
 * Builds the snapshot's sentence index: at once for a set of ordinary size, else in slices between
 * other work (about a second per 20k stories in all). Resolves when the index is there.
 */
export function prepareSentenceIndex(snapshot: StorySnapshot): Promise<void> {
  if (built.has(snapshot)) return Promise.resolve();
  let pending = building.get(snapshot);
  if (pending) return pending;
  if (snapshot.stories.length <= AT_ONCE) {
    built.set(snapshot, buildSentenceIndex(snapshot));
    return Promise.resolve();
  }
  const builder = new SentenceIndexBuilder(snapshot);
  pending = new Promise<void>((resolve) => {
    const step = () => {
      builder.add(SLICE);
      if (!builder.done) {
        setImmediate(step);
        return;
      }
      built.set(snapshot, builder.finish());
      building.delete(snapshot);
      resolve();
    };
    setImmediate(step);
  });
  building.set(snapshot, pending);
  return pending;
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

/** The text of sentence `n`. */
export function sentenceText(snapshot: StorySnapshot, index: SentenceIndex, n: number): string {
  const story = snapshot.stories.at(index.story[n]!)!;
  return storyParagraphs(story)[index.paragraph[n]!]!.slice(index.start[n]!, index.end[n]!);
}

/** Bytes the index holds (typed arrays only), for the bench. */
export function sentenceIndexBytes(index: SentenceIndex): number {
  const { text } = index;
  return [
    index.story,
    index.paragraph,
    index.start,
    index.end,
    index.first,
    text.offsets,
    text.docs,
    text.counts,
    text.lengths,
  ].reduce((sum, array) => sum + array.byteLength, 0);
}
