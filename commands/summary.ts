import { SlashCommandBuilder } from '@discordjs/builders';
import { InteractionContextType } from 'discord-api-types/v10';
import { summaryReply } from '../src/format/cards.ts';
import type { Reply } from '../src/format/reply.ts';
import { QueryError } from '../src/library/results.ts';
import {
  autocompleteStory,
  type CommandCall,
  type CommandContext,
  readText,
  storyOption,
} from './context.ts';

export const data = new SlashCommandBuilder()
  .setName('summary')
  .setDescription("A story's summary")
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .addStringOption(storyOption('The story: start typing its headline', true));

export const usage = '/summary story';

export async function execute(interaction: CommandCall, context: CommandContext): Promise<Reply> {
  const story = readText(interaction.options, 'story');
  if (!story) throw new QueryError('Which story? Give its id or a few words of its headline.');
  return summaryReply(context.stories.summarizeStory(story));
}

export const autocomplete = autocompleteStory;
