import { SlashCommandBuilder } from '@discordjs/builders';
import { InteractionContextType } from 'discord-api-types/v10';
import { noticeReply, storyReply } from '../src/format/cards.ts';
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
  .setName('story')
  .setDescription("A story's card: summary, people quoted, top quotes and its full text")
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .addStringOption(storyOption('The story: start typing its headline', true));

export const usage = '/story story';

export async function execute(interaction: CommandCall, context: CommandContext): Promise<Reply> {
  const ref = readText(interaction.options, 'story');
  if (!ref) throw new QueryError('Which story? Give its id or a few words of its headline.');
  const { story, alternatives } = context.stories.resolveStory(ref);
  if (story) return storyReply(story, { files: context.stories.filesOf?.(story.id) ?? [] });
  if (alternatives.length > 0)
    return noticeReply(
      `Which story did you mean?\n${alternatives.map((alt) => `• ${alt.headline} (\`${alt.id}\`)`).join('\n')}`,
      { ephemeral: true },
    );
  return noticeReply('No story matches. Try a few words of its headline, or `/stories`.', {
    ephemeral: true,
  });
}

export const autocomplete = autocompleteStory;
