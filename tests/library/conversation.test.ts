/**
 * Follow-up questions read against a conversation: each follow-up rule with its example, the memory's
 * expiry and bounds, and the state saved between command-line runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOLLOW_UP_RULES } from '../../src/library/ask/followUp.ts';
import {
  askInConversation,
  CONVERSATION_TTL_MS,
  ConversationMemory,
  type ConversationState,
  freshState,
} from '../../src/library/conversation.ts';
import type { AskResult } from '../../src/library/results.ts';
import type { StorySnapshot } from '../../src/library/snapshot.ts';
import { snapshotOf } from '../helpers/storyFolder.ts';

const now = new Date('2026-11-27T12:00:00Z');
let cleanup: () => void;
let snapshot: StorySnapshot;

const STORIES: Record<string, string> = {
  'london_vote.txt':
    'date 2016-03-01 LONDON, March 1 - Hillary Clinton spoke to supporters in London on Tuesday.\n' +
    '    "We will build an economy that works for everyone," Hillary Clinton said.\n' +
    '    "Trade deals must protect workers," Hillary Clinton told the crowd.\n' +
    '    "I will never stop fighting for families," she said.\n',
  'paris_speech.txt':
    'date 2016-03-02 PARIS, March 2 - Former President Bill Clinton visited Paris on Wednesday.\n' +
    '    "The alliance with France has never been stronger," Bill Clinton said.\n',
  'london_markets.txt':
    'date 2016-03-08 LONDON, March 8 - Shares rose in London on Tuesday as oil prices recovered.\n' +
    '    "Investors are buying again," said Anna Berg, a trader at a London bank.\n',
  'tokyo_markets.txt':
    'date 2016-03-08 TOKYO, March 8 - Shares rose in Tokyo on Tuesday as the yen fell.\n' +
    '    "Exporters led the gains," said Ken Sato, a broker in Tokyo.\n',
  'berlin_markets.txt':
    'date 2016-03-01 BERLIN, March 1 - Shares fell in Berlin on Tuesday as car makers slipped.\n' +
    '    "Car makers weighed on the market," said Max Vogel, a dealer in Berlin.\n',
};

beforeAll(async () => {
  ({ snapshot, cleanup } = await snapshotOf(STORIES));
});

afterAll(() => cleanup());

/** Asks the questions in one conversation; returns every answer and the last state. */
function converse(...questions: string[]): { answers: AskResult[]; state: ConversationState | null } {
  let state: ConversationState | null = null;
  const answers: AskResult[] = [];
  for (const question of questions) {
    const turn = askInConversation(snapshot, question, state, now);
    answers.push(turn.result);
    state = turn.state;
  }
  return { answers, state };
}

const ids = (result: AskResult) => [...new Set(result.citations.map((c) => c.id))];

describe('follow-up rules', () => {
  it('every rule has a name and an example', () => {
    for (const rule of FOLLOW_UP_RULES) {
      expect(rule.name).not.toBe('');
      expect(rule.example).not.toBe('');
    }
    expect(new Set(FOLLOW_UP_RULES.map((rule) => rule.name)).size).toBe(FOLLOW_UP_RULES.length);
  });

  it('the other person: "no, the other Clinton"', () => {
    const { answers, state } = converse('what did Hillary Clinton say?', 'no, the other Clinton');
    expect(answers[1]!.answer).toMatch(/^Bill Clinton/);
    expect(ids(answers[1]!)).toEqual(['paris_speech']);
    expect(state!.speaker).toBe('Bill Clinton');
    // And back again: the one not shown yet is Hillary, once more there is no third.
    const third = askInConversation(snapshot, 'the other one', state, now);
    expect(third.result.answer).toMatch(/no one else/);
  });

  it('what else did they say: "what else did she say?" leaves out the quotes shown', () => {
    const { answers } = converse('what did Hillary Clinton say about trade?', 'what else did she say?');
    const first = answers[0]!.citations.map((c) => c.text);
    const next = answers[1]!.citations.map((c) => c.text);
    expect(answers[1]!.answer).toMatch(/^More from Hillary Clinton/);
    expect(next.length).toBeGreaterThan(0);
    for (const text of next) expect(first).not.toContain(text);
  });

  it('who is quoted in it: "who is quoted in it?"', () => {
    const { answers } = converse('summarize the Bill Clinton story', 'who is quoted in it?');
    expect(answers[1]!.answer).toMatch(/Bill Clinton \(1 quote\)/);
    expect(answers[1]!.answer).not.toMatch(/Hillary/);
  });

  it('summarize it: "summarize it", "the second one"', () => {
    const listed = converse('stories from March 8 2016');
    expect(ids(listed.answers[0]!)).toHaveLength(2);
    const second = askInConversation(snapshot, 'the second one', listed.state, now);
    expect(second.result.intent).toBe('summary');
    expect(ids(second.result)).toEqual([listed.state!.results[1]]);
    const it1 = converse('what did Bill Clinton say?', 'summarize it');
    expect(it1.answers[1]!.intent).toBe('summary');
    expect(ids(it1.answers[1]!)).toEqual(['paris_speech']);
  });

  it('a week later: "and a week later?"', () => {
    const { answers, state } = converse('stories from London on March 1 2016', 'and a week later?');
    expect(ids(answers[0]!)).toEqual(['london_vote']);
    expect(ids(answers[1]!)).toEqual(['london_markets']);
    expect(state!.range).toEqual({ from: '2016-03-08', to: '2016-03-08' });
  });

  it('just those from a place: "just those from London"', () => {
    const { answers } = converse('stories from March 8 2016', 'just those from London');
    expect(ids(answers[1]!)).toEqual(['london_markets']);
  });

  it('what about another date, place, person or topic: "what about Tokyo?"', () => {
    const { answers } = converse('stories from London on March 8 2016', 'what about Tokyo?');
    expect(ids(answers[1]!)).toEqual(['tokyo_markets']);
    const dates = converse('stories from Berlin in March 2016', 'and in April 2016?');
    expect(dates.answers[1]!.citations).toEqual([]);
    // A month alone is that month of the year asked about, not a place named like it.
    const month = converse('stories from Berlin in February 2016', 'and in march?');
    expect(ids(month.answers[1]!)).toEqual(['berlin_markets']);
    expect(month.state!.range).toEqual({ from: '2016-03-01', to: '2016-03-31' });
  });

  it('he, she or they for the last speaker: "what did she say about families?"', () => {
    const { answers } = converse(
      'what did Hillary Clinton say about trade?',
      'what did she say about families?',
    );
    expect(answers[1]!.answer).toMatch(/Hillary Clinton/);
    expect(answers[1]!.answer).toMatch(/fighting for families/);
  });

  it('a question that is no follow-up is answered on its own', () => {
    const { answers } = converse('what did Bill Clinton say?', 'stories from Tokyo');
    expect(ids(answers[1]!)).toEqual(['tokyo_markets']);
  });

  it('without a conversation, a follow-up is not guessed at', () => {
    const { answers } = converse('what else did she say?');
    expect(answers[0]!.citations).toEqual([]);
  });
});

describe('conversation memory', () => {
  const state = (at: number): ConversationState => ({
    question: { ...askInConversation(snapshot, 'x', null, now).state.question },
    intent: 'quotes',
    speaker: 'Bill Clinton',
    tried: [],
    story: null,
    results: [],
    shown: [],
    range: null,
    place: null,
    at,
  });

  it('forgets a conversation after 15 minutes of silence', () => {
    const memory = new ConversationMemory();
    memory.set('channel:user', state(0));
    expect(memory.get('channel:user', CONVERSATION_TTL_MS - 1)).not.toBeNull();
    expect(memory.get('channel:user', CONVERSATION_TTL_MS + 1)).toBeNull();
  });

  it('keeps at most its bound of conversations, dropping the least recent', () => {
    const memory = new ConversationMemory(CONVERSATION_TTL_MS, 3);
    for (const key of ['a', 'b', 'c', 'd']) memory.set(key, state(0));
    expect(memory.size).toBe(3);
    expect(memory.get('a', 0)).toBeNull();
    expect(memory.get('d', 0)).not.toBeNull();
  });

  it('a saved state is used only while fresh and well formed', () => {
    expect(freshState(state(now.getTime()), now.getTime())).not.toBeNull();
    expect(freshState(state(now.getTime() - CONVERSATION_TTL_MS - 1), now.getTime())).toBeNull();
    expect(freshState({ at: now.getTime() }, now.getTime())).toBeNull();
    expect(freshState('junk', now.getTime())).toBeNull();
  });
});
