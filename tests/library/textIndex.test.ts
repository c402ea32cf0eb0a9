import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/engine/types.ts';
import { root } from '../../src/engine/words.ts';
import { buildHeadlineIndex, headlineMatches } from '../../src/library/headlineIndex.ts';
import { runNow } from '../../src/library/slices.ts';
import { buildSpeakerDirectory, resolveSpeaker, speakersWithPrefix } from '../../src/library/speakers.ts';
import { encodeStories, StoryColumnsReader } from '../../src/library/storyColumns.ts';
import { StoryStore } from '../../src/library/storyStore.ts';
import {
  bestFirst,
  bestUnordered,
  buildTextIndex,
  correctTerm,
  heldInRange,
  patchTextIndexSteps,
  postingsInRange,
  queryTermIds,
  rootGroupSteps,
  searchText,
  searchTop,
  type TermVector,
  type TextIndex,
  termBoundSteps,
  termsHeld,
  termsHeldBy,
  termsOfRoot,
  termVector,
  termVectorsOf,
  Vocabulary,
} from '../../src/library/textIndex.ts';
import { REPO_ROOT } from '../helpers/storyFolder.ts';

const REUTERS = join(REPO_ROOT, '../shared/corpora/reuters21578/stories');

/**
 * `count` documents of a few words, the k-th held with a chance of 0.9 / (k + 1) (the first common, the
 * last rare), from a seeded generator; `varied`: up to two more filler words, so lengths differ.
 */
function marketVectors(vocabulary: Vocabulary, count: number, seed: number, varied: boolean): TermVector[] {
  const words = ['market', 'rise', 'bank', 'copper', 'zinc', 'tin'];
  let state = seed;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return Array.from({ length: count }, () => {
    const text = words.filter((_, k) => next() < 0.9 / (k + 1)).join(' ');
    if (!varied) return termVector(vocabulary, 'report', [`${text} news`]);
    const filler = ' news'.repeat(Math.floor(next() * 3));
    return termVector(vocabulary, '', [`${text}${filler} report`]);
  });
}

/** A copy of `index` with each term's postings reversed, out of document order (as an older cache may hold them). */
function reversedPostings(index: TextIndex): TextIndex {
  const reversed = { ...index, docs: index.docs.slice(), counts: index.counts.slice() };
  for (let t = 0; t + 1 < index.offsets.length; t++) {
    reversed.docs.subarray(index.offsets[t]!, index.offsets[t + 1]!).reverse();
    reversed.counts.subarray(index.offsets[t]!, index.offsets[t + 1]!).reverse();
  }
  return reversed;
}

/**
 * `index` with document `doc` given the vector `edited`, patched twice: told its old vector (`old`: the
 * change kept beside the postings) and told another (`wrong`: merged into new postings).
 */
function editedTwice(index: TextIndex, doc: number, edited: TermVector, old: TermVector, wrong: TermVector) {
  const patch = (droppedVector: (doc: number) => TermVector) =>
    runNow(
      patchTextIndexSteps(index, {
        dropped: [doc],
        droppedVector,
        added: [doc],
        addedVector: () => edited,
        size: index.lengths.length,
      }),
    );
  return { kept: patch(() => old), merged: patch(() => wrong) };
}

describe('BM25 text index', () => {
  const vocabulary = new Vocabulary();
  const docs = [
    ['Oil prices rise', ['Crude oil prices rose on supply worries.']],
    ['Wheat harvest', ['The wheat harvest was large. Oil was not mentioned much.']],
    ['Gold steady', ['Gold was steady in quiet trade.']],
  ] as const;
  const vectors = docs.map(([headline, body]) => termVector(vocabulary, headline, body));
  const index = buildTextIndex(vocabulary, vectors);

  it('gives back every document vector from its postings, and counts which documents hold which words', () => {
    const back = termVectorsOf(index);
    vectors.forEach((vector, doc) => {
      const read = back(doc);
      expect([...read.ids]).toEqual([...vector.ids]);
      expect([...read.counts]).toEqual([...vector.counts]);
      expect(read.length).toBe(vector.length);
    });
    const { ids } = queryTermIds(index, 'oil wheat');
    expect([...termsHeld(index, ids)]).toEqual([1, 2, 0]);
  });

  it('counts the words a document holds by looking it up as a pass over every posting counts them', () => {
    const big = new Vocabulary();
    const bodies = marketVectors(big, 3000, 11, true);
    const built = buildTextIndex(big, bodies);
    // Postings out of document order (an older cache's), and a reload's change kept beside them.
    const reversed = reversedPostings(built);
    const { kept } = editedTwice(built, 7, termVector(big, '', ['tin zinc market']), bodies[7]!, bodies[8]!);
    expect(kept.changes).toBeDefined();
    for (const index of [built, reversed, kept])
      for (const query of ['market rise tin', 'zinc', 'bank copper copper report']) {
        const { ids } = queryTermIds(index, query);
        const everyPosting = termsHeld(index, ids);
        // One lookup is looked up in the postings; a lookup of every document reads them all once.
        for (const lookups of [1, 3000]) {
          const held = termsHeldBy(index, ids, lookups);
          expect(Array.from({ length: 3000 }, (_, doc) => held(doc))).toEqual([...everyPosting]);
        }
      }
  });

  it('finds a story writing "U.S." from "us", "US" or "u.s." asked', () => {
    const words = new Vocabulary();
    const usIndex = buildTextIndex(words, [
      termVector(words, 'Exports', ['U.S. exports rose in March.']),
      termVector(words, 'Exports', ['Japanese exports fell in March.']),
    ]);
    for (const asked of ['US exports', 'u.s. exports', 'U.S exports'])
      expect([...searchText(usIndex, queryTermIds(usIndex, asked).ids).docs][0]).toBe(0);
  });

  it('ranks the story about a topic first and skips stories without it', () => {
    const hits = searchText(index, queryTermIds(index, 'oil prices').ids);
    expect([...hits.docs]).toEqual([0, 1]);
    expect(hits.scores[0]).toBeGreaterThan(hits.scores[1]!);
    expect(hits.matched[0]).toBe(2);
  });

  it('returns the same best documents, scores and counts with the pruning of `top` and `minMatched`', () => {
    // Many documents with a common word, few with rarer ones: the common word's postings get pruned.
    const big = new Vocabulary();
    const large = buildTextIndex(big, marketVectors(big, 600, 7, false));
    for (const query of ['market rise copper', 'market tin', 'rise bank zinc tin', 'market']) {
      const ids = queryTermIds(large, query).ids;
      for (const minMatched of [1, 2, ids.length]) {
        const full = searchText(large, ids, minMatched);
        const top = searchText(large, ids, minMatched, { top: 5 });
        expect([...top.docs.slice(0, 5)]).toEqual([...full.docs.slice(0, 5)]);
        expect([...top.scores.slice(0, 5)]).toEqual([...full.scores.slice(0, 5)]);
        expect([...top.matched.slice(0, 5)]).toEqual([...full.matched.slice(0, 5)]);
      }
    }
  });

  it('finds the best k documents, scores and counts as a sort of every hit gives, postings in order, changed or merged', () => {
    // Documents of a few shapes and lengths, so that scores tie often and the k-th cut falls among ties.
    const big = new Vocabulary();
    const bodies = marketVectors(big, 900, 11, true);
    const built = buildTextIndex(big, bodies);
    // The same postings after a reload: kept beside the base (a change), or merged out of document order.
    const edited = termVector(big, '', ['copper zinc tin market']);
    const { kept: changed, merged } = editedTwice(built, 3, edited, bodies[3]!, bodies[4]!);
    expect(changed.changes).toBeDefined();
    expect(merged.changes).toBeUndefined();
    // A merge keeps every term's postings in document order, as a build lists them.
    for (let t = 0; t + 1 < merged.offsets.length; t++)
      for (let p = merged.offsets[t]! + 1; p < merged.offsets[t + 1]!; p++)
        expect(merged.docs[p]!).toBeGreaterThan(merged.docs[p - 1]!);
    // Postings out of document order (as an older cache may hold them) are put in order when first read.
    const reversed = reversedPostings(built);
    for (const index of [built, changed, merged, reversed])
      for (const query of [
        'market rise copper',
        'market tin',
        'rise bank zinc tin',
        'market',
        'report market',
      ]) {
        const ids = queryTermIds(index, query).ids;
        for (const minMatched of [1, 2])
          for (const k of [1, 5, 40, 2000]) {
            const keep = (_doc: number, matched: number) => matched !== 3;
            // A filter on the document alone, passed over before scoring: every third one.
            const only = (doc: number) => doc % 3 !== 1;
            const all = searchText(index, ids, minMatched);
            const wanted = [...all.docs.keys()]
              .filter((i) => keep(all.docs[i]!, all.matched[i]!))
              .slice(0, k);
            const wantedOnly = [...all.docs.keys()]
              .filter((i) => only(all.docs[i]!) && keep(all.docs[i]!, all.matched[i]!))
              .slice(0, k);
            for (const [top, positions] of [
              [searchTop(index, ids, k, { minMatched }), [...all.docs.keys()].slice(0, k)],
              [searchTop(index, ids, k, { minMatched, keep }), wanted],
              [searchTop(index, ids, k, { minMatched, keep, only }), wantedOnly],
            ] as const) {
              expect([...top.docs]).toEqual(positions.map((i) => all.docs[i]));
              expect([...top.scores]).toEqual(positions.map((i) => all.scores[i]));
              expect([...top.matched]).toEqual(positions.map((i) => all.matched[i]));
            }
          }
      }
  });

  it('scores documents longer than 255 terms and shorter ones alike, as a sort of every hit gives', () => {
    // Lengths past a byte (read by searchTop from a 16-bit copy) beside short documents.
    const vocabulary = new Vocabulary();
    const short = marketVectors(vocabulary, 300, 7, true);
    const long = Array.from({ length: 60 }, (_, doc) =>
      termVector(vocabulary, '', [
        `${'copper news '.repeat(20 + doc * 7)}market ${doc % 2 ? 'tin' : 'zinc'}`,
      ]),
    );
    const index = buildTextIndex(vocabulary, [...short, ...long]);
    expect(Math.max(...index.lengths)).toBeGreaterThan(255);
    for (const query of ['copper market', 'market tin zinc', 'copper', 'rise copper news']) {
      const ids = queryTermIds(index, query).ids;
      const all = searchText(index, ids, 1);
      for (const k of [1, 7, 40]) {
        const top = searchTop(index, ids, k);
        expect([...top.docs]).toEqual([...all.docs.slice(0, k)]);
        expect([...top.scores]).toEqual([...all.scores.slice(0, k)]);
        expect([...top.matched]).toEqual([...all.matched.slice(0, k)]);
      }
    }
  });

  it('reads every term ahead of its first search, a term a step: postings put in order, the same best k after', () => {
    const big = new Vocabulary();
    const bodies = marketVectors(big, 600, 5, true);
    const built = buildTextIndex(big, bodies);
    // Postings out of document order, as an older cache may hold them.
    const reversed = reversedPostings(built);
    const steps = (index: TextIndex) => {
      let count = 0;
      for (const _ of termBoundSteps(index)) count++;
      return count;
    };
    const terms = built.offsets.length - 1;
    expect(terms).toBeGreaterThan(5);
    expect(steps(reversed)).toBe(terms);
    for (let t = 0; t < terms; t++)
      for (let p = reversed.offsets[t]! + 1; p < reversed.offsets[t + 1]!; p++)
        expect(reversed.docs[p]!).toBeGreaterThan(reversed.docs[p - 1]!);
    // Read once: a second pass, or a search, reads nothing again.
    expect(steps(reversed)).toBe(0);
    const ids = queryTermIds(built, 'market copper zinc').ids;
    searchTop(built, ids, 5);
    expect(steps(built)).toBe(terms - ids.length);
    for (const query of ['market rise copper', 'rise bank zinc tin', 'report market']) {
      const queryIds = queryTermIds(reversed, query).ids;
      const all = searchText(reversed, queryIds, 1);
      for (const k of [1, 5, 40]) {
        const top = searchTop(reversed, queryIds, k);
        expect([...top.docs]).toEqual([...all.docs.slice(0, k)]);
        expect([...top.scores]).toEqual([...all.scores.slice(0, k)]);
      }
    }
    // A long term's postings out of order are left to its first search to sort, not a step of the pass.
    const many = new Vocabulary();
    const long = buildTextIndex(
      many,
      Array.from({ length: 20_000 }, (_, doc) =>
        termVector(many, '', [doc % 3 === 0 ? 'wheat corn' : 'wheat']),
      ),
    );
    const flipped = reversedPostings(long);
    const inOrder = (index: TextIndex, query: string) => {
      const [id] = queryTermIds(index, query).ids;
      const postings = index.docs.subarray(index.offsets[id!]!, index.offsets[id! + 1]!);
      return postings.every((doc, p) => p === 0 || doc > postings[p - 1]!);
    };
    expect(steps(flipped)).toBe(flipped.offsets.length - 1);
    expect(inOrder(flipped, 'wheat')).toBe(false);
    expect(inOrder(flipped, 'corn')).toBe(true);
    const wheatCorn = queryTermIds(flipped, 'wheat corn').ids;
    const sorted = searchText(flipped, wheatCorn, 1);
    const top = searchTop(flipped, wheatCorn, 10);
    expect(inOrder(flipped, 'wheat')).toBe(true);
    expect([...top.docs]).toEqual([...sorted.docs.slice(0, 10)]);
    expect([...top.scores]).toEqual([...sorted.scores.slice(0, 10)]);
    // An index with a reload's change beside it is searched by a scan: nothing to read ahead.
    const { kept } = editedTwice(built, 3, termVector(big, '', ['tin market']), bodies[3]!, bodies[4]!);
    expect(kept.changes).toBeDefined();
    expect(steps(kept)).toBe(0);
  });

  it.skipIf(!existsSync(REUTERS))(
    'passes the blocks of a common word that cannot reach the best k, over real stories: the same best k as a full search',
    () => {
      // Needs ../shared/corpora/reuters21578 (skipped without it).
      const names = readdirSync(REUTERS)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .slice(0, 6000);
      const texts = names.map((name) => readFileSync(join(REUTERS, name), 'utf8'));
      const vocabulary = new Vocabulary();
      const index = buildTextIndex(
        vocabulary,
        texts.map((text) => termVector(vocabulary, '', text.split(/\n\s*\n/))),
      );
      const postings = (id: number) => index.offsets[id + 1]! - index.offsets[id]!;
      // Queries as people name a story: a few words of a story's first lines, and common words alone.
      const queries = ['dlrs', 'said', 'pct', 'oil prices', 'bank said rates', 'company said net loss'];
      for (let s = 0; s < texts.length; s += 97)
        queries.push(
          texts[s]!.split(/\s+/)
            .slice(5, 5 + (s % 4) + 1)
            .join(' '),
        );
      let common = 0;
      for (const query of queries) {
        const ids = queryTermIds(index, query).ids;
        if (ids.length === 0) continue;
        // Terms of more than a thousand postings have block bounds.
        if (ids.some((id) => postings(id) > 1024)) common++;
        const all = searchText(index, ids, 1);
        for (const k of [1, 10, 30]) {
          const top = searchTop(index, ids, k);
          expect([...top.docs]).toEqual([...all.docs.slice(0, k)]);
          expect([...top.scores]).toEqual([...all.scores.slice(0, k)]);
          expect([...top.matched]).toEqual([...all.matched.slice(0, k)]);
        }
      }
      expect(common).toBeGreaterThan(10);
    },
  );

  it('puts the best few of many hits in the order a sort of them all gives, ties by document number', () => {
    const big = new Vocabulary();
    // Many documents of a few shapes: many equal scores, so the cut falls among ties.
    const shapes = ['oil', 'oil oil', 'oil price', 'price', 'oil oil price'];
    const vectors = Array.from({ length: 400 }, (_, doc) => termVector(big, '', [shapes[(doc * 7) % 5]!]));
    const large = buildTextIndex(big, vectors);
    const ids = queryTermIds(large, 'oil price').ids;
    const sorted = searchText(large, ids, 1);
    const hits = searchText(large, ids, 1, { unsorted: true });
    const docsOf = (positions: number[]) => positions.map((i) => hits.docs[i]);
    for (const count of [0, 1, 7, 80, 399, 500]) {
      expect(docsOf(bestFirst(hits, count))).toEqual([...sorted.docs.slice(0, count)]);
      // Only the hits holding both words, as a filter of the sorted hits would give.
      const both = [...sorted.docs].filter((_, i) => sorted.matched[i] === 2).slice(0, count);
      expect(docsOf(bestFirst(hits, count, (i) => hits.matched[i] === 2))).toEqual(both);
      // The same hits unordered: the cut among ties falls on the same documents.
      const unordered = docsOf(bestUnordered(hits, count));
      expect(unordered).toHaveLength(Math.min(count, hits.docs.length));
      expect(new Set(unordered)).toEqual(new Set(sorted.docs.slice(0, count)));
    }
  });

  it('reads only the documents of a range, by binary search, as a filter of every hit would give', () => {
    const big = new Vocabulary();
    const shapes = ['oil', 'oil oil price', 'price', 'wheat', 'oil price rise'];
    const vectors = Array.from({ length: 300 }, (_, doc) => termVector(big, '', [shapes[(doc * 7) % 5]!]));
    const large = buildTextIndex(big, vectors);
    // A patch keeps its change apart: document 40 given new words, 300 and 301 added after all.
    const patched = runNow(
      patchTextIndexSteps(large, {
        dropped: [40],
        droppedVector: (doc) => vectors[doc]!,
        added: [300, 301],
        addedVector: (doc) => termVector(big, '', [doc === 300 ? 'oil rise' : 'wheat price']),
        size: 302,
      }),
    );
    expect(patched.changes).toBeDefined();
    for (const searched of [large, patched]) {
      const ids = queryTermIds(searched, 'oil price rise').ids;
      const all = searchText(searched, ids, 1);
      for (const [from, to] of [
        [0, 302],
        [35, 47],
        [40, 41],
        [299, 302],
        [120, 120],
      ] as const) {
        const within = searchText(searched, ids, 1, { within: { from, to } });
        const kept = [...all.docs].flatMap((doc, i) => (doc >= from && doc < to ? [i] : []));
        expect([...within.docs]).toEqual(kept.map((i) => all.docs[i]));
        expect([...within.scores]).toEqual(kept.map((i) => all.scores[i]));
        for (const id of ids)
          expect(heldInRange(searched, id, from, to)).toBe(
            [...searchText(searched, [id]).docs].some((doc) => doc >= from && doc < to),
          );
        // Each posting of the range, in document order, with its count and its document's length.
        const vectorOf = termVectorsOf(searched);
        for (const id of ids) {
          const visited: string[] = [];
          postingsInRange(searched, id, from, to, (doc, count, length) =>
            visited.push(`${doc}:${count}:${length}`),
          );
          const held = [...searchText(searched, [id]).docs].filter((doc) => doc >= from && doc < to);
          const expected = held
            .sort((a, b) => a - b)
            .map((doc) => {
              const { ids: own, counts, length } = vectorOf(doc);
              return `${doc}:${counts[own.indexOf(id)]}:${length}`;
            });
          expect(visited).toEqual(expected);
        }
      }
    }
  });

  it("groups the vocabulary's terms by root, the terms added since included", () => {
    const grouped = new Vocabulary(['arrived', 'oil', 'arrivals']);
    expect(termsOfRoot(grouped, 'arriv')).toEqual([0, 2]);
    expect(termsOfRoot(grouped, 'wheat')).toEqual([]);
    grouped.add('wheat');
    grouped.add('arriving');
    expect(termsOfRoot(grouped, 'arriv')).toEqual([0, 2, 4]);
    expect(termsOfRoot(grouped, 'wheat')).toEqual([3]);
    // Many terms added at once (a reload's story of new words) are grouped a slice at a time.
    for (let k = 0; k < 20_000; k++) grouped.add(`word${k}s`);
    const steps = rootGroupSteps(grouped);
    let slices = 1;
    while (!steps.next().done) slices++;
    expect(slices).toBeGreaterThan(2);
    expect(termsOfRoot(grouped, root('word19999s'))).toEqual([20_004]);
  });

  it('requires every term when asked to, and stems plurals', () => {
    expect([...searchText(index, queryTermIds(index, 'oil prices').ids, 2).docs]).toEqual([0]);
    expect([...searchText(index, queryTermIds(index, 'harvests').ids).docs]).toEqual([1]);
  });

  it('corrects misspelt words to the commonest close term when asked', () => {
    const [harvest] = queryTermIds(index, 'harvest').ids;
    expect(queryTermIds(index, 'havrest', { correct: true }).ids).toEqual([harvest]);
    expect(queryTermIds(index, 'havrest').ids).toEqual([]);
    expect(queryTermIds(index, 'platypus', { correct: true }).unknown).toEqual(['platypus']);
  });

  it('patches with the change kept apart, or merged in when a dropped vector read again is not the one indexed', () => {
    const edited = termVector(vocabulary, 'Oil prices fall', ['Crude oil prices fell on demand worries.']);
    const fresh = buildTextIndex(vocabulary, [edited, vectors[1]!, vectors[2]!]);
    const { kept, merged } = editedTwice(index, 0, edited, vectors[0]!, vectors[1]!);
    expect(kept.changes).toBeDefined();
    expect(merged.changes).toBeUndefined();
    for (const patched of [kept, merged]) {
      for (const query of ['oil prices', 'demand', 'supply worries', 'wheat'])
        expect(searchText(patched, queryTermIds(patched, query).ids)).toEqual(
          searchText(fresh, queryTermIds(fresh, query).ids),
        );
      expect(termVectorsOf(patched)(0)).toEqual(edited);
    }
  });

  it('reports words it does not know, and an older index ignores newer terms', () => {
    expect(queryTermIds(index, 'zeppelin oil').unknown).toEqual(['zeppelin']);
    termVector(vocabulary, 'Zeppelin lands', []);
    expect(queryTermIds(index, 'zeppelin').ids).toEqual([]);
  });
});

const story = (id: string, speakers: Array<[string, string[]]>): Story => ({
  id,
  file: `${id}.txt`,
  date: '2014-09-15',
  dateline: null,
  headline: id,
  summary: '',
  places: [],
  people: speakers.map(([name, aliases]) => ({ name, aliases, role: null })),
  quotes: speakers.map(([name], i) => ({
    kind: 'direct' as const,
    text: `"quote ${i}"`,
    span: [i * 10, i * 10 + 9] as [number, number],
    speaker: name,
    speakerMention: name,
    speakerMentionSpan: null,
    cue: 'said',
  })),
});

describe('misspelt terms', () => {
  const vocabulary = new Vocabulary();
  const index = buildTextIndex(vocabulary, [
    termVector(vocabulary, 'K Mart earnings', ['K Mart Corp said its net earnings rose.']),
    termVector(vocabulary, 'Coffee exports', ['Coffee exports fell.']),
    termVector(vocabulary, 'Store sales', ['J.C. Penney sales rose.']),
    termVector(vocabulary, 'Peking visit', ['The king arrived in Peking.']),
  ]);
  const term = (typed: string) => {
    const id = correctTerm(index, typed);
    return id === undefined ? undefined : index.vocabulary.terms[id];
  };

  it('reads a word within an edit of a known one as that word', () => {
    expect(term('cofee')).toBe('coffee');
  });
  it('reads initials typed joined to a name as the name, which the index keeps without them', () => {
    expect(term('kmart')).toBe('mart');
    expect(term('jcpenney')).toBe('penney');
  });
  it('cuts no letters a word may start with: "puking" is a slip of "peking", not "king"', () => {
    expect(term('puking')).toBe('peking');
  });
  it('reads no word it cannot tell', () => {
    expect(term('zeppelin')).toBeUndefined();
  });
});

describe('speaker directory', () => {
  const stories = [
    story('a', [
      ['Kerry', []],
      ['Smith', []],
    ]),
    story('b', [
      ['John Kerry', ['Kerry']],
      ['Ayatollah Ali Khamenei', ['Ali Khamenei', 'Khamenei']],
    ]),
    story('c', [
      ['John Smith', ['Smith']],
      ['Ali Khamenei', ['Khamenei']],
    ]),
    story('d', [['Adam Smith', ['Smith']]]),
  ];
  const directory = buildSpeakerDirectory(StoryStore.of(stories), Uint32Array.from([0, 1, 2, 3]));

  it('merges a bare surname into the one full name that fits, and titled forms into the plain one', () => {
    const kerry = resolveSpeaker(directory, 'kerry');
    expect(kerry.kind === 'found' && kerry.entry.name).toBe('John Kerry');
    expect(kerry.kind === 'found' && kerry.entry.storyCount).toBe(2);
    const khamenei = resolveSpeaker(directory, 'Khamenei');
    expect(khamenei.kind === 'found' && khamenei.entry.name).toBe('Ali Khamenei');
    expect(khamenei.kind === 'found' && khamenei.entry.quoteCount).toBe(2);
  });

  it('keeps a shared surname apart and answers it with candidates', () => {
    const smith = resolveSpeaker(directory, 'Smith');
    expect(smith.kind).toBe('ambiguous');
    expect(smith.kind === 'ambiguous' && [...smith.candidates].sort()).toEqual(['Adam Smith', 'John Smith']);
    const john = resolveSpeaker(directory, 'john smith');
    expect(john.kind === 'found' && john.entry.name).toBe('John Smith');
  });

  it('reads the same speakers from stories kept in several column sets as from one', () => {
    // The last two stories added by a patch: their names are numbered in a column set of their own.
    const first = StoryStore.of(stories.slice(0, 2));
    const patched = runNow(
      StoryStore.patched(first, [first.entry(0), first.entry(1), ...stories.slice(2)], [2, 3]),
    );
    const split = buildSpeakerDirectory(patched, Uint32Array.from([0, 1, 2, 3]));
    const shown = (d: typeof directory) =>
      d.entries.map((e) => [e.name, e.aliases, [...e.quotes], e.quoteCount, e.storyCount, e.ambiguousWith]);
    expect(shown(split)).toEqual(shown(directory));
    expect(shown(split).length).toBeGreaterThan(3);
  });

  it('merges a name with leading title words into the commoner plain full name', () => {
    const titled = buildSpeakerDirectory(
      StoryStore.of([
        story('e', [['Clayton Yeutter', ['Yeutter']]]),
        story('f', [['Clayton Yeutter', []]]),
        story('g', [['Represenative Clayton Yeutter', []]]),
        story('h', [['Paul Jones', []]]),
        story('i', [['John Paul Jones', []]]),
        story('j', [['John Paul Jones', []]]),
      ]),
      Uint32Array.from([0, 1, 2, 3, 4, 5]),
    );
    const yeutter = resolveSpeaker(titled, 'yeutter');
    expect(yeutter.kind === 'found' && yeutter.entry.name).toBe('Clayton Yeutter');
    expect(yeutter.kind === 'found' && yeutter.entry.storyCount).toBe(3);
    // The longer name is the commoner one here, so it is a different person, not a titled form.
    const paul = resolveSpeaker(titled, 'paul jones');
    expect(paul.kind === 'found' && paul.entry.name).toBe('Paul Jones');
    expect(paul.kind === 'found' && paul.entry.storyCount).toBe(1);
  });

  it('finds misspelt names fuzzily and nothing for strangers', () => {
    const misspelt = resolveSpeaker(directory, 'Khamenie');
    expect(misspelt.kind === 'found' && misspelt.entry.name).toBe('Ali Khamenei');
    expect(resolveSpeaker(directory, 'Zbigniew').kind).toBe('none');
  });
});

describe('headline prefixes and story columns', () => {
  it('matches every typed word as a prefix, newest first', () => {
    const headlines = ['Oil prices rise', 'Oil output falls', 'Gold prices steady'];
    const index = buildHeadlineIndex(headlines, Uint32Array.from([2, 0, 1]));
    expect(headlineMatches(index, 'oi', 3, 10)).toEqual([0, 2]);
    expect(headlineMatches(index, 'pri oil', 3, 10)).toEqual([2]);
    expect(headlineMatches(index, 'silver', 3, 10)).toEqual([]);
  });

  it('round-trips stories through the cache columns', () => {
    const stories: Story[] = [
      {
        ...story('x', [['Jen Paski', ['Paski']]]),
        paragraphs: ['One.', 'Two.'],
        paragraphOffsets: [[17], [22, 3, 26]],
        meta: { tags: ['a', 'b'] },
      },
      {
        ...story('y', []),
        date: null,
        dateline: { text: 'PARIS, Sept 15', place: 'Paris', country: null },
        places: [{ name: 'Paris', country: 'France', kind: 'city' }],
      },
    ];
    const reader = new StoryColumnsReader(encodeStories(stories));
    expect(stories.map((_, i) => reader.story(i))).toEqual(stories);
  });
});

describe('speaker autocomplete', () => {
  it('answers one typed letter from the most quoted speakers whose name has a word starting with it', () => {
    const stories = [
      story('p', [
        ['Jen Paski', []],
        ['Jen Paski', []],
        ['Pierre Dupont', []],
      ]),
      story('q', [['Anna Polk', []]]),
    ];
    const directory = buildSpeakerDirectory(StoryStore.of(stories), Uint32Array.from([0, 1]));
    expect(speakersWithPrefix(directory, 'p', 25).map((entry) => entry.name)).toEqual([
      'Jen Paski',
      'Anna Polk',
      'Pierre Dupont',
    ]);
    expect(speakersWithPrefix(directory, 'pa', 25).map((entry) => entry.name)).toEqual(['Jen Paski']);
  });
});
