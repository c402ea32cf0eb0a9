/**
 * A local fake Discord for end-to-end tests: one HTTP server on 127.0.0.1 serving the REST API under
 * /api/v10 and the gateway websocket under /gateway, so the real discord.js client (and the real bot
 * process) can log in, receive interactions and messages, and answer them — all recorded for asserts.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type APIMessage,
  GatewayDispatchEvents,
  GatewayIntentBits,
  InteractionResponseType,
  MessageFlags,
  MessageType,
} from 'discord-api-types/v10';
import { FakeGateway } from './gateway.ts';
import { nextSnowflake } from './ids.ts';
import {
  buildOptions,
  buttonInteraction,
  type CommandInput,
  commandInteraction,
  type InteractionPayload,
  type OptionValue,
} from './interactions.ts';
import { customIdsOf } from './messages.ts';
import { FakeRest, type FaultRule, type RateLimitRule, type Rejection } from './rest.ts';
import {
  FakeStore,
  type InteractionRecord,
  type InteractionResponse,
  type RecordedRequest,
  type RegisteredCommand,
} from './store.ts';
import {
  MANAGER_PERMISSIONS,
  MEMBER_PERMISSIONS,
  makeUser,
  makeWorld,
  memberOf,
  type Person,
  type World,
} from './world.ts';

export type { InteractionRecord, InteractionResponse, Person, RecordedRequest, RegisteredCommand, World };
export { MANAGER_PERMISSIONS, MEMBER_PERMISSIONS };

export interface FakeDiscordOptions {
  token?: string;
  applicationId?: string;
  guildId?: string;
  /** Gateway heartbeat interval in ms (Discord's is 41250). */
  heartbeatInterval?: number;
  /** Default timeout of every wait, in ms. */
  timeoutMs?: number;
  /**
   * Refuse initial interaction responses sent later than this (Discord's limit is 3000 ms), as
   * "Unknown interaction". Off by default so a loaded test machine cannot fail unrelated scenarios.
   */
  interactionDeadlineMs?: number;
  /**
   * The shards `/gateway/bot` recommends (default 1) and its `max_concurrency` (default 1: one IDENTIFY
   * per 5 s, so each further shard of a client waits 5 s; a larger value lets shards identify together).
   */
  recommendedShards?: number;
  maxConcurrency?: number;
}

/** How an interaction was answered, once it has been. */
export interface InteractionOutcome {
  record: InteractionRecord;
  /** The callback (initial response) the bot sent. */
  callback: InteractionResponse;
  /** The body that carried the answer: the callback's data, or for a deferral the first edit/follow-up. */
  answer: Record<string, unknown>;
  /** The answer's message as Discord stores it now (absent for autocomplete and modals). */
  message: APIMessage | undefined;
  ephemeral: boolean;
  responses: InteractionResponse[];
}

export interface WaitOptions {
  timeoutMs?: number;
  description?: string;
}

/** A token of the real shape: base64 of the bot's id, a timestamp part and an HMAC part. */
function botToken(applicationId: string): string {
  const random = Array.from({ length: 38 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
  return `${Buffer.from(applicationId).toString('base64').replace(/=+$/, '')}.GfakeT.${random}`;
}

export class FakeDiscord {
  readonly world: World;
  readonly store = new FakeStore();
  readonly gateway: FakeGateway;
  readonly rest: FakeRest;
  apiUrl = '';
  /** Extra text for wait failures, e.g. the tail of the bot's log; set by the test. */
  diagnostics: () => string = () => '';
  private readonly waiters = new Set<() => void>();
  private readonly server: Server;
  private readonly timeoutMs: number;

  constructor(options: FakeDiscordOptions = {}) {
    const applicationId = options.applicationId ?? nextSnowflake();
    this.world = makeWorld({
      token: options.token ?? botToken(applicationId),
      applicationId,
      guildId: options.guildId ?? nextSnowflake(),
    });
    this.timeoutMs = options.timeoutMs ?? 15_000;
    const changed = () => this.notify();
    this.gateway = new FakeGateway(this.world, changed, options.heartbeatInterval);
    this.rest = new FakeRest(this.world, this.store, changed);
    this.rest.interactionDeadlineMs = options.interactionDeadlineMs;
    this.rest.gatewayBot = {
      shards: options.recommendedShards ?? 1,
      maxConcurrency: options.maxConcurrency ?? 1,
    };
    this.server = createServer((request, response) => {
      this.rest.handle(request, response).catch((error: unknown) => {
        response.writeHead(500).end(String(error));
      });
    });
    this.server.on('upgrade', (request, socket, head) => {
      if (new URL(request.url ?? '/', 'http://localhost').pathname.replace(/\/$/, '') === '/gateway')
        this.gateway.handleUpgrade(request, socket, head);
      else socket.destroy();
    });
  }

  async listen(): Promise<void> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    const { port } = this.server.address() as AddressInfo;
    this.apiUrl = `http://127.0.0.1:${port}/api`;
    this.rest.gatewayUrl = `ws://127.0.0.1:${port}/gateway`;
    this.gateway.resumeUrl = `ws://127.0.0.1:${port}/gateway`;
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  get token(): string {
    return this.world.token;
  }

  get requests(): RecordedRequest[] {
    return this.store.requests;
  }

  /** Requests Discord would have refused (bad bodies, unknown targets, double acknowledgements). */
  get rejections(): Rejection[] {
    return this.rest.rejections;
  }

  get identifies(): number {
    return this.gateway.stats.identifies;
  }

  get resumes(): number {
    return this.gateway.stats.resumes;
  }

  /** A new member of the guild (a fresh user id, so per-user limits of the bot start afresh). */
  newPerson(username: string, options: { permissions?: string; roles?: string[] } = {}): Person {
    return {
      user: makeUser(nextSnowflake(), username),
      roles: options.roles ?? [],
      permissions: options.permissions ?? MEMBER_PERMISSIONS,
    };
  }

  /** Commands the bot registered (guild and global). */
  commands(): RegisteredCommand[] {
    return this.store.allCommands();
  }

  message(id: string): APIMessage | undefined {
    return this.store.messages.get(id);
  }

  /** Resolves with the predicate's first non-undefined value, re-checked on every request and frame. */
  waitFor<T>(predicate: () => T | undefined | false, options: WaitOptions = {}): Promise<T> {
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        let value: T | undefined | false;
        try {
          value = predicate();
        } catch (error) {
          finish();
          reject(error);
          return;
        }
        if (value !== undefined && value !== false) {
          finish();
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(
          new Error(
            this.failure(
              `Timed out after ${timeoutMs} ms waiting for ${options.description ?? 'a condition'}`,
            ),
          ),
        );
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  /** Waits until the bot has a live gateway session that reached READY (or RESUMED) after `after` of them. */
  waitForGatewayReady(after = 0, options: WaitOptions = {}): Promise<void> {
    return this.waitFor(() => this.gateway.stats.readyConnections > after && this.gateway.connected, {
      description: 'the bot to be connected to the gateway',
      ...options,
    }).then(() => undefined);
  }

  /** Waits until the bot registered a command with each of these names. */
  waitForCommands(names: string[], options: WaitOptions = {}): Promise<RegisteredCommand[]> {
    return this.waitFor(
      () => {
        const commands = this.commands();
        return names.every((name) => commands.some((command) => command.name === name))
          ? commands
          : undefined;
      },
      {
        description: `the commands ${names.map((name) => `/${name}`).join(', ')} to be registered`,
        ...options,
      },
    );
  }

  /** Dispatches a slash command and returns its record at once (see `answerOf` to wait for the answer). */
  dispatchSlashCommand(input: CommandInput & { unregistered?: boolean }): InteractionRecord {
    const person = input.user ?? this.world.reader;
    const command = this.store.commandNamed(input.name);
    let options: unknown[];
    if (input.unregistered) options = input.rawOptions ?? [];
    else if (!command) throw new Error(this.unknownCommand(input.name));
    else options = input.rawOptions ?? buildOptions(command, input);
    const target = command && !input.unregistered ? command : { id: nextSnowflake(), name: input.name };
    return this.dispatchInteraction(commandInteraction(this.world, person, target, options));
  }

  /** The INTERACTION_CREATE payload `dispatchSlashCommand` would send, for a test to vary first. */
  slashCommandPayload(input: CommandInput & { unregistered?: boolean }): InteractionPayload {
    const person = input.user ?? this.world.reader;
    const command = this.store.commandNamed(input.name);
    if (!command && !input.unregistered) throw new Error(this.unknownCommand(input.name));
    const options = input.rawOptions ?? (command && !input.unregistered ? buildOptions(command, input) : []);
    const target = command && !input.unregistered ? command : { id: nextSnowflake(), name: input.name };
    return commandInteraction(this.world, person, target, options);
  }

  /** Sends an interaction payload exactly as given (variations other clients may send). */
  dispatchRawInteraction(payload: InteractionPayload): InteractionRecord {
    return this.dispatchInteraction(payload);
  }

  /** Runs a slash command as a person would and waits for the bot's answer. */
  async sendSlashCommand(
    input: CommandInput & { unregistered?: boolean },
    options: WaitOptions = {},
  ): Promise<InteractionOutcome> {
    return this.answerOf(this.dispatchSlashCommand(input), options);
  }

  /** Types into an autocompleted option (`focused`) and waits for the bot's choices. */
  async sendAutocomplete(
    input: CommandInput & { focused: string },
    options: WaitOptions = {},
  ): Promise<{ choices: { name: string; value: OptionValue }[]; outcome: InteractionOutcome }> {
    const command = this.store.commandNamed(input.name);
    if (!command) throw new Error(this.unknownCommand(input.name));
    const person = input.user ?? this.world.reader;
    const payload = commandInteraction(
      this.world,
      person,
      command,
      buildOptions(command, input, input.focused, false),
      true,
    );
    const outcome = await this.answerOf(this.dispatchInteraction(payload), options);
    if (outcome.callback.type !== InteractionResponseType.ApplicationCommandAutocompleteResult)
      throw new Error(`autocomplete was answered with callback type ${outcome.callback.type}, not 8`);
    return { choices: (outcome.answer.choices ?? []) as { name: string; value: OptionValue }[], outcome };
  }

  /**
   * Clicks a button. Without `messageId`, the button is looked up among the bot's messages (the newest
   * one showing that custom id).
   */
  async clickButton(
    input: { customId: string; messageId?: string; user?: Person },
    options: WaitOptions = {},
  ): Promise<InteractionOutcome> {
    const message = input.messageId
      ? this.store.messages.get(input.messageId)
      : [...this.store.messages.values()]
          .reverse()
          .find((candidate) => customIdsOf(candidate).includes(input.customId));
    if (!message) throw new Error(`no message of the bot shows a button "${input.customId}"`);
    if (!customIdsOf(message).includes(input.customId))
      throw new Error(
        `message ${message.id} has no button "${input.customId}" (it has: ${customIdsOf(message).join(', ') || 'none'})`,
      );
    const payload = buttonInteraction(this.world, input.user ?? this.world.reader, message, input.customId);
    const record = this.dispatchInteraction(payload);
    record.sourceMessageId = message.id;
    return this.answerOf(record, options);
  }

  /** A person posts a message in the channel (MESSAGE_CREATE). Mentions are derived from `<@id>` in the text. */
  sendMessage(input: {
    content: string;
    author?: Person;
    mentions?: Person[];
    /** Fields to add or override (webhook_id, message_reference, mention_roles…). */
    extra?: Record<string, unknown>;
  }): APIMessage {
    const author = input.author ?? this.world.reader;
    const members = [this.world.reader, this.world.otherReader, this.world.admin, this.world.otherBot];
    const people = [{ user: this.world.bot, roles: [this.world.botRole.id] } as Person, ...members];
    const mentioned =
      input.mentions ?? people.filter((person) => new RegExp(`<@!?${person.user.id}>`).test(input.content));
    const message = {
      id: nextSnowflake(),
      type: MessageType.Default,
      channel_id: this.world.channelId,
      guild_id: this.world.guildId,
      author: author.user,
      member: { ...memberOf(author), user: undefined },
      content: input.content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: /@(everyone|here)\b/.test(input.content),
      mentions: mentioned.map((person) => ({
        ...person.user,
        member: { ...memberOf(person), user: undefined },
      })),
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      flags: 0,
      nonce: nextSnowflake(),
      ...input.extra,
    } as unknown as APIMessage;
    this.store.messages.set(message.id, message);
    const intents = Number(this.gateway.lastIdentify?.intents ?? 0);
    if ((intents & GatewayIntentBits.GuildMessages) === 0)
      throw new Error(
        'the bot did not ask for the GuildMessages intent, so Discord would not send it messages',
      );
    // Without the privileged MessageContent intent Discord blanks messages that do not mention the bot.
    const mentionsBot = mentioned.some((person) => person.user.id === this.world.bot.id);
    const delivered =
      (intents & GatewayIntentBits.MessageContent) !== 0 || mentionsBot
        ? message
        : { ...message, content: '', embeds: [], attachments: [], components: [] };
    this.gateway.dispatch(GatewayDispatchEvents.MessageCreate, delivered);
    return message;
  }

  /** A person writes to the bot in a direct message (MESSAGE_CREATE without guild; needs DirectMessages). */
  sendDirectMessage(input: { content: string; author?: Person }): APIMessage {
    const author = input.author ?? this.world.reader;
    const channelId = `${BigInt(author.user.id) + 1n}`;
    this.rest.dmChannels.add(channelId);
    const message = {
      id: nextSnowflake(),
      type: MessageType.Default,
      channel_id: channelId,
      author: author.user,
      content: input.content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      flags: 0,
      nonce: nextSnowflake(),
    } as unknown as APIMessage;
    this.store.messages.set(message.id, message);
    const intents = Number(this.gateway.lastIdentify?.intents ?? 0);
    if ((intents & GatewayIntentBits.DirectMessages) === 0)
      throw new Error('the bot did not ask for the DirectMessages intent, so Discord would not send it DMs');
    this.gateway.dispatch(GatewayDispatchEvents.MessageCreate, message);
    return message;
  }

  /**
   * Registers commands as if deployed (bulk overwrite in the guild, or globally), checked like the
   * REST route: for bots whose commands are deployed by a separate step.
   */
  seedCommands(commands: unknown[], scope: 'guild' | 'global' = 'guild'): RegisteredCommand[] {
    try {
      return this.rest.register(scope === 'guild' ? this.world.guildId : 'global', commands, true);
    } catch (error) {
      const details = (error as { errors?: string[] }).errors ?? [];
      throw new Error(`Discord would refuse these commands: ${[String(error), ...details].join('; ')}`);
    }
  }

  /** Waits for the bot's channel message replying to `messageId` (message_reference). */
  waitForReplyTo(
    messageId: string,
    options: WaitOptions = {},
  ): Promise<{ message: APIMessage; body: Record<string, unknown> }> {
    return this.waitFor(
      () => {
        const message = this.store
          .channelMessages()
          .find((m) => m.message_reference?.message_id === messageId);
        if (!message) return undefined;
        const request = this.store.requests.find(
          (r) =>
            r.method === 'POST' &&
            r.status === 200 &&
            (r.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id ===
              messageId,
        );
        return { message, body: (request?.body ?? {}) as Record<string, unknown> };
      },
      { description: `a reply to message ${messageId}`, ...options },
    );
  }

  /** Waits until the interaction is answered: a message, an update, choices, a modal, or a deferral's edit. */
  answerOf(record: InteractionRecord, options: WaitOptions = {}): Promise<InteractionOutcome> {
    const name = (record.payload.data as { name?: string; custom_id?: string }).name ?? '';
    const what = name ? `/${name}` : `button "${(record.payload.data as { custom_id?: string }).custom_id}"`;
    return this.waitFor(() => this.outcomeOf(record), { description: `an answer to ${what}`, ...options });
  }

  /** Waits for further responses to an interaction (e.g. a second edit), until `predicate` accepts them. */
  waitForResponses(
    record: InteractionRecord,
    predicate: (responses: InteractionResponse[]) => boolean,
    options: WaitOptions = {},
  ): Promise<InteractionResponse[]> {
    return this.waitFor(() => (predicate(record.responses) ? record.responses : undefined), {
      description: `responses to interaction ${record.id}`,
      ...options,
    });
  }

  /** Answers the next `count` requests matching `route` with 429 and Discord's rate-limit headers. */
  rateLimitNext(
    route: RegExp,
    count: number,
    options: Partial<Pick<RateLimitRule, 'retryAfterSeconds' | 'global' | 'scope'>> = {},
  ): RateLimitRule {
    const rule: RateLimitRule = {
      route,
      remaining: count,
      retryAfterSeconds: options.retryAfterSeconds ?? 1,
      global: options.global ?? false,
      scope: options.scope ?? (options.global ? 'global' : 'user'),
    };
    this.rest.rateLimits.push(rule);
    return rule;
  }

  /** Answers the next `count` requests matching `route` with `status` (a 5xx) without acting on them. */
  failNext(route: RegExp, count: number, status = 502): FaultRule {
    const rule: FaultRule = { route, remaining: count, status };
    this.rest.faults.push(rule);
    return rule;
  }

  /** Closes the bot's gateway connection (4000 by default: the client should resume). */
  dropConnection(
    options: { code?: number; terminate?: boolean; forgetSession?: boolean } = {},
  ): Promise<void> {
    return this.gateway.dropConnection(options);
  }

  private dispatchInteraction(payload: InteractionPayload): InteractionRecord {
    const record: InteractionRecord = {
      id: payload.id,
      token: payload.token,
      payload,
      responses: [],
      dispatchedAt: Date.now(),
    };
    this.store.interactions.set(record.id, record);
    this.gateway.dispatch(GatewayDispatchEvents.InteractionCreate, payload);
    return record;
  }

  private outcomeOf(record: InteractionRecord): InteractionOutcome | undefined {
    const callback = record.responses.find((response) => response.kind === 'callback');
    if (!callback) return undefined;
    const deferred =
      callback.type === InteractionResponseType.DeferredChannelMessageWithSource ||
      callback.type === InteractionResponseType.DeferredMessageUpdate;
    const carrier = deferred
      ? record.responses.find((response) => response.kind === 'editOriginal' || response.kind === 'followup')
      : callback;
    if (!carrier) return undefined;
    const message = carrier.messageId ? this.store.messages.get(carrier.messageId) : undefined;
    return {
      record,
      callback,
      answer: carrier.data,
      message,
      ephemeral: Boolean((message?.flags ?? 0) & MessageFlags.Ephemeral),
      responses: record.responses,
    };
  }

  private unknownCommand(name: string): string {
    const known = this.commands().map((command) => `/${command.name}`);
    return `the bot registered no command /${name} (registered: ${known.join(', ') || 'none'})`;
  }

  private failure(headline: string): string {
    const recent = this.store.requests
      .slice(-8)
      .map((r) => `  ${r.method} ${r.path} → ${r.status}`)
      .join('\n');
    const rejected = this.rejections
      .slice(-5)
      .map((r) => `  ${r.method} ${r.path}: ${r.status} ${r.message}`)
      .join('\n');
    const extra = this.diagnostics();
    return [
      headline,
      `gateway: ${this.gateway.connected ? 'connected' : 'not connected'}, identifies ${this.identifies}, resumes ${this.resumes}`,
      recent ? `last requests:\n${recent}` : 'no requests yet',
      rejected ? `rejected by Discord rules:\n${rejected}` : '',
      extra,
    ]
      .filter(Boolean)
      .join('\n');
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}

/** Starts a fake Discord on a free port of 127.0.0.1. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const discord = new FakeDiscord(options);
  await discord.listen();
  return discord;
}
