import type { StoryLayout } from './layout.ts';
import { squeezeSpaces } from './text.ts';
import { terms } from './words.ts';

/** The longest summary we return, in characters (sentences are never cut). */
export const SUMMARY_MAX_CHARS = 600;
const SUMMARY_MAX_SENTENCES = 3;

/** Weights of the sentence score, tuned on half of the BBC sample (see scripts/eval/bbc.ts). */
const SUMMARY_WEIGHTS = {
  /** Lead bias: news puts the point first. Score of the sentence at position i: 1 / (1 + i * decay). */
  leadDecay: 1,
  lead: 1,
  /** The first sentence (the news lead) gets this on top. */
  first: 1,
  /** Recurring-word score divided by (word count ** lengthNorm): 0 favours long sentences, 1 none. */
  lengthNorm: 0.5,
  /** Cosine similarity (TF-IDF over the story's sentences) to the whole story. */
  centrality: 1.2,
  /** How packed a sentence is with the words the story keeps coming back to (SumBasic-like), 0-1. */
  recurring: 3,
  /** Cosine similarity to the title, when there is one. */
  title: 1.2,
  /** Sentences that hold figures carry the news in business and sports stories. */
  numbers: 0.1,
  /** Penalties. */
  short: 0.6,
  quote: 0.15,
  dangling: 0.3,
  /** A sentence this similar to one already chosen adds nothing. */
  redundancy: 0.6,
};

/** Words every news story is full of: beyond the stopwords, they say nothing of what a sentence is about. */
const GENERIC = new Set(terms('one two new year years last first told'));

/** First words that lean on an earlier sentence (`But`, `He`, `This`): weak openers for a summary. */
const DANGLING_OPENERS =
  /^(?:["“‘']?\s*)(?:but|and|or|so|yet|however|also|still|meanwhile|moreover|furthermore|he|she|it|they|his|her|its|their|this|that|these|those|there|such|then|instead|nevertheless|otherwise)\b/i;
/** Lines a story ends with that are no sentence of it: agency sign-offs, photo credits. */
const BOILERPLATE =
  /^(?:reuter|reuters|ap|afp|\(?[a-z]+ reporting by\b|editing by\b|\(reporting\b|\(writing\b)/i;

/** A sentence's words as the indexes read them (one normaliser), generic news words left out. */
function sentenceTerms(text: string): string[] {
  return terms(text).filter((term) => !GENERIC.has(term));
}

/**
 * Weights by word, and the sum of their squares (kept: every sentence is compared with the story). Words
 * are the story's own numbers (see chooseSentences); `ids` in the order first met, `weights` beside them.
 */
interface Vector {
  ids: number[];
  weights: number[];
  norm: number;
}

/** Sums each word's `idf` over the lists, in `scratch` (zeros, left as zeros), in the order met. */
function vectorOf(lists: readonly (readonly number[])[], idf: Float64Array, scratch: Float64Array): Vector {
  const ids: number[] = [];
  for (const words of lists)
    for (const word of words) {
      if (scratch[word] === 0) ids.push(word);
      scratch[word] = scratch[word]! + idf[word]!;
    }
  const weights = new Array<number>(ids.length);
  let norm = 0;
  for (let k = 0; k < ids.length; k++) {
    const weight = scratch[ids[k]!]!;
    weights[k] = weight;
    norm += weight * weight;
    scratch[ids[k]!] = 0;
  }
  return { ids, weights, norm };
}

/** `vector`'s weights laid out by word, for look-ups (see cosine). */
function spread(vector: Vector, into: Float64Array): Float64Array {
  for (let k = 0; k < vector.ids.length; k++) into[vector.ids[k]!] = vector.weights[k]!;
  return into;
}

/** The cosine of `a` and `b`, `b`'s weights laid out by word (see spread). */
function cosine(a: Vector, b: Vector, bWeights: Float64Array): number {
  if (!a.norm || !b.norm) return 0;
  let dot = 0;
  for (let k = 0; k < a.ids.length; k++) {
    const other = bWeights[a.ids[k]!];
    if (other) dot += a.weights[k]! * other;
  }
  return dot / Math.sqrt(a.norm * b.norm);
}

/**
 * Share of a sentence's characters inside quotation marks: from an opening `"` or `“` to the next `"` or
 * `”`. One pass (a regex retried at every unclosed opening mark is quadratic).
 */
function quotedShare(text: string): number {
  let quoted = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (open < 0) {
      if (char === '"' || char === '“') open = i;
    } else if (char === '"' || char === '”') {
      quoted += i - open + 1;
      open = -1;
    }
  }
  return text.length ? quoted / text.length : 0;
}

interface Candidate {
  index: number;
  text: string;
  vector: Vector;
  score: number;
}

/** An extractive summary: 2-3 sentences of the story, in story order, at most 600 characters. */
export function summarize(layout: StoryLayout): string {
  try {
    return chooseSentences(layout).join(' ');
  } catch {
    return '';
  }
}

/** The summary's sentences, in story order. */
export function chooseSentences(layout: StoryLayout): string[] {
  const w = SUMMARY_WEIGHTS;
  const sentences = layout.sentences
    .map((sentence, index) => ({ index, text: squeezeSpaces(sentence.text) }))
    .filter((sentence) => sentence.text && !BOILERPLATE.test(sentence.text));
  if (sentences.length === 0) return [];
  // Each word numbered as first met (the title's after the sentences'), so what follows counts and
  // weighs words in arrays, in the same order as by the words themselves.
  const numbers = new Map<string, number>();
  const numbered = (list: readonly string[]) =>
    list.map((word) => {
      let id = numbers.get(word);
      if (id === undefined) {
        id = numbers.size;
        numbers.set(word, id);
      }
      return id;
    });
  const words = sentences.map((sentence) => numbered(sentenceTerms(sentence.text)));
  const titleWords = layout.title ? numbered(sentenceTerms(layout.title)) : null;
  const size = numbers.size;
  const seen = new Int32Array(size).fill(-1);
  const distinct = words.map((list, position) =>
    list.filter((word) => {
      if (seen[word] === position) return false;
      seen[word] = position;
      return true;
    }),
  );
  // Inverse sentence frequency within the story: words every sentence uses say little (the title's
  // words no sentence holds weigh 1).
  const frequency = new Uint32Array(size);
  for (const list of distinct) for (const word of list) frequency[word]!++;
  const idf = new Float64Array(size);
  for (let word = 0; word < size; word++)
    idf[word] = frequency[word] ? Math.log(1 + sentences.length / frequency[word]!) : 1;
  const scratch = new Float64Array(size);
  const story = vectorOf(words, idf, scratch);
  const storyWeights = spread(story, new Float64Array(size));
  const title = titleWords ? vectorOf([titleWords], idf, scratch) : null;
  const titleWeights = title ? spread(title, new Float64Array(size)) : null;

  const storyCounts = new Uint32Array(size);
  for (const list of words) for (const word of list) storyCounts[word]!++;
  // Each word's log count once, not once per sentence that holds it.
  const logCounts = new Float64Array(size);
  for (let word = 0; word < size; word++)
    if (storyCounts[word]) logCounts[word] = Math.log(storyCounts[word]!);
  let mostRecurring = 1e-9;
  // A typed array: a list of these numbers, whole in one story and not in the next, changed its kind, and
  // the optimised code reading it was thrown away again and again.
  const recurring = new Float64Array(distinct.length);
  distinct.forEach((list, position) => {
    const value =
      list.reduce((sum, word) => sum + logCounts[word]!, 0) /
      Math.max(1, words[position]!.length) ** w.lengthNorm;
    if (value > mostRecurring) mostRecurring = value;
    recurring[position] = value;
  });

  const candidates: Candidate[] = sentences.map((sentence, position) => {
    const vector = vectorOf([words[position]!], idf, scratch);
    const wordCount = sentence.text.split(' ').length;
    let score = w.lead / (1 + position * w.leadDecay) + (position === 0 ? w.first : 0);
    score += (w.recurring * recurring[position]!) / mostRecurring;
    score += w.centrality * cosine(vector, story, storyWeights);
    if (title) score += w.title * cosine(vector, title, titleWeights!);
    if (/\d/.test(sentence.text)) score += w.numbers;
    if (wordCount < 8) score -= w.short * ((8 - wordCount) / 8);
    if (quotedShare(sentence.text) > 0.6) score -= w.quote;
    if (position > 0 && DANGLING_OPENERS.test(sentence.text)) score -= w.dangling;
    return { index: sentence.index, text: sentence.text, vector, score };
  });

  const chosen: Candidate[] = [];
  let length = 0;
  for (const candidate of [...candidates].sort((a, b) => b.score - a.score)) {
    if (chosen.length >= SUMMARY_MAX_SENTENCES) break;
    const added = candidate.text.length + (chosen.length ? 1 : 0);
    if (length + added > SUMMARY_MAX_CHARS) continue;
    const candidateWeights = spread(candidate.vector, scratch);
    const redundant = chosen.some(
      (other) => cosine(other.vector, candidate.vector, candidateWeights) > w.redundancy,
    );
    for (const word of candidate.vector.ids) scratch[word] = 0;
    if (redundant) continue;
    chosen.push(candidate);
    length += added;
  }
  // A story whose every sentence is too long still gets its first sentence, cut at a word boundary.
  if (chosen.length === 0) return [clip(candidates[0]!.text)];
  return chosen.sort((a, b) => a.index - b.index).map((candidate) => candidate.text);
}

function clip(text: string): string {
  if (text.length <= SUMMARY_MAX_CHARS) return text;
  const cut = text.slice(0, SUMMARY_MAX_CHARS - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_MAX_CHARS / 2)).trimEnd()}…`;
}
