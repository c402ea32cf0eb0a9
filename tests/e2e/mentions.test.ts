/**
 * Messages that mention the bot, answered by the real bot process: a question gets a reply (with
 * message_reference) citing its sources, a bare mention gets help, other bots are ignored, and text the
 * bot echoes back never pings anyone. The reply pings the asker only with REPLY_PING=true.
 */
import type { APIEmbed } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from '../helpers/e2eBot.ts';

const SEED_HEADLINE_START = 'The United States on Monday ruled out any possibility';
const ANSWER_COLOR = 0x2b6cb0;

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
}, 120_000);

afterAll(async () => {
  await e2e?.stop();
});

const mention = () => `<@${e2e.discord.world.bot.id}>`;

describe('mentions of the real bot', () => {
  it('a question after the mention gets a cited reply to that message', async () => {
    const asker = e2e.discord.newPerson('mentioner');
    const sent = e2e.discord.sendMessage({
      content: `${mention()} what did Paski say about Iraq?`,
      author: asker,
    });
    const { message, body } = await e2e.discord.waitForReplyTo(sent.id);
    expect(body.message_reference).toMatchObject({ message_id: sent.id });
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.flags).toBeUndefined();
    const [embed] = body.embeds as APIEmbed[];
    expect(embed!.color).toBe(ANSWER_COLOR);
    expect(embed!.description).toMatch(/Paski/);
    expect(embed!.fields?.length).toBeGreaterThanOrEqual(1);
    // The answer names the story once; its source gives date, place and id.
    expect(embed!.description).toContain(SEED_HEADLINE_START);
    expect(embed!.fields?.[0]?.name).toBe('2014-09-15 · Paris');
    expect(embed!.description).toMatch(/Iraq/);
    // The quotes are in the answer already: the sources count them instead of repeating them.
    expect(embed!.fields?.map((field) => field.value).join(' ')).toMatch(/^\d+ quotes? above · `[\w-]+`$/);
    // Like the slash-command answers, the reply pings no one, not even the asker.
    expect(message.mentions).toEqual([]);
    expect(message.mention_everyone).toBe(false);
    expect(e2e.discord.rejections).toEqual([]);
  });

  it('the nickname form of the mention (<@!id>) works too', async () => {
    const sent = e2e.discord.sendMessage({
      content: `<@!${e2e.discord.world.bot.id}> who said serious threat?`,
      author: e2e.discord.newPerson('nickmentioner'),
    });
    const { body } = await e2e.discord.waitForReplyTo(sent.id);
    expect(body.message_reference).toMatchObject({ message_id: sent.id });
    const [embed] = body.embeds as APIEmbed[];
    expect(embed!.description).toContain('serious threat');
    expect(embed!.fields?.[0]?.value).toBe('1 quote above · `000_2696b59510ee6b97`');
  });

  it('a bare mention gets a short help reply', async () => {
    const sent = e2e.discord.sendMessage({
      content: mention(),
      author: e2e.discord.newPerson('barementioner'),
    });
    const { body } = await e2e.discord.waitForReplyTo(sent.id);
    expect(body.message_reference).toMatchObject({ message_id: sent.id });
    expect(body.embeds).toEqual([
      {
        description:
          'Hi! Ask me a question after the mention, e.g. “@newsbot who said serious threat?”, or type `/help` for my commands.',
        color: ANSWER_COLOR,
      },
    ]);
    expect(body.components).toEqual([]);
  });

  it('ignores messages from other bots, and messages that do not mention it', async () => {
    const fromBot = e2e.discord.sendMessage({
      content: `${mention()} who said serious threat?`,
      author: e2e.discord.world.otherBot,
    });
    const unmentioned = e2e.discord.sendMessage({
      content: 'who said serious threat?',
      author: e2e.discord.newPerson('chatter'),
    });
    // A later human question is answered; by then the earlier messages would have been too.
    const later = e2e.discord.sendMessage({
      content: `${mention()} who said serious threat?`,
      author: e2e.discord.newPerson('human'),
    });
    await e2e.discord.waitForReplyTo(later.id);
    const repliedTo = e2e.discord.store
      .channelMessages()
      .map((message) => message.message_reference?.message_id);
    expect(repliedTo).not.toContain(fromBot.id);
    expect(repliedTo).not.toContain(unmentioned.id);
  });

  it('echoed @everyone in a slash command answer pings nobody', async () => {
    const outcome = await e2e.discord.sendSlashCommand({
      name: 'stories',
      options: { topic: '@everyone @here zebra crossings' },
      user: e2e.discord.newPerson('pinger'),
    });
    expect(outcome.callback.type).toBe(4);
    const shown = JSON.stringify(outcome.answer.embeds) + String(outcome.answer.content ?? '');
    expect(shown).toContain('@everyone');
    expect(outcome.answer.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(outcome.message?.mention_everyone).toBe(false);
    expect(outcome.message?.mentions).toEqual([]);
  });

  it('echoed @everyone and user mentions in a mention reply ping no one', async () => {
    const asker = e2e.discord.newPerson('sneaky');
    const victim = e2e.discord.world.otherReader;
    const sent = e2e.discord.sendMessage({
      content: `${mention()} @everyone <@${victim.user.id}> summary of zebra crossings`,
      author: asker,
    });
    const { message, body } = await e2e.discord.waitForReplyTo(sent.id);
    expect((body.allowed_mentions as { parse: string[] }).parse).toEqual([]);
    expect(message.mention_everyone).toBe(false);
    expect(message.mentions).toEqual([]);
  });
});

describe('with REPLY_PING=true', () => {
  let pinging: E2E;

  beforeAll(async () => {
    pinging = await startE2E({ env: { REPLY_PING: 'true' } });
  }, 120_000);

  afterAll(async () => {
    await pinging?.stop();
  });

  it('a mention reply pings the asker, and only the asker', async () => {
    const asker = pinging.discord.newPerson('wantsping');
    const sent = pinging.discord.sendMessage({
      content: `<@${pinging.discord.world.bot.id}> @everyone <@${pinging.discord.world.otherReader.user.id}> who said serious threat?`,
      author: asker,
    });
    const { message, body } = await pinging.discord.waitForReplyTo(sent.id);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: true });
    expect(message.mentions.map((user) => user.id)).toEqual([asker.user.id]);
    expect(message.mention_everyone).toBe(false);
  });
});
