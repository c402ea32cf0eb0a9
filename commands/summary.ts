import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { summaryReply } from '../src/format/cards.ts';
import type { Reply } from '../src/format/reply.ts';
import { QueryError } from '../src/library/results.ts';
import {
  type AutocompleteCall,
  type Choice,
  type CommandCall,
  type CommandContext,
  focusedText,
  readText,
} from './context.ts';

export const data = new SlashCommandBuilder()
  .setName('summary')
  .setDescription("A story's summary")
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .addStringOption((option) =>
    option
      .setName('story')
      .setDescription('The story: start typing its headline')
      .setRequired(true)
      .setMaxLength(100)
      .setAutocomplete(true),
  );

export const usage = '/summary story';

export async function execute(interaction: CommandCall, context: CommandContext): Promise<Reply> {
  const story = readText(interaction.options, 'story');
  if (!story) throw new QueryError('Which story? Give its id or a few words of its headline.');
  return summaryReply(context.stories.summarizeStory(story));
}

export async function autocomplete(
  interaction: AutocompleteCall,
  context: CommandContext,
): Promise<Choice[]> {
  return context.stories.suggestStories(focusedText(interaction), 25);
}
