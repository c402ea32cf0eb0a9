/**
 * Starting up against a fake Discord: `npm run deploy-commands` registers Discord-valid commands in the
 * server (or globally), and a token Discord rejects stops the bot with one clear line. Stopping as a
 * service manager does: SIGTERM or SIGINT to the process `npm start` started, or to its whole process
 * group, ends everything within 5 s with exit status 0 and the gateway closed normally (1000). During
 * a long first load the bot is already connected and says how far the load has got.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../fakeDiscord/fakeDiscord.ts';
import { startBotProcess } from '../helpers/botProcess.ts';
import { discordEnv, runDeployCommands } from '../helpers/e2eBot.ts';
import { bulkStories } from '../helpers/fixtureStories.ts';
import { makeStoryFolder, type StoryFolder } from '../helpers/storyFolder.ts';

const COMMANDS = ['stories', 'quotes', 'summary', 'story', 'ask', 'speakers', 'about', 'help', 'reload'];

let discord: FakeDiscord;
let folder: StoryFolder;

beforeAll(async () => {
  discord = await startFakeDiscord({ timeoutMs: 20_000 });
  folder = makeStoryFolder();
});

afterAll(async () => {
  await discord?.close();
  folder?.cleanup();
});

describe('deploy-commands against the fake Discord', () => {
  it('registers every command in the server, authorised as the bot', async () => {
    const { code, output } = await runDeployCommands(discordEnv(discord));
    expect(code, output).toBe(0);
    expect(output.trim()).toBe(`Registered ${COMMANDS.length} commands in server ${discord.world.guildId}.`);
    const put = discord.requests.filter((request) => request.method === 'PUT');
    expect(put.map((request) => [request.path, request.status, request.auth])).toEqual([
      [
        `/applications/${discord.world.applicationId}/guilds/${discord.world.guildId}/commands`,
        200,
        `Bot ${discord.token}`,
      ],
    ]);
    expect(discord.store.commands.get(discord.world.guildId)?.map((command) => command.name)).toEqual(
      COMMANDS,
    );
    expect(discord.rejections).toEqual([]);
  });

  it('registers globally when no server is configured', async () => {
    const { code, output } = await runDeployCommands(discordEnv(discord, { DISCORD_GUILD_ID: '' }));
    expect(code, output).toBe(0);
    expect(output.trim()).toBe(
      `Registered ${COMMANDS.length} commands in all servers (global; may take up to an hour).`,
    );
    expect(discord.store.commands.get('global')?.map((command) => command.name)).toEqual(COMMANDS);
  });

  it('fails with one line when Discord rejects the token', async () => {
    const { code, output } = await runDeployCommands(
      discordEnv(discord, { DISCORD_TOKEN: `${discord.token}x` }),
    );
    expect(code).toBe(1);
    expect(output).toBe('Registering the commands failed: 401: Unauthorized\n');
  });
});

describe('the bot with a token Discord rejects', () => {
  it('exits 1 with one clear line, not a stack trace', async () => {
    const bot = await startBotProcess({
      discord,
      storiesDir: folder.dir,
      cacheDir: folder.cacheDir,
      env: { DISCORD_TOKEN: `${discord.token.slice(0, -3)}bad` },
      waitForReady: false,
    });
    try {
      expect(await bot.waitForExit(30_000)).toBe(1);
      const problem = bot.lines.filter((line) => !line.startsWith('{'));
      expect(problem).toEqual([
        'Discord rejected DISCORD_TOKEN: reset the token in the Developer Portal (Bot → Reset Token) and put the new one in .env.',
      ]);
      expect(bot.lines.join('\n')).not.toContain(discord.token.slice(-10));
      expect(discord.identifies).toBe(0);
    } finally {
      await bot.stop();
    }
  });
});

const descriptionOf = (body: Record<string, unknown>) =>
  ((body.embeds ?? []) as Array<{ description?: string }>)[0]?.description ?? '';

describe('asked during its first load', () => {
  it('answers "still loading N of M stories" to commands and mentions, then answers for real', async () => {
    // Enough stories, and no cache, that the load outlasts connecting to the gateway.
    const big = makeStoryFolder({ files: bulkStories(4000) });
    const rejectedBefore = discord.rejections.length;
    const bot = await startBotProcess({
      discord,
      storiesDir: big.dir,
      cacheDir: big.cacheDir,
      waitForReady: false,
    });
    try {
      await bot.waitForLog(/still loading the stories/, { timeoutMs: 30_000 });
      const loadingNotice = /^Still loading [\d,]+ of 4,0\d\d stories, ask again in a moment\.$/;
      // While the folders are still being listed the count is not known yet; then it is.
      const listing = 'Still loading the stories, ask again in a moment.';
      // Each try comes from another reader, so that no one reaches the rate limit.
      const ask = (tries: number) =>
        discord.sendSlashCommand({
          name: 'stories',
          options: { place: 'Leeds' },
          user: discord.newPerson(`waiting-${tries}`),
        });
      let outcome = await ask(0);
      for (let tries = 1; descriptionOf(outcome.answer) === listing && tries < 100; tries++) {
        expect(outcome.ephemeral).toBe(true);
        await new Promise((resolve) => setTimeout(resolve, 100));
        outcome = await ask(tries);
      }
      expect(outcome.ephemeral).toBe(true);
      expect(descriptionOf(outcome.answer)).toMatch(loadingNotice);
      const sent = discord.sendMessage({
        content: `<@${discord.world.bot.id}> who said every tree counts?`,
        author: discord.newPerson('early'),
      });
      const { body } = await discord.waitForReplyTo(sent.id);
      expect(descriptionOf(body)).toMatch(loadingNotice);
      await bot.waitForLog(/\bready\b/, { timeoutMs: 120_000 });
      const answered = await discord.sendSlashCommand({ name: 'stories', options: { place: 'Leeds' } });
      expect(answered.ephemeral).toBe(false);
      expect(JSON.stringify(answered.answer.embeds)).toContain('Leeds');
      expect(discord.rejections.slice(rejectedBefore)).toEqual([]);
    } finally {
      await bot.stop();
      big.cleanup();
    }
  }, 180_000);
});

/** Whether a process (or, with a negative id, a process group) still exists. */
function exists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe.each([
  { signal: 'SIGTERM', target: 'the npm process' },
  { signal: 'SIGINT', target: 'the process group' },
] as const)('$signal to $target of `npm start`', ({ signal, target }) => {
  it('stops everything within 5 s, exit 0, gateway closed with 1000', async () => {
    const closedBefore = discord.gateway.closeCodes.length;
    const bot = await startBotProcess({
      discord,
      storiesDir: folder.dir,
      cacheDir: folder.cacheDir,
      command: ['npm', 'start'],
      detached: true,
    });
    const pid = bot.child.pid!;
    const started = Date.now();
    process.kill(target === 'the process group' ? -pid : pid, signal);
    expect(await bot.waitForExit(10_000), bot.tail()).toBe(0);
    await discord.waitFor(() => discord.gateway.closeCodes.length > closedBefore, {
      description: 'the gateway connection to close',
    });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(5_000);
    // Nothing of the group outlives it (no node left behind npm).
    expect(exists(-pid)).toBe(false);
    expect(discord.gateway.closeCodes.slice(closedBefore)).toEqual([1000]);
  });
});
