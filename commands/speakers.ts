import { SlashCommandBuilder } from '@discordjs/builders';
import { InteractionContextType } from 'discord-api-types/v10';
import { noticeReply, speakersReply } from '../src/format/cards.ts';
import type { Reply } from '../src/format/reply.ts';
import {
  autocompleteStory,
  type CommandCall,
  type CommandContext,
  readText,
  storyOption,
} from './context.ts';

export const data = new SlashCommandBuilder()
  .setName('speakers')
  .setDescription('Who is quoted, and how often')
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .addStringOption(storyOption('Only in this story (start typing its headline)', false));

export const usage = '/speakers [story]';

export async function execute(interaction: CommandCall, context: CommandContext): Promise<Reply> {
  const ref = readText(interaction.options, 'story');
  if (!ref) return speakersReply(context.stories.listSpeakers());
  const { story } = context.stories.resolveStory(ref);
  if (!story)
    return noticeReply('No story matches. Try a few words of its headline, or `/stories`.', {
      ephemeral: true,
    });
  return speakersReply(context.stories.listSpeakers(story.id), story);
}

export const autocomplete = autocompleteStory;
