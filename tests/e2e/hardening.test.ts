/**
 * The real bot process against payloads other Discord clients (or an independent fake) may send: direct
 * messages without a guild, permission bitfields as large decimal strings, blank, oversized or odd
 * options, unknown commands and buttons, mentions in every position and from webhooks, interaction
 * types the bot does not handle, and gateway events and opcodes it does not expect.
 */
import type { APIEmbed } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandPayloads } from '../../src/discord/deployCommands.ts';
import type { InteractionOutcome, Person } from '../fakeDiscord/fakeDiscord.ts';
import { MEMBER_PERMISSIONS } from '../fakeDiscord/fakeDiscord.ts';
import { nextSnowflake } from '../fakeDiscord/ids.ts';
import { buttonInteraction, type InteractionPayload, inDirectMessage } from '../fakeDiscord/interactions.ts';
import { type E2E, startE2E } from '../helpers/e2eBot.ts';

const ERROR_COLOR = 0xc53030;
const ANSWER_COLOR = 0x2b6cb0;
const NO_PINGS = { parse: [], replied_user: false };
const SEED_HEADLINE_START = 'The United States on Monday ruled out any possibility';
const DM_RELOAD =
  '`/reload` works only in a server, where your admin rights can be checked. Run it in the server instead.';
const UNKNOWN_BUTTON = 'This button no longer works. Run the command again to get fresh ones.';
const NOT_HANDLED = 'I only answer slash commands, their buttons and mentions. Type `/help` to see them.';

let e2e: E2E;
/** An admin role the server's role list (GUILD_CREATE) does not show, e.g. created after the bot joined. */
const UNSEEN_ROLE = nextSnowflake();

beforeAll(async () => {
  e2e = await startE2E({ adminRoleIds: (discord) => [discord.world.moderatorRole.id, UNSEEN_ROLE] });
}, 120_000);

afterAll(async () => {
  await e2e?.stop();
});

const person = (name: string, options?: { permissions?: string; roles?: string[] }) =>
  e2e.discord.newPerson(name, options);
const embedsOf = (outcome: InteractionOutcome) => (outcome.answer.embeds ?? []) as APIEmbed[];

function expectEphemeralError(outcome: InteractionOutcome, description: string | RegExp): void {
  expect(outcome.ephemeral).toBe(true);
  if (outcome.callback.type === 4) expect(outcome.answer.flags).toBe(64);
  expect(outcome.answer.allowed_mentions).toEqual(NO_PINGS);
  const [embed] = embedsOf(outcome);
  expect(embed?.color).toBe(ERROR_COLOR);
  if (typeof description === 'string') expect(embed?.description).toBe(description);
  else expect(embed?.description).toMatch(description);
}

/** The bot still answers a plain command (so an odd payload before it did no harm). */
async function expectStillServing(): Promise<void> {
  const outcome = await e2e.discord.sendSlashCommand({ name: 'help', user: person('checker') });
  expect(outcome.callback.type).toBe(4);
  expect(embedsOf(outcome)[0]?.title).toBe('newsbot help');
  expect(e2e.bot.alive).toBe(true);
}

/** How many requests the bot made about an interaction (callbacks, edits, follow-ups). */
function requestsAbout(payload: InteractionPayload): number {
  return e2e.discord.requests.filter((request) => request.path.includes(payload.token)).length;
}

async function settle(ms = 600): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

function dm(name: string, input: Parameters<typeof e2e.discord.slashCommandPayload>[0], user?: Person) {
  const who = user ?? person(name);
  const payload = inDirectMessage(e2e.discord.slashCommandPayload({ ...input, user: who }), who);
  return e2e.discord.answerOf(e2e.discord.dispatchRawInteraction(payload));
}

describe('registration payload', () => {
  it('every command has its options, limits and where it may be used; /reload is for servers only', () => {
    const commands = e2e.discord.commands();
    const byName = new Map(commands.map((command) => [command.name, command]));
    const reload = byName.get('reload') as unknown as Record<string, unknown>;
    expect(reload.default_member_permissions ?? null).toBeNull();
    expect(reload.dm_permission).toBe(false);
    expect(reload.contexts).toEqual([0]);
    for (const name of ['stories', 'quotes', 'summary', 'story', 'ask', 'speakers', 'about', 'help']) {
      const command = byName.get(name) as unknown as Record<string, unknown>;
      expect(command.default_member_permissions ?? null, name).toBeNull();
      expect(command.contexts, name).toEqual([0, 1]);
      expect(command.description, name).toMatch(/^\S.{0,99}$/);
    }
    const optionsOf = (name: string) =>
      (byName.get(name)?.options ?? []).map((option) => ({
        name: option.name,
        type: option.type,
        required: option.required ?? false,
        autocomplete: (option as { autocomplete?: boolean }).autocomplete ?? false,
        max_length: option.max_length,
      }));
    expect(optionsOf('quotes')[0]).toEqual({
      name: 'speaker',
      type: 3,
      required: true,
      autocomplete: true,
      max_length: 100,
    });
    expect(optionsOf('summary')[0]).toMatchObject({ name: 'story', required: true, autocomplete: true });
    expect(optionsOf('story')[0]).toMatchObject({ name: 'story', required: true, autocomplete: true });
    expect(optionsOf('ask')).toEqual([
      { name: 'question', type: 3, required: true, autocomplete: false, max_length: 300 },
    ]);
    expect(optionsOf('stories').map((option) => option.name)).toEqual([
      'date',
      'from',
      'to',
      'place',
      'topic',
    ]);
    expect(optionsOf('stories').every((option) => !option.required && option.max_length === 100)).toBe(true);
  });
});

describe('direct messages (no guild, `user` instead of `member`)', () => {
  it('/help works in a DM', async () => {
    const outcome = await dm('dmhelp', { name: 'help' });
    expect(outcome.callback.type).toBe(4);
    expect(outcome.answer.flags).toBeUndefined();
    expect(outcome.answer.allowed_mentions).toEqual(NO_PINGS);
    expect(embedsOf(outcome)[0]?.title).toBe('newsbot help');
  });

  it('/stories date works in a DM', async () => {
    const outcome = await dm('dmstories', { name: 'stories', options: { date: '2014-09-15' } });
    expect(outcome.callback.type).toBe(4);
    expect(outcome.answer.flags).toBeUndefined();
    expect(JSON.stringify(embedsOf(outcome))).toContain(SEED_HEADLINE_START);
  });

  it('/story in a DM, its "Read full text" button clicked there, and autocomplete there', async () => {
    const reader = person('dmstory');
    const story = await dm('', { name: 'story', options: { story: '000_2696b59510ee6b97' } }, reader);
    expect(story.callback.type).toBe(4);
    const rows = story.answer.components as { components: { custom_id: string }[] }[];
    const customId = rows[0]!.components[0]!.custom_id;
    const click = inDirectMessage(
      buttonInteraction(e2e.discord.world, reader, story.message!, customId),
      reader,
    );
    const more = await e2e.discord.answerOf(e2e.discord.dispatchRawInteraction(click));
    expect(more.ephemeral).toBe(true);
    expect(JSON.stringify(more.answer.embeds)).toContain('military coordination');
    const typing = inDirectMessage(
      e2e.discord.slashCommandPayload({
        name: 'quotes',
        rawOptions: [{ name: 'speaker', type: 3, value: 'psaki', focused: true }],
        user: reader,
      }),
      reader,
    );
    typing.type = 4;
    const choices = await e2e.discord.answerOf(e2e.discord.dispatchRawInteraction(typing));
    expect(choices.callback.type).toBe(8);
    expect(JSON.stringify(choices.answer.choices)).toContain('Jen Paski');
  });

  it('/reload in a DM is refused politely, even for a listed admin', async () => {
    for (const who of [person('dmreloader'), e2e.discord.world.admin]) {
      const outcome = await dm('', { name: 'reload' }, who);
      expect(outcome.callback.type).toBe(5);
      expect((outcome.callback.data as { flags?: number } | undefined)?.flags).toBe(64);
      expect(outcome.ephemeral).toBe(true);
      expect(outcome.answer.embeds).toEqual([{ description: DM_RELOAD, color: ERROR_COLOR }]);
    }
  });
});

describe('admins by permission bits, roles and ids', () => {
  const reloadAs = (who: Person) => e2e.discord.sendSlashCommand({ name: 'reload', user: who });
  const reported = (outcome: InteractionOutcome) => embedsOf(outcome)[0]?.title ?? '';

  it('Administrator (bit 8) alone, and ManageGuild inside a large decimal string, may reload', async () => {
    const administrator = person('administrator', { permissions: (1n << 3n).toString() });
    const large = person('largebits', {
      permissions: ((1n << 51n) | (1n << 46n) | (1n << 5n) | BigInt(MEMBER_PERMISSIONS)).toString(),
    });
    for (const who of [administrator, large]) {
      const outcome = await reloadAs(who);
      expect(outcome.ephemeral).toBe(true);
      expect(embedsOf(outcome)[0]?.color).not.toBe(ERROR_COLOR);
      expect(reported(outcome)).toBe('Stories reloaded');
    }
  });

  it('a server interaction sent with `user` but no `member` is judged by ADMIN_USER_IDS, not as a DM', async () => {
    const asAdmin = (who: Person) => {
      const payload = e2e.discord.slashCommandPayload({ name: 'reload', user: who });
      const { member: _member, ...rest } = payload;
      return e2e.discord.answerOf(
        e2e.discord.dispatchRawInteraction({ ...rest, user: who.user } as InteractionPayload),
      );
    };
    expect(reported(await asAdmin(e2e.discord.world.admin))).toBe('Stories reloaded');
    expectEphemeralError(await asAdmin(person('memberless')), /^Only admins can reload/);
  });

  it('large bits without ManageGuild/Administrator are refused; a role in ADMIN_ROLE_IDS may reload', async () => {
    const noManage = person('highbits', {
      permissions: ((1n << 51n) | (1n << 40n) | BigInt(MEMBER_PERMISSIONS)).toString(),
    });
    const refused = await reloadAs(noManage);
    expectEphemeralError(refused, /^Only admins can reload/);
    const moderator = person('rolemod', {
      roles: [e2e.discord.world.moderatorRole.id],
      permissions: MEMBER_PERMISSIONS,
    });
    const allowed = await reloadAs(moderator);
    expect(embedsOf(allowed)[0]?.color).not.toBe(ERROR_COLOR);
    const unseen = await reloadAs(
      person('unseenrole', { roles: [UNSEEN_ROLE], permissions: MEMBER_PERMISSIONS }),
    );
    expect(reported(unseen)).toBe('Stories reloaded');
  });
});

describe('options as they may arrive', () => {
  it('empty and whitespace-only options count as absent; a blank speaker is explained', async () => {
    const blank = await e2e.discord.sendSlashCommand({
      name: 'stories',
      rawOptions: [
        { name: 'date', type: 3, value: '2014-09-15' },
        { name: 'place', type: 3, value: '   ' },
        { name: 'topic', type: 3, value: '' },
      ],
      user: person('blankopts'),
    });
    expect(blank.answer.flags).toBeUndefined();
    expect(JSON.stringify(embedsOf(blank))).toContain(SEED_HEADLINE_START);
    const speaker = await e2e.discord.sendSlashCommand({
      name: 'quotes',
      rawOptions: [{ name: 'speaker', type: 3, value: ' \t ' }],
      user: person('blankspeaker'),
    });
    expectEphemeralError(speaker, 'Tell me whose quotes to find, e.g. `/quotes speaker:Psaki`.');
  });

  it('a required option left out is explained, not a crash', async () => {
    const outcome = await e2e.discord.sendSlashCommand({
      name: 'summary',
      rawOptions: [],
      user: person('nostory'),
    });
    expectEphemeralError(outcome, /story/i);
    expect(embedsOf(outcome)[0]?.description).not.toMatch(/Something went wrong/);
  });

  it('options over the caps are refused with the cap', async () => {
    const long = await e2e.discord.sendSlashCommand({
      name: 'quotes',
      rawOptions: [{ name: 'speaker', type: 3, value: 'Paski '.repeat(100) }],
      user: person('longspeaker'),
    });
    expectEphemeralError(long, '“speaker” is limited to 100 characters (got 599).');
    const question = await e2e.discord.sendSlashCommand({
      name: 'ask',
      rawOptions: [{ name: 'question', type: 3, value: 'why '.repeat(500) }],
      user: person('longquestion'),
    });
    expectEphemeralError(question, '“question” is limited to 300 characters (got 1999).');
  });

  it('unusual Unicode (emoji, right-to-left, zero-width, a lone surrogate) is answered within limits', async () => {
    const outcome = await e2e.discord.sendSlashCommand({
      name: 'ask',
      rawOptions: [{ name: 'question', type: 3, value: 'مرحبا 👩‍👩‍👧 what\u200b did \ud800 Paski say? ﷽' }],
      user: person('unicode'),
    });
    expect([4, 5]).toContain(outcome.callback.type);
    expect(outcome.answer.allowed_mentions).toEqual(NO_PINGS);
    expect(embedsOf(outcome).length).toBe(1);
    expect(e2e.discord.rejections.filter((r) => r.path.includes(outcome.record.token))).toEqual([]);
  });

  it('odd text in every string option is answered (no failure, nothing Discord refuses)', async () => {
    const odd = [
      '\u0000\u0007',
      '``` @everyone <@&1> ***',
      `<@${e2e.discord.world.reader.user.id}>`,
      'x'.repeat(100),
      '2014-13-45',
      '🦆'.repeat(50),
      '%s %d $x {{x}}',
      '\u202eevil\u202c',
    ];
    const stringOptions = e2e.discord
      .commands()
      .flatMap((command) =>
        (command.options ?? [])
          .filter((option) => option.type === 3)
          .map((option) => ({ command: command.name, option: option.name })),
      );
    expect(stringOptions.length).toBeGreaterThanOrEqual(10);
    let count = 0;
    for (const { command, option } of stringOptions)
      for (const value of odd) {
        count += 1;
        const outcome = await e2e.discord.sendSlashCommand({
          name: command,
          rawOptions: [{ name: option, type: 3, value }],
          user: person(`odd${count}`),
        });
        const where = `/${command} ${option}:${JSON.stringify(value)}`;
        expect([4, 5], where).toContain(outcome.callback.type);
        expect(outcome.answer.allowed_mentions, where).toEqual(NO_PINGS);
        expect(JSON.stringify(outcome.answer.embeds), where).not.toContain('Something went wrong');
        expect(
          e2e.discord.rejections.filter((r) => r.path.includes(outcome.record.token)),
          where,
        ).toEqual([]);
        if (outcome.message) expect(outcome.message.mention_everyone, where).toBe(false);
      }
  }, 120_000);

  it('unknown options are ignored; the known ones still work', async () => {
    const outcome = await e2e.discord.sendSlashCommand({
      name: 'stories',
      rawOptions: [
        { name: 'date', type: 3, value: '2014-09-15' },
        { name: 'colour', type: 3, value: 'blue' },
        { name: 'limit', type: 4, value: 3 },
      ],
      user: person('unknownopts'),
    });
    expect(outcome.answer.flags).toBeUndefined();
    expect(JSON.stringify(embedsOf(outcome))).toContain(SEED_HEADLINE_START);
  });

  it('an unknown command name is answered privately', async () => {
    const outcome = await e2e.discord.sendSlashCommand({
      name: 'weather',
      unregistered: true,
      user: person('weather'),
    });
    expect(outcome.callback.type).toBe(4);
    expectEphemeralError(outcome, 'I do not know that command. Try `/help`.');
  });

  it('a command payload without data.type is still a slash command', async () => {
    const payload = e2e.discord.slashCommandPayload({ name: 'help', user: person('notype') });
    delete (payload.data as { type?: number }).type;
    const outcome = await e2e.discord.answerOf(e2e.discord.dispatchRawInteraction(payload));
    expect(embedsOf(outcome)[0]?.title).toBe('newsbot help');
  });
});

describe('an interaction that waited before reaching the bot', () => {
  it('is deferred at once (type 5) and then edited with the answer', async () => {
    const payload = e2e.discord.slashCommandPayload({ name: 'help', user: person('queued') });
    // An id from 1.6 s ago: the interaction waited (e.g. behind a slow answer) before the bot saw it.
    payload.id = ((BigInt(Date.now() - 1600) - 1420070400000n) << 22n).toString();
    const outcome = await e2e.discord.answerOf(e2e.discord.dispatchRawInteraction(payload));
    expect(outcome.callback.type).toBe(5);
    expect(outcome.responses.map((response) => response.kind)).toEqual(['callback', 'editOriginal']);
    expect(outcome.ephemeral).toBe(false);
    expect(embedsOf(outcome)[0]?.title).toBe('newsbot help');
    expect(outcome.answer.allowed_mentions).toEqual(NO_PINGS);
  });

  it('an id with a made-up time (far past) is answered at once as usual', async () => {
    const payload = e2e.discord.slashCommandPayload({ name: 'help', user: person('oldid') });
    payload.id = '175928847299117063';
    const outcome = await e2e.discord.answerOf(e2e.discord.dispatchRawInteraction(payload));
    expect(outcome.callback.type).toBe(4);
    expect(embedsOf(outcome)[0]?.title).toBe('newsbot help');
  });
});

describe('autocomplete variations', () => {
  const autocomplete = (name: string, options: unknown[]) => {
    const payload = e2e.discord.slashCommandPayload({
      name,
      rawOptions: options,
      unregistered: !e2e.discord.commands().some((command) => command.name === name),
      user: person('typer'),
    });
    payload.type = 4;
    return e2e.discord.answerOf(e2e.discord.dispatchRawInteraction(payload));
  };

  it('an empty focused speaker offers up to 25 valid choices', async () => {
    const outcome = await autocomplete('quotes', [{ name: 'speaker', type: 3, value: '', focused: true }]);
    expect(outcome.callback.type).toBe(8);
    const choices = (outcome.answer.choices ?? []) as Array<{ name: string; value: string }>;
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeGreaterThan(0);
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
    expect(e2e.discord.rejections.filter((r) => r.path.includes(outcome.record.token))).toEqual([]);
  });

  it('an option without autocomplete, and a command the bot does not know, get no choices', async () => {
    const topic = await autocomplete('stories', [{ name: 'topic', type: 3, value: 'oil', focused: true }]);
    expect(topic.callback.type).toBe(8);
    expect(topic.answer.choices).toEqual([]);
    const unknown = await autocomplete('weather', [{ name: 'city', type: 3, value: 'Pa', focused: true }]);
    expect(unknown.callback.type).toBe(8);
    expect(unknown.answer.choices).toEqual([]);
  });
});

describe('buttons the bot cannot use', () => {
  async function click(customId: string, name: string) {
    const help = await e2e.discord.sendSlashCommand({ name: 'help', user: person(`${name}owner`) });
    const message = { ...help.message!, components: [] };
    const payload = e2e.discord.slashCommandPayload({ name: 'help', user: person(name) });
    const { data: _data, ...rest } = payload;
    return e2e.discord.answerOf(
      e2e.discord.dispatchRawInteraction({
        ...rest,
        type: 3,
        message,
        data: { custom_id: customId, component_type: 2 },
      } as InteractionPayload),
    );
  }

  it('an unknown or malformed custom id is answered privately', async () => {
    for (const customId of ['vote:yes', 'page:', 'page:ABCDEFGHIJ:x', 'more:', '']) {
      const outcome = await click(customId, `button${customId.length}`);
      expect(outcome.callback.type, customId).toBe(4);
      expectEphemeralError(outcome, UNKNOWN_BUTTON);
    }
  });

  it('an expired token (as after a restart) says the buttons expired', async () => {
    const outcome = await click('page:ABCDEFGHIJ:1', 'expiredclick');
    expectEphemeralError(outcome, 'These buttons have expired. Run the command again to get fresh ones.');
  });
});

describe('mentions in every form', () => {
  const bot = () => e2e.discord.world.bot;

  it('a mention in the middle or at the end, and with another person mentioned, gets an answer that pings no one', async () => {
    const texts = [
      `so <@${bot().id}> who said serious threat?`,
      `who said serious threat? <@!${bot().id}>`,
      `<@${e2e.discord.world.otherReader.user.id}> <@${bot().id}> who said serious threat? @everyone @here <@&${e2e.discord.world.moderatorRole.id}>`,
    ];
    for (const [index, content] of texts.entries()) {
      const asker = person(`midmention${index}`);
      const sent = e2e.discord.sendMessage({ content, author: asker });
      const { message, body } = await e2e.discord.waitForReplyTo(sent.id);
      expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
      expect(JSON.stringify(body.embeds)).toContain('serious threat');
      expect(message.mentions).toEqual([]);
      expect(message.mention_everyone).toBe(false);
      expect(message.mention_roles).toEqual([]);
    }
  });

  it("a mention of the bot's own role counts as a mention", async () => {
    const sent = e2e.discord.sendMessage({
      content: `<@&${e2e.discord.world.botRole.id}> who said serious threat?`,
      author: person('rolementioner'),
      mentions: [],
      extra: { mention_roles: [e2e.discord.world.botRole.id] },
    });
    const { body } = await e2e.discord.waitForReplyTo(sent.id);
    expect(JSON.stringify(body.embeds)).toContain('serious threat');
  });

  it('a mention inside a reply to another message is answered with a reply to the mention', async () => {
    const first = e2e.discord.sendMessage({ content: 'an earlier message', author: person('earlier') });
    const sent = e2e.discord.sendMessage({
      content: `<@${bot().id}> who said serious threat?`,
      author: person('replier'),
      extra: {
        type: 19,
        message_reference: { type: 0, message_id: first.id, channel_id: first.channel_id },
        referenced_message: first,
      },
    });
    const { body } = await e2e.discord.waitForReplyTo(sent.id);
    expect(body.message_reference).toMatchObject({ message_id: sent.id });
  });

  it('a question deleted before its answer still gets the answer, as a plain channel message', async () => {
    const before = e2e.discord.store.channelMessages().length;
    const sent = e2e.discord.sendMessage({
      content: `<@${bot().id}> who said serious threat?`,
      author: person('deleter'),
    });
    e2e.discord.store.messages.delete(sent.id);
    const answer = await e2e.discord.waitFor(() =>
      e2e.discord.store
        .channelMessages()
        .slice(before)
        .find((message) => JSON.stringify(message.embeds).includes('serious threat')),
    );
    expect(answer.message_reference).toBeUndefined();
    expect(answer.mention_everyone).toBe(false);
  });

  it('a message that mentions the bot but has empty content gets the short help', async () => {
    const sent = e2e.discord.sendMessage({
      content: '',
      author: person('emptycontent'),
      mentions: [{ user: bot(), roles: [], permissions: MEMBER_PERMISSIONS }],
    });
    const { body } = await e2e.discord.waitForReplyTo(sent.id);
    expect(body.embeds).toEqual([
      {
        description:
          'Hi! Ask me a question after the mention, e.g. “@newsbot who said serious threat?”, or type `/help` for my commands.',
        color: ANSWER_COLOR,
      },
    ]);
  });

  it('a direct message is a question without any mention, answered in a reply there', async () => {
    const asker = person('dmwriter');
    const sent = e2e.discord.sendDirectMessage({ content: 'who said serious threat?', author: asker });
    const { message, body } = await e2e.discord.waitForReplyTo(sent.id);
    expect(message.channel_id).toBe(sent.channel_id);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.flags).toBeUndefined();
    expect(JSON.stringify(body.embeds)).toContain('serious threat');
    const empty = e2e.discord.sendDirectMessage({ content: '', author: asker });
    const help = await e2e.discord.waitForReplyTo(empty.id);
    expect((help.body.embeds as APIEmbed[])[0]?.description).toMatch(/^Hi! Ask me a question/);
  });

  it('webhooks, other bots and the bot itself are ignored', async () => {
    const before = e2e.discord.store.channelMessages().length;
    const hook = person('hooky');
    const ignored = [
      e2e.discord.sendMessage({
        content: `<@${bot().id}> who said serious threat?`,
        author: hook,
        extra: { webhook_id: nextSnowflake(), member: undefined },
      }),
      e2e.discord.sendMessage({
        content: `<@${bot().id}> who said serious threat?`,
        author: e2e.discord.world.otherBot,
      }),
      e2e.discord.sendMessage({
        content: `<@${bot().id}> who said serious threat?`,
        author: { user: bot(), roles: [], permissions: MEMBER_PERMISSIONS },
      }),
    ];
    await expectStillServing();
    await settle();
    const replies = e2e.discord.store
      .channelMessages()
      .filter((message) => ignored.some((sent) => message.message_reference?.message_id === sent.id));
    expect(replies).toEqual([]);
    // Nothing posted to the channel in answer either.
    expect(e2e.discord.store.channelMessages().length).toBe(before);
  });
});

describe('logs', () => {
  it('a failed answer is logged without the interaction token', async () => {
    e2e.discord.failNext(/\/interactions\/.*\/callback/, 20, 502);
    const record = e2e.discord.dispatchSlashCommand({ name: 'help', user: person('failedanswer') });
    const line = await e2e.bot.waitForLog(/interaction failed/, { timeoutMs: 20_000 });
    e2e.discord.rest.faults.length = 0;
    expect(line).toContain(`/interactions/${record.id}/[redacted]/callback`);
    expect(e2e.bot.lines.join('\n')).not.toContain(record.token);
    await expectStillServing();
  }, 30_000);
});

describe('interaction types the bot does not handle', () => {
  const base = (name: string) => {
    const { data: _data, ...rest } = e2e.discord.slashCommandPayload({ name: 'help', user: person(name) });
    return rest;
  };

  it('a PING and an unknown interaction type are ignored safely', async () => {
    const ping = { ...base('pinger'), type: 1 } as InteractionPayload;
    const odd = { ...base('oddtype'), type: 42, data: {} } as unknown as InteractionPayload;
    e2e.discord.dispatchRawInteraction(ping);
    e2e.discord.dispatchRawInteraction(odd);
    await expectStillServing();
    await settle();
    expect(requestsAbout(ping)).toBe(0);
    expect(requestsAbout(odd)).toBe(0);
  });

  it('malformed events (an interaction without user, a message without author) do not take the bot down', async () => {
    const { member: _member, ...noUser } = e2e.discord.slashCommandPayload({
      name: 'help',
      user: person('nouser'),
    });
    e2e.discord.dispatchRawInteraction(noUser as InteractionPayload);
    e2e.discord.gateway.dispatch('MESSAGE_CREATE', {
      id: nextSnowflake(),
      channel_id: e2e.discord.world.channelId,
      guild_id: e2e.discord.world.guildId,
      content: `<@${e2e.discord.world.bot.id}> hello`,
    });
    e2e.discord.gateway.dispatch('INTERACTION_CREATE', { id: nextSnowflake(), type: 2 });
    await settle();
    await expectStillServing();
  });

  it('a modal submit, a user context-menu command and a select menu get a private notice', async () => {
    const modal = {
      ...base('modaller'),
      type: 5,
      data: { custom_id: 'feedback', components: [] },
    } as InteractionPayload;
    const userMenu = {
      ...base('usermenu'),
      type: 2,
      data: {
        id: nextSnowflake(),
        name: 'Inspect',
        type: 2,
        target_id: e2e.discord.world.reader.user.id,
        resolved: { users: { [e2e.discord.world.reader.user.id]: e2e.discord.world.reader.user } },
      },
    } as InteractionPayload;
    const shown = await e2e.discord.sendSlashCommand({ name: 'help', user: person('selectowner') });
    const select = {
      ...base('selecter'),
      type: 3,
      message: shown.message,
      data: { custom_id: 'pick', component_type: 3, values: ['a'] },
    } as InteractionPayload;
    for (const payload of [modal, userMenu, select]) {
      const outcome = await e2e.discord.answerOf(e2e.discord.dispatchRawInteraction(payload));
      expect(outcome.callback.type).toBe(4);
      expect(outcome.answer.flags).toBe(64);
      expect(outcome.answer.allowed_mentions).toEqual(NO_PINGS);
      expect(outcome.answer.embeds).toEqual([{ description: NOT_HANDLED, color: ERROR_COLOR }]);
    }
  });
});

describe('gateway events and opcodes the bot does not expect', () => {
  it('unknown and unexpected dispatches leave the bot serving', async () => {
    const { world } = e2e.discord;
    e2e.discord.gateway.dispatch('SOMETHING_NEW', { id: nextSnowflake(), whatever: [1, 2, 3] });
    e2e.discord.gateway.dispatch('GUILD_UPDATE', { id: world.guildId, name: 'Renamed', roles: [] });
    e2e.discord.gateway.dispatch('CHANNEL_CREATE', {
      id: nextSnowflake(),
      type: 0,
      guild_id: world.guildId,
      name: 'new-channel',
      position: 5,
      permission_overwrites: [],
    });
    e2e.discord.gateway.dispatch('CHANNEL_CREATE', { id: nextSnowflake(), type: 99 });
    e2e.discord.gateway.dispatch('GUILD_DELETE', { id: world.guildId, unavailable: true });
    await expectStillServing();
    const stories = await e2e.discord.sendSlashCommand({
      name: 'stories',
      options: { date: '2014-09-15' },
      user: person('afterdelete'),
    });
    expect(JSON.stringify(embedsOf(stories))).toContain(SEED_HEADLINE_START);
  });

  it('a heartbeat request (op 1) is answered with a heartbeat', async () => {
    const from = e2e.discord.gateway.frames.length;
    e2e.discord.gateway.sendFrame({ op: 1, d: null });
    await e2e.discord.waitFor(() =>
      e2e.discord.gateway.frames.slice(from).some((frame) => frame.direction === 'in' && frame.op === 1),
    );
    expect(e2e.discord.gateway.protocolErrors).toEqual([]);
  });

  it('RECONNECT (op 7) and INVALID_SESSION (op 9, resumable or not) are recovered from', async () => {
    const { stats } = e2e.discord.gateway;
    let ready = stats.readyConnections;
    e2e.discord.gateway.sendFrame({ op: 7, d: null });
    await e2e.discord.waitForGatewayReady(ready);
    await expectStillServing();

    ready = stats.readyConnections;
    const identifies = stats.identifies;
    e2e.discord.gateway.sendFrame({ op: 9, d: false });
    await e2e.discord.waitForGatewayReady(ready);
    expect(stats.identifies).toBeGreaterThan(identifies);
    await expectStillServing();

    ready = stats.readyConnections;
    e2e.discord.gateway.sendFrame({ op: 9, d: true });
    await e2e.discord.waitForGatewayReady(ready, { timeoutMs: 15_000 });
    await expectStillServing();
    expect(e2e.discord.gateway.protocolErrors).toEqual([]);
  }, 60_000);
});

describe('a restart (last: restarts the bot)', () => {
  it('registers its commands when missing, and leaves them alone when up to date', async () => {
    const route = `/applications/${e2e.discord.world.applicationId}/guilds/${e2e.discord.world.guildId}/commands`;
    const puts = () =>
      e2e.discord.requests.filter((request) => request.method === 'PUT' && request.path.endsWith(route));
    expect(puts()).toHaveLength(1);
    expect(puts()[0]!.body).toEqual(JSON.parse(JSON.stringify(commandPayloads())));
    expect(e2e.bot.lines.some((line) => line.includes('slash commands registered'))).toBe(true);
    // A message with a button, made before the restart.
    const user = person('beforerestart');
    const story = await e2e.discord.sendSlashCommand({
      name: 'story',
      options: { story: '000_2696b59510ee6b97' },
      user,
    });
    const rows = story.answer.components as { components: { custom_id: string }[] }[];
    const customId = rows[0]!.components[0]!.custom_id;
    expect(customId).toMatch(/^more:/);
    await e2e.restartBot();
    await e2e.bot.waitForLog(/slash commands up to date/, { timeoutMs: 10_000 });
    expect(puts()).toHaveLength(1);
    await expectStillServing();
    const click = await e2e.discord.clickButton({ customId, messageId: story.message!.id, user });
    expect(click.callback.type).toBe(4);
    expectEphemeralError(click, 'These buttons have expired. Run the command again to get fresh ones.');
  }, 60_000);

  it('a slow answer about the registered commands does not hold up serving', async () => {
    e2e.discord.rateLimitNext(/^GET \/applications\/\d+\/guilds\/\d+\/commands/, 1, { retryAfterSeconds: 8 });
    await e2e.restartBot();
    const readyAt = e2e.bot.lines.findIndex((line) => line.includes('ready: connected'));
    expect(readyAt).toBeGreaterThanOrEqual(0);
    expect(e2e.bot.lines.slice(0, readyAt).some((line) => line.includes('slash commands'))).toBe(false);
    await expectStillServing();
    await e2e.bot.waitForLog(/slash commands up to date/, { timeoutMs: 15_000 });
  }, 60_000);
});
