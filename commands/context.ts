/**
 * What every command gets, whichever transport runs it. A command reads its options from a
 * `CommandCall` (a discord.js ChatInputCommandInteraction fits it as is; the chat builds one from typed
 * text), asks the `StoryService` and returns a neutral `Reply` for the transport to send.
 */
import type { SlashCommandOptionsOnlyBuilder, SlashCommandStringOption } from 'discord.js';
import type { Config } from '../src/config.ts';
import type { Story } from '../src/engine/types.ts';
import { INPUT_LIMITS } from '../src/format/limits.ts';
import type { Reply } from '../src/format/reply.ts';
import { datelinePlace } from '../src/library/placeIndex.ts';
import {
  type AskResult,
  QueryError,
  type QuotesQuery,
  type QuotesResult,
  type ReloadReport,
  type SpeakersResult,
  type StoriesQuery,
  type StoriesResult,
  type SummaryResult,
} from '../src/library/results.ts';
import type { Logger } from '../src/log.ts';

/** An autocomplete choice: `name` is shown, `value` is sent back as the option's value. */
export interface Choice {
  name: string;
  value: string;
}

export interface StorySetInfo {
  stories: number;
  from: string | null;
  to: string | null;
  lastReload: Date | null;
  speakers?: number;
}

/** The library's answers over its current snapshot, as the commands need them. */
export interface StoryService {
  findStories(query: StoriesQuery): StoriesResult;
  findQuotes(query: QuotesQuery): QuotesResult;
  summarizeStory(ref: string): SummaryResult;
  listSpeakers(story?: string): SpeakersResult;
  getStory(id: string): Story | null;
  /** Every file holding the story's text (a story filed twice is one story); just its own otherwise. */
  filesOf?(id: string): string[];
  /** The story `ref` names: an id, or words of its headline when they identify one story. */
  resolveStory(ref: string): { story: Story | null; alternatives: Array<{ id: string; headline: string }> };
  /**
   * A free question. With a conversation key (a Discord channel and user, a chat session), a follow-up
   * ("what else did she say?") is read against that conversation's last answer.
   */
  ask(question: string, conversation?: string): AskResult;
  /**
   * Carries the state kept under `from` (an answer a message replies to) into `conversation`; false
   * when there is none or it has expired.
   */
  continueFrom?(conversation: string, from: string): boolean;
  /** Keeps the conversation's current state under another key too (the id of the message answering it). */
  keepAs?(conversation: string, key: string): void;
  suggestSpeakers(text: string, limit: number): Choice[];
  suggestStories(text: string, limit: number): Choice[];
  suggestPlaces(text: string, limit: number): Choice[];
  info(): StorySetInfo;
  reload(): Promise<ReloadReport>;
}

/** The options a command reads; discord.js's `interaction.options` has this shape. */
export interface OptionReader {
  getString(name: string): string | null;
}

export interface CommandCall {
  user: { id: string };
  /** Where the command was typed: with the user, the conversation a follow-up belongs to. */
  channelId?: string | null;
  options: OptionReader;
}

export interface AutocompleteCall {
  user: { id: string };
  options: { getFocused(full: true): { name: string; value: string | number } };
}

export interface CommandContext {
  stories: StoryService;
  config: Config;
  logger: Logger;
  version: string;
  /** Whether the caller may use admin commands (decided by the transport: Discord roles, or the local user). */
  callerIsAdmin: boolean;
  /** Usage lines of every command, for /help. */
  help: Array<{ usage: string; description: string }>;
  /** False when the command came from a direct message (no server, so no roles or permissions). */
  inServer?: boolean;
}

export interface Command {
  data: SlashCommandOptionsOnlyBuilder;
  /** Usage shown by /help, e.g. `/quotes speaker [about] [from] [to]`. */
  usage: string;
  /** `ephemeral`: answer with an ephemeral "thinking…" at once and edit it later (slow commands). */
  defer?: 'ephemeral';
  execute(interaction: CommandCall, context: CommandContext): Promise<Reply>;
  autocomplete?(interaction: AutocompleteCall, context: CommandContext): Promise<Choice[]>;
}

/**
 * A string option, trimmed, or undefined when absent or blank. Longer than `max` is bad input: Discord
 * enforces the cap itself, but typed chat input and mentions do not.
 */
export function readText(
  options: OptionReader,
  name: string,
  max: number = INPUT_LIMITS.option,
): string | undefined {
  const raw = options.getString(name);
  if (raw === null) return undefined;
  const text = raw.trim();
  if (text.length === 0) return undefined;
  if (text.length > max)
    throw new QueryError(`“${name}” is limited to ${max} characters (got ${text.length}).`);
  return text;
}

/** The focused option's text in an autocomplete, capped so a pasted essay costs nothing. */
export function focusedText(interaction: AutocompleteCall): string {
  return String(interaction.options.getFocused(true).value).slice(0, INPUT_LIMITS.option);
}

/**
 * The place of a story by id, for citations: its dateline's place, or none. The first place a story
 * names is not where it was filed ("… · Utah" for a House panel story).
 */
export function placeOfStory(stories: StoryService): (id: string) => string | null {
  return (id) => {
    const story = stories.getStory(id);
    return story ? datelinePlace(story) : null;
  };
}

/** The conversation a command or message belongs to: one per user in each channel (or direct message). */
export function conversationKey(userId: string, channelId: string | null | undefined): string {
  return `${channelId ?? 'direct'}:${userId}`;
}

/** The `story` option of /summary, /story and /speakers: a story id, autocompleted from headlines. */
export function storyOption(description: string, required: boolean) {
  return (option: SlashCommandStringOption) =>
    option
      .setName('story')
      .setDescription(description)
      .setRequired(required)
      .setMaxLength(INPUT_LIMITS.option)
      .setAutocomplete(true);
}

/** Autocomplete of a `story` option: the headlines that match what is typed, newest first. */
export async function autocompleteStory(
  interaction: AutocompleteCall,
  context: CommandContext,
): Promise<Choice[]> {
  return context.stories.suggestStories(focusedText(interaction), 25);
}
