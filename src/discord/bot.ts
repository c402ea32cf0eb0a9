/**
 * `npm start` with a token: opens the story folder, connects to Discord, routes commands, autocomplete,
 * buttons and mentions, optionally reloads on file changes, and shuts down cleanly on SIGINT/SIGTERM.
 */
import { type Client, Events } from 'discord.js';
import { commandsByName, helpEntries } from '../../commands/index.ts';
import { openStoryService, productVersion } from '../../commands/service.ts';
import type { Config } from '../config.ts';
import { createLogger, type Logger } from '../log.ts';
import { createClient } from './client.ts';
import { commandPayloads } from './deployCommands.ts';
import { mendPacket } from './packets.ts';
import { createRouter } from './router.ts';
import { withSafeErrors } from './safeErrors.ts';
import { GatewayUnreachableError } from './startError.ts';
import { syncCommands } from './syncCommands.ts';

/** How long `ready` waits for the slash commands to be registered. */
const SYNC_WAIT_MS = 3000;

/** Failed connections to the gateway before start gives up (discord.js retries every 0.5 s for ever). */
const GATEWAY_TRIES = 5;

/**
 * Rejects once the gateway has failed to connect `GATEWAY_TRIES` times before the bot is ready.
 * discord.js reports these network failures only as debug messages, so those are what it counts.
 */
function gatewayUnreachable(client: Client, logger: Logger): Promise<never> {
  let failures = 0;
  const unreachable = new Promise<never>((_resolve, reject) => {
    const onDebug = (message: string) => {
      if (!/failed to connect to the gateway.*network error/i.test(message)) return;
      failures++;
      if (failures === 1) logger.warn('cannot reach the Discord gateway; retrying');
      if (failures < GATEWAY_TRIES) return;
      client.off(Events.Debug, onDebug);
      reject(new GatewayUnreachableError(failures));
    };
    client.on(Events.Debug, onDebug);
    client.once(Events.ClientReady, () => client.off(Events.Debug, onDebug));
  });
  unreachable.catch(() => {});
  return unreachable;
}

export interface RunningBot {
  stop(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  /** Exit the process on SIGINT/SIGTERM after stopping (default true). */
  handleSignals?: boolean;
}

export async function startBot(config: Config, options: StartOptions = {}): Promise<RunningBot> {
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is not set');
  const shard = process.env.SHARDS ? { shards: process.env.SHARDS } : {};
  const logger = withSafeErrors(options.logger ?? createLogger({ level: config.LOG_LEVEL }).child(shard));
  const opened = await openStoryService(config, logger);
  const stats = opened.service.info();
  logger.info({ stories: stats.stories, dir: config.STORIES_DIR }, 'stories loaded');

  const client = createClient(config.DISCORD_API_URL);
  const router = createRouter({
    stories: opened.service,
    config,
    logger,
    version: productVersion(),
    commands: commandsByName,
    help: helpEntries,
  });

  // Emitted synchronously before discord.js handles the packet, so mending it here takes effect.
  client.on(Events.Raw, (packet: { t?: string | null; d?: unknown }) => mendPacket(packet));
  client.on(Events.InteractionCreate, (interaction) => {
    void router.onInteraction(interaction);
  });
  client.on(Events.MessageCreate, (message) => {
    const botId = client.user?.id;
    if (botId) void router.onMessage(message, botId);
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'client warning'));
  client.on(Events.ShardDisconnect, (_event, id) => logger.warn({ shard: id }, 'shard disconnected'));
  client.on(Events.ShardReconnecting, (id) => logger.info({ shard: id }, 'shard reconnecting'));

  let stopWatching: (() => void) | null = null;
  if (config.STORIES_WATCH)
    stopWatching = opened.library.watch((report) =>
      logger.info(
        {
          added: report.added.length,
          changed: report.changed.length,
          removed: report.removed.length,
          failed: report.failed.length,
          error: report.error,
        },
        'stories reloaded (folder changed)',
      ),
    );

  const ready = new Promise<void>((resolve) => {
    client.once(Events.ClientReady, async (ready) => {
      const syncing = syncCommands(
        client.rest,
        { applicationId: config.DISCORD_CLIENT_ID ?? ready.application.id, guildId: config.DISCORD_GUILD_ID },
        commandPayloads(),
        logger,
      );
      // Registered commands before `ready` when Discord answers promptly; a slow answer (rate limit,
      // outage) must not hold up serving, so it finishes in the background.
      let waited: NodeJS.Timeout | undefined;
      await Promise.race([
        syncing,
        new Promise<void>((resolve) => {
          waited = setTimeout(resolve, SYNC_WAIT_MS);
        }),
      ]);
      clearTimeout(waited);
      logger.info(
        { user: ready.user.tag, id: ready.user.id, guilds: ready.guilds.cache.size, stories: stats.stories },
        'ready: connected to Discord, handlers registered',
      );
      resolve();
    });
  });
  try {
    await Promise.race([
      client.login(config.DISCORD_TOKEN).then(() => ready),
      gatewayUnreachable(client, logger),
    ]);
  } catch (error) {
    stopWatching?.();
    await client.destroy().catch(() => {});
    await opened.close();
    throw error;
  }

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      logger.info('shutting down');
      stopWatching?.();
      // Closing the connection on purpose is not a disconnect worth reporting.
      client.removeAllListeners(Events.ShardDisconnect).removeAllListeners(Events.ShardReconnecting);
      await client.destroy();
      await opened.close();
    })();
    return stopping;
  };

  if (options.handleSignals !== false) {
    const onSignal = (signal: NodeJS.Signals) => {
      logger.info({ signal }, 'signal received');
      void stop().finally(() => process.exit(0));
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    // A stray rejection in a handler is logged; it must not take the bot down.
    process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
  }
  return { stop };
}
