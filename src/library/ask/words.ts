/**
 * Word handling for questions: the engine's one tokenizer, stemmer and stopword list, and the words a
 * question is made of but an answer need not share.
 */
import { STOPWORDS as BASE_STOPWORDS, plainWords, stem } from '../../engine/words.ts';

/**
 * The one stopword list (`engine/words.ts`) and the scaffolding questions are made of ("tell me",
 * "anything", "happened"): never worth matching in a story.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  // "about the US", "in May": in a question these name what is asked about.
  ...[...BASE_STOPWORDS].filter((word) => word !== 'us' && word !== 'may'),
  ...(
    'about above after again against also am because before being below between both could doing done ' +
    'during each either else ever every few further get got having here hers if itself just let much nor ' +
    'now off once own please same too under until upon very while whom whose yet yours tell show give find ' +
    'know saying told many anyone anybody someone something thing things stuff happened happen happening ' +
    'article articles report reports quote quotes latest recent everything whats anything down ours theirs through'
  ).split(/\s+/),
]);

/** A figure's percent sign as stories and people write it: "percent", "per cent", "pct", "%" (a regex source). */
export const PERCENT_SIGN = String.raw`(?:percent|per\s?cent|pct|%)`;

/** A percentage asked for: its sign or "percentage" (a regex source). */
export const PERCENT_WORD = `(?:percentage|${PERCENT_SIGN})`;

/** The stems of a text's content words, in order, stopwords left out. */
export function contentStems(text: string): string[] {
  return plainWords(text)
    .filter((word) => !STOPWORDS.has(word) && word.length > 1)
    .map(stem);
}
