/**
 * Finds the sentence that answers a fact question: the full-text index ranks stories, then the
 * sentences of the first few are scored with BM25 (the set's own word rarity), plus a bonus when a
 * sentence holds what the question asks for (a figure for "how much", a date for "when", a name for
 * "who", a place for "where"). The candidate set is capped so a question costs the same at any size.
 */
import type { Person, PlaceRef, Story } from '../../engine/types.ts';
import { root } from '../../engine/words.ts';
import { rankRange } from '../queries/common.ts';
import { builtSentenceIndex, type SentenceIndex, sentenceText } from '../sentenceIndex.ts';
import type { StorySnapshot } from '../snapshot.ts';
import { terms } from '../text.ts';
import {
  bestUnordered,
  bm25Idf,
  bm25Term,
  documentFrequency,
  postingsInRange,
  queryTermIds,
  searchText,
  searchTop,
  termsOfRoot,
} from '../textIndex.ts';
import type { FactKind } from './parseQuestion.ts';
import { perQuestion } from './perQuestion.ts';
import { searchedCorrection } from './rankSentences.ts';
import { type StorySentence, sentencesOf, storyRoots } from './sentences.ts';
import { PERCENT_SIGN, STOPWORDS } from './words.ts';

/** Stories whose sentences are read per question: enough for recall, few enough for speed. */
const CANDIDATE_STORIES = 20;
/** idf of a word found in about a fifth of the stories. */
const COMMON_IDF = Math.log(1 + 0.8 / 0.2);
const AVERAGE_SENTENCE_TERMS = 14;

export interface AnswerSentence {
  story: Story;
  sentence: Pick<StorySentence, 'text' | 'index'>;
  score: number;
  /** Share of the question's word weight the sentence holds, words found only elsewhere in its story at half weight (0..1). */
  coverage: number;
  /** Distinct question words the sentence itself holds. */
  matched: number;
}

const MONTH_OR_DAY =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|(?:19|20)\d\d)\b/i;
const FIGURE = /\d/;
const AMOUNT = new RegExp(
  String.raw`\b\d[\d,.]*\s*(?:${PERCENT_SIGN}(?![a-z])|(?:mln|million|billion|bln|dlrs|dollars|cts|cents|tonnes|tons|bags|barrels|shares|yen|marks|francs|pounds|points)\b)|[$£€]\s?\d`,
  'i',
);

/** What a story names, read only when the kind of fact asked for needs it. */
interface StoryNames {
  people: () => readonly Person[];
  places: () => readonly PlaceRef[];
}

/** How well a sentence's content fits the kind of fact asked for (0..1). */
function kindBonus(kind: FactKind | null, text: string, story: StoryNames): number {
  switch (kind) {
    case 'amount':
      return AMOUNT.test(text) ? 1 : FIGURE.test(text) ? 0.6 : 0;
    case 'when':
      return MONTH_OR_DAY.test(text) ? 1 : 0;
    case 'who':
      return story.people().some((p) => text.includes(p.name) || p.aliases.some((a) => text.includes(a)))
        ? 1
        : 0;
    case 'where':
      return story.places().some((p) => text.includes(p.name)) ? 1 : 0;
    default:
      return 0;
  }
}

/** White space other than single spaces: what `replace(/\s+/g, ' ')` would change. */
const OTHER_SPACE = /[^\S ]| {2}/;

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const SPACE = /\s/;

/**
 * Whether a sentence reads as prose: tables of figures and dotted price lists answer nothing. Its
 * letters, lower-case letters and characters other than white space are counted in one pass (in
 * UTF-16 units, as the lengths of the text without the others give them), ASCII by its codes.
 */
export function isProse(text: string): boolean {
  if (/\.{3,}|_{3,}|-{3,}/.test(text)) return false;
  let letters = 0;
  let lower = 0;
  let filled = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const units = code > 0xffff ? 2 : 1;
    if (code < 128) {
      const isLower = code >= 97 && code <= 122;
      if (isLower || (code >= 65 && code <= 90)) letters++;
      if (isLower) lower++;
      if (!(code === 32 || (code >= 9 && code <= 13))) filled++;
    } else {
      const char = text.slice(i, i + units);
      if (LETTER.test(char)) letters += units;
      if (LOWER.test(char)) lower += units;
      if (units === 2 || !SPACE.test(char)) filled += units;
    }
    i += units;
  }
  // Mostly letters, and mostly lower case: rows in capitals ("MINNEAPOLIS WHEAT MAY7 285 UP") are not prose.
  return letters >= 20 && letters >= filled * 0.6 && lower >= letters * 0.5;
}

/** `isProse` of a sentence read for a question (a story filed again repeats its sentences). */
const proseRead = perQuestion(isProse);

/** Words that ask for a figure ("what was the figure for …"): the answer holds a number, not these words. */
const ASKING_WORDS: ReadonlySet<string> = new Set(terms('figure figures amount percentage exactly'));

/** A word the set knows as a place or a speaker's name even though no story text holds it (datelines). */
function knownName(snapshot: StorySnapshot, word: string): boolean {
  return snapshot.places.byKey.has(word) || snapshot.speakers.byWord.has(word);
}

/** The question's search terms: index terms minus question words, with their weights (idf). */
export function questionTerms(snapshot: StorySnapshot, text: string): Map<string, number> {
  const weights = new Map<string, number>();
  const n = Math.max(1, snapshot.text.docCount);
  for (const typed of terms(text)) {
    if (STOPWORDS.has(typed) || ASKING_WORDS.has(typed)) continue;
    let term = typed;
    let id = snapshot.text.vocabulary.get(term);
    let df = id === undefined ? 0 : documentFrequency(snapshot.text, id);
    if (df === 0) {
      // A misspelt word stands for the known word it is closest to ("cofee" → "coffee").
      const corrected = searchedCorrection(snapshot.text, term);
      if (corrected !== undefined) {
        id = corrected;
        term = snapshot.text.vocabulary.terms[corrected]!;
        df = documentFrequency(snapshot.text, corrected);
      }
    }
    // A word no story holds and no known word is close to (a name we have nothing on) weighs as the
    // rarest word: no sentence holds it, so no sentence covers the question well enough to answer it.
    // Short ones (and figures) are often just ways of asking; they lower coverage only a little.
    const idf =
      df > 0
        ? bm25Idf(n, df)
        : typed.length >= 5 && !/\d/.test(typed) && !knownName(snapshot, typed)
          ? bm25Idf(n, 0)
          : 0.5;
    weights.set(term, Math.max(idf, weights.get(term) ?? 0));
  }
  return weights;
}

/** The best sentences for a question, best first (at most `limit`). */
export function findAnswerSentences(
  snapshot: StorySnapshot,
  question: string,
  kind: FactKind | null,
  limit = 3,
  range: { from: string; to: string } | null = null,
): AnswerSentence[] {
  const weights = questionTerms(snapshot, question);
  if (weights.size === 0) return [];
  // Sentences are matched on roots, so "arrived" finds "arrivals"; a root weighs as its rarest form.
  const rootWeights = new Map<string, number>();
  for (const [term, idf] of weights)
    rootWeights.set(root(term), Math.max(idf, rootWeights.get(root(term)) ?? 0));
  // Words in a fifth of all stories barely rank them and cost the most to look up: sentences still use them.
  const rare = [...weights].filter(([, idf]) => idf >= COMMON_IDF).map(([term]) => term);
  const query = (rare.length > 0 ? rare : [...weights.keys()]).join(' ');
  const { ids } = queryTermIds(snapshot.text, query);
  if (ids.length === 0) return [];
  // Stories holding at least two of the words first, when there are any.
  const wanted = ids.length >= 4 ? 2 : 1;
  const { stories: candidates, best } = range
    ? storiesInRange(snapshot, ids, wanted, range)
    : bestStories(snapshot, ids, wanted);
  const totalWeight = [...rootWeights.values()].reduce((a, b) => a + b, 0);
  const bestStory = best > 0 ? best : 1;
  const scored = { rootWeights, totalWeight, kind };
  const ranked = candidates.map(({ s, score }) => ({ s, weight: score / bestStory }));
  // The index as built (a set nobody prepared is not indexed for this: the text serves as well).
  const index = builtSentenceIndex(snapshot);
  const found = index
    ? indexedSentences(snapshot, index, scored, ranked)
    : textSentences(snapshot, scored, ranked);
  found.sort((a, b) => b.score - a.score);
  return found.slice(0, limit).map(({ answer, ...scores }) => ({ ...answer(), ...scores }));
}

/** Candidate stories for a question's words, best first, and the best score of any story holding one. */
interface StoryCandidates {
  stories: Array<{ s: number; score: number }>;
  best: number;
}

/**
 * The best CANDIDATE_STORIES stories holding `wanted` of the words, then the best of the others: two
 * searches of the best few (see searchTop), whose cost is not that of every story holding a common word.
 */
function bestStories(snapshot: StorySnapshot, ids: readonly number[], wanted: number): StoryCandidates {
  const enough = searchTop(snapshot.text, ids, CANDIDATE_STORIES, { minMatched: wanted });
  const stories = [...enough.docs].map((s, i) => ({ s, score: enough.scores[i]! }));
  let best = enough.scores[0] ?? 0;
  if (wanted > 1) {
    // The best of the others too, even when enough hold `wanted`: the best score of all may be theirs.
    const more = CANDIDATE_STORIES - stories.length;
    if (more > 0) {
      const keep = (_doc: number, matched: number) => matched < wanted;
      const others = searchTop(snapshot.text, ids, more, { keep });
      for (let i = 0; i < others.docs.length; i++)
        stories.push({ s: others.docs[i]!, score: others.scores[i]! });
      best = Math.max(best, others.scores[0] ?? 0);
    } else {
      // Only the best score of all is wanted then: the best story's holding any of the words, which a
      // search of the best one finds sooner than a search of the best one holding fewer than `wanted`.
      best = Math.max(best, searchTop(snapshot.text, ids, 1).scores[0] ?? 0);
    }
  }
  return { stories, best };
}

/** As bestStories, among the stories dated within `range`: the best 5,000 hits read for them, no more. */
function storiesInRange(
  snapshot: StorySnapshot,
  ids: readonly number[],
  wanted: number,
  range: { from: string; to: string },
): StoryCandidates {
  // A range no story is dated in ("1986" of an archive of 1987) has no candidates: no posting is read.
  const [lo, hi] = rankRange(snapshot.stories, snapshot.order, range.from, range.to);
  if (hi <= lo) return { stories: [], best: 0 };
  const hits = searchText(snapshot.text, ids, 1, { unsorted: true });
  const holdsEnough = (i: number) => hits.matched[i]! >= wanted;
  const inRange = (i: number) => {
    const date = snapshot.stories.dateAt(hits.docs[i]!);
    return date !== null && date >= range.from && date <= range.to;
  };
  // The best 5,000 hits within the range, in the order of the best 5,000 (score, then story number):
  // only those in the range are put in order, not all 5,000.
  const scanned = bestUnordered(hits, 5000).filter(inRange);
  scanned.sort((a, b) => hits.scores[b]! - hits.scores[a]! || hits.docs[a]! - hits.docs[b]!);
  const stories: StoryCandidates['stories'] = [];
  for (const pass of [holdsEnough, (i: number) => !holdsEnough(i)])
    for (let k = 0; k < scanned.length && stories.length < CANDIDATE_STORIES; k++)
      if (pass(scanned[k]!)) stories.push({ s: hits.docs[scanned[k]!]!, score: hits.scores[scanned[k]!]! });
  return { stories, best: hits.docs.length > 0 ? hits.scores.reduce((a, b) => Math.max(a, b)) : 0 };
}

/** The question's roots with their weights, their sum, and the kind of fact asked for. */
interface Scoring {
  rootWeights: ReadonlyMap<string, number>;
  totalWeight: number;
  kind: FactKind | null;
}

/** A sentence scored for a question, made into an answer only if it is among the best. */
type Scored = Omit<AnswerSentence, 'story' | 'sentence'> & {
  answer: () => Pick<AnswerSentence, 'story' | 'sentence'>;
};

/** A candidate story by number, with its rank against the best story (0..1). */
interface Candidate {
  s: number;
  weight: number;
}

/**
 * A prose sentence's score: BM25 of the question's roots it holds (`tf`, counts by root, of `length`
 * terms), the words its story holds elsewhere (`storyHolds`) at a lower weight, the story's rank and
 * whether it holds the kind of fact asked for. Null for a sentence holding none of them, or no prose.
 */
function scoreSentence(
  scoring: Scoring,
  sentence: { tf: ReadonlyMap<string, number>; length: number; text: string; first: boolean },
  story: StoryNames & { weight: number; holds: (r: string) => boolean },
): Omit<Scored, 'answer'> | null {
  const { rootWeights, totalWeight } = scoring;
  const { tf, text } = sentence;
  if (tf.size === 0 || !proseRead(text)) return null;
  let score = 0;
  let covered = 0;
  for (const [r, count] of tf) {
    const idf = rootWeights.get(r)!;
    score += bm25Term(idf, count, sentence.length, AVERAGE_SENTENCE_TERMS);
    covered += idf;
  }
  // Words the story holds elsewhere (its subject, its place) support the sentence at half weight.
  let elsewhere = 0;
  for (const [r, idf] of rootWeights) if (!tf.has(r) && story.holds(r)) elsewhere += idf;
  score += 0.3 * elsewhere;
  const coverage = (covered + 0.5 * elsewhere) / totalWeight;
  // A sentence holding more of the question's words itself beats a short one its story props up.
  score *= 0.4 + (0.6 * covered) / totalWeight;
  // The story's own rank breaks ties between equally good sentences; the asked-for kind lifts one.
  score *= 1 + 0.25 * story.weight + 0.3 * kindBonus(scoring.kind, text, story);
  // The lead sentence often states the fact; headline-like fragments rarely do.
  if (sentence.first) score *= 1.05;
  if (text.length < 25) score *= 0.6;
  return { score, coverage, matched: tf.size };
}

/**
 * The candidate stories' sentences scored from the sentence index: each question root's terms are read
 * from their postings within the story's sentences (binary search), so only the sentences holding one
 * are decoded, and no story is decoded but those answered from.
 */
function indexedSentences(
  snapshot: StorySnapshot,
  index: SentenceIndex,
  scoring: Scoring,
  candidates: readonly Candidate[],
): Scored[] {
  const { stories } = snapshot;
  const { vocabulary } = index.text;
  const found: Scored[] = [];
  for (const { s, weight } of candidates) {
    const from = index.from[s]!;
    const to = index.to[s]!;
    const held = new Map<number, { tf: Map<string, number>; length: number }>();
    const holds = new Set<string>();
    for (const r of scoring.rootWeights.keys())
      for (const id of termsOfRoot(vocabulary, r))
        postingsInRange(index.text, id, from, to, (n, count, length) => {
          holds.add(r);
          let sentence = held.get(n);
          if (!sentence) {
            sentence = { tf: new Map(), length };
            held.set(n, sentence);
          }
          sentence.tf.set(r, (sentence.tf.get(r) ?? 0) + count);
        });
    if (held.size === 0) continue;
    // The headline and the dateline's place hold what the story is about, though no sentence says it.
    const dateline = stories.datelineAt(s);
    for (const text of [stories.headlineAt(s), dateline?.text.split(',')[0] ?? ''])
      for (const term of terms(text)) holds.add(root(term));
    let people: readonly Person[] | undefined;
    let places: readonly PlaceRef[] | undefined;
    const story = {
      weight,
      holds: (r: string) => holds.has(r),
      people: () => (people ??= stories.peopleAt(s)),
      places: () => (places ??= stories.placesAt(s)),
    };
    for (const n of [...held.keys()].sort((a, b) => a - b)) {
      const { tf, length } = held.get(n)!;
      // As the story's paragraphs split into sentences give it (see sentencesOf): white space as one space
      // (most sentences already have it so, and are not copied).
      const read = sentenceText(snapshot, index, n);
      const text = OTHER_SPACE.test(read) ? read.replace(/\s+/g, ' ') : read;
      const scores = scoreSentence(scoring, { tf, length, text, first: n === from }, story);
      if (scores)
        found.push({
          ...scores,
          answer: () => ({ story: stories.at(s)!, sentence: { text, index: n - from } }),
        });
    }
  }
  return found;
}

/**
 * The same, from the candidate stories' text split into sentences: while a set's sentence index is
 * being built, or where none was asked for.
 */
function textSentences(
  snapshot: StorySnapshot,
  scoring: Scoring,
  candidates: readonly Candidate[],
): Scored[] {
  const found: Scored[] = [];
  for (const { s, weight } of candidates) {
    const story = snapshot.stories.at(s)!;
    const context = storyRoots(story);
    const names = {
      weight,
      holds: (r: string) => context.has(r),
      people: () => story.people,
      places: () => story.places,
    };
    for (const sentence of sentencesOf(story)) {
      const tf = new Map<string, number>();
      for (const r of sentence.roots) if (scoring.rootWeights.has(r)) tf.set(r, (tf.get(r) ?? 0) + 1);
      const text = sentence.text;
      const scores = scoreSentence(
        scoring,
        { tf, length: sentence.roots.length, text, first: sentence.index === 0 },
        names,
      );
      if (scores) found.push({ ...scores, answer: () => ({ story, sentence }) });
    }
  }
  return found;
}
