/**
 * One shard's process under `npm run start:sharded`. discord.js's ShardingManager passes the shard ids
 * and count in the environment (SHARDS, SHARD_COUNT), which the client reads; each shard loads the
 * same story folder.
 */
import { loadConfig } from '../config.ts';
import { startBot } from './bot.ts';

loadConfig()
  .then((config) => startBot(config))
  .catch((error: unknown) => {
    process.stderr.write(
      `shard failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
