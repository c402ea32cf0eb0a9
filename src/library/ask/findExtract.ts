/**
 * Finds the phrase that answers a fact question: the sentence ranker (`rankSentences.ts`) puts the
 * set's sentences in order for the question, and the extractive answerer scores the candidate phrases
 * of the best few sentences, the sentence's own rank being one of its features. The
 * best phrase, its sentence and its story are the answer; its score says how sure the answer is.
 */

import { relatedRoots } from '../../engine/related.ts';
import type { Story } from '../../engine/types.ts';
import { isStopword, root } from '../../engine/words.ts';
import { type SentenceIndex, sentenceIndexOf, sentenceText } from '../sentenceIndex.ts';
import type { StorySnapshot } from '../snapshot.ts';
import { bm25Idf, documentFrequency, heldInRange, type TextIndex } from '../textIndex.ts';
import { answerableFeatures, answerableScore, type Contradictions, contradictionsOf } from './answerable.ts';
import {
  type Extracted,
  extractFrom,
  logSumExp,
  type NameKind,
  type PhraseWeights,
  QUESTION_ONLY,
  type QuestionInfo,
  questionInfo,
  type SentenceRank,
  tokensOf,
  wordRoot,
} from './extract.ts';
import { questionIds, rankSentences, type SentenceFeatures, type SentenceWeights } from './rankSentences.ts';
import { type RerankWeights, rerankFeatures, rerankScore } from './rerankSentences.ts';

/** Sentences whose phrases are scored per question. */
const READ_SENTENCES = 8;

export interface FoundExtract extends ReadSentence {
  extract: Extracted;
  /** Share of the question's word weight the sentence holds (0..1). */
  coverage: number;
  /** The same of the sentence with its neighbours in the paragraph. */
  contextHeld: number;
  /** The heaviest question word the sentence and its neighbours lack, against the heaviest's weight. */
  lacking: number;
  /** The same, not counting a word they hold a related word of. */
  lackingUnrelated: number;
  /** Figures the question gives that the sentence and its neighbours lack. */
  figuresLacking: number;
  /** 1 when one of the question and the sentence is negated and the other not. */
  negationDiffers: number;
  /** How the question contradicts the sentence and its neighbours (`contradictionsOf`). */
  contradictions: Contradictions;
  /** The score of the best other phrase, for the best one (0 for the others). */
  runnerUp: number;
  /** The phrase ranker's probability of this phrase among every phrase of the sentences read. */
  share: number;
  /** The probability that the phrase answers the question (`answerable.ts`). */
  sure: number;
  /** Whether the sentence holds the question's heaviest word; its neighbours, when it does not. */
  heaviest: number;
  heaviestNear: number;
  /** The second pass's log-odds against the best pair's (0 for the best, below 0 for the others). */
  choice: number;
}

/** The question as the answerer reads it, each word weighing as the rarest sentence term it stands for. */
function readQuestion(index: TextIndex, question: string, ids: readonly number[]): QuestionInfo {
  const n = Math.max(1, index.docCount);
  return questionInfo(question, (word) => {
    let best = 0;
    for (const id of ids) {
      const term = index.vocabulary.terms[id]!;
      if (root(term) !== word && term !== word) continue;
      const df = documentFrequency(index, id);
      best = Math.max(best, bm25Idf(n, df));
    }
    if (best > 0 || isStopword(word)) return best;
    // A word no sentence holds (a name the set knows nothing of) weighs as the rarest: no sentence
    // covers the question well then, so the answer is "I don't know" rather than a guess.
    return word.length >= 5 && !/\d/.test(word) ? bm25Idf(n, 0) : 1;
  });
}

/** A sentence read for a question: where it is, how it ranked, and what the ranker saw in it. */
export interface ReadSentence {
  story: Story;
  sentence: string;
  paragraph: number;
  sentenceStart: number;
  rank: SentenceRank;
  features: SentenceFeatures;
  /** The best sentence's lead over the second (ranker log-odds), the same for every sentence read. */
  margin: number;
  /** Names the question gives that the set knows nothing of (`rankSentences`). */
  unknown: number;
  /** Plain words the question gives that the set knows nothing of (`rankSentences`). */
  unknownWords: number;
  /** The sentence with the sentences before and after it in its paragraph. */
  context: string;
  /** The heaviest question word the sentence's story never holds, against the heaviest's weight. */
  storyLacking: number;
}

/**
 * The heaviest of the question's terms a story never holds, against the heaviest term's weight (0 when
 * it holds them all): a question about something its best story never mentions is seldom answered
 * by it. The rarest terms are looked for first, so the long postings of common words are seldom read.
 */
function storyLacking(index: SentenceIndex, ids: readonly number[], story: number): number {
  const n = Math.max(1, index.text.docCount);
  const byWeight = ids
    .filter((id) => !QUESTION_ONLY.has(index.text.vocabulary.terms[id]!))
    .map((id) => ({ id, weight: bm25Idf(n, documentFrequency(index.text, id)) }))
    .sort((a, b) => b.weight - a.weight);
  const heaviest = byWeight[0]?.weight ?? 0;
  for (const { id, weight } of byWeight)
    if (!heldInRange(index.text, id, index.from[story]!, index.to[story]!)) return weight / heaviest;
  return 0;
}

/**
 * The question as the answerer reads it, and the sentences the ranker puts first for it (only in the
 * stories `allowed` accepts, and in the one `story`, when given).
 */
export function readSentences(
  snapshot: StorySnapshot,
  question: string,
  options: { allowed?: (story: number) => boolean; story?: number; weights?: SentenceWeights } = {},
): { info: QuestionInfo; sentences: ReadSentence[] } {
  const { index, ids, unknown, unknownWords, ranked } = rankSentences(snapshot, question, options);
  const info = readQuestion(index?.text ?? snapshot.text, question, ids);
  const sentences: ReadSentence[] = [];
  if (!index) return { info, sentences };
  const topScore = ranked[0]?.score ?? 0;
  const margin = ranked.length > 1 ? topScore - ranked[1]!.score : 10;
  const inParagraph = (n: number, k: number) =>
    k >= index.from[index.story[n]!]! &&
    k < index.to[index.story[n]!]! &&
    index.paragraph[k] === index.paragraph[n]
      ? sentenceText(snapshot, index, k)
      : '';
  const lackingOf = new Map<number, number>();
  for (const { n, score, features } of ranked.slice(0, READ_SENTENCES)) {
    const story = snapshot.stories.at(index.story[n]!)!;
    let lacking = lackingOf.get(index.story[n]!);
    if (lacking === undefined) {
      lacking = storyLacking(index, ids, index.story[n]!);
      lackingOf.set(index.story[n]!, lacking);
    }
    const sentence = sentenceText(snapshot, index, n);
    sentences.push({
      story,
      sentence,
      paragraph: index.paragraph[n]!,
      sentenceStart: index.start[n]!,
      rank: { logit: score - topScore, top: sentences.length === 0 },
      features,
      margin,
      unknown,
      unknownWords,
      context: `${inParagraph(n, n - 1)} ${sentence} ${inParagraph(n, n + 1)}`,
      storyLacking: lacking,
    });
  }
  return { info, sentences };
}

/** Share of the question's word weight a text holds. */
function coverageOf(info: QuestionInfo, text: string): number {
  return heldOf(info, text).held;
}

/**
 * What a text holds of the question: the share of its word weight, and the weight of the heaviest
 * word it lacks against the heaviest word's (a question about something else often differs from the
 * text in one rare word: a year, a name, "least" for "most").
 */
function heldOf(
  info: QuestionInfo,
  text: string,
): { held: number; lacking: number; lackingUnrelated: number; heaviest: number } {
  const stems = new Set(tokensOf(text).map(wordRoot));
  let total = 0;
  let held = 0;
  let heaviest = 0;
  let lacking = 0;
  // The same, not counting a word the text says in other words ("given" for "awarded"): what is left
  // is more likely a contradiction than a paraphrase.
  let lackingUnrelated = 0;
  // Whether the text holds the heaviest word (the first of equals, as the question orders them).
  let heaviestWord: string | undefined;
  for (const [word, weight] of info.words) {
    total += weight;
    if (weight > heaviest) heaviestWord = word;
    heaviest = Math.max(heaviest, weight);
    if (stems.has(word)) held += weight;
    else {
      lacking = Math.max(lacking, weight);
      if (!relatedRoots(word).some((other) => stems.has(other)))
        lackingUnrelated = Math.max(lackingUnrelated, weight);
    }
  }
  return {
    held: total > 0 ? held / total : 0,
    lacking: heaviest > 0 ? lacking / heaviest : 0,
    lackingUnrelated: heaviest > 0 ? lackingUnrelated / heaviest : 0,
    heaviest: heaviestWord !== undefined && stems.has(heaviestWord) ? 1 : 0,
  };
}

/**
 * The best phrase of one given sentence (found by other means) for a question, and the share of the
 * question's word weight the sentence holds.
 */
export function extractIn(
  snapshot: StorySnapshot,
  question: string,
  sentence: string,
): { extract: Extracted | null; coverage: number } {
  // The sentence is known: the question's words need no correcting to find it.
  const text = sentenceIndexOf(snapshot)?.text ?? snapshot.text;
  const info = readQuestion(text, question, questionIds(snapshot, text, question, false));
  return {
    extract: extractFrom(info, sentence, { logit: 0, top: true }),
    coverage: coverageOf(info, sentence),
  };
}

/** The year a story is dated, or null ("1987-03-02" is 1987). */
const yearOf = (story: Story): number | null => {
  const year = Number(story.date?.slice(0, 4));
  return Number.isInteger(year) && year > 0 ? year : null;
};

const nameKinds = new WeakMap<Story, Map<string, NameKind>>();

/**
 * What a story knows a phrase as: one of its places, else one of its people or organisations (by
 * name or alias); places first, as a government quoted by its country's name is still a place.
 */
export function nameKindIn(story: Story): (phrase: string) => NameKind | null {
  let kinds = nameKinds.get(story);
  if (!kinds) {
    kinds = new Map();
    for (const person of story.people)
      for (const name of [person.name, ...person.aliases])
        kinds.set(name, person.kind === 'organisation' ? 'organisation' : 'person');
    for (const place of story.places) kinds.set(place.name, 'place');
    nameKinds.set(story, kinds);
  }
  const known = kinds;
  return (phrase) => known.get(phrase) ?? null;
}

/** The words that negate, besides a verb's "n't". */
const NEGATING = 'not|never|no|none|neither|nor|without|cannot';

/** A negation: "not", "never", "n't", "no", "none", "neither", "nor", "without". */
const NEGATION = new RegExp(`\\b(?:${NEGATING})\\b|n[’']t\\b`, 'i');

/** How many words before one of the question's words a negation bears on it ("did not win the cup"). */
const NEGATION_REACH = 3;

/** A word that negates: one of those, or "didn't". */
const NEGATING_WORD = new RegExp(`^(?:${NEGATING})$|n[’']t$`, 'i');

/**
 * Whether a sentence negates what it says of the question's words: a negation at most a few words
 * before one of them ("No bank lent", "did not win the cup"), not one in a clause beside them
 * ("Reagan ordered the study last September, citing a determination that the country never again
 * become captive to foreign oil"). A sentence holding none of them is read whole.
 */
export function negatesAsked(info: QuestionInfo, sentence: string): boolean {
  const tokens = tokensOf(sentence);
  const held = tokens.map((token) => info.words.has(wordRoot(token)));
  if (!held.includes(true)) return NEGATION.test(sentence);
  return tokens.some(
    (token, p) => NEGATING_WORD.test(token.text) && held.slice(p + 1, p + 1 + NEGATION_REACH).includes(true),
  );
}

/** A sentence read for a question with its best phrase, before the second pass and the answerability model. */
export type ReadPair = Omit<FoundExtract, 'sure'>;

/**
 * The sentences the ranker puts first for a question, in its order, each with its best phrase (those
 * with none left out). `weights` are the shipped ones unless given (training on part of the articles).
 */
export function readPairs(
  snapshot: StorySnapshot,
  question: string,
  options: {
    allowed?: (story: number) => boolean;
    /** Only this story's sentences. */
    story?: number;
    weights?: { sentences?: SentenceWeights; phrases?: PhraseWeights };
  } = {},
): ReadPair[] {
  const { info, sentences } = readSentences(snapshot, question, {
    allowed: options.allowed,
    story: options.story,
    weights: options.weights?.sentences,
  });
  const figures = question.match(/\d[\d,.]*\d|\d/g) ?? [];
  const negated = NEGATION.test(question);
  const found: ReadPair[] = [];
  for (const read of sentences) {
    const extract = extractFrom(
      info,
      read.sentence,
      read.rank,
      nameKindIn(read.story),
      options.weights?.phrases,
      yearOf(read.story),
    );
    if (!extract) continue;
    const own = heldOf(info, read.sentence);
    const context = heldOf(info, read.context);
    found.push({
      ...read,
      extract,
      coverage: own.held,
      heaviest: own.heaviest,
      heaviestNear: own.heaviest === 0 ? context.heaviest : 0,
      contextHeld: context.held,
      lacking: context.lacking,
      lackingUnrelated: context.lackingUnrelated,
      figuresLacking: figures.filter((figure) => !read.context.includes(figure)).length,
      negationDiffers: negatesAsked(info, read.sentence) === negated ? 0 : 1,
      contradictions: contradictionsOf(question, read.context, read.sentence),
      runnerUp: 0,
      share: 0,
      choice: 0,
    });
  }
  return found;
}

/**
 * The best answers to a question, best first: the best phrase of each sentence read, the pairs of a
 * sentence and its phrase put in order by the second pass (`rerankSentences.ts`).
 */
export function findExtracts(
  snapshot: StorySnapshot,
  question: string,
  options: {
    limit?: number;
    allowed?: (story: number) => boolean;
    /** Only this story's sentences. */
    story?: number;
    /** The rankers' weights when not the shipped ones (training on part of the articles). */
    weights?: { sentences?: SentenceWeights; phrases?: PhraseWeights; rerank?: RerankWeights };
  } = {},
): FoundExtract[] {
  const found = readPairs(snapshot, question, options);
  const mass = logSumExp(found.map((f) => f.extract.logMass));
  const choices = rerankFeatures(found).map((features) => rerankScore(features, options.weights?.rerank));
  const bestChoice = Math.max(...choices);
  found.forEach((f, i) => {
    f.choice = choices[i]! - bestChoice;
  });
  found.sort((a, b) => b.choice - a.choice);
  // The best other phrase found: a close second means the answer is a guess between them.
  const best = found[0];
  const second = found.find((f) => f !== best && f.extract.text !== best?.extract.text);
  return found.slice(0, options.limit ?? 3).map((f) => {
    const withRunnerUp = {
      ...f,
      runnerUp: f === best ? (second?.extract.score ?? 0) : 0,
      share: Math.exp(f.extract.logit - mass),
    };
    return { ...withRunnerUp, sure: answerableScore(answerableFeatures(withRunnerUp)) };
  });
}
