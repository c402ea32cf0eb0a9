/**
 * One end-to-end setup per test file: a fake Discord, a temporary story folder, the real bot process
 * connected to it, and the bot's slash commands registered the way the product deploys them.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type FakeDiscord, startFakeDiscord } from '../fakeDiscord/fakeDiscord.ts';
import { type BotProcess, startBotProcess } from './botProcess.ts';
import { makeStoryFolder, REPO_ROOT, type StoryFolder } from './storyFolder.ts';

export interface E2E {
  discord: FakeDiscord;
  /** The running bot process (replaced by `restartBot`). */
  bot: BotProcess;
  folder: StoryFolder;
  /** Stops the bot process and starts a new one on the same fake Discord, folder and cache. */
  restartBot(): Promise<BotProcess>;
  stop(): Promise<void>;
}

export interface E2EOptions {
  /** Story files to add to the copy of `stories/`. */
  files?: Record<string, string>;
  /** Make the world's `admin` person an admin through ADMIN_USER_IDS (default true). */
  adminByUserId?: boolean;
  /** Role ids to list in ADMIN_ROLE_IDS, chosen from the fake's world. */
  adminRoleIds?: (discord: FakeDiscord) => string[];
  env?: Record<string, string>;
  /** Enforce Discord's deadline for the first response to an interaction (see FakeDiscordOptions). */
  interactionDeadlineMs?: number;
}

const DEPLOY_SCRIPT = join(REPO_ROOT, 'dist/src/discord/deployCommands.js');

/** Runs the product's deploy step (`npm run deploy-commands`) with this environment. */
export async function runDeployCommands(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [DEPLOY_SCRIPT], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, output };
}

/** The environment pointing the product at the fake Discord. */
export function discordEnv(discord: FakeDiscord, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DISCORD_TOKEN: discord.token,
    DISCORD_API_URL: discord.apiUrl,
    DISCORD_CLIENT_ID: discord.world.applicationId,
    DISCORD_GUILD_ID: discord.world.guildId,
    LOG_LEVEL: 'info',
    ...extra,
  };
}

/** Registers the bot's commands as `npm run deploy-commands` would, when the bot did not itself. */
async function ensureCommands(discord: FakeDiscord, env: Record<string, string>): Promise<void> {
  if (discord.commands().length > 0) return;
  if (existsSync(DEPLOY_SCRIPT)) {
    const { code, output } = await runDeployCommands(env);
    if (code !== 0) throw new Error(`deploy-commands exited with ${code}:\n${output}`);
    if (discord.commands().length === 0) throw new Error(`deploy-commands registered nothing:\n${output}`);
    return;
  }
  // No deploy step yet: register the definitions the bot serves, through the fake's own checks.
  const { commands } = await import('../../commands/index.ts');
  discord.seedCommands(commands.map((command) => command.data.toJSON()));
}

export async function startE2E(options: E2EOptions = {}): Promise<E2E> {
  const discord = await startFakeDiscord({
    heartbeatInterval: 5000,
    timeoutMs: 20_000,
    interactionDeadlineMs: options.interactionDeadlineMs,
  });
  const folder = makeStoryFolder({ files: options.files });
  let bot: BotProcess | undefined;
  const admins = options.adminByUserId === false ? [] : [discord.world.admin.user.id];
  try {
    bot = await startBotProcess({
      discord,
      storiesDir: folder.dir,
      cacheDir: folder.cacheDir,
      adminUserIds: admins,
      adminRoleIds: options.adminRoleIds?.(discord) ?? [],
      env: options.env,
    });
    await discord.waitForGatewayReady();
    await ensureCommands(
      discord,
      discordEnv(discord, { STORIES_DIR: folder.dir, CACHE_DIR: folder.cacheDir }),
    );
  } catch (error) {
    await bot?.stop();
    await discord.close();
    folder.cleanup();
    throw error;
  }
  const e2e: E2E = {
    discord,
    bot,
    folder,
    async restartBot() {
      await e2e.bot.stop();
      const ready = discord.gateway.stats.readyConnections;
      e2e.bot = await startBotProcess({
        discord,
        storiesDir: folder.dir,
        cacheDir: folder.cacheDir,
        adminUserIds: admins,
        adminRoleIds: options.adminRoleIds?.(discord) ?? [],
        env: options.env,
      });
      await discord.waitForGatewayReady(ready);
      return e2e.bot;
    },
    async stop() {
      await e2e.bot.stop();
      await discord.close();
      folder.cleanup();
    },
  };
  return e2e;
}
