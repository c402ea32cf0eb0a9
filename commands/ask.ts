import { SlashCommandBuilder } from '@discordjs/builders';
import { InteractionContextType } from 'discord-api-types/v10';
import { askReply } from '../src/format/cards.ts';
import { INPUT_LIMITS } from '../src/format/limits.ts';
import type { Reply } from '../src/format/reply.ts';
import { QueryError } from '../src/library/results.ts';
import { type CommandCall, type CommandContext, conversationKey, placeOfStory, readText } from './context.ts';

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask a question about the stories')
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .addStringOption((option) =>
    option
      .setName('question')
      .setDescription('e.g. What did Psaki say about Iraq?')
      .setRequired(true)
      .setMaxLength(INPUT_LIMITS.question),
  );

export const usage = '/ask question';

/** The answer to a free question, shared by /ask, mentions and the chat's plain lines. */
export function answerQuestion(question: string, context: CommandContext, conversation?: string): Reply {
  const text = question.trim();
  if (!text) throw new QueryError('Ask me something, e.g. “What did Psaki say about Iraq?”');
  if (text.length > INPUT_LIMITS.question)
    throw new QueryError(
      `Questions are limited to ${INPUT_LIMITS.question} characters (got ${text.length}).`,
    );
  const result = context.stories.ask(text, conversation);
  return askReply(result, placeOfStory(context.stories));
}

export async function execute(interaction: CommandCall, context: CommandContext): Promise<Reply> {
  return answerQuestion(
    readText(interaction.options, 'question', INPUT_LIMITS.question) ?? '',
    context,
    conversationKey(interaction.user.id, interaction.channelId),
  );
}
