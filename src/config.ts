/**
 * The configuration: every environment variable newsbot reads, validated by one zod schema. Nothing
 * else reads `process.env`. zod is loaded only when the whole configuration is validated (the bot, the
 * chat, deploy-commands); the command line needs only the story and cache folders (`libraryEnv`) and so
 * starts without it.
 */
import { createRequire } from 'node:module';
import type { z as Zod } from 'zod';

/** Defaults shared by the schema and `libraryEnv`. */
const DEFAULT_STORIES_DIR = './stories';
const DEFAULT_CACHE_DIR = './.cache';

function buildSchema(z: typeof Zod) {
  /** A Discord id: a decimal "snowflake" of 17 to 20 digits. */
  const snowflake = z.string().regex(/^\d{17,20}$/, 'a Discord id (17-20 digits)');

  const snowflakeList = z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(snowflake));

  const emptyAsUndefined = (value: unknown) =>
    typeof value === 'string' && value.trim() === '' ? undefined : value;

  const booleanFlag = z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'true or false' })
    .optional()
    .transform((value) => value === 'true' || value === '1' || value === 'yes');

  const optionalText = z.preprocess(emptyAsUndefined, z.string().optional());

  const fields = z.object({
    DISCORD_TOKEN: z.preprocess(
      emptyAsUndefined,
      z.string().min(20, 'a bot token from the Developer Portal (Bot → Reset Token)').optional(),
    ),
    DISCORD_CLIENT_ID: z.preprocess(emptyAsUndefined, snowflake.optional()),
    DISCORD_GUILD_ID: z.preprocess(emptyAsUndefined, snowflake.optional()),
    DISCORD_API_URL: z.preprocess(
      emptyAsUndefined,
      z.url({ message: 'an http(s) URL such as https://discord.com/api' }).default('https://discord.com/api'),
    ),
    STORIES_DIR: z.preprocess(emptyAsUndefined, z.string().default(DEFAULT_STORIES_DIR)),
    STORIES_WATCH: z.preprocess(emptyAsUndefined, booleanFlag),
    CACHE_DIR: z.preprocess(emptyAsUndefined, z.string().default(DEFAULT_CACHE_DIR)),
    ADMIN_USER_IDS: snowflakeList,
    ADMIN_ROLE_IDS: snowflakeList,
    /** Whether a reply to a mention pings the asker (Discord's `replied_user`); off by default. */
    REPLY_PING: z.preprocess(emptyAsUndefined, booleanFlag),
    /** Port of the `/healthz` and `/metrics` server; none when unset. */
    METRICS_PORT: z.preprocess(
      emptyAsUndefined,
      z.coerce.number({ message: 'a port number' }).int('a port number').min(1).max(65535).optional(),
    ),
    /** Any value turns off bold and colour in the local chat (the no-color.org convention). */
    NO_COLOR: z.preprocess(emptyAsUndefined, z.string().optional()),
    LOG_LEVEL: z.preprocess(
      emptyAsUndefined,
      z
        .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
          message: 'one of fatal, error, warn, info, debug, trace, silent',
        })
        .default('info'),
    ),
    /**
     * The bot's total number of shards (Discord's `shard_count`); the process runs them all, or those in
     * SHARDS. Unset: one shard, or Discord's recommendation under `npm run start:sharded`.
     */
    SHARD_COUNT: z.preprocess(
      emptyAsUndefined,
      z.coerce.number({ message: 'a whole number of shards' }).int().min(1).optional(),
    ),
    /** The shard ids this process runs (`0,1`), to split SHARD_COUNT shards over several processes. */
    SHARDS: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^\s*\d{1,5}(\s*,\s*\d{1,5})*\s*$/, 'shard ids such as 0,1')
        .transform((value) => [...new Set(value.split(',').map(Number))].sort((a, b) => a - b))
        .optional(),
    ),
    /** Pins the parse cache's parser version (the bench does, to measure warm starts while code changes). */
    NEWSBOT_PARSER_VERSION: optionalText,
  });
  return fields.superRefine((config, context) => {
    // Also called when SHARDS itself is malformed (then still the text), which is reported already.
    if (!Array.isArray(config.SHARDS)) return;
    const count = config.SHARD_COUNT;
    if (count === undefined || config.SHARDS.some((id) => id >= count))
      context.addIssue({
        code: 'custom',
        path: ['SHARDS'],
        message: `shard ids below SHARD_COUNT${count === undefined ? ', which must be set with it' : ` (${count})`}`,
      });
  });
}

export type Config = Zod.infer<ReturnType<typeof buildSchema>>;

let schema: ReturnType<typeof buildSchema> | undefined;

/** The names of every variable the configuration reads. */
export function configVariables(): string[] {
  schema ??= buildSchema(loadZod());
  return Object.keys(schema.shape);
}

const loadZod = () => (createRequire(import.meta.url)('zod') as { z: typeof Zod }).z;

/** Thrown when the environment is invalid; the message names every bad variable, never its value. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the configuration from an environment (by default `process.env`, after dotenv). */
export function parseConfig(env: Record<string, string | undefined>): Config {
  schema ??= buildSchema(loadZod());
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'environment');
    return `${name}: expected ${issue.message}`;
  });
  const unique = [...new Set(problems)];
  throw new ConfigError(`Invalid configuration (check .env or the environment):\n  ${unique.join('\n  ')}`);
}

let loaded: Config | undefined;

let dotenvLoaded = false;

/** Loads `.env` (if present) into the environment, once; variables already set win. */
async function loadDotenv(): Promise<void> {
  if (dotenvLoaded) return;
  const dotenv = await import('dotenv');
  dotenv.config({ quiet: true });
  dotenvLoaded = true;
}

/** Loads `.env` (if present) into the environment once, then validates it. */
export async function loadConfig(): Promise<Config> {
  if (loaded) return loaded;
  await loadDotenv();
  loaded = parseConfig(process.env);
  // discord.js reads these two itself, in its own forms (an empty SHARD_COUNT, as `SHARD_COUNT=` in
  // .env leaves it, stops it); it is handed the validated values instead (see discord/client.ts).
  delete process.env.SHARDS;
  delete process.env.SHARD_COUNT;
  return loaded;
}

/** What the story library needs from the environment (after `.env`): the command line's quick path. */
export interface LibraryEnv {
  storiesDir: string;
  cacheDir: string;
  parserVersion: string | undefined;
  /** `LOG_LEVEL` is debug or trace: unexpected errors show their stack. */
  debug: boolean;
}

export async function libraryEnv(): Promise<LibraryEnv> {
  await loadDotenv();
  const value = (name: string) => process.env[name]?.trim() || undefined;
  return {
    storiesDir: value('STORIES_DIR') ?? DEFAULT_STORIES_DIR,
    cacheDir: value('CACHE_DIR') ?? DEFAULT_CACHE_DIR,
    parserVersion: value('NEWSBOT_PARSER_VERSION'),
    debug: ['debug', 'trace'].includes(value('LOG_LEVEL') ?? ''),
  };
}
