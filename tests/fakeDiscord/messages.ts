/**
 * Messages as Discord stores them: what the bot sends becomes a full message object (id, author,
 * timestamps, mentions) so discord.js can cache it and later button clicks can carry it.
 */
import { type APIMessage, type APIUser, MessageFlags, MessageType } from 'discord-api-types/v10';
import { nextSnowflake } from './ids.ts';

/** The body the bot sent to create or edit a message (JSON, or `payload_json` of a multipart body). */
export type MessageBody = Record<string, unknown>;

interface AllowedMentions {
  parse?: string[];
  users?: string[];
  roles?: string[];
  replied_user?: boolean;
}

/** Who a message would really notify, following Discord's allowed_mentions rules. */
interface Pings {
  everyone: boolean;
  users: string[];
  roles: string[];
}

/**
 * Without allowed_mentions everything written in the content pings; with it, only the kinds listed in
 * `parse` and the ids listed in `users`/`roles`.
 */
function pingsOf(content: string, allowed: AllowedMentions | undefined, repliedUserId?: string): Pings {
  const parse = allowed ? new Set(allowed.parse ?? []) : new Set(['users', 'roles', 'everyone']);
  const userIds = [...content.matchAll(/<@!?(\d{17,20})>/g)].map((match) => match[1]!);
  const roleIds = [...content.matchAll(/<@&(\d{17,20})>/g)].map((match) => match[1]!);
  const users = userIds.filter((id) => parse.has('users') || allowed?.users?.includes(id));
  if (repliedUserId && (allowed ? allowed.replied_user === true : true)) users.push(repliedUserId);
  return {
    everyone: /@(everyone|here)\b/.test(content) && parse.has('everyone'),
    users: [...new Set(users)],
    roles: [...new Set(roleIds.filter((id) => parse.has('roles') || allowed?.roles?.includes(id)))],
  };
}

export interface NewMessage {
  channelId: string;
  guildId: string;
  author: APIUser;
  body: MessageBody;
  type?: MessageType;
  /** Who the message replies to, so a reply can ping its author. */
  repliedUserId?: string;
  interaction?: { id: string; type: number; name: string; user: APIUser };
}

/** The message Discord would store for a body the bot sent. */
export function buildMessage(spec: NewMessage): APIMessage {
  const body = spec.body;
  const content = typeof body.content === 'string' ? body.content : '';
  const pings = pingsOf(content, body.allowed_mentions as AllowedMentions | undefined, spec.repliedUserId);
  const reference = body.message_reference as { message_id?: string } | undefined;
  const message: Record<string, unknown> = {
    id: nextSnowflake(),
    type: spec.type ?? (reference ? MessageType.Reply : MessageType.Default),
    channel_id: spec.channelId,
    guild_id: spec.guildId,
    author: spec.author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: body.tts === true,
    mention_everyone: pings.everyone,
    mentions: pings.users.map((id) => ({
      id,
      username: `user${id.slice(-4)}`,
      discriminator: '0',
      avatar: null,
    })),
    mention_roles: pings.roles,
    attachments: [],
    embeds: Array.isArray(body.embeds) ? body.embeds : [],
    components: Array.isArray(body.components) ? body.components : [],
    pinned: false,
    flags: typeof body.flags === 'number' ? body.flags : 0,
    ...(reference?.message_id
      ? {
          message_reference: {
            type: 0,
            message_id: reference.message_id,
            channel_id: spec.channelId,
            guild_id: spec.guildId,
          },
        }
      : {}),
    ...(spec.interaction
      ? {
          interaction_metadata: {
            id: spec.interaction.id,
            type: spec.interaction.type,
            user: spec.interaction.user,
            authorizing_integration_owners: { '0': spec.guildId },
          },
          application_id: spec.author.id,
          webhook_id: spec.author.id,
        }
      : {}),
  };
  return message as unknown as APIMessage;
}

/** Applies an edit (PATCH body) to a stored message, as Discord does: given fields replace old ones. */
export function applyEdit(message: APIMessage, body: MessageBody): APIMessage {
  const next: Record<string, unknown> = { ...message, edited_timestamp: new Date().toISOString() };
  if ('content' in body) next.content = typeof body.content === 'string' ? body.content : '';
  if ('embeds' in body) next.embeds = Array.isArray(body.embeds) ? body.embeds : [];
  if ('components' in body) next.components = Array.isArray(body.components) ? body.components : [];
  // A deferred reply stops "thinking" once its content is edited in; ephemerality never changes.
  const ephemeral = (message.flags ?? 0) & MessageFlags.Ephemeral;
  const flags = typeof body.flags === 'number' ? body.flags : (message.flags ?? 0);
  next.flags = (flags & ~MessageFlags.Loading) | ephemeral;
  if ('allowed_mentions' in body || 'content' in body) {
    const pings = pingsOf(String(next.content ?? ''), body.allowed_mentions as AllowedMentions | undefined);
    next.mention_everyone = pings.everyone;
    next.mention_roles = pings.roles;
  }
  return next as unknown as APIMessage;
}

/** Every custom id among a message's components (action rows and nested components). */
export function customIdsOf(message: APIMessage): string[] {
  const ids: string[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.custom_id === 'string') ids.push(record.custom_id);
    for (const value of Object.values(record)) if (Array.isArray(value)) value.forEach(walk);
    if (record.accessory) walk(record.accessory);
  };
  (message.components ?? []).forEach(walk);
  return ids;
}

/** Whether a stored message has nothing left to show (Discord refuses edits that leave it so). */
export function isEmptyMessageAfter(message: APIMessage): boolean {
  return (
    message.content.trim() === '' && message.embeds.length === 0 && (message.components ?? []).length === 0
  );
}
