import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createClient, shardingOf } from '../../src/discord/client.ts';

describe('shardingOf', () => {
  it('runs every shard of SHARD_COUNT, or those SHARDS names', () => {
    expect(shardingOf({ SHARD_COUNT: 3, SHARDS: undefined }, false)).toEqual({
      shards: [0, 1, 2],
      shardCount: 3,
    });
    expect(shardingOf({ SHARD_COUNT: 4, SHARDS: [1, 3] }, true)).toEqual({ shards: [1, 3], shardCount: 4 });
  });

  it("takes Discord's recommendation only when asked to, else one shard", () => {
    expect(shardingOf({ SHARD_COUNT: undefined, SHARDS: undefined }, true)).toEqual({ shards: 'auto' });
    expect(shardingOf({ SHARD_COUNT: undefined, SHARDS: undefined }, false)).toEqual({
      shards: [0],
      shardCount: 1,
    });
  });
});

describe('createClient', () => {
  it('connects the shards it is given, all from one client', () => {
    const client = createClient('http://127.0.0.1:9/api', { shards: [1, 3], shardCount: 4 });
    expect(client.options).toMatchObject({ shards: [1, 3], shardCount: 4 });
  });

  it('starts with SHARD_COUNT empty in the environment, as `SHARD_COUNT=` in .env leaves it', async () => {
    process.env.SHARD_COUNT = '';
    const config = await loadConfig();
    const client = createClient('http://127.0.0.1:9/api', shardingOf(config, false));
    expect(client.options).toMatchObject({ shards: [0], shardCount: 1 });
  });
});
