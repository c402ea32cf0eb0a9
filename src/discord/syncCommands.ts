/**
 * At start, the bot makes sure Discord knows its slash commands as they are defined now: it reads the
 * registered ones (in DISCORD_GUILD_ID, else globally) and bulk-overwrites them only when one of ours is
 * missing or differs, so a prior `npm run deploy-commands` costs one read and changes nothing.
 */
import { type REST, type RESTPostAPIChatInputApplicationCommandsJSONBody, Routes } from 'discord.js';
import type { Logger } from '../log.ts';

interface OptionShape {
  name?: string;
  description?: string;
  type?: number;
  required?: boolean;
  autocomplete?: boolean;
  max_length?: number;
  min_length?: number;
  options?: OptionShape[];
}

interface CommandShape extends OptionShape {
  default_member_permissions?: string | null;
  contexts?: number[] | null;
}

/** What makes two definitions the same for a user: names, texts, types, limits, permissions, contexts. */
function shapeOf(command: CommandShape): string {
  const option = (o: OptionShape): unknown => ({
    name: o.name,
    description: o.description,
    type: o.type,
    required: o.required ?? false,
    autocomplete: o.autocomplete ?? false,
    max_length: o.max_length ?? null,
    min_length: o.min_length ?? null,
    options: (o.options ?? []).map(option),
  });
  return JSON.stringify({
    ...(option(command) as object),
    default_member_permissions: command.default_member_permissions ?? null,
    contexts: command.contexts ?? null,
  });
}

/** The commands of `wanted` that `registered` lacks or defines differently (by name). */
function outdatedCommands(
  wanted: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[],
  registered: readonly CommandShape[],
): string[] {
  const byName = new Map(registered.map((command) => [command.name, command]));
  return wanted
    .filter((command) => {
      const existing = byName.get(command.name);
      return !existing || shapeOf(existing) !== shapeOf(command as CommandShape);
    })
    .map((command) => command.name);
}

export async function syncCommands(
  rest: REST,
  target: { applicationId: string; guildId?: string | undefined },
  wanted: RESTPostAPIChatInputApplicationCommandsJSONBody[],
  logger: Logger,
): Promise<void> {
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  const scope = target.guildId ? `server ${target.guildId}` : 'global';
  try {
    const registered = (await rest.get(route)) as CommandShape[];
    const outdated = outdatedCommands(wanted, Array.isArray(registered) ? registered : []);
    if (outdated.length === 0) {
      logger.info({ scope, commands: wanted.length }, 'slash commands up to date');
      return;
    }
    await rest.put(route, { body: wanted });
    logger.info({ scope, commands: wanted.length, outdated }, 'slash commands registered');
  } catch (error) {
    // Serving goes on: commands registered earlier (or by deploy-commands) still reach us.
    logger.warn({ err: error, scope }, 'registering slash commands failed');
  }
}
