/**
 * `npm start` with a token: connects to Discord while it opens the story folder (answering "still
 * loading" meanwhile), routes commands, autocomplete, buttons and mentions, optionally reloads on file
 * changes, and shuts down cleanly on SIGINT/SIGTERM.
 */
import { type Client, Events } from 'discord.js';
import type { StoryService } from '../../commands/context.ts';
import { commandsByName, helpEntries } from '../../commands/index.ts';
import { type OpenedStories, openStoryService, productVersion } from '../../commands/service.ts';
import type { Config } from '../config.ts';
import type { LoadProgress } from '../library/loadProgress.ts';
import { createLogger, type Logger } from '../log.ts';
import { createClient, shardingOf } from './client.ts';
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

/** How long a stop on SIGTERM/SIGINT may take before the process exits anyway. */
const STOP_TIMEOUT_MS = 4000;

export interface RunningBot {
  stop(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  /** Exit the process on SIGINT/SIGTERM after stopping (default true). */
  handleSignals?: boolean;
  /** Without SHARD_COUNT, connect as many shards as Discord recommends instead of one (see shardingOf). */
  recommendedShards?: boolean;
}

export async function startBot(config: Config, options: StartOptions = {}): Promise<RunningBot> {
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is not set');
  const logger = withSafeErrors(options.logger ?? createLogger({ level: config.LOG_LEVEL }));
  // The gateway connects while the stories load: asked meanwhile, the bot says how far the load has got.
  const progress: LoadProgress = { done: 0, total: 0, elapsedMs: 0 };
  let opened: OpenedStories | null = null;
  // What the commands use; filled in when the first load ends (until then the router answers "still
  // loading" and never calls it).
  const service = {} as StoryService;
  let ready = false;
  const metrics = config.METRICS_PORT
    ? await (await import('./metrics.ts')).startMetrics(config.METRICS_PORT, () => {
        const info = opened?.service.info();
        return {
          ready,
          stories: info?.stories ?? 0,
          lastReload: info?.lastReload?.toISOString() ?? null,
          loading: opened ? null : { done: progress.done, total: progress.total },
        };
      })
    : null;
  if (metrics) logger.info({ port: metrics.port }, 'serving /healthz and /metrics');
  const client = createClient(config.DISCORD_API_URL, shardingOf(config, options.recommendedShards ?? false));
  const router = createRouter({
    stories: service,
    config,
    logger,
    version: productVersion(),
    commands: commandsByName,
    help: helpEntries,
    loading: () => (opened ? null : progress),
    ...(metrics ? { onAnswer: metrics.answered } : {}),
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
  client.on(Events.ShardReady, (id) => logger.info({ shard: id }, 'shard connected'));
  client.on(Events.ShardDisconnect, (_event, id) => logger.warn({ shard: id }, 'shard disconnected'));
  client.on(Events.ShardReconnecting, (id) => logger.info({ shard: id }, 'shard reconnecting'));

  let stopWatching: (() => void) | null = null;
  // Signals are handled from here on, before connecting: a stop during the first load is clean too, and
  // no signal can arrive between `ready` and the handlers (the default action would kill the process).
  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      logger.info('shutting down');
      stopWatching?.();
      // Closing the connection on purpose is not a disconnect worth reporting.
      client.removeAllListeners(Events.ShardDisconnect).removeAllListeners(Events.ShardReconnecting);
      await client.destroy();
      await opened?.close();
      await metrics?.close();
    })();
    return stopping;
  };

  if (options.handleSignals !== false) {
    // `on`, not `once`: a signal to the process group reaches us twice (directly, and forwarded by npm),
    // and a second one must not kill the process halfway through closing the gateway.
    const onSignal = (signal: NodeJS.Signals) => {
      logger.info({ signal }, 'signal received');
      if (stopping) return;
      // Service managers give about 10 s before SIGKILL; a stop that hangs still ends, with status 1.
      setTimeout(() => {
        logger.error({ signal }, 'shutdown took too long; exiting');
        process.exit(1);
      }, STOP_TIMEOUT_MS).unref();
      void stop().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    // A stray rejection in a handler is logged; it must not take the bot down.
    process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
  }
  const opening = openStoryService(config, logger, {
    onProgress: (update) => Object.assign(progress, update),
  }).then((result) => {
    Object.assign(service, result.service, {
      // Every reload, by /reload or a folder change, is counted.
      async reload() {
        const report = await result.service.reload();
        metrics?.reloaded(report);
        return report;
      },
    } satisfies Partial<StoryService>);
    opened = result;
    logger.info({ stories: result.service.info().stories, dir: config.STORIES_DIR }, 'stories loaded');
    return result;
  });

  const connected = new Promise<void>((resolve) => {
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
      if (!opened) logger.info({ ...progress }, 'connected to Discord; still loading the stories');
      resolve();
    });
  });
  let stories: OpenedStories;
  try {
    [stories] = await Promise.all([
      opening,
      Promise.race([
        client.login(config.DISCORD_TOKEN).then(() => connected),
        gatewayUnreachable(client, logger),
      ]),
    ]);
  } catch (error) {
    // An unusable story folder or a rejected token: nothing stays open behind the error.
    await client.destroy();
    await metrics?.close();
    void opening.then((result) => result.close()).catch(() => undefined);
    throw error;
  }
  // Watching before `ready` is logged: a file added once the bot says it is ready is never missed.
  if (config.STORIES_WATCH)
    stopWatching = stories.library.watch((report) => {
      metrics?.reloaded(report);
      logger.info(
        {
          added: report.added.length,
          changed: report.changed.length,
          removed: report.removed.length,
          failed: report.failed.length,
          error: report.error,
          // The paths the watcher saw change, when only they were looked at (else every file was listed).
          ...(report.watchedPaths === undefined ? {} : { watchedPaths: report.watchedPaths }),
        },
        'stories reloaded (folder changed)',
      );
    });
  const stats = stories.service.info();
  logger.info(
    {
      user: client.user?.tag,
      id: client.user?.id,
      shards: [...client.ws.shards.keys()],
      guilds: client.guilds.cache.size,
      stories: stats.stories,
      dir: config.STORIES_DIR,
    },
    'ready: connected to Discord, handlers registered',
  );
  ready = true;

  return { stop };
}
