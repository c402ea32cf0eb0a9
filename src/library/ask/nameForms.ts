/**
 * Short names typed for long ones: "ico" for the International Coffee Organization, "ldp" for the
 * Liberal Democratic Party, "fed" for the Federal Reserve. The long form is read from the stories that
 * use the short one, by ordered rules (`LONG_FORM_RULES`), once per word and set of stories: a typed
 * word the stories never write as a name has none.
 */

import { countryNamesWithInitials } from '../../engine/countries.ts';
import { lexTag } from '../../engine/people.ts';
import { isStopword, plainWords, terms } from '../../engine/words.ts';
import type { StorySnapshot } from '../snapshot.ts';
import { documentFrequency, queryTermIds, searchText, searchTop } from '../textIndex.ts';
import { STOPWORDS } from './words.ts';

/**
 * Whether a typed word may be a short name worth reading the stories for: one the word list does not
 * know, knows as an organisation ("opec"), or only as a verb's past ("fed"). A plain word ("oil",
 * "many") is never read for.
 */
function mayBeShortName(word: string): boolean {
  const tag = lexTag(word);
  return tag === '' || /Organization/.test(tag) || tag === 'PastTense';
}

/** Stories read for a short name's long form: those that use it most. */
const READ_STORIES = 6;

/**
 * A story's text read for it, from its start (a name is written in full, or defined, where the story
 * first uses it): the cost of a lookup stays the same however long the stories are.
 */
const READ_CHARS = 10_000;

/** Short names are at most this long ("gatt", "oecd", "opec"). */
const SHORT_NAME_MAX = 5;

/** Words a long name may hold in lower case between its capitalised words. */
const JOINING = new Set(['of', 'and', 'for', 'on', 'the', 'de', '&']);

/** A run of capitalised words, lower-case joining words allowed between them. */
const NAME_RUN = /[A-Z][\w&'-]*(?:\s+(?:(?:of|and|for|on|the|de|&)\s+)*[A-Z][\w&'-]*)*/g;

/** The initials of a name's capitalised words, folded ("General Agreement on Tariffs and Trade" → "gatt"). */
function initialsOf(words: readonly string[]): string {
  return words
    .filter((word) => !JOINING.has(word.toLowerCase()))
    .map((word) => word[0]!.toLowerCase())
    .join('');
}

/**
 * Whether a short name is a name's initials, each joining word's initial in it or not ("Organization of
 * Petroleum Exporting Countries" → "opec", "Employers Confederation of the Philippines" → "ecop").
 */
export function hasInitials(words: readonly string[], short: string): boolean {
  // The places in the short name the words so far can reach.
  let reach = new Set([0]);
  for (const word of words) {
    const initial = word[0]!.toLowerCase();
    const next = new Set<number>();
    for (const at of reach) {
      if (JOINING.has(word.toLowerCase())) next.add(at);
      if (short[at] === initial) next.add(at + 1);
    }
    reach = next;
    if (reach.size === 0) return false;
  }
  return reach.has(short.length);
}

/**
 * The shortest end of a run of capitalised words whose initials are the short name ("Japan's Liberal
 * Democratic Party" → "Liberal Democratic Party" for "ldp"), or null.
 */
function endWithInitials(run: string, short: string): string | null {
  const words = run.split(/\s+/);
  for (let start = words.length - 2; start >= 0; start--) {
    if (JOINING.has(words[start]!.toLowerCase())) continue;
    const end = words.slice(start);
    const initials = initialsOf(end);
    if (hasInitials(end, short)) return end.join(' ').replace(/'s$/, '');
    if (initials.length > short.length) break;
  }
  return null;
}

interface LongFormRule {
  name: string;
  /** The long forms the rule reads in one story's text for the short name, as written. */
  read: (text: string, short: string) => string[];
}

/** The runs of capitalised words of a text (one linear pass: a run never fails to match). */
const runsOf = (text: string) => Array.from(text.matchAll(NAME_RUN), (match) => match[0]);

/** Words read before a parenthesis for the name it defines. */
const DEFINED_WORDS = 12;

/** Rules in order: the first that finds a long form in the stories read gives it. */
export const LONG_FORM_RULES: readonly LongFormRule[] = [
  {
    // "the International Coffee Organization (ICO) failed…": the story defines it.
    name: 'defined in parentheses',
    read: (text, short) =>
      Array.from(text.matchAll(new RegExp(`\\(\\s*(?:the\\s+)?${short}\\s*\\)`, 'gi')), (match) => {
        // The last run of capitalised words among the few words before it.
        const before = text
          .slice(Math.max(0, match.index - 40 * DEFINED_WORDS), match.index)
          .split(/\s+/)
          .slice(-DEFINED_WORDS)
          .join(' ');
        const run = runsOf(before).at(-1);
        return run !== undefined && before.trimEnd().endsWith(run) ? endWithInitials(run, short) : null;
      }).filter((long) => long !== null),
  },
  {
    // "American Telephone and Telegraph said … ATT said": a name the story writes in full, its initials.
    name: 'initials of a name the story writes',
    read: (text, short) => runsOf(text).flatMap((run) => endWithInitials(run, short) ?? []),
  },
  {
    // "the Federal Reserve … the Fed": the first word of a name the story writes in full, cut short.
    name: 'a name cut short',
    read: (text, short) =>
      short.length < 3
        ? []
        : runsOf(text).flatMap((run) => {
            const words = run.split(/\s+/);
            const out: string[] = [];
            for (let i = 0; i + 1 < words.length; i++) {
              const first = words[i]!.toLowerCase().replace(/'s$/, '');
              if (first.length > short.length && first.startsWith(short) && /^[A-Z]/.test(words[i + 1]!))
                out.push(`${words[i]} ${words[i + 1]}`.replace(/'s$/, ''));
            }
            return out;
          }),
  },
];

/** Whether the stories write the short name as a name: in capitals, or capitalised inside a sentence. */
function writtenAsName(text: string, short: string): { asName: number; plain: number } {
  let asName = 0;
  let plain = 0;
  for (const match of text.matchAll(new RegExp(`(\\S?\\s*)\\b(${short})\\b`, 'gi'))) {
    const written = match[2]!;
    const first = match.index === 0 || /[.!?"]\s*$/.test(match[1]!);
    if (written === written.toUpperCase() || (!first && /^[A-Z]/.test(written))) asName++;
    else plain++;
  }
  return { asName, plain };
}

const longForms = new WeakMap<StorySnapshot, Map<string, string | null>>();

/** Distinct short names remembered per set of stories; past it the memory starts again. */
const REMEMBERED = 10_000;

/**
 * The long form the stories give a short name typed in a question, or null: read from the stories
 * that use the short name most, where it is mostly written as a name, by the first of
 * `LONG_FORM_RULES` that finds one (the form most often read).
 */
export function longFormOf(snapshot: StorySnapshot, typed: string): string | null {
  const short = typed.toLowerCase();
  if (!/^[a-z]+$/.test(short) || short.length < 2 || short.length > SHORT_NAME_MAX || !mayBeShortName(short))
    return null;
  let known = longForms.get(snapshot);
  if (!known || known.size > REMEMBERED) {
    known = new Map();
    longForms.set(snapshot, known);
  }
  const remembered = known.get(short);
  if (remembered !== undefined) return remembered;
  const found = readLongForm(snapshot, short);
  known.set(short, found);
  return found;
}

/** A story's headline and paragraphs, cut to READ_CHARS: read from its columns, the rest not decoded. */
function headAndParagraphs(snapshot: StorySnapshot, s: number): string {
  const { stories } = snapshot;
  return [stories.headlineAt(s), ...(stories.paragraphsAt(s) ?? [])].join('\n').slice(0, READ_CHARS);
}

function readLongForm(snapshot: StorySnapshot, short: string): string | null {
  const index = snapshot.text;
  const [term] = terms(short.toUpperCase());
  const id = term === undefined ? undefined : index.vocabulary.get(term);
  if (id === undefined || documentFrequency(index, id) === 0) return null;
  const hits = searchTop(index, [id], READ_STORIES);
  const texts: string[] = [];
  let asName = 0;
  let plain = 0;
  for (let i = 0; i < Math.min(hits.docs.length, READ_STORIES); i++) {
    const text = headAndParagraphs(snapshot, hits.docs[i]!);
    const written = writtenAsName(text, short);
    asName += written.asName;
    plain += written.plain;
    texts.push(text);
  }
  // A word the stories mostly write as a plain word ("fall", "us" the pronoun) names nothing.
  if (asName === 0 || plain > asName / 2 || isStopword(short)) return null;
  for (const rule of LONG_FORM_RULES) {
    const counts = new Map<string, number>();
    for (const text of texts)
      for (const long of rule.read(text, short)) counts.set(long, (counts.get(long) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (best) return best[0];
  }
  return null;
}

/**
 * The question with each short name it types followed by the long form the stories give it ("how
 * many fed districts" → "how many fed Federal Reserve districts"), so that a sentence naming it either
 * way is found.
 */
export function withLongForms(snapshot: StorySnapshot, text: string): string {
  return text.replace(/\b[A-Za-z]{2,5}\b/g, (word) => {
    const long = longFormOf(snapshot, word);
    return long && !new RegExp(`\\b${long}\\b`, 'i').test(text) ? `${word} ${long}` : word;
  });
}

/** Stories counted, at most, for each name a typed set of initials may stand for. */
const COUNTED_STORIES = 50;

/** Initials typed for a name are two or three letters ("sa", "wb", "nyc"). */
const TYPED_INITIALS = /(?<![\p{L}\d.'’-])[a-z]{2,3}(?![\p{L}\d.'’-])/gu;

/**
 * The names a typed set of initials may stand for: countries whose names have those initials (the
 * engine's table: "sa" for South Africa or Saudi Arabia), else names with those initials that the
 * stories holding the question's other words write ("wb": the World Bank of the stories on Indonesia's
 * loans).
 */
function namesWithInitials(snapshot: StorySnapshot, short: string, rest: readonly number[]): string[] {
  const names = [...countryNamesWithInitials(short)];
  if (rest.length === 0 || names.length > 0) return names;
  const hits = searchTop(snapshot.text, rest, READ_STORIES);
  for (let i = 0; i < Math.min(hits.docs.length, READ_STORIES); i++) {
    const text = headAndParagraphs(snapshot, hits.docs[i]!);
    for (const run of runsOf(text)) {
      const long = endWithInitials(run, short);
      if (long && !names.includes(long)) names.push(long);
    }
  }
  return names;
}

/**
 * What each set of initials a question types in lower case stands for ("how many creditor banks does
 * sa have": South Africa; "how much has indonesia got from the wb": World Bank): of the names it may
 * stand for (`namesWithInitials`), the one the most stories hold with every other word of the
 * question. A word the word list knows ("tax", "oil"; save as a unit's symbol, "wb" the weber, or an
 * acronym) or a stopword is never read so.
 */
export function initialsRead(snapshot: StorySnapshot, text: string): Map<string, string> {
  const read = new Map<string, string>();
  for (const match of text.matchAll(TYPED_INITIALS)) {
    const short = match[0];
    if (read.has(short) || isStopword(short) || /^(?!Unit|Acronym|Organization)./.test(lexTag(short)))
      continue;
    // Initials whose long form the stories that use them give ("att", "ico") are read as typed first,
    // and in full only when no sentence answers them (`withLongForms`); a country's are read at once
    // ("sa", which the stories write for a company's "S.A.").
    if (countryNamesWithInitials(short).length === 0 && longFormOf(snapshot, short) !== null) continue;
    // The question's other words, its scaffolding ("how many", "got") left out.
    const others = plainWords(text.replace(new RegExp(`\\b${short}\\b`, 'g'), ' '))
      .filter((word) => !STOPWORDS.has(word))
      .join(' ');
    const { ids: rest } = queryTermIds(snapshot.text, others);
    let best: { name: string; count: number } | null = null;
    for (const name of namesWithInitials(snapshot, short, rest)) {
      const { ids, unknown } = queryTermIds(snapshot.text, name);
      if (ids.length === 0 || unknown.length > 0) continue;
      // Every word of the name, and all the other words but one (the question's own wording).
      const all = [...new Set([...rest, ...ids])];
      const needed = all.length - (rest.length > 1 ? 1 : 0);
      const count = searchText(snapshot.text, all, needed, { top: COUNTED_STORIES }).docs.length;
      if (count > 0 && (!best || count > best.count)) best = { name, count };
    }
    if (best) read.set(short, best.name);
  }
  return read;
}

/** A text with the initials `initialsRead` read replaced by what they stand for. */
export function withNamesFor(text: string, read: ReadonlyMap<string, string>): string {
  let out = text;
  for (const [short, name] of read) out = out.replace(new RegExp(`\\b${short}\\b`, 'g'), name);
  return out;
}
