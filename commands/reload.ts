import { SlashCommandBuilder } from '@discordjs/builders';
import { InteractionContextType } from 'discord-api-types/v10';
import { errorReply, reloadReply } from '../src/format/cards.ts';
import type { Reply } from '../src/format/reply.ts';
import type { CommandCall, CommandContext } from './context.ts';

export const data = new SlashCommandBuilder()
  .setName('reload')
  .setDescription('Reload the story folder (admins)')
  // No default permission: Discord cannot know ADMIN_USER_IDS / ADMIN_ROLE_IDS, and hiding the command
  // behind Manage Server would hide it from those admins. Everyone sees it; the check below decides.
  // Servers only: admin rights are the member's roles and permissions there.
  .setContexts(InteractionContextType.Guild)
  .setDMPermission(false);

export const usage = '/reload';

/** Reloading re-reads the folder: answer with an ephemeral "thinking…" first, then the report. */
export const defer = 'ephemeral';

export const DM_REFUSAL =
  '`/reload` works only in a server, where your admin rights can be checked. Run it in the server instead.';

export async function execute(interaction: CommandCall, context: CommandContext): Promise<Reply> {
  if (context.inServer === false) return errorReply(DM_REFUSAL);
  if (!context.callerIsAdmin)
    return errorReply(
      'Only admins can reload the stories (Manage Server, or listed in ADMIN_USER_IDS / ADMIN_ROLE_IDS).',
    );
  const report = await context.stories.reload();
  context.logger.info(
    {
      user: interaction.user.id,
      added: report.added.length,
      changed: report.changed.length,
      removed: report.removed.length,
      failed: report.failed.length,
      error: report.error,
    },
    'stories reloaded',
  );
  return reloadReply(report);
}
