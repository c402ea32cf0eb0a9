import { SlashCommandBuilder } from '@discordjs/builders';
import { InteractionContextType } from 'discord-api-types/v10';
import { helpReply } from '../src/format/cards.ts';
import type { Reply } from '../src/format/reply.ts';
import type { CommandCall, CommandContext } from './context.ts';

export const data = new SlashCommandBuilder()
  .setName('help')
  .setDescription('What I can do, and how to ask')
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM);

export const usage = '/help';

export async function execute(_interaction: CommandCall, context: CommandContext): Promise<Reply> {
  return helpReply(context.help);
}
