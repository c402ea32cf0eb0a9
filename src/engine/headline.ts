/** A story's headline: its title where it has one, else a short headline made from its lead sentence. */
import type { StoryLayout } from './layout.ts';

const HEADLINE_MAX = 100;

/** Words a cut headline must not end on (`… talks with the`). */
const DANGLING = new Set(
  (
    'a an the of in on at to for from by with without about into onto over under after before during ' +
    'and or but nor so yet as than that which who whom whose whether if while when where because ' +
    'is are was were be been being has have had will would can could should may might must shall do does did ' +
    'its his her their our your my this these those there said says told not no also very'
  ).split(' '),
);

/**
 * The headline of a story: the title (front matter or title line) if there is one, otherwise the lead
 * sentence, shortened by `shortenHeadline`. Empty only for a story without any text.
 */
export function headlineOf(layout: Pick<StoryLayout, 'title' | 'sentences'>): string {
  const title = layout.title?.trim();
  if (title) return shortenHeadline(title);
  const lead = layout.sentences.find((sentence) => /[\p{L}\p{N}]/u.test(sentence.text));
  return lead ? shortenHeadline(lead.text.replace(/(?<![.\s]\p{L})\.$/u, '')) : '';
}

/**
 * Shortens `text` to at most `max` characters without cutting a word: it ends at a word boundary,
 * drops dangling function words and punctuation, and gets `…` only when something was cut. A first word
 * longer than `max` is the one case cut inside a word (there is no boundary to cut at).
 */
export function shortenHeadline(text: string, max = HEADLINE_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = max - 1; // keep one character for the ellipsis
  const words = clean.split(' ');
  const kept: string[] = [];
  let length = 0;
  for (const word of words) {
    const next = length === 0 ? word.length : length + 1 + word.length;
    if (next > room) break;
    kept.push(word);
    length = next;
  }
  if (kept.length === 0) return `${clean.slice(0, room).trimEnd()}…`;
  // Drop trailing function words and punctuation so the cut reads as a phrase, not a broken clause.
  while (kept.length > 1) {
    const last = kept[kept.length - 1]!;
    const bare = last.replace(/[^\p{L}\p{N}]+$/u, '');
    if (bare === '' || DANGLING.has(bare.toLowerCase())) kept.pop();
    else break;
  }
  const phrase = kept.join(' ').replace(/[\s,;:(\-\u2013\u2014"'\u201c\u2018]+$/u, '');
  return `${phrase}…`;
}
