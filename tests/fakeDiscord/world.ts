/**
 * The fixed little world the fake Discord serves: one guild with one text channel, its roles, the bot
 * and the people who talk to it. Payload shapes follow Discord's API v10 closely enough for discord.js
 * to cache them as it would real ones.
 */
import {
  type APIChannel,
  type APIGuildMember,
  type APIRole,
  type APIUser,
  ChannelType,
  PermissionFlagsBits,
} from 'discord-api-types/v10';
import { nextSnowflake } from './ids.ts';

/** What an ordinary member may do in the channel (a string bitfield, as Discord sends it). */
export const MEMBER_PERMISSIONS = (
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.UseExternalEmojis
).toString();

/** A member who may manage the server (and so may reload stories). */
export const MANAGER_PERMISSIONS = (BigInt(MEMBER_PERMISSIONS) | PermissionFlagsBits.ManageGuild).toString();

export interface WorldOptions {
  token: string;
  applicationId: string;
  guildId: string;
  channelId?: string;
  botName?: string;
}

/** A person (or another bot) who sends commands and messages. */
export interface Person {
  user: APIUser;
  roles: string[];
  /** Permissions in the channel, as a decimal string bitfield. */
  permissions: string;
}

export interface World {
  token: string;
  applicationId: string;
  guildId: string;
  channelId: string;
  bot: APIUser;
  everyoneRole: APIRole;
  moderatorRole: APIRole;
  botRole: APIRole;
  /** The default person who uses the bot. */
  reader: Person;
  /** A second ordinary person (e.g. to click someone else's buttons). */
  otherReader: Person;
  /** A person with no special permission whose id the tests list as an admin. */
  admin: Person;
  /** Another bot in the guild, whose messages the bot must ignore. */
  otherBot: Person;
}

export function makeUser(id: string, username: string, bot = false): APIUser {
  return {
    id,
    username,
    global_name: bot ? null : username[0]!.toUpperCase() + username.slice(1),
    discriminator: bot ? '0001' : '0',
    avatar: null,
    ...(bot ? { bot: true } : {}),
    public_flags: 0 as APIUser['public_flags'],
    flags: 0 as APIUser['flags'],
  };
}

function makeRole(id: string, name: string, permissions: bigint, position: number, managed = false): APIRole {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: permissions.toString(),
    managed,
    mentionable: false,
    flags: 0 as APIRole['flags'],
  };
}

export function makeWorld(options: WorldOptions): World {
  const person = (username: string, permissions = MEMBER_PERMISSIONS, roles: string[] = []): Person => ({
    user: makeUser(nextSnowflake(), username),
    roles,
    permissions,
  });
  const moderatorRole = makeRole(nextSnowflake(), 'Moderators', PermissionFlagsBits.ManageGuild, 2);
  const otherBot: Person = {
    user: makeUser(nextSnowflake(), 'otherbot', true),
    roles: [],
    permissions: MEMBER_PERMISSIONS,
  };
  return {
    token: options.token,
    applicationId: options.applicationId,
    guildId: options.guildId,
    channelId: options.channelId ?? nextSnowflake(),
    bot: makeUser(options.applicationId, options.botName ?? 'newsbot', true),
    everyoneRole: makeRole(options.guildId, '@everyone', BigInt(MEMBER_PERMISSIONS), 0),
    moderatorRole,
    botRole: makeRole(nextSnowflake(), options.botName ?? 'newsbot', BigInt(MEMBER_PERMISSIONS), 1, true),
    reader: person('reader'),
    otherReader: person('otherreader'),
    admin: person('admin'),
    otherBot,
  };
}

const JOINED_AT = '2024-01-01T00:00:00.000000+00:00';

export function memberOf(person: Person): APIGuildMember {
  return {
    user: person.user,
    nick: null,
    avatar: null,
    banner: null,
    roles: person.roles,
    joined_at: JOINED_AT,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as APIGuildMember['flags'],
    pending: false,
    communication_disabled_until: null,
  };
}

export function textChannel(world: World): APIChannel {
  return {
    id: world.channelId,
    type: ChannelType.GuildText,
    guild_id: world.guildId,
    name: 'news',
    position: 0,
    permission_overwrites: [],
    parent_id: null,
    topic: 'Ask newsbot about the stories',
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  } as unknown as APIChannel;
}

function botPerson(world: World): Person {
  return { user: world.bot, roles: [world.botRole.id], permissions: MEMBER_PERMISSIONS };
}

/** The full guild, as GUILD_CREATE sends it after READY. */
export function guildCreatePayload(world: World): Record<string, unknown> {
  const people = [botPerson(world), world.reader, world.otherReader, world.admin, world.otherBot];
  return {
    id: world.guildId,
    name: 'Newsroom',
    icon: null,
    icon_hash: null,
    splash: null,
    discovery_splash: null,
    owner_id: world.admin.user.id,
    region: 'deprecated',
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    verification_level: 0,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    roles: [world.everyoneRole, world.botRole, world.moderatorRole],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: world.channelId,
    system_channel_flags: 0,
    rules_channel_id: null,
    max_members: 500000,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    incidents_data: null,
    joined_at: JOINED_AT,
    large: false,
    unavailable: false,
    member_count: people.length,
    voice_states: [],
    members: people.map(memberOf),
    channels: [textChannel(world)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    lazy: true,
  };
}
