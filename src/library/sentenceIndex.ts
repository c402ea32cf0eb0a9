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
import type { StorySnapshot } from './snapshot.ts';
import { terms } from './text.ts';
import { buildTextIndex, type TermVector, type TextIndex } from './textIndex.ts';

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

/** A growable Uint32 list. */
class U32 {
  data = new Uint32Array(1024);
  length = 0;
  push(value: number) {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  done(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

export function buildSentenceIndex(snapshot: StorySnapshot): SentenceIndex {
  const vocabulary = snapshot.text.vocabulary;
  const story = new U32();
  const paragraph = new U32();
  const start = new U32();
  const end = new U32();
  const first = new Uint32Array(snapshot.stories.length + 1);
  const vectors: TermVector[] = [];
  snapshot.stories.forEach((s, i) => {
    first[i] = story.length;
    storyParagraphs(s).forEach((text, p) => {
      for (const [from, to] of sentenceBounds(text)) {
        const counts = new Map<number, number>();
        let length = 0;
        for (const term of terms(text.slice(from, to))) {
          const id = vocabulary.add(term);
          counts.set(id, (counts.get(id) ?? 0) + 1);
          length++;
        }
        const ids = Uint32Array.from(counts.keys()).sort();
        const tf = new Uint16Array(ids.length);
        for (let k = 0; k < ids.length; k++) tf[k] = Math.min(65535, counts.get(ids[k]!)!);
        vectors.push({ ids, counts: tf, length });
        story.push(i);
        paragraph.push(p);
        start.push(from);
        end.push(to);
      }
    });
  });
  first[snapshot.stories.length] = story.length;
  return {
    story: story.done(),
    paragraph: paragraph.done(),
    start: start.done(),
    end: end.done(),
    first,
    text: buildTextIndex(vocabulary, vectors),
  };
}

const built = new WeakMap<StorySnapshot, SentenceIndex>();

/** The snapshot's sentence index; built on first use when the loader did not build it. */
export function sentenceIndexOf(snapshot: StorySnapshot): SentenceIndex {
  let index = built.get(snapshot);
  if (!index) {
    index = buildSentenceIndex(snapshot);
    built.set(snapshot, index);
  }
  return index;
}

/** The text of sentence `n`. */
export function sentenceText(snapshot: StorySnapshot, index: SentenceIndex, n: number): string {
  const story = snapshot.stories[index.story[n]!]!;
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
