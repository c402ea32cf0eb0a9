/**
 * `npm run start:sharded`: runs the bot as several shards with discord.js's ShardingManager. The shard
 * count comes from `/gateway/bot` at DISCORD_API_URL (discord.js's own "auto" would ask discord.com),
 * or from SHARD_COUNT when set.
 */
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import { ConfigError, loadConfig } from '../config.ts';
import { createLogger } from '../log.ts';

async function recommendedShards(apiUrl: string, token: string): Promise<number> {
  const rest = new REST({ api: apiUrl }).setToken(token);
  const gateway = (await rest.get(Routes.gatewayBot())) as { shards?: number };
  return Math.max(1, Number(gateway.shards) || 1);
}

async function main(): Promise<void> {
  const config = await loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL, name: 'newsbot-shards' });
  if (!config.DISCORD_TOKEN) {
    process.stderr.write('DISCORD_TOKEN is not set: sharding needs a bot token (see README).\n');
    process.exit(1);
  }
  const totalShards =
    config.SHARD_COUNT ?? (await recommendedShards(config.DISCORD_API_URL, config.DISCORD_TOKEN));
  // Built, each shard is the compiled module run by plain node; from the sources, TypeScript run by tsx.
  const built = import.meta.url.endsWith('.js');
  const manager = new ShardingManager(
    fileURLToPath(new URL(built ? './shard.js' : './shard.ts', import.meta.url)),
    {
      token: config.DISCORD_TOKEN,
      totalShards,
      mode: 'process',
      execArgv: built ? [] : ['--import', 'tsx'],
    },
  );
  manager.on('shardCreate', (shard) => logger.info({ shard: shard.id, of: totalShards }, 'shard launched'));
  const stop = () => {
    logger.info('shutting down shards');
    for (const shard of manager.shards.values()) shard.kill();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await manager.spawn({ amount: totalShards });
  logger.info({ shards: totalShards }, 'all shards spawned');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`sharding failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
