/**
 * `npm run start:sharded` against the fake Discord: one process connects every shard (as many as
 * `/gateway/bot` recommends, or SHARD_COUNT), each identifying with its own `[id, count]`, answers
 * through the shard that owns the server from one copy of the stories, and stops every shard cleanly on
 * SIGTERM or SIGINT.
 */
import type { APIEmbed } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../fakeDiscord/fakeDiscord.ts';
import { type BotProcess, startBotProcess } from '../helpers/botProcess.ts';
import { discordEnv, runDeployCommands } from '../helpers/e2eBot.ts';
import { makeStoryFolder, type StoryFolder } from '../helpers/storyFolder.ts';

let discord: FakeDiscord;
let folder: StoryFolder;
let bot: BotProcess;

const startSharded = (env: Record<string, string> = {}) =>
  startBotProcess({
    discord,
    storiesDir: folder.dir,
    cacheDir: folder.cacheDir,
    command: ['npm', 'run', 'start:sharded'],
    // The leader of its own process group, as a service manager starts it.
    detached: true,
    env,
  });

/** Whether a process group still exists. */
function groupExists(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  // Two shards recommended, both allowed to identify at once (as Discord allows large bots).
  discord = await startFakeDiscord({ timeoutMs: 40_000, recommendedShards: 2, maxConcurrency: 4 });
  folder = makeStoryFolder();
  bot = await startSharded();
  const { code, output } = await runDeployCommands(discordEnv(discord));
  if (code !== 0) throw new Error(`deploy-commands failed: ${output}`);
}, 120_000);

afterAll(async () => {
  await bot?.stop();
  await discord?.close();
  folder?.cleanup();
});

const readyLines = (process: BotProcess) =>
  process.lines
    .filter((line) => line.includes('"msg":"ready'))
    .map((line) => JSON.parse(line) as { shards: number[]; guilds: number });

describe('the sharded bot', () => {
  it("connects Discord's recommended shards from one process, each with its id and the count", () => {
    const shards = discord.gateway.shardsIdentified.map(([id, count]) => `${id}/${count}`).sort();
    expect(shards).toEqual(['0/2', '1/2']);
    expect(discord.gateway.protocolErrors).toEqual([]);
    // One process, one load of the stories, one ready line for both shards and the server one holds.
    expect(readyLines(bot).map((entry) => [entry.shards, entry.guilds])).toEqual([[[0, 1], 1]]);
    const pids = bot.lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line).pid);
    expect(new Set(pids).size).toBe(1);
  });

  it('answers a command through the shard that owns the server', async () => {
    const outcome = await discord.sendSlashCommand({ name: 'help', user: discord.newPerson('shardreader') });
    expect(outcome.callback.type).toBe(4);
    expect((outcome.answer.embeds as APIEmbed[])[0]?.title).toBe('newsbot help');
  });
});

describe.each([
  { signal: 'SIGTERM', target: 'the npm process', env: {} },
  { signal: 'SIGINT', target: 'the process group', env: { SHARD_COUNT: '3' } },
] as const)('$signal to $target of `npm run start:sharded`', ({ signal, target, env }) => {
  it('closes every shard with 1000 and exits 0 within 5 s', async () => {
    const running = target === 'the npm process' ? bot : await startSharded(env);
    const shards = readyLines(running)[0]!.shards;
    expect(shards).toEqual(Object.keys(env).length > 0 ? [0, 1, 2] : [0, 1]);
    const closedBefore = discord.gateway.closeCodes.length;
    const pid = running.child.pid!;
    const started = Date.now();
    process.kill(target === 'the process group' ? -pid : pid, signal);
    expect(await running.waitForExit(10_000), running.tail()).toBe(0);
    await discord.waitFor(() => discord.gateway.closeCodes.length >= closedBefore + shards.length, {
      description: 'every shard to close its connection',
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(discord.gateway.closeCodes.slice(closedBefore)).toEqual(shards.map(() => 1000));
    // Nothing of the group outlives it (no node left behind npm).
    expect(groupExists(pid)).toBe(false);
  });
});
