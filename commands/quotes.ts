import { SlashCommandBuilder } from '@discordjs/builders';
import { InteractionContextType } from 'discord-api-types/v10';
import { quotesReply } from '../src/format/cards.ts';
import type { Reply } from '../src/format/reply.ts';
import { QueryError, type QuotesQuery } from '../src/library/results.ts';
import {
  type AutocompleteCall,
  type Choice,
  type CommandCall,
  type CommandContext,
  focusedText,
  placeOfStory,
  readText,
} from './context.ts';

export const data = new SlashCommandBuilder()
  .setName('quotes')
  .setDescription('What someone said in the stories')
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .addStringOption((option) =>
    option
      .setName('speaker')
      .setDescription('Who said it (a name or part of one)')
      .setRequired(true)
      .setMaxLength(100)
      .setAutocomplete(true),
  )
  .addStringOption((option) =>
    option.setName('about').setDescription('Words the quote is about').setMaxLength(100),
  )
  .addStringOption((option) => option.setName('from').setDescription('From this date on').setMaxLength(100))
  .addStringOption((option) => option.setName('to').setDescription('Up to this date').setMaxLength(100));

export const usage = '/quotes speaker [about] [from] [to]';

export const LIMIT = 25;

export async function execute(interaction: CommandCall, context: CommandContext): Promise<Reply> {
  const speaker = readText(interaction.options, 'speaker');
  if (!speaker) throw new QueryError('Tell me whose quotes to find, e.g. `/quotes speaker:Psaki`.');
  const query: QuotesQuery = { speaker, limit: LIMIT };
  for (const name of ['about', 'from', 'to'] as const) {
    const value = readText(interaction.options, name);
    if (value !== undefined) query[name] = value;
  }
  return quotesReply(context.stories.findQuotes(query), placeOfStory(context.stories));
}

export async function autocomplete(
  interaction: AutocompleteCall,
  context: CommandContext,
): Promise<Choice[]> {
  return context.stories.suggestSpeakers(focusedText(interaction), 25);
}
