import { SlashCommandBuilder } from '@discordjs/builders';
import { InteractionContextType } from 'discord-api-types/v10';
import { storiesReply } from '../src/format/cards.ts';
import type { Reply } from '../src/format/reply.ts';
import type { StoriesQuery } from '../src/library/results.ts';
import {
  type AutocompleteCall,
  type Choice,
  type CommandCall,
  type CommandContext,
  focusedText,
  readText,
} from './context.ts';

export const data = new SlashCommandBuilder()
  .setName('stories')
  .setDescription('Find stories by date, place and topic')
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .addStringOption((option) =>
    option
      .setName('date')
      .setDescription('A day or period: 2014-09-15, Sept 15 2014, March 1987')
      .setMaxLength(100),
  )
  .addStringOption((option) => option.setName('from').setDescription('From this date on').setMaxLength(100))
  .addStringOption((option) => option.setName('to').setDescription('Up to this date').setMaxLength(100))
  .addStringOption((option) =>
    option
      .setName('place')
      .setDescription('A city, country or region')
      .setMaxLength(100)
      .setAutocomplete(true),
  )
  .addStringOption((option) =>
    option.setName('topic').setDescription('Words the story is about').setMaxLength(100),
  );

export const usage = '/stories [date] [from] [to] [place] [topic]';

export const LIMIT = 50;

export async function execute(interaction: CommandCall, context: CommandContext): Promise<Reply> {
  const query: StoriesQuery = { limit: LIMIT };
  for (const name of ['date', 'from', 'to', 'place', 'topic'] as const) {
    const value = readText(interaction.options, name);
    if (value !== undefined) query[name] = value;
  }
  return storiesReply(context.stories.findStories(query));
}

export async function autocomplete(
  interaction: AutocompleteCall,
  context: CommandContext,
): Promise<Choice[]> {
  return context.stories.suggestPlaces(focusedText(interaction), 25);
}
