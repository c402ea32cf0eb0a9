import type { Paragraph, Sentence, Span } from './types.ts';

/** The parts of a story file found before any NLP: header fields, body paragraphs and sentences. */
export interface StoryLayout {
  /** ISO date `YYYY-MM-DD`, or null when the file has no recognisable date. */
  date: string | null;
  /** The dateline as written (`PARIS, Sept 15`), its raw span, and the place words in it (`PARIS`). */
  dateline: { text: string; span: Span; placeText: string } | null;
  /** A title line or front-matter title, when the file has one. */
  title: string | null;
  frontMatter: Record<string, unknown> | null;
  /** Where the body lies in the raw text. */
  bodySpan: Span;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  warnings: string[];
}

/** Finds the header fields, paragraphs and sentences of a story file. Never throws. */
export function parseLayout(raw: string): StoryLayout {
  // Placeholder until the layout parser lands: the whole text is one paragraph.
  const match = /date (\d{4}-\d{2}-\d{2})/.exec(raw);
  const start = match ? match.index + match[0].length : 0;
  const text = raw.slice(start).replace(/\s+/g, ' ').trim();
  const span: Span = [start, raw.length];
  return {
    date: match?.[1] ?? null,
    dateline: null,
    title: null,
    frontMatter: null,
    bodySpan: span,
    paragraphs: text ? [{ text, span }] : [],
    sentences: text ? [{ text, span, paragraph: 0 }] : [],
    warnings: match ? [] : ['no recognisable date'],
  };
}
