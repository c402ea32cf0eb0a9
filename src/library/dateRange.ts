/**
 * Date phrases → an inclusive range of ISO days: `2014-09-15`, `Sept 15 2014`, `March 1987` (the whole
 * month), `mid-March 1987`, `the end of October 2016`, `the second week of April 1987`, `the week of
 * March 2 1987`, `Q3 1987`, `spring 2016`, `between March 1 and 15 1987`, `last week`, `1987` (the whole
 * year). Everything is in UTC days: story dates carry no time or zone.
 */
import type { Component, ParsedComponents } from 'chrono-node';
// English only: the package's root also loads fifteen other languages (some 260 modules) at every start.
import * as chrono from 'chrono-node/en';
import { checkedInput } from './limits.ts';
import { QueryError } from './results.ts';

export interface DateRange {
  /** First day, ISO `YYYY-MM-DD`, inclusive. */
  from: string;
  /** Last day, ISO, inclusive. */
  to: string;
}

const DAY_MS = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const iso = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
const isoOf = (date: Date) => date.toISOString().slice(0, 10);
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Year 0000 does not exist in the calendar stories use. */
const FIRST_DAY = '0001-01-01';

const EXAMPLES =
  'try 2014-09-15, Sept 15 2014, March 1987, mid-March 1987, the end of October 2016, ' +
  'the second week of April 1987, the week of March 2 1987, Q3 1987, spring 2016, ' +
  'between March 1 and 15 1987, last week or 1987';

type Granularity = 'day' | 'month' | 'year';
interface Point {
  year: number;
  month: number;
  day: number;
  granularity: Granularity;
  yearKnown: boolean;
}

function rangeOf(point: Point): DateRange {
  const { year, month, day, granularity } = point;
  if (granularity === 'year') return { from: iso(year, 1, 1), to: iso(year, 12, 31) };
  if (granularity === 'month')
    return { from: iso(year, month, 1), to: iso(year, month, daysInMonth(year, month)) };
  return { from: iso(year, month, day), to: iso(year, month, day) };
}

/** ISO forms first: they are exact and chrono reads `2014-09` poorly. */
function parseIso(text: string): Point | null | 'invalid' {
  const match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : 1;
  const day = match[3] ? Number(match[3]) : 1;
  if (!validDay(year, month, day)) return 'invalid';
  const granularity: Granularity = match[3] ? 'day' : match[2] ? 'month' : 'year';
  return { year, month, day, granularity, yearKnown: true };
}

function pointOf(component: ParsedComponents, now: Date): Point {
  const known = (unit: Component) => component.isCertain(unit);
  let year = component.get('year') ?? now.getUTCFullYear();
  const month = component.get('month') ?? 1;
  const day = component.get('day') ?? 1;
  // A weekday ("next Tuesday", "on Friday") names one day that chrono has already worked out.
  const granularity: Granularity =
    known('day') || known('weekday') ? 'day' : known('month') ? 'month' : 'year';
  const yearKnown = known('year') || known('weekday');
  // "March" or "Sept 15" without a year: the latest such date not after today (news look back).
  if (!yearKnown) {
    year = now.getUTCFullYear();
    if (iso(year, month, granularity === 'day' ? day : 1) > isoOf(now)) year--;
  }
  return { year, month, day, granularity, yearKnown };
}

/** Relative phrases chrono reads as a single day; for news they mean a span ending today. */
function parseRelative(text: string, now: Date): DateRange | null {
  const today = isoOf(now);
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() + 1;
  const back = (days: number) => isoOf(new Date(now.getTime() - days * DAY_MS));
  if (text === 'today') return { from: today, to: today };
  if (text === 'yesterday') return { from: back(1), to: back(1) };
  if (text === 'this week') return { from: back((now.getUTCDay() + 6) % 7), to: today };
  if (text === 'last week' || text === 'past week' || text === 'the past week' || text === 'the last week')
    return { from: back(7), to: today };
  if (text === 'this month') return { from: iso(y, m, 1), to: today };
  if (text === 'last month') {
    const year = m === 1 ? y - 1 : y;
    const month = m === 1 ? 12 : m - 1;
    return { from: iso(year, month, 1), to: iso(year, month, daysInMonth(year, month)) };
  }
  if (text === 'this year') return { from: iso(y, 1, 1), to: today };
  if (text === 'last year') return { from: iso(y - 1, 1, 1), to: iso(y - 1, 12, 31) };
  const span = /^(?:the )?(?:past|last) (\d+) (day|week|month|year)s?$/.exec(text);
  if (span) {
    const n = Number(span[1]);
    const days = { day: 1, week: 7, month: 30, year: 365 }[span[2] as 'day'] * n;
    return { from: back(days), to: today };
  }
  return null;
}

/** `early`, `mid` and `late` narrow a month to thirds (1-10, 11-20, 21-end) and a year to thirds. */
function narrow(range: DateRange, point: Point, part: 'early' | 'mid' | 'late'): DateRange {
  const { year, month } = point;
  if (point.granularity === 'month') {
    const last = daysInMonth(year, month);
    const [a, b] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, last];
    return { from: iso(year, month, a), to: iso(year, month, b) };
  }
  if (point.granularity === 'year') {
    const [a, b] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
    return { from: iso(year, a, 1), to: iso(year, b, daysInMonth(year, b)) };
  }
  return range;
}

function parsePoint(text: string, now: Date): Point | null {
  const isoPoint = parseIso(text);
  if (isoPoint === 'invalid') return null;
  if (isoPoint) return isoPoint;
  const results = chrono.parse(text, now);
  const first = results[0];
  // The phrase must be mostly the date itself: "March 32 1987" must not become "1987".
  if (!first || first.text.replace(/\W/g, '').length < text.replace(/\W/g, '').length * 0.7) return null;
  return pointOf(first.start, now);
}

/** Ordinal words and their numbers ("second", "2nd"), for periods and for "the second one". */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
  sixth: 6,
  '6th': 6,
  seventh: 7,
  '7th': 7,
  eighth: 8,
  '8th': 8,
  ninth: 9,
  '9th': 9,
  tenth: 10,
  '10th': 10,
};
/** First month and month count of each season (northern hemisphere; winter runs into the named year). */
const SEASONS: Record<string, [number, number]> = {
  spring: [3, 3],
  summer: [6, 3],
  autumn: [9, 3],
  fall: [9, 3],
  winter: [0, 3],
};

/** Months `first` (1-based, may be ≤ 0 for the year before) to `first + count - 1` of a year. */
function months(year: number, first: number, count: number): DateRange {
  const start = new Date(Date.UTC(year, first - 1, 1));
  const end = new Date(Date.UTC(year, first - 1 + count, 0));
  return { from: isoOf(start), to: isoOf(end) };
}

const addDays = (day: string, n: number) => isoOf(new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS));

/** A year the phrase ends with, else this year. */
function yearIn(text: string, now: Date): number | null {
  if (!text.trim()) return now.getUTCFullYear();
  const match = /^(?:of\s+)?((?:19|20)\d\d)$/.exec(text.trim());
  return match ? Number(match[1]) : null;
}

/**
 * Periods chrono does not read, as an ordered list of named forms, each with an example; the first
 * form that reads the phrase gives its range.
 */
export const PERIOD_FORMS: ReadonlyArray<{
  name: string;
  example: string;
  read(text: string, now: Date): DateRange | null;
}> = [
  {
    name: 'the week of a day',
    example: 'the week of March 2 1987',
    read(text, now) {
      const match = /^week of (.+)$/.exec(text);
      const day = match ? single(match[1]!, now) : null;
      return day && day.from === day.to ? { from: day.from, to: addDays(day.from, 6) } : null;
    },
  },
  {
    name: 'a week of a month',
    example: 'the second week of April 1987',
    read(text, now) {
      const match =
        /^(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|final) week (?:of|in) (.+)$/.exec(text);
      const month = match ? single(match[2]!, now) : null;
      if (!match || !month || month.from.slice(0, 7) !== month.to.slice(0, 7) || !month.from.endsWith('-01'))
        return null;
      if (match[1] === 'last' || match[1] === 'final') return { from: addDays(month.to, -6), to: month.to };
      const from = addDays(month.from, (ORDINALS[match[1]!]! - 1) * 7);
      if (from > month.to) return null;
      // The week, or what is left of the month.
      const [to] = [addDays(from, 6), month.to].sort();
      return { from, to: to! };
    },
  },
  {
    name: 'a quarter of a year',
    example: 'Q3 1987',
    read(text, now) {
      const match =
        /^q([1-4])(?:\s+|-|\s*of\s+|')?(.*)$/.exec(text) ??
        /^(first|1st|second|2nd|third|3rd|fourth|4th|last|final) quarter(?: of)?(.*)$/.exec(text);
      if (!match) return null;
      const quarter = /^\d$/.test(match[1]!) ? Number(match[1]) : (ORDINALS[match[1]!] ?? 4);
      const tail = match[2]!.trim();
      const year = /^\d\d$/.test(tail)
        ? 1900 + Number(tail) + (Number(tail) < 50 ? 100 : 0)
        : yearIn(tail, now);
      return year ? months(year, (quarter - 1) * 3 + 1, 3) : null;
    },
  },
  {
    name: 'a half of a year',
    example: 'the first half of 2016',
    read(text, now) {
      const match = /^(?:(first|1st|second|2nd) half|h([12]))(?: of)?(.*)$/.exec(text);
      if (!match) return null;
      const year = yearIn(match[3]!, now);
      const second = match[2] === '2' || match[1] === 'second' || match[1] === '2nd';
      return year ? months(year, second ? 7 : 1, 6) : null;
    },
  },
  {
    name: 'a season',
    example: 'spring 2016',
    read(text, now) {
      const match = /^(spring|summer|autumn|fall|winter)(?: of)?(.*)$/.exec(text);
      if (!match) return null;
      const year = yearIn(match[2]!, now);
      const [first, count] = SEASONS[match[1]!]!;
      return year ? months(year, first, count) : null;
    },
  },
];

function single(text: string, now: Date): DateRange | null {
  const relative = parseRelative(text, now);
  if (relative) return relative;
  for (const form of PERIOD_FORMS) {
    const range = form.read(text, now);
    if (range) return range;
  }
  const qualified = /^(early|beginning of|start of|mid|middle of|late|end of)[\s-]+(.+)$/.exec(text);
  if (qualified) {
    const point = parsePoint(qualified[2]!, now);
    if (!point) return null;
    const word = qualified[1]!;
    const part = word.startsWith('mid')
      ? 'mid'
      : word === 'early' || /^(beginning|start)/.test(word)
        ? 'early'
        : 'late';
    return narrow(rangeOf(point), point, part);
  }
  const isoPoint = parseIso(text);
  if (isoPoint === 'invalid') return null;
  if (isoPoint) return rangeOf(isoPoint);
  // chrono reads "March 1 to March 15, 1987" and "from X to Y" as ranges.
  const results = chrono.parse(text, now);
  const first = results[0];
  if (first?.end && first.text.replace(/\W/g, '').length >= text.replace(/\W/g, '').length * 0.7) {
    const end = pointOf(first.end, now);
    const start = pointOf(first.start, now);
    if (!start.yearKnown && end.yearKnown) start.year = end.year;
    return { from: rangeOf(start).from, to: rangeOf(end).to };
  }
  if (!first || first.text.replace(/\W/g, '').length < text.replace(/\W/g, '').length * 0.7) return null;
  return rangeOf(pointOf(first.start, now));
}

/** `between A and B` / `from A to B` / `A - B`, where B may be just a day (`between March 1 and 15 1987`). */
function twoEnds(text: string, now: Date): DateRange | null {
  if (/^\d{4}(-\d{1,2}){0,2}$/.test(text)) return null;
  const match =
    /^between (.+?) and (.+)$/.exec(text) ??
    /^from (.+?) (?:to|until|till|through) (.+)$/.exec(text) ??
    /^(.+?) (?:to|until|till|through|-|–) (.+)$/.exec(text);
  if (!match) return null;
  let left = match[1]!.trim();
  let right = match[2]!.trim();
  const bareDay = /^(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?$/.exec(right);
  if (bareDay) {
    // "March 1 and 15 1987": the second end borrows the first's month.
    const monthWords = left.replace(/\s*\d{1,2}(?:st|nd|rd|th)?,?\s*$/, '');
    right = `${monthWords} ${bareDay[1]}${bareDay[2] ? ` ${bareDay[2]}` : ''}`;
    if (bareDay[2] && !/\d{4}/.test(left)) left = `${left} ${bareDay[2]}`;
  }
  const b = single(right, now);
  if (!b) return null;
  // "March 1" and "April 2 1987": the first end takes the second's year.
  const leftWithYear = /\d{4}/.test(left) ? left : `${left} ${b.to.slice(0, 4)}`;
  const a = single(leftWithYear, now) ?? single(left, now);
  if (!a) return null;
  return { from: a.from, to: b.to };
}

/**
 * Reads a date phrase as an inclusive range of days. Throws QueryError with an example of what is
 * understood when the phrase is not a date, and when its start is after its end.
 */
export function parseDateRange(text: string, now: Date = new Date()): DateRange {
  checkedInput('date', text);
  // A sign is no part of a date: `-2014-09-15` must not be read as 2014-09-15.
  if (/^\s*[-+−]\s*\d/.test(text)) throw new QueryError(`"${text.trim()}" is not a date; ${EXAMPLES}`);
  const phrase = text
    .trim()
    .toLowerCase()
    .normalize('NFKC')
    .replace(/^(?:on|in|during|since|over|around)\s+/, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ');
  if (!phrase) throw new QueryError(`an empty date; ${EXAMPLES}`);
  const range = twoEnds(phrase, now) ?? single(phrase, now);
  if (!range) throw new QueryError(`could not read "${text.trim()}" as a date; ${EXAMPLES}`);
  if (range.from < FIRST_DAY || range.to < FIRST_DAY)
    throw new QueryError(`"${text.trim()}" is before year 1; ${EXAMPLES}`);
  if (range.from > range.to)
    throw new QueryError(`"${text.trim()}" starts (${range.from}) after it ends (${range.to})`);
  return range;
}

/**
 * The range of a query's `date`, `from` and `to` (each a phrase): `date` gives both ends, `from` its
 * start, `to` its end. Null when none is given.
 */
export function queryDateRange(
  query: { date?: string | undefined; from?: string | undefined; to?: string | undefined },
  now: Date = new Date(),
): { from: string | null; to: string | null } | null {
  const has = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';
  if (!has(query.date) && !has(query.from) && !has(query.to)) return null;
  let from: string | null = null;
  let to: string | null = null;
  if (has(query.date)) ({ from, to } = parseDateRange(query.date, now));
  if (has(query.from)) {
    const start = parseDateRange(query.from, now).from;
    from = from && from > start ? from : start;
  }
  if (has(query.to)) {
    const end = parseDateRange(query.to, now).to;
    to = to && to < end ? to : end;
  }
  if (from && to && from > to) throw new QueryError(`the start date ${from} is after the end date ${to}`);
  return { from, to };
}
