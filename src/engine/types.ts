/**
 * The structured story, exactly as `newsbot parse --json` prints it (see docs/cli.md), plus a few
 * optional fields the library and the adapters use. Offsets are `[start, end)` UTF-16 indices
 * into the raw file text, before any normalisation.
 */
export type Span = [start: number, end: number];

export interface Dateline {
  /** The dateline as written, without trailing dash: `PARIS, Sept 15`. */
  text: string;
  /** Canonical place name (`Paris`), or null when the dateline names no known place. */
  place: string | null;
  country: string | null;
}

export type PlaceKind = 'city' | 'country' | 'region';

export interface PlaceRef {
  name: string;
  country: string | null;
  kind: PlaceKind;
}

export interface Person {
  /** Canonical name: the longest full form used in the story, without titles or role. */
  name: string;
  aliases: string[];
  role: string | null;
  /**
   * `organisation` for a speaker that is an organisation, an outlet or a government (`the State
   * Department`, `Politico`, `Iran`); absent (a person) otherwise. An optional extension of the contract.
   */
  kind?: 'person' | 'organisation';
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Quote {
  kind: QuoteKind;
  /** For direct and partial quotes, the raw text between and including the quotation marks, re-flowed. */
  text: string;
  span: Span;
  /** Canonical name of the speaker (a person, or a group such as `Iran`), or null when unknown. */
  speaker: string | null;
  /** The words that name the speaker where the quote is attributed (`she`, `Khamenei`). */
  speakerMention: string | null;
  speakerMentionSpan: Span | null;
  cue: string | null;
}

/** A paragraph of the body: its re-flowed text and where it lies in the raw file. */
export interface Paragraph {
  text: string;
  span: Span;
}

/** A sentence of the body, re-flowed, with its raw span and its paragraph's index. */
export interface Sentence {
  text: string;
  span: Span;
  paragraph: number;
}

export interface Story {
  id: string;
  file: string;
  date: string | null;
  dateline: Dateline | null;
  headline: string;
  summary: string;
  places: PlaceRef[];
  people: Person[];
  quotes: Quote[];
  /** Optional extensions (allowed by the contract): the re-flowed body paragraphs, for full-text views. */
  paragraphs?: string[];
  /** Per paragraph, where its re-flowed text lies in the raw file (see `offsets.ts`). */
  paragraphOffsets?: number[][];
  /** Front-matter fields other than the ones mapped above (source, url, author, tags). */
  meta?: Record<string, string | string[]>;
}

/** A problem with one story file: the path as given and a one-line reason. */
export interface FileIssue {
  file: string;
  reason: string;
}
