import { SlashCommandBuilder } from '@discordjs/builders';
import { InteractionContextType } from 'discord-api-types/v10';
import { aboutReply } from '../src/format/cards.ts';
import type { Reply } from '../src/format/reply.ts';
import type { CommandCall, CommandContext } from './context.ts';

export const data = new SlashCommandBuilder()
  .setName('about')
  .setDescription('How many stories I know, their dates, the last reload and my version')
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM);

export const usage = '/about';

export async function execute(_interaction: CommandCall, context: CommandContext): Promise<Reply> {
  return aboutReply({ ...context.stories.info(), version: context.version });
}
