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

/** Weights by word, and the sum of their squares (kept: every sentence is compared with the story). */
interface Vector {
  weights: Map<string, number>;
  norm: number;
}

function vectorOf(lists: readonly (readonly string[])[], idf: Map<string, number>): Vector {
  const weights = new Map<string, number>();
  for (const words of lists)
    for (const word of words) weights.set(word, (weights.get(word) ?? 0) + (idf.get(word) ?? 1));
  let norm = 0;
  for (const weight of weights.values()) norm += weight * weight;
  return { weights, norm };
}

function cosine(a: Vector, b: Vector): number {
  if (!a.norm || !b.norm) return 0;
  let dot = 0;
  for (const [word, weight] of a.weights) {
    const other = b.weights.get(word);
    if (other) dot += weight * other;
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
  const words = sentences.map((sentence) => sentenceTerms(sentence.text));
  const distinct = words.map((list) => [...new Set(list)]);
  // Inverse sentence frequency within the story: words every sentence uses say little.
  const frequency = new Map<string, number>();
  for (const list of distinct) for (const word of list) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [word, count] of frequency) idf.set(word, Math.log(1 + sentences.length / count));
  const story = vectorOf(words, idf);
  const title = layout.title ? vectorOf([sentenceTerms(layout.title)], idf) : null;

  const storyCounts = new Map<string, number>();
  for (const list of words) for (const word of list) storyCounts.set(word, (storyCounts.get(word) ?? 0) + 1);
  // Each word's log count once, not once per sentence that holds it.
  const logCounts = new Map<string, number>();
  for (const [word, count] of storyCounts) logCounts.set(word, Math.log(count));
  let mostRecurring = 1e-9;
  const recurring = distinct.map((list, position) => {
    const value =
      list.reduce((sum, word) => sum + logCounts.get(word)!, 0) /
      Math.max(1, words[position]!.length) ** w.lengthNorm;
    if (value > mostRecurring) mostRecurring = value;
    return value;
  });

  const candidates: Candidate[] = sentences.map((sentence, position) => {
    const vector = vectorOf([words[position]!], idf);
    const wordCount = sentence.text.split(' ').length;
    let score = w.lead / (1 + position * w.leadDecay) + (position === 0 ? w.first : 0);
    score += (w.recurring * recurring[position]!) / mostRecurring;
    score += w.centrality * cosine(vector, story);
    if (title) score += w.title * cosine(vector, title);
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
    if (chosen.some((other) => cosine(other.vector, candidate.vector) > w.redundancy)) continue;
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
