/**
 * The discord.js client with only the intents we use. Guilds (slash commands arrive as interactions
 * regardless), GuildMessages for mentions: Discord sends a message's content to a bot without the
 * privileged MessageContent intent when the message mentions the bot, which is all we read; and
 * DirectMessages, whose content always comes (every direct message is a question to the bot).
 * All REST calls, and so the gateway address (from `/gateway/bot`), go through `DISCORD_API_URL`.
 */
import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { Config } from '../config.ts';

/**
 * The shards this process connects, all from one client and so over one copy of the stories: the ids
 * and the bot's total count, or `auto` for as many as Discord recommends.
 */
type Sharding = { shards: number[]; shardCount: number } | { shards: 'auto' };

/**
 * SHARDS of SHARD_COUNT, or all SHARD_COUNT shards; else Discord's recommendation when asked for
 * (`npm run start:sharded`), else one shard.
 */
export function shardingOf(config: Pick<Config, 'SHARDS' | 'SHARD_COUNT'>, recommended: boolean): Sharding {
  const count = config.SHARD_COUNT;
  if (count !== undefined)
    return { shards: config.SHARDS ?? Array.from({ length: count }, (_, id) => id), shardCount: count };
  return recommended ? { shards: 'auto' } : { shards: [0], shardCount: 1 };
}

export function createClient(apiUrl: string, sharding: Sharding = { shards: [0], shardCount: 1 }): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached before their first message; without this discord.js drops it.
    partials: [Partials.Channel],
    rest: { api: apiUrl },
    // A safety net under every payload's own allowedMentions.
    allowedMentions: { parse: [], repliedUser: false },
    // A question deleted before its answer is ready still gets the answer, as a plain message.
    failIfNotExists: false,
    // Always given: discord.js would otherwise read SHARDS from the environment, as JSON (`[0,1]`).
    ...sharding,
  });
}
