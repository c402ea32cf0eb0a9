/**
 * Finds the date phrase in a question ("on March 3 1987", "in mid-March 1987", "last week", "in 1987")
 * so the rest of the question can be read for places, speakers and topics. The phrase itself is
 * turned into a date range by the library's `parseDateRange`; here we only locate it.
 */
// English only, as in dateRange.ts.
import * as chrono from 'chrono-node/en';

export interface DatePhrase {
  /** The phrase as the library's date parser takes it: `mid-March 1987`, `last week`, `1987`. */
  text: string;
  /** Where it lies in the question, including a leading preposition ("on", "in", "from"). */
  start: number;
  end: number;
}

const LEADING = /(?:\b(?:on|in|from|during|since|for|of|around|about|dated|between|at)\s+)?(?:the\s+)?$/i;
/** Words before a date that make it a part of it: "early", "the end of", "the second week of", "Q3", "spring". */
const QUALIFIER =
  /(?:\b(?:mid|early|late)[-\s]+|\b(?:the\s+)?(?:(?:(?:first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+)?(?:week|quarter|half)|end|beginning|start|middle)\s+(?:of|in)\s+(?:the\s+)?|\b(?:q[1-4]|h[12]|spring|summer|autumn|fall|winter)(?:\s+of)?\s+)$/i;
const RELATIVE =
  /\b(?:last|this|next|past|ago|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const INTRODUCED =
  /\b(?:on|in|from|during|since|of|until|till|before|after|mid|early|late|between|and)[-\s]+(?:the\s+)?$/i;
// chrono reads these alone as dates, but in a question they are mostly ordinary words.
const NOT_DATES = /^(?:now|may|march|sat|sun|second|mon|wed)$/i;

/** Whether a question's date phrase is said relative to today ("friday", "this yr"): it has no figure. */
export const saidRelative = (date: string | null): boolean => date !== null && !/\d/.test(date);

/** The first date phrase of a question, or null. Never throws. */
export function findDatePhrase(question: string, now: Date): DatePhrase | null {
  let results: chrono.ParsedResult[] = [];
  try {
    results = chrono.parse(question, now);
  } catch {
    results = [];
  }
  for (const [i, result] of results.entries()) {
    const text = result.text.trim();
    // chrono reads "in the week" of "in the week of March 9 1987" as a date of its own.
    const following = results[i + 1];
    if (
      /^(?:(?:in|on|during|for)\s+)?(?:the\s+)?week$/i.test(text) &&
      following &&
      /\d/.test(following.text) &&
      /^\s+of\s+$/i.test(question.slice(result.index + result.text.length, following.index))
    ) {
      let start = result.index;
      const leading = LEADING.exec(question.slice(0, start));
      if (leading) start -= leading[0].length;
      return {
        text: `week of ${following.text.trim()}`,
        start,
        end: following.index + following.text.length,
      };
    }
    if (NOT_DATES.test(text)) continue;
    // "today's wages": a possessive names a thing, not the date asked about.
    if (/^['\u2019]s\b/.test(question.slice(result.index + result.text.length))) continue;
    let start = result.index;
    // A bare month name ("about journey june") is a date only after a word that introduces one.
    const introduced = INTRODUCED.test(question.slice(0, start)) || /^(?:on|in|during|since)\s/i.test(text);
    if (!/\d/.test(text) && !RELATIVE.test(text) && !introduced) continue;
    // "comments on November": a month alone after "on" is a topic; a date is "in November".
    if (
      !/\d/.test(text) &&
      !RELATIVE.test(text) &&
      /\bon\s+(?:the\s+)?$/i.test(question.slice(0, result.index))
    )
      continue;
    const qualifier = QUALIFIER.exec(question.slice(0, start));
    if (qualifier) start -= qualifier[0].length;
    let end = result.index + result.text.length;
    // "between May 5 2015 and April 1 2015": chrono reads two dates; the range is one phrase.
    const next = results[i + 1];
    if (next && /^\s*(?:and|to|until|till|through|-|–)\s*$/i.test(question.slice(end, next.index)))
      end = next.index + next.text.length;
    // "between March 1 and 15 1987": a bare day (and year) after "and" ends the range chrono did not read.
    const bareEnd =
      /^\s*(?:and|to|until|till|through|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+(?:19|20)\d\d\b)?/i.exec(
        question.slice(end),
      );
    if (
      bareEnd &&
      !(
        next &&
        next.index < end + bareEnd[0].length &&
        next.index + next.text.length > end + bareEnd[0].length
      )
    )
      end += bareEnd[0].length;
    const between = /\bbetween\s+$/i.exec(question.slice(0, start));
    if (between) start = between.index;
    let phrase = question
      .slice(start, end)
      .replace(/\s+/g, ' ')
      .replace(/^(?:on|in|during|since)\s+/i, '');
    // "the week of March 2 1987": seven days from that day (read by `ask`, not by chrono).
    const week = /\bweek\s+of\s+$/i.exec(question.slice(0, start));
    if (week && /\d/.test(phrase)) {
      start = week.index;
      phrase = `week of ${phrase}`;
    }
    const leading = LEADING.exec(question.slice(0, start));
    if (leading) start -= leading[0].length;
    return { text: phrase, start, end };
  }
  // chrono does not read a bare year; "in 1987", "in Q3 1987", "spring 2016" are common ways to ask.
  // A crop or fiscal year ("1986/87") is a period of its own; "the 1922 committee", "the 1986 budget":
  // a year naming a thing is a word of its name, not the date of the stories asked for.
  const year = /\b((?:19|20)\d\d)\b(?!\/\d)/.exec(question);
  if (!year) return null;
  if (
    /\bthe\s+$/i.test(question.slice(0, year.index)) &&
    /^\s+(?!(?:and|or|to|till|until|through)\b)\p{L}/iu.test(question.slice(year.index + 4))
  )
    return null;
  let start = year.index;
  const qualifier = QUALIFIER.exec(question.slice(0, start));
  if (qualifier) start -= qualifier[0].length;
  const text = question.slice(start, year.index + year[0].length).replace(/\s+/g, ' ');
  const leading = /\b(?:in|from|during|of|since|for)\s+(?:the\s+)?$/i.exec(question.slice(0, start));
  if (leading) start -= leading[0].length;
  return { text, start, end: year.index + year[0].length };
}
