/**
 * The layout of a story file: front matter, `date` line, dateline or title line, then the body's
 * paragraphs and sentences, each with its raw span. Pure and linear in the text's length.
 */
import { isoDateOf, MONTH_PATTERN, padIsoDate } from './dates.ts';
import { readFrontMatter, stringField } from './frontMatter.ts';
import { isSpace, type Line, lineEndsSentence, reflow, sentenceSpans, splitLines } from './text.ts';
import type { Paragraph, Sentence, Span } from './types.ts';

/** The parts of a story file found before any NLP: header fields, body paragraphs and sentences. */
export interface StoryLayout {
  /** ISO date `YYYY-MM-DD`, or null when the file has no recognisable date. */
  date: string | null;
  /** The dateline as written (`PARIS, Sept 15`), its raw span, and the place words in it (`PARIS`). */
  dateline: { text: string; span: Span; placeText: string } | null;
  /** A title line or front-matter title, when the file has one. */
  title: string | null;
  /** Where a title line lies in the raw text (absent for front-matter titles and files without one). */
  titleSpan?: Span | null;
  frontMatter: Record<string, unknown> | null;
  /** Where the body lies in the raw text. */
  bodySpan: Span;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  warnings: string[];
}

/** Finds the header fields, paragraphs and sentences of a story file. Never throws. */
export function parseLayout(raw: string): StoryLayout {
  try {
    return readLayout(raw);
  } catch (error) {
    // A bug here must not lose the story: fall back to one paragraph holding the whole text.
    return plainLayout(
      raw,
      `layout not recognised (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/**
 * The whole text as one paragraph (and an ISO `date` line if it starts with one), with a warning: for a
 * file whose layout failed or took too long. Linear and cheap.
 */
export function plainLayout(raw: string, warning: string): StoryLayout {
  const span = trimmed(raw, 0, raw.length);
  const text = reflow(raw.slice(span[0], span[1]));
  const date = /^\uFEFF?\s*date\s+(\d{4}-\d{2}-\d{2})\b/.exec(raw.slice(0, 64))?.[1] ?? null;
  return {
    date,
    dateline: null,
    title: null,
    frontMatter: null,
    bodySpan: span,
    paragraphs: text ? [{ text, span }] : [],
    sentences: text ? [{ text, span, paragraph: 0 }] : [],
    warnings: [warning],
  };
}

function readLayout(raw: string): StoryLayout {
  const warnings: string[] = [];
  let pos = skipSpace(raw, 0);

  let frontMatter: Record<string, unknown> | null = null;
  if (raw.startsWith('---', pos)) {
    const block = readFrontMatter(raw, pos);
    if (block) {
      frontMatter = block.data;
      warnings.push(...block.warnings);
      pos = skipSpace(raw, block.end);
    } else if (/^---[ \t]*\r?\n/y.test(raw.slice(pos, pos + 8))) {
      warnings.push('front matter has no closing "---" line; read as body text');
    }
  }

  const dateLine = /date:?[ \t]+(\d{4}-\d{1,2}-\d{1,2})(?!\d)/iy;
  dateLine.lastIndex = pos;
  const dateMatch = dateLine.exec(raw);
  let date: string | null = null;
  if (dateMatch) {
    const written = dateMatch[1]!;
    const [year = '', month = '', day = ''] = written.split('-');
    date = padIsoDate(year, month, day);
    if (!date) warnings.push(`"date ${written}" is not a real calendar date`);
    pos = dateLine.lastIndex;
    while (pos < raw.length && (raw[pos] === ' ' || raw[pos] === '\t')) pos++;
  }
  const headerOnDateLine = dateMatch !== null && pos < raw.length && raw[pos] !== '\n' && raw[pos] !== '\r';
  pos = skipSpace(raw, pos);

  const frontDate = frontMatter && 'date' in frontMatter ? isoDateOf(frontMatter.date) : null;
  if (frontMatter && 'date' in frontMatter && frontDate === null)
    warnings.push('front-matter date is not a date (write it as YYYY-MM-DD)');
  if (date && frontDate && date !== frontDate)
    warnings.push(`front-matter date ${frontDate} differs from the date line ${date}; using ${date}`);
  date ??= frontDate;
  if (!date && !dateMatch) warnings.push('no date: expected a "date YYYY-MM-DD" line or a front-matter date');

  let dateline = matchDateline(raw, pos, !headerOnDateLine);
  let title: string | null = null;
  let titleSpan: Span | null = null;
  // A long front-matter title is cut before cleaning: it only ever becomes a headline.
  const frontTitle = stringField(frontMatter, 'title')?.slice(0, 1000) ?? null;
  if (!dateline) {
    const titleLine = matchTitleLine(raw, pos, headerOnDateLine);
    const lineTitle = titleLine ? cleanTitle(raw.slice(titleLine.span[0], titleLine.span[1])) : null;
    // With a front-matter title, a title line is only one that repeats it or is a heading: any other
    // short first line is body text and must not be dropped.
    const isTitle =
      titleLine !== null &&
      (frontTitle === null ||
        lineTitle === cleanTitle(frontTitle) ||
        /^#{1,6}\s/.test(raw.slice(titleLine.span[0], titleLine.span[1])));
    if (titleLine && isTitle) {
      titleSpan = titleLine.span;
      title = lineTitle;
      pos = skipSpace(raw, titleLine.end);
      dateline = matchDateline(raw, pos, false);
    }
  }
  if (frontTitle) title = cleanTitle(frontTitle);

  const bodyStart = dateline ? dateline.bodyStart : pos;
  const bodySpan = trimmed(raw, bodyStart, raw.length);
  const paragraphs = findParagraphs(raw, bodySpan);
  if (paragraphs.length === 0) warnings.push('the story has no body text');
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const span of sentenceSpans(raw, paragraph.span[0], paragraph.span[1]))
      sentences.push({ text: reflow(raw.slice(span[0], span[1])), span, paragraph: index });
  });

  return {
    date,
    dateline: dateline ? { text: dateline.text, span: dateline.span, placeText: dateline.placeText } : null,
    title,
    titleSpan,
    frontMatter,
    bodySpan,
    paragraphs,
    sentences,
    warnings,
  };
}

function skipSpace(raw: string, from: number): number {
  let pos = from;
  while (pos < raw.length && isSpace(raw.charCodeAt(pos))) pos++;
  return pos;
}

function trimmed(raw: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpace(raw.charCodeAt(s))) s++;
  while (e > s && isSpace(raw.charCodeAt(e - 1))) e--;
  return [s, e];
}

function lineEndOf(raw: string, from: number): number {
  const end = raw.indexOf('\n', from);
  return end === -1 ? raw.length : end;
}

// ---------------------------------------------------------------------------------------------
// Datelines

interface DatelineMatch {
  text: string;
  span: Span;
  placeText: string;
  bodyStart: number;
  /** Whether a wire-agency tag (`(Reuters)`, `(AP)`) marks it as a dateline beyond doubt. */
  agency: boolean;
}

/** `Sept 15`, `March  2`, `Oct. 20` (month first) or `2 March` (day first); case-insensitive. */
const MONTH_DAY = new RegExp(
  `(?<![\\p{L}])(?:(${MONTH_PATTERN})\\.?[ \\t]{1,3}(\\d{1,2})(?!\\d)|(\\d{1,2})[ \\t]+(${MONTH_PATTERN})(?![\\p{L}]))`,
  'iu',
);
/** Wire-agency tags that may follow a dateline: `, Reuter`, `(Reuters)`, `(AP)`. */
const AGENCY_TAIL =
  /(?:[ \t]*,?[ \t]*Reuters?\b)?(?:[ \t]*\((?:Reuters?|AP|AFP|UPI|dpa|Bloomberg)\))?(?:[ \t]*,(?=[ \t]*[-\u2013\u2014]))?/iy;
const DASH_RUN = /[ \t]*[-\u2013\u2014]{1,2}(?=\s|$)/y;
const AGENCY_ONLY = /^(.*?)[ \t]*\((Reuters?|AP|AFP|UPI|dpa|Bloomberg)\)$/i;

/**
 * A dateline at `pos`: `PARIS, Sept 15`, `BOGOTA, March 13 -`, `MEMPHIS, Tenn., March 11 -`,
 * `WASHINGTON (Reuters) -`, `CANBERRA —`. Without a dash after it (the seed's `PARIS, Sept 15 The …`),
 * the place must be written in capitals so that an ordinary sentence is never taken for a dateline.
 * Where a title line may stand (`titlePossible`), a dash-only line such as `EXCLUSIVE – Roger Stone …`
 * followed by a blank line is a title, not a dateline.
 */
function matchDateline(raw: string, pos: number, titlePossible: boolean): DatelineMatch | null {
  const lineEnd = lineEndOf(raw, pos);
  const window = raw.slice(pos, Math.min(lineEnd, pos + 160)).replace(/\r$/, '');
  const withMonth = matchMonthDateline(window, pos);
  if (withMonth) return withMonth;
  const withDash = matchDashDateline(window, pos);
  if (!withDash || !titlePossible || withDash.agency) return withDash;
  // Only a line that runs on (hard-wrapped, or a long unwrapped paragraph) starts a body.
  const next = trimmed(raw, Math.min(lineEnd + 1, raw.length), lineEndOf(raw, lineEnd + 1));
  return next[1] > next[0] || lineEnd - pos > 200 ? withDash : null;
}

/** Stray marks some wire copy has before the dateline: `****LONDON`, `RPT --PARIS`, `c    CHICAGO`. */
const LEAD_JUNK = /^(?:\*+\s*|RPT\s*-*\s*|[\p{Ll}\d][ \t]{2,}(?=\p{Lu}))/u;

function matchMonthDateline(window: string, pos: number): DatelineMatch | null {
  const found = MONTH_DAY.exec(window.slice(0, 90));
  if (!found) return null;
  // `CHEVY CHASE, Md., - March 4 -`: a stray dash may stand between the place and the day.
  const before = window.slice(0, found.index);
  const placeRaw = before.replace(/[\s,]+(?:[-\u2013\u2014][\s,]*)?$/, '');
  const separatedByComma = /,[\s-]*$/.test(before);
  const place = placeRaw.replace(LEAD_JUNK, '');
  // A dateline may give the day only (`APRIL 11 - …`); it must then be followed by a dash.
  if (found.index > 0 && !isPlaceWords(place)) return null;

  let end = found.index + found[0].length;
  AGENCY_TAIL.lastIndex = end;
  if (AGENCY_TAIL.exec(window)) end = AGENCY_TAIL.lastIndex;
  DASH_RUN.lastIndex = end;
  const dash = DASH_RUN.exec(window);
  const firstPart = place.split(',')[0] ?? '';
  if (place === '' && !dash) return null;
  if (!dash) {
    // No dash: only a capitalised place (`PARIS, Sept 15 The …`) followed by a break or a new word.
    if (!isAllCaps(firstPart)) return null;
    if (end < window.length && !isSpace(window.charCodeAt(end))) return null;
  } else if (place !== '' && !separatedByComma && !isAllCaps(firstPart) && !place.includes(',')) {
    return null;
  }
  const text = window.slice(0, end).trimEnd();
  const afterDateline = dash ? dash.index + dash[0].length : end;
  return {
    text,
    span: [pos, pos + text.length],
    placeText: place,
    bodyStart: skipSpace(window, afterDateline) + pos,
    agency: false,
  };
}

function matchDashDateline(window: string, pos: number): DatelineMatch | null {
  const head = window.slice(0, 70);
  const dash = /[ \t]+[-\u2013\u2014]{1,2}(?=\s|$)|\u2014/.exec(head);
  if (!dash || dash.index === 0) return null;
  const candidate = head.slice(0, dash.index).trimEnd();
  const agency = AGENCY_ONLY.exec(candidate);
  // A day with a misspelt month (`NEW YORK, Narch 2`, `ATLANTA, Apri 1`) is still a date, not a place.
  const place = (agency ? agency[1]! : candidate)
    .replace(LEAD_JUNK, '')
    .replace(/,\s*\p{L}{3,9}\.?\s*\d{1,3}$/u, '');
  if (!isPlaceWords(place)) return null;
  const firstPart = place.split(',')[0] ?? '';
  if (!isAllCaps(firstPart)) return null;
  const afterDash = dash.index + dash[0].length;
  return {
    text: candidate,
    span: [pos, pos + candidate.length],
    placeText: place,
    bodyStart: skipSpace(window, afterDash) + pos,
    agency: agency !== null,
  };
}

/**
 * Up to seven words naming a place, optionally with a state or country after a comma: `NEW YORK`,
 * `MEMPHIS, Tenn.`, `Mexico city`. No sentence punctuation and no spaced dash (`Conn - June`).
 */
function isPlaceWords(place: string): boolean {
  if (place.length === 0 || place.length > 60) return false;
  if (!/^[\p{L}]/u.test(place)) return false;
  if (/["\u201c\u201d:;!?()[\]{}<>]|\s[-\u2013\u2014]|[-\u2013\u2014]$/.test(place)) return false;
  return place.split(/[\s,]+/).filter(Boolean).length <= 7;
}

function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

// ---------------------------------------------------------------------------------------------
// Title lines

/**
 * A title line at `pos`: a markdown heading, or a short line followed by a blank line (PolNeAR), or a
 * line clearly shorter than the hard-wrapped lines after it and not ending like a wrapped line.
 */
function matchTitleLine(raw: string, pos: number, onDateLine: boolean): { span: Span; end: number } | null {
  const lineEnd = lineEndOf(raw, pos);
  const span = trimmed(raw, pos, lineEnd);
  const text = raw.slice(span[0], span[1]);
  if (text.length === 0 || text.length > 250) return null;
  const rest = skipSpace(raw, lineEnd);
  if (rest >= raw.length) return null; // a one-line story is body text, not a title
  if (/^#{1,6}\s/.test(text)) return { span, end: lineEnd };

  const next = lineEndOf(raw, lineEnd + 1);
  const nextSpan = trimmed(raw, Math.min(lineEnd + 1, raw.length), next);
  const nextBlank = nextSpan[1] === nextSpan[0];
  if (nextBlank) {
    if (text.length > 200 || /[,\u2013\u2014-]$/.test(text)) return null;
    return { span, end: lineEnd };
  }
  // `Derelict Obama and Clinton; ` then the subtitle on the next line, then a blank line.
  if (/[;:]$/.test(text)) {
    const afterNext = next < raw.length ? trimmed(raw, next + 1, lineEndOf(raw, next + 1)) : null;
    if (afterNext === null || afterNext[0] === afterNext[1]) {
      if (nextSpan[1] - span[0] <= 300) return { span: [span[0], nextSpan[1]], end: next };
    }
    return null;
  }
  if (text.length > 120 || /[,;:\u2013\u2014-]$/.test(text)) return null;
  if (/^\p{Ll}/u.test(raw[nextSpan[0]] ?? '')) return null;
  // The line must be clearly shorter than the wrapped lines that follow it.
  const lineStart = onDateLine ? raw.lastIndexOf('\n', pos - 1) + 1 : pos;
  const lineLength = span[1] - lineStart;
  let longest = 0;
  let cursor = lineEnd;
  for (let i = 0; i < 3 && cursor < raw.length; i++) {
    const end = lineEndOf(raw, cursor + 1);
    longest = Math.max(longest, end - cursor - 1);
    cursor = end;
  }
  if (lineLength > 0.8 * longest) return null;
  if (/[.]$/.test(text)) {
    const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
    const capitalised = words.filter((word) => /^\P{Ll}*\p{Lu}/u.test(word)).length;
    if (capitalised < 0.6 * words.length) return null;
  }
  return { span, end: lineEnd };
}

/**
 * A title as a headline: one line, no markdown `#`, and without the full stop some files add
 * (`… Small Fry.`, `… ‘Reclaim Our Schools.’`). An ellipsis or an abbreviation keeps its periods.
 */
export function cleanTitle(text: string): string {
  let title = reflow(text).replace(/^#{1,6}\s+/, '');
  const closing = /([^.])\.(["'\u201d\u2019)\]]+)$/.exec(title);
  if (closing) title = title.slice(0, closing.index + 1) + closing[2];
  else if (/[^.]\.$/.test(title) && !/(?:^|[\s.])\p{L}\.$/u.test(title)) title = title.slice(0, -1);
  return title.trim();
}

// ---------------------------------------------------------------------------------------------
// Paragraphs

/**
 * Splits the body into paragraphs. A paragraph ends at a blank line; at an indented line when the
 * body marks paragraphs by indenting (Reuters); at every line break when the text is not hard-wrapped;
 * and, in a hard-wrapped body with neither (the seed), where a line ends a sentence.
 */
function findParagraphs(raw: string, body: Span): Paragraph[] {
  if (body[1] <= body[0]) return [];
  const lines = splitLines(raw, body[0], body[1]);
  let hasBlank = false;
  let hasIndent = false;
  let content = 0;
  let long = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlankLine(line)) {
      hasBlank = true;
      continue;
    }
    content++;
    if (line.textEnd - line.start > 100) long++;
    if (i > 0 && line.textStart > line.start && !isBlankLine(lines[i - 1]!)) hasIndent = true;
  }
  const unwrapped = long * 4 > content;
  const bySentenceEnd = !hasBlank && !hasIndent && !unwrapped;

  const paragraphs: Paragraph[] = [];
  let first: Line | null = null;
  let last: Line | null = null;
  const close = () => {
    if (!first || !last) return;
    const span: Span = [first.textStart, last.textEnd];
    paragraphs.push({ text: reflow(raw.slice(span[0], span[1])), span });
    first = null;
    last = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlankLine(line)) {
      close();
      continue;
    }
    if (last !== null) {
      const previous: Line = last;
      const breaks =
        unwrapped ||
        (hasIndent && line.textStart > line.start) ||
        (bySentenceEnd && lineEndsSentence(raw, previous.textStart, previous.textEnd));
      if (breaks) close();
    }
    first ??= line;
    last = line;
  }
  close();
  return paragraphs;
}

function isBlankLine(line: Line): boolean {
  return line.textEnd <= line.textStart;
}
