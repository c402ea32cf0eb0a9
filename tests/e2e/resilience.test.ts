/**
 * The real bot process when things go wrong: a handler that fails answers with a reference and the
 * process keeps serving; the gateway dropping the connection is survived by resuming (missed events
 * replayed) or identifying again; REST 429s are waited out and the reply still arrives.
 */
import type { APIEmbed } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InteractionOutcome } from '../fakeDiscord/fakeDiscord.ts';
import { type E2E, startE2E } from '../helpers/e2eBot.ts';
import { HARBOUR_SPEAKER, harbourStories } from '../helpers/fixtureStories.ts';

const ERROR_COLOR = 0xc53030;

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E({ files: harbourStories(7) });
}, 120_000);

afterAll(async () => {
  await e2e?.stop();
});

const person = (name: string) => e2e.discord.newPerson(name);

function expectHelp(outcome: InteractionOutcome): void {
  expect(outcome.callback.type).toBe(4);
  expect((outcome.answer.embeds as APIEmbed[])[0]?.title).toBe('newsbot help');
}

function attemptsOf(outcome: InteractionOutcome) {
  const path = `/interactions/${outcome.record.id}/${outcome.record.token}/callback`;
  return e2e.discord.requests.filter((request) => request.path === path);
}

describe('a failing handler', () => {
  it('answers "Something went wrong (ref …)" privately, logs the ref, and keeps serving', async () => {
    // An interaction whose option has another type than the command declares (as after a redeploy
    // that changed it): reading the option throws inside the handler.
    const outcome = await e2e.discord.sendSlashCommand({
      name: 'quotes',
      rawOptions: [{ name: 'speaker', type: 4, value: 42 }],
      user: person('stalecommand'),
    });
    expect(outcome.callback.type).toBe(4);
    expect(outcome.answer.flags).toBe(64);
    expect(outcome.answer.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const embeds = outcome.answer.embeds as APIEmbed[];
    expect(embeds).toHaveLength(1);
    expect(embeds[0]!.color).toBe(ERROR_COLOR);
    const match =
      /^Something went wrong \(ref ([0-9A-F]{4})\)\. Please try again; if it keeps happening, tell an admin\.$/.exec(
        embeds[0]!.description ?? '',
      );
    expect(match, `unexpected error text: ${embeds[0]!.description}`).not.toBeNull();
    const ref = match![1]!;
    const logged = await e2e.bot.waitForLog(new RegExp(`"ref":"${ref}"`), { timeoutMs: 5000 });
    expect(JSON.parse(logged)).toMatchObject({ level: 50, ref, command: 'quotes' });

    expect(e2e.bot.alive).toBe(true);
    expectHelp(await e2e.discord.sendSlashCommand({ name: 'help', user: person('afterfailure') }));
  });
});

describe('the gateway dropping the connection', () => {
  it('resumes after a 4000 close and receives the command sent while it was away', {
    timeout: 60_000,
  }, async () => {
    const resumes = e2e.discord.resumes;
    const identifies = e2e.discord.identifies;
    await e2e.discord.dropConnection({ code: 4000 });
    const record = e2e.discord.dispatchSlashCommand({ name: 'help', user: person('whileaway') });
    expectHelp(await e2e.discord.answerOf(record, { timeoutMs: 25_000 }));
    expect(e2e.discord.resumes).toBe(resumes + 1);
    expect(e2e.discord.identifies).toBe(identifies);
    const resume = e2e.discord.gateway.frames
      .filter((frame) => frame.direction === 'in' && frame.op === 6)
      .at(-1);
    expect(resume?.d).toMatchObject({ token: e2e.discord.token, seq: expect.any(Number) });
  });

  it('resumes after the socket dies without a close frame', { timeout: 60_000 }, async () => {
    const ready = e2e.discord.gateway.stats.readyConnections;
    const resumes = e2e.discord.resumes;
    await e2e.discord.dropConnection({ terminate: true });
    await e2e.discord.waitForGatewayReady(ready, { timeoutMs: 25_000 });
    expect(e2e.discord.resumes).toBe(resumes + 1);
    expectHelp(await e2e.discord.sendSlashCommand({ name: 'help', user: person('afterterminate') }));
  });

  it('identifies again when its session cannot be resumed, then answers', { timeout: 60_000 }, async () => {
    const ready = e2e.discord.gateway.stats.readyConnections;
    const identifies = e2e.discord.identifies;
    await e2e.discord.dropConnection({ code: 4000, forgetSession: true });
    await e2e.discord.waitForGatewayReady(ready, { timeoutMs: 25_000 });
    expect(e2e.discord.identifies).toBe(identifies + 1);
    expectHelp(await e2e.discord.sendSlashCommand({ name: 'help', user: person('afterreidentify') }));
    expect(e2e.bot.alive).toBe(true);
  });
});

describe('REST answering 429', () => {
  it('retries an interaction callback after retry_after, and the reply arrives', async () => {
    const rule = e2e.discord.rateLimitNext(/^POST \/interactions\/\d+\/[^/]+\/callback$/, 1, {
      retryAfterSeconds: 1,
    });
    const outcome = await e2e.discord.sendSlashCommand({ name: 'help', user: person('limited') });
    expectHelp(outcome);
    expect(rule.remaining).toBe(0);
    const attempts = attemptsOf(outcome);
    expect(attempts.map((attempt) => attempt.status)).toEqual([429, 204]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('retries a mention reply through two 429s', async () => {
    const rule = e2e.discord.rateLimitNext(/^POST \/channels\/\d+\/messages$/, 2, { retryAfterSeconds: 0.5 });
    const sent = e2e.discord.sendMessage({
      content: `<@${e2e.discord.world.bot.id}>`,
      author: person('mentionlimited'),
    });
    const { body } = await e2e.discord.waitForReplyTo(sent.id);
    expect(body.message_reference).toMatchObject({ message_id: sent.id });
    expect(rule.remaining).toBe(0);
    const posts = e2e.discord.requests.filter(
      (request) =>
        request.method === 'POST' &&
        (request.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id ===
          sent.id,
    );
    expect(posts.map((post) => post.status)).toEqual([429, 429, 200]);
  });

  it('waits out a global 429 on editing a deferred reply', { timeout: 60_000 }, async () => {
    const rule = e2e.discord.rateLimitNext(/^PATCH \/webhooks\//, 1, { retryAfterSeconds: 1, global: true });
    const outcome = await e2e.discord.sendSlashCommand(
      { name: 'reload', user: e2e.discord.world.admin },
      { timeoutMs: 25_000 },
    );
    expect(outcome.callback).toMatchObject({ type: 5, data: { flags: 64 } });
    expect((outcome.answer.embeds as APIEmbed[])[0]?.title).toBe('Stories reloaded');
    expect(rule.remaining).toBe(0);
    const edits = e2e.discord.requests.filter(
      (request) => request.method === 'PATCH' && request.path.includes(outcome.record.token),
    );
    expect(edits.map((edit) => edit.status)).toEqual([429, 200]);
    expect(e2e.discord.rejections).toEqual([]);
    expect(e2e.bot.alive).toBe(true);
  });
});

describe('REST answering 502', () => {
  it('retries a reply Discord failed to take, and the reply arrives once', async () => {
    const rule = e2e.discord.failNext(/^POST \/interactions\/\d+\/[^/]+\/callback$/, 2, 502);
    const outcome = await e2e.discord.sendSlashCommand({ name: 'help', user: person('badgateway') });
    expectHelp(outcome);
    expect(rule.remaining).toBe(0);
    expect(attemptsOf(outcome).map((attempt) => attempt.status)).toEqual([502, 502, 204]);
    expect(outcome.responses.filter((response) => response.kind === 'callback')).toHaveLength(1);
  });
});

describe('a restart of the bot', () => {
  it('serves again, and buttons of messages from before the restart say they expired', {
    timeout: 60_000,
  }, async () => {
    const owner = person('beforerestart');
    const paged = await e2e.discord.sendSlashCommand({
      name: 'quotes',
      options: { speaker: HARBOUR_SPEAKER },
      user: owner,
    });
    expect((paged.answer.embeds as APIEmbed[])[0]?.footer?.text).toBe('7 quotes · Page 1 of 2');
    const identifies = e2e.discord.identifies;
    const first = e2e.bot;
    await e2e.restartBot();
    expect(first.alive).toBe(false);
    expect(e2e.discord.identifies).toBe(identifies + 1);

    const next = await e2e.discord.clickButton({
      customId: /page:[\w-]+:1/.exec(JSON.stringify(paged.message!.components))![0],
      messageId: paged.message!.id,
      user: owner,
    });
    expect(next.callback.type).toBe(4);
    expect(next.answer.flags).toBe(64);
    expect(next.answer.embeds).toEqual([
      {
        description: 'These buttons have expired. Run the command again to get fresh ones.',
        color: ERROR_COLOR,
      },
    ]);
    expectHelp(await e2e.discord.sendSlashCommand({ name: 'help', user: person('afterrestart') }));
  });
});
