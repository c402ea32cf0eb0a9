/**
 * A parsed story as a parse worker sends it: the story's bulk (quotes, paragraphs and their offsets)
 * packed into a few typed arrays and strings, which cross between threads at the cost of a copy where
 * the same data as objects costs a structured clone of each one (a 250 KB story of quote marks holds
 * 125,000 quotes: 400 ms to receive as objects, on the thread that answers). Unpacking builds the
 * objects a few thousand at a time, as steps (see slices.ts), so even a story of megabytes is received
 * in slices.
 */
import { type ParseOutcome, storyIdOf } from '../engine/parseStory.ts';
import type { Quote, QuoteKind, Span, Story } from '../engine/types.ts';
import { ITEMS_PER_STEP, runNow, type Steps } from './slices.ts';
import type { TermCounts } from './textIndex.ts';

const NONE = 0xffffffff;
const KINDS: QuoteKind[] = ['direct', 'partial', 'indirect'];

/** Texts one after another, with where each ends: one string crosses threads as one copy. */
interface Texts {
  joined: string;
  ends: Uint32Array;
}

export interface PackedStory {
  /** The story without its quotes, paragraphs and paragraph offsets, and the order of its fields. */
  rest: Omit<Story, 'quotes' | 'paragraphs' | 'paragraphOffsets'>;
  keys: string[];
  quoteKinds: Uint8Array;
  /** Per quote: span start and end, mention span start and end (NONE when there is none). */
  quoteSpans: Uint32Array;
  /** Per quote: speaker, mention and cue, as indexes into `names` (NONE for null). */
  quoteNames: Uint32Array;
  names: string[];
  quoteTexts: Texts;
  paragraphs: Texts | null;
  /** Every paragraph's offsets one after another, and where each paragraph's end. */
  offsets: { values: Uint32Array; ends: Uint32Array } | null;
}

export type PackedOutcome =
  | { ok: true; story: PackedStory; warnings: string[] }
  | { ok: false; error: string };

/** What a parse worker sends back for a story: its packed outcome and its counted terms. */
export interface ParsedStory {
  outcome: PackedOutcome;
  counts: TermCounts | null;
  /** The file's SHA-1, when the worker read the file itself. */
  sha1?: string;
}

/**
 * What a parse worker sends back for a file with the same text as an earlier job of the same parse
 * (a story filed twice): that job's index, so the text is parsed once and the story taken from it.
 */
export interface ParsedCopy {
  sameAs: number;
  sha1: string;
}

/** A parsed story as it is under another file's name (a parse reads nothing else of the name). */
export function renamedStory<T extends { id: string; file: string }>(story: T, file: string): T {
  return { ...story, id: storyIdOf(file), file };
}

function joinTexts(texts: readonly string[]): Texts {
  const ends = new Uint32Array(texts.length);
  let end = 0;
  texts.forEach((text, i) => {
    end += text.length;
    ends[i] = end;
  });
  return { joined: texts.join(''), ends };
}

const textAt = (texts: Texts, i: number) =>
  texts.joined.slice(i > 0 ? texts.ends[i - 1]! : 0, texts.ends[i]!);

export function packOutcome(outcome: ParseOutcome): PackedOutcome {
  return outcome.ok ? { ok: true, story: packStory(outcome.story), warnings: outcome.warnings } : outcome;
}

function packStory(story: Story): PackedStory {
  const { quotes, paragraphs, paragraphOffsets, ...rest } = story;
  const names: string[] = [];
  const nameIds = new Map<string, number>();
  const nameId = (name: string | null) => {
    if (name === null) return NONE;
    let id = nameIds.get(name);
    if (id === undefined) {
      id = names.length;
      names.push(name);
      nameIds.set(name, id);
    }
    return id;
  };
  const quoteKinds = new Uint8Array(quotes.length);
  const quoteSpans = new Uint32Array(quotes.length * 4);
  const quoteNames = new Uint32Array(quotes.length * 3);
  quotes.forEach((quote, q) => {
    quoteKinds[q] = KINDS.indexOf(quote.kind);
    quoteSpans.set([quote.span[0], quote.span[1], ...(quote.speakerMentionSpan ?? [NONE, NONE])], q * 4);
    quoteNames.set([nameId(quote.speaker), nameId(quote.speakerMention), nameId(quote.cue)], q * 3);
  });
  let offsets: PackedStory['offsets'] = null;
  if (paragraphOffsets) {
    const ends = new Uint32Array(paragraphOffsets.length);
    let end = 0;
    paragraphOffsets.forEach((list, p) => {
      end += list.length;
      ends[p] = end;
    });
    const values = new Uint32Array(end);
    paragraphOffsets.forEach((list, p) => {
      values.set(list, p > 0 ? ends[p - 1]! : 0);
    });
    offsets = { values, ends };
  }
  return {
    rest,
    keys: Object.keys(story),
    quoteKinds,
    quoteSpans,
    quoteNames,
    names,
    quoteTexts: joinTexts(quotes.map((quote) => quote.text)),
    paragraphs: paragraphs ? joinTexts(paragraphs) : null,
    offsets,
  };
}

/** The story again, as steps: a step every few hundred quotes or paragraphs. */
export function* unpackStory(packed: PackedStory): Steps<Story> {
  const name = (id: number) => (id === NONE ? null : packed.names[id]!);
  const quotes: Quote[] = new Array(packed.quoteKinds.length);
  for (let q = 0; q < quotes.length; q++) {
    const spans = packed.quoteSpans;
    const at = q * 4;
    quotes[q] = {
      kind: KINDS[packed.quoteKinds[q]!]!,
      text: textAt(packed.quoteTexts, q),
      span: [spans[at]!, spans[at + 1]!] as Span,
      speaker: name(packed.quoteNames[q * 3]!),
      speakerMention: name(packed.quoteNames[q * 3 + 1]!),
      speakerMentionSpan: spans[at + 2] === NONE ? null : ([spans[at + 2]!, spans[at + 3]!] as Span),
      cue: name(packed.quoteNames[q * 3 + 2]!),
    };
    if ((q & (ITEMS_PER_STEP * 4 - 1)) === 0) yield;
  }
  const bulk: Record<string, unknown> = { quotes };
  const texts = packed.paragraphs;
  if (texts) {
    const paragraphs = new Array<string>(texts.ends.length);
    for (let p = 0; p < paragraphs.length; p++) {
      paragraphs[p] = textAt(texts, p);
      if ((p & (ITEMS_PER_STEP * 4 - 1)) === 0) yield;
    }
    bulk.paragraphs = paragraphs;
  }
  const offsets = packed.offsets;
  if (offsets) {
    const lists = new Array<number[]>(offsets.ends.length);
    for (let p = 0; p < lists.length; p++) {
      lists[p] = Array.from(offsets.values.subarray(p > 0 ? offsets.ends[p - 1]! : 0, offsets.ends[p]!));
      if ((p & (ITEMS_PER_STEP * 4 - 1)) === 0) yield;
    }
    bulk.paragraphOffsets = lists;
  }
  // The fields in the order the parser gave them, so output made from the story reads the same.
  const rest = packed.rest as unknown as Record<string, unknown>;
  const story: Record<string, unknown> = {};
  for (const key of packed.keys) story[key] = key in bulk ? bulk[key] : rest[key];
  return story as unknown as Story;
}

/** The outcome again, at once. */
export function unpackOutcome(outcome: PackedOutcome): ParseOutcome {
  return outcome.ok
    ? { ok: true, story: runNow(unpackStory(outcome.story)), warnings: outcome.warnings }
    : outcome;
}
