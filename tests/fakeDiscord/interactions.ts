/**
 * INTERACTION_CREATE payloads as Discord builds them when a person runs a slash command, types in an
 * autocompleted option or clicks a button. Option types come from the commands the bot registered, so
 * a test cannot send an option the bot never declared (unless it asks for a raw, unchecked payload).
 */
import {
  type APIMessage,
  ApplicationCommandOptionType,
  ComponentType,
  InteractionContextType,
  InteractionType,
} from 'discord-api-types/v10';
import { interactionToken, nextSnowflake } from './ids.ts';
import type { CommandOptionSchema, RegisteredCommand } from './store.ts';
import { MEMBER_PERMISSIONS, memberOf, type Person, textChannel, type World } from './world.ts';

export type OptionValue = string | number | boolean;

export interface CommandInput {
  name: string;
  /** Option values by name; their types are taken from the registered command. */
  options?: Record<string, OptionValue>;
  subcommand?: string;
  /** Send these options as given, without checking them against the registered command. */
  rawOptions?: unknown[];
  /** Who runs it (default: the world's reader). */
  user?: Person;
}

export interface InteractionPayload extends Record<string, unknown> {
  id: string;
  token: string;
  type: InteractionType;
}

interface ApiOption {
  name: string;
  type: number;
  value?: OptionValue;
  focused?: boolean;
  options?: ApiOption[];
}

function checkValue(schema: CommandOptionSchema, value: OptionValue, command: string): void {
  const fail = (expected: string) => {
    throw new Error(`/${command} option "${schema.name}" expects ${expected}, got ${JSON.stringify(value)}`);
  };
  switch (schema.type) {
    case ApplicationCommandOptionType.String:
    case ApplicationCommandOptionType.User:
    case ApplicationCommandOptionType.Channel:
    case ApplicationCommandOptionType.Role:
    case ApplicationCommandOptionType.Mentionable:
      if (typeof value !== 'string') fail('a string');
      break;
    case ApplicationCommandOptionType.Integer:
      if (typeof value !== 'number' || !Number.isInteger(value)) fail('an integer');
      break;
    case ApplicationCommandOptionType.Number:
      if (typeof value !== 'number') fail('a number');
      break;
    case ApplicationCommandOptionType.Boolean:
      if (typeof value !== 'boolean') fail('a boolean');
      break;
    default:
      break;
  }
  // The Discord client enforces these limits before sending, so a real interaction never breaks them.
  if (typeof value === 'string') {
    if (schema.max_length !== undefined && value.length > schema.max_length)
      fail(`at most ${schema.max_length} characters`);
    if (schema.min_length !== undefined && value.length < schema.min_length)
      fail(`at least ${schema.min_length} characters`);
  }
  if (typeof value === 'number') {
    if (schema.max_value !== undefined && value > schema.max_value) fail(`at most ${schema.max_value}`);
    if (schema.min_value !== undefined && value < schema.min_value) fail(`at least ${schema.min_value}`);
  }
}

/** Turns `{speaker: 'psaki'}` into Discord's typed option list, checked against the command. */
export function buildOptions(
  command: RegisteredCommand,
  input: CommandInput,
  focused?: string,
  checkRequired = true,
): ApiOption[] {
  let schemas = command.options ?? [];
  let wrap = (options: ApiOption[]) => options;
  if (input.subcommand) {
    const sub = schemas.find(
      (schema) => schema.name === input.subcommand && schema.type === ApplicationCommandOptionType.Subcommand,
    );
    if (!sub) throw new Error(`/${command.name} has no subcommand "${input.subcommand}"`);
    schemas = sub.options ?? [];
    wrap = (options) => [{ name: sub.name, type: sub.type, options }];
  }
  const given = input.options ?? {};
  const options: ApiOption[] = Object.entries(given).map(([name, value]) => {
    const schema = schemas.find((candidate) => candidate.name === name);
    if (!schema) {
      const known = schemas.map((candidate) => candidate.name).join(', ') || 'none';
      throw new Error(`/${command.name} has no option "${name}" (it declares: ${known})`);
    }
    checkValue(schema, value, command.name);
    if (
      schema.choices?.length &&
      name !== focused &&
      !schema.choices.some((choice) => choice.value === value)
    )
      throw new Error(
        `/${command.name} option "${name}" allows only ${schema.choices.map((c) => c.value).join(', ')}`,
      );
    return { name, type: schema.type, value, ...(name === focused ? { focused: true } : {}) };
  });
  if (checkRequired)
    for (const schema of schemas)
      if (schema.required && !(schema.name in given))
        throw new Error(
          `/${command.name} requires option "${schema.name}"; Discord would not send it without`,
        );
  if (focused && !options.some((option) => option.focused))
    throw new Error(`the focused option "${focused}" must be among the options given`);
  if (focused && !schemas.find((schema) => schema.name === focused)?.autocomplete)
    throw new Error(`/${command.name} option "${focused}" is not declared with autocomplete`);
  return wrap(options);
}

/** The part of every interaction payload that describes where and by whom it happened. */
function context(world: World, person: Person, type: InteractionType): InteractionPayload {
  const id = nextSnowflake();
  return {
    id,
    application_id: world.applicationId,
    type,
    token: interactionToken(id),
    version: 1,
    guild_id: world.guildId,
    guild: { id: world.guildId, locale: 'en-US', features: [] },
    channel_id: world.channelId,
    channel: { ...textChannel(world), permissions: person.permissions },
    member: { ...memberOf(person), permissions: person.permissions },
    app_permissions: MEMBER_PERMISSIONS,
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': world.guildId },
    context: InteractionContextType.Guild,
    attachment_size_limit: 10 * 1024 * 1024,
  };
}

export function commandInteraction(
  world: World,
  person: Person,
  command: Pick<RegisteredCommand, 'id' | 'name'> & { guild_id?: unknown },
  options: unknown[],
  autocomplete = false,
): InteractionPayload {
  const type = autocomplete
    ? InteractionType.ApplicationCommandAutocomplete
    : InteractionType.ApplicationCommand;
  return {
    ...context(world, person, type),
    data: {
      id: command.id,
      name: command.name,
      type: 1,
      ...(options.length > 0 ? { options } : {}),
      ...(typeof command.guild_id === 'string' ? { guild_id: command.guild_id } : {}),
    },
  };
}

export function buttonInteraction(
  world: World,
  person: Person,
  message: APIMessage,
  customId: string,
): InteractionPayload {
  return {
    ...context(world, person, InteractionType.MessageComponent),
    message,
    data: { custom_id: customId, component_type: ComponentType.Button },
  };
}

/** The same interaction sent from a direct message with the bot: `user` instead of `member`, no guild. */
export function inDirectMessage(payload: InteractionPayload, person: Person): InteractionPayload {
  const { guild_id: _guildId, guild: _guild, member: _member, guild_locale: _locale, ...rest } = payload;
  return {
    ...rest,
    user: person.user,
    channel_id: `${BigInt(person.user.id) + 1n}`,
    channel: {
      id: `${BigInt(person.user.id) + 1n}`,
      type: 1,
      last_message_id: null,
      flags: 0,
      recipients: [person.user],
    },
    authorizing_integration_owners: { '1': person.user.id },
    context: InteractionContextType.BotDM,
    app_permissions: MEMBER_PERMISSIONS,
  };
}
