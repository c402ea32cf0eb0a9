import { isSpace } from './text.ts';
import type { Span } from './types.ts';

/** A stretch of text between quotation marks, marks included; `closed` is false when the closing mark is missing. */
export interface QuotedSpan {
  start: number;
  end: number;
  closed: boolean;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
/** Every character a quotation mark may start with (`'` for `''`). */
const MARK = /["'“„«”»]/g;

/**
 * Where paragraphs start inside `body`: after a blank line or at an indented line. Hard-wrapped text
 * without either gives no breaks; the layout's own paragraph spans are added by the caller.
 */
export function paragraphStarts(raw: string, body: Span): number[] {
  const starts: number[] = [];
  const re = /\n(?:[ \t]*\n)+[ \t]*|\n[ \t]+/g;
  const text = raw.slice(body[0], body[1]);
  for (let match = re.exec(text); match; match = re.exec(text))
    starts.push(body[0] + match.index + match[0].length);
  return starts;
}

/** A straight double mark at `i`: `"`, or `''` (two apostrophes, as some archives write it); its length. */
function straightMark(raw: string, i: number): number {
  if (raw[i] === '"') return 1;
  return raw[i] === "'" && raw[i + 1] === "'" && raw[i - 1] !== "'" ? 2 : 0;
}

/**
 * Finds quoted spans in `raw[body)`. Curly marks pair directly; a straight mark opens or closes by
 * state. A quote still open when its paragraph ends continues only if the next paragraph reopens with a
 * mark (the news convention for multi-paragraph quotes); otherwise it ends with its paragraph.
 */
export function findQuotedSpans(raw: string, body: Span, breaks: number[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const breakSet = [...new Set(breaks)].filter((b) => b > body[0] && b < body[1]).sort((a, b) => a - b);
  let nextBreak = 0;
  let open = -1;
  let nested = 0;
  let lastText = body[0];
  /** The next character at or after `i` that may be a quotation mark (see MARK). */
  let nextMark = -1;
  const closeAt = (end: number, closed: boolean) => {
    nested = 0;
    if (open >= 0 && end > open + 1) spans.push({ start: open, end, closed });
    open = -1;
  };
  for (let i = body[0]; i < body[1]; i++) {
    let reopened = false;
    while (nextBreak < breakSet.length && (breakSet[nextBreak] as number) <= i) {
      const at = breakSet[nextBreak] as number;
      nextBreak++;
      if (open < 0) continue;
      // The paragraph ended inside a quote: it goes on only when the new paragraph reopens with a mark.
      const ch = raw[at];
      // A transcript turn (`"WALLACE: …`) is a new quote even when it reopens like a continuation.
      const newTurn = /^\p{Lu}{2,}[\p{Lu} .'-]*:/u.test(raw.slice(at + 1, at + 40));
      if ((straightMark(raw, at) > 0 || (ch !== undefined && OPENERS.has(ch))) && !newTurn)
        reopened = at === i;
      else closeAt(lastText, false);
    }
    if (reopened) {
      i += Math.max(1, straightMark(raw, i)) - 1;
      lastText = i + 1;
      continue;
    }
    if (i >= body[1]) break;
    if (nextMark < i) {
      MARK.lastIndex = i;
      nextMark = MARK.exec(raw)?.index ?? raw.length;
    }
    if (nextMark > i) {
      // Up to the next mark or paragraph break nothing happens but `lastText` moving on: skip there.
      const stop = Math.min(nextMark, body[1], breakSet[nextBreak] ?? body[1]);
      let last = stop - 1;
      while (last >= i && isSpace(raw.charCodeAt(last))) last--;
      if (last >= i) lastText = last + 1;
      i = stop - 1;
      continue;
    }
    const ch = raw[i] as string;
    const straight = straightMark(raw, i);
    if (straight > 0) {
      if (open < 0) open = i;
      else closeAt(i + straight, true);
      i += straight - 1;
      lastText = i + 1;
      continue;
    }
    if (OPENERS.has(ch)) {
      // An opening mark typed where a closing one belongs: right after a word, before a space or punctuation.
      if (open >= 0 && !/\s/.test(raw[i - 1] ?? ' ') && /[\s,.;:!?)]|^$/u.test(raw[i + 1] ?? '')) {
        closeAt(i + 1, true);
        if (!/\s/.test(ch)) lastText = i + 1;
        continue;
      }
      // A quote inside a quote written with the same marks: two closers ahead before any opener.
      if (open >= 0 && closersAhead(raw, i + 1, breakSet[nextBreak] ?? body[1]) >= 2) {
        nested++;
        continue;
      }
      if (open >= 0) closeAt(lastText, false);
      open = i;
    } else if (CLOSERS.has(ch)) {
      if (open >= 0 && nested > 0) nested--;
      else if (open >= 0) closeAt(i + 1, true);
      // A closing mark typed where an opening one belongs: at a paragraph or word start, before a word.
      else if ((i === body[0] || /\s/.test(raw[i - 1] ?? ' ')) && /[\p{L}\p{N}]/u.test(raw[i + 1] ?? ''))
        open = i;
    }
    if (!/\s/.test(ch)) lastText = i + 1;
  }
  if (open >= 0) closeAt(lastText, false);
  return spans;
}

/** How many closing curly marks follow `from` (up to `to`) before the next opening one. */
function closersAhead(raw: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const ch = raw[i] as string;
    if (OPENERS.has(ch)) break;
    if (CLOSERS.has(ch)) count++;
  }
  return count;
}
