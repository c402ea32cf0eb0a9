/**
 * `npm run start:sharded` against the fake Discord: the shard count comes from `/gateway/bot` (or
 * SHARD_COUNT), every shard identifies with its own `[id, count]`, and the shard that owns the server
 * answers its commands.
 */
import type { APIEmbed } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../fakeDiscord/fakeDiscord.ts';
import { shardOfGuild } from '../fakeDiscord/gateway.ts';
import { type BotProcess, startBotProcess } from '../helpers/botProcess.ts';
import { discordEnv, runDeployCommands } from '../helpers/e2eBot.ts';
import { makeStoryFolder, type StoryFolder } from '../helpers/storyFolder.ts';

let discord: FakeDiscord;
let folder: StoryFolder;
let bot: BotProcess;

beforeAll(async () => {
  discord = await startFakeDiscord({ timeoutMs: 40_000 });
  folder = makeStoryFolder();
  bot = await startBotProcess({
    discord,
    entry: 'dist/src/discord/sharded.js',
    storiesDir: folder.dir,
    cacheDir: folder.cacheDir,
    env: { SHARD_COUNT: '2' },
    waitForReady: false,
  });
  // discord.js spaces shard launches (identify limits), so both shards take several seconds.
  await discord.waitFor(() => discord.identifies >= 2 && discord.gateway.connected, {
    description: 'both shards to identify',
    timeoutMs: 60_000,
  });
  const { code, output } = await runDeployCommands(discordEnv(discord));
  if (code !== 0) throw new Error(`deploy-commands failed: ${output}`);
}, 120_000);

afterAll(async () => {
  await bot?.stop();
  await discord?.close();
  folder?.cleanup();
});

describe('the sharded bot', () => {
  it('identifies every shard with its id and the count', () => {
    const shards = discord.gateway.shardsIdentified.map(([id, count]) => `${id}/${count}`).sort();
    expect(shards).toEqual(['0/2', '1/2']);
    expect(discord.gateway.protocolErrors).toEqual([]);
  });

  it('answers a command through the shard that owns the server', async () => {
    const owner = shardOfGuild(discord.world.guildId, 2);
    const outcome = await discord.sendSlashCommand({ name: 'help', user: discord.newPerson('shardreader') });
    expect(outcome.callback.type).toBe(4);
    expect((outcome.answer.embeds as APIEmbed[])[0]?.title).toBe('newsbot help');
    // Each shard logs ready with the guilds it holds: only the owner of the server has it.
    const ready = bot.lines
      .filter((line) => line.includes('"msg":"ready'))
      .map((line) => JSON.parse(line) as { shards: string; guilds: number });
    expect(ready.map((entry) => [entry.shards, entry.guilds]).sort()).toEqual([
      ['0', owner === 0 ? 1 : 0],
      ['1', owner === 1 ? 1 : 0],
    ]);
  });
});
