import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/engine/parseStory.ts';
import type { Story } from '../../src/engine/types.ts';
import { roleIndex } from '../../src/library/ask/answerFact.ts';
import { findAnswerSentences } from '../../src/library/ask/findAnswer.ts';
import { patchPlaceIndex } from '../../src/library/placeIndex.ts';
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
  compactIndexes,
  type SnapshotChange,
  type StorySnapshot,
} from '../../src/library/snapshot.ts';
import {
  documentFrequency,
  queryTermIds,
  searchText,
  sizeOf,
  type TextIndex,
  termVectorsOf,
  Vocabulary,
} from '../../src/library/textIndex.ts';

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

/** Every term's postings as sorted `doc:count` strings, with docs named by `name`, read back per document. */
function postings(index: TextIndex, name: (doc: number) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const vectorOf = termVectorsOf(index);
  for (let doc = 0; doc < sizeOf(index); doc++) {
    const { ids, counts } = vectorOf(doc);
    ids.forEach((id, i) => {
      const term = index.vocabulary.terms[id]!;
      out.set(term, [...(out.get(term) ?? []), `${name(doc)}:${counts[i]}`]);
    });
  }
  for (const list of out.values()) list.sort();
  return out;
}

/** Every term's document frequency (BM25's df), by term. */
function frequencies(index: TextIndex): Record<string, number> {
  const out: Record<string, number> = {};
  index.vocabulary.terms.forEach((term, id) => {
    const df = documentFrequency(index, id);
    if (df > 0) out[term] = df;
  });
  return out;
}

/** The same postings, frequencies, document count and average length, documents named by `name`. */
function expectSameIndex(
  index: TextIndex,
  name: (doc: number) => string,
  expected: TextIndex,
  expectedName: (doc: number) => string,
): void {
  expect(postings(index, name)).toEqual(postings(expected, expectedName));
  expect(frequencies(index)).toEqual(frequencies(expected));
  expect(index.docCount).toBe(expected.docCount);
  expect(index.averageLength).toBe(expected.averageLength);
}

const storyName = (snapshot: StorySnapshot) => (doc: number) => snapshot.stories.idAt(doc);

const sentenceName = (snapshot: StorySnapshot, index: SentenceIndex) => (n: number) =>
  `${snapshot.stories.idAt(index.story[n]!)}|${sentenceText(snapshot, index, n)}`;

/** Whether every term's postings, base and changed, list their documents ascending. */
function inDocumentOrder(index: TextIndex): boolean {
  const ascending = (docs: Uint32Array) => docs.every((doc, k) => k === 0 || doc > docs[k - 1]!);
  for (let t = 0; t + 1 < index.offsets.length; t++)
    if (!ascending(index.docs.subarray(index.offsets[t]!, index.offsets[t + 1]!))) return false;
  return [...(index.changes?.postings.values() ?? [])].every((changed) => ascending(changed.docs));
}

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
    expect([...patched.byId].sort()).toEqual([...fresh.byId].sort());
    expect(patched.headlines).toEqual(fresh.headlines);
    expect(patched.speakers.entries).toEqual(fresh.speakers.entries);
    expect(patched.places.entries).toEqual(fresh.places.entries);
    // The change is kept beside the previous postings, which the patched index shares.
    expect(patched.text.changes).toBeDefined();
    expect(patched.text.docs).toBe(previous.text.docs);
    expectSameIndex(patched.text, storyName(patched), fresh.text, storyName(fresh));

    await prepareSentenceIndex(patched, { reload: true, change });
    const patchedSentences = sentenceIndexOf(patched)!;
    const freshSentences = buildSentenceIndex(fresh);
    // The patch left the old sentences' numbers unused rather than renumbering every sentence.
    expect(patchedSentences.story.length).toBeGreaterThan(freshSentences.story.length);
    expect(patchedSentences.text.changes).toBeDefined();
    expectSameIndex(
      patchedSentences.text,
      sentenceName(patched, patchedSentences),
      freshSentences.text,
      sentenceName(fresh, freshSentences),
    );
    // New sentences take new numbers after all, so each term's postings stay in document order, as a
    // search within one story's sentences (by binary search) needs.
    expect(inDocumentOrder(patchedSentences.text)).toBe(true);

    const roles = (snapshot: StorySnapshot, index: ReturnType<typeof roleIndex>) =>
      new Map(
        [...index].map(([role, list]) => [
          role,
          list.map(({ story, person }) => `${snapshot.stories.idAt(story)}:${person}`).sort(),
        ]),
      );
    roleIndex(previous);
    const patchedRoles = roleIndex(patched, change);
    expect(patchedRoles.size).toBeGreaterThan(0);
    expect(roles(patched, patchedRoles)).toEqual(roles(fresh, roleIndex(fresh)));

    const { ids } = queryTermIds(fresh.text, 'wheat harvest talks');
    const ranked = (snapshot: StorySnapshot) => {
      const hits = searchText(snapshot.text, ids);
      return [...hits.docs].map((doc, i) => `${snapshot.stories.idAt(doc)} ${hits.scores[i]}`);
    };
    expect(ranked(patched)).toEqual(ranked(fresh));
    // A fact question's sentences, read from the postings within each story's sentences, old and new.
    const sentences = (snapshot: StorySnapshot) =>
      findAnswerSentences(snapshot, 'how much did wheat prices rise', 'amount', 20).map(
        (hit) => `${hit.story.id}|${hit.sentence.text}|${hit.score}`,
      );
    expect(sentences(fresh).length).toBeGreaterThan(2);
    expect(sentences(patched)).toEqual(sentences(fresh));

    // Compacted, the indexes hold the same postings in one list a term, and search the same.
    await compactIndexes(patched);
    expect(patched.text.changes).toBeUndefined();
    expect(patchedSentences.text.changes).toBeUndefined();
    expect(inDocumentOrder(patchedSentences.text)).toBe(true);
    expectSameIndex(patched.text, storyName(patched), fresh.text, storyName(fresh));
    expectSameIndex(
      patchedSentences.text,
      sentenceName(patched, patchedSentences),
      freshSentences.text,
      sentenceName(fresh, freshSentences),
    );
    expect(ranked(patched)).toEqual(ranked(fresh));
  });

  it('patches a patched index, a story changed twice and a story removed after its change', async () => {
    const first = await buildSnapshotInSlices(after, { vocabulary, change });
    await prepareSentenceIndex(first, { reload: true, change });
    // Story 2 changed again; story 20 (added by the first patch) removed, the last taking its number.
    const again = [...after];
    again[2] = story(2, 2);
    again[11] = again[12]!;
    again.pop();
    const second: SnapshotChange = { previous: first, changed: [2, 11, 12] };
    const patched = await buildSnapshotInSlices(again, { vocabulary, change: second });
    await prepareSentenceIndex(patched, { reload: true, change: second });
    const fresh = buildSnapshot(again, { vocabulary });
    expect(patched.text.changes).toBeDefined();
    expectSameIndex(patched.text, storyName(patched), fresh.text, storyName(fresh));
    const patchedSentences = sentenceIndexOf(patched)!;
    const freshSentences = buildSentenceIndex(fresh);
    // Another patch of the first one (its sentence rows appended to already) leaves this one as it was.
    const other = [...after];
    other[4] = story(4, 5);
    const otherChange: SnapshotChange = { previous: first, changed: [4] };
    await prepareSentenceIndex(await buildSnapshotInSlices(other, { vocabulary, change: otherChange }), {
      reload: true,
      change: otherChange,
    });
    expectSameIndex(
      patchedSentences.text,
      sentenceName(patched, patchedSentences),
      freshSentences.text,
      sentenceName(fresh, freshSentences),
    );
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

  it('moves the place index to the new ranks when newer stories come, as a build gives it', async () => {
    const dated = (text: string, file: string) => {
      const outcome = parseStory(text, file);
      if (!outcome.ok) throw new Error(outcome.error);
      return outcome.story;
    };
    // Newer than every story: a place no story had, one every story has, and Peru named after its city.
    const added = [
      ...before,
      dated('date 2014-10-02\nLIMA, Oct 2 (Reuters) - Talks in London and Lima went on.\n', 'n1.txt'),
      dated('date 2014-10-01\nTOKYO, Oct 1 (Reuters) - Peru and Nairobi traders met.\n', 'n2.txt'),
    ];
    const ranks = (snapshot: StorySnapshot) =>
      snapshot.places.entries.map((entry) => ({
        ...entry,
        stories: [...entry.ranks].map((rank) => snapshot.stories.idAt(snapshot.order[rank]!)),
      }));
    const newest = await buildSnapshotInSlices(added, {
      vocabulary,
      change: { previous, changed: [12, 13] },
    });
    expect(ranks(newest)).toEqual(ranks(buildSnapshot(added, { vocabulary })));
    expect(
      patchPlaceIndex(previous.places, newest.stories, newest.rankOf, {
        previous: previous.stories,
        previousRankOf: previous.rankOf,
        changed: [12, 13],
        newRank: Int32Array.from(previous.order, (s) => newest.rankOf[s]!),
      }),
    ).not.toBeNull();
    // Then the newest one is dropped (its places go) and an older one moves to the newest date.
    const redated = [...added];
    redated[3] = dated(`date 2014-10-05\nBOGOTA, Oct 5 (Reuters) - Lima wins.\n`, 's3.txt');
    redated[12] = redated.pop()!;
    const again = await buildSnapshotInSlices(redated, {
      vocabulary,
      change: { previous: newest, changed: [3, 12, 13] },
    });
    expect(ranks(again)).toEqual(ranks(buildSnapshot(redated, { vocabulary })));
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
