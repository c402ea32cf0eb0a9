/**
 * How answers read: dates as people write them, quotes and sentences clipped at a word, lists that
 * stop before the message limit. The formatter of each adapter adds the citations below the answer.
 */
import { MONTH_NAMES } from '../../engine/dates.ts';
import type { Story } from '../../engine/types.ts';
import { splitSentences, terms } from '../../engine/words.ts';
import type { AskResult, StoryRef } from '../results.ts';

/** The answer text stays well under Discord's 2,000 characters: the citations are added below it. */
const ANSWER_LIMIT = 1500;

const MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** `2014-09-15` → `Sept 15, 2014`; anything else as it is. */
export function readableDate(iso: string | null): string {
  if (!iso) return 'undated';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${month} ${Number(match[3])}, ${match[1]}` : iso;
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A date range as understood from the question, for the answer's first line. */
export function readableRange(from: string | null, to: string | null): string {
  if (!from && !to) return '';
  if (from && to && from === to) return `on ${readableDate(from)}`;
  if (from && to && from.slice(0, 4) === to.slice(0, 4)) {
    const year = Number(from.slice(0, 4));
    const [fm, tm] = [Number(from.slice(5, 7)), Number(to.slice(5, 7))];
    const wholeMonths = from.endsWith('-01') && Number(to.slice(8, 10)) === lastDay(year, tm);
    if (wholeMonths && fm === 1 && tm === 12) return `in ${year}`;
    if (wholeMonths && fm === tm) return `in ${MONTH_NAMES[fm - 1]} ${year}`;
  }
  if (from && to) return `between ${readableDate(from)} and ${readableDate(to)}`;
  if (from) return `since ${readableDate(from)}`;
  return `until ${readableDate(to)}`;
}

/** Clips text at a word boundary, adding an ellipsis when anything was cut; line breaks are kept. */
export function clip(text: string, max: number): string {
  const flat = text
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/**
 * A long text clipped to `max` from the sentence holding most of `topic`'s words, with "…" before it
 * when that is not the first: "what did sanders say about clinton as a candidate" shows the part of a
 * long quote about that, not its start. Without a topic, or a sentence holding any of it, `clip`.
 */
export function clipToTopic(text: string, max: number, topic: string | null | undefined): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!topic || flat.length <= max) return clip(text, max);
  const wanted = new Set(terms(topic));
  let best = 0;
  let bestHeld = 0;
  let at = 0;
  for (const sentence of splitSentences(flat)) {
    const start = flat.indexOf(sentence, at);
    if (start < 0) break;
    at = start + sentence.length;
    const held = new Set(terms(sentence).filter((term) => wanted.has(term))).size;
    if (held > bestHeld) {
      bestHeld = held;
      best = start;
    }
  }
  // The start of the text, when it holds the topic as well as any sentence or reaches it anyway.
  if (bestHeld === 0 || best + 40 < max * 0.5) return clip(text, max);
  // A quotation's opening mark stays first: "…I think Clinton is far and away the superior candidate."
  const open = /^["“]/.exec(flat)?.[0] ?? '';
  return `${open}…${clip(flat.slice(best), max - 1 - open.length)}`;
}

/**
 * A cited sentence clipped and set in quotation marks. A sentence cut from inside a quotation keeps
 * only one of its quotation marks ("We will… York."); that unpaired mark is dropped, so the citation
 * does not open with two marks.
 */
export function quotedSentence(text: string, max: number): string {
  let inner = text.trim();
  const straight = inner.split('"').length - 1;
  if (straight % 2 === 1) inner = inner.startsWith('"') ? inner.slice(1) : inner.replace(/"$/, '');
  if (inner.startsWith('“') && !inner.includes('”')) inner = inner.slice(1);
  if (inner.endsWith('”') && !inner.includes('“')) inner = inner.slice(0, -1);
  return `"${clip(inner, max)}"`;
}

/** A headline in sentence case when the story set writes it in capitals (Reuters titles). */
export function readableHeadline(headline: string): string {
  const text = headline.trim() || 'untitled story';
  if (text !== text.toUpperCase() || !/[A-Z]/.test(text)) return text;
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** "headline" (date): how a story is named inside an answer. */
export function storyLabel(story: StoryRef, max = 90): string {
  return `"${clip(readableHeadline(story.headline), max)}" (${readableDate(story.date)})`;
}

/** Items of an answer in the stories they come from, each story in order of its first item. */
export interface StoryGroups<T> {
  /** The one story every item comes from, or null when they come from several. */
  only: StoryRef | null;
  /** The stories with their items, best story (the one holding the first item) first. */
  groups: Array<{ story: StoryRef; items: T[] }>;
}

/**
 * Groups items by story so an answer names each story once. A story filed twice (same headline and
 * date) counts as one: readers cannot tell the copies apart.
 */
export function groupByStory<T>(items: T[], storyOf: (item: T) => StoryRef): StoryGroups<T> {
  const byKey = new Map<string, { story: StoryRef; items: T[] }>();
  for (const item of items) {
    const story = storyOf(item);
    const key = `${readableHeadline(story.headline).toLowerCase()}|${story.date ?? ''}`;
    const group = byKey.get(key);
    if (group) group.items.push(item);
    else byKey.set(key, { story, items: [item] });
  }
  const groups = [...byKey.values()];
  return { only: groups.length === 1 ? groups[0]!.story : null, groups };
}

/**
 * The lines of grouped items: under one story, just the items (the head names the story); under
 * several, each story's label heads its items. A label and its first item form one line for `fitLines`,
 * so a story is never named without an item when the answer is cut.
 */
export function groupedLines<T>(grouped: StoryGroups<T>, line: (item: T) => string): string[] {
  if (grouped.only) return grouped.groups.flatMap((group) => group.items.map(line));
  return grouped.groups.flatMap((group) => {
    const [first, ...rest] = group.items.map(line);
    return [`${storyLabel(group.story, 70)}:\n${first}`, ...rest];
  });
}

/** Joins the lines of an answer, dropping the last ones that would pass the limit. */
export function fitLines(head: string, lines: string[], tail = ''): string {
  let text = head;
  for (const line of lines) {
    if (text.length + 1 + line.length + (tail ? tail.length + 1 : 0) > ANSWER_LIMIT) break;
    text += `\n${line}`;
  }
  if (tail && text.length + 1 + tail.length <= ANSWER_LIMIT) text += `\n${tail}`;
  return clip(text, ANSWER_LIMIT);
}

export function refOf(story: Story): StoryRef {
  return { id: story.id, file: story.file, date: story.date, headline: story.headline };
}

/** A citation: the story and the sentence or quote the answer relies on. */
export function citation(story: StoryRef, text: string): AskResult['citations'][number] {
  return {
    id: story.id,
    file: story.file,
    date: story.date,
    headline: story.headline,
    text: clip(text, 600),
  };
}

/** A sentence set apart as a block quote (Discord and Markdown show it indented). */
export function blockQuote(text: string, max: number): string {
  return `> ${clip(text, max).replace(/\n/g, ' ')}`;
}

/** "a, b and c". */
export function listWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** What to try when a question could not be answered. */
export const SUGGESTIONS =
  'Try `/quotes speaker:<name>` for what someone said, `/stories place:<city> date:<day>` for stories, ' +
  '`/summary story:<words of the headline>` for a summary, or ask e.g. "what did Khamenei say about the US?".';
