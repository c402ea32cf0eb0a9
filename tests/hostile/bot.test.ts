/**
 * The real bot process against a fake Discord, fed by someone who writes story files or types into
 * Discord: story markdown stays text, autocomplete floods are limited per user, a reload of a huge slow
 * file never delays an answer, and a start that cannot reach Discord ends with one clear line.
 */
import { spawn } from 'node:child_process';
import type { APIEmbed } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_SHAPES, hostileStory } from '../../scripts/bench/hostileShapes.ts';
import { startBotProcess } from '../helpers/botProcess.ts';
import { type E2E, startE2E } from '../helpers/e2eBot.ts';
import { makeStoryFolder, type StoryFolder } from '../helpers/storyFolder.ts';

const NITRO = [
  'date 2014-09-16',
  'Claim your [Free Nitro](https://evil.example/steal) gift',
  '',
  '# Act now',
  'Visit [Free Nitro](https://evil.example/steal) today, says ||nobody||, and ~~pay~~ nothing.',
  '',
].join('\n');

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E({ files: { 'nitro.txt': NITRO } });
}, 120_000);

afterAll(async () => {
  await e2e?.stop();
});

const embedText = (embeds: unknown) =>
  (embeds as APIEmbed[])
    .flatMap((embed) => [
      embed.title ?? '',
      embed.description ?? '',
      ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
    ])
    .join('\n');

/** Markdown that would render: a masked link, a heading, a spoiler or a strike not preceded by `\`. */
const LIVE_MARKDOWN = /(?<!\\)\[Free Nitro\]\(|^#\s|(?<!\\)\|\|nobody|(?<!\\)~~pay/m;

describe('markdown from stories and users', () => {
  it('shows as text in /summary and /story', async () => {
    for (const name of ['summary', 'story']) {
      const outcome = await e2e.discord.sendSlashCommand({ name, options: { story: 'nitro' } });
      const text = embedText(outcome.answer.embeds);
      expect(text).toContain('Free Nitro');
      expect(text).not.toMatch(LIVE_MARKDOWN);
    }
  });

  it('shows as text when a user types it into a query', async () => {
    const outcome = await e2e.discord.sendSlashCommand({
      name: 'stories',
      options: { topic: '[Free Nitro](https://evil.example/steal)' },
    });
    const text = embedText(outcome.answer.embeds);
    expect(text).toContain('Free Nitro');
    expect(text).not.toMatch(LIVE_MARKDOWN);
  });
});

describe('autocomplete', () => {
  it('is limited per user: a flood gets empty lists, another user is still served', async () => {
    const flooder = e2e.discord.newPerson('flooder');
    const replies = await Promise.all(
      Array.from({ length: 40 }, () =>
        e2e.discord.sendAutocomplete({
          name: 'quotes',
          options: { speaker: 'k' },
          focused: 'speaker',
          user: flooder,
        }),
      ),
    );
    const counts = replies.map((reply) => reply.choices.length);
    expect(counts.filter((count) => count > 0).length).toBeGreaterThan(0);
    expect(counts.filter((count) => count === 0).length).toBeGreaterThanOrEqual(10);
    const other = await e2e.discord.sendAutocomplete({
      name: 'quotes',
      options: { speaker: 'k' },
      focused: 'speaker',
      user: e2e.discord.newPerson('patient'),
    });
    expect(other.choices.map((choice) => choice.name).join(' ')).toMatch(/Kerry|Khamenei/);
  });
});

/** The value below which `share` of the samples lie. */
const percentile = (samples: number[], share: number) =>
  [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(samples.length * share))]!;

/**
 * Keeps one core busy from another process, as a reload's parse worker does, until the returned
 * function is called: the baseline is then measured with the machine as loaded as during the reload.
 */
function busyCore(): () => void {
  const child = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  return () => child.kill();
}

describe('a reload of a huge, slow story file', () => {
  let asked = 0;
  const ask = async () => {
    // A new person each time: the per-user rate limit must not answer instead of the command.
    const user = e2e.discord.newPerson(`reader${asked++}`);
    const started = performance.now();
    const outcome = await e2e.discord.sendSlashCommand({ name: 'about', user });
    expect((outcome.answer.embeds as APIEmbed[])[0]?.title).toMatch(/newsbot/i);
    await new Promise((resolve) => setTimeout(resolve, 25));
    return performance.now() - started - 25;
  };
  const baselineInto = async (samples: number[]) => {
    const stop = busyCore();
    try {
      for (let i = 0; i < 60; i++) samples.push(await ask());
    } finally {
      stop();
    }
  };

  async function reloadWhileAsking(bytes: number) {
    const baseline: number[] = [];
    await baselineInto(baseline);
    e2e.folder.write('huge.txt', hostileStory(HOSTILE_SHAPES[0]!, bytes));
    const reload = e2e.discord.sendSlashCommand(
      { name: 'reload', user: e2e.discord.world.admin },
      { timeoutMs: 150_000 },
    );
    let done = false;
    void reload.finally(() => {
      done = true;
    });
    const during: number[] = [];
    while (!done) during.push(await ask());
    const report = await reload;
    // The machine's load drifts (other processes share its two cores): the baseline is taken on both sides.
    await baselineInto(baseline);
    expect(embedText(report.answer.embeds)).toContain('huge.txt');
    const shown = `baseline ${baseline.map(Math.round)}; during ${during.map(Math.round)}`;
    console.info(
      `reload of a ${bytes}-byte story: ${during.length} answers during it, p90 ` +
        `${percentile(during, 0.9).toFixed(1)} ms (baseline ${percentile(baseline, 0.9).toFixed(1)} ms), slowest ` +
        `${Math.max(...during).toFixed(1)} ms (baseline ${Math.max(...baseline).toFixed(1)} ms)`,
    );
    expect(during.length, shown).toBeGreaterThan(10);
    // No answer may wait more than 50 ms for the reload. The baseline is measured with another process
    // keeping a core busy, as the reload's parse worker does, so the machine's own noise and the core the
    // parse takes are in it: a typical answer during the reload stays within 50 ms of the baseline's. The
    // slowest is bounded more generously, for the collector's pauses in freeing the story, yet it stays a
    // real check: indexing this story on the event loop held every answer behind it for ~640 ms.
    expect(percentile(during, 0.9), shown).toBeLessThan(percentile(baseline, 0.9) + 50);
    expect(Math.max(...during), shown).toBeLessThan(Math.max(...baseline) + 400);
    const huge = await e2e.discord.sendSlashCommand({ name: 'summary', options: { story: 'huge' } });
    expect(embedText(huge.answer.embeds)).toContain('Yes');
    e2e.folder.remove('huge.txt');
  }

  it('does not delay answers, and loads the story with a warning', { timeout: 180_000 }, async () => {
    // Quote attribution of this shape held the event loop for seconds at this size before parsing moved
    // to workers, and indexing it ~640 ms before the snapshot was built in slices.
    await reloadWhileAsking(250_000);
  });

  it('does not delay answers while a story near the size limit runs out of its parse time', {
    timeout: 180_000,
  }, async () => {
    // 1.9 MB of quotes: its attribution passes the 2 s budget, so its worker is stopped and the story
    // parsed again without it; the answers go on meanwhile.
    await reloadWhileAsking(1_900_000);
  });
});

describe('a start that cannot reach Discord', () => {
  let small: StoryFolder;
  beforeAll(() => {
    small = makeStoryFolder();
  });
  afterAll(() => small?.cleanup());

  it('ends with exit 1 and one line naming the address when the API is unreachable', {
    timeout: 60_000,
  }, async () => {
    const bot = await startBotProcess({
      discord: e2e.discord,
      storiesDir: small.dir,
      cacheDir: small.cacheDir,
      env: { DISCORD_API_URL: 'http://127.0.0.1:9/api' },
      waitForReady: false,
    });
    try {
      expect(await bot.waitForExit(45_000)).toBe(1);
      const problem = bot.lines.filter((line) => !line.startsWith('{'));
      expect(problem).toEqual([
        'newsbot could not reach Discord at http://127.0.0.1:9/api (ECONNREFUSED): check the network connection, any proxy or firewall, and DISCORD_API_URL in .env.',
      ]);
    } finally {
      await bot.stop();
    }
  });

  it('ends with exit 1 after a few tries when the gateway is unreachable', { timeout: 60_000 }, async () => {
    const gateway = e2e.discord.rest.gatewayUrl;
    e2e.discord.rest.gatewayUrl = 'ws://127.0.0.1:9/gateway';
    const bot = await startBotProcess({
      discord: e2e.discord,
      storiesDir: small.dir,
      cacheDir: small.cacheDir,
      waitForReady: false,
    });
    try {
      expect(await bot.waitForExit(45_000)).toBe(1);
      const problem = bot.lines.filter((line) => !line.startsWith('{'));
      expect(problem).toEqual([
        "newsbot could not reach Discord's gateway after 5 tries (network error): check the network connection, any proxy or firewall allowing websockets, and DISCORD_API_URL in .env.",
      ]);
      expect(bot.lines.join('\n')).toContain('cannot reach the Discord gateway; retrying');
    } finally {
      e2e.discord.rest.gatewayUrl = gateway;
      await bot.stop();
    }
  });
});
