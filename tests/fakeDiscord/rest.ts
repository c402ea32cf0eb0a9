/**
 * The fake REST API (v10): the routes discord.js and @discordjs/rest use for a bot that registers slash
 * commands, answers interactions and replies in channels. Bodies are checked against Discord's limits
 * and answered with Discord's error codes, so a bot that works here is not relying on leniency.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type APIMessage,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
} from 'discord-api-types/v10';
import { readBody } from './httpBody.ts';
import { nextSnowflake } from './ids.ts';
import { applyEdit, buildMessage, isEmptyMessageAfter, type MessageBody } from './messages.ts';
import type { FakeStore, InteractionRecord, RecordedRequest, RegisteredCommand } from './store.ts';
import { autocompleteProblems, commandProblems, messageProblems } from './validate.ts';
import { guildCreatePayload, type memberOf, textChannel, type World } from './world.ts';

export interface RateLimitRule {
  /** Matches `METHOD /path` (path without the /api/v10 prefix), e.g. /^POST \/interactions\//. */
  route: RegExp;
  remaining: number;
  retryAfterSeconds: number;
  global: boolean;
  scope: 'user' | 'global' | 'shared';
}

/** Answer the next `remaining` requests matching `route` with a server error (e.g. 502), unprocessed. */
export interface FaultRule {
  route: RegExp;
  remaining: number;
  status: number;
}

/** A request the fake refused because Discord would have (bad body, unknown target…). */
export interface Rejection {
  method: string;
  path: string;
  status: number;
  code: number;
  message: string;
  body: unknown;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: string[],
  ) {
    super(message);
  }
}

const invalidForm = (problems: string[]) => new HttpError(400, 50035, 'Invalid Form Body', problems);

interface Reply {
  status: number;
  body?: unknown;
}

export class FakeRest {
  readonly rateLimits: RateLimitRule[] = [];
  readonly faults: FaultRule[] = [];
  readonly rejections: Rejection[] = [];
  gatewayUrl = '';
  /** Direct-message channels people opened with the bot (see `sendDirectMessage`). */
  readonly dmChannels = new Set<string>();
  /** Like Discord, refuse an initial response later than this after dispatch (off when undefined). */
  interactionDeadlineMs: number | undefined;
  /** What `/gateway/bot` answers: the shards Discord recommends, and how many may identify at once. */
  gatewayBot = { shards: 1, maxConcurrency: 1 };

  constructor(
    private readonly world: World,
    private readonly store: FakeStore,
    private readonly onChange: () => void,
  ) {}

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname.replace(/^\/api(\/v\d+)?/, '').replace(/\/$/, '') || '/';
    const method = (request.method ?? 'GET').toUpperCase();
    const record: RecordedRequest = {
      at: Date.now(),
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      auth: request.headers.authorization,
      body: undefined,
      files: [],
      status: 0,
    };
    let reply: Reply;
    const headers: Record<string, string> = {};
    try {
      const parsed = await readBody(request);
      record.body = parsed.json;
      record.files = parsed.files;
      const limited = this.takeRateLimit(`${method} ${path}`);
      const fault = limited ? undefined : this.takeFault(`${method} ${path}`);
      if (fault) {
        reply = { status: fault.status, body: { message: `${fault.status}: Bad Gateway`, code: 0 } };
      } else if (limited) {
        Object.assign(headers, rateLimitHeaders(limited));
        reply = {
          status: 429,
          body: {
            message: 'You are being rate limited.',
            retry_after: limited.retryAfterSeconds,
            global: limited.global,
            ...(limited.global ? { code: 0 } : {}),
          },
        };
      } else {
        reply = await this.route(method, path, url.searchParams, record);
      }
    } catch (error) {
      if (error instanceof HttpError) {
        reply = {
          status: error.status,
          body: {
            message: error.message,
            code: error.code,
            ...(error.errors ? { errors: { _errors: error.errors.map((message) => ({ message })) } } : {}),
          },
        };
        this.rejections.push({
          method,
          path,
          status: error.status,
          code: error.code,
          message: [error.message, ...(error.errors ?? [])].join('; '),
          body: record.body,
        });
      } else {
        const message = error instanceof Error ? error.message : String(error);
        reply = { status: 400, body: { message: `400: Bad Request (${message})`, code: 50109 } };
        this.rejections.push({ method, path, status: 400, code: 50109, message, body: record.body });
      }
    }
    record.status = reply.status;
    this.store.requests.push(record);
    if (reply.body === undefined) response.writeHead(reply.status, headers).end();
    else
      response
        .writeHead(reply.status, { ...headers, 'content-type': 'application/json' })
        .end(JSON.stringify(reply.body));
    this.onChange();
  }

  private takeFault(route: string): FaultRule | undefined {
    const rule = this.faults.find((candidate) => candidate.remaining > 0 && candidate.route.test(route));
    if (rule) rule.remaining -= 1;
    return rule;
  }

  private takeRateLimit(route: string): RateLimitRule | undefined {
    const rule = this.rateLimits.find((candidate) => candidate.remaining > 0 && candidate.route.test(route));
    if (rule) rule.remaining -= 1;
    return rule;
  }

  private requireBotAuth(record: RecordedRequest): void {
    if (record.auth !== `Bot ${this.world.token}`) throw new HttpError(401, 0, '401: Unauthorized');
  }

  private async route(
    method: string,
    path: string,
    query: URLSearchParams,
    record: RecordedRequest,
  ): Promise<Reply> {
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    const body = (record.body ?? {}) as MessageBody;
    // Interaction callbacks and webhooks authenticate by their token in the URL, as on Discord.
    if (parts[0] === 'interactions') {
      if (method === 'POST' && parts.length === 4 && parts[3] === 'callback')
        return this.interactionCallback(parts[1]!, parts[2]!, body, query.get('with_response') === 'true');
      throw notFound();
    }
    if (parts[0] === 'webhooks') return this.webhook(method, parts, body, query);
    this.requireBotAuth(record);
    const key = `${method} ${parts.map((part, i) => (i % 2 === 1 && /^\d+$/.test(part) ? ':id' : part)).join('/')}`;
    switch (key) {
      case 'GET gateway':
        return { status: 200, body: { url: this.gatewayUrl } };
      case 'GET gateway/bot':
        return {
          status: 200,
          body: {
            url: this.gatewayUrl,
            shards: this.gatewayBot.shards,
            session_start_limit: {
              total: 1000,
              remaining: 999,
              reset_after: 86_400_000,
              max_concurrency: this.gatewayBot.maxConcurrency,
            },
          },
        };
      case 'GET users/@me':
        return { status: 200, body: { ...this.world.bot, verified: true, mfa_enabled: false } };
      case 'GET applications/@me':
      case 'GET oauth2/applications/@me':
        return { status: 200, body: this.application() };
      case 'GET applications/:id/commands':
      case 'GET applications/:id/guilds/:id/commands':
        return { status: 200, body: this.store.commands.get(this.scope(parts)) ?? [] };
      case 'PUT applications/:id/commands':
      case 'PUT applications/:id/guilds/:id/commands':
        return { status: 200, body: this.registerCommands(parts, record.body, true) };
      case 'POST applications/:id/commands':
      case 'POST applications/:id/guilds/:id/commands':
        return { status: 201, body: this.registerCommands(parts, [record.body], false)[0] };
      case 'GET channels/:id':
        this.requireChannel(parts[1]!);
        return { status: 200, body: textChannel(this.world) };
      case 'POST channels/:id/messages':
        return { status: 200, body: this.createChannelMessage(parts[1]!, body) };
      case 'GET channels/:id/messages/:id':
        this.requireChannel(parts[1]!);
        return { status: 200, body: this.requireMessage(parts[3]!) };
      case 'PATCH channels/:id/messages/:id':
        return { status: 200, body: this.editBotMessage(parts[3]!, body) };
      case 'DELETE channels/:id/messages/:id':
        this.requireMessage(parts[3]!);
        this.store.messages.delete(parts[3]!);
        return { status: 204 };
      case 'POST channels/:id/typing':
        this.requireChannel(parts[1]!);
        return { status: 204 };
      case 'GET guilds/:id':
        this.requireGuild(parts[1]!);
        return { status: 200, body: guildCreatePayload(this.world) };
      case 'GET guilds/:id/roles':
        this.requireGuild(parts[1]!);
        return { status: 200, body: guildCreatePayload(this.world).roles };
      case 'GET guilds/:id/channels':
        this.requireGuild(parts[1]!);
        return { status: 200, body: [textChannel(this.world)] };
      case 'GET guilds/:id/members':
        this.requireGuild(parts[1]!);
        return { status: 200, body: guildCreatePayload(this.world).members };
      case 'GET guilds/:id/members/:id': {
        this.requireGuild(parts[1]!);
        const member = (guildCreatePayload(this.world).members as ReturnType<typeof memberOf>[]).find(
          (candidate) => candidate.user.id === parts[3],
        );
        if (!member) throw new HttpError(404, 10007, 'Unknown Member');
        return { status: 200, body: member };
      }
      default:
        if (/^PUT channels\/:id\/messages\/:id\/reactions\//.test(key)) return { status: 204 };
        throw notFound();
    }
  }

  private application(): Record<string, unknown> {
    return {
      id: this.world.applicationId,
      name: this.world.bot.username,
      icon: null,
      description: 'News stories, quotes and summaries',
      summary: '',
      type: null,
      bot: this.world.bot,
      bot_public: true,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      flags: 0,
      owner: this.world.admin.user,
      team: null,
      tags: [],
      approximate_guild_count: 1,
    };
  }

  private scope(parts: string[]): string {
    if (parts[1] !== this.world.applicationId) throw new HttpError(403, 50001, 'Missing Access');
    if (parts[2] === 'guilds') {
      this.requireGuild(parts[3]!);
      return parts[3]!;
    }
    return 'global';
  }

  private registerCommands(parts: string[], commands: unknown, overwrite: boolean): RegisteredCommand[] {
    return this.register(this.scope(parts), commands, overwrite);
  }

  /** Registers commands in `scope` (a guild id or `global`); 400 when Discord would refuse them. */
  register(scope: string, commands: unknown, overwrite: boolean): RegisteredCommand[] {
    const problems = commandProblems(commands);
    if (problems.length > 0) throw invalidForm(problems);
    const existing = overwrite ? [] : (this.store.commands.get(scope) ?? []);
    const created = (commands as Record<string, unknown>[]).map(
      (command) =>
        ({
          type: 1,
          default_member_permissions: null,
          contexts: null,
          integration_types: [0],
          nsfw: false,
          ...command,
          id: nextSnowflake(),
          application_id: this.world.applicationId,
          version: nextSnowflake(),
          ...(scope === 'global' ? {} : { guild_id: scope }),
        }) as unknown as RegisteredCommand,
    );
    const kept = existing.filter((old) => !created.some((fresh) => fresh.name === old.name));
    this.store.commands.set(scope, [...kept, ...created]);
    return created;
  }

  private requireGuild(id: string): void {
    if (id !== this.world.guildId) throw new HttpError(404, 10004, 'Unknown Guild');
  }

  private requireChannel(id: string): void {
    if (id !== this.world.channelId && !this.dmChannels.has(id))
      throw new HttpError(404, 10003, 'Unknown Channel');
  }

  private requireMessage(id: string): APIMessage {
    const message = this.store.messages.get(id);
    if (!message) throw new HttpError(404, 10008, 'Unknown Message');
    return message;
  }

  private createChannelMessage(channelId: string, body: MessageBody): APIMessage {
    this.requireChannel(channelId);
    const problems = messageProblems(body);
    if (problems.length > 0)
      throw problems.includes('Cannot send an empty message') ? empty() : invalidForm(problems);
    const reference = body.message_reference as
      | { message_id?: string; fail_if_not_exists?: boolean }
      | undefined;
    const referenced = reference?.message_id ? this.store.messages.get(reference.message_id) : undefined;
    if (reference?.message_id && !referenced && reference.fail_if_not_exists !== false)
      throw invalidForm(['message_reference: Unknown message']);
    const message = buildMessage({
      channelId,
      guildId: this.world.guildId,
      author: this.world.bot,
      body: referenced ? body : { ...body, message_reference: undefined },
      repliedUserId: referenced?.author.id,
    });
    this.store.messages.set(message.id, message);
    this.store.channelMessageIds.push(message.id);
    return message;
  }

  private editBotMessage(id: string, body: MessageBody): APIMessage {
    const message = this.requireMessage(id);
    if (message.author.id !== this.world.bot.id)
      throw new HttpError(403, 50005, 'Cannot edit a message authored by another user');
    return this.edit(message, body);
  }

  private edit(message: APIMessage, body: MessageBody): APIMessage {
    const problems = messageProblems(body, true);
    if (problems.length > 0) throw invalidForm(problems);
    const edited = applyEdit(message, body);
    if (isEmptyMessageAfter(edited)) throw empty();
    this.store.messages.set(edited.id, edited);
    return edited;
  }

  private interactionRecord(id: string, token: string): InteractionRecord {
    const record = this.store.interactions.get(id);
    if (!record || record.token !== token) throw new HttpError(404, 10062, 'Unknown interaction');
    return record;
  }

  private interactionCallback(id: string, token: string, body: MessageBody, withResponse: boolean): Reply {
    const record = this.interactionRecord(id, token);
    if (record.responses.some((response) => response.kind === 'callback'))
      throw new HttpError(400, 40060, 'Interaction has already been acknowledged.');
    const late = Date.now() - record.dispatchedAt;
    if (this.interactionDeadlineMs !== undefined && late > this.interactionDeadlineMs)
      throw new HttpError(404, 10062, `Unknown interaction (acknowledged ${late} ms after it was sent)`);
    const type = body.type as number;
    const data = (body.data ?? {}) as MessageBody;
    const interactionType = record.payload.type as number;
    const isComponent = interactionType === InteractionType.MessageComponent;
    const isAutocomplete = interactionType === InteractionType.ApplicationCommandAutocomplete;
    const allowed: Record<number, boolean> = {
      [InteractionResponseType.ChannelMessageWithSource]: !isAutocomplete,
      [InteractionResponseType.DeferredChannelMessageWithSource]: !isAutocomplete,
      [InteractionResponseType.DeferredMessageUpdate]: isComponent,
      [InteractionResponseType.UpdateMessage]: isComponent,
      [InteractionResponseType.ApplicationCommandAutocompleteResult]: isAutocomplete,
      [InteractionResponseType.Modal]: !isAutocomplete && interactionType !== InteractionType.ModalSubmit,
    };
    if (!allowed[type])
      throw new HttpError(400, 40043, `Interaction response type ${type} is not valid here`);
    let messageId: string | undefined;
    switch (type) {
      case InteractionResponseType.ChannelMessageWithSource:
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        const deferred = type === InteractionResponseType.DeferredChannelMessageWithSource;
        if (!deferred) {
          const problems = messageProblems(data);
          if (problems.length > 0)
            throw problems.includes('Cannot send an empty message') ? empty() : invalidForm(problems);
        }
        const flags =
          (typeof data.flags === 'number' ? data.flags : 0) | (deferred ? MessageFlags.Loading : 0);
        const message = buildMessage({
          channelId: this.world.channelId,
          guildId: this.world.guildId,
          author: this.world.bot,
          body: deferred ? { flags } : { ...data, flags },
          type: isComponent ? MessageType.Default : MessageType.ChatInputCommand,
          interaction: this.interactionMeta(record),
        });
        this.store.messages.set(message.id, message);
        record.originalMessageId = message.id;
        messageId = message.id;
        break;
      }
      case InteractionResponseType.DeferredMessageUpdate:
      case InteractionResponseType.UpdateMessage: {
        const source = this.requireMessage(record.sourceMessageId ?? '');
        messageId = source.id;
        record.originalMessageId = source.id;
        if (type === InteractionResponseType.UpdateMessage) this.edit(source, data);
        break;
      }
      case InteractionResponseType.ApplicationCommandAutocompleteResult: {
        const problems = autocompleteProblems(data);
        if (problems.length > 0) throw invalidForm(problems);
        break;
      }
      default:
        break;
    }
    record.responses.push({ kind: 'callback', at: Date.now(), type, data, messageId });
    if (!withResponse) return { status: 204 };
    const message = messageId ? this.store.messages.get(messageId) : undefined;
    return {
      status: 200,
      body: {
        interaction: {
          id: record.id,
          type: interactionType,
          activity_instance_id: undefined,
          response_message_id: messageId,
          response_message_loading: type === InteractionResponseType.DeferredChannelMessageWithSource,
          response_message_ephemeral: Boolean((message?.flags ?? 0) & MessageFlags.Ephemeral),
        },
        ...(message ? { resource: { type, message } } : { resource: { type } }),
      },
    };
  }

  private interactionMeta(record: InteractionRecord) {
    const payload = record.payload as {
      type: number;
      data?: { name?: string };
      member?: { user: never };
      user?: never;
    };
    return {
      id: record.id,
      type: payload.type,
      name: payload.data?.name ?? '',
      // In a direct message the interaction carries `user` instead of `member`.
      user: (payload.member?.user ?? payload.user) as never,
    };
  }

  private webhook(method: string, parts: string[], body: MessageBody, query: URLSearchParams): Reply {
    const [, applicationId, token, messages, messageId] = parts;
    if (applicationId !== this.world.applicationId || !token)
      throw new HttpError(404, 10015, 'Unknown Webhook');
    const record = this.store.interactionByToken(token);
    if (!record) throw new HttpError(404, 10015, 'Unknown Webhook');
    const acknowledged = record.responses.some((response) => response.kind === 'callback');
    if (!acknowledged) throw new HttpError(404, 10015, 'Unknown Webhook');
    if (parts.length === 3 && method === 'POST') {
      const problems = messageProblems(body);
      if (problems.length > 0)
        throw problems.includes('Cannot send an empty message') ? empty() : invalidForm(problems);
      const message = buildMessage({
        channelId: this.world.channelId,
        guildId: this.world.guildId,
        author: this.world.bot,
        body,
        interaction: this.interactionMeta(record),
      });
      this.store.messages.set(message.id, message);
      record.responses.push({ kind: 'followup', at: Date.now(), data: body, messageId: message.id });
      return query.get('wait') === 'false' ? { status: 204 } : { status: 200, body: message };
    }
    if (parts.length !== 5 || messages !== 'messages') throw notFound();
    const original = messageId === '@original';
    const targetId = original ? record.originalMessageId : messageId;
    const followupIds = record.responses.filter((r) => r.kind === 'followup').map((r) => r.messageId);
    if (!targetId || (!original && !followupIds.includes(targetId)))
      throw new HttpError(404, 10008, 'Unknown Message');
    const message = this.requireMessage(targetId);
    if (method === 'GET') return { status: 200, body: message };
    if (method === 'DELETE') {
      this.store.messages.delete(targetId);
      record.responses.push({ kind: 'deleteOriginal', at: Date.now(), data: {}, messageId: targetId });
      return { status: 204 };
    }
    if (method === 'PATCH') {
      const edited = this.edit(message, body);
      record.responses.push({
        kind: original ? 'editOriginal' : 'editFollowup',
        at: Date.now(),
        data: body,
        messageId: edited.id,
      });
      return { status: 200, body: edited };
    }
    throw new HttpError(405, 0, '405: Method Not Allowed');
  }
}

const notFound = () => new HttpError(404, 0, '404: Not Found');
const empty = () => new HttpError(400, 50006, 'Cannot send an empty message');

function rateLimitHeaders(rule: RateLimitRule): Record<string, string> {
  const resetAt = Date.now() / 1000 + rule.retryAfterSeconds;
  return {
    'retry-after': String(rule.retryAfterSeconds),
    'x-ratelimit-limit': '5',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': resetAt.toFixed(3),
    'x-ratelimit-reset-after': rule.retryAfterSeconds.toFixed(3),
    'x-ratelimit-bucket': 'fake-bucket-0001',
    'x-ratelimit-scope': rule.scope,
    ...(rule.global ? { 'x-ratelimit-global': 'true' } : {}),
  };
}
