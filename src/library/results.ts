/**
 * The answers the library gives, in the JSON shapes of docs/cli.md. The command line prints them as
 * they are; the Discord bot and the local chat format them.
 */
import type { FileIssue, QuoteKind, Span } from '../engine/types.ts';

export interface StoryRef {
  id: string;
  file: string;
  date: string | null;
  headline: string;
}

export interface StoriesQuery {
  date?: string;
  from?: string;
  to?: string;
  place?: string;
  topic?: string;
  limit?: number;
}

/** How much of a topic a story holds: every word, some of them, or none (listed for its date and place alone). */
export type TopicMatch = 'all' | 'some' | 'none';

export interface StoriesResult {
  /** The query as understood: ISO dates, the canonical place, the topic words. */
  query: { from: string | null; to: string | null; place: string | null; topic: string | null };
  total: number;
  /** With a topic: how many of `total` hold every word of it, and how many only some. */
  matched?: { all: number; some: number };
  results: Array<
    StoryRef & { place: string | null; country: string | null; score: number; match?: TopicMatch }
  >;
}

export interface QuotesQuery {
  speaker: string;
  about?: string;
  from?: string;
  to?: string;
  limit?: number;
}

export interface QuotesResult {
  speaker: { name: string; aliases: string[]; kind?: 'organisation' } | null;
  /** Names offered when the speaker given is ambiguous (e.g. a surname several people share). */
  candidates: string[];
  total: number;
  results: Array<StoryRef & { kind: QuoteKind; text: string; span: Span; speaker: string }>;
}

export interface SummaryResult {
  story: (StoryRef & { place: string | null }) | null;
  summary: string;
  alternatives: Array<{ id: string; headline: string }>;
}

export interface SpeakersResult {
  speakers: Array<{
    name: string;
    aliases: string[];
    quotes: number;
    stories: number;
    /** Set for an organisation, an outlet or a government (an optional extension of the contract). */
    kind?: 'organisation';
  }>;
}

export type AskIntent = 'quotes' | 'stories' | 'summary' | 'fact' | 'unknown';

export interface AskResult {
  intent: AskIntent;
  /** The text shown to the user. */
  answer: string;
  citations: Array<StoryRef & { text: string }>;
  /**
   * The exact phrase answering a fact question, its story and its `[start, end)` in that story's raw
   * file; null when the question asks for no single fact or the stories do not say. The first citation
   * is the sentence that holds it.
   */
  extract?: { text: string; id: string; span: Span } | null;
}

export interface CheckResult {
  stories: number;
  errors: FileIssue[];
  warnings: FileIssue[];
}

export interface ReloadReport {
  added: string[];
  changed: string[];
  removed: string[];
  failed: FileIssue[];
  /** Set when the reload failed as a whole (folder gone, unreadable): the old set was kept. */
  error: string | null;
  stories: number;
  durationMs: number;
  /**
   * Set when the reload looked only at the paths the folder watcher saw change (how many distinct
   * ones), rather than listing every file (see `StoryLibrary.watch`).
   */
  watchedPaths?: number;
}

/** Bad query input (an unreadable date, an empty speaker): the message is shown to the user as is. */
export class QueryError extends Error {
  override name = 'QueryError';
}
