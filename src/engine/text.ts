/**
 * Text primitives shared by the story engine: re-flowing hard-wrapped text, and finding sentence
 * boundaries in raw text. Everything here works on raw offsets so callers can keep spans into the file.
 */
import type { Span } from './types.ts';

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/** A hyphen before a line break, the start of every match of reflow's join (found fast from its `-`). */
const HYPHEN_BREAK = /-[ \t]*\r?\n/;

/**
 * Joins hard-wrapped lines into running text: every run of white space becomes one space, a word
 * hyphenated across a line break (`anti-\nIslamic`) is joined without a space, the ends are trimmed and
 * the HTML entities old wire copy carries (`&lt;`, `&gt;`, `&amp;`) are decoded. Every span's text is
 * `reflow(raw.slice(span))`, so callers can compare quotes and sentences with their raw slices.
 */
export function reflow(text: string): string {
  let out = text;
  // The look-behind is tried at every character: only a text with a hyphen before a line break runs it.
  if (HYPHEN_BREAK.test(out)) out = out.replace(/(?<=[\p{L}\p{N}])-[ \t]*\r?\n[ \t]*(?=\p{L})/gu, '-');
  out = squeezeSpaces(out);
  if (out.includes('&')) out = out.replace(/&(?:lt|gt|amp);/g, (entity) => ENTITIES[entity] ?? entity);
  return out;
}

/** White space that `squeezeSpaces` would change: at either end, other than a space, or two in a row. */
const LOOSE_SPACE = /^\s|\s$|[^\S ]| {2}/;

/**
 * `text.replace(/\s+/g, ' ').trim()`, without building a new string when the text is already on one
 * line with single spaces (most sentences and quotes are).
 */
export function squeezeSpaces(text: string): string {
  return LOOSE_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** One line of raw text: `[start, end)` excludes the line break; `textStart` is its first non-blank. */
export interface Line {
  start: number;
  end: number;
  /** Index of the first non-white-space character, or `end` for a blank line. */
  textStart: number;
  /** Index after the last non-white-space character, or `textStart` for a blank line. */
  textEnd: number;
}

/** Splits `raw[start, end)` into lines, with offsets into `raw`. Linear in the length. */
export function splitLines(raw: string, start: number, end: number): Line[] {
  const lines: Line[] = [];
  let lineStart = start;
  while (lineStart <= end) {
    let lineEnd = raw.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    let textStart = lineStart;
    while (textStart < lineEnd && isSpace(raw.charCodeAt(textStart))) textStart++;
    let textEnd = lineEnd;
    while (textEnd > textStart && isSpace(raw.charCodeAt(textEnd - 1))) textEnd--;
    lines.push({ start: lineStart, end: lineEnd, textStart, textEnd });
    if (lineEnd >= end) break;
    lineStart = lineEnd + 1;
  }
  return lines;
}

/** White space as `\s` sees it, without a regex per character. */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0xfeff ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Shrinks `[start, end)` so it neither starts nor ends with white space. */
function trimSpan(raw: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpace(raw.charCodeAt(s))) s++;
  while (e > s && isSpace(raw.charCodeAt(e - 1))) e--;
  return [s, e];
}

/** Abbreviations after which a period never ends a sentence: titles before a name. */
const TITLES = new Set(
  'mr mrs ms dr prof gen sen rep gov lt col capt cpt sgt maj adm cmdr rev fr hon pres supt insp det messrs mme mlle sr jr st'.split(
    ' ',
  ),
);

/**
 * Abbreviations that may end a sentence (`… Standard Oil Co. The venture …`) but usually do not:
 * the period ends the sentence only when a typical sentence opener follows.
 */
const SOFT_ABBREVIATIONS = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd plc bros no nos vs etc approx est dept univ ave blvd rd mt ft pct vol'.split(
    ' ',
  ),
);

/** Words that typically open a sentence: after a soft abbreviation, they mark a sentence boundary. */
const SENTENCE_OPENERS = new Set(
  'the a an he she it they we i you his her its their our this that these those there here in on at for but so yet as after before when while if although though however meanwhile also earlier later last'.split(
    ' ',
  ),
);

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);
const OPENERS = new Set(['"', "'", '\u201c', '\u2018', '(', '[', '\u00ab']);

function isUpper(char: string): boolean {
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

function isLetter(char: string): boolean {
  return char.toLowerCase() !== char.toUpperCase();
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The word right before `index` (letters and inner periods), e.g. `U.S` before the final period. */
function wordBefore(raw: string, index: number, floor: number): string {
  let start = index;
  while (start > floor) {
    const char = raw[start - 1]!;
    if (isLetter(char) || char === '.') start--;
    else break;
  }
  return raw.slice(start, index);
}

/** The word starting at `index` (letters only), lower-cased. */
function wordAt(raw: string, index: number, ceiling: number): string {
  let end = index;
  while (end < ceiling && isLetter(raw[end]!)) end++;
  return raw.slice(index, end).toLowerCase();
}

/**
 * Decides whether a period at `dot` ends a sentence, given what follows (`next` is the index of the
 * first character of the following word, after any opening quote).
 */
function periodEndsSentence(raw: string, dot: number, floor: number, next: number, ceiling: number): boolean {
  const word = wordBefore(raw, dot, floor);
  if (word === '') return true;
  const bare = word.replace(/^\.+/, '');
  const lower = bare.toLowerCase();
  const nextChar = raw[next] ?? '';
  const nextIsDigit = isDigit(raw.charCodeAt(next));
  // An initial (`John F. Kennedy`) or a title before a name never ends a sentence.
  if (bare.length === 1 && isUpper(bare)) return false;
  if (TITLES.has(lower)) return false;
  const dotted = bare.includes('.');
  if (dotted || SOFT_ABBREVIATIONS.has(lower)) {
    if (nextIsDigit || !isUpper(nextChar)) return false;
    return SENTENCE_OPENERS.has(wordAt(raw, next, ceiling));
  }
  return true;
}

/**
 * Whether a sentence-ending mark at `index` (`.`, `?`, `!`, `…`) ends its sentence, and where: the
 * end takes in repeated marks and closing quotes/brackets (`."`, `?'`, `.)`). `end` is also returned
 * when the mark does not end a sentence, so the caller can skip the marks already looked at.
 */
function sentenceEndAt(
  raw: string,
  index: number,
  floor: number,
  ceiling: number,
): { end: number; ends: boolean } {
  let end = index + 1;
  while (end < ceiling && '.?!\u2026'.includes(raw[end]!)) end++;
  while (end < ceiling && CLOSERS.has(raw[end]!)) end++;
  if (end >= ceiling) return { end: ceiling, ends: true };
  if (!isSpace(raw.charCodeAt(end))) return { end, ends: false };
  let next = end;
  while (next < ceiling && isSpace(raw.charCodeAt(next))) next++;
  if (next >= ceiling) return { end, ends: true };
  while (next < ceiling - 1 && OPENERS.has(raw[next]!)) next++;
  const nextChar = raw[next]!;
  // A sentence starts with a capital, a digit or a quotation; anything else continues this one.
  if (!isUpper(nextChar) && !isDigit(raw.charCodeAt(next))) return { end, ends: false };
  // A bare period may belong to an abbreviation; one inside a closing quote (`U.S."`) ends the sentence.
  if (raw[index] === '.' && end === index + 1 && !periodEndsSentence(raw, index, floor, next, ceiling))
    return { end, ends: false };
  return { end, ends: true };
}

/**
 * The sentences of `raw[start, end)` (one paragraph), as raw spans without surrounding white space.
 * Handles abbreviations (`U.S.`, `Mr.`, `Sept.`), initials, decimals (`5.93`), ellipses and quotes that
 * close a sentence (`."`). Linear in the length.
 */
export function sentenceSpans(raw: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let sentenceStart = start;
  for (let i = start; i < end; i++) {
    const char = raw[i]!;
    if (char !== '.' && char !== '?' && char !== '!' && char !== '\u2026') continue;
    const stop = sentenceEndAt(raw, i, sentenceStart, end);
    // Resume after the marks and closers just read, so long runs of them stay linear.
    i = Math.max(i, stop.end - 1);
    if (!stop.ends) continue;
    const span = trimSpan(raw, sentenceStart, stop.end);
    if (span[1] > span[0]) spans.push(span);
    sentenceStart = stop.end;
  }
  const last = trimSpan(raw, sentenceStart, end);
  if (last[1] > last[0]) spans.push(last);
  return spans;
}

/**
 * True when a line ending at `end` (exclusive, no trailing white space) ends a sentence: it ends with
 * `.`, `?`, `!` or `…`, possibly inside closing quotes, and the last word is not an abbreviation or
 * initial that normally continues (`Mr.`, `U.S.`, `F.`).
 */
export function lineEndsSentence(raw: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && CLOSERS.has(raw[i - 1]!)) i--;
  if (i === start) return false;
  const mark = raw[i - 1]!;
  if (mark === '?' || mark === '!' || mark === '\u2026') return true;
  if (mark !== '.') return false;
  if (i - 1 > start && raw[i - 2] === '.') return true;
  const word = wordBefore(raw, i - 1, start);
  if (word === '') return true;
  const lower = word.toLowerCase();
  if (word.length === 1 && isUpper(word)) return false;
  if (TITLES.has(lower) || SOFT_ABBREVIATIONS.has(lower) || word.includes('.')) return false;
  return true;
}
