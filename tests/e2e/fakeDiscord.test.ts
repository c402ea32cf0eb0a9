/**
 * Proves the fake Discord speaks the protocol discord.js expects: a small discord.js client (not the
 * bot) logs in against it, registers commands, and answers interactions and mentions; the fake records
 * exactly what was sent, refuses what Discord would refuse, rate-limits and drops the connection.
 */
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../fakeDiscord/fakeDiscord.ts';

let discord: FakeDiscord;
let client: Client;
const clientErrors: string[] = [];
const lateErrors: string[] = [];

async function startClient(): Promise<Client> {
  const bot = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
    rest: { api: discord.apiUrl },
  });
  bot.on(Events.Error, (error) => clientErrors.push(error.message));
  bot.on(Events.InteractionCreate, async (interaction) => {
    try {
      if (interaction.isAutocomplete()) {
        const typed = interaction.options.getFocused();
        await interaction.respond([{ name: `You typed ${typed}`, value: typed.toUpperCase() }]);
      } else if (interaction.isChatInputCommand() && interaction.commandName === 'echo') {
        const text = interaction.options.getString('text', true);
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId('echo:again').setLabel('Again').setStyle(ButtonStyle.Primary),
        );
        await interaction.reply({
          content: `echo: ${text}`,
          components: [row],
          allowedMentions: { parse: [] },
        });
      } else if (interaction.isChatInputCommand() && interaction.commandName === 'slow') {
        await interaction.deferReply({ flags: MessageFlags.Ephemeral });
        await interaction.editReply({ content: `slow done for ${interaction.user.username}` });
      } else if (interaction.isChatInputCommand() && interaction.commandName === 'late') {
        await new Promise((resolve) => setTimeout(resolve, 400));
        await interaction
          .reply({ content: 'too late' })
          .catch((error: Error) => lateErrors.push(error.message));
      } else if (interaction.isButton()) {
        await interaction.update({ content: `clicked by ${interaction.user.username}`, components: [] });
      }
    } catch (error) {
      clientErrors.push(error instanceof Error ? error.message : String(error));
    }
  });
  bot.on(Events.MessageCreate, async (message) => {
    if (message.author.bot || !bot.user || !message.mentions.has(bot.user)) return;
    await message.reply({
      content: `you said: ${message.content.length} chars`,
      allowedMentions: { parse: [] },
    });
  });
  const ready = new Promise<void>((resolve) => bot.once(Events.ClientReady, () => resolve()));
  await bot.login(discord.token);
  await ready;
  await bot.application!.commands.set(
    [
      {
        name: 'echo',
        description: 'Echo text',
        options: [{ name: 'text', description: 'What to echo', type: 3, required: true, autocomplete: true }],
      },
      { name: 'slow', description: 'Answer later' },
      { name: 'late', description: 'Answer after the deadline' },
    ],
    discord.world.guildId,
  );
  return bot;
}

beforeAll(async () => {
  discord = await startFakeDiscord({ heartbeatInterval: 2000, timeoutMs: 10_000 });
  client = await startClient();
});

afterAll(async () => {
  await client?.destroy();
  await discord?.close();
});

describe('fake Discord against discord.js', () => {
  it('logs the client in with READY and caches the guild from GUILD_CREATE', async () => {
    expect(client.user?.id).toBe(discord.world.applicationId);
    const guild = client.guilds.cache.get(discord.world.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.channels.cache.get(discord.world.channelId)?.isTextBased()).toBe(true);
    expect(guild?.members.cache.get(discord.world.bot.id)?.user.bot).toBe(true);
    expect(discord.identifies).toBe(1);
    const gatewayInfo = discord.requests.find((r) => r.path === '/gateway/bot');
    expect(gatewayInfo?.auth).toBe(`Bot ${discord.token}`);
    expect(discord.gateway.protocolErrors).toEqual([]);
  });

  it('records bulk-overwritten guild commands', () => {
    const names = discord.commands().map((command) => command.name);
    expect(names).toEqual(['echo', 'slow', 'late']);
    expect(discord.commands()[0]!.guild_id).toBe(discord.world.guildId);
  });

  it('dispatches a slash command and records the exact reply', async () => {
    const outcome = await discord.sendSlashCommand({ name: 'echo', options: { text: 'hi @everyone' } });
    expect(outcome.callback.type).toBe(4);
    expect(outcome.answer).toMatchObject({
      content: 'echo: hi @everyone',
      allowed_mentions: { parse: [] },
      components: [{ type: 1, components: [{ type: 2, custom_id: 'echo:again', label: 'Again', style: 1 }] }],
    });
    expect(outcome.ephemeral).toBe(false);
    expect(outcome.message?.mention_everyone).toBe(false);
    expect(outcome.message?.interaction_metadata?.user.id).toBe(discord.world.reader.user.id);
  });

  it('checks options against the registered command', () => {
    expect(() => discord.dispatchSlashCommand({ name: 'echo', options: { txt: 'x' } })).toThrow(
      /no option "txt"/,
    );
    expect(() => discord.dispatchSlashCommand({ name: 'echo' })).toThrow(/requires option "text"/);
    expect(() => discord.dispatchSlashCommand({ name: 'nope' })).toThrow(/registered no command \/nope/);
  });

  it('records a deferred ephemeral reply and its edit', async () => {
    const outcome = await discord.sendSlashCommand({ name: 'slow', user: discord.world.otherReader });
    expect(outcome.callback).toMatchObject({ type: 5, data: { flags: 64 } });
    expect(outcome.answer).toMatchObject({ content: 'slow done for otherreader' });
    expect(outcome.ephemeral).toBe(true);
    expect(outcome.message?.content).toBe('slow done for otherreader');
    expect((outcome.message?.flags ?? 0) & 128).toBe(0);
  });

  it('answers autocomplete with choices', async () => {
    const { choices, outcome } = await discord.sendAutocomplete({
      name: 'echo',
      options: { text: 'psa' },
      focused: 'text',
    });
    expect(outcome.callback.type).toBe(8);
    expect(choices).toEqual([{ name: 'You typed psa', value: 'PSA' }]);
  });

  it('clicks a button on the message the client sent and records the update', async () => {
    const first = await discord.sendSlashCommand({ name: 'echo', options: { text: 'button' } });
    const outcome = await discord.clickButton({ customId: 'echo:again', messageId: first.message!.id });
    expect(outcome.callback.type).toBe(7);
    expect(outcome.answer).toMatchObject({ content: 'clicked by reader', components: [] });
    expect(discord.message(first.message!.id)?.content).toBe('clicked by reader');
  });

  it('delivers a mention and records the reply with its message_reference', async () => {
    const content = `<@${discord.world.bot.id}> hello there`;
    const sent = discord.sendMessage({ content });
    const reply = await discord.waitForReplyTo(sent.id);
    expect(reply.body).toMatchObject({
      content: `you said: ${content.length} chars`,
      message_reference: { message_id: sent.id },
      allowed_mentions: { parse: [] },
    });
    expect(reply.message.mentions).toEqual([]);
  });

  it('refuses what Discord refuses, with its error codes', async () => {
    const unauthorized = await fetch(`${discord.apiUrl}/v10/users/@me`, {
      headers: { authorization: 'Bot wrong' },
    });
    expect(unauthorized.status).toBe(401);
    const channel = client.channels.cache.get(discord.world.channelId);
    if (!channel?.isSendable()) throw new Error('the channel is not cached as sendable');
    await expect(channel.send({ content: 'x'.repeat(2001) })).rejects.toThrow(/Invalid Form Body/);
    expect(discord.rejections.at(-1)).toMatchObject({ status: 400, code: 50035 });
    expect(discord.rejections.at(-1)?.message).toContain('content is 2001 characters');
  });

  it('refuses a first response sent after the interaction deadline, like Discord', async () => {
    discord.rest.interactionDeadlineMs = 200;
    try {
      const record = discord.dispatchSlashCommand({ name: 'late' });
      await discord.waitFor(() => lateErrors.length > 0, { description: 'the late reply to fail' });
      const late = /^Unknown interaction \(acknowledged (\d+) ms after it was sent\)$/.exec(lateErrors[0]!);
      expect(late, lateErrors[0]).not.toBeNull();
      expect(Number(late![1])).toBeGreaterThan(200);
      expect(record.responses).toEqual([]);
      expect(discord.rejections.at(-1)).toMatchObject({ status: 404, code: 10062 });
    } finally {
      discord.rest.interactionDeadlineMs = undefined;
    }
  });

  it('answers 429 with rate-limit headers, and the client retries', async () => {
    const rule = discord.rateLimitNext(/^POST \/interactions\//, 1, { retryAfterSeconds: 0.5 });
    const outcome = await discord.sendSlashCommand({ name: 'echo', options: { text: 'limited' } });
    expect(rule.remaining).toBe(0);
    expect(outcome.answer).toMatchObject({ content: 'echo: limited' });
    const attempts = discord.requests.filter(
      (r) => r.path === `/interactions/${outcome.record.id}/${outcome.record.token}/callback`,
    );
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(450);
  });

  it('replays events sent while disconnected when the client resumes', async () => {
    const resumesBefore = discord.resumes;
    await discord.dropConnection({ code: 4000 });
    const record = discord.dispatchSlashCommand({ name: 'echo', options: { text: 'while away' } });
    const outcome = await discord.answerOf(record);
    expect(outcome.answer).toMatchObject({ content: 'echo: while away' });
    expect(discord.resumes).toBe(resumesBefore + 1);
  });

  it('makes the client identify again when the session is gone', async () => {
    const identifiesBefore = discord.identifies;
    const readyBefore = discord.gateway.stats.readyConnections;
    await discord.dropConnection({ code: 1000 });
    await discord.waitForGatewayReady(readyBefore);
    expect(discord.identifies).toBe(identifiesBefore + 1);
    const outcome = await discord.sendSlashCommand({ name: 'echo', options: { text: 'back' } });
    expect(outcome.answer).toMatchObject({ content: 'echo: back' });
  });

  it('saw no client errors and no protocol errors', () => {
    expect(clientErrors).toEqual([]);
    expect(discord.gateway.protocolErrors).toEqual([]);
  });
});
