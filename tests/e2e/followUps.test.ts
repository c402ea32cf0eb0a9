/**
 * Follow-up questions in Discord, against the real bot process: a later mention in the same channel
 * reads "what else did she say?" against the asker's last answer, and a reply to one of the bot's
 * answers is a follow-up to that answer even after other questions.
 */
import type { APIEmbed, APIMessage } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBER_PERMISSIONS } from '../fakeDiscord/fakeDiscord.ts';
import { type E2E, startE2E } from '../helpers/e2eBot.ts';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
}, 120_000);

afterAll(async () => {
  await e2e?.stop();
});

const mention = () => `<@${e2e.discord.world.bot.id}>`;
const descriptionOf = (body: Record<string, unknown>) => (body.embeds as APIEmbed[])[0]?.description ?? '';

describe('follow-up questions in Discord', () => {
  it('a mention follow-up reads "she" as the person of the last answer', async () => {
    const asker = e2e.discord.newPerson('followup');
    const first = e2e.discord.sendMessage({
      content: `${mention()} what did Paski say about Iraq?`,
      author: asker,
    });
    const answer = await e2e.discord.waitForReplyTo(first.id);
    expect(descriptionOf(answer.body)).toMatch(/Jen Paski/);
    const next = e2e.discord.sendMessage({ content: `${mention()} what else did she say?`, author: asker });
    const { body } = await e2e.discord.waitForReplyTo(next.id);
    const text = descriptionOf(body);
    // Her other quotes, or a plain word that the first answer showed them all.
    expect(text).toMatch(/^(?:More from|That was all: I have no other quotes from) Jen Paski/);
    expect(text).not.toMatch(/not sure what you are asking/);
    // What the first answer showed is not shown again.
    const shownBefore = /"We will be continuing those talks/.test(descriptionOf(answer.body));
    if (shownBefore) expect(text).not.toMatch(/"We will be continuing those talks/);
    // Someone else in the channel has no conversation to follow up on.
    const stranger = e2e.discord.sendMessage({
      content: `${mention()} what else did she say?`,
      author: e2e.discord.newPerson('stranger'),
    });
    const other = await e2e.discord.waitForReplyTo(stranger.id);
    expect(descriptionOf(other.body)).not.toMatch(/Jen Paski/);
  });

  it('a reply to an earlier answer follows up on that answer, not on the latest', async () => {
    const asker = e2e.discord.newPerson('replier');
    const first = e2e.discord.sendMessage({
      content: `${mention()} what did Khamenei say about the US?`,
      author: asker,
    });
    const khamenei = await e2e.discord.waitForReplyTo(first.id);
    expect(descriptionOf(khamenei.body)).toMatch(/Khamenei/);
    const second = e2e.discord.sendMessage({ content: `${mention()} what did Paski say?`, author: asker });
    await e2e.discord.waitForReplyTo(second.id);
    // A reply to the Khamenei answer, without typing the mention; the reply pings the bot, as Discord's
    // clients do by default, so Discord delivers its content.
    const answerMessage = khamenei.message as APIMessage;
    const reply = e2e.discord.sendMessage({
      content: 'what else did he say?',
      author: asker,
      mentions: [{ user: e2e.discord.world.bot, roles: [], permissions: MEMBER_PERMISSIONS }],
      extra: {
        type: 19,
        message_reference: { type: 0, message_id: answerMessage.id, channel_id: answerMessage.channel_id },
        referenced_message: answerMessage,
      },
    });
    const { body } = await e2e.discord.waitForReplyTo(reply.id);
    const text = descriptionOf(body);
    expect(text).toMatch(/Ali Khamenei/);
    expect(text).not.toMatch(/Paski/);
  });
});
