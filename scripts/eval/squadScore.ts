/**
 * SQuAD's official scoring and the article split the answerer is tuned and reported on. Articles are
 * split by a hash of their title: about a quarter are held apart (reported), the rest are for tuning.
 */
import { readFileSync } from 'node:fs';

export interface SquadQuestion {
  id: string;
  question: string;
  answers: string[];
  story_id: string;
  title: string;
  paragraph: number;
  is_impossible: boolean;
}

export function readQuestions(file: string): SquadQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as SquadQuestion);
}

/** FNV-1a over the title: a stable split that needs no list of names. */
function titleHash(title: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < title.length; i++) {
    hash ^= title.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function isHeldOut(title: string): boolean {
  return titleHash(title) % 4 === 0;
}

/** Which half (0 or 1) of the tuning articles an article is in, for training on one and reading the other. */
export function tuningFold(title: string): number {
  return (titleHash(title) >>> 3) & 1;
}

/** Lower case, no punctuation, no a/an/the, single spaces (the official normalisation). */
export function normalizeAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(/[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~‘’“”–—]/g, '')
    .replace(/\b(?:a|an|the)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function exactMatch(prediction: string, golds: readonly string[]): number {
  const p = normalizeAnswer(prediction);
  return golds.some((gold) => normalizeAnswer(gold) === p) ? 1 : 0;
}

function f1Of(prediction: string, gold: string): number {
  const p = normalizeAnswer(prediction).split(' ').filter(Boolean);
  const g = normalizeAnswer(gold).split(' ').filter(Boolean);
  const counts = new Map<string, number>();
  for (const word of g) counts.set(word, (counts.get(word) ?? 0) + 1);
  let same = 0;
  for (const word of p) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      same++;
      counts.set(word, left - 1);
    }
  }
  if (same === 0) return 0;
  const precision = same / p.length;
  const recall = same / g.length;
  return (2 * precision * recall) / (precision + recall);
}

/** Token F1 against the best of the gold answers. */
export function f1Score(prediction: string, golds: readonly string[]): number {
  return Math.max(0, ...golds.map((gold) => f1Of(prediction, gold)));
}

/** Whether a sentence holds one of the gold answers (compared normalised). */
export function holdsAnswer(sentence: string, golds: readonly string[]): boolean {
  const text = ` ${normalizeAnswer(sentence)} `;
  return golds.some((gold) => text.includes(` ${normalizeAnswer(gold)} `));
}
