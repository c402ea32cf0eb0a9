/**
 * Conversation memory: what the last answer was about (speaker, story, listed stories, place, time
 * range, the question as read), kept per conversation key — a Discord channel and user, a chat session,
 * a `--conversation` id — so that "what else did she say?", "summarize it" or "and a week later?" are
 * read against it. A conversation is forgotten after 15 minutes of silence. Bounded in size: the least
 * recently used conversations go first.
 */
import { type FollowUpContext, followUp, stateAfter } from './ask/followUp.ts';
import type { ParsedQuestion } from './ask/parseQuestion.ts';
import { answerParsed, MAX_QUESTION, parseQuestion } from './ask.ts';
import type { DateRange } from './dateRange.ts';
import type { AskResult } from './results.ts';
import type { StorySnapshot } from './snapshot.ts';

/** Silence after which a conversation is forgotten. */
export const CONVERSATION_TTL_MS = 15 * 60_000;
/** Conversations kept at most; the least recently used is dropped first. */
const MAX_CONVERSATIONS = 10_000;

/** What a follow-up question may refer to. Plain data, so it can be saved as JSON. */
export interface ConversationState {
  /** The last question as read (after a follow-up was resolved): re-asked with one part changed. */
  question: ParsedQuestion;
  intent: AskResult['intent'];
  /** The person the last quotes were from. */
  speaker: string | null;
  /** People already shown for the name typed ("no, the other Clinton" moves past them). */
  tried: string[];
  /** The one story the last answer was about. */
  story: string | null;
  /** Story ids in the order the last answer listed them ("the second one"). */
  results: string[];
  /** Quotes already shown of `speaker` ("what else did she say?" leaves them out). */
  shown: string[];
  range: DateRange | null;
  place: string | null;
  /** When the conversation last had a question (ms since the epoch). */
  at: number;
}

export class ConversationMemory {
  private readonly states = new Map<string, ConversationState>();

  constructor(
    private readonly ttlMs = CONVERSATION_TTL_MS,
    private readonly maxEntries = MAX_CONVERSATIONS,
  ) {}

  /** The conversation's state, or null when there is none or it has expired. */
  get(key: string, now: number = Date.now()): ConversationState | null {
    const state = this.states.get(key);
    if (!state) return null;
    if (now - state.at > this.ttlMs) {
      this.states.delete(key);
      return null;
    }
    return state;
  }

  set(key: string, state: ConversationState): void {
    this.states.delete(key);
    this.states.set(key, state);
    while (this.states.size > this.maxEntries) {
      const oldest = this.states.keys().next().value;
      if (oldest === undefined) break;
      this.states.delete(oldest);
    }
  }

  get size(): number {
    return this.states.size;
  }
}

/** Whether a saved state is still fresh: expired or malformed ones are ignored. */
export function freshState(
  value: unknown,
  now: number,
  ttlMs = CONVERSATION_TTL_MS,
): ConversationState | null {
  if (!value || typeof value !== 'object') return null;
  const state = value as Partial<ConversationState>;
  if (typeof state.at !== 'number' || now - state.at > ttlMs || now < state.at - ttlMs) return null;
  if (!state.question || typeof state.question !== 'object' || typeof state.question.text !== 'string')
    return null;
  for (const list of [state.tried, state.results, state.shown]) if (!Array.isArray(list)) return null;
  return state as ConversationState;
}

/**
 * Answers a question in a conversation: a follow-up is read against `previous` (null for none); any
 * other question is answered as `ask` would. Returns the answer and the conversation's new state.
 * Never throws.
 */
export function askInConversation(
  snapshot: StorySnapshot,
  question: string,
  previous: ConversationState | null,
  now: Date = new Date(),
): { result: AskResult; state: ConversationState } {
  const text = typeof question === 'string' ? question.slice(0, MAX_QUESTION) : '';
  const context: FollowUpContext = {
    snapshot,
    now,
    answer: (parsed) => answerParsed(snapshot, parsed, now),
  };
  const turn =
    (previous && followUp(text, previous, context)) ??
    (() => {
      const parsed = parseQuestion(text, now);
      return { parsed, result: answerParsed(snapshot, parsed, now) };
    })();
  const state = stateAfter(snapshot, turn, previous, now);
  return { result: turn.result, state };
}

/** `askInConversation` with the state kept in a memory under `key`. */
export function askWithMemory(
  snapshot: StorySnapshot,
  memory: ConversationMemory,
  key: string,
  question: string,
  now: Date = new Date(),
): AskResult {
  const { result, state } = askInConversation(snapshot, question, memory.get(key, now.getTime()), now);
  memory.set(key, state);
  return result;
}
