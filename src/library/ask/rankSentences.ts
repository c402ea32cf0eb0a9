/**
 * The sentence ranker: which sentence of the set answers a question. BM25 over the sentence index
 * gives a pool of sentences (the rarest question words weighing most); each is then scored on what
 * BM25 alone misses — how much of the question's weight it holds, how close together, in the same
 * word pairs, what its neighbours and its paragraph hold of the rest, how well its story's headline
 * and text match, and whether it holds a phrase of the kind asked for — by a log-linear model with the
 * weights in `sentenceWeights.json` (trained by `scripts/trainExtract.ts`). The pool is capped, so a
 * question costs the same at any size.
 */
import { lexTag } from '../../engine/people.ts';
import { relatedRoots } from '../../engine/related.ts';
import { rootSimilarity } from '../../engine/similarity.ts';
import { isStopword, root } from '../../engine/words.ts';
import { type SentenceIndex, sentenceIndexOf, sentenceText } from '../sentenceIndex.ts';
import type { StorySnapshot } from '../snapshot.ts';
import { terms } from '../text.ts';
import {
  bestFirst,
  bm25Idf,
  bm25Term,
  correctTerm,
  documentFrequency,
  searchText,
  searchTop,
  type TextHits,
  type TextIndex,
} from '../textIndex.ts';
import { type AnswerKind, answerKind, QUESTION_ONLY, tokensOf } from './extract.ts';
import { type HiddenLayer, hiddenScoreOf } from './hiddenLayer.ts';
import { perQuestion, perQuestionBy } from './perQuestion.ts';
import WEIGHTS from './sentenceWeights.json' with { type: 'json' };

/** The word list's tags of plain words, which a question types as meant. */
const PLAIN_WORD =
  /^(?:Noun|Singular|Plural|Uncountable|Verb|Infinitive|PastTense|Gerund|Adjective|Comparable|Adverb)\b/;

/** A question form whose second word names the kind of answer, not what it is about. */
const HOW_FORM = /\bhow\s+(?:much|many)\b/gi;

/** Sentences BM25 ranks first that the ranker scores per question. */
const POOL = 40;
/** Sentences of the story a question is most about read beside the pool, at most. */
const BEST_STORY_READ = 5;
/** Sentences of a paragraph read around a pooled sentence, at most. */
const PARAGRAPH_REACH = 6;
/** Paragraphs, best first, whose every sentence is scored. */
const WHOLE_PARAGRAPHS = 3;
/** Letters two words' roots share at the start to count as one word in another form. */
const PREFIX = 5;

export type SentenceFeatures = Record<keyof typeof WEIGHTS.features, number>;

/** The question as the ranker reads it: its words' roots with their weights, in order. */
export interface RankQuestion {
  text: string;
  kind: AnswerKind;
  /** Root → weight (idf in the sentence index) of each content word. */
  weights: Map<string, number>;
  /** Content roots in the order asked, for word pairs. */
  order: string[];
  /** The words of `order` as asked (lower case). */
  words: string[];
  /** Roots of the capitalised words past the first (names the answer's sentence should hold). */
  names: Set<string>;
  total: number;
}

/**
 * Corrections of misspelt words (`correctTerm`) by index, kept for the question being answered: each
 * search the question runs (with its date and without, the sentences and the stories) reads its words
 * again, and a correction compares the word with every known term of its first letter and length.
 */
const correctedTerm: (index: TextIndex, term: string) => number | undefined = perQuestionBy(correctTerm);

/**
 * The known word a question's word is searched as when the set never holds it (`correctedTerm`), but
 * not for a word the word list knows as a plain word, which is no misspelling: "weather", which the
 * stories never use, is not searched as "water"; another form of it is ("manage" as "manager"). (The
 * answerability model still reads such a word as one the set may say otherwise: `unknownTerms`.)
 */
export function searchedCorrection(index: TextIndex, term: string): number | undefined {
  const id = correctedTerm(index, term);
  const known = id === undefined ? undefined : index.vocabulary.terms[id];
  return known !== undefined && root(known) !== root(term) && PLAIN_WORD.test(lexTag(term)) ? undefined : id;
}

/**
 * The question's index terms, misspelt words standing for the closest known word. `correct` is off
 * when the sentence is already known.
 */
export function questionIds(
  snapshot: StorySnapshot,
  index: TextIndex,
  question: string,
  correct = true,
): number[] {
  const ids = new Set<number>();
  // "how much", "how many" ask a kind of answer: their second word is no word to search for.
  for (const term of terms(question.replace(HOW_FORM, 'how'))) {
    let id = index.vocabulary.get(term);
    if (correct && (id === undefined || documentFrequency(index, id) === 0))
      id = searchedCorrection(snapshot.text, term);
    if (id !== undefined && documentFrequency(index, id) > 0) ids.add(id);
  }
  return [...ids];
}

/**
 * The question's words that no text of the set holds, nor any close spelling, in one pass:
 * - `names`, capitalised words past the first: someone or something the stories know nothing of,
 *   which no sentence can answer about;
 * - `words`, the plain ones (stopwords and question words aside): people type names in lower case,
 *   and a question about a word the stories never use is seldom answered by them. A feature of
 *   "I don't know", not a refusal, since a question's own wording often differs from the text's.
 */
function unknownTerms(
  snapshot: StorySnapshot,
  index: TextIndex,
  question: string,
): { names: number; words: number } {
  const unknown = { names: 0, words: 0 };
  tokensOf(question).forEach((token, i) => {
    const [term] = terms(token.text);
    if (!term || /\d/.test(term)) return;
    const name = i > 0 && /^\p{Lu}/u.test(token.text);
    if (name ? term.length < 4 : term.length < 3 || isStopword(term) || QUESTION_ONLY.has(term)) return;
    const id = index.vocabulary.get(term);
    if (id !== undefined && documentFrequency(index, id) > 0) return;
    if (correctedTerm(snapshot.text, term) === undefined) unknown[name ? 'names' : 'words']++;
  });
  return unknown;
}

/** The question's content roots, each weighing as the rarest sentence term it stands for. */
export function rankQuestion(index: TextIndex, question: string, ids: readonly number[]): RankQuestion {
  const n = Math.max(1, index.docCount);
  const idOf = new Map<string, number>();
  for (const id of ids) {
    const term = index.vocabulary.terms[id]!;
    const weight = bm25Idf(n, documentFrequency(index, id));
    for (const key of [term, root(term)]) idOf.set(key, Math.max(weight, idOf.get(key) ?? 0));
  }
  const weights = new Map<string, number>();
  const order: string[] = [];
  const words: string[] = [];
  const names = new Set<string>();
  tokensOf(question).forEach((token, i) => {
    if (isStopword(token.lower) || QUESTION_ONLY.has(token.lower)) return;
    const key = root(token.lower);
    order.push(key);
    words.push(token.lower);
    // A word no sentence holds (a name the set knows nothing of) weighs as the rarest.
    const weight =
      idOf.get(key) ?? idOf.get(terms(token.lower)[0] ?? '') ?? (token.lower.length >= 5 ? bm25Idf(n, 0) : 1);
    weights.set(key, Math.max(weight, weights.get(key) ?? 0));
    if (i > 0 && /^\p{Lu}/u.test(token.text)) names.add(key);
  });
  let total = 0;
  for (const weight of weights.values()) total += weight;
  return {
    text: question,
    kind: answerKind(question),
    weights,
    order,
    words,
    names,
    total,
  };
}

/** A sentence's content roots, in order (once per question: shared, so read only). */
const rootsOf = perQuestion((text: string): string[] =>
  tokensOf(text)
    .filter((token) => !isStopword(token.lower))
    .map((token) => root(token.lower)),
);

/** A sentence's content roots as a set (once per question: shared, so read only). */
const rootSetOf = perQuestion((text: string): ReadonlySet<string> => new Set(rootsOf(text)));

/** A sentence's pairs of neighbouring content roots, "first second" (once per question). */
const rootPairsOf = perQuestion((text: string): ReadonlySet<string> => {
  const roots = rootsOf(text);
  const pairs = new Set<string>();
  for (let k = 1; k < roots.length; k++) pairs.add(`${roots[k - 1]} ${roots[k]}`);
  return pairs;
});

/** A sentence's words in lower case as a set (once per question). */
const lowerWordsOf = perQuestion(
  (text: string): ReadonlySet<string> => new Set(tokensOf(text).map((token) => token.lower)),
);

/** Share of the question's weight a set of roots holds. */
function weightHeld(
  question: RankQuestion,
  roots: Pick<ReadonlySet<string>, 'has'>,
  except?: ReadonlySet<string>,
): number {
  if (question.total === 0) return 0;
  let held = 0;
  for (const [key, weight] of question.weights) if (roots.has(key) && !except?.has(key)) held += weight;
  return held / question.total;
}

const YEAR_OR_MONTH =
  /\b(?:1[0-9]\d\d|20\d\d|\d{1,2}(?:st|nd|rd|th) century|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const FIGURE =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand|million|billion)\b/i;
const MONEY = /[$£€]\s?\d|\b\d[\d,.]*\s*(?:dollars|million|billion|cents|pounds|euros)\b/i;

/** Whether a sentence holds a phrase of the kind asked for, besides the question's own words. */
function holdsKind(kind: AnswerKind, text: string, question: RankQuestion): number {
  switch (kind) {
    case 'year':
    case 'date':
      return YEAR_OR_MONTH.test(text) ? 1 : 0;
    case 'amount':
      return MONEY.test(text) ? 1 : FIGURE.test(text) ? 0.5 : 0;
    case 'count':
    case 'quantity':
    case 'percent':
      return FIGURE.test(text) ? 1 : 0;
    case 'person':
    case 'place':
      // A capitalised word past the first that the question does not name.
      return tokensOf(text).some(
        (token, i) => i > 0 && /^\p{Lu}/u.test(token.text) && !question.weights.has(root(token.lower)),
      )
        ? 1
        : 0;
    default:
      return 0;
  }
}

/** Share of the question's weight a sentence holds in the very words asked (not only their roots). */
function exactShare(question: RankQuestion, text: string): number {
  if (question.total === 0) return 0;
  const words = lowerWordsOf(text);
  const held = new Set<string>();
  for (let k = 0; k < question.words.length; k++)
    if (words.has(question.words[k]!)) held.add(question.order[k]!);
  let weight = 0;
  for (const key of held) weight += question.weights.get(key)!;
  return weight / question.total;
}

/** A sentence read for the ranker: its text and the roots around it. */
interface Pooled {
  n: number;
  bm25: number;
  text: string;
  roots: string[];
}

const EMPTY: ReadonlySet<string> = new Set();
/** A sentence opening on a word that points back: its subject is in the sentence before. */
const REFERS_BACK =
  /^(?:this|these|that|those|it|its|he|she|they|their|his|her|such|the latter|the former)\b/i;

/** One pooled sentence with its features. */
export interface PooledSentence {
  /** Sentence number in the sentence index. */
  n: number;
  features: SentenceFeatures;
}

/** The sentence numbers of a paragraph around sentence `n` (at most `PARAGRAPH_REACH` on each side). */
function paragraphOf(index: SentenceIndex, n: number): number[] {
  const story = index.story[n]!;
  const paragraph = index.paragraph[n]!;
  const out: number[] = [];
  const from = Math.max(index.from[story]!, n - PARAGRAPH_REACH);
  const to = Math.min(index.to[story]!, n + PARAGRAPH_REACH + 1);
  for (let k = from; k < to; k++) if (index.paragraph[k] === paragraph) out.push(k);
  return out;
}

/**
 * Which stories a question's sentences may come from: a test and, where they are few, the stories
 * themselves (`among`), whose sentences are then read alone rather than searched for among all.
 */
export type StoryFilter = ((story: number) => boolean) & { readonly among?: readonly number[] };

/** The hits of the term ids among the sentences of the given stories (unsorted). */
function searchStories(index: SentenceIndex, ids: readonly number[], stories: readonly number[]): TextHits {
  const docs: number[] = [];
  const scores: number[] = [];
  const matched: number[] = [];
  for (const s of stories) {
    const from = index.from[s];
    const to = index.to[s];
    if (from === undefined || to === undefined || from >= to) continue;
    const hits = searchText(index.text, ids, 1, { unsorted: true, within: { from, to } });
    for (let i = 0; i < hits.docs.length; i++) {
      docs.push(hits.docs[i]!);
      scores.push(hits.scores[i]!);
      matched.push(hits.matched[i]!);
    }
  }
  return {
    docs: Uint32Array.from(docs),
    scores: Float32Array.from(scores),
    matched: Uint8Array.from(matched),
  };
}

/**
 * The story BM25 over whole texts puts first for a question's words, by question, kept for the question
 * being answered: the prior of every search of its sentences (with its date and without, within one
 * story), whatever stories those allow. Each pooled sentence's story is scored against it alone
 * (`poolSentences`, by the word ids given with it), so the search keeps only the best: a top 200 cost
 * five times as much at 100,000 stories, and gave the stories past it no score at all.
 */
const storiesFor = perQuestionBy(
  (snapshot: StorySnapshot, question: string): { hits: TextHits; ids: number[] } => {
    const ids = questionIds(snapshot, snapshot.text, question);
    return { hits: searchTop(snapshot.text, ids, 1), ids };
  },
);

/**
 * The sentences BM25 ranks first for a question (in the stories `allowed` accepts, and in the one
 * `story` given), with the features the ranker scores them on.
 */
export function poolSentences(
  snapshot: StorySnapshot,
  index: SentenceIndex,
  question: RankQuestion,
  ids: readonly number[],
  allowed?: StoryFilter,
  weights?: SentenceWeights,
  story?: number,
): PooledSentence[] {
  if (ids.length === 0) return [];
  // One story's sentences are read alone, out of each word's postings by binary search, the best hits
  // a filter allows put in order; else the best of the set's sentences that it allows are searched for
  // (see searchTop), not every sentence holding a common word.
  // So are the sentences of the few stories a filter names (`StoryFilter.among`: a short date range),
  // whose best a search of the whole set would reach only after every sentence it rejects.
  const within = story === undefined ? undefined : { from: index.from[story]!, to: index.to[story]! };
  const among = story === undefined ? allowed?.among : undefined;
  const hits = within
    ? searchText(index.text, ids, 1, { unsorted: true, within })
    : among
      ? searchStories(index, ids, among)
      : searchTop(index.text, ids, POOL, allowed && { only: (doc) => allowed(index.story[doc]!) });
  const order =
    within || among ? bestFirst(hits, POOL, allowed && ((i) => allowed(index.story[hits.docs[i]!]!))) : null;
  const pool: Pooled[] = [];
  for (let k = 0; k < (order ?? hits.docs).length && pool.length < POOL; k++) {
    const i = order ? order[k]! : k;
    const n = hits.docs[i]!;
    const text = sentenceText(snapshot, index, n);
    pool.push({ n, bm25: hits.scores[i]!, text, roots: rootsOf(text) });
  }
  if (pool.length === 0) return [];
  const top = pool[0]!.bm25;
  // Stories by BM25 over their whole text (headline weighing most): a prior, not a filter.
  const { hits: storyHits, ids: storyIds } = storiesFor(snapshot, question.text);
  // The best few sentences of the story the question is most about, by the same BM25: the answer's
  // sentence may hold few of the question's words ("the period" for "the airline cooling off period")
  // and rank below the set's near misses.
  const best = storyHits.docs[0];
  if (!within && !among && best !== undefined && (!allowed || allowed(best))) {
    const pooled = new Set(pool.map((p) => p.n));
    const own = searchText(index.text, ids, 1, {
      top: POOL + BEST_STORY_READ,
      within: { from: index.from[best]!, to: index.to[best]! },
    });
    for (let i = 0, added = 0; i < own.docs.length && added < BEST_STORY_READ; i++) {
      const n = own.docs[i]!;
      if (pooled.has(n)) continue;
      added++;
      const text = sentenceText(snapshot, index, n);
      pool.push({ n, bm25: own.scores[i]!, text, roots: rootsOf(text) });
    }
  }
  // Each pooled story's own score against the best story's, read from the postings of that story alone.
  const storyScore = new Map<number, number>();
  const bestScore = storyHits.scores[0] || 1;
  const storyScoreOf = (s: number): number => {
    let known = storyScore.get(s);
    if (known === undefined) {
      const own = searchText(snapshot.text, storyIds, 1, { unsorted: true, within: { from: s, to: s + 1 } });
      known = own.docs.length > 0 ? own.scores[0]! / bestScore : 0;
      storyScore.set(s, known);
    }
    return known;
  };
  // A sentence's text, roots and root set by its number, each read once in this call.
  const byNumber =
    <V>(known: Map<number, V>, read: (n: number) => V) =>
    (n: number): V => {
      let value = known.get(n);
      if (value === undefined) {
        value = read(n);
        known.set(n, value);
      }
      return value;
    };
  const textAt = byNumber(new Map(pool.map((p) => [p.n, p.text])), (n) => sentenceText(snapshot, index, n));
  const rootsAt = byNumber(new Map(pool.map((p) => [p.n, p.roots])), (n) => rootsOf(textAt(n)));
  const rootSetAt = byNumber(new Map<number, ReadonlySet<string>>(), (n) => rootSetOf(textAt(n)));
  // Paragraphs of the pooled sentences, scored by BM25 over their roots: the passage a question was
  // asked about holds its words even where the answer's sentence does not.
  const paragraphs = new Map<string, { sentences: number[]; roots: string[]; score: number }>();
  const paragraphKey = (n: number) => `${index.story[n]}:${index.paragraph[n]}`;
  for (const p of pool) {
    const key = paragraphKey(p.n);
    if (paragraphs.has(key)) continue;
    const sentences = paragraphOf(index, p.n);
    paragraphs.set(key, { sentences, roots: sentences.flatMap(rootsAt), score: 0 });
  }
  let lengthSum = 0;
  for (const passage of paragraphs.values()) lengthSum += passage.roots.length;
  const averageLength = lengthSum / paragraphs.size;
  let bestParagraph = 0;
  for (const passage of paragraphs.values()) {
    const tf = new Map<string, number>();
    for (const key of passage.roots) if (question.weights.has(key)) tf.set(key, (tf.get(key) ?? 0) + 1);
    for (const [key, count] of tf)
      passage.score += bm25Term(question.weights.get(key)!, count, passage.roots.length, averageLength);
    bestParagraph = Math.max(bestParagraph, passage.score);
  }
  // The other sentences of the best paragraphs join the pool: an answer may share no word with the question.
  const inPool = new Set(pool.map((p) => p.n));
  for (const passage of [...paragraphs.values()].sort((a, b) => b.score - a.score).slice(0, WHOLE_PARAGRAPHS))
    for (const n of passage.sentences)
      if (!inPool.has(n)) {
        inPool.add(n);
        pool.push({ n, bm25: 0, text: textAt(n), roots: rootsAt(n) });
      }
  const headlineRoots = new Map<number, Set<string>>();
  const nameTotal = question.names.size;
  let bestHeld = 0;
  const owns = pool.map((p) => rootSetOf(p.text));
  for (const own of owns) bestHeld = Math.max(bestHeld, weightHeld(question, own));
  // The question's words weighed by how few pooled sentences hold them: a name every sentence of the
  // story repeats tells them apart less than the verb only one of them holds.
  const inPooled = new Map<string, number>();
  for (const own of owns)
    for (const key of question.weights.keys())
      if (own.has(key)) inPooled.set(key, (inPooled.get(key) ?? 0) + 1);
  const poolWeights = new Map<string, number>();
  let poolTotal = 0;
  for (const key of question.weights.keys()) {
    const weight = Math.log(1 + pool.length / (1 + (inPooled.get(key) ?? 0)));
    poolWeights.set(key, weight);
    poolTotal += weight;
  }
  // Each question word's related words (synonyms, derived forms) that the question itself does not hold.
  const relatedOf = new Map<string, string[]>();
  const relatedBack = new Map<string, string>();
  for (const key of question.weights.keys()) {
    const related = relatedRoots(key).filter((other) => !question.weights.has(other));
    relatedOf.set(key, related);
    for (const other of related) if (!relatedBack.has(other)) relatedBack.set(other, key);
  }
  let heaviest = 0;
  for (const weight of question.weights.values()) heaviest = Math.max(heaviest, weight);
  const prefixOf = new Map<string, string>();
  for (const key of question.weights.keys())
    if (key.length >= PREFIX) prefixOf.set(key.slice(0, PREFIX), key);
  // Each root of the pool read as each question word by the cosine of their vectors (0 below it):
  // a paraphrase shares no root with the question ("sacked" for "tackled").
  const asked = [...question.weights.keys()];
  // Read on demand: only the words a sentence lacks are compared (NaN: not yet read).
  const similarities = new Map<string, Float64Array>();
  const similarTo = (key: string) => {
    let row = similarities.get(key);
    if (!row) {
      row = new Float64Array(asked.length).fill(Number.NaN);
      similarities.set(key, row);
    }
    return row;
  };
  /** The question's weight the given roots hold by similarity, for the words `lacking` holds. */
  // Word vectors cost a quarter of the ranker's time: under weights that give them nothing (the
  // shipped ones), they are not read; without weights (training), every feature is.
  const readsSimilarity = !weights || readsVectors(weights);
  const similarShare = (roots: Iterable<string>, lacking: readonly number[]) => {
    if (!readsSimilarity || lacking.length === 0 || question.total === 0) return 0;
    const best = new Float64Array(asked.length);
    for (const key of roots) {
      const row = similarTo(key);
      for (const k of lacking) {
        if (Number.isNaN(row[k]!)) row[k] = Math.max(0, rootSimilarity(asked[k]!, key));
        if (row[k]! > best[k]!) best[k] = row[k]!;
      }
    }
    let sum = 0;
    for (const k of lacking) sum += best[k]! * question.weights.get(asked[k]!)!;
    return sum / question.total;
  };
  return pool.map((p, rank) => {
    const own = owns[rank]!;
    /** The question word a sentence root stands for, by root, first letters or a related word. */
    const matchedWord = (key: string): string | undefined => {
      if (question.weights.has(key)) return key;
      if (key.length >= PREFIX) {
        const byPrefix = prefixOf.get(key.slice(0, PREFIX));
        if (byPrefix !== undefined) return byPrefix;
      }
      return relatedBack.get(key);
    };
    let heldInPool = 0;
    for (const [key, weight] of poolWeights) if (own.has(key)) heldInPool += weight;
    // Words the sentence holds in another form than the root finds ("pronounced", "pronunciation").
    const prefixes = new Set<string>();
    for (const key of p.roots) if (key.length >= PREFIX) prefixes.add(key.slice(0, PREFIX));
    let byPrefix = 0;
    // …and those it holds only by a related word ("awarded" for "given"), a weaker match.
    let byRelated = 0;
    for (const [key, weight] of question.weights) {
      if (own.has(key)) continue;
      if (key.length >= PREFIX && prefixes.has(key.slice(0, PREFIX))) byPrefix += weight;
      else if (relatedOf.get(key)!.some((other) => own.has(other))) byRelated += weight;
    }
    const story = index.story[p.n]!;
    const passage = paragraphs.get(paragraphKey(p.n))!;
    const paragraph = passage.sentences;
    // The roots of the paragraph's other sentences, looked up in each rather than gathered.
    const around = { has: (key: string) => paragraph.some((k) => k !== p.n && rootSetAt(k).has(key)) };
    const before = paragraph.includes(p.n - 1) ? rootSetAt(p.n - 1) : EMPTY;
    const after = paragraph.includes(p.n + 1) ? rootSetAt(p.n + 1) : EMPTY;
    const held = weightHeld(question, own);
    let novel = 0;
    for (const key of p.roots) if (!question.weights.has(key)) novel++;
    let headline = headlineRoots.get(story);
    if (!headline) {
      // The headline and the dateline's place: what the story is about and where it is from.
      // Read from the columns: a pooled sentence's story is not decoded for them.
      const { stories } = snapshot;
      headline = new Set(rootsOf(`${stories.headlineAt(story)} ${stories.datelineAt(story)?.place ?? ''}`));
      headlineRoots.set(story, headline);
    }
    // The question's words besides those of the headline, which the story's sentences leave implied
    // ("the game" for "Super Bowl 50").
    let offHeadline = 0;
    let heldOffHeadline = 0;
    for (const [key, weight] of question.weights)
      if (!headline.has(key)) {
        offHeadline += weight;
        if (own.has(key)) heldOffHeadline += weight;
      }
    // Where the question's words stand in the sentence: how close together, and in the same pairs.
    const positions: number[] = [];
    p.roots.forEach((key, k) => {
      if (question.weights.has(key)) positions.push(k);
    });
    const distinct = new Set(positions.map((k) => p.roots[k]!)).size;
    const span = positions.length > 0 ? positions.at(-1)! - positions[0]! + 1 : 0;
    let pairs = 0;
    let pairsHeld = 0;
    const ownPairs = rootPairsOf(p.text);
    for (let k = 1; k < question.order.length; k++) {
      pairs++;
      if (ownPairs.has(`${question.order[k - 1]} ${question.order[k]}`)) pairsHeld++;
    }
    let namesHeld = 0;
    for (const name of question.names) if (own.has(name)) namesHeld++;
    // The question's words held in any form (root, first letters, related word): where they stand.
    const anyPositions: number[] = [];
    const firstAt = new Map<string, number>();
    p.roots.forEach((key, k) => {
      const asked = matchedWord(key);
      if (asked === undefined) return;
      anyPositions.push(k);
      if (!firstAt.has(asked)) firstAt.set(asked, k);
    });
    const anySpan = anyPositions.length > 0 ? anyPositions.at(-1)! - anyPositions[0]! + 1 : 0;
    // Pairs of the question's words both held, standing in the order asked.
    let ordered = 0;
    let orderedOf = 0;
    const heldOrder = question.order.filter((key) => firstAt.has(key));
    for (let k = 1; k < heldOrder.length; k++) {
      if (heldOrder[k] === heldOrder[k - 1]) continue;
      orderedOf++;
      if (firstAt.get(heldOrder[k - 1]!)! < firstAt.get(heldOrder[k]!)!) ordered++;
    }
    // The heaviest question word held in no form at all, against the heaviest.
    let lacking = 0;
    for (const [key, weight] of question.weights) if (!firstAt.has(key)) lacking = Math.max(lacking, weight);
    const unheld: number[] = [];
    asked.forEach((key, k) => {
      if (!firstAt.has(key)) unheld.push(k);
    });
    // A word that already stands for a question word is no paraphrase of another.
    const free = (roots: readonly string[]) => roots.filter((key) => matchedWord(key) === undefined);
    const neighbours: string[] = [];
    if (readsSimilarity)
      for (const k of [p.n - 1, p.n + 1]) if (paragraph.includes(k)) neighbours.push(...free(rootsAt(k)));
    const features: SentenceFeatures = {
      bm25: p.bm25 / (top || 1),
      firstBm25: rank === 0 ? 1 : 0,
      rank: p.bm25 > 0 ? 1 / (1 + rank) : 0,
      held,
      heldBest: held >= bestHeld ? 1 : 0,
      heldInPool: poolTotal > 0 ? heldInPool / poolTotal : 0,
      byPrefix: question.total > 0 ? byPrefix / question.total : 0,
      byRelated: question.total > 0 ? byRelated / question.total : 0,
      offHeadline: offHeadline > 0 ? heldOffHeadline / offHeadline : 0,
      passage: passage.score / (bestParagraph || 1),
      passageBest: passage.score >= bestParagraph ? 1 : 0,
      heldCount: question.weights.size > 0 ? distinct / question.weights.size : 0,
      before: weightHeld(question, before, own),
      after: weightHeld(question, after, own),
      refersBack: REFERS_BACK.test(p.text) ? weightHeld(question, before, own) : 0,
      paragraph: weightHeld(question, around, own),
      novel: p.roots.length > 0 ? novel / p.roots.length : 0,
      headline: weightHeld(question, headline),
      story: storyScoreOf(story),
      close: distinct > 1 ? distinct / span : 0,
      pairs: pairs > 0 ? pairsHeld / pairs : 0,
      names: nameTotal > 0 ? namesHeld / nameTotal : 0,
      kind: holdsKind(question.kind, p.text, question),
      length: Math.log(1 + p.roots.length) / 4,
      leads: paragraph[0] === p.n ? 1 : 0,
      heldGap: bestHeld - held,
      closeAny: firstAt.size > 1 ? firstAt.size / anySpan : 0,
      ordered: orderedOf > 0 ? ordered / orderedOf : 0,
      lacking: heaviest > 0 ? lacking / heaviest : 0,
      exact: exactShare(question, p.text),
      similar: similarShare(readsSimilarity ? free(p.roots) : [], unheld),
      similarNear: similarShare(neighbours, unheld),
    };
    return { n: p.n, features };
  });
}

/**
 * A ranker's model: a weight per feature, and optionally a layer of tanh units over the features
 * (each unit's input weights in the order of `features`' names), whose outputs add to the score.
 */
export interface ModelWeights<F extends Record<string, number>> {
  features: Record<keyof F, number>;
  hidden?: HiddenLayer;
}

export type SentenceWeights = ModelWeights<SentenceFeatures>;

/** A model's score of one row of features (log-odds; compare within one question). */
export function modelScore<F extends Record<string, number>>(
  names: ReadonlyArray<keyof F>,
  features: F,
  weights: ModelWeights<F>,
): number {
  let z = 0;
  for (const name of names) z += weights.features[name] * (features[name] ?? 0);
  const { hidden } = weights;
  if (hidden) z += hiddenScoreOf(hidden, names.length, (j) => features[names[j]!] ?? 0);
  return z;
}

const NAMES = Object.keys(WEIGHTS.features) as Array<keyof SentenceFeatures>;

/** Whether `weights` give a feature any weight, linear or in a hidden unit. */
function weighs(weights: SentenceWeights, name: keyof SentenceFeatures): boolean {
  if (weights.features[name] !== 0) return true;
  const j = NAMES.indexOf(name);
  return weights.hidden?.in.some((input) => (input[j] ?? 0) !== 0) ?? false;
}

/** Whether `weights` read the word-vector features. */
function readsVectors(weights: SentenceWeights): boolean {
  return weighs(weights, 'similar') || weighs(weights, 'similarNear');
}

/** Reads the table of word vectors (4 MB) ahead of the first question, when the shipped weights use it. */
export function prepareSentenceRanker(): void {
  if (readsVectors(WEIGHTS)) rootSimilarity('prepare', 'ready');
}

/** The ranker's score of a pooled sentence (log-odds; compare within one question). */
function sentenceScore(
  { features }: Pick<PooledSentence, 'features'>,
  weights: SentenceWeights = WEIGHTS,
): number {
  return modelScore(NAMES, features, weights);
}

/** A sentence the ranker chose, with its score. */
export interface RankedSentence extends PooledSentence {
  /** Log-odds against the other pooled sentences: the best has the highest. */
  score: number;
}

/**
 * The pooled sentences for a question, best first (in the stories `allowed` accepts, and in the one
 * `story` given); `weights` are the shipped ones unless given (when training).
 */
export function rankSentences(
  snapshot: StorySnapshot,
  question: string,
  options: { allowed?: (story: number) => boolean; story?: number; weights?: SentenceWeights } = {},
): {
  index: SentenceIndex | null;
  ids: number[];
  unknown: number;
  unknownWords: number;
  ranked: RankedSentence[];
} {
  const index = sentenceIndexOf(snapshot);
  const text = index?.text ?? snapshot.text;
  const ids = questionIds(snapshot, text, question);
  const { names: unknown, words: unknownWords } = unknownTerms(snapshot, text, question);
  if (!index) return { index, ids, unknown, unknownWords, ranked: [] };
  const read = rankQuestion(text, question, ids);
  const weights = options.weights ?? WEIGHTS;
  const ranked = poolSentences(snapshot, index, read, ids, options.allowed, weights, options.story)
    .map((p) => ({ ...p, score: sentenceScore(p, weights) }))
    .sort((a, b) => b.score - a.score);
  return { index, ids, unknown, unknownWords, ranked };
}
