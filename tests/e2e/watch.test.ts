/**
 * The bot with STORIES_WATCH=true: a story file dropped into the folder is picked up without /reload
 * and answered from; SIGTERM then stops the process cleanly.
 */
import type { APIEmbed } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from '../helpers/e2eBot.ts';
import { LATE_STORY } from '../helpers/fixtureStories.ts';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E({ env: { STORIES_WATCH: 'true' } });
}, 120_000);

afterAll(async () => {
  await e2e?.stop();
});

describe('the bot watching its story folder', () => {
  it('answers from a story file added while it runs, without /reload', async () => {
    const from = e2e.bot.lines.length;
    e2e.folder.write('late/madrid-fire.txt', LATE_STORY);
    const logged = await e2e.bot.waitForLog(/stories reloaded \(folder changed\)/, {
      from,
      timeoutMs: 20_000,
    });
    expect(JSON.parse(logged)).toMatchObject({ added: 1, failed: 0 });
    const outcome = await e2e.discord.sendSlashCommand({
      name: 'quotes',
      options: { speaker: 'Carlos Ruiz' },
      user: e2e.discord.newPerson('watcher'),
    });
    const [embed] = outcome.answer.embeds as APIEmbed[];
    expect(embed!.title).toBe('Quotes from Carlos Ruiz');
    expect(embed!.fields?.[0]).toEqual({
      name: expect.stringMatching(/\(2016-05-20 · Madrid\)$/),
      value: '"Nobody was hurt and the flights were not affected,"',
    });
  });

  it('stops cleanly on SIGTERM: exit code 0 after logging the shutdown', async () => {
    const code = await e2e.bot.stop();
    expect(code, e2e.bot.tail()).toBe(0);
    expect(e2e.bot.lines.some((line) => line.includes('"msg":"shutting down"'))).toBe(true);
  });
});
