/**
 * `npm run deploy-commands`: registers the slash commands in DISCORD_GUILD_ID (takes effect at once)
 * or globally (up to an hour), through the REST API at DISCORD_API_URL.
 */
import { pathToFileURL } from 'node:url';
import { REST, type RESTPostAPIChatInputApplicationCommandsJSONBody, Routes } from 'discord.js';
import { commands } from '../../commands/index.ts';
import { type Config, ConfigError, loadConfig } from '../config.ts';

export class DeployError extends Error {
  override name = 'DeployError';
}

export function commandPayloads(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((command) => command.data.toJSON());
}

export async function deployCommands(config: Config): Promise<{ count: number; scope: string }> {
  if (!config.DISCORD_TOKEN)
    throw new DeployError(
      'DISCORD_TOKEN is not set: put the bot token in .env (see README, "Connecting to Discord").',
    );
  if (!config.DISCORD_CLIENT_ID)
    throw new DeployError(
      'DISCORD_CLIENT_ID is not set: put the application id (Developer Portal → General Information) in .env.',
    );
  const rest = new REST({ api: config.DISCORD_API_URL }).setToken(config.DISCORD_TOKEN);
  const body = commandPayloads();
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(config.DISCORD_CLIENT_ID, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(config.DISCORD_CLIENT_ID);
  const result = (await rest.put(route, { body })) as unknown[];
  return {
    count: Array.isArray(result) ? result.length : body.length,
    scope: config.DISCORD_GUILD_ID
      ? `server ${config.DISCORD_GUILD_ID}`
      : 'all servers (global; may take up to an hour)',
  };
}

async function main(): Promise<number> {
  try {
    const config = await loadConfig();
    const { count, scope } = await deployCommands(config);
    process.stdout.write(`Registered ${count} commands in ${scope}.\n`);
    return 0;
  } catch (error) {
    if (error instanceof DeployError || error instanceof ConfigError)
      process.stderr.write(`${error.message}\n`);
    else
      process.stderr.write(
        `Registering the commands failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then((code) => process.exit(code));
}
