/**
 * /reload on the real bot process: admins (by user id, role or Manage Server) get a deferred ephemeral
 * answer edited into a report that lists added files; others are refused privately; and queries keep
 * being answered while a reload runs.
 */
import type { APIEmbed } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANAGER_PERMISSIONS } from '../fakeDiscord/fakeDiscord.ts';
import { type E2E, startE2E } from '../helpers/e2eBot.ts';
import { bulkStories, LATE_STORY } from '../helpers/fixtureStories.ts';

const ERROR_COLOR = 0xc53030;
const ADMIN_COLOR = 0x718096;

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E({
    adminRoleIds: (discord) => [discord.world.moderatorRole.id],
    // As on Discord: queries asked during a reload must still be acknowledged within 3 seconds.
    interactionDeadlineMs: 3000,
  });
}, 120_000);

afterAll(async () => {
  await e2e?.stop();
});

function reportOf(embeds: unknown): { embed: APIEmbed; fields: Record<string, string> } {
  const [embed] = embeds as APIEmbed[];
  expect(embed?.title, `not a reload report: ${embed?.description}`).toBe('Stories reloaded');
  const fields = Object.fromEntries((embed?.fields ?? []).map((field) => [field.name, field.value]));
  return { embed: embed!, fields };
}

async function reloadAs(person = e2e.discord.world.admin) {
  const outcome = await e2e.discord.sendSlashCommand({ name: 'reload', user: person }, { timeoutMs: 25_000 });
  // Deferred privately at once ("thinking…"), then the report edited into that message.
  expect(outcome.callback).toMatchObject({ type: 5, data: { flags: 64 } });
  expect(outcome.responses.map((response) => response.kind)).toEqual(['callback', 'editOriginal']);
  expect(outcome.ephemeral).toBe(true);
  expect(outcome.answer.allowed_mentions).toEqual({ parse: [], replied_user: false });
  return outcome;
}

describe('/reload against the real bot', () => {
  it('is registered without a default permission, so the admins of ADMIN_USER_IDS / ADMIN_ROLE_IDS see it', () => {
    const reload = e2e.discord.commands().find((command) => command.name === 'reload');
    expect(reload?.default_member_permissions ?? null).toBeNull();
  });

  it('refuses a member who is not an admin, privately', async () => {
    const outcome = await reloadAs(e2e.discord.newPerson('nobody'));
    expect(outcome.answer.embeds).toEqual([
      {
        description:
          'Only admins can reload the stories (Manage Server, or listed in ADMIN_USER_IDS / ADMIN_ROLE_IDS).',
        color: ERROR_COLOR,
      },
    ]);
  });

  it('reloads for an admin listed by user id and reports an unchanged folder', async () => {
    const outcome = await reloadAs();
    const { embed, fields } = reportOf(outcome.answer.embeds);
    expect(embed.title).toBe('Stories reloaded');
    expect(embed.color).toBe(ADMIN_COLOR);
    expect(embed.description).toMatch(/^\d+ stories in \d+ ms\.$/);
    expect(fields).toEqual({
      'Added (0)': 'none',
      'Changed (0)': 'none',
      'Removed (0)': 'none',
      'Failed (0)': 'none',
    });
    expect(outcome.message?.embeds[0]?.title).toBe('Stories reloaded');
  });

  it('lists a story file added to the folder, and then finds it', async () => {
    const before = Number(
      /^(\d+) stories/.exec(reportOf((await reloadAs()).answer.embeds).embed.description!)?.[1],
    );
    e2e.folder.write('late/madrid-fire.txt', LATE_STORY);
    const outcome = await reloadAs(e2e.discord.newPerson('manager', { permissions: MANAGER_PERMISSIONS }));
    const { embed, fields } = reportOf(outcome.answer.embeds);
    expect(embed.description).toMatch(new RegExp(`^${before + 1} stories in \\d+ ms\\.$`));
    expect(fields['Added (1)']).toMatch(/(^|\/)late\/madrid-fire\.txt$/);
    expect(fields['Failed (0)']).toBe('none');

    const found = await e2e.discord.sendSlashCommand({
      name: 'stories',
      options: { date: '2016-05-20' },
      user: e2e.discord.newPerson('finder'),
    });
    const [stories] = found.answer.embeds as APIEmbed[];
    expect(stories!.footer?.text).toBe('1 found');
    expect(stories!.fields?.[0]?.value).toMatch(/^2016-05-20 · Madrid, Spain · `/);
  });

  it('lets a member with an admin role reload, and reports a removed file', async () => {
    e2e.folder.remove('late/madrid-fire.txt');
    const moderator = e2e.discord.newPerson('moderator', { roles: [e2e.discord.world.moderatorRole.id] });
    const { fields } = reportOf((await reloadAs(moderator)).answer.embeds);
    expect(fields['Removed (1)']).toMatch(/(^|\/)late\/madrid-fire\.txt$/);
  });

  it('reports unreadable story files by name and reason, and keeps serving the others', async () => {
    // Several reloads in a row: by different members with Manage Server, as the bot limits each user.
    const operator = () => e2e.discord.newPerson('operator', { permissions: MANAGER_PERMISSIONS });
    const before = Number(
      /^(\d+) stories/.exec(reportOf((await reloadAs(operator())).answer.embeds).embed.description!)?.[1],
    );
    e2e.folder.write('broken/empty.txt', '');
    e2e.folder.write('broken/binary.txt', String.fromCharCode(0, 159, 146, 150, 0, 1, 2, 3).repeat(40));
    const { embed, fields } = reportOf((await reloadAs(operator())).answer.embeds);
    const failed = Object.entries(fields).find(([name]) => name.startsWith('Failed ('));
    expect(failed?.[0]).toBe('Failed (2)');
    const lines = failed![1].split('\n');
    expect(lines.map((line) => line.split(':')[0]).sort()).toEqual(['broken/binary.txt', 'broken/empty.txt']);
    for (const line of lines) expect(line).toMatch(/^broken\/\w+\.txt: \S.{3,}/);
    expect(embed.description).toMatch(new RegExp(`^${before} stories in \\d+ ms\\.$`));
    e2e.folder.remove('broken/empty.txt');
    e2e.folder.remove('broken/binary.txt');
    const clean = reportOf((await reloadAs(operator())).answer.embeds).fields;
    expect(clean['Failed (0)']).toBe('none');
  });

  it('keeps answering queries while a reload runs', { timeout: 90_000 }, async () => {
    const files = bulkStories(300);
    for (const [name, text] of Object.entries(files)) e2e.folder.write(name, text);
    const reload = e2e.discord.dispatchSlashCommand({ name: 'reload', user: e2e.discord.world.admin });
    // Wait until the reload is under way (acknowledged), then ask while it works.
    await e2e.discord.waitFor(() => reload.responses.length > 0, {
      description: 'the reload to be acknowledged',
    });
    const queries = Array.from({ length: 4 }, (_, index) =>
      e2e.discord.dispatchSlashCommand({
        name: 'quotes',
        options: { speaker: 'Paski' },
        user: e2e.discord.newPerson(`busy${index}`),
      }),
    );
    const answers = await Promise.all(
      queries.map((record) => e2e.discord.answerOf(record, { timeoutMs: 25_000 })),
    );
    for (const answer of answers) {
      expect(answer.callback.type === 4 || answer.callback.type === 5).toBe(true);
      expect((answer.answer.embeds as APIEmbed[])[0]!.title).toBe('Quotes from Jen Paski');
    }
    const report = await e2e.discord.answerOf(reload, { timeoutMs: 25_000 });
    const { fields } = reportOf(report.answer.embeds);
    expect(fields['Added (300)']).toMatch(/and 280 more$/);
    const reportedAt = report.responses.at(-1)!.at;
    const answeredAt = answers.map((answer) => answer.responses.at(-1)!.at);
    // The reload is not a lock: queries asked after it started are answered before it ends.
    expect(
      answeredAt.some((at) => at < reportedAt),
      'no query was answered while the reload ran',
    ).toBe(true);
    console.info(
      `reload of 300 files took ${reportedAt - reload.responses[0]!.at} ms after its deferral; ` +
        `${answeredAt.filter((at) => at < reportedAt).length} of 4 queries were answered before its report`,
    );
    expect(e2e.bot.alive).toBe(true);
    expect(e2e.discord.rejections).toEqual([]);
  });
});
