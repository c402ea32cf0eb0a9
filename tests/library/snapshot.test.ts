import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/engine/parseStory.ts';
import type { Story } from '../../src/engine/types.ts';
import {
  buildSentenceIndex,
  prepareSentenceIndex,
  type SentenceIndex,
  sentenceIndexOf,
  sentenceText,
} from '../../src/library/sentenceIndex.ts';
import {
  buildSnapshot,
  buildSnapshotInSlices,
  type SnapshotChange,
  type StorySnapshot,
} from '../../src/library/snapshot.ts';
import { queryTermIds, searchText, type TextIndex, Vocabulary } from '../../src/library/textIndex.ts';

const places = ['PARIS', 'LONDON', 'TOKYO', 'BOGOTA', 'NAIROBI'];
const words = ['wheat', 'oil', 'gold', 'talks', 'strike', 'harvest', 'shares', 'bank'];

function story(i: number, version = 0): Story {
  const place = places[i % places.length]!;
  const topic = words[(i + version) % words.length]!;
  const other = words[(i * 3 + 1) % words.length]!;
  const text =
    `date 2014-09-${String(10 + (i % 18)).padStart(2, '0')}\n${place}, Sept 15 (Reuters) - ` +
    `The ${topic} market moved on ${other} news, story ${i} version ${version}. ` +
    `"We expect more ${topic} soon," Minister Anna Lind${i % 3} said. Prices of ${other} rose.\n` +
    `    A second paragraph on ${topic} and ${other}. It has two sentences.\n`;
  const outcome = parseStory(text, `s${i}.txt`);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.story;
}

/** Every term's postings as sorted `doc:count` strings, with docs named by `name`. */
function postings(index: TextIndex, name: (doc: number) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  index.vocabulary.terms.forEach((term, t) => {
    if (t + 1 >= index.offsets.length) return;
    const list: string[] = [];
    for (let p = index.offsets[t]!; p < index.offsets[t + 1]!; p++)
      list.push(`${name(index.docs[p]!)}:${index.counts[p]}`);
    if (list.length > 0) out.set(term, list.sort());
  });
  return out;
}

const sentenceName = (snapshot: StorySnapshot, index: SentenceIndex) => (n: number) =>
  `${snapshot.stories.idAt(index.story[n]!)}|${sentenceText(snapshot, index, n)}`;

describe('a snapshot patched after a reload', () => {
  const vocabulary = new Vocabulary();
  const before = Array.from({ length: 12 }, (_, i) => story(i));
  const previous = buildSnapshot(before, { vocabulary });
  sentenceIndexOf(previous);

  // Story 2 edited, story 5 removed (the last takes its number), two stories added.
  const after = [...before];
  after[2] = story(2, 1);
  after[5] = after[11]!;
  after.pop();
  after.push(story(20), story(21));
  const change: SnapshotChange = { previous, changed: [2, 5, 11, 12] };

  it('indexes the same postings, order and sentences as a snapshot built anew', async () => {
    const patched = await buildSnapshotInSlices(after, { vocabulary, change });
    const fresh = buildSnapshot(after, { vocabulary });
    expect([...patched.order]).toEqual([...fresh.order]);
    expect(patched.headlines).toEqual(fresh.headlines);
    expect(patched.speakers.entries).toEqual(fresh.speakers.entries);
    expect(patched.places.entries).toEqual(fresh.places.entries);
    const storyName = (snapshot: StorySnapshot) => (doc: number) => snapshot.stories.idAt(doc);
    expect(postings(patched.text, storyName(patched))).toEqual(postings(fresh.text, storyName(fresh)));
    expect(patched.text.docCount).toBe(fresh.text.docCount);
    expect(patched.text.averageLength).toBeCloseTo(fresh.text.averageLength, 4);

    await prepareSentenceIndex(patched, { reload: true, change });
    const patchedSentences = sentenceIndexOf(patched)!;
    const freshSentences = buildSentenceIndex(fresh);
    // The patch left the old sentences' numbers unused rather than renumbering every sentence.
    expect(patchedSentences.story.length).toBeGreaterThan(freshSentences.story.length);
    expect(postings(patchedSentences.text, sentenceName(patched, patchedSentences))).toEqual(
      postings(freshSentences.text, sentenceName(fresh, freshSentences)),
    );
    expect(patchedSentences.text.docCount).toBe(freshSentences.text.docCount);
    expect(patchedSentences.text.averageLength).toBeCloseTo(freshSentences.text.averageLength, 4);

    const { ids } = queryTermIds(fresh.text, 'wheat harvest talks');
    const ranked = (snapshot: StorySnapshot) =>
      [...searchText(snapshot.text, ids).docs].map((doc) => snapshot.stories.idAt(doc));
    expect(ranked(patched)).toEqual(ranked(fresh));
  });

  it('keeps every other story where it was when an edit leaves the dates alone', async () => {
    const edited = [...before];
    edited[4] = story(4, 3);
    const patched = await buildSnapshotInSlices(edited, { vocabulary, change: { previous, changed: [4] } });
    const fresh = buildSnapshot(edited, { vocabulary });
    expect([...patched.order]).toEqual([...previous.order]);
    expect(patched.headlines).toEqual(fresh.headlines);
    expect(patched.text.docCount).toBe(before.length);
    // The edit names the same speaker and places: those indexes are the previous ones, as a build makes them.
    expect(patched.speakers).toBe(previous.speakers);
    expect(patched.places).toBe(previous.places);
    expect(patched.speakers.entries).toEqual(fresh.speakers.entries);
    expect(patched.places.entries).toEqual(fresh.places.entries);
  });

  it('finds a story by the words of its new version only', async () => {
    const patched = await buildSnapshotInSlices(after, { vocabulary, change });
    await prepareSentenceIndex(patched, { reload: true, change });
    const index = sentenceIndexOf(patched)!;
    const hits = (text: string) =>
      [...searchText(index.text, queryTermIds(patched.text, text).ids, 3).docs].map((n) =>
        sentenceText(patched, index, n),
      );
    expect(hits('story 2 version 1')).toHaveLength(1);
    expect(hits('story 2 version 0')).toEqual([]);
    expect(hits('story 5 version 0')).toEqual([]);
    expect(hits('story 21 version 0')).toHaveLength(1);
  });
});
